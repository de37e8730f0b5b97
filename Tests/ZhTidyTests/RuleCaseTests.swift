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

extension RuleCase {
    /// The options for the row's `mode=` (rules.md §0.1).
    var options: Options {
        var o = Options()
        switch mode {
        case "zh-TW", "zh-HK": o.locale = .hant
        case "zh-CN-pangu": o.style = .web
        case "zh-CN-indent": o.indent = true
        case "zh-CN-keep-corner": o.keepCornerBrackets = true
        default: break
        }
        return o
    }

    /// The flag code the note asks for (`flag=CODE`), unless it belongs to another mode.
    var expectedFlag: String? {
        guard let r = note.range(of: "flag=") else { return nil }
        let code = String(note[r.upperBound...].prefix { $0 != ";" && $0 != " " })
        // `flag=O-REPEAT in strict-style` describes an option, not the default pipeline.
        return note.contains("strict-style") ? nil : code
    }
}

/// Rows of the reference we are convinced are wrong for the default pipeline, with the reason
/// (reported in the closing note so the reference can be corrected). A test asserts that these
/// are exactly the rows that fail.
enum Disagreements {
    static let rows: [Int: String] = [
        // The walking-skeleton issue makes figure-marker removal the default (NS-FIGREF), while
        // rules.md §5.5 keeps markers by default. These rows expect the marker kept: they pass
        // with `--keep-figure-markers` (asserted below).
        164: "S-PUNCT-ADJ `（ 如图 ）`: the line is a figure marker, removed by default",
        207: "O-FIGREF-POS `精准入土（如图）。`: the marker is removed by default",
        208: "O-FIGREF-POS `精准入土。（如图）`: removed by default (the O-FIGREF-AFTER-POINT flag is still raised)",
    ]

    /// The options under which each disagreeing row passes as written.
    static func optionsWhereItPasses(_ row: RuleCase) -> Options {
        var o = row.options
        o.removeFigureMarkers = false
        return o
    }
}

@Suite struct RuleCaseTests {
    static let all = RuleCase.load()

    @Test func tableIsInSyncWithTheReference() throws {
        // The project's copy must match the shared reference when it is present beside the repo.
        let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/rule-cases.tsv")
        guard let reference = try? Data(contentsOf: shared) else { return }
        #expect([UInt8](reference) == (try Fixtures.bytes("Fixtures/rules/rule-cases.tsv")))
    }

    /// Every non-NS row, through the whole pipeline in the row's mode.
    static let rewriting = all.filter { !$0.rule.hasPrefix("NS-") }

    static func passes(_ row: RuleCase, options: Options? = nil) -> (Bool, String) {
        let result = Tidy.run(row.input, options: options ?? row.options)
        // The pipeline ends its output with one line feed; the table's expected text has none.
        var expected = Array(row.expected.utf8)
        if !expected.isEmpty { expected.append(0x0A) }
        var ok = result.output == expected
        var why = "\(row.input.debugDescription) → \(result.outputString.debugDescription), expected \(row.expected.debugDescription)"
        if let flag = row.expectedFlag, !result.edits.contains(where: { $0.kind == .flag && $0.rule.rawValue == flag }) {
            ok = false
            why += "; missing flag \(flag)"
        }
        return (ok, why)
    }

    @Test(arguments: rewriting.filter { Disagreements.rows[$0.line] == nil })
    func rewritingRule(_ row: RuleCase) throws {
        let (ok, why) = Self.passes(row)
        #expect(ok, "\(row.rule) line \(row.line): \(why)")
        try Invariants.check(Array(row.input.utf8), options: row.options)
    }

    @Test(arguments: rewriting.filter { Disagreements.rows[$0.line] != nil })
    func disagreeingRowPassesWithItsOption(_ row: RuleCase) {
        let (ok, why) = Self.passes(row, options: Disagreements.optionsWhereItPasses(row))
        #expect(ok, "line \(row.line): \(why)")
    }

    @Test func disagreementsAreExactlyTheFailingRows() {
        let failing = Set(Self.rewriting.filter { !Self.passes($0).0 }.map(\.line))
        #expect(failing == Set(Disagreements.rows.keys), "failing rows: \(failing.sorted())")
    }

    /// The recognizers this build has; NS-TITLE, NS-CAPTION labels, NS-BYLINE-LEAD, NS-EDITOR,
    /// NS-PAGE-HEADER and NS-SECTION-LABEL come with the raw-extractor and articles issues.
    static let recognizers: Set<String> = ["NS-DATELINE", "NS-BYLINE-TRAIL", "NS-FIGREF", "NS-CONTINUATION"]

    @Test(arguments: all.filter { recognizers.contains($0.rule) })
    func recognizer(_ row: RuleCase) {
        #expect(StructureLabels.labels(row.input) == row.expected)
    }
}
