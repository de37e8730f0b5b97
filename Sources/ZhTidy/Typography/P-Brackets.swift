/// P-BRACKET-DOCNO — the year of an official document number takes 六角括号 `〔〕`.
///
/// Source: GB/T 15834-2011 4.9 (国发〔2011〕3号); GB/T 9704; rules.md §4.2. After 1–12 Han
/// characters, a four-digit year in `[ ] ［］ 【】 ( ) （） 〔〕` followed by `\d{1,4}号` → `〔年〕`.
///
///     国办发[2023]12号  →  国办发〔2023〕12号
struct PBracketDocNo {
    static let id: RuleID = "P-BRACKET-DOCNO"
    static let summary = "Year in a document number → 〔2023〕"
}

/// P-BRACKET-SQUARE — ASCII square brackets around Han → `［］`.
///
/// Source: GB/T 15834-2011 4.9 (方括号, e.g. an author's nationality `［英］`); rules.md §4.2.
/// Digit-only content (`[1]`, reference markers) stays ASCII; `【】` and `〖〗` are left alone.
///
///     [英]赫胥黎  →  ［英］赫胥黎
struct PBracketSquare {
    static let id: RuleID = "P-BRACKET-SQUARE"
    static let summary = "[ ] around Han → ［］"
}

struct BracketStage: Stage {

    private static let opens: ScalarSet = [0x5B, 0xFF3B, 0x3010, 0x28, 0xFF08, 0x3014]
    private static let closes: ScalarSet = [0x5D, 0xFF3D, 0x3011, 0x29, 0xFF09, 0x3015]
    private static let hao = Scalars.of("号")[0]

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        collectEdits(document, &context, visit: { $0.features.contains(.brackets) }) { b, out in
            let mask = b.protectedMask()
            var k = b.contentStart
            while k < b.count {
                let c = b[k]
                // Document numbers: Han{1,12} [ yyyy ] \d{1,4}号
                if Self.opens.contains(c), k + 6 < b.count, k > 0, CharacterClass.isHan(b[k - 1]),
                   (1...4).allSatisfy({ b.at(k + $0).map(CharacterClass.isDigit) == true }),
                   let close = b.at(k + 5), Self.closes.contains(close) {
                    let digits = Scalars.run(b.s, from: k + 6, limit: 5, CharacterClass.isDigit)
                    if (1...4).contains(digits), b.at(k + 6 + digits) == Self.hao {
                        if c != 0x3014 { out.replace(b, k..<(k + 1), with: 0x3014, PBracketDocNo.id) }
                        if close != 0x3015 { out.replace(b, (k + 5)..<(k + 6), with: 0x3015, PBracketDocNo.id) }
                        k += 6
                        continue
                    }
                }
                // [ … ] with Han inside.
                if c == 0x5B, !mask[k] {
                    var j = k + 1
                    var han = false
                    while j < b.count && b[j] != 0x5D && b[j] != 0x5B && b[j] != 0x0A && j - k < 40 {
                        if CharacterClass.isHan(b[j]) { han = true }
                        j += 1
                    }
                    if j < b.count, b[j] == 0x5D, han {
                        out.replace(b, k..<(k + 1), with: 0xFF3B, PBracketSquare.id)
                        out.replace(b, j..<(j + 1), with: 0xFF3D, PBracketSquare.id)
                        k = j + 1
                        continue
                    }
                }
                k += 1
            }
        }
    }
}
