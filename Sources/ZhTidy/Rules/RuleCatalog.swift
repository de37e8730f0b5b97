/// What a rule does to the text.
public enum RuleAction: String, Sendable {
    /// Rewrites or removes text.
    case fix
    /// Changes nothing; raises diagnostics.
    case flag
    /// Labels structure that other rules act on.
    case recognize
    /// Constrains other rules (nothing to switch off).
    case constraint
}

/// One rule of the catalogue, as `--list-rules` shows it.
public struct RuleInfo: Sendable, Hashable {
    public var id: RuleID
    public var action: RuleAction
    public var enabledByDefault: Bool
    public var summary: String
    public var family: String { id.family }
}

/// A rule type: its ID (from rules.md) and one line describing it.
protocol Rule {
    static var id: RuleID { get }
    static var summary: String { get }
}

/// Every rule zhtidy implements, in pipeline order, and the flag codes each may raise.
public enum RuleCatalog {
    public static let all: [RuleInfo] = [
        info(UDecode.self, .flag), info(UInvisible.self), info(URadical.self), info(UCJKCompat.self), info(UVertForm.self),
        info(USmallForm.self), info(UHalfwidthCJK.self), info(UFWAlnum.self), info(UFWSymbol.self),
        info(ULing.self), info(UNFKCDeny.self, .constraint),
        info(Dateline.self, .recognize), info(Byline.self, .recognize), info(Caption.self, .recognize),
        info(Continuation.self, .recognize), info(MarkdownCode.self, .recognize),
        info(NSDupEcho.self), info(NSDupRepeat.self), info(MarkdownListMarker.self), info(LayoutColumns.self), info(InterleavedColumns.self), info(LineOrder.self), info(MarkdownEmphasis.self), info(BoxOrder.self), info(NSPageHeader.self), info(NSEditorRule.self), info(NSTitle.self),
        info(SJoinLine.self), info(SJoin.self), info(SJoinPastByline.self), info(SJoinBack.self), info(NSDupPara.self), info(NSFigRef.self),
        info(NDecimal.self), info(NTimeRatio.self), info(EEllipsis.self), info(EParaOmission.self),
        info(MInterpunct.self), info(MInitial.self), info(MEventDate.self),
        info(DDash.self), info(DConnector.self), info(DRange.self), info(DHyphenKeep.self, .constraint),
        info(NRangeUnit.self),
        info(PCommaWidth.self), info(PPeriodWidth.self), info(PSemicolonWidth.self), info(PColonWidth.self),
        info(PExclamationWidth.self), info(PParenWidth.self), info(PBracketDocNo.self), info(PBracketSquare.self),
        info(QDoubleStraight.self), info(QCurlyRepair.self), info(QNest.self), info(QSingleApos.self),
        info(QCornerCN.self), info(QCornerTW.self), info(QMultipara.self, .flag),
        info(BAngle.self), info(BNest.self), info(BDun.self),
        info(SHanHan.self), info(SPunctAdj.self), info(SHanLatin.self), info(SDateline.self), info(SByline.self),
        info(STitleSep.self), info(STitleSubject.self), info(STitleClause.self), info(SOrdinal.self), info(NPercent.self), info(NDegree.self), info(NCurrency.self),
        info(OQuoteEnd.self), info(ODup.self), info(ORepeat.self, .flag, enabled: false), info(OMixedPause.self),
        info(TTitlePunct.self), info(TSubtitle.self), info(PairByline.self),
        info(SIndent.self), info(SBlank.self),
        info(PairCheck.self, .flag), info(OFigrefPos.self, .flag), info(EEllipsisPunct.self, .flag),
        info(NDate.self, .flag), info(NLint.self, .flag), info(NSTruncated.self, .flag),
    ]

    /// Flag codes (rules.md §8) and the rule that raises each.
    public static let flagOwners: [RuleID: RuleID] = [
        "P-LATIN-LIST": PCommaWidth.id, "P-DIGIT-COMMA": PCommaWidth.id, "P-DOT-BETWEEN-HAN": PPeriodWidth.id,
        "Q-SINGLE-OUTER": QSingleApos.id, "PAIR-QUOTE": PairCheck.id, "PAIR-PAREN": PairCheck.id,
        "PAIR-TITLE": PairCheck.id, "E-ETC": EEllipsisPunct.id, "E-POINT-AFTER": EEllipsisPunct.id,
        "E-POINT-BEFORE": EEllipsisPunct.id, "D-RULE-LINE": DDash.id, "M-EVENT-NOQUOTE": MEventDate.id,
        "B-SINGLE-ANGLE-OUTER": BNest.id, "N-FW-GROUPING": NDecimal.id, "N-NO-LEADING-ZERO": NDecimal.id,
        "N-DATE-PARTIAL-ISO": NDate.id, "N-YEAR-2DIGIT": NDate.id, "N-DATE-DOTTED": NDate.id,
        "N-APPROX-DUN": NLint.id, "N-MIXED-NUMERAL": NLint.id, "O-EXCL-QUES-ORDER": OMixedPause.id,
        "O-FIGREF-AFTER-POINT": OFigrefPos.id, "U-RADICAL-NOEQUIV": URadical.id,
    ]

    private static func info<R: Rule>(_ r: R.Type, _ action: RuleAction = .fix, enabled: Bool = true) -> RuleInfo {
        RuleInfo(id: R.id, action: action, enabledByDefault: enabled, summary: R.summary)
    }

    /// The rules that are off unless enabled.
    public static let offByDefault: [RuleID] = all.filter { !$0.enabledByDefault }.map(\.id)

    private static let byID: [RuleID: RuleInfo] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func info(_ id: RuleID) -> RuleInfo? { byID[id] }

    /// The rule an edit record belongs to (a flag code maps to the rule that raises it).
    public static func owner(of id: RuleID) -> RuleID { flagOwners[id] ?? id }

    /// Expands `ID` or a family prefix (`Q-`, `NS-`) to rule IDs; throws for an unknown name.
    public static func resolve(_ name: String) throws -> [RuleID] {
        let trimmed = name.trimmingSpaces
        if trimmed.hasSuffix("-") {
            let matches = all.filter { $0.id.rawValue.hasPrefix(trimmed) && $0.action != .constraint }.map(\.id)
            guard !matches.isEmpty else { throw OptionsError.unknownRule(trimmed) }
            return matches
        }
        guard let r = byID[RuleID(trimmed)] else { throw OptionsError.unknownRule(trimmed) }
        return [r.id]
    }
}

/// U-DECODE — bytes that could not be decoded (with `--lossy`) became U+FFFD (FLAG).
///
/// Not in rules.md: input handling. Each replacement is recorded with the input byte offset.
struct UDecode {
    static let id: RuleID = "U-DECODE"
    static let summary = "Flag bytes that could not be decoded and became U+FFFD (--lossy)"
}

/// D-HYPHEN-KEEP — hyphens that are not ranges stay (ISO dates, phone numbers, codes, minus
/// signs; rules.md §4.5). A constraint on D-RANGE and D-DASH.
struct DHyphenKeep {
    static let id: RuleID = "D-HYPHEN-KEEP"
    static let summary = "Constraint: hyphens in dates, phone numbers, codes and minus signs stay"
}

/// O-REPEAT — the strict style: any repeated `！` or `？` is flagged (SCG; rules.md §7 #12).
/// Off by default (GB/T 15834 allows up to three).
struct ORepeat {
    static let id: RuleID = "O-REPEAT"
    static let summary = "Strict style: flag any repeated ！ or ？ (off by default)"
}

extension UInvisible: Rule {}
extension MarkdownCode: Rule {}
extension UDecode: Rule {}
extension URadical: Rule {}
extension UCJKCompat: Rule {}
extension UVertForm: Rule {}
extension USmallForm: Rule {}
extension UHalfwidthCJK: Rule {}
extension UFWAlnum: Rule {}
extension UFWSymbol: Rule {}
extension ULing: Rule {}
extension UNFKCDeny: Rule {}
extension Dateline: Rule { static var summary: String { "Recognize datelines (本报讯, 新华社…电)" } }
extension Byline: Rule { static var summary: String { "Recognize closing bylines （红旗宣）, （张三 文/图）" } }
extension Caption: Rule { static var summary: String { "Recognize captions and photo credits" } }
extension Continuation: Rule { static var summary: String { "Recognize jump lines （下转第4版）" } }
extension SJoinLine: Rule {}
extension LayoutColumns: Rule {}
extension InterleavedColumns: Rule {}
extension MarkdownEmphasis: Rule {}
extension MarkdownListMarker: Rule {}
extension NSDupRepeat: Rule {}
extension BoxOrder: Rule {}
extension LineOrder: Rule {}
extension NSPageHeader: Rule {}
extension NSTitle: Rule {}
/// The catalogue entry of NS-EDITOR (``NSEditor`` is a namespace of matchers).
struct NSEditorRule: Rule {
    static let id = NSEditor.id
    static let summary = NSEditor.summary
}
extension SJoin: Rule {}
extension SJoinPastByline: Rule {}
extension SJoinBack: Rule {}
extension NSDupPara: Rule {}
extension NSDupEcho: Rule {}
extension NSFigRef: Rule {}
extension NDecimal: Rule {}
extension NTimeRatio: Rule {}
extension EEllipsis: Rule {}
extension EParaOmission: Rule {}
extension MInterpunct: Rule {}
extension MInitial: Rule {}
extension MEventDate: Rule {}
extension DDash: Rule {}
extension DConnector: Rule {}
extension DRange: Rule {}
extension DHyphenKeep: Rule {}
extension NRangeUnit: Rule {}
extension PCommaWidth: Rule {}
extension PPeriodWidth: Rule {}
extension PSemicolonWidth: Rule {}
extension PColonWidth: Rule {}
extension PExclamationWidth: Rule {}
extension PParenWidth: Rule {}
extension PBracketDocNo: Rule {}
extension PBracketSquare: Rule {}
extension QDoubleStraight: Rule {}
extension QCurlyRepair: Rule {}
extension QNest: Rule {}
extension QSingleApos: Rule {}
extension QCornerCN: Rule {}
extension QCornerTW: Rule {}
extension QMultipara: Rule {}
extension BAngle: Rule {}
extension BNest: Rule {}
extension BDun: Rule {}
extension SHanHan: Rule {}
extension SPunctAdj: Rule {}
extension SHanLatin: Rule {}
extension SDateline: Rule {}
extension SByline: Rule {}
extension STitleSep: Rule {}
extension STitleSubject: Rule {}
extension STitleClause: Rule {}
extension SOrdinal: Rule {}
extension NPercent: Rule {}
extension NDegree: Rule {}
extension NCurrency: Rule {}
extension OQuoteEnd: Rule {}
extension ODup: Rule {}
extension ORepeat: Rule {}
extension OMixedPause: Rule {}
extension TTitlePunct: Rule {}
extension TSubtitle: Rule {}
extension PairByline: Rule {}
extension SIndent: Rule {}
extension SBlank: Rule {}
extension PairCheck: Rule {}
extension OFigrefPos: Rule {}
extension EEllipsisPunct: Rule {}
extension NDate: Rule {}
extension NLint: Rule {}
extension NSTruncated: Rule {}
