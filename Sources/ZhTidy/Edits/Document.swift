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
    /// `fix` and `remove` records, sorted by range.
    private(set) var edits: [Edit] = []
    /// `flag` records, in the order they were raised.
    private(set) var flags: [Edit] = []
    /// Incremented whenever `text` changes (stages cache derived data by it).
    private(set) var version = 0
    /// The previous text's storage, reused for the next one (no fresh pages per stage).
    private var spare: [UInt8] = []

    init(original: [UInt8]) {
        self.original = original
        self.text = original
    }

    /// Composes `local` (sorted by range, non-overlapping, in `text` coordinates) into the log.
    mutating func apply(_ local: [LocalEdit]) {
        let changes = local.filter { $0.kind != .flag }
        let raised = local.filter { $0.kind == .flag }
        if !raised.isEmpty {
            let map = offsetMap()
            for f in raised {
                let r = map.originalRange(ofCurrent: f.range)
                let before = original[r].utf8String
                flags.append(Edit(rule: f.rule, kind: .flag, range: r, before: before, after: before, note: f.note))
            }
        }
        guard !changes.isEmpty else { return }

        // Current-text span of every existing record.
        var currentStart = [Int]()
        currentStart.reserveCapacity(edits.count)
        var delta = 0
        for e in edits {
            currentStart.append(e.range.lowerBound + delta)
            delta += e.after.utf8.count - e.range.count
        }

        var newText = spare
        spare = []
        newText.removeAll(keepingCapacity: true)
        newText.reserveCapacity(text.count + text.count / 8 + 64)
        var newEdits = [Edit]()
        newEdits.reserveCapacity(edits.count + changes.count)

        var fi = 0, li = 0
        var copied = 0  // text[..<copied] has been emitted
        var deltaBefore = 0  // current - original, for positions before the next record

        while fi < edits.count || li < changes.count {
            // Start a cluster at the earlier of the next record and the next local edit; on a tie
            // an empty span goes first, and an old record before a local edit.
            let fStart = fi < edits.count ? currentStart[fi] : Int.max
            let lStart = li < changes.count ? changes[li].range.lowerBound : Int.max
            let fEmpty = fi < edits.count && edits[fi].after.isEmpty
            let takeF: Bool
            if fStart != lStart { takeF = fStart < lStart } else { takeF = fEmpty || !changes[li].range.isEmpty }
            let clusterStart = takeF ? fStart : lStart
            var clusterEnd = takeF ? fStart + edits[fi].after.utf8.count : changes[li].range.upperBound
            var fs: [Int] = [], ls: [Int] = []
            if takeF { fs.append(fi); fi += 1 } else { ls.append(li); li += 1 }
            // Grow the cluster while the next span overlaps it.
            while true {
                if fi < edits.count, overlaps(currentStart[fi], currentStart[fi] + edits[fi].after.utf8.count, clusterStart, clusterEnd) {
                    clusterEnd = max(clusterEnd, currentStart[fi] + edits[fi].after.utf8.count)
                    fs.append(fi); fi += 1
                } else if li < changes.count, overlaps(changes[li].range.lowerBound, changes[li].range.upperBound, clusterStart, clusterEnd) {
                    clusterEnd = max(clusterEnd, changes[li].range.upperBound)
                    ls.append(li); li += 1
                } else { break }
            }

            newText.append(contentsOf: text[copied..<clusterStart])
            var deltaInside = 0
            for k in fs { deltaInside += edits[k].after.utf8.count - edits[k].range.count }

            if ls.isEmpty {
                // Old records untouched by this stage.
                newText.append(contentsOf: text[clusterStart..<clusterEnd])
                for k in fs { newEdits.append(edits[k]) }
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
                let originalRange = (clusterStart - deltaBefore)..<(clusterEnd - deltaBefore - deltaInside)
                let first = changes[ls[0]]
                var via: [RuleID] = []
                var notes: [String] = []
                for k in fs { via.append(contentsOf: edits[k].via); via.append(edits[k].rule) }
                for k in ls.dropFirst() { via.append(changes[k].rule) }
                for k in ls { if let n = changes[k].note { notes.append(n) } }
                let before = original[originalRange]
                if !(Array(before) == after) {
                    newEdits.append(Edit(
                        rule: first.rule,
                        kind: fs.contains { edits[$0].kind == .remove } ? .remove : first.kind,
                        range: originalRange,
                        before: before.utf8String,
                        after: after.utf8String,
                        note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                        via: via))
                }
            }
            deltaBefore += deltaInside
            copied = clusterEnd
        }
        newText.append(contentsOf: text[copied...])
        swap(&text, &newText)
        spare = newText
        edits = newEdits
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
    func offsetMap() -> OffsetMap { OffsetMap(edits) }

    /// Maps one offset of the current text to the original (see ``OffsetMap``).
    func originalOffset(ofCurrent offset: Int, end: Bool = false) -> Int {
        offsetMap().originalOffset(ofCurrent: offset, end: end)
    }

    /// The finished log: records and flags in original order, with line:column filled in.
    func finishedLog() -> [Edit] {
        var all = edits + flags
        all.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        LineIndex(original).fillPositions(&all)
        return all
    }
}

/// Maps offsets of the current text back to the original through the sorted edit records, by
/// binary search.
struct OffsetMap {
    private let edits: [Edit]
    /// Start of each record's replacement in the current text.
    private var currentStarts: [Int] = []

    init(_ edits: [Edit]) {
        self.edits = edits
        currentStarts.reserveCapacity(edits.count)
        var delta = 0
        for e in edits {
            currentStarts.append(e.range.lowerBound + delta)
            delta += e.after.utf8.count - e.range.count
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
        let ce = cs + e.after.utf8.count
        if offset < ce || (offset == ce && end && ce > cs) {
            return end ? e.range.upperBound : e.range.lowerBound
        }
        return e.range.upperBound + (offset - ce)
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
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
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
