/// NS-DUP-PARA — remove a stray copy of text that stands elsewhere in the issue.
///
/// Source: rules.md §5.9 (extraction damage). A body paragraph of ≥20 characters that is an exact
/// copy (ignoring whitespace and punctuation width) of text standing elsewhere, where that other
/// copy continues properly (more text follows it, or it is a complete paragraph), was put in the
/// wrong article by the extractor. When the copy is itself cut off mid-sentence it is the stray
/// one: it is removed, and the record names where the kept copy is. When both copies read as
/// complete, it is unclear which is stray: both stay and the paragraph is flagged.
///
///     牧野区 article: 魏海晓强调，要坚决落实…精准研判污⏎⏎（牧野宣）
///     卫滨区 article: 魏海晓强调，要坚决落实…精准研判污染源头，快速调度处置…
///     → the 牧野区 copy is removed.
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
        /// Byte offset (current text) of each scalar.
        var offsets: [Int] = []
    }

    static func normalize(_ p: UnsafeBufferPointer<UInt8>, _ block: Int, _ range: Range<Int>) -> Normalized {
        var n = Normalized(block: block)
        n.scalars.reserveCapacity(range.count / 3 + 1)
        n.offsets.reserveCapacity(range.count / 3 + 1)
        var i = range.lowerBound
        while i < range.upperBound {
            let (c, len) = UTF8Scan.decode(p, at: i)
            if !(CharacterClass.isSpace(c) || c == 0x0A || c == 0x0D) {
                n.scalars.append(CharacterClass.widthFolded(c))
                n.offsets.append(i)
            }
            i += len
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
struct DuplicateFragmentStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        var edits: [LocalEdit] = []
        let index = LineIndex(document.original)
        document.text.withUnsafeBufferPointer { p in
            let running = layout.blocks.indices.filter { layout.blocks[$0].role.isRunningText }
            let paragraphs = running.map { NSDupPara.normalize(p, $0, layout.blocks[$0].content) }
            let window = NSDupPara.minimumLength
            var candidates: [UInt64: [Int]] = [:]  // hash of the first 20 → index into paragraphs
            for (k, para) in paragraphs.enumerated() where para.scalars.count >= window {
                candidates[NSDupPara.hash(para.scalars[0..<window]), default: []].append(k)
            }
            guard !candidates.isEmpty else { return }
            var power: UInt64 = 1
            for _ in 0..<window { power = power &* NSDupPara.base }

            var handled = Set<Int>()
            for (q, para) in paragraphs.enumerated() where para.scalars.count >= window {
                var h = NSDupPara.hash(para.scalars[0..<window])
                var pos = 0
                while true {
                    if let hits = candidates[h] {
                        for k in hits where k != q && !handled.contains(k) {
                            let b = paragraphs[k].scalars
                            guard pos + b.count <= para.scalars.count,
                                  para.scalars[pos..<(pos + b.count)].elementsEqual(b) else { continue }
                            let blockK = layout.blocks[paragraphs[k].block]
                            let blockQ = layout.blocks[para.block]
                            let copyComplete = !Completeness.isIncomplete(tail: Array(b.suffix(8)))
                            let otherContinues = pos + b.count < para.scalars.count
                                || !Completeness.isIncomplete(tail: Array(para.scalars.suffix(8)))
                            guard otherContinues else { continue }
                            let keptAt = index.position(of: document.originalOffset(ofCurrent: para.offsets[pos]))
                            let preview = Scalars.string(b.prefix(8))
                            if copyComplete && pos == 0 && b.count == para.scalars.count {
                                // Two identical complete paragraphs: flag the later one only.
                                if blockK.content.lowerBound > blockQ.content.lowerBound {
                                    edits.append(LocalEdit(NSDupPara.id, .flag, range: blockK.content,
                                        note: "same paragraph as at \(keptAt) (“\(preview)…”); both kept"))
                                    handled.insert(k)
                                }
                                continue
                            }
                            if copyComplete {
                                edits.append(LocalEdit(NSDupPara.id, .flag, range: blockK.content,
                                    note: "repeats text at \(keptAt) (“\(preview)…”); both kept"))
                            } else {
                                edits.append(LocalEdit(NSDupPara.id, .remove,
                                    range: removalRange(layout, paragraphs[k].block),
                                    note: "stray copy of text kept at \(keptAt) (“\(preview)…”)"))
                            }
                            handled.insert(k)
                        }
                    }
                    if pos + window >= para.scalars.count { break }
                    h = h &* NSDupPara.base &- UInt64(para.scalars[pos]) &* power &+ UInt64(para.scalars[pos + window])
                    pos += 1
                }
            }
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        return edits
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
