/// NS-CAPTION — captions and photo credits, which are never body text.
///
/// Source: rules.md §5.4 (NEWS). A caption starts `图为…`, `▲`, `上图…`, `图①`, `图一：`,
/// `图片说明：`; a photo credit is `（本报记者摄）`, `（通讯员供图）`, `（资料图片）`, `本报记者 张三 摄`.
/// Photo credits are bylines of the picture: they are never removed.
enum Caption {
    static let id: RuleID = "NS-CAPTION"
    private static let starts = ["图为", "▲", "△", "►", "上图", "下图", "左图", "右图", "图片说明："].map(Scalars.of)
    private static let tu = Scalars.of("图")[0]

    static func matches(_ s: [UInt32]) -> Bool {
        if Scalars.firstPrefix(s, starts) != nil { return true }
        guard s.count >= 3, s[0] == tu else { return false }
        if (0x2460...0x2473).contains(s[1]) { return true }  // 图①
        let numeral = Scalars.of("一二三四五六七八九123456789").contains(s[1])
        return numeral && (s[2] == 0xFF1A || s[2] == 0x3A)
    }
}

/// A photo credit on a line of its own.
enum PhotoCredit {
    private static let supplied = ["资料图片", "资料图"].map(Scalars.of)
    private static let endings = ["摄", "供图", "/摄"].map(Scalars.of)
    private static let roles = ["本报记者", "新华社记者", "人民日报记者", "记者", "通讯员", "特约记者", "全媒体记者"].map(Scalars.of)

    /// The space `gap` stands between a role and the credit's closing `摄` or `供图` with no name
    /// between them (`（通讯员 供图）`, `本报记者 摄`): it separates nothing.
    static func roleMeetsEnding(_ s: [UInt32], gap: Range<Int>) -> Bool {
        let tail = s[gap.upperBound...].prefix { $0 != 0xFF09 && $0 != 0x29 && $0 != 0x0A }
        guard gap.upperBound + tail.count == s.count || s[gap.upperBound + tail.count] != 0x0A,
              [Scalars.of("摄"), Scalars.of("供图")].contains(Array(tail)) else { return false }
        let head = Array(s[..<gap.lowerBound])
        return roles.contains { Scalars.hasSuffix(head, $0) }
    }

    static func matches(_ s: [UInt32]) -> Bool {
        var c = s[...]
        if let f = c.first, f == 0xFF08 || f == 0x28, let l = c.last, l == 0xFF09 || l == 0x29 {
            c = c.dropFirst().dropLast()
        }
        let inner = Array(c)
        guard !inner.isEmpty, inner.count <= 30 else { return false }
        if supplied.contains(inner) { return true }
        guard endings.contains(where: { Scalars.hasSuffix(inner, $0) }) else { return false }
        // What precedes 摄/供图: Han names, roles, spaces, 、 — no sentence punctuation.
        guard inner.allSatisfy({ CharacterClass.isHan($0) || CharacterClass.isSpace($0) || $0 == 0x3001 || $0 == 0x2F })
        else { return false }
        return roles.contains { Scalars.hasPrefix(inner, $0) } || inner.count <= 8
    }
}

/// NS-CONTINUATION — jump lines `（下转第4版）`, `（上接第1版）`.
///
/// Source: rules.md §5.6 (NEWS). `下转/转` point to a later page, `上接/接/紧接` back to an
/// earlier one. S-JOIN does not join a paragraph that ends with one to the next (while the
/// marker is in the text).
struct Continuation: Equatable {
    static let id: RuleID = "NS-CONTINUATION"
    enum Direction: String { case to, from }
    var direction: Direction
    var page: String

    private static let keywords: [([UInt32], Direction)] = [
        (Scalars.of("下转"), .to), (Scalars.of("上接"), .from), (Scalars.of("紧接"), .from),
        (Scalars.of("转"), .to), (Scalars.of("接"), .from),
    ]
    private static let di = Scalars.of("第")[0], ban = Scalars.of("版")[0]
    private static let hanDigits = Scalars.of("一二三四五六七八九十")

    /// Whether `c` can open a jump line's words (下转, 上接, 紧接, 转, 接): the first scalar that
    /// is not a space after the bracket, where ``match(_:)`` looks for them.
    @inline(__always)
    static func mayOpen(_ c: UInt32) -> Bool {
        c == 0x4E0B || c == 0x4E0A || c == 0x7D27 || c == 0x8F6C || c == 0x63A5
    }

    static func match(_ s: [UInt32]) -> Continuation? {
        var c = Scalars.trimmed(s)  // `接第1版)⇥`
        if let f = c.first, f == 0xFF08 || f == 0x28 { c = c.dropFirst() }
        if let l = c.last, l == 0xFF09 || l == 0x29 { c = c.dropLast() }
        // (The words come first: most lines are no jump line, and are told so before any copy.)
        guard let first = c.first(where: { !CharacterClass.isSpace($0) }), mayOpen(first) else { return nil }
        // Spaces inside (`(　接 第1版)`) are what S-PUNCT-ADJ and S-HAN-HAN take out: a second run
        // reads the line without them.
        let inner = c.filter { !CharacterClass.isSpace($0) }
        guard let (kw, dir) = keywords.first(where: { Scalars.hasPrefix(inner, $0.0) }) else { return nil }
        var i = kw.count
        if i < inner.count && inner[i] == di { i += 1 }
        guard inner.last == ban, inner.count - 1 > i else { return nil }
        let page = inner[i..<(inner.count - 1)]
        // (No paper numbers a page 0 or 05.)
        let isArabic = page.count <= 3 && page.allSatisfy { CharacterClass.isDigit($0) || (0x41...0x5A).contains($0) }
            && page.contains(where: CharacterClass.isDigit) && CharacterClass.widthFolded(page.first { CharacterClass.isDigit($0) }!) != 0x30
        let isHan = page.count <= 3 && page.allSatisfy { hanDigits.contains($0) }
        guard isArabic || isHan else { return nil }
        return Continuation(direction: dir, page: Scalars.string(page))
    }
}
