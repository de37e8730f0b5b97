/// MD-EMPHASIS — the bold an extractor marked on what print sets in bold by its role (a title,
/// kicker, dateline, running head or jump line) is taken out; bold inside running text stays.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). pymupdf4llm writes a bold font
/// as Markdown emphasis: `### **红旗区召开…座谈会**`, `**本报讯** 6 月 8 日，…`,
/// `**第** 1 **版 要闻**`, `**(下转第** 4 **版)**`. The weight belongs to the role (a dateline is
/// set in 黑体), which the article's fields and headings already carry; kept, the markers hide the
/// dateline, jump line and running head from their recognizers and end up inside titles. The
/// markers are taken out:
/// - in a heading line, and in a line that is all one bold span without a pause or stop (a
///   title, kicker or running head set apart);
/// - in a line that, without them, is a running head, foot or jump line;
/// - around a dateline that opens a line, perhaps after a photo credit (the leading span only).
/// Only on Markdown input. A bold span that runs on from one line of a paragraph to a later one
/// is judged on those lines joined, as S-JOIN joins them; a line with an odd number of markers
/// that no later line closes is left alone.
///
///     ### **红旗区召开树立和践行正确政绩观学习教育座谈会**  →  ### 红旗区召开树立和践行正确政绩观学习教育座谈会
///     **本报讯** 6 月 8 日，红旗区召开…                    →  本报讯 6 月 8 日，红旗区召开…
///     **(下转第** 4 **版)**                               →  (下转第 4 版)
struct MarkdownEmphasis {
    static let id: RuleID = "MD-EMPHASIS"
    static let summary = "Take out the bold an extractor marked on titles, datelines, running heads and jump lines"

    /// The offsets (in `s`) of the `**` markers to take out of one line, if any.
    static func markers(_ s: [UInt32]) -> [Int] {
        // `**` exactly: a third asterisk makes it something else (`***`, a rule or bold italics).
        var at: [Int] = []
        var i = 0
        while i + 1 < s.count {
            if s[i] == 0x2A && s[i + 1] == 0x2A {
                let run = Scalars.run(s, from: i, limit: 3) { $0 == 0x2A }
                if run != 2 { return [] }
                at.append(i)
                i += 2
            } else {
                i += 1
            }
        }
        guard !at.isEmpty, at.count % 2 == 0 else { return [] }
        // (A heading as the output will have it: the spaces before `#` go with S-INDENT, and a
        // second run reads ` ### **…**` as a heading.)
        let lead = Scalars.run(s, from: 0, limit: s.count) { $0 == 0x20 }
        let heading = Heading.level(Array(s[lead...])).map { lead + $0 }
        var start = heading.map { h in h + Scalars.run(s, from: h, limit: s.count) { $0 == 0x20 } } ?? 0
        while start < s.count && CharacterClass.isSpace(s[start]) { start += 1 }
        var end = s.count
        while end > start && CharacterClass.isSpace(s[end - 1]) { end -= 1 }
        let marked = Set(at.flatMap { [$0, $0 + 1] })
        /// The text of `s[from..<end]` without the markers.
        func unmarked(from: Int) -> [UInt32] { (from..<end).filter { !marked.contains($0) }.map { s[$0] } }
        let plain = unmarked(from: start)
        if heading != nil { return at }
        if at.first == start && at.last == end - 2 && at.count == 2 && !CharacterClass.hasPause(plain) { return at }
        if NSPageHeader.match(plain) != nil || Continuation.match(plain) != nil { return at }
        // A dateline's bold, at the line's start or after a photo credit the layout stage cuts off
        // (`（资料图片） **本报讯** （…记者…）…`): the second run must find nothing left to do.
        // (Spaces between its Han characters are S-HAN-HAN's to take out: `**本报   讯**` is one.)
        let before = Array(Scalars.trimmed(Array(s[start..<at[0]])))
        if before.isEmpty || PhotoCredit.matches(before),
           Dateline.match(Scalars.closingHanGaps(unmarked(from: at[0]))) != nil,
           !CharacterClass.hasPause(Array(s[(at[0] + 2)..<at[1]])) {
            return [at[0], at[1]]
        }
        return []
    }
}

struct EmphasisStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.inputKind == .markdown else { return [] }
        return document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            // Most text has no `**`: one byte scan decides.
            var star = UTF8Scan.find(0x2A, p, from: 0, to: p.count)
            while star + 1 < p.count && p[star + 1] != 0x2A { star = UTF8Scan.find(0x2A, p, from: star + 1, to: p.count) }
            guard star + 1 < p.count else { return [] }
            var edits: [LocalEdit] = []
            /// Takes out the markers `markers` finds in the lines `lines` read as one line (a
            /// paragraph's lines are joined, as S-JOIN joins them).
            func mark(_ lines: [Range<Int>]) {
                // Scalars and their byte offsets (`*` is ASCII: one byte each).
                var s: [UInt32] = [], offsets: [Int] = []
                for r in lines {
                    var j = r.lowerBound
                    while j < r.upperBound {
                        let (scalar, length) = UTF8Scan.decode(p, at: j)
                        s.append(scalar)
                        offsets.append(j)
                        j += length
                    }
                }
                for k in MarkdownEmphasis.markers(s) {
                    edits.append(LocalEdit(MarkdownEmphasis.id, range: offsets[k]..<(offsets[k] + 2),
                                           note: "bold marked on a title, dateline, running head or jump line"))
                }
            }
            /// Whether the line `r` holds an odd number of `**`.
            func odd(_ r: Range<Int>) -> Bool {
                var n = 0, j = r.lowerBound
                while j + 1 < r.upperBound { if p[j] == 0x2A && p[j + 1] == 0x2A { n += 1; j += 2 } else { j += 1 } }
                return n % 2 == 1
            }
            // A paragraph's lines (a heading is a line of its own): each line alone, or, where a
            // bold span runs on from one line to a later one (`**0` ⏎ `-**`), those lines joined,
            // as S-JOIN joins them and a second run reads them.
            var block: [Range<Int>] = []
            func flush() {
                var open: Int?  // the line where a span that runs on opened
                for (k, r) in block.enumerated() {
                    if odd(r) {
                        if let o = open { mark(Array(block[o...k])); open = nil } else { open = k }
                    } else if open == nil, p[r].contains(0x2A) {
                        mark([r])
                    }
                }
                // (A span left open: its lines alone, which leave an odd count alone.)
                if let o = open { for r in block[o...] where !odd(r) && p[r].contains(0x2A) { mark([r]) } }
                block.removeAll(keepingCapacity: true)
            }
            var i = 0
            while i < p.count {
                let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
                let r = TextLayout.trim(p, i..<e)
                if r.isEmpty { flush() } else if p[r.lowerBound] == 0x23 { flush(); block = [i..<e]; flush() } else { block.append(i..<e) }
                i = e + 1
            }
            flush()
            return edits
        }
    }
}
