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
        isTitleText(s) && NSPageHeader.match(s, weak: true) == nil && Dateline.match(s) == nil
    }

    /// ``isTitleLine(_:)`` by its characters alone.
    static func isTitleText(_ s: [UInt32]) -> Bool {
        guard s.count >= 2, s.count <= 24 else { return false }
        var han = 0
        for c in s {
            if CharacterClass.isHan(c) { han += 1; continue }
            switch c {
            case 0x20, 0x3000, 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x22: continue
            default: return false
            }
        }
        return han >= 2
    }

    /// Whether the bytes `r` may be a title line's: no ASCII but spaces and straight quotes, and
    /// no fullwidth pause mark (`、。` E3 80 81–82; `！，：；？` EF BC 81, 8C, 9A, 9B, 9F).
    static func mayBeTitleText(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let b = p[i]
            if b < 0x80 {
                guard b == 0x20 || b == 0x22 else { return false }
            } else if i + 2 < r.upperBound {
                let x = p[i + 1], y = p[i + 2]
                if b == 0xE3 && x == 0x80 && (y == 0x81 || y == 0x82) { return false }
                if b == 0xEF && x == 0xBC && (y == 0x81 || y == 0x8C || y == 0x9A || y == 0x9B || y == 0x9F) { return false }
            }
            i += 1
        }
        return true
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
            // The lines (without their line break) and their text without the spaces around it.
            var ranges: [Range<Int>] = [], contents: [Range<Int>] = []
            var i = 0
            while i <= p.count {
                let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
                ranges.append(i..<e)
                contents.append(TextLayout.trim(p, i..<e))
                i = e + 1
            }
            let n = ranges.count
            guard n >= 4 else { return [] }
            // Scalars decoded once, when asked (most lines never are).
            var decoded = [[UInt32]?](repeating: nil, count: n)
            func s(_ k: Int) -> [UInt32] {
                if let d = decoded[k] { return d }
                let d = UTF8Scan.scalars(p, contents[k])
                decoded[k] = d
                return d
            }
            let pageStarts = context.pageStarts
            func page(_ k: Int) -> Int { Offsets.count(pageStarts, atMost: ranges[k].lowerBound) }
            /// Line `k` follows line `k - 1` on the same page, neither blank.
            func follows(_ k: Int) -> Bool { !contents[k - 1].isEmpty && !contents[k].isEmpty && page(k) == page(k - 1) }
            func width(_ k: Int) -> Double { LineWidth.of(p, contents[k]) }
            // Candidates first (cheap): a short line of Han characters between two lines of
            // running text, the first stopping mid-sentence.
            var candidates: [Int] = []
            for k in 1..<(n - 1) where contents[k].count >= 6 && contents[k].count <= 96
                && contents[k].count < max(contents[k - 1].count, contents[k + 1].count) {
                // (Han characters are three bytes: a line of them alone has no byte below 0x80
                // but spaces and straight quotes, and no pause mark's bytes.)
                guard LineOrder.mayBeTitleText(p, contents[k]), follows(k), follows(k + 1) else { continue }
                // (A's last character is Han: read before the line is.)
                guard CharacterClass.isHan(UTF8Scan.decode(p, before: contents[k - 1].upperBound).scalar) else { continue }
                guard LineOrder.isTitleText(s(k)), LineOrder.isOpenRunning(s(k - 1)) else { continue }
                let c = s(k + 1)
                guard CharacterClass.hasPause(c) || width(k + 1) >= width(k - 1) - 0.5,
                      width(k) <= max(width(k - 1), width(k + 1)) - 2, LineOrder.isTitleLine(s(k)) else { continue }
                // (C may hold no punctuation when it is a full line: `街道曙光社区组织开展夏季环境`.)
                candidates.append(k)
            }
            guard !candidates.isEmpty else { return [] }
            var known: CharacterPairs?
            /// `a` and `b` make a word across the break: ICU's dictionary, or two characters the
            /// page prints together elsewhere.
            func joins(_ a: [UInt32], _ b: [UInt32]) -> Bool {
                guard let l = a.last, let f = b.first, CharacterClass.isHan(l), CharacterClass.isHan(f) else { return false }
                if known == nil { known = CharacterPairs((0..<n).map(s)) }
                return known!.contains(l, f) || SJoin.splitsWord(a, b, &context)
            }
            var foreign = Set<Int>()
            // The paragraph each moved line goes over (its first line), in order.
            var moves: [(to: Int, line: Int)] = []
            for k in candidates {
                let a = k - 1, b = s(k), c = k + 1
                // The paragraph's first line: up from A past its own lines (and title lines
                // already read out of it), under a title-like line.
                var top = a, body = 1
                while top > 0, follows(top), body <= LineOrder.reach {
                    if foreign.contains(top - 1) { top -= 1; continue }
                    if LineOrder.isTitleLine(s(top - 1)) { break }
                    top -= 1
                    body += 1
                }
                guard top > 0, follows(top), body <= LineOrder.reach, LineOrder.isTitleLine(s(top - 1)),
                      !foreign.contains(top - 1), moves.last.map({ $0.to == top || $0.line < top }) ?? true else { continue }
                // Evidence at both ends.
                guard !joins(s(a), b), !joins(b, s(c)) else { continue }
                // The title line B goes on from: the last one moved over this paragraph, or the
                // one over it.
                let previous = moves.last(where: { $0.to == top })?.line ?? top - 1
                guard joins(s(a), s(c)) || joins(s(previous), b) else { continue }
                foreign.insert(k)
                moves.append((top, k))
            }
            guard !moves.isEmpty else { return [] }
            var edits: [LocalEdit] = []
            var m = 0
            while m < moves.count {
                let top = moves[m].to
                var moved: [Int] = []
                while m < moves.count && moves[m].to == top { moved.append(moves[m].line); m += 1 }
                let last = moved.max()!
                let order = moved + (top...last).filter { !moved.contains($0) }
                var text: [UInt8] = []
                for (j, l) in order.enumerated() {
                    if j > 0 { text.append(0x0A) }
                    text += p[ranges[l]]
                }
                edits.append(LocalEdit(LineOrder.id, range: ranges[top].lowerBound..<ranges[last].upperBound, replacement: text,
                                       note: "\(moved.count) \(moved.count == 1 ? "line" : "lines") of a title printed between the first lines of the paragraph beside it: read over that paragraph"))
            }
            return edits
        }
    }
}
