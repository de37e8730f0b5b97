/// NS-DUP-PARA — remove a stray copy of text that stands elsewhere in the issue.
///
/// Source: rules.md §5.9 (extraction damage). A body paragraph of ≥20 characters that is an exact
/// copy (ignoring whitespace and punctuation width) of text standing elsewhere, where that other
/// copy continues properly (more text follows it, or it is a complete paragraph), was put in the
/// wrong article by the extractor. When the copy is itself cut off mid-sentence it is the stray
/// one: it is removed, and the record names where the kept copy is. When both copies read as
/// complete, it is unclear which is stray: both stay and the paragraph is flagged — unless they
/// are the same paragraph within two blocks of each other, an extractor's repeat of its block
/// (pymupdf4llm on Chromium's pages): the later one goes, its text kept in the earlier.
///
///     牧野区 article: 魏海晓强调，要坚决落实…精准研判污⏎⏎（牧野宣）
///     卫滨区 article: 魏海晓强调，要坚决落实…精准研判污染源头，快速调度处置…
///     → the 牧野区 copy is removed.
///
/// In extracted text, a copy cut off where it ends is looked for before S-JOIN as well
/// (``DuplicateFragmentStage/cutOffOnly``): left in, it would be read on into the block after it
/// (`…现场推` + `9.95%，…`, pymupdf4llm's repeat of a block's first lines).
///
/// Matching is linear: the candidates' first 20 characters are hashed, and every paragraph is
/// scanned once with a rolling hash.
struct NSDupPara {
    static let id: RuleID = "NS-DUP-PARA"
    static let summary = "Remove stray copies of text that continues properly elsewhere"
    static let minimumLength = 20

    /// A running-text paragraph in comparison form.
    struct Normalized {
        var block: Int
        /// Scalars without whitespace, ASCII marks folded to their CJK forms.
        var scalars: [UInt32] = []
        /// Where the paragraph's text starts (current text).
        var start = 0
        /// The byte offset of normalized scalar `k`, found by walking the block again (needed only
        /// for the few paragraphs that turn out to be copies).
        func offset(of k: Int, in p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
            var i = range.lowerBound, n = 0
            while i < range.upperBound {
                let (c, len) = UTF8Scan.decode(p, at: i)
                if !NSDupPara.isIgnored(c) {
                    if n == k { return i }
                    n += 1
                }
                i += len
            }
            return range.upperBound
        }
    }

    /// Whitespace and line ends: not compared (``normalize`` and ``Normalized/offset(of:in:_:)``
    /// must skip the same scalars).
    @inline(__always) static func isIgnored(_ c: UInt32) -> Bool { CharacterClass.isSpace(c) || c == 0x0A || c == 0x0D }

    static func normalize(_ p: UnsafeBufferPointer<UInt8>, _ block: Int, _ range: Range<Int>) -> Normalized {
        var n = Normalized(block: block)
        n.start = range.lowerBound
        // (Written in place: a paragraph has no more scalars than bytes.)
        n.scalars = [UInt32](unsafeUninitializedCapacity: range.count) { out, count in
            var i = range.lowerBound, k = 0
            while i < range.upperBound {
                let b = p[i]
                if b >= 0xE0 && b < 0xF0 {  // most Han: three bytes, nothing to fold or skip but U+3000
                    let c = UTF8Scan.decode(p, at: i).scalar
                    if c != 0x3000 { out[k] = c; k += 1 }
                    i += 3
                    continue
                }
                let (c, len) = UTF8Scan.decode(p, at: i)
                if !isIgnored(c) {
                    out[k] = CharacterClass.widthFolded(c)
                    k += 1
                }
                i += len
            }
            count = k
        }
        return n
    }

    /// Polynomial hash of a window, the start of a rolling hash with multiplier `base`.
    static let base: UInt64 = 1_000_003

    static func hash(_ s: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0
        for c in s { h = h &* base &+ UInt64(c) }
        return h
    }
}

/// Finds stray copies and removes them (or flags unclear pairs).
///
/// Copies are looked for within ``window`` bytes of each other — one issue's worth of pages — so
/// the cost stays linear on an archive streamed as one text, where the same boilerplate recurs
/// issue after issue.
struct DuplicateFragmentStage: Stage {
    static let window = 256 * 1024
    /// Only removals (the typography rounds run the stage again; its flags were raised before).
    var removalsOnly = false
    /// Only copies cut off where they end (before S-JOIN reads them on into the next block), in
    /// extracted text: two complete copies are judged once paragraphs are whole.
    var cutOffOnly = false

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        // (Extractors repeat a block's lines; in Markdown a person wrote, copies are judged once,
        // on whole paragraphs: the scan costs a tenth of a run on text full of copies.)
        if cutOffOnly && context.inputKind == .markdown && !context.extractedMarkdown { return [] }
        let layout = context.layout(of: document)
        var edits: [LocalEdit] = []
        var index: LineIndex?
        let map = document.offsetMap()
        let n = NSDupPara.minimumLength
        document.text.withUnsafeBufferPointer { p in
            let paragraphs = layout.blocks.indices.filter { layout.blocks[$0].role.isRunningText }
                .map { NSDupPara.normalize(p, $0, layout.blocks[$0].content) }
            // Candidates by the hash of their first n scalars, with a bit filter in front of the
            // dictionary so that most positions cost one table lookup.
            var candidates: [UInt64: [Int]] = [:]
            var filter = [UInt64](repeating: 0, count: 1024)
            for (k, para) in paragraphs.enumerated() where para.scalars.count >= n {
                let h = NSDupPara.hash(para.scalars[0..<n])
                candidates[h, default: []].append(k)
                filter[Int(h & 0xFFFF) >> 6] |= 1 << (h & 63)
            }
            guard !candidates.isEmpty else { return }
            var power: UInt64 = 1
            for _ in 0..<n { power = power &* NSDupPara.base }

            var handled = Set<Int>()
            for (q, para) in paragraphs.enumerated() where para.scalars.count >= n && !handled.contains(q) {
                let qStart = para.start
                var h = NSDupPara.hash(para.scalars[0..<n])
                var pos = 0
                while true {
                    if filter[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, let hits = candidates[h] {
                        for k in hits where k != q && !handled.contains(k)
                            && abs(paragraphs[k].start - qStart) <= Self.window {
                            guard let edit = judge(p, paragraphs[k], against: para, at: pos, layout, document, map, &index)
                            else { continue }
                            edits.append(edit)
                            handled.insert(k)
                        }
                    }
                    if pos + n >= para.scalars.count { break }
                    h = h &* NSDupPara.base &- UInt64(para.scalars[pos]) &* power &+ UInt64(para.scalars[pos + n])
                    pos += 1
                }
            }
        }
        if removalsOnly { edits.removeAll { $0.kind == .flag } }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        // The last block's removal reaches back over the blank line before it: when the block
        // before is removed too, the two are one removal.
        var merged: [LocalEdit] = []
        for e in edits {
            if e.kind == .remove, let k = merged.lastIndex(where: { $0.kind == .remove }),
               e.range.lowerBound < merged[k].range.upperBound {
                merged[k].range = merged[k].range.lowerBound..<max(merged[k].range.upperBound, e.range.upperBound)
                continue
            }
            merged.append(e)
        }
        return merged
    }

    /// The record for paragraph `b` when it is a copy of `q`'s text at `pos`, or nil.
    private func judge(
        _ p: UnsafeBufferPointer<UInt8>, _ b: NSDupPara.Normalized, against q: NSDupPara.Normalized, at pos: Int,
        _ layout: TextLayout, _ document: Document, _ map: OffsetMap, _ index: inout LineIndex?
    ) -> LocalEdit? {
        let copy = b.scalars
        guard pos + copy.count <= q.scalars.count,
              q.scalars[pos..<(pos + copy.count)].elementsEqual(copy) else { return nil }
        let copyComplete = !Completeness.isIncomplete(tail: Array(copy.suffix(8)))
        let otherContinues = pos + copy.count < q.scalars.count
            || !Completeness.isIncomplete(tail: Array(q.scalars.suffix(8)))
        guard otherContinues else { return nil }
        let identical = pos == 0 && copy.count == q.scalars.count
        // Of two identical complete paragraphs, only the later one is flagged.
        if identical && b.start < q.start { return nil }
        // (The same paragraph twice within a few blocks is an extractor's repeat of its block,
        // pymupdf4llm's on Chromium's pages: the later copy goes, its text kept in the earlier.)
        let repeated = identical && b.block > q.block && b.block - q.block <= 2
        // A flag the typography rounds drop anyway: only that the paragraph was judged counts.
        if copyComplete && (cutOffOnly || (removalsOnly && !repeated)) { return LocalEdit(NSDupPara.id, .flag, range: b.start..<b.start) }
        if index == nil { index = LineIndex(document.original) }
        let keptAt = index!.position(of: map.originalOffset(ofCurrent: q.offset(of: pos, in: p, layout.blocks[q.block].content)))
        let preview = Scalars.string(copy.prefix(8))
        if copyComplete && !repeated {
            // The flag marks the paragraph's opening words (the whole paragraph is in the text).
            let range = layout.blocks[b.block].content
            let head = b.start..<(copy.count > 8 ? b.offset(of: 8, in: p, range) : range.upperBound)
            return LocalEdit(NSDupPara.id, .flag, range: head,
                             note: "\(identical ? "same paragraph as" : "repeats text") at \(keptAt) (“\(preview)…”); both kept")
        }
        return LocalEdit(NSDupPara.id, .remove, range: removalRange(layout, b.block),
                         note: "stray copy of text kept at \(keptAt) (“\(preview)…”)")
    }

    /// The block and the blank line after it (before it, for the last block), so the record
    /// starts where the stray text does.
    private func removalRange(_ layout: TextLayout, _ b: Int) -> Range<Int> {
        let block = layout.blocks[b]
        if b + 1 < layout.blocks.count { return block.content.lowerBound..<layout.blocks[b + 1].content.lowerBound }
        if b > 0 { return layout.blocks[b - 1].content.upperBound..<block.content.upperBound }
        return block.content
    }
}
