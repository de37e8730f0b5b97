/// The typography stage: punctuation width (P-*), by block role.
///
/// One pass per paragraph that holds an ASCII mark: parentheses are matched first (their
/// decision is needed as the right-hand context of other marks), then every other mark is
/// judged left to right on the already-rewritten left side. Headings are judged without their
/// `#` marker; spaces are never touched here.
struct TypographyStage: Stage {

    /// The width rule that judges an ASCII mark, if any.
    @inline(__always)
    static func widthRule(for c: UInt32) -> (any WidthRule.Type)? {
        switch c {
        case PCommaWidth.ascii: return PCommaWidth.self
        case PSemicolonWidth.ascii: return PSemicolonWidth.self
        case PColonWidth.ascii: return PColonWidth.self
        case PExclamationWidth.ascii: return PExclamationWidth.self
        case PQuestionWidth.ascii: return PQuestionWidth.self
        case PPeriodWidth.ascii: return PPeriodWidth.self
        default: return nil
        }
    }

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        collectEdits(document, &context, visit: { $0.features.contains(.asciiMarks) }) { b, out in
            judge(b, &out)
        }
    }

    private func judge(_ b: BlockText, _ out: inout EditCollector) {
        var para = ParagraphScalars(b)
        var flags: [(index: Int, code: RuleID, message: String)] = PParenWidth.decide(&para)
        for line in para.lines {
            for k in line {
                guard let rule = Self.widthRule(for: para.scalars[k]), !para.protected[k] else { continue }
                let c = MarkContext(
                    lnb: para.leftNeighbour(k, in: line)?.scalar,
                    rnb: para.rightNeighbour(k, in: line)?.scalar,
                    prev: k > line.lowerBound ? para.current(k - 1) : nil,
                    next: k + 1 < line.upperBound ? para.current(k + 1) : nil,
                    inChineseParagraph: para.hasHan, paragraph: para, index: k, line: line)
                switch rule.decide(c) {
                case .keep: break
                case .convert: para.replace(k, with: rule.fullwidth)
                case .flag(let code, let message): flags.append((k, code, message))
                }
            }
        }
        let scalars = para.scalars
        for (k, c) in para.now.enumerated() where c != scalars[k] {
            let rule: RuleID = (scalars[k] == 0x28 || scalars[k] == 0x29)
                ? PParenWidth.id : Self.widthRule(for: scalars[k])!.id
            out.replace(b, k..<(k + 1), with: c, rule)
        }
        for f in flags { out.flag(b, f.index..<(f.index + 1), f.code, f.message) }
    }
}
