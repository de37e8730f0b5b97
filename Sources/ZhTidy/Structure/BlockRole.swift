/// What a block is on the page (rules.md §5). Roles decide which rules may touch a block: a space
/// after 本报讯 or between two names in a byline is data; between two Han characters in body text
/// it is damage.
enum BlockRole: Equatable {
    /// A Markdown heading line (`#`…`######` and one space).
    case heading(level: Int)
    /// A body paragraph that opens with a dateline (本报讯, 新华社北京6月8日电 …).
    case dateline(DatelineMark)
    /// Running text.
    case body
    /// A closing byline or credit paragraph such as `（红旗宣）` or `（张志超 罗菲 李萌 文/图）`.
    case byline(bracketed: Bool)
    /// A caption under a photo (`图为…`).
    case caption
    /// A photo credit standing alone (`（本报记者摄）`, `（资料图片）`, `本报记者 张三 摄`).
    case photoCredit
    /// A jump line (`（下转第4版）`, `（上接第1版）`).
    case continuation

    var isHeading: Bool { if case .heading = self { return true } else { return false } }
    var isByline: Bool { if case .byline = self { return true } else { return false } }
    var isDateline: Bool { if case .dateline = self { return true } else { return false } }
    /// Body or dateline-led: running text whose sentences may be joined and typeset.
    var isRunningText: Bool {
        switch self {
        case .body, .dateline: return true
        default: return false
        }
    }
}

/// What the typography stages read of a block's dateline (``Dateline/match(_:)`` has all of it).
///
/// A role holds no strings or arrays, so a ``Block`` is plain data: the arrays of blocks that every
/// stage's layout makes are copied and freed without reference counting.
struct DatelineMark: Equatable {
    /// Scalars of the dateline token (`本报讯`, `新华社北京6月8日电`).
    var tokenLength: Int
    /// The 讯 family (`本报讯`), whose gap after the token is printed.
    var isXun: Bool
    /// A credit in brackets follows the token (`电（记者张三）`).
    var hasCredit: Bool

    init(_ d: Dateline) {
        tokenLength = d.tokenLength
        isXun = d.form == "讯"
        hasCredit = d.credit != nil
    }
}

/// Classifies blocks by their text (a pure function, so a second run sees the same roles): the
/// text as rendered, without the whitespace at the edges of inner lines.
enum BlockClassifier {
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ block: Block, _ lines: [Line]) -> BlockRole {
        if bytes[block.content.lowerBound] == 0x23 {
            let head = UTF8Scan.scalars(bytes, block.content, limit: 8)
            if let level = Heading.level(head) { return .heading(level: level) }
        }
        // Most paragraphs are long body text that no recognizer claims: look at 12 scalars first.
        let short = block.content.count < 48 * 3
        var head = UTF8Scan.blockScalars(bytes, block.content, limit: short ? 48 : 12)
        if !short && !Caption.matches(head) && !Dateline.mayStart(head) { return .body }
        if head.count == 12 && !short { head = UTF8Scan.blockScalars(bytes, block.content, limit: 48) }
        // Short blocks (`head` is then the whole block) may be jump lines, bylines or credits.
        if head.count < 48 {
            if Continuation.match(head) != nil { return .continuation }
            if let b = Byline.matchTrailing(head) { return .byline(bracketed: b.bracketed) }
            if PhotoCredit.matches(head) { return .photoCredit }
        }
        if Caption.matches(head) { return .caption }
        if let d = dateline(bytes, block.content, head: head) { return .dateline(DatelineMark(d)) }
        return .body
    }

    /// The dateline of a block classified `.dateline`, in full.
    static func dateline(_ bytes: UnsafeBufferPointer<UInt8>, _ block: Block) -> Dateline? {
        dateline(bytes, block.content, head: UTF8Scan.blockScalars(bytes, block.content, limit: 48))
    }

    /// The jump line of a block classified `.continuation`.
    static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ block: Block) -> Continuation? {
        Continuation.match(UTF8Scan.blockScalars(bytes, block.content, limit: 48))
    }

    /// `head`: the block's first 48 scalars (or all of a shorter one).
    private static func dateline(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, head: [UInt32]) -> Dateline? {
        guard var d = Dateline.match(head) else { return nil }
        // A credit may run past the first 48 scalars: look again with more.
        if d.credit == nil, head.count == 48 {
            d = Dateline.match(UTF8Scan.blockScalars(bytes, content, limit: 160)) ?? d
        }
        return d
    }
}

/// Markdown headings: `#{1,6} ` then the title.
enum Heading {
    /// The heading level, or nil when the line is not a heading.
    static func level(_ s: [UInt32]) -> Int? {
        let hashes = Scalars.run(s, from: 0, limit: 7) { $0 == 0x23 }
        guard hashes >= 1, hashes <= 6, hashes < s.count, s[hashes] == 0x20 else { return nil }
        // A title on the same line: `# ` alone (its space is trailing, S-BLANK takes it) is not
        // a heading, as TextLayout's heading lines already require.
        var k = hashes
        while k < s.count && s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] != 0x0A, s[k] != 0x0D else { return nil }
        return hashes
    }
}
