/// A block of the current text decoded to scalars, for the rules of one stage: scalar `k` sits at
/// bytes `offsets[k]..<offsets[k + 1]`. Line feeds inside the block are kept as scalars, so "the
/// same line" (rules.md lnb/rnb) stops at U+000A.
struct BlockText {
    let role: BlockRole
    var s: [UInt32] = []
    var offsets: [Int] = []
    /// Index of the first scalar after a heading's `#` marker and its space (0 otherwise).
    var contentStart = 0
    /// The block has Latin letters (else no URL, e-mail or Latin sentence can be protected).
    let hasLatin: Bool

    init(_ p: UnsafeBufferPointer<UInt8>, _ block: Block) {
        role = block.role
        hasLatin = block.features.contains(.latin)
        s.reserveCapacity(block.content.count / 2)
        offsets.reserveCapacity(block.content.count / 2 + 1)
        var i = block.content.lowerBound
        while i < block.content.upperBound {
            let (c, n) = UTF8Scan.decode(p, at: i)
            s.append(c)
            offsets.append(i)
            i += n
        }
        offsets.append(block.content.upperBound)
        if case .heading(let level) = role { contentStart = min(s.count, level + 1) }
    }

    var count: Int { s.count }
    subscript(k: Int) -> UInt32 { s[k] }
    /// The scalar at `k`, or nil outside the block.
    func at(_ k: Int) -> UInt32? { k >= 0 && k < s.count ? s[k] : nil }

    func bytes(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The line (scalar indices, without its line feed) containing `k`.
    func line(of k: Int) -> Range<Int> {
        var lo = k, hi = k
        while lo > 0 && s[lo - 1] != 0x0A { lo -= 1 }
        while hi < s.count && s[hi] != 0x0A { hi += 1 }
        return lo..<hi
    }

    /// The lines of the block, as scalar ranges.
    var lines: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for k in s.indices where s[k] == 0x0A {
            out.append(start..<k)
            start = k + 1
        }
        out.append(start..<s.count)
        return out
    }

    /// rules.md lnb: nearest scalar left of `k` on its line, skipping U+0020 only.
    func lnb(_ k: Int) -> UInt32? {
        var j = k - 1
        while j >= 0 && s[j] == 0x20 { j -= 1 }
        return j >= 0 && s[j] != 0x0A ? s[j] : nil
    }

    /// rules.md rnb: nearest scalar right of `k` on its line, skipping U+0020 only.
    func rnb(_ k: Int) -> UInt32? {
        var j = k + 1
        while j < s.count && s[j] == 0x20 { j += 1 }
        return j < s.count && s[j] != 0x0A ? s[j] : nil
    }

    /// Whether the block has any Han character.
    var hasHan: Bool { s.contains(where: CharacterClass.isHan) }

    /// rules.md §2.1 protected spans (URLs, e-mail, Latin sentences), per scalar.
    func protectedMask() -> [Bool] {
        var mask = [Bool](repeating: false, count: s.count)
        guard hasLatin else { return mask }
        for line in lines { ProtectedSpans.mark(&mask, s, line) }
        return mask
    }

    /// Chinese context of a span [lo, hi) (rules.md §2 CC, for a run): the scalar before it is
    /// H or CJKP, or the one after is H or OPEN (spaces skipped).
    func isChineseContext(_ lo: Int, _ hi: Int) -> Bool {
        let l = lnb(lo), r = rnb(hi - 1)
        return (l.map { CharacterClass.isHan($0) || CharacterClass.isCJKPunct($0) } ?? false)
            || (r.map { CharacterClass.isHan($0) || CharacterClass.isOpen($0) } ?? false)
    }
}

/// Edits proposed for blocks in scalar coordinates, turned into sorted, non-overlapping
/// ``LocalEdit``s for ``Document/apply(_:)``.
struct EditCollector {
    private(set) var edits: [LocalEdit] = []

    mutating func replace(_ b: BlockText, _ r: Range<Int>, with scalars: [UInt32], _ rule: RuleID,
                          _ kind: Edit.Kind = .fix, note: String? = nil) {
        edits.append(LocalEdit(rule, kind, range: b.bytes(r), replacement: UTF8Scan.encode(scalars), note: note))
    }

    /// One scalar for another (most typography edits): no array of scalars to make.
    mutating func replace(_ b: BlockText, _ r: Range<Int>, with scalar: UInt32, _ rule: RuleID) {
        edits.append(LocalEdit(rule, .fix, range: b.bytes(r), replacement: UTF8Scan.encode(scalar)))
    }

    mutating func insert(_ b: BlockText, at k: Int, _ scalars: [UInt32], _ rule: RuleID) {
        replace(b, k..<k, with: scalars, rule)
    }

    mutating func delete(_ b: BlockText, _ r: Range<Int>, _ rule: RuleID, note: String? = nil) {
        replace(b, r, with: [], rule, .fix, note: note)
    }

    mutating func flag(_ b: BlockText, _ r: Range<Int>, _ code: RuleID, _ message: String) {
        edits.append(LocalEdit(code, .flag, range: b.bytes(r), note: message))
    }

    mutating func append(_ e: LocalEdit) { edits.append(e) }

    /// Sorted by position; of two overlapping changes the first proposed wins (a stage's rules are
    /// designed not to overlap; this keeps the log well-formed if they ever do).
    func finished() -> [LocalEdit] {
        // (Rules propose in reading order, block by block, so the edits are mostly in order
        // already, and mostly none overlaps: then the array is returned as it is, neither sorted
        // nor copied.)
        // (Fields are read in place: copying an edit out of the array retains its strings.)
        var inOrder = true
        for k in edits.indices.dropFirst() {
            let a = edits[k - 1].range, b = edits[k].range
            if (a.lowerBound, a.upperBound) > (b.lowerBound, b.upperBound) { inOrder = false; break }
        }
        let ordered = inOrder ? edits : edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset)
                < ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
        }.map(\.element)
        var out: [LocalEdit]?  // made at the first edit dropped
        var lastEnd = -1, lastStart = -1
        for k in ordered.indices {
            let r = ordered[k].range
            if ordered[k].kind != .flag {
                let overlaps = r.lowerBound < lastEnd
                    || (r.isEmpty && r.lowerBound == lastStart && lastEnd == lastStart)
                if overlaps {
                    if out == nil { out = Array(ordered[..<k]) }
                    continue
                }
                lastEnd = max(lastEnd, r.upperBound)
                lastStart = r.lowerBound
            }
            out?.append(ordered[k])
        }
        return out ?? ordered
    }
}

/// Runs `body` on each block that `visit` selects (by its role and ``BlockFeatures``, so most
/// blocks skip decoding), and returns the collected edits.
func collectEdits(
    _ document: Document, _ context: inout PipelineContext,
    visit: (Block) -> Bool = { _ in true },
    _ body: (BlockText, inout EditCollector) -> Void
) -> [LocalEdit] {
    let layout = context.layout(of: document)
    var collector = EditCollector()
    document.text.withUnsafeBufferPointer { p in
        for (k, block) in layout.blocks.enumerated() where visit(block) {
            body(context.blockText(k, of: document, layout, p), &collector)
        }
    }
    return collector.finished()
}
