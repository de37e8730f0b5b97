/// LAYOUT-BOX-ORDER — a box of lines that an extractor printed out of reading order is moved back
/// to the box whose sentence it finishes.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). pdfminer.six prints a page as
/// boxes of lines separated by blank lines, and orders the boxes by position, which on a
/// multi-column page can put the box that finishes a sentence after another box. The move is made
/// only on clear evidence: the box ends mid-sentence (S-JOIN (b)); the box after it does not go on
/// with it; one of the next two boxes, or of the three before, cannot open a paragraph — it opens
/// with a closing or pause mark, a closing quotation mark before any opening one (`月”等载体，…`),
/// or a sentence of at most two characters (`意。`), or its first line is full — no paragraph's
/// first line, which the indent shortens — and is no dateline's, or finishes the word the box
/// leaves open (`…堵点共` `商攻坚举措。…`, ICU's dictionary) — and the box before that one leaves
/// no sentence open. Every character is kept; the record holds the boxes before and after.
///
///     …确保民生项目从源头上反映民        …确保民生项目从源头上反映民
///                                  →    意。
///     在项目执行阶段，实施全过程…
///                                       在项目执行阶段，实施全过程…
///     意。
struct BoxOrder {
    static let id: RuleID = "LAYOUT-BOX-ORDER"
    static let summary = "Move a box of lines an extractor printed out of order back after the box it continues"

    /// Whether a box whose first line is `s` can only continue a sentence.
    static func continues(_ s: [UInt32]) -> Bool {
        guard let f = s.first.map(CharacterClass.widthFolded) else { return false }
        if [0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x201D, 0x2019].contains(f) { return true }
        // A sentence of one or two characters: the end of a word.
        if let end = s.prefix(3).firstIndex(where: { CharacterClass.isEnd(CharacterClass.widthFolded($0)) }), end >= 1 {
            return s.prefix(end).allSatisfy(CharacterClass.isHan)
        }
        // A closing quotation mark before any opening one.
        for c in s.prefix(4) {
            if c == 0x201C || c == 0x2018 { return false }
            if c == 0x201D || c == 0x2019 { return true }
        }
        return false
    }
}

struct BoxOrderStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.inputKind == .wrapped else { return [] }
        return document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            let lines = RawLine.split(p)
            // Boxes: runs of non-blank lines (line index ranges).
            var boxes: [Range<Int>] = []
            var k = 0
            while k < lines.count {
                guard !lines[k].content.isEmpty else { k += 1; continue }
                var e = k
                while e < lines.count && !lines[e].content.isEmpty { e += 1 }
                boxes.append(k..<e)
                k = e
            }
            guard boxes.count >= 2 else { return [] }
            func first(_ b: Int) -> [UInt32] { lines[boxes[b].lowerBound].s }
            func endsOpen(_ b: Int) -> Bool { Completeness.isIncomplete(tail: Array(lines[boxes[b].upperBound - 1].s.suffix(12))) }
            func start(_ b: Int) -> Int { lines[boxes[b].lowerBound].content.lowerBound }
            func end(_ b: Int) -> Int { lines[boxes[b].upperBound - 1].content.upperBound }
            /// A box's first line is full: as wide as its widest line (a paragraph's first line is
            /// shorter by the indent).
            func firstIsFull(_ b: Int) -> Bool {
                let widths = boxes[b].map { lines[$0].width }
                return boxes[b].count >= 2 && widths[0] >= (widths.max() ?? 0) - 0.5
            }
            /// C can only finish a sentence — or its first line is full (no paragraph opens there)
            /// and is no dateline's (an unindented dateline line opens one), or finishes the word
            /// A's `tail` leaves open (`…堵点共` `商攻坚举措。…`, ICU's dictionary) — and the box
            /// before C (if any) leaves no sentence open.
            func orphan(_ c: Int, after tail: [UInt32]) -> Bool {
                guard c == 0 || !endsOpen(c - 1) else { return false }
                if BoxOrder.continues(first(c)) { return true }
                guard firstIsFull(c), isBody(first(c)), NSPageHeader.match(first(c)) == nil else { return false }
                return SJoin.splitsWord(tail, first(c), &context) || Dateline.match(first(c)) == nil
            }
            // Boxes move within their page (form feeds part the pages of one input).
            let pageStarts = context.pageStarts
            func page(_ b: Int) -> Int { Offsets.count(pageStarts, atMost: start(b)) }
            var edits: [LocalEdit] = []
            var done = -1  // boxes up to this one are in an edit already
            var a = 0
            while a < boxes.count {
                defer { a += 1 }
                let last = lines[boxes[a].upperBound - 1].s
                // A is running text (not furniture; a title or kicker has no punctuation) that
                // stops mid-sentence, and the box after it (if any) does not go on with it.
                guard a > done, endsOpen(a), NSPageHeader.match(last) == nil,
                      boxes[a].contains(where: { lines[$0].s.contains { CharacterClass.isPause(CharacterClass.widthFolded($0)) } }) else { continue }
                if a + 1 < boxes.count {
                    let b = first(a + 1)
                    // B finishing a word A leaves open (`…该公司坚` `持“以练促防”…`) continues A.
                    guard !BoxOrder.continues(b), !SJoin.splitsWord(last, b, &context) else { continue }
                }
                // C after B: moved up behind A.
                if a + 2 < boxes.count, isBody(first(a + 1)),
                   let c = (a + 2...min(a + 3, boxes.count - 1)).first(where: { page($0) == page(a) && orphan($0, after: last) }) {
                    var text: [UInt8] = [0x0A]
                    text += p[start(c)..<end(c)]
                    text += [0x0A, 0x0A]
                    text += p[start(a + 1)..<end(c - 1)]
                    edits.append(LocalEdit(BoxOrder.id, range: end(a)..<end(c), replacement: text,
                                           note: "a box printed out of order continues the sentence"))
                    done = c
                    continue
                }
                // C before A (pdfminer put the rest of a column first): moved down behind A.
                if let c = (max(done + 1, a - 3)..<a).last(where: { page($0) == page(a) && orphan($0, after: last) }) {
                    var text = Array(p[start(c + 1)..<end(a)])
                    text += [0x0A]
                    text += p[start(c)..<end(c)]
                    edits.append(LocalEdit(BoxOrder.id, range: start(c)..<end(a), replacement: text,
                                           note: "a box printed out of order continues the sentence"))
                    done = a
                }
            }
            return edits
        }
    }

    /// Not a heading, dateline, byline, credit or jump line: text a paragraph may open with.
    private func isBody(_ s: [UInt32]) -> Bool {
        Heading.level(s) == nil && Dateline.match(s) == nil && Byline.matchTrailing(s) == nil
            && !PhotoCredit.matches(s) && Continuation.match(s) == nil
    }
}
