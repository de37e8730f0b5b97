/// A rule's identifier, as written in `rules.md` (`P-COMMA-WIDTH`, `S-JOIN`, `NS-DUP-PARA`).
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    /// The family prefix, e.g. `P-` for `P-COMMA-WIDTH`, `NS-` for `NS-DUP-PARA`.
    public var family: String {
        guard let dash = rawValue.firstIndex(of: "-") else { return rawValue }
        return String(rawValue[...dash])
    }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// A line and column in the original input, both 1-based; the column counts Unicode scalars.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// One record of the edit log: what a rule changed, removed or flagged, in the original's
/// coordinates.
///
/// The cleaned text is the original with every `fix` and `remove` record applied (records never
/// overlap). `flag` records change nothing; they carry a diagnostic. `--diff`, `--explain` and
/// `--check` are views of this list.
public struct Edit: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        /// The text in `range` was rewritten.
        case fix
        /// The text in `range` was taken out (a duplicate fragment, a figure marker, furniture).
        case remove
        /// Nothing changed; `note` says what a reader should check.
        case flag
    }

    public var rule: RuleID
    public var kind: Kind
    /// UTF-8 byte offsets into the original input.
    public var range: Range<Int>
    /// Where `range` starts in the original input.
    public var start: SourcePosition
    /// The original text in `range`.
    public var before: String
    /// What replaces it (empty for a removal; equal to `before` for a flag).
    public var after: String
    /// Why: the reason for a removal or a flag, or the evidence for a join.
    public var note: String?
    /// Rules whose earlier edits of the same text this record absorbed (e.g. a removed fragment
    /// that a character rule had already touched), oldest first.
    public var via: [RuleID]

    public init(
        rule: RuleID, kind: Kind, range: Range<Int>, start: SourcePosition = .init(line: 0, column: 0),
        before: String, after: String, note: String? = nil, via: [RuleID] = []
    ) {
        self.rule = rule
        self.kind = kind
        self.range = range
        self.start = start
        self.before = before
        self.after = after
        self.note = note
        self.via = via
    }
}

/// An edit proposed by a stage, in the coordinates of the text that stage sees.
struct LocalEdit {
    var rule: RuleID
    var kind: Edit.Kind
    var range: Range<Int>
    var replacement: [UInt8]
    var note: String?

    init(_ rule: RuleID, _ kind: Edit.Kind = .fix, range: Range<Int>, replacement: [UInt8] = [], note: String? = nil) {
        self.rule = rule
        self.kind = kind
        self.range = range
        self.replacement = replacement
        self.note = note
    }
}
