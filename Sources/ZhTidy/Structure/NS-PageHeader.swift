/// What the running heads and feet of a page say: kept as page metadata when the lines go.
public struct PageInfo: Sendable, Equatable {
    public var paper: String?
    public var date: String?
    public var weekday: String?
    public var page: String?
    public var section: String?
    /// Editor lines: role → names (`责任编辑` → `陈静`).
    public var editors: [String: String] = [:]
    /// Jump markers removed from the text: (`to` or `from`, page).
    public var jumps: [Jump] = []
    /// Photo credits taken out of the text flow (`（资料图片）`).
    public var credits: [String] = []

    public struct Jump: Sendable, Equatable {
        public var direction: String
        public var page: String
    }

    public init() {}

    mutating func merge(_ o: PageInfo) {
        paper = paper ?? o.paper
        date = date ?? o.date
        weekday = weekday ?? o.weekday
        page = page ?? o.page
        section = section ?? o.section
        editors.merge(o.editors) { a, _ in a }
    }
}

/// NS-PAGE-HEADER — running heads and feet: paper name, date, weekday, page, section, issue
/// number, page numbers.
///
/// Source: rules.md §5.8 (NEWS). A line made only of such tokens, with at least one date, page or
/// paper-name token (or an isolated page number such as `3` or `— 3 —`):
///
///     新乡日报 2025年6月10日 星期二 第1版   → paper, date, weekday, page
///     第 3 版 城区新闻                      → page=3, section=城区新闻 (spaces from extraction)
struct NSPageHeader {
    static let id: RuleID = "NS-PAGE-HEADER"
    static let summary = "Recognize and remove running heads, feet and page numbers (kept as page metadata)"

    private static let paperEnds = ["日报", "晚报", "时报", "商报", "报"].map(Scalars.of)
    private static let sections: Set<[UInt32]> = Set(["要闻", "综合", "新闻", "时政", "经济", "社会", "国际", "体育", "文化",
                                                      "副刊", "专版", "评论", "理论", "县域", "城事", "视点"].map(Scalars.of))
    private static let xinwen = Scalars.of("新闻")
    private static let nian = Scalars.of("年")[0], yue = Scalars.of("月")[0], ri = Scalars.of("日")[0]
    private static let di = Scalars.of("第")[0], ban = Scalars.of("版")[0], qi = Scalars.of("期")[0]
    private static let xingqi = Scalars.of("星期"), nongli = Scalars.of("农历"), zong = Scalars.of("总")[0]
    private static let weekdays = Set(Scalars.of("一二三四五六日天"))
    /// 报 版 编 期 星 校 审 闻 设 (a switch: this is asked of every scalar of many lines).
    @inline(__always) private static func isKeyCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x62A5, 0x7248, 0x7F16, 0x671F, 0x661F, 0x6821, 0x5BA1, 0x95FB, 0x8BBE: return true
        default: return false
        }
    }
    private static let bao = Scalars.of("报")[0]
    /// The dashes around a page number: `— 3 —`, `- 3 -`.
    private static let pageNumberDashes: ScalarSet = [0x2014, 0x2D, 0x2015, 0x2500]

    /// Markdown decoration a converter put around header text: `**`, `<u>`, `</u>`, `#`.
    static func undecorated(_ s: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == 0x2A { i += 1; continue }  // *
            if s[i] == 0x3C, let close = s[i...].prefix(5).firstIndex(of: 0x3E) { i = close + 1; continue }  // <u> </u>
            out.append(s[i])
            i += 1
        }
        while out.first == 0x23 { out.removeFirst() }  // #
        return out
    }

    /// Joins the pieces an extractor spaced out: `2025 年 6 月 10 日` → `2025年6月10日`,
    /// `第 3 版` → `第3版`; other spaces stay as token separators.
    static func closeDigitGaps(_ s: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        for (k, c) in s.enumerated() {
            if CharacterClass.isSpace(c) {
                // The next non-space scalar (a run of spaces counts as one gap).
                var j = k + 1
                while j < s.count && CharacterClass.isSpace(s[j]) { j += 1 }
                let next: UInt32? = j < s.count ? s[j] : nil
                let prevJoins = out.last.map { CharacterClass.isDigit($0) || $0 == di || $0 == nian || $0 == yue } ?? false
                let nextJoins = next.map { CharacterClass.isDigit($0) || $0 == nian || $0 == yue || $0 == ri || $0 == ban } ?? false
                if prevJoins && nextJoins { continue }
                if let p = out.last, CharacterClass.isDigit(p), let n = next, n == nian || n == yue || n == ri || n == ban || n == qi { continue }
                if let p = out.last, CharacterClass.isSpace(p) { continue }  // runs collapse to one
            }
            out.append(c)
        }
        return out
    }

    /// The page information of a furniture line, or nil when the line is not one.
    /// `weak` also accepts what is furniture only next to other furniture: a paper name, a date or
    /// section names alone, a bare page number.
    /// The most letters, digits and Han characters a line of running heads and editor lines
    /// glued together holds (`第4版 城区新闻 新乡日报 2025年6月10日 星期二 责任编辑：陈静` has 31).
    static let maximumLength = 80

    static func match(_ line: [UInt32], weak: Bool = false) -> PageInfo? {
        // (Only what typography keeps is counted: a second run reads the line without spaces,
        // emphasis markers or doubled dashes, and must find what the first run found.)
        // (A line that ends a sentence inside it, `。`, `！` or `？`, is text in both readings
        // below: matchTokens refuses it, and only a heading's closing point leaves the second.)
        let heading = line.first == 0x23
        var length = 0
        for c in line {
            if CharacterClass.isHan(c) || CharacterClass.isLatinOrDigit(c) {
                length += 1
                if length > maximumLength { return nil }
            } else if !heading, c == 0x3002 || c == 0xFF01 || c == 0xFF1F {
                return nil
            }
        }
        // (matchTokens asks for a digit or a key character unless `weak`; the second reading
        // below only takes characters out, or turns pause marks into pause marks: it finds none
        // where the line has none, and need not be made.)
        guard weak || hasKey(line) else { return nil }
        if let info = matchTokens(line, weak: weak) { return info }
        // The second reading below differs only where typography would close a space, strip a
        // heading's point or merge adjacent pause marks; most lines have none of them.
        // (A space typography closes: U+0020, or an ideographic one, `星朞　 新乡日报`.)
        func isGap(_ c: UInt32) -> Bool { c == 0x20 || c == 0x3000 }
        var rank = -1
        let changes = line.first == 0x23 || line.contains { c in
            if isGap(c) { return true }
            let r = SequenceStage.rank(CharacterClass.widthFolded(c))
            defer { rank = r }
            return (0...3).contains(r) && (0...3).contains(rank)
        }
        guard changes else { return nil }
        // The line as typography would leave it, which a second run reads and in which it must
        // find what the first did: no spaces between two Han characters (S-HAN-HAN) or between
        // Han and a Latin letter or digit (S-HAN-LATIN: `第F 版`), and a heading without its
        // closing point (T-TITLE-PUNCT).
        var closed: [UInt32] = []
        var k = 0
        while k < line.count {
            let c = line[k]
            if isGap(c), let l = closed.last, CharacterClass.isHan(l) || CharacterClass.isLatinOrDigit(l) {
                var j = k
                while j < line.count && isGap(line[j]) { j += 1 }
                if j < line.count, CharacterClass.isHan(line[j]) || (CharacterClass.isHan(l) && CharacterClass.isLatinOrDigit(line[j])) {
                    k = j
                    continue
                }
            }
            closed.append(c)
            k += 1
        }
        if closed.first == 0x23 {
            while let l = closed.last, TTitlePunct.strippedAnyWidth.contains(l) || l == 0x20 { closed.removeLast() }
        }
        // Adjacent pause marks become the strongest of them (O-MIXED-PAUSE: `责编:;` → `责编：`).
        var marks: [UInt32] = []
        for c in closed {
            let rank = SequenceStage.rank(CharacterClass.widthFolded(c))
            if (0...3).contains(rank), let l = marks.last, (0...3).contains(SequenceStage.rank(CharacterClass.widthFolded(l))) {
                if rank > SequenceStage.rank(CharacterClass.widthFolded(l)) { marks[marks.count - 1] = CharacterClass.widthFolded(c) }
                continue
            }
            marks.append(c)
        }
        closed = marks
        return closed.count < line.count ? matchTokens(closed, weak: weak) : nil
    }

    /// Whether `line` has a digit or one of 报 版 编 期 星 校 审 闻 设, as every line that
    /// ``match(_:weak:)`` reads as furniture without `weak` has.
    static func hasKey(_ line: [UInt32]) -> Bool {
        line.contains { CharacterClass.isDigit($0) || isKeyCharacter($0) }
    }

    private static func matchTokens(_ line: [UInt32], weak: Bool) -> PageInfo? {
        // Every furniture line has a digit or one of 报 版 编 期 星 校 审 闻 设; most lines have none.
        guard weak || line.contains(where: { CharacterClass.isDigit($0) || isKeyCharacter($0) }) else { return nil }
        // No furniture line ends a sentence inside it: a line holding `。`, `！` or `？` is text.
        guard !line.contains(where: { $0 == 0x3002 || $0 == 0xFF01 || $0 == 0xFF1F }) else { return nil }
        let s = closeDigitGaps(undecorated(line))
        // Isolated page numbers: `3`, `— 3 —`, `- 3 -`.
        let bare = s.filter { !CharacterClass.isSpace($0) && !pageNumberDashes.contains($0) }
        // Dashes frame the number on both sides; `0-` is a number and a hyphen, not a folio.
        let ends = s.filter { !CharacterClass.isSpace($0) }
        let dashed = ends.first.map(pageNumberDashes.contains) == true && ends.last.map(pageNumberDashes.contains) == true
        // (A run of dashes counts as one: D-DASH turns `--` into `——`, and a second run must read
        // the line as the first did.)
        func length() -> Int {
            var n = 0
            for k in s.indices where k == 0 || !(pageNumberDashes.contains(s[k]) && pageNumberDashes.contains(s[k - 1])) { n += 1 }
            return n
        }
        if !bare.isEmpty, bare.count <= 2, bare.allSatisfy(CharacterClass.isDigit), dashed || weak, length() <= 9 {
            var info = PageInfo()
            info.page = Scalars.string(bare)
            return info
        }
        if let editors = NSEditor.match(s) {
            var info = PageInfo()
            info.editors = editors
            return info
        }
        var tokens = Byline.split(s)
        // Pieces glued together, in a line of one token or several (a space S-HAN-HAN takes out
        // must not turn a line into furniture on a second run).
        tokens = tokens.flatMap { splitGlued($0) ?? [$0] }
        guard !tokens.isEmpty, tokens.count <= 10 else { return nil }
        var info = PageInfo()
        var strong = 0  // page tokens count 2, dates, weekdays and paper names 1
        var rest: [[UInt32]] = []
        for t in tokens {
            // `第3版` is a page by itself; `A3` alone only next to other furniture (`L⏎2` joined
            // reads `L2`, and a second run must read it as the first did).
            if let p = page(t) { info.page = p; strong += t.first == di || tokens.count > 1 ? 2 : 1 }
            else if isDate(t) { info.date = Scalars.string(t); strong += 1 }
            else if t.count == 3, Scalars.hasPrefix(t, xingqi), weekdays.contains(t[2]) { info.weekday = Scalars.string(t); strong += 1 }
            else if t == xingqi { }  // a weekday whose day the extractor lost (`星期　`)
            else if Scalars.hasPrefix(t, nongli), t.count <= 12, Scalars.allHan(t) { }
            else if isIssueNumber(t) { }
            else if isSection(t) { info.section = info.section.map { $0 + " " + Scalars.string(t) } ?? Scalars.string(t) }
            else if isPaper(t) { info.paper = Scalars.string(t); strong += 1 }
            else if t.count <= 2, t.allSatisfy(CharacterClass.isDigit), tokens.count > 1 { info.page = info.page ?? Scalars.string(t) }
            else { rest.append(t) }
        }
        // Editor lines glued to the head (`第1版 要闻 责任编辑：陈静`).
        if !rest.isEmpty, let editors = NSEditor.match(Array(rest.joined(separator: [0x20]))) {
            info.editors = editors
            rest = []
        }
        if !info.editors.isEmpty { strong += 2 }
        guard rest.isEmpty, strong >= 2 || (weak && (strong == 1 || info.section != nil)) else { return nil }
        return info
    }

    /// `第4版城区新闻新乡日报2025年6月10日星期二`: a head whose spaces the extractor dropped, cut
    /// into tokens at the page, date and weekday forms and at 新闻 and 报.
    static func splitGlued(_ t: [UInt32]) -> [[UInt32]]? {
        var out: [[UInt32]] = []
        var current: [UInt32] = []
        var i = 0
        func flush() { if !current.isEmpty { out.append(current); current = [] } }
        while i < t.count {
            if t[i] == di, i + 2 < min(t.count, i + 6), let e = (i + 2..<min(t.count, i + 6)).first(where: { t[$0] == ban }),
               t[(i + 1)..<e].allSatisfy({ CharacterClass.isDigit($0) || (0x41...0x5A).contains($0) }) {
                flush(); out.append(Array(t[i...e])); i = e + 1; continue
            }
            if CharacterClass.isDigit(t[i]), !(i > 0 && CharacterClass.isDigit(t[i - 1])),
               let e = (i..<min(t.count, i + 11)).first(where: { t[$0] == ri }), isDate(Array(t[i...e])) {
                flush(); out.append(Array(t[i...e])); i = e + 1; continue
            }
            if Scalars.hasPrefix(t, xingqi, at: i), i + 2 < t.count, weekdays.contains(t[i + 2]) {
                flush(); out.append(Array(t[i..<(i + 3)])); i += 3; continue
            }
            // (`星期` with its day lost, glued to what follows: `…10日星期新乡日报`, as a first
            // run leaves `…10日 星期　 新乡日报`.)
            if Scalars.hasPrefix(t, xingqi, at: i), current.isEmpty, out.last.map(isDate) == true {
                out.append(xingqi); i += 2; continue
            }
            current.append(t[i])
            i += 1
            if Scalars.hasSuffix(current, xinwen) || (current.count >= 3 && current.last == bao) { flush() }
        }
        flush()
        return out.count > 1 ? out : nil
    }

    private static func page(_ t: [UInt32]) -> String? {
        if t.first == di, t.last == ban, t.count >= 3 {
            let mid = t[1..<(t.count - 1)]
            if mid.count <= 3, mid.allSatisfy({ CharacterClass.isDigit($0) || (0x41...0x5A).contains($0) }) { return Scalars.string(mid) }
        }
        if t.count >= 2, t.count <= 3, (0x41...0x5A).contains(t[0]), t.dropFirst().allSatisfy(CharacterClass.isDigit) { return Scalars.string(t) }
        return nil
    }

    private static func isDate(_ t: [UInt32]) -> Bool {
        let y = Scalars.run(t, from: 0, CharacterClass.isDigit)
        guard y == 4, y < t.count, t[y] == nian else { return false }
        let m = Scalars.run(t, from: y + 1, CharacterClass.isDigit)
        guard (1...2).contains(m), y + 1 + m < t.count, t[y + 1 + m] == yue else { return false }
        let d = Scalars.run(t, from: y + 2 + m, CharacterClass.isDigit)
        return (1...2).contains(d) && y + 2 + m + d == t.count - 1 && t.last == ri
    }

    private static func isIssueNumber(_ t: [UInt32]) -> Bool {
        var i = 0
        if t.first == zong { i = 1 }
        guard i < t.count, t[i] == di, t.last == qi else { return false }
        return t[(i + 1)..<(t.count - 1)].allSatisfy(CharacterClass.isDigit) && t.count - i > 2
    }

    private static func isSection(_ t: [UInt32]) -> Bool {
        if sections.contains(t) { return true }
        return t.count >= 3 && t.count <= 6 && Scalars.hasSuffix(t, xinwen) && Scalars.allHan(t)
    }

    private static func isPaper(_ t: [UInt32]) -> Bool {
        guard t.count >= 3, t.count <= 8, Scalars.allHan(t) else { return false }
        return paperEnds.contains { Scalars.hasSuffix(t, $0) && t.count - $0.count >= 2 }
    }
}

/// NS-EDITOR — editor lines: `责任编辑：陈静`, `本版责编：… 版式设计：…`, `责编 张三 校对 李四`.
///
/// Source: rules.md §5.7 (NEWS). Never body text; removed with the page furniture.
enum NSEditor {
    static let id: RuleID = "NS-EDITOR"
    static let summary = "Recognize and remove editor lines (kept as page metadata)"
    private static let roles = ["本版责编", "责任编辑", "本版编辑", "美术编辑", "图片编辑", "值班编辑", "版式设计", "责编", "编辑",
                                "美编", "校对", "组版", "版式", "审读"].map(Scalars.of)

    /// Role → names, or nil when `s` is not made only of editor credits.
    static func match(_ s: [UInt32]) -> [String: String]? {
        var out: [String: String] = [:]
        var i = 0
        while i < s.count && CharacterClass.isSpace(s[i]) { i += 1 }
        while i < s.count {
            guard let role = roles.first(where: { Scalars.hasPrefix(s, $0, at: i) }) else { return nil }
            i += role.count
            while i < s.count && (CharacterClass.isSpace(s[i]) || s[i] == 0xFF1A || s[i] == 0x3A) { i += 1 }
            var names: [UInt32] = []
            while i < s.count {
                if roles.contains(where: { Scalars.hasPrefix(s, $0, at: i) }) && !names.isEmpty { break }
                let c = s[i]
                guard CharacterClass.isHan(c) || c == 0x3001 || CharacterClass.isSpace(c) else { return nil }
                names.append(c)
                i += 1
            }
            let tokens = Byline.split(names)
            guard (1...3).contains(tokens.count), tokens.allSatisfy({ (2...4).contains($0.count) }) else { return nil }
            out[Scalars.string(role)] = Scalars.string(Array(tokens.joined(separator: [0x3001])))
        }
        return out.isEmpty ? nil : out
    }
}
