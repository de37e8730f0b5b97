/// Settings of a tidy run.
public struct Options: Sendable, Equatable {
    /// `print` (default): no space between Han and Latin letters or digits, as newspapers print.
    /// `web`: one space between them, as pangu and the Chinese copywriting guidelines ask.
    public enum Style: String, Sendable, CaseIterable { case print, web }
    /// `zh-Hans` (default): mainland conventions. `zh-Hant`: Taiwan and Hong Kong (「」 outer and
    /// 『』 inner quotes, 頓號 kept between marked items, fullwidth solidus kept; rules.md §6).
    public enum Locale: String, Sendable, CaseIterable {
        case hans = "zh-Hans"
        case hant = "zh-Hant"
    }

    public var style: Style = .print
    public var locale: Locale = .hans
    /// Body paragraphs start with two U+3000 (rules.md mode `zh-CN-indent`; plain-text output).
    public var indent: Bool = false
    /// Leave 「」『』 as they are in zh-Hans text (rules.md mode `zh-CN-keep-corner`).
    public var keepCornerBrackets: Bool = false
    /// Remove figure markers such as `（如图）` (NS-FIGREF). On by default: the cleaned text is
    /// usually used without its pictures.
    public var removeFigureMarkers: Bool = true
    /// Rules switched off (`--disable`), by ID.
    public var disabledRules: Set<RuleID> = []
    /// Rules switched on that are off by default (`--enable`), by ID.
    public var enabledRules: Set<RuleID> = []

    /// Short lines that stand at the top or bottom of several pages of the same issue (found by
    /// ``Tidy/run(pages:options:)``): running heads and feet whatever their wording.
    public var repeatedEdgeLines: Set<String> = []

    /// The input's encoding (an ICU converter name such as `GB18030`, `Big5`, `UTF-16LE`); nil
    /// detects it: UTF-8, a byte-order mark, or ICU's charset detector.
    public var encoding: String? = nil
    /// Replace bytes that cannot be decoded with U+FFFD (each recorded as a U-DECODE flag)
    /// instead of failing.
    public var lossy: Bool = false

    /// The input's shape; nil detects it (``InputKind/detect(_:)``).
    public var inputKind: InputKind? = nil

    public init() {}
}
