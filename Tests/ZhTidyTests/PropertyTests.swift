import Foundation
import Testing
@testable import ZhTidy

/// Random inputs built from the pieces extracted Chinese text is made of: Han characters,
/// punctuation of both widths, quotes, spaces, line breaks, figure markers, jump lines, datelines,
/// bylines and headings. Every one must come through without a crash, idempotent, and with every
/// Han character accounted for.
@Suite struct PropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that can stand anywhere inside a line.
    static let inline: [String] = [
        "会议", "要求", "推动", "精准", "施策", "红旗区", "〇", "一二", "⼈", "⺠", "新", "郎",
        ",", "，", ".", "。", ";", "；", ":", "：", "!", "！", "?", "？", "(", ")", "（", "）",
        "\"", "“", "”", "'", "‘", "’", "「", "」", "《", "》", "<<", ">>", "、", "…", "...", "——", "--", "-", "~",
        " ", "  ", "\u{3000}", "\t", "\u{200B}", "\u{00A0}", "（如图）", "(如图)",
        "1", "2024", "年", "6月", "8日", "%", "％", "１２", "Ａ", "iPhone", "http://x.cn/a?b=1", "a@b.cn",
    ]

    /// Whole lines: headings, datelines, bylines, running heads.
    static let lines: [String] = [
        "# 红旗区召开会议", "## 推广新技术 绘就丰收图", "（红旗宣）", "（张三 李四 文/图）",
        "新乡日报 2025年6月10日 星期二", "第1版 要闻", "— 1 —", "责任编辑：陈静", "图为执法人员现场勘验取证",
    ]

    /// Jump lines. S-JOIN judges a break on the text alone, so taking one out leaves nothing a
    /// second run would read differently: inputs with them keep every invariant, idempotence too.
    static let jumps = ["（下转第4版）", "（上接第1版）"]

    static func randomLine(_ g: inout SplitMix, jumps: Bool = false) -> String {
        if jumps && Int.random(in: 0..<8, using: &g) == 0 { return Self.jumps.randomElement(using: &g)! }
        if Int.random(in: 0..<6, using: &g) == 0 { return lines.randomElement(using: &g)! }
        let prefix = Int.random(in: 0..<5, using: &g) == 0 ? ["本报讯 ", "新华社北京6月8日电", "第一章 "].randomElement(using: &g)! : ""
        let n = Int.random(in: 1...24, using: &g)
        return prefix + (0..<n).map { _ in inline.randomElement(using: &g)! }.joined()
    }

    static func randomInput(_ g: inout SplitMix, jumps: Bool = false) -> String {
        let n = Int.random(in: 1...8, using: &g)
        return (0..<n).map { _ in randomLine(&g, jumps: jumps) }
            .joined(separator: ["\n", "\n\n", "\n\n\n", "\r\n"].randomElement(using: &g)!)
    }

    @Test func randomInputsKeepTheInvariants() throws {
        var g = SplitMix(state: 20261129)
        for _ in 0..<3000 {
            let input = Self.randomInput(&g)
            var options = Options()
            options.style = Bool.random(using: &g) ? .print : .web
            options.locale = Bool.random(using: &g) ? .hans : .hant
            try Invariants.check(Array(input.utf8), options: options)
        }
    }

    @Test func randomInputsWithJumpLinesKeepTheInvariants() throws {
        var g = SplitMix(state: 42)
        for _ in 0..<1000 {
            let input = Array(Self.randomInput(&g, jumps: true).utf8)
            try Invariants.check(input, sameKind: true)
        }
    }

    /// Hard-wrapped pages: short lines cut at random lengths from random text. Their output is
    /// read as Markdown on a second run, where random line lengths give the unwrapping nothing
    /// to go on, so these are checked for no crash and conservation; idempotence on wrapped input
    /// is checked on the real extracted pages (PageFixtureTests).
    @Test func randomRawPagesNeverCrashOrLoseText() throws {
        var g = SplitMix(state: 7)
        for _ in 0..<300 {
            let text = (0..<40).map { _ in Self.randomLine(&g) }.joined()
            var lines: [String] = []
            var rest = Substring(text)
            while !rest.isEmpty {
                let k = Int.random(in: 8...22, using: &g)
                lines.append(String(rest.prefix(k)))
                rest = rest.dropFirst(k)
            }
            let r = try Tidy.run(Array(lines.joined(separator: "\n").utf8))
            #expect(Tidy.apply(r.edits, to: r.input) == r.output)
            #expect(r.unaccountedHanCharacters.isEmpty)
        }
    }
}

/// Inputs the fuzzer found, kept as regressions: each must keep every invariant.
@Suite struct FuzzRegressionTests {
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Fixtures/fuzz").path)) ?? []).sorted()

    @Test(arguments: files)
    func fuzzFinding(_ name: String) throws {
        let input = try Fixtures.bytes("Fixtures/fuzz/\(name)")
        try Invariants.check(input, sameKind: true)
        // As the fuzzer also runs it: the stream, in pieces of about 1 KB.
        var stream = TidyStream(targetSize: 1024)
        let pieces = try stream.feed(input) + stream.finish()
        #expect(pieces.reduce(0) { $0 + $1.result.input.count } == input.count)
    }
}
