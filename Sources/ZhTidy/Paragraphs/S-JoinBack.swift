/// S-JOIN-BACK — a paragraph's rest, printed up to three paragraphs before it, is moved to its end.
///
/// Not in rules.md (S-JOIN joins a paragraph only to the next one). pymupdf4llm and pdftotext's
/// default mode print a page's blocks by position, so the last piece of a column can come out
/// above the paragraph it finishes: `保数据平稳。要聚焦…` two paragraphs before `…快速调度处置，确`,
/// which a byline follows. The evidence must hold at both ends, and be the only reading:
/// P, a one-line paragraph that ends mid-sentence (S-JOIN (b)) with no running text after it,
/// and R, a one-line body paragraph two or three before it that cannot open a paragraph: either R
/// opens with a pause or closing mark other than a sentence's end (and P leaves no bracket open),
/// or the break between P's end and R's start splits a word of ICU's dictionary that the text
/// prints elsewhere too (`确|保`; the dictionary alone takes `贵|为` for one). S-JOIN must join P to
/// R, and no other such R may stand in reach of P nor other such P in reach of R. (A page break
/// between them is no bar: the output has none, and a second run must read it the same way.)
///
///     保数据平稳。要聚焦控尘控车…⏎⏎魏海晓先后到…⏎⏎…快速调度处置，确⏎⏎（卫滨宣）
///         →  魏海晓先后到…⏎⏎…快速调度处置，确保数据平稳。要聚焦控尘控车…⏎⏎（卫滨宣）
struct SJoinBack {
    static let id: RuleID = "S-JOIN-BACK"
    static let summary = "Move a paragraph's rest, printed up to three paragraphs before it, to its end"

    /// How far before P its rest may stand, in paragraphs.
    static let reach = 2...3

    /// The moves of `layout`'s paragraphs, as edits from R's start to P's end.
    static func edits(_ p: UnsafeBufferPointer<UInt8>, _ layout: TextLayout, context: inout PipelineContext) -> [LocalEdit] {
        let blocks = layout.blocks
        /// Whether block `k` stops mid-sentence with no running text after it.
        func isOpenEnd(_ k: Int) -> Bool {
            let b = blocks[k]
            guard b.role.isRunningText, b.lines.count == 1 else { return false }
            if k + 1 < blocks.count, blocks[k + 1].role.isRunningText { return false }
            let tail = Completeness.tail(p, b.content, count: 12)
            return Completeness.isIncomplete(tail: tail) && tail.last.map(CharacterClass.widthFolded) != 0xFF1A
        }
        /// Pairs of characters the text prints together (made when first asked: most texts have
        /// no open paragraph with a candidate in reach).
        var known: CharacterPairs?
        /// Whether block `r` goes on from open block `k`'s end, and why.
        func goesOn(_ r: Int, from k: Int) -> String? {
            let b = blocks[r]
            guard b.role == .body, b.lines.count == 1 else { return nil }
            guard SJoin.decide(p, blocks[k], b, balance: Completeness.Balance(), context: &context) != nil else { return nil }
            let tail = Completeness.tail(p, blocks[k].content, count: 12)
            let head = UTF8Scan.scalars(p, b.content, limit: 12)
            guard let last = tail.last, let first = head.first else { return nil }
            // (P inside a bracket it opened is a byline's or credit's pieces, no sentence.)
            let f = CharacterClass.widthFolded(first)
            if CharacterClass.isCloseOrPause(f) && !CharacterClass.isEnd(f) {
                return Completeness.Balance.of(p, blocks[k].content).brackets > 0 ? nil : "R opens with a mark no paragraph opens with"
            }
            // (A word of ICU's dictionary across the break that the text prints elsewhere too:
            // the dictionary alone takes `贵|为` or `不|准` for words.)
            guard SJoin.splitsWord(tail, head, &context) else { return nil }
            if known == nil {
                known = CharacterPairs(layout.blocks.map { UTF8Scan.scalars(p, $0.content) })
            }
            guard known!.contains(last, first) else { return nil }
            return "the break splits a word the text prints elsewhere (\(Scalars.string(tail.suffix(2)))|\(Scalars.string(head.prefix(2))))"
        }
        var out: [LocalEdit] = []
        var openEnds: [Int: Bool] = [:]
        func open(_ k: Int) -> Bool {
            if let o = openEnds[k] { return o }
            let o = isOpenEnd(k)
            openEnds[k] = o
            return o
        }
        var after = -1  // blocks up to this one are in a move already
        for k in blocks.indices where k >= reach.lowerBound && open(k) {
            let candidates = reach.compactMap { d -> (r: Int, why: String)? in
                let r = k - d
                guard r > after, r >= 0, let why = goesOn(r, from: k) else { return nil }
                return (r, why)
            }
            guard candidates.count == 1, let (r, why) = candidates.first else { continue }
            // (No other open paragraph in reach of R reads on into it.)
            let others = reach.map { r + $0 }.filter { $0 != k && $0 < blocks.count && open($0) }
            guard !others.contains(where: { goesOn(r, from: $0) != nil }) else { continue }
            let range = blocks[r].content.lowerBound..<blocks[k].content.upperBound
            let next = layout.lines[blocks[r + 1].lines.lowerBound].range.lowerBound
            let last = UTF8Scan.decode(p, before: blocks[k].content.upperBound).scalar
            let first = UTF8Scan.decode(p, at: blocks[r].content.lowerBound).scalar
            var replacement = Array(p[next..<blocks[k].content.upperBound])
            replacement += SJoin.glue(last, first)
            replacement += p[blocks[r].content]
            out.append(LocalEdit(id, range: range, replacement: replacement,
                                 note: "\(why); the rest of a paragraph printed \(k - r) paragraphs before it"))
            after = k
        }
        return out
    }
}

/// S-JOIN-BACK's stage: after S-JOIN and NS-DUP-PARA (a stray copy cut off mid-sentence is no P).
struct ParagraphOrderStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        return document.text.withUnsafeBufferPointer { SJoinBack.edits($0, layout, context: &context) }
    }
}
