/// MD-LIST-MARKER — a Markdown list marker an extractor set before running Chinese text is taken
/// out: print set no list there.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). pymupdf4llm writes a block as a
/// list item (`- `) where it takes its first line for a bulleted one — a paragraph that opens with
/// a quotation mark, or a column's line printed apart: `- “70 多岁还天天守在田间地头帮我们联系机…`,
/// `- 百姓的贴心人!”村民们纷纷点赞。…`. Kept, the marker hides the paragraph's first characters
/// from every later reading (its columns, its order, the joins). The marker is taken out where
/// it opens a line (after spaces, if any, which S-INDENT takes out), before a Chinese character
/// or an opening mark (`“《（(`), and the item is running text (a pause or stop in it) or a
/// bracketed credit or byline (`- (杨恒战罗菲)`). A list of words or of numbered points keeps its
/// markers. The item is the marker's line with the lines that go on with it, up to a heading, the
/// next marker or a blank line: S-JOIN-LINE may join them into the marker's line, and a second
/// run must judge the item alike.
///
///     - “70 多岁还天天守在田间地头帮我们联系机器,…  →  “70 多岁还天天守在田间地头帮我们联系机器,…
struct MarkdownListMarker {
    static let id: RuleID = "MD-LIST-MARKER"
    static let summary = "Take out a list marker an extractor set before running Chinese text"

    /// Whether item `s` (its line, and the lines that go on with it joined to it) opens with a
    /// list marker set before running Chinese text.
    static func matches(_ s: [UInt32]) -> Bool {
        guard s.count > 3, s[0] == 0x2D, s[1] == 0x20 else { return false }
        let f = CharacterClass.widthFolded(s[2])
        let opens = f == 0x201C || f == 0x300A || f == 0xFF08
        guard CharacterClass.isHan(s[2]) || opens else { return false }
        // (A numbered point, `- 一、…`, `- 1.…`, is a list as written.)
        if CharacterClass.isPause(CharacterClass.widthFolded(s[3])) { return false }
        let rest = Array(s[2...])
        if f == 0xFF08, Byline.matchTrailing(rest) != nil || PhotoCredit.matches(Array(Scalars.trimmed(rest))) { return true }
        // (A pause mark counts the stops too.)
        return CharacterClass.hasPause(rest)
    }
}

struct ListMarkerStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.options.isEnabled(MarkdownListMarker.id) else { return [] }
        return document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            var edits: [LocalEdit] = []
            var i = 0
            while i < p.count {
                let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
                // (Spaces before it too, ideographic ones as well: S-INDENT takes them out, and a
                // second run would find the marker unindented, ` - (0;`, `　 - (0;`.)
                var m = i
                while m < e {
                    if p[m] == 0x20 { m += 1 } else if UTF8Scan.isIdeographicSpace(p, at: m, end: e) { m += 3 } else { break }
                }
                // (Most lines open otherwise: the bytes `- ` decide before any decoding.)
                if e - m >= 3, p[m] == 0x2D, p[m + 1] == 0x20, MarkdownListMarker.matches(item(p, m..<e)) {
                    edits.append(LocalEdit(MarkdownListMarker.id, range: m..<(m + 2), note: "a list marker before running text"))
                }
                i = e + 1
            }
            return edits
        }
    }

    /// The item whose marker line is `line`: that line and the lines that go on with it, joined,
    /// up to a heading, the next marker or a blank line (S-JOIN joins no list item to the
    /// paragraph after it); 16 lines at most.
    private func item(_ p: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [UInt32] {
        var out = UTF8Scan.scalars(p, line)
        var i = line.upperBound + 1, n = 0
        while i < p.count && n < 16 {
            let end = UTF8Scan.lineEnd(p, from: i, to: p.count)
            let r = TextLayout.trim(p, i..<end)
            i = end + 1
            n += 1
            if r.isEmpty { break }
            var h = r.lowerBound
            while h < r.upperBound && p[h] == 0x23 { h += 1 }
            let heading = h > r.lowerBound && (h == r.upperBound || p[h] == 0x20)
            let marker = r.count >= 2 && p[r.lowerBound] == 0x2D && p[r.lowerBound + 1] == 0x20
            if heading || marker { break }
            out += UTF8Scan.scalars(p, r)
        }
        return out
    }
}
