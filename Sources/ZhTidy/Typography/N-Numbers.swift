/// N-DECIMAL — the decimal point is a baseline dot.
///
/// Source: GB/T 15835-2011 5.1.2; rules.md §4.8. `\d[。．]\d` → `\d.\d`. Grouping is kept as
/// written; `\d，\d{3}` is flagged N-FW-GROUPING, a bare leading point `.46` N-NO-LEADING-ZERO.
///
///     1。45亿元  →  1.45亿元
struct NDecimal {
    static let id: RuleID = "N-DECIMAL"
    static let summary = "Decimal point between digits → ."
}

/// N-TIME-RATIO — the colon between digits is ASCII.
///
/// Source: GB/T 15835-2011 5.1.5 (`15:40`); rules.md §4.8. `\d：\d` → `\d:\d` (times, scores,
/// ratios); U+2236 `∶` is kept.
///
///     上午8：30  →  上午8:30
struct NTimeRatio {
    static let id: RuleID = "N-TIME-RATIO"
    static let summary = "Fullwidth colon between digits → :"
}

/// Number repair, before the dash and width rules look at numbers.
struct NumberRepairStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        // 。 E3 80 82, ． EF BC 8E, ： EF BC 9A, ， EF BC 8C, and ASCII `.`
        collectEdits(document, &context, visit: { $0.features.contains(.digit) && !$0.features.isDisjoint(with: [.digitMark, .asciiDot]) }) { b, out in
            for k in 1..<max(1, b.count - 1) {
                let c = b[k]
                guard CharacterClass.isDigit(b[k - 1]), CharacterClass.isDigit(b[k + 1]) else {
                    if c == 0x2E, CharacterClass.isDigit(b[k + 1]), !CharacterClass.isDigit(b[k - 1]),
                       b[k - 1] != 0x2E, !CharacterClass.isLatin(b[k - 1]) {
                        out.flag(b, k..<(k + 1), "N-NO-LEADING-ZERO", "a number with no digit before its decimal point")
                    }
                    continue
                }
                switch c {
                case 0x3002, 0xFF0E: out.replace(b, k..<(k + 1), with: 0x2E, NDecimal.id)
                case 0xFF1A: out.replace(b, k..<(k + 1), with: 0x3A, NTimeRatio.id)
                case 0xFF0C:
                    let three = (1...3).allSatisfy { b.at(k + $0).map(CharacterClass.isDigit) ?? false }
                    let fourth = b.at(k + 4).map(CharacterClass.isDigit) ?? false
                    if three && !fourth {
                        out.flag(b, k..<(k + 1), "N-FW-GROUPING", "a fullwidth comma inside a number")
                    }
                default: break
                }
            }
            if b.count > 1, b[0] == 0x2E, CharacterClass.isDigit(b[1]) {
                out.flag(b, 0..<1, "N-NO-LEADING-ZERO", "a number with no digit before its decimal point")
            }
        }
    }
}
