import Foundation
import Testing
@testable import ZhTidy

/// One row of `Fixtures/rules/rule-cases.tsv` (a copy of `shared/rule-cases.tsv`).
struct RuleCase: CustomTestStringConvertible, Sendable {
    var line: Int
    var rule: String
    var input: String
    var expected: String
    var note: String
    var testDescription: String { "\(rule) line \(line): \(input.prefix(24))" }

    /// Rows split on TAB only, with no quoting (several inputs begin with a literal `"`); `\n` in a
    /// field is a line break.
    static func load() -> [RuleCase] {
        let data = try! Fixtures.bytes("Fixtures/rules/rule-cases.tsv")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var rows: [RuleCase] = []
        for (n, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "\\n", with: "\n")
            }
            rows.append(RuleCase(line: n + 1, rule: f[0], input: f[1], expected: f[2], note: f.count > 3 ? f[3] : ""))
        }
        return rows
    }

    var mode: String? {
        guard let r = note.range(of: "mode=") else { return nil }
        return String(note[r.upperBound...].prefix { $0 != ";" && $0 != " " })
    }
}

/// The rows whose rules this build implements; the rules-engine issue widens this to every
/// non-NS rule.
enum ImplementedRules {
    static let rewriting: Set<String> = [
        "U-INVISIBLE", "P-COMMA-WIDTH", "P-SEMICOLON-WIDTH", "P-COLON-WIDTH", "P-EXCL-QUES-WIDTH",
        "P-PAREN-WIDTH", "P-PERIOD-WIDTH", "S-JOIN", "S-BLANK", "S-HAN-HAN",
        "U-FW-ALNUM", "U-FW-SYMBOL", "U-NFKC-DENY", "U-RADICAL", "U-CJK-COMPAT", "U-VERT-FORM", "U-SMALL-FORM",
        "U-HALFWIDTH-CJK", "U-LING", "N-DECIMAL", "N-TIME-RATIO", "E-ELLIPSIS", "E-PARA-OMISSION",
        "M-INTERPUNCT", "M-INITIAL", "M-EVENT-DATE", "D-DASH", "D-CONNECTOR", "D-RANGE", "D-HYPHEN-KEEP", "N-RANGE-UNIT",
        "Q-DOUBLE-STRAIGHT", "Q-CURLY-REPAIR", "Q-NEST", "Q-SINGLE-APOS", "Q-CORNER-CN",
    ]
    static let recognizers: Set<String> = ["NS-DATELINE", "NS-BYLINE-TRAIL", "NS-FIGREF", "NS-CONTINUATION"]
}

@Suite struct RuleCaseTests {
    static let all = RuleCase.load()

    @Test func tableIsInSyncWithTheReference() throws {
        // The project's copy must match the shared reference when it is present beside the repo.
        let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/rule-cases.tsv")
        guard let reference = try? Data(contentsOf: shared) else { return }
        #expect([UInt8](reference) == (try Fixtures.bytes("Fixtures/rules/rule-cases.tsv")))
    }

    @Test(arguments: all.filter { ImplementedRules.rewriting.contains($0.rule) && $0.mode == nil })
    func rewritingRule(_ row: RuleCase) throws {
        let result = Tidy.run(row.input)
        // The pipeline ends its output with one line feed; the table's expected text has none.
        var expected = Array(row.expected.utf8)
        if !expected.isEmpty { expected.append(0x0A) }
        #expect(result.output == expected,
                "\(row.rule): \(row.input.debugDescription) → \(result.outputString.debugDescription), expected \(row.expected.debugDescription)")
        if let flag = row.note.range(of: "flag=").map({ String(row.note[$0.upperBound...].prefix { $0 != ";" && $0 != " " }) }),
           row.mode == nil {
            #expect(result.edits.contains { $0.kind == .flag && $0.rule.rawValue == flag }, "missing flag \(flag)")
        }
        try Invariants.check(Array(row.input.utf8))
    }

    @Test(arguments: all.filter { ImplementedRules.recognizers.contains($0.rule) })
    func recognizer(_ row: RuleCase) {
        #expect(StructureLabels.labels(row.input) == row.expected)
    }
}
