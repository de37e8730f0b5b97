/// S-JOIN — repair paragraphs broken by a column or page break.
///
/// Source: rules.md §4.9 S-JOIN (NEWS; GB/T 15834 B.2 for where a sentence ends; clreq for
/// quotation marks spanning paragraphs). Join paragraph P1 with the next paragraph P2 — delete the
/// blank line, insert nothing (one space between two Latin letters) — when
/// (a) P1 is running text and P2 is body text (never a heading, byline, caption, jump line, or a
///     paragraph that opens with a dateline, which starts a new article);
/// (b) P1 is incomplete (``Completeness/isIncomplete(tail:)``), or P1 leaves a quotation or
///     bracket open that P2 closes (P2 not opening with a quote of its own, which would make it a
///     multi-paragraph quotation);
/// (c) P2 does not start with an ordinal (`一、` `（一）` `1.` `①` `第一，`) or a bullet, and P1 is
///     no Markdown list item (`- `, `* `, `+ `: a list as written ends where its items end).
/// A P1 ending in `：` is never joined, nor one ending at a jump line (`（下转第2版）`). At a
/// Han|Han junction ICU's Chinese dictionary says whether the break splits a word (`精|准施策`);
/// the record carries that evidence.
///
///     曙光社区提前部署、精⏎⏎准施策。                → 曙光社区提前部署、精准施策。
///     “事事落实到位”⏎⏎的执行力，                    → “事事落实到位”的执行力，
///     近日，会议召开。⏎⏎会议要求，                  → unchanged
struct SJoin {
    static let id: RuleID = "S-JOIN"
    static let summary = "Join paragraphs split mid-sentence by a column or page break"

    /// Whether a paragraph break between P1 and P2 should go, and why.
    static func decide(
        _ p: UnsafeBufferPointer<UInt8>, _ b1: Block, _ b2: Block, balance: Completeness.Balance,
        context: inout PipelineContext
    ) -> String? {
        guard b1.role.isRunningText, b2.role == .body else { return nil }
        let tail = Completeness.tail(p, b1.content, count: 12)
        let head = UTF8Scan.scalars(p, b2.content, limit: 12)
        guard let last = tail.last, let first = head.first else { return nil }
        if CharacterClass.widthFolded(last) == 0xFF1A { return nil }  // lists and quotations follow colons
        if endsWithJumpLine(tail) || Continuation.match(Array(head.prefix(10))) != nil { return nil }
        if Ordinal.startsList(head) { return nil }
        // (Nor does a Markdown list item, `- `, `* ` or `+ `, run on into the paragraph after it:
        // MD-LIST-MARKER has taken out the markers an extractor set before running text.)
        if isListItem(p, b1.content) { return nil }
        // (A copy of P1's own end is an extractor's repeat, no continuation: NS-DUP-PARA takes it
        // out. pymupdf4llm prints a column's last lines again as a block of their own.)
        let n = b2.content.count
        if n >= 24, n <= b1.content.count, p[(b1.content.upperBound - n)..<b1.content.upperBound].elementsEqual(p[b2.content]) { return nil }

        // (A place's name alone, `封丘县`, before running text is a kicker printed away from its
        // title, pdfminer.six's box: no sentence runs on from it, unless the break splits a word.)
        if b1.content.count <= 21, Unwrapper.isPlaceName(tail), CharacterClass.hasPause(UTF8Scan.scalars(p, b2.content, limit: 20)),
           !splitsWord(tail, head, &context) { return nil }

        var reason: String
        if Completeness.isIncomplete(tail: tail) {
            reason = "P1 ends mid-sentence"
        } else if balance.isOpen, !CharacterClass.isOpen(CharacterClass.widthFolded(first)), first != 0x22,
                  Completeness.Balance.of(p, b2.content).dippedBelowZero {
            reason = "P1 leaves a quotation or bracket open that P2 closes"
        } else {
            return nil
        }
        if splitsWord(tail, head, &context) {
            reason += "; the break splits a word (\(Scalars.string(tail.suffix(2)))|\(Scalars.string(head.prefix(2))))"
        }
        return reason
    }

    /// Whether the text in `r` opens with a Markdown bullet and a space, or a bullet alone on its
    /// line (an empty item: S-BLANK takes its trailing space, and a second run must read it alike).
    private static func isListItem(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let f = r.first, p[f] == 0x2D || p[f] == 0x2A || p[f] == 0x2B else { return false }
        return r.count == 1 || p[f + 1] == 0x20 || p[f + 1] == 0x0A
    }

    /// Dictionary evidence at a Han|Han junction: whether the end of `tail` and the start of
    /// `head` make one word in ICU's dictionary (`坚|持`).
    static func splitsWord(_ tail: [UInt32], _ head: [UInt32], _ context: inout PipelineContext) -> Bool {
        guard let l = tail.last, let f = head.first, CharacterClass.isHan(l), CharacterClass.isHan(f),
              let wb = context.wordBreaker() else { return false }
        return splitsWord(tail, head, wb)
    }

    /// ``splitsWord(_:_:_:)`` with a word breaker at hand.
    static func splitsWord(_ tail: [UInt32], _ head: [UInt32], _ wb: WordBreaker) -> Bool {
        guard let l = tail.last, let f = head.first, CharacterClass.isHan(l), CharacterClass.isHan(f) else { return false }
        var window = UTF8Scan.encode(Array(tail.suffix(6)))
        let junction = window.count
        window += UTF8Scan.encode(Array(head.prefix(6)))
        return !wb.isBoundary(window, at: junction)
    }

    /// What replaces a line or paragraph break that is joined: nothing, or one space between two
    /// Latin letters.
    @inline(__always) static func glue(_ last: UInt32, _ first: UInt32) -> [UInt8] {
        CharacterClass.isLatin(last) && CharacterClass.isLatin(first) ? [0x20] : []
    }

    private static let jumpWords = ["转第", "下转", "接第", "上接"].map(Scalars.of)
    private static let ban = Scalars.of("版")[0]

    /// `…持续推进（下转第2版）`: the paragraph ends at a page jump, which S-JOIN never crosses.
    private static func endsWithJumpLine(_ tail: [UInt32]) -> Bool {
        guard tail.count >= 4 else { return false }
        let close = CharacterClass.widthFolded(tail[tail.count - 1])
        guard close == 0xFF09, tail[tail.count - 2] == ban else { return false }
        return (0..<tail.count).contains { k in jumpWords.contains { Scalars.hasPrefix(tail, $0, at: k) } }
    }
}

/// Ordinals and bullets that start list items (rules.md S-JOIN (c); GB/T 15834 B.3).
enum Ordinal {
    private static let hanNumerals = Set(Scalars.of("一二三四五六七八九十"))
    private static let bullets: ScalarSet = [0x2022, 0xB7, 0x25CF, 0x25A0, 0x25A1, 0x25C6, 0x25B2, 0x2D, 0x2A, 0x30FB]
    private static let di = Scalars.of("第")[0]

    static func startsList(_ s: [UInt32]) -> Bool {
        guard let f = s.first else { return false }
        if bullets.contains(f) {
            // `- item`, and an empty item `-` alone on its line (with or without a trailing space:
            // S-BLANK takes the space away, and the second run must read the line the same way).
            let next = s.count > 1 ? s[1] : 0x0A
            return CharacterClass.isSpace(next) || next == 0x0A || f != 0x2D
        }
        if (0x2460...0x2473).contains(f) || (0x2776...0x277F).contains(f) { return true }  // ① ❶
        // 一、 十二、
        let han = Scalars.run(s, from: 0, limit: 3) { hanNumerals.contains($0) }
        if han > 0, han < s.count, s[han] == 0x3001 { return true }
        // （一） (1) （1）
        if f == 0xFF08 || f == 0x28 {
            let n = Scalars.run(s, from: 1, limit: 3) { hanNumerals.contains($0) || CharacterClass.isDigit($0) }
            if n > 0, 1 + n < s.count, s[1 + n] == 0xFF09 || s[1 + n] == 0x29 { return true }
        }
        // 1. 1、 1．
        let d = Scalars.run(s, from: 0, limit: 3, CharacterClass.isDigit)
        if d > 0, d < s.count, s[d] == 0x2E || s[d] == 0x3001 || s[d] == 0xFF0E {
            return !(d + 1 < s.count && CharacterClass.isDigit(s[d + 1]))  // not a decimal 1.45
        }
        // 第一， 第二、
        if f == di {
            let m = Scalars.run(s, from: 1, limit: 3) { hanNumerals.contains($0) }
            if m > 0, 1 + m < s.count, s[1 + m] == 0xFF0C || s[1 + m] == 0x3001 || s[1 + m] == 0x2C { return true }
        }
        return false
    }
}

/// S-JOIN-LINE — single line breaks inside a paragraph.
///
/// Source: rules.md §4.9 S-JOIN-LINE. A line feed between two lines of running text is deleted
/// (nothing between Han, one space between Latin letters) when the first line is incomplete by
/// S-JOIN (b) and the second does not start with an ordinal or a bullet.
///
///     全面提升⏎整体工作质效。  →  全面提升整体工作质效。
///     会议要求：⏎一、加强领导。 →  unchanged
struct SJoinLine {
    static let id: RuleID = "S-JOIN-LINE"
    static let summary = "Join hard-wrapped lines of a paragraph"

    /// Whether two short pieces of text, joined, would read as a running head or a folio
    /// (`-0` and `--` make `-0--`): such pieces stay apart, or a second run would take the joined
    /// line for furniture and remove it. `a` may span lines already joined (`-0⏎4` and `--`).
    static func readsAsFurniture(_ p: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if makesJumpMarker(p, a, b) { return true }
        // (Spaces, emphasis markers and hyphens aside: a run of them is no text, `-0--****    ****`,
        // `-0--***…------…***`.)
        guard a.count + b.count <= 4096 else { return false }
        if a.count + b.count > 120 {
            var text = 0
            for i in a.lowerBound..<b.upperBound where (i < a.upperBound || i >= b.lowerBound) && p[i] != 0x20 && p[i] != 0x2A && p[i] != 0x0A && p[i] != 0x2D {
                text += 1
                if text > 120 { return false }
            }
        }
        let joined = (UTF8Scan.blockScalars(p, a, limit: a.count) + UTF8Scan.scalars(p, b, limit: b.count)).filter { $0 != 0x0A }
        // Counted without Markdown decoration (`-0--*****…` is a folio in emphasis).
        let bare = NSPageHeader.undecorated(joined)
        // (Spaces and hyphens aside: a run of them only parts a running head's tokens.)
        guard bare.lazy.filter({ !CharacterClass.isSpace($0) && $0 != 0x2D }).count <= 40 else { return false }
        // A folio, or a whole jump line (`接⏎第1版)` has no opening bracket to find).
        return NSPageHeader.match(joined) != nil || Continuation.match(NSPageHeader.closeDigitGaps(bare)) != nil
    }

    /// Whether a jump marker would span the join (`(` ⏎ `上接0版）…`): the layout stage looks
    /// for markers line by line, so a second run would find and take out the one the join made.
    static func makesJumpMarker(_ p: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        // (`a` may span lines already joined: `(` ⏎ `上接0`.)
        let left = Completeness.tail(p, a, count: 16).filter { $0 != 0x0A }
        guard left.contains(where: { $0 == 0xFF08 || $0 == 0x28 }) else { return false }
        let window = left + UTF8Scan.scalars(p, b, limit: 32)
        for k in left.indices where window[k] == 0xFF08 || window[k] == 0x28 {
            if let close = Furniture.nearBracket(window, (k + 1)..<window.count, { $0 == 0xFF09 || $0 == 0x29 }),
               close >= left.count, Continuation.match(NSPageHeader.closeDigitGaps(Array(window[k...close]))) != nil {
                return true
            }
        }
        return false
    }

    /// `lineStart` is where the output line that `block`'s first line continues starts (an S-JOIN
    /// may have joined it to the block before); it ends at the start of the block's last output line.
    static func edits(_ p: UnsafeBufferPointer<UInt8>, _ layout: TextLayout, _ block: Block,
                      lineStart: inout Int, into edits: inout [LocalEdit]) {
        guard block.role.isRunningText, block.lines.count > 1 else {
            if let last = block.lines.last, block.lines.count > 1 { lineStart = layout.lines[last].content.lowerBound }
            return
        }
        for li in block.lines.dropLast() {
            let l1 = layout.lines[li].content, l2 = layout.lines[li + 1].content
            defer { if edits.last?.range.upperBound != l2.lowerBound { lineStart = l2.lowerBound } }
            guard !l1.isEmpty, !l2.isEmpty else { continue }
            let tail = Completeness.tail(p, l1, count: 12)
            let head = UTF8Scan.scalars(p, l2, limit: 12)
            guard let last = tail.last, let first = head.first,
                  CharacterClass.widthFolded(last) != 0xFF1A, Completeness.isIncomplete(tail: tail),
                  !Ordinal.startsList(head) else { continue }
            if readsAsFurniture(p, lineStart..<l1.upperBound, l2) { continue }
            edits.append(LocalEdit(id, range: l1.upperBound..<l2.lowerBound, replacement: SJoin.glue(last, first)))
        }
    }
}

/// Paragraph repair: classify the blocks, then join the paragraphs a break split (S-JOIN).
struct ParagraphRepairStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { p in
            var balance = Completeness.Balance()
            var lineStart = 0  // of the output line being built: joins must not make it a folio
            var after = -1  // blocks up to this one were read into an edit already
            for k in layout.blocks.indices where k > after {
                let b1 = layout.blocks[k]
                if edits.last?.range.upperBound != b1.content.lowerBound { lineStart = b1.content.lowerBound }
                SJoinLine.edits(p, layout, b1, lineStart: &lineStart, into: &edits)
                let own = Completeness.Balance.of(p, b1.content)
                balance.quotes += own.quotes
                balance.brackets += own.brackets
                balance.titles += own.titles
                guard k + 1 < layout.blocks.count else { break }
                let b2 = layout.blocks[k + 1]
                // (A paragraph's rest printed after its article's closing byline: read back to it.
                // The byline then follows the joined paragraph; what comes after it is read in
                // the next round.)
                if b2.role.isByline, k + 2 < layout.blocks.count,
                   let e = SJoinPastByline.edit(p, b1, b2, layout.blocks[k + 2], balance: balance, context: &context) {
                    edits.append(e)
                    balance = Completeness.Balance()
                    after = k + 2
                    continue
                }
                if let reason = SJoin.decide(p, b1, b2, balance: balance, context: &context),
                   !SJoinLine.readsAsFurniture(p, lineStart..<b1.content.upperBound,
                                               layout.lines[b2.lines.lowerBound].content) {
                    let last = UTF8Scan.decode(p, before: b1.content.upperBound).scalar
                    let first = UTF8Scan.decode(p, at: b2.content.lowerBound).scalar
                    edits.append(LocalEdit(SJoin.id, range: b1.content.upperBound..<b2.content.lowerBound,
                                           replacement: SJoin.glue(last, first), note: reason))
                } else {
                    balance = Completeness.Balance()
                }
            }
        }
        return edits
    }
}
