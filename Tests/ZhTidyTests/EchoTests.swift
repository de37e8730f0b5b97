import Testing
@testable import ZhTidy

/// NS-DUP-ECHO: an extractor's echo of a run of text (pymupdf4llm on Chromium's pages) is removed;
/// text that merely repeats is not.
@Suite struct EchoTests {
    private func tidy(_ s: String) throws -> (out: String, echoes: [[UInt8]]) {
        let r = try Tidy.run(Array(s.utf8))
        try Invariants.check(Array(s.utf8))
        return (r.outputString, r.edits.filter { $0.rule == NSDupEcho.id }.map { Array($0.before.utf8) })
    }

    /// A real echo (Chromium page 1, pymupdf4llm): every copy one character shorter, the last
    /// character doubled.
    @Test func anEchoDownToItsLastCharacterIsRemoved() throws {
        let r = try tidy("⻨收期间,肖存兴收期间,肖存兴期间,肖存兴间,肖存兴,肖存兴肖存兴存兴兴每日顶着烈日巡查地块。\n")
        #expect(Array(r.out.utf8) == Array("麦收期间，肖存兴每日顶着烈日巡查地块。\n".utf8))
        #expect(r.echoes == [Array("收期间,肖存兴期间,肖存兴间,肖存兴,肖存兴肖存兴存兴兴".utf8)])
    }

    /// Copies skipped (one to two at a time), and an echo cut short where a
    /// printed line ends (pymupdf4llm's space): both are echoes.
    @Test func skippedCopiesAndACutShortEcho() throws {
        let run = Array("和困难家庭面临劳动力短缺、农机调配难")
        let copies = [1, 2, 4, 6, 7, 10, 12, 13, 15, 16, 17].map { String(run[$0...]) }.joined()
        let skipped = try tidy(String(run) + copies + "等困境。\n")
        #expect(Array(skipped.out.utf8) == Array("和困难家庭面临劳动力短缺、农机调配难等困境。\n".utf8))
        let cut = try tidy("为抓住晴好天气抢抓抢种，肖存兴毅然放下住晴好天气抢抓抢种，肖存兴毅然放下晴好天气抢抓抢种，肖存兴毅然放下好天气抢抓抢种，肖存兴毅然放下 郑州繁忙的生意。\n")
        #expect(Array(cut.out.utf8) == Array("为抓住晴好天气抢抓抢种，肖存兴毅然放下郑州繁忙的生意。\n".utf8))
        #expect(cut.echoes.count == 1)
    }

    /// A run of three characters echoes with two copies (Chromium's bold dateline, pymupdf4llm):
    /// `本报讯报讯讯` is `本报讯`.
    @Test func aThreeCharacterRunsEcho() throws {
        let r = try tidy("本报讯报讯讯 近日，红旗区洪门镇综合行政执法大队开展专项整治行动。\n")
        #expect(Array(r.out.utf8) == Array("本报讯 近日，红旗区洪门镇综合行政执法大队开展专项整治行动。\n".utf8))
        #expect(r.echoes == [Array("报讯讯".utf8)])
        // (Two characters and their copy are no run: `谢谢谢`, `说说说`.)
        #expect(try tidy("他连声说谢谢谢，又说好好好。\n").echoes.isEmpty)
    }

    /// Repetition in text as written is no echo: reduplication, a rule of dashes, a laugh.
    /// An ideographic space ends a run as a space does: S-BLANK takes one off a line's end, and
    /// a second run must find the copy the first found (fuzz).
    @Test func aRunBeforeAnIdeographicSpaceIsARun() throws {
        let r = try Tidy.run(Array("# 推广粮食种植新技术 推广粮食种植新技术\u{3000}\n".utf8))
        #expect(r.edits.filter { $0.rule == NSDupRepeat.id }.count == 1)
        #expect(r.output == Array("# 推广粮食种植新技术\n".utf8))
    }

    @Test func repeatedTextIsKept() throws {
        for s in ["同志们研究研究，天天向上，常常看一看。\n", "————————————\n", "哈哈哈哈哈哈哈哈哈哈哈哈\n",
                  "他说：“好好好好，就这样。”\n", "编号1000000，面积100.00平方米。\n"] {
            #expect(try tidy(s).echoes.isEmpty, "\(s)")
        }
    }
}

/// NS-DUP-REPEAT: a run printed twice in a row (pymupdf4llm after a bold dateline on ReportLab's
/// pages) is one run; text that repeats as written is kept.
@Suite struct RepeatTests {
    @Test func aRunPrintedTwiceIsOne() throws {
        let page = "本报讯 近日,全市科  近日,全市科 技服务业现场推进会在红旗区召开。\n\n本报讯 6月8日,牧野 6月8日,牧野 6月8日,牧野 区召开大气污染防治攻坚调度会。\n"
        let r = try Tidy.run(Array(page.utf8))
        try Invariants.check(Array(page.utf8))
        #expect(r.edits.filter { $0.rule == NSDupRepeat.id }.count == 3)
        #expect(Array(r.outputString.utf8) == Array("本报讯 近日，全市科技服务业现场推进会在红旗区召开。\n\n本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。\n".utf8))
    }

    /// The space between the copies is counted in characters: an ideographic space is one (a
    /// title's, which S-TITLE-SEP makes a space; a second run found the copy the first missed).
    @Test func copiesAnIdeographicSpaceApart() throws {
        let text = "# 推广粮食种植撰技术技术\u{3000}绘就“一地双收”丰收图\u{3000}绘就“一地双收”丰收图\n"
        #expect(try tidyMarkdown(text).edits.filter { $0.rule == NSDupRepeat.id }.count == 1)
        // (Three spaces apart are no copy: the gap is the rule's one or two.)
        #expect(try Tidy.run(Array("本报讯 近日,全市科 \u{3000} 近日,全市科 技服务业。\n".utf8)).edits.allSatisfy { $0.rule != NSDupRepeat.id })
    }

    @Test func repeatedTextIsKept() throws {
        for s in ["同志们研究 研究，天天向上。\n", "哈哈哈哈 哈哈哈哈\n", "编号 2025 2025 号。\n", "他说“好的 好的”。\n"] {
            #expect(try Tidy.run(Array(s.utf8)).edits.allSatisfy { $0.rule != NSDupRepeat.id }, "\(s)")
        }
    }
}
