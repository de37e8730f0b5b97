/// The text being cleaned and the edit log that produced it from the original.
///
/// Invariant: applying `edits` (sorted, non-overlapping, in original coordinates) to `original`
/// gives `text`. Each stage reads `text` and proposes ``LocalEdit``s in `text`'s coordinates;
/// ``apply(_:)`` composes them into the log, so later stages see earlier stages' output while the
/// log stays in the original's coordinates. When a stage edits text that an earlier rule produced,
/// the two records merge into one over the union of their original ranges (the earlier rule is
/// kept in ``Edit/via``), so the log never holds two records for the same bytes.
struct Document {
    let original: [UInt8]
    private(set) var text: [UInt8]
    /// `flag` records, in the order they were raised.
    private(set) var flags: [Edit] = []
    /// Incremented whenever `text` changes (stages cache derived data by it).
    private(set) var version = 0
    /// The previous text's storage, reused for the next one (no fresh pages per stage).
    private var spare: [UInt8] = []

    /// A `fix` or `remove` record in compact form: plain integers, so composing a stage's edits
    /// copies memory and never touches reference counts. ``edits`` turns them into ``Edit``s.
    struct Record {
        /// The original range.
        var lower: Int
        var upper: Int
        /// The replacement: `afterCount` bytes at `afterStart` of `arena`.
        var afterStart: Int
        var afterCount: Int
        /// Index into `rules`.
        var rule: UInt16
        var kind: Edit.Kind
        /// Index into `extras` (note and absorbed rules), or -1.
        var extra: Int32
    }

    /// Sorted by original range; applying them to `original` gives `text`.
    private(set) var records: [Record] = []
    private var spareRecords: [Record] = []
    private var arena: [UInt8] = []
    private var rules: [RuleID] = []
    private var ruleIndex: [RuleID: UInt16] = [:]
    private var lastInterned: (rule: RuleID, index: UInt16)?
    private var extras: [(note: String?, via: [RuleID])] = []

    init(original: [UInt8]) {
        self.original = original
        self.text = original
    }

    private mutating func intern(_ r: RuleID) -> UInt16 {
        // (A stage's records mostly share one rule: the last one asked for is tried first,
        // without hashing.)
        if let l = lastInterned, l.rule == r { return l.index }
        let i: UInt16
        if let known = ruleIndex[r] { i = known } else {
            i = UInt16(rules.count)
            rules.append(r)
            ruleIndex[r] = i
        }
        lastInterned = (r, i)
        return i
    }

    /// Composes `local` (sorted by range, non-overlapping, in `text` coordinates) into the log.
    mutating func apply(_ local: [LocalEdit]) {
        // (Most stages raise no flags: their edits are used as they are, not copied.)
        let hasFlags = local.contains { $0.kind == .flag }
        let changes = hasFlags ? local.filter { $0.kind != .flag } : local
        if hasFlags {
            let map = offsetMap()
            for f in local where f.kind == .flag {
                let r = map.originalRange(ofCurrent: f.range)
                let before = original[r].utf8String
                flags.append(Edit(rule: f.rule, kind: .flag, range: r, before: before, after: before, note: f.note))
            }
        }
        guard !changes.isEmpty else { return }

        // Current-text start of every existing record.
        var currentStart = [Int]()
        currentStart.reserveCapacity(records.count)
        var delta = 0
        for r in records {
            currentStart.append(r.lower + delta)
            delta += r.afterCount - (r.upper - r.lower)
        }

        var newText = spare
        spare = []
        newText.removeAll(keepingCapacity: true)
        newText.reserveCapacity(text.count + text.count / 8 + 64)
        var newRecords = spareRecords
        spareRecords = []
        newRecords.removeAll(keepingCapacity: true)
        newRecords.reserveCapacity(records.count + changes.count)

        var fi = 0, li = 0
        var copied = 0  // text[..<copied] has been emitted
        var deltaBefore = 0  // current - original, for positions before the next record

        while fi < records.count || li < changes.count {
            // Old records wholly before the next local edit (or all that are left) keep their
            // place: copied as one slice, their text with the next cluster's. (Old records never
            // overlap each other, so each would be a cluster of its own.)
            let bound = li < changes.count ? changes[li].range.lowerBound : Int.max
            var k = fi
            while k < records.count && currentStart[k] + records[k].afterCount < bound { k += 1 }
            if k > fi {
                newRecords.append(contentsOf: records[fi..<k])
                deltaBefore = k < records.count ? currentStart[k] - records[k].lower : delta
                fi = k
                if fi == records.count && li == changes.count { break }
            }
            // Start a cluster at the earlier of the next record and the next local edit; on a tie
            // an empty span goes first, and an old record before a local edit.
            let fStart = fi < records.count ? currentStart[fi] : Int.max
            let lStart = li < changes.count ? changes[li].range.lowerBound : Int.max
            let fEmpty = fi < records.count && records[fi].afterCount == 0
            let takeF: Bool
            if fStart != lStart { takeF = fStart < lStart } else { takeF = fEmpty || !changes[li].range.isEmpty }
            let clusterStart = takeF ? fStart : lStart
            var clusterEnd = takeF ? fStart + records[fi].afterCount : changes[li].range.upperBound
            // (A cluster takes records and local edits in order: each is a run of indices.)
            let f0 = fi, l0 = li
            if takeF { fi += 1 } else { li += 1 }
            // Grow the cluster while the next span overlaps it.
            while true {
                if fi < records.count, overlaps(currentStart[fi], currentStart[fi] + records[fi].afterCount, clusterStart, clusterEnd) {
                    clusterEnd = max(clusterEnd, currentStart[fi] + records[fi].afterCount)
                    fi += 1
                } else if li < changes.count, overlaps(changes[li].range.lowerBound, changes[li].range.upperBound, clusterStart, clusterEnd) {
                    clusterEnd = max(clusterEnd, changes[li].range.upperBound)
                    li += 1
                } else { break }
            }
            let fs = f0..<fi, ls = l0..<li

            newText.append(contentsOf: text[copied..<clusterStart])
            var deltaInside = 0
            for k in fs { deltaInside += records[k].afterCount - (records[k].upper - records[k].lower) }

            if ls.isEmpty {
                // Old records untouched by this stage.
                newText.append(contentsOf: text[clusterStart..<clusterEnd])
                for k in fs { newRecords.append(records[k]) }
            } else if fs.isEmpty && ls.count == 1 {
                // The common case: a new edit of unchanged text.
                // (The edit's fields are read in place, not the whole edit copied.)
                let l = ls.lowerBound
                let replacement = changes[l].replacement
                newText.append(contentsOf: replacement)
                let lower = clusterStart - deltaBefore
                let upper = clusterEnd - deltaBefore
                if !(replacement.count == upper - lower && original[lower..<upper].elementsEqual(replacement)) {
                    let afterStart = arena.count
                    arena.append(contentsOf: replacement)
                    var extra: Int32 = -1
                    if let note = changes[l].note { extra = Int32(extras.count); extras.append((note, [])) }
                    newRecords.append(Record(lower: lower, upper: upper, afterStart: afterStart, afterCount: replacement.count,
                                             rule: intern(changes[l].rule), kind: changes[l].kind, extra: extra))
                }
            } else {
                var after = [UInt8]()
                var p = clusterStart
                for k in ls {
                    after.append(contentsOf: text[p..<changes[k].range.lowerBound])
                    after.append(contentsOf: changes[k].replacement)
                    p = changes[k].range.upperBound
                }
                after.append(contentsOf: text[p..<clusterEnd])
                newText.append(contentsOf: after)
                let lower = clusterStart - deltaBefore
                let upper = clusterEnd - deltaBefore - deltaInside
                let first = changes[ls.lowerBound]
                var via: [RuleID] = []
                var notes: [String] = []
                for k in fs {
                    if records[k].extra >= 0 { via.append(contentsOf: extras[Int(records[k].extra)].via) }
                    via.append(rules[Int(records[k].rule)])
                }
                for k in ls.dropFirst() { via.append(changes[k].rule) }
                for k in ls { if let n = changes[k].note { notes.append(n) } }
                if !original[lower..<upper].elementsEqual(after) {
                    let afterStart = arena.count
                    arena.append(contentsOf: after)
                    let extra = Int32(extras.count)
                    extras.append((notes.isEmpty ? nil : notes.joined(separator: "; "), via))
                    newRecords.append(Record(
                        lower: lower, upper: upper, afterStart: afterStart, afterCount: after.count,
                        rule: intern(first.rule),
                        // A record that absorbed a removal is a removal (text left the output).
                        kind: fs.contains { records[$0].kind == .remove } || ls.contains { changes[$0].kind == .remove }
                            ? .remove : first.kind,
                        extra: extra))
                }
            }
            deltaBefore += deltaInside
            copied = clusterEnd
        }
        newText.append(contentsOf: text[copied...])
        swap(&text, &newText)
        spare = newText
        swap(&records, &newRecords)
        spareRecords = newRecords
        version += 1
    }

    /// Whether span [s, e) overlaps the cluster [cs, ce): a shared byte, or an empty span strictly
    /// inside the other.
    @inline(__always)
    private func overlaps(_ s: Int, _ e: Int, _ cs: Int, _ ce: Int) -> Bool {
        if s == e { return cs < s && s < ce }
        if cs == ce { return s < cs && cs < e }
        return s < ce && cs < e
    }

    /// A map from current-text offsets to the original's (valid until the next ``apply(_:)``).
    func offsetMap() -> OffsetMap { OffsetMap(records.map { ($0.lower, $0.upper, $0.afterCount) }) }

    /// How many records of `rule` (its own or ones it absorbed) lie inside `range` of the original
    /// with `scalar` among the bytes they took out (few records: a linear scan).
    func removed(by rule: RuleID, within range: Range<Int>, holding scalar: UInt32) -> Int {
        let index = ruleIndex[rule]  // (nil: only absorbed, as the layout stage's own records are)
        var n = 0
        for r in records where r.lower >= range.lowerBound && r.upper <= range.upperBound {
            guard index.map({ r.rule == $0 }) == true || (r.extra >= 0 && extras[Int(r.extra)].via.contains(rule)) else { continue }
            if original.withUnsafeBufferPointer({ UTF8Scan.scalars($0, r.lower..<r.upper) }).contains(scalar) { n += 1 }
        }
        return n
    }

    /// The `fix` and `remove` records as ``Edit``s, sorted by range.
    var edits: [Edit] { log.finished().filter { $0.kind != .flag } }

    /// The log as it stands, for ``Tidy/Result`` to turn into ``Edit``s when they are asked for.
    var log: Log { Log(original: original, records: records, arena: arena, rules: rules, extras: extras, flags: flags) }

    /// A run's edit log in compact form (the arrays the document built, shared, not copied).
    /// Making ``Edit``s (two strings each, and line:column) costs a fifth as much as a typography
    /// stage; the default output never reads them, so a result makes them only when asked.
    struct Log: Sendable {
        let original: [UInt8]
        let records: [Record]
        let arena: [UInt8]
        let rules: [RuleID]
        let extras: [(note: String?, via: [RuleID])]
        let flags: [Edit]

        /// The `fix` and `remove` records named for `rule` (which may have absorbed others'), each
        /// with its original range and the offset in the output where its replacement starts;
        /// no record is made an ``Edit``.
        func placed(_ rule: RuleID) -> [(range: Range<Int>, output: Int)] {
            guard let index = rules.firstIndex(of: rule).map(UInt16.init) else { return [] }
            var out: [(range: Range<Int>, output: Int)] = []
            var delta = 0
            for r in records {
                if r.rule == index { out.append((r.lower..<r.upper, r.lower + delta)) }
                delta += r.afterCount - (r.upper - r.lower)
            }
            return out
        }

        /// Records and flags in original order, with line:column filled in.
        func finished() -> [Edit] {
            var all = records.map { r in
                let extra = r.extra >= 0 ? extras[Int(r.extra)] : (note: nil, via: [])
                return Edit(rule: rules[Int(r.rule)], kind: r.kind, range: r.lower..<r.upper,
                            before: original[r.lower..<r.upper].utf8String,
                            after: arena[r.afterStart..<(r.afterStart + r.afterCount)].utf8String,
                            note: extra.note, via: extra.via)
            }
            all += flags
            all.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            LineIndex(original).fillPositions(&all)
            return all
        }
    }
}

/// Maps offsets of the current text back to the original through the sorted edit records, by
/// binary search.
struct OffsetMap {
    /// (original lower, original upper, replacement length) of each record.
    private let edits: [(lower: Int, upper: Int, afterCount: Int)]
    /// Start of each record's replacement in the current text.
    private var currentStarts: [Int] = []

    init(_ edits: [(lower: Int, upper: Int, afterCount: Int)]) {
        self.edits = edits
        currentStarts.reserveCapacity(edits.count)
        var delta = 0
        for e in edits {
            currentStarts.append(e.lower + delta)
            delta += e.afterCount - (e.upper - e.lower)
        }
    }

    /// The original offset of `offset`. An offset inside rewritten text maps to the start (or,
    /// with `end`, the end) of the original range it came from.
    func originalOffset(ofCurrent offset: Int, end: Bool = false) -> Int {
        // The last record starting at or before `offset`.
        var lo = 0, hi = edits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if currentStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        // A record starting exactly at `offset` with `end` unset: the offset is before it.
        while k >= 0 && currentStarts[k] == offset && !end { k -= 1 }
        guard k >= 0 else { return offset }
        let e = edits[k]
        let cs = currentStarts[k]
        let ce = cs + e.afterCount
        if offset < ce || (offset == ce && end && ce > cs) {
            return end ? e.upper : e.lower
        }
        return e.upper + (offset - ce)
    }

    func originalRange(ofCurrent r: Range<Int>) -> Range<Int> {
        let lo = originalOffset(ofCurrent: r.lowerBound)
        let hi = max(lo, originalOffset(ofCurrent: r.upperBound, end: true))
        return lo..<hi
    }
}

/// Line starts of a buffer, for turning byte offsets into line:column.
struct LineIndex {
    private let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var found: [Int] = [0]
        bytes.withUnsafeBufferPointer { p in
            var i = UTF8Scan.lineEnd(p, from: 0, to: p.count)
            while i < p.count {
                found.append(i + 1)
                i = UTF8Scan.lineEnd(p, from: i + 1, to: p.count)
            }
        }
        starts = found
    }

    /// 1-based line and scalar column of `offset`.
    func position(of offset: Int) -> SourcePosition {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = starts[lo]
        while i < offset && i < bytes.count {
            i += UTF8Scan.sequenceLength(bytes[i])
            column += 1
        }
        return SourcePosition(line: lo + 1, column: column)
    }

    /// Fills `start` of records sorted by offset, in one sweep over the text.
    func fillPositions(_ edits: inout [Edit]) {
        var line = 0, column = 1, at = 0
        for k in edits.indices {
            let target = edits[k].range.lowerBound
            if target < at { edits[k].start = position(of: target); continue }
            while line + 1 < starts.count && starts[line + 1] <= target {
                line += 1
                at = starts[line]
                column = 1
            }
            while at < target && at < bytes.count {
                at += UTF8Scan.sequenceLength(bytes[at])
                column += 1
            }
            edits[k].start = SourcePosition(line: line + 1, column: column)
        }
    }
}
