/// The typography stage: punctuation width (P-*), by block role.
///
/// One pass per paragraph that holds an ASCII mark: parentheses are matched first (their
/// decision is needed as the right-hand context of other marks), then every other mark is
/// judged left to right on the already-rewritten left side. Headings are judged without their
/// `#` marker; spaces are never touched here.
struct TypographyStage: Stage {
    var preservesLayout: Bool { true }

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
        let layout = context.layout(of: document)
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { p in
            for block in layout.blocks where Self.hasASCIIMark(p, block.content) {
                var lines = layout.lines[block.lines].map(\.content).filter { !$0.isEmpty }
                if case .heading(let level) = block.role, !lines.isEmpty {
                    lines[0] = (lines[0].lowerBound + level + 1)..<lines[0].upperBound
                }
                judge(p, lines: lines, into: &edits)
            }
        }
        return edits
    }

    /// Whether the block holds any of `, ; : ! ? ( ) .` (the common case for clean text is no).
    private static func hasASCIIMark(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r {
            switch p[i] {
            case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x2E: return true
            default: continue
            }
        }
        return false
    }

    private func judge(_ p: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], into edits: inout [LocalEdit]) {
        var para = ParagraphScalars(p, lines: lines)
        var flags: [(index: Int, code: RuleID, message: String)] = PParenWidth.decide(&para)
        for li in 0..<(para.lineStarts.count - 1) {
            let line = para.lineStarts[li]..<para.lineStarts[li + 1]
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
                case .convert: para.replaced[k] = rule.fullwidth
                case .flag(let code, let message): flags.append((k, code, message))
                }
            }
        }
        var ordered = para.replaced.keys.sorted()
        ordered.removeAll { para.replaced[$0] == para.scalars[$0] }
        for k in ordered {
            let rule: RuleID = (para.scalars[k] == 0x28 || para.scalars[k] == 0x29)
                ? PParenWidth.id : Self.widthRule(for: para.scalars[k])!.id
            let start = para.offsets[k]
            edits.append(LocalEdit(rule, range: start..<(start + Int(para.lengths[k])),
                                   replacement: UTF8Scan.encode(para.replaced[k]!)))
        }
        for f in flags {
            let start = para.offsets[f.index]
            edits.append(LocalEdit(f.code, .flag, range: start..<(start + Int(para.lengths[f.index])), note: f.message))
        }
    }
}
