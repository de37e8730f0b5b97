/// LAYOUT-LINE-ORDER — the lines of a title that an extractor printed one by one between the
/// first lines of the paragraph in the column beside it are read together again, over that
/// paragraph.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID; W3C clreq §5 on titles set
/// beside the text). pdftotext's default mode orders a page's lines by their baselines. Where
/// two titles stand side by side and one wraps over more lines, in a larger type than the text,
/// the taller one's lines fall between the lines of the paragraph under the other, each on its
/// own line: the line before (A) stops mid-sentence, the title's line (B) holds no punctuation
/// and is shorter than the column, and the line after (C) goes on with A's sentence.
///
/// B is read as a title's line only on evidence on both sides: A and B do not make a word
/// across the break, nor do B and C, while A and C do (ICU's dictionary, or two characters the
/// page prints together elsewhere: `…区长魏` `海晓…`), or B goes on from the title line it
/// belongs with (`…调研陆航` … `片区开发建设工作`). It must stand among the first lines of a
/// paragraph that opens right under a line of title-like text, and each line of it is moved,
/// in order, to just before that paragraph. Every character is kept; one record per paragraph.
///
///     社区 开展夏季环境                       社区 开展夏季环境
///     本报讯 近日，卫滨区区长魏               专项整治与常态化消
///     专项整治与常态化消              →       杀工作
///     海晓先后深入平原镇、中同街街            本报讯 近日，卫滨区区长魏
///     杀工作                                  海晓先后深入平原镇、中同街街
///     道、胜利路街道开展环保攻坚夜            道、胜利路街道开展环保攻坚夜
struct LineOrder {
    static let id: RuleID = "LAYOUT-LINE-ORDER"
    static let summary = "Move a title's lines printed between the first lines of the paragraph beside it back over that paragraph"

    /// How many lines of the paragraph at most stand before a title's line printed among them.
    static let reach = 4

    /// A line of a title: two Han characters or more, no punctuation but quotation and title
    /// marks, no running head, dateline or Markdown heading.
    static func isTitleLine(_ s: [UInt32]) -> Bool {
        guard s.count >= 2, s.count <= 24 else { return false }
        var han = 0
        for c in s {
            if CharacterClass.isHan(c) { han += 1; continue }
            switch c {
            case 0x20, 0x3000, 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x22: continue
            default: return false
            }
        }
        return han >= 2 && NSPageHeader.match(s, weak: true) == nil && Dateline.match(s) == nil
    }

    /// A line of running text that stops mid-sentence on a Han character.
    static func isOpenRunning(_ s: [UInt32]) -> Bool {
        guard let l = s.last, CharacterClass.isHan(l) else { return false }
        return CharacterClass.hasPause(s)
    }
}

struct LineOrderStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.inputKind == .wrapped else { return [] }
        return document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            let lines = RawLine.split(p)
            guard lines.count >= 4 else { return [] }
            let pageStarts = context.pageStarts
            func page(_ i: Int) -> Int { Offsets.count(pageStarts, atMost: lines[i].range.lowerBound) }
            /// Line `i` follows line `i - 1` after one line break, on the same page.
            func follows(_ i: Int) -> Bool {
                let a = lines[i - 1], b = lines[i]
                return !a.content.isEmpty && !b.content.isEmpty && a.range.upperBound < p.count && p[a.range.upperBound] == 0x0A
                    && b.range.lowerBound == a.range.upperBound + 1 && page(i) == page(i - 1)
            }
            // Candidates first (cheap): a title-like line between two lines of running text.
            var candidates: [Int] = []
            for i in 1..<(lines.count - 1) where follows(i) && follows(i + 1) {
                let b = lines[i].s
                // (C may hold no punctuation when it is a full line: `街道曙光社区组织开展夏季环境`.)
                guard LineOrder.isTitleLine(b), LineOrder.isOpenRunning(lines[i - 1].s),
                      CharacterClass.hasPause(lines[i + 1].s) || lines[i + 1].width >= lines[i - 1].width - 0.5,
                      lines[i].width <= max(lines[i - 1].width, lines[i + 1].width) - 2 else { continue }
                candidates.append(i)
            }
            guard !candidates.isEmpty else { return [] }
            let known = CharacterPairs(lines.map(\.s))
            /// `a` and `b` make a word across the break: ICU's dictionary, or two characters the
            /// page prints together elsewhere.
            func joins(_ a: [UInt32], _ b: [UInt32]) -> Bool {
                guard let l = a.last, let f = b.first, CharacterClass.isHan(l), CharacterClass.isHan(f) else { return false }
                return known.contains(l, f) || SJoin.splitsWord(a, b, &context)
            }
            var foreign = Set<Int>()
            // The paragraph each moved line goes over (its first line), in order.
            var moves: [(to: Int, line: Int)] = []
            for i in candidates {
                let a = i - 1, b = lines[i].s, c = i + 1
                // The paragraph's first line: up from A past its own lines (and title lines
                // already read out of it), under a title-like line.
                var top = a, body = 1
                while top > 0, follows(top), body <= LineOrder.reach {
                    if foreign.contains(top - 1) { top -= 1; continue }
                    if LineOrder.isTitleLine(lines[top - 1].s) { break }
                    top -= 1
                    body += 1
                }
                guard top > 0, follows(top), body <= LineOrder.reach, LineOrder.isTitleLine(lines[top - 1].s),
                      !foreign.contains(top - 1), moves.last.map({ $0.to == top || $0.line < top }) ?? true else { continue }
                // Evidence at both ends.
                guard !joins(lines[a].s, b), !joins(b, lines[c].s) else { continue }
                // The title line B goes on from: the last one moved over this paragraph, or the
                // one over it.
                let previous = moves.last(where: { $0.to == top })?.line ?? top - 1
                guard joins(lines[a].s, lines[c].s) || joins(lines[previous].s, b) else { continue }
                foreign.insert(i)
                moves.append((top, i))
            }
            guard !moves.isEmpty else { return [] }
            var edits: [LocalEdit] = []
            var k = 0
            while k < moves.count {
                let top = moves[k].to
                var moved: [Int] = []
                while k < moves.count && moves[k].to == top { moved.append(moves[k].line); k += 1 }
                let last = moved.max()!
                let order = moved + (top...last).filter { !moved.contains($0) }
                var text: [UInt8] = []
                for (n, l) in order.enumerated() {
                    if n > 0 { text.append(0x0A) }
                    text += p[lines[l].range]
                }
                edits.append(LocalEdit(LineOrder.id, range: lines[top].range.lowerBound..<lines[last].range.upperBound, replacement: text,
                                       note: "\(moved.count) \(moved.count == 1 ? "line" : "lines") of a title printed between the first lines of the paragraph beside it: read over that paragraph"))
            }
            return edits
        }
    }
}
