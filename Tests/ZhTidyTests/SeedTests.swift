import Foundation
import Testing
@testable import ZhTidy

/// The seed page, end to end (issue: walking skeleton).
@Suite struct SeedTests {
    static let input = try! Fixtures.bytes("Fixtures/seed/input.txt")
    static let result = try! Tidy.run(input)

    @Test func goldenMarkdown() throws {
        try Fixtures.assertGolden(Self.result.output, "Fixtures/seed/expected.md")
    }

    @Test func invariants() throws {
        try Invariants.check(Self.input)
    }

    @Test func fourteenMidSentenceSplitsAreJoined() {
        let joins = Self.result.edits.filter { $0.rule == "S-JOIN" }
        #expect(joins.count == 14)
        // Each join deletes only the blank line(s) between the halves: nothing is inserted.
        for j in joins {
            #expect(j.after.isEmpty)
            #expect(j.kind == .fix)
            #expect(j.before.unicodeScalars.allSatisfy { $0 == "\n" || $0 == " " })
        }
        let out = Self.result.outputString
        for joined in ["统筹抓好“关键少数”", "要坚持压实责任", "“事事落实到位”的执行力", "快速响应处置", "抓实网格化精细管控",
                       "坚持“以人民为中心”", "精准研判污染源头", "良种选用", "潘店镇将", "每日顶着烈日巡查",
                       "闭环管理", "精准施策", "报备后，组织依法强拆", "持续落实动态巡查"] {
            #expect(out.contains(joined), "missing join: \(joined)")
        }
        // The word-internal breaks carry the dictionary's evidence.
        // (潘|店镇 is a place name ICU's dictionary does not know; the join rests on rule (b) there.)
        #expect(joins.contains { $0.note?.contains("精|准施") == true })
        #expect(joins.contains { $0.note?.contains("速响|应处") == true })
    }

    @Test func headingsAndBylinesStayOnTheirOwnLines() {
        let lines = Self.result.outputString.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 11)
        #expect(lines.filter { $0.hasPrefix("## ") }.count == 3)
        let bylines = lines.filter { $0.hasPrefix("（") && $0.hasSuffix("）") }
        #expect(bylines.count == 10)
        #expect(bylines.contains("（张志超 罗菲 李萌 文/图）"))
        #expect(bylines.contains("（洪门 文/图）"))
    }

    @Test func strayFragmentIsRemovedAndTheKeptCopyIsNamed() throws {
        let removals = Self.result.edits.filter { $0.rule == "NS-DUP-PARA" }
        #expect(removals.count == 1)
        let r = try #require(removals.first)
        #expect(r.kind == .remove)
        #expect(r.before.contains("魏海晓强调"))
        #expect(r.before.hasSuffix("精准研判污\n\n"))
        #expect(r.start.line == 35)
        // The kept copy is the 卫滨区 article's paragraph on line 59 of the input.
        #expect(r.note?.contains("59:1") == true)
        let out = Self.result.outputString
        let muye = try #require(out.range(of: "# 牧野区"))
        let weibin = try #require(out.range(of: "# 卫滨区领导调研"))
        #expect(!out[muye.upperBound..<weibin.lowerBound].contains("魏海晓"))
        #expect(out.contains("精准研判污染源头，快速调度处置"))
        // The 牧野区 article no longer ends mid-sentence, so nothing is flagged truncated.
        #expect(!Self.result.edits.contains { $0.rule == "NS-TRUNCATED" })
    }

    @Test func figureMarkersAreRemovedKeepingTheSentencePunctuation() {
        let figures = Self.result.edits.filter { $0.rule == "NS-FIGREF" }
        #expect(figures.map(\.before) == ["(如图)", "(如图)"])
        #expect(figures.allSatisfy { $0.kind == .remove })
        #expect(Self.result.outputString.contains("精准入土。"))
        #expect(Self.result.outputString.contains("现实危害。"))
        #expect(!Self.result.outputString.contains("如图"))
    }

    @Test func everyASCIIMarkInChineseContextIsFullwidth() {
        let out = Self.result.outputString
        for mark in [",", ";", ":", "!", "?", "(", ")"] { #expect(!out.contains(mark), "ASCII \(mark) left") }
        func count(_ rule: String, _ before: String) -> Int {
            Self.result.edits.filter { $0.rule.rawValue == rule && $0.before == before }.count
        }
        // 311 commas in all: 307 converted, 4 inside the removed stray fragment.
        let removed = Self.result.edits.filter { $0.kind == .remove }.map { $0.before.filter { $0 == "," }.count }.reduce(0, +)
        #expect(count("P-COMMA-WIDTH", ",") == 307)
        #expect(removed == 4)
        #expect(count("P-SEMICOLON-WIDTH", ";") == 10)
        #expect(count("P-EXCL-QUES-WIDTH", "!") == 2)
        #expect(count("P-PAREN-WIDTH", "(") == 17)  // 19 pairs less the two figure markers
        #expect(count("P-PAREN-WIDTH", ")") == 17)
    }

    @Test func protectedSpansAreUnchanged() {
        let out = Self.result.outputString
        for span in ["1.45亿元", "9.95%", "0.95个百分点", "“4+4”", "“党建+安全生产”", "文/图", "107国道", "1600吨"] {
            #expect(out.contains(span), "changed: \(span)")
        }
    }

    @Test func allFortySpacesSurvive() {
        let spaces = { (b: [UInt8]) in b.filter { $0 == 0x20 }.count }
        #expect(spaces(Self.input) == 40)
        #expect(spaces(Self.result.output) == 40)
    }

    @Test func outputEndsWithOneNewline() {
        #expect(Self.result.output.last == 0x0A)
        #expect(Self.result.output.dropLast().last != 0x0A)
        #expect(Self.result.output.first == 0x23)  // the leading blank lines are gone
    }
}
