/// What a width rule decides for one ASCII mark.
enum WidthDecision: Equatable {
    case keep
    case convert
    /// Keep the mark and raise this flag code.
    case flag(RuleID, String)
}

/// A rule that decides whether one ASCII mark in a paragraph becomes its fullwidth form.
protocol WidthRule {
    static var id: RuleID { get }
    static var summary: String { get }
    /// The ASCII mark this rule judges, and what it becomes.
    static var ascii: UInt32 { get }
    static var fullwidth: UInt32 { get }
    static func decide(_ c: MarkContext) -> WidthDecision
}

/// P-COMMA-WIDTH — `,` → `，` in Chinese context.
///
/// Source: GB/T 15834-2011 5.1 (点号 take a full em in Chinese text); rules.md §4.2; SCG.
/// Kept: thousands separators (`12,500`); between Latin items (`GDP,CPI`, flagged P-LATIN-LIST);
/// other commas between digits (`1,2`, flagged P-DIGIT-COMMA); inside a Latin sentence.
///
///     6月8日,红旗区召开座谈会  →  6月8日，红旗区召开座谈会
struct PCommaWidth: WidthRule {
    static let id: RuleID = "P-COMMA-WIDTH"
    static let summary = "ASCII comma in Chinese context → ，"
    static let ascii: UInt32 = 0x2C
    static let fullwidth: UInt32 = 0xFF0C

    static func decide(_ c: MarkContext) -> WidthDecision {
        if MarkContext.isDigit(c.prev) && MarkContext.isDigit(c.next) {
            return isThousandsSeparator(c) ? .keep : .flag("P-DIGIT-COMMA", "comma between digits is not a thousands separator")
        }
        let latinLeft = MarkContext.isLatin(c.lnb) || MarkContext.isDigit(c.lnb)
        let latinRight = MarkContext.isLatin(c.rnb) || MarkContext.isDigit(c.rnb)
        if latinLeft && latinRight { return .flag("P-LATIN-LIST", "comma between Latin items kept; a 顿号 may be meant") }
        if c.isChineseContext || c.endsChineseRun { return .convert }
        // A percentage closes a Chinese clause: `9.95%,高于` is caught above; `5%,(` here.
        if (c.lnb == 0x25 || c.lnb == 0x2030) && !latinRight { return .convert }
        return .keep
    }

    /// `\d{1,3}(,\d{3})+`: three digits follow, then no digit.
    private static func isThousandsSeparator(_ c: MarkContext) -> Bool {
        let s = c.paragraph.scalars, k = c.index, line = c.line
        for j in 1...3 {
            guard k + j < line.upperBound, CharacterClass.isDigit(s[k + j]) else { return false }
        }
        if k + 4 < line.upperBound, CharacterClass.isDigit(s[k + 4]) { return false }
        var digits = 0
        var j = k - 1
        while j >= line.lowerBound, CharacterClass.isDigit(s[j]) { digits += 1; j -= 1 }
        return digits >= 1 && digits <= 3
    }
}

/// P-SEMICOLON-WIDTH — `;` → `；` in Chinese context.
///
/// Source: GB/T 15834-2011 4.6, 5.1; rules.md §4.2. Kept: HTML entities (`&amp;`), code and Latin
/// sentences.
///
///     同比增长75%;前4个月  →  同比增长75%；前4个月
struct PSemicolonWidth: WidthRule {
    static let id: RuleID = "P-SEMICOLON-WIDTH"
    static let summary = "ASCII semicolon in Chinese context → ；"
    static let ascii: UInt32 = 0x3B
    static let fullwidth: UInt32 = 0xFF1B

    static func decide(_ c: MarkContext) -> WidthDecision {
        if isEntityEnd(c) { return .keep }
        if c.isChineseContext || c.lnb == 0x25 || c.endsChineseRun { return .convert }
        return .keep
    }

    /// `&\w+;` or `&#\d+;`.
    private static func isEntityEnd(_ c: MarkContext) -> Bool {
        let s = c.paragraph.scalars
        var j = c.index - 1
        var n = 0
        while j >= c.line.lowerBound && (CharacterClass.isLatinOrDigit(s[j]) || s[j] == 0x23) { j -= 1; n += 1 }
        return n > 0 && j >= c.line.lowerBound && s[j] == 0x26
    }
}

/// P-COLON-WIDTH — `:` → `：` after Han or a closing mark, or between a Latin word and Han.
///
/// Source: GB/T 15834-2011 4.7, 5.1; GB/T 15835-2011 5.1.5 (`15:40` keeps the ASCII colon);
/// rules.md §4.2. Kept: between digits (times, ratios, scores), URL schemes, Latin sentences.
///
///     会议要求:下一步  →  会议要求：下一步
///     时间:8:30        →  时间：8:30
struct PColonWidth: WidthRule {
    static let id: RuleID = "P-COLON-WIDTH"
    static let summary = "ASCII colon after Han or a closing mark → ："
    static let ascii: UInt32 = 0x3A
    static let fullwidth: UInt32 = 0xFF1A

    static func decide(_ c: MarkContext) -> WidthDecision {
        if MarkContext.isDigit(c.prev) && MarkContext.isDigit(c.next) { return .keep }
        if c.next == 0x2F { return .keep }  // scheme://
        if MarkContext.isH(c.lnb) || MarkContext.isClose(c.lnb) { return .convert }
        if MarkContext.isLatin(c.lnb) && (MarkContext.isH(c.rnb) || MarkContext.isOpen(c.rnb)) { return .convert }
        return .keep
    }
}

/// P-EXCL-QUES-WIDTH (`!`) — `!` → `！` in Chinese context.
///
/// Source: GB/T 15834-2011 4.3, 5.1; rules.md §4.2. A `!` after a Latin letter that is not
/// followed by Han stays (`Yahoo!`); so do `!=` and marks inside URLs and Latin sentences.
///
///     实打实的增收!  →  实打实的增收！
struct PExclamationWidth: WidthRule {
    static let id: RuleID = "P-EXCL-QUES-WIDTH"
    static let summary = "ASCII ! and ? in Chinese context → ！？"
    static let ascii: UInt32 = 0x21
    static let fullwidth: UInt32 = 0xFF01
    static func decide(_ c: MarkContext) -> WidthDecision { ExclamationQuestion.decide(c) }
}

/// P-EXCL-QUES-WIDTH (`?`) — `?` → `？` in Chinese context (see ``PExclamationWidth``).
///
///     真的吗?!  →  真的吗？！
struct PQuestionWidth: WidthRule {
    static let id: RuleID = "P-EXCL-QUES-WIDTH"
    static let summary = PExclamationWidth.summary
    static let ascii: UInt32 = 0x3F
    static let fullwidth: UInt32 = 0xFF1F
    static func decide(_ c: MarkContext) -> WidthDecision { ExclamationQuestion.decide(c) }
}

/// The shared decision of P-EXCL-QUES-WIDTH.
enum ExclamationQuestion {
    static func decide(_ c: MarkContext) -> WidthDecision {
        if c.next == 0x3D || (c.next == 0x3A && MarkContext.isLatin(c.prev)) { return .keep }  // != ?:
        if MarkContext.isLatin(c.lnb) && !(MarkContext.isH(c.rnb) || MarkContext.isOpen(c.rnb)) { return .keep }
        if c.isChineseContext || c.endsChineseRun { return .convert }
        return .keep
    }
}

/// P-PERIOD-WIDTH — `.` → `。` where it ends a Chinese sentence.
///
/// Source: GB/T 15834-2011 4.1, 5.1; B.3.3 (Arabic ordinals take the low dot); rules.md §4.2.
/// Converted after Han or a closing mark at the end of a line, before an opening mark, or before a
/// space and Han; after a Latin word (not an abbreviation) that ends a Chinese sentence. Between
/// two Han characters it is flagged (P-DOT-BETWEEN-HAN: a lost `。` or a mis-coded `·`). Never:
/// decimals (`1.45亿元`), ordinals (`1.加强`), abbreviations, URLs.
///
///     会议结束.      →  会议结束。
///     他使用iPhone.  →  他使用iPhone。
struct PPeriodWidth: WidthRule {
    static let id: RuleID = "P-PERIOD-WIDTH"
    static let summary = "ASCII full stop ending a Chinese sentence → 。"
    static let ascii: UInt32 = 0x2E
    static let fullwidth: UInt32 = 0x3002

    private static let abbreviations: Set<String> = [
        "inc", "co", "ltd", "corp", "etc", "no", "vs", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "fig", "vol", "pp",
    ]

    static func decide(_ c: MarkContext) -> WidthDecision {
        if c.prev == 0x2E || c.next == 0x2E { return .keep }  // runs of dots: E-ELLIPSIS
        if MarkContext.isDigit(c.prev) && MarkContext.isDigit(c.next) { return .keep }
        if c.prev == c.lnb, MarkContext.isH(c.lnb) || MarkContext.isClose(c.lnb) {
            if MarkContext.isH(c.lnb) && MarkContext.isH(c.rnb) && c.next == c.rnb {
                return .flag("P-DOT-BETWEEN-HAN", "a dot between Han characters: a lost 。 or a mis-coded ·")
            }
            if c.rnb == nil || MarkContext.isOpen(c.rnb) { return .convert }
            if c.next == 0x20 && MarkContext.isH(c.rnb) { return .convert }
            return .keep
        }
        if MarkContext.isLatin(c.prev), c.rnb == nil || MarkContext.isH(c.rnb), c.inChineseParagraph {
            let s = c.paragraph.scalars
            var j = c.index - 1
            var word: [UInt32] = []
            while j >= c.line.lowerBound && CharacterClass.isLatin(s[j]) { word.append(s[j]); j -= 1 }
            let lower = Scalars.string(word.reversed().map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 })
            let isInitialism = j >= c.line.lowerBound && s[j] == 0x2E  // U.S.
            if word.count >= 2 && !abbreviations.contains(lower) && !isInitialism { return .convert }
        }
        return .keep
    }
}

/// P-PAREN-WIDTH — `(` `)` → `（` `）`, decided per matched pair.
///
/// Source: GB/T 15834-2011 4.9 (圆括号 （）); rules.md §4.2; SCG (`核磁共振成像（NMRI）`).
/// Parentheses are matched per paragraph over both widths. A pair with an ASCII member becomes
/// fullwidth when its content holds Han or CJK punctuation, or when the character outside either
/// bracket is Han or CJK punctuation. It stays ASCII when the content is Han-free and `(` is
/// attached to a Latin letter or digit (`f(x)`, `H2O(l)`), or inside a Latin sentence. An
/// unmatched ASCII bracket follows the neighbour test and is flagged PAIR-PAREN.
///
///     全区各级党委(党组)要切实  →  全区各级党委（党组）要切实
///     雅虎(Yahoo!)公司          →  雅虎（Yahoo!）公司
struct PParenWidth {
    static let id: RuleID = "P-PAREN-WIDTH"
    static let summary = "ASCII parentheses in Chinese context → （）, by matched pair"

    /// Decides every ASCII parenthesis of the paragraph; returns the flags raised.
    static func decide(_ para: inout ParagraphScalars) -> [(index: Int, code: RuleID, message: String)] {
        let s = para.scalars
        var stack: [Int] = []
        var pairs: [(Int, Int)] = []
        var unmatched: [Int] = []
        for k in s.indices {
            switch s[k] {
            case 0x28, 0xFF08: stack.append(k)
            case 0x29, 0xFF09:
                if let o = stack.popLast() { pairs.append((o, k)) } else { unmatched.append(k) }
            default: break
            }
        }
        unmatched.append(contentsOf: stack)
        var flags: [(Int, RuleID, String)] = []
        for (o, c) in pairs where s[o] == 0x28 || s[c] == 0x29 {
            if para.protected[o] && para.protected[c] { continue }
            if shouldWiden(para, open: o, close: c) {
                if s[o] == 0x28 { para.replace(o, with: 0xFF08) }
                if s[c] == 0x29 { para.replace(c, with: 0xFF09) }
            }
        }
        for k in unmatched where (s[k] == 0x28 || s[k] == 0x29) && !para.protected[k] {
            let line = para.line(of: k)
            let l = para.leftNeighbour(k, in: line)?.scalar
            let r = para.rightNeighbour(k, in: line)?.scalar
            let chinese = isHanOrCJKP(l) || MarkContext.isH(r) || MarkContext.isCJKP(r)
            if chinese { para.replace(k, with: s[k] == 0x28 ? 0xFF08 : 0xFF09) }
            if !chinese { flags.append((k, "PAIR-PAREN", "unmatched parenthesis")) }  // else PAIR-CHECK flags it
        }
        return flags
    }

    private static func isHanOrCJKP(_ c: UInt32?) -> Bool {
        guard let c else { return false }
        let f = CharacterClass.widthFolded(c)
        return CharacterClass.isHan(f) || (CharacterClass.isCJKPunct(f) && f != 0x3002)
    }

    private static func shouldWiden(_ para: ParagraphScalars, open o: Int, close c: Int) -> Bool {
        let s = para.scalars
        let contentChinese = (o + 1..<c).contains { k in
            CharacterClass.isHan(s[k]) || (s[k] >= 0x80 && CharacterClass.isCJKPunct(s[k]))
        }
        if contentChinese { return true }
        let lineO = para.line(of: o), lineC = para.line(of: c)
        let attached = o > lineO.lowerBound && CharacterClass.isLatinOrDigit(s[o - 1])
        if attached { return false }
        let outsideLeft = para.leftNeighbour(o, in: lineO)?.scalar
        let outsideRight = para.rightNeighbour(c, in: lineC)?.scalar
        return isHanOrCJKP(outsideLeft) || isHanOrCJKP(outsideRight)
    }
}
