import Testing
@testable import ZhTidy

/// S-JOIN, NS-DUP-PARA, NS-FIGREF, NS-TRUNCATED, S-BLANK, S-HAN-HAN, U-INVISIBLE.
@Suite struct SJoinTests {
    @Test(arguments: [
        ("曙光社区提前部署、精\n\n准施策。", "曙光社区提前部署、精准施策。"),
        ("以“时时放心不下”的责任感和“事事落实到位”\n\n的执行力，", "以“时时放心不下”的责任感和“事事落实到位”的执行力，"),
        ("对逾期拒不整改的，\n\n\n\n组织依法强拆。", "对逾期拒不整改的，组织依法强拆。"),
        ("会议指出(一是\n\n二是)要落实。", "会议指出（一是二是）要落实。"),
        ("共建成107\n\n个站点。", "共建成107个站点。"),
        ("他说：“我们要努力。\n\n这是大家的心愿。”", "他说：“我们要努力。这是大家的心愿。”"),
        ("We use the open\n\nsource tools", "We use the open source tools"),
        ("本报讯 近日,红旗区召开会议,要求\n\n全面落实。", "本报讯 近日，红旗区召开会议，要求全面落实。"),
    ])
    func joins(_ input: String, _ expected: String) {
        #expect(tidy(input) == expected)
    }

    @Test(arguments: [
        "近日，会议召开。\n\n会议要求，",
        "“真是老百姓的贴心人！”\n\n村民们纷纷点赞。",
        "会议要求：\n\n一是加强领导。",
        "要做到以下几点，\n\n一、加强领导。",
        "要做到以下几点，\n\n（一）加强领导。",
        "要做到以下几点，\n\n1.加强领导。",
        "要做到以下几点，\n\n①加强领导。",
        "要做到以下几点，\n\n第一，加强领导。",
        "精准研判污\n\n（牧野宣）",
        "精准研判污\n\n# 卫滨区领导调研",
        "# 封丘县\n\n## 七旬企业家返乡助农",
        "会议强调，要坚持\n\n本报讯 近日，另一篇报道。",
        "持续推进（下转第2版）\n\n# 另一篇报道",
        "他说：“我们要努力。\n\n“这是大家的心愿。”",  // a multi-paragraph quotation
    ])
    func keepsBreak(_ input: String) {
        #expect(tidy(input).contains("\n\n"), "joined: \(input.debugDescription)")
    }

    @Test func truncatedArticleIsFlaggedNotJoined() {
        let r = Tidy.run("本报讯 近日，会议召开。\n\n要精准研判污\n\n（牧野宣）")
        #expect(r.edits.contains { $0.rule == "NS-TRUNCATED" && $0.kind == .flag && $0.before == "污" })
        #expect(!r.edits.contains { $0.rule == "S-JOIN" })
    }

    /// The warning says so too (no other warning explains it), with the extractor setting to use
    /// for hard-wrapped text.
    @Test func truncatedArticleIsWarnedAbout() throws {
        let r = Tidy.run("本报讯 近日，会议召开。\n\n要精准研判污\n\n（牧野宣）")
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.contains("NS-TRUNCATED") == true)
        #expect(r.warnings.first?.contains("pdftotext -raw") == false)  // Markdown-like input
        let wrapped = try Tidy.run(Array("一篇报道的正文写到这里已经相当长了，\n要精准研判污\n（牧野宣）\n".utf8), options: {
            var o = Options(); o.inputKind = .wrapped; return o }())
        #expect(wrapped.warnings.first?.contains("pdftotext -raw") == true)
        #expect(Tidy.run("本报讯 近日，会议召开。\n\n要精准研判污染源头。\n\n（牧野宣）").warnings.isEmpty)
    }

    /// A paragraph that runs on past a jump line was joined to another box's text (S-JOIN judges
    /// the break on the text alone, which a second run reads without the jump line): the warning
    /// names the jump line, the output line and the extractor setting to use. A jump line at a
    /// paragraph's end or start, or one printed inside a line, gets none.
    @Test func aParagraphRunOnPastAJumpLineIsWarnedAbout() {
        let r = Tidy.run("本报讯 近日，会议召开，党员班长带队攻坚贵\n\n（下转第4版）\n\n伴随着阵阵轰鸣，大豆种子精准入土。")
        #expect(Array(r.output.utf8String.utf8) == Array("本报讯 近日，会议召开，党员班长带队攻坚贵伴随着阵阵轰鸣，大豆种子精准入土。\n".utf8))
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.hasPrefix("a paragraph runs on past the jump line （下转第4版） (output line 1)") == true)
        #expect(r.warnings.first?.contains("pdftotext -raw") == true)
        for text in ["本报讯 近日，会议召开。\n\n要精准研判污\n\n（下转第2版）\n\n# 另一篇报道\n\n本报讯 近日，另一篇。",
                     "# 标题\n\n（上接第1版）\n\n精准研判污染源头。",
                     "本报讯 近日，会议召开。\n\n（下转第2版）\n\n本报讯 近日，另一篇。",
                     // (Printed inside a line: nothing was read into it by a join.)
                     "各版之间用（下转第 4 版）这样的转版说明连接。"] {
            #expect(Tidy.run(text).warnings.isEmpty, "\(text.debugDescription)")
        }
    }

    /// A jump line named inside a Markdown code span is text, not a jump line to take out: on a
    /// short line and on a long Markdown paragraph (cut at its jump markers byte by byte), where
    /// the same words outside code are taken out.
    @Test func aJumpLineInACodeSpanIsText() {
        let short = Tidy.run("各版之间用`（下转第4版）`这样的转版说明连接。")
        #expect(Array(short.output) == Array("各版之间用`（下转第4版）`这样的转版说明连接。\n".utf8))
        #expect(!short.edits.contains { $0.rule == "NS-CONTINUATION" })
        let head = String(repeating: "本报讯 近日，会议召开。", count: 20), tail = String(repeating: "会议要求，下一步要精准对标。", count: 5)
        let code = Tidy.run(head + "各版之间用`（下转第4版）`这样的转版说明连接。" + tail)
        #expect(!code.edits.contains { $0.rule == "NS-CONTINUATION" })
        #expect(code.outputString.contains("`（下转第4版）`"))
        let prose = Tidy.run(head + "各版之间用（下转第4版）这样的转版说明连接。" + tail)
        #expect(prose.edits.contains { $0.rule == "NS-CONTINUATION" })
    }

    /// An article that goes on on a later page is not cut off: a jump line right after its last
    /// paragraph, or (as pdfminer.six prints a page's boxes) elsewhere on its page.
    @Test func anArticleThatJumpsIsNotTruncated() {
        for text in ["本报讯 近日，会议召开。\n\n要精准研判污\n\n（下转第2版）\n\n# 另一篇报道\n\n本报讯 近日，另一篇。",
                     "本报讯 近日，会议召开。\n\n要精准研判污\n\n# 另一篇报道\n\n本报讯 近日，另一篇。\n\n（下转第2版）"] {
            let r = Tidy.run(text)
            #expect(r.edits.contains { $0.rule == "NS-CONTINUATION" }, "\(text.debugDescription)")
            #expect(!r.edits.contains { $0.rule == "NS-TRUNCATED" }, "\(text.debugDescription)")
            #expect(r.warnings.isEmpty)
        }
        // (One jump line excuses one paragraph.)
        let two = Tidy.run("要精准研判污\n\n# 另一篇报道\n\n本报讯 近日，另一篇要\n\n# 第三篇\n\n正文。\n\n（下转第2版）")
        #expect(two.edits.filter { $0.rule == "NS-TRUNCATED" }.count == 1)
    }

    @Test func joinRecordsItsEvidence() throws {
        let r = Tidy.run("曙光社区提前部署、精\n\n准施策。")
        let join = try #require(r.edits.first { $0.rule == "S-JOIN" })
        #expect(join.before == "\n\n")
        #expect(join.after == "")
        #expect(join.note?.contains("精|准施") == true)
    }
}

/// S-JOIN-PAST-BYLINE: a paragraph's rest printed after its article's closing byline.
@Suite struct JoinPastBylineTests {
    @Test(arguments: [
        // (The break splits a word: 繁|忙.)
        ("肖存兴毅然放下郑州繁\n\n（杨恒战 罗菲）\n\n忙的生意返乡助农。",
         "肖存兴毅然放下郑州繁忙的生意返乡助农。\n\n（杨恒战 罗菲）\n"),
        // (The rest opens with a pause mark.)
        ("全力做好保障服务，同向发力、同频共振\n\n（卫滨宣）\n\n，共同推动陆航片区综合开发。",
         "全力做好保障服务，同向发力、同频共振，共同推动陆航片区综合开发。\n\n（卫滨宣）\n"),
    ])
    func joins(_ input: String, _ expected: String) throws {
        let r = Tidy.run(input)
        #expect(r.output == Array(expected.utf8), "\(r.outputString.debugDescription)")
        let e = try #require(r.edits.first { $0.rule == SJoinPastByline.id })
        #expect(e.note?.contains("after the byline") == true)
    }

    @Test(arguments: [
        // (A paragraph that opens so, after a sentence cut off before the byline: text was lost.)
        "要精准研判污染源头，\n\n（牧野宣）\n\n下一步，该大队将持续落实动态巡查管控机制。",
        // (A sentence's end before the byline.)
        "确保处置规范、合法。\n\n（洪门 文/图）\n\n下一步，该大队将持续落实动态巡查管控机制。",
        // (A title after the byline.)
        "要精准研判污\n\n（牧野宣）\n\n# 卫滨区领导调研",
    ])
    func keepsTheByline(_ input: String) {
        let r = Tidy.run(input)
        #expect(!r.edits.contains { $0.rule == SJoinPastByline.id }, "\(r.outputString.debugDescription)")
    }
}

/// S-JOIN-BACK: a paragraph's rest printed up to three paragraphs before it.
@Suite struct JoinBackTests {
    @Test func theRestPrintedBeforeGoesToTheEnd() throws {
        let input = "保数据平稳。要聚焦控尘控车。\n\n魏海晓强调，要确保各项工作落实。\n\n魏海晓指出，要快速调度处置，确\n\n（卫滨宣）"
        let r = Tidy.run(input)
        #expect(r.output == Array("魏海晓强调，要确保各项工作落实。\n\n魏海晓指出，要快速调度处置，确保数据平稳。要聚焦控尘控车。\n\n（卫滨宣）\n".utf8),
                "\(r.outputString.debugDescription)")
        let e = try #require(r.edits.first { $0.rule == SJoinBack.id })
        #expect(e.note?.contains("确|保") == true)
        #expect(e.note?.contains("2 paragraphs before") == true)
    }

    @Test(arguments: [
        // (The dictionary alone: `确保` is printed nowhere else.)
        "保数据平稳。要聚焦控尘控车。\n\n魏海晓强调，要抓好各项工作落实。\n\n魏海晓指出，要快速调度处置，确\n\n（卫滨宣）",
        // (A paragraph opening with a sentence's end: an extractor's squeezed mark, no evidence.)
        "。针对道路通行不畅等问题，他现场予以解决。\n\n村民们纷纷点赞。\n\n优先保障困难家庭的麦收\n\n（杨恒战 罗菲）",
        // (Running text after P: S-JOIN's to read on.)
        "保数据平稳。要聚焦控尘控车。\n\n魏海晓强调，要确保各项工作落实。\n\n魏海晓指出，要快速调度处置，确\n\n要坚持问题导向。",
    ])
    func staysWithoutEvidence(_ input: String) {
        let r = Tidy.run(input)
        #expect(!r.edits.contains { $0.rule == SJoinBack.id }, "\(r.outputString.debugDescription)")
    }
}

@Suite struct DupParaTests {
    static let stray = "魏海晓强调，要坚决落实“昼清夜查、内清外拦”的工作要求，充分发挥调度中心高效联动、精准研判污"
    static let page = """
        # 牧野区召开会议

        本报讯 6月8日，牧野区召开会议。

        \(stray)

        （牧野宣）

        # 卫滨区领导夜查

        本报讯 近日，卫滨区开展夜查。

        \(stray)

        染源头，快速调度处置，确保数据平稳。

        （卫滨宣）
        """

    @Test func strayCopyIsRemovedWithTheKeptPlace() throws {
        let r = Tidy.run(Self.page)
        let removal = try #require(r.edits.first { $0.rule == "NS-DUP-PARA" })
        #expect(removal.kind == .remove)
        #expect(removal.start == SourcePosition(line: 5, column: 1))
        #expect(removal.note?.contains("kept at 13:1") == true)
        let out = r.outputString
        #expect(out.components(separatedBy: "魏海晓强调").count == 2)
        #expect(out.contains("精准研判污染源头"))
        #expect(!r.edits.contains { $0.rule == "NS-TRUNCATED" })
        try Invariants.check(Array(Self.page.utf8))
    }

    /// Two identical complete paragraphs apart in the text: which is stray is unclear, so both
    /// stay, flagged.
    @Test func identicalCompleteParagraphsAreBothKeptAndFlagged() {
        let p = "区委书记李博主持会议并讲话，区委常委、宣传部长张馨元出席会议。"
        let between = "会议传达近期全市大气污染防治推进会精神。\n\n李博强调，要认清严峻形势。\n\n会前，李博带队开展实地督导。"
        let r = Tidy.run("\(p)\n\n\(between)\n\n\(p)")
        #expect(r.text == "\(p)\n\n\(between)\n\n\(p)\n")
        #expect(r.edits.filter { $0.rule == "NS-DUP-PARA" }.map(\.kind) == [.flag])
    }

    /// The same complete paragraph again within two blocks is an extractor's repeat of its block
    /// (pymupdf4llm on Chromium's pages): the later copy goes.
    @Test func aRepeatedBlockNearbyIsOneParagraph() throws {
        let p = "区委书记李博主持会议并讲话，区委常委、宣传部长张馨元出席会议。"
        for text in ["\(p)\n\n\(p)", "\(p)\n\n（牧野宣）\n\n\(p)"] {
            let r = Tidy.run(text)
            #expect(r.outputString.components(separatedBy: "区委书记李博").count == 2, "\(text)")
            #expect(r.edits.filter { $0.rule == "NS-DUP-PARA" }.map(\.kind) == [.remove])
            try Invariants.check(Array(text.utf8))
        }
    }

    @Test func shortParagraphsAreNotCompared() {
        let r = Tidy.run("会议要求，抓好\n\n（红旗宣）\n\n会议要求，抓好落实。")
        #expect(!r.edits.contains { $0.rule == "NS-DUP-PARA" })
    }

    /// In extracted text, a copy cut off where it ends is taken out before S-JOIN reads
    /// paragraphs on: left in, it would be read on into the block after it. pymupdf4llm repeats
    /// the first lines of a block on Chromium's page (`本报讯 近日，全市科技服务业现场推` over
    /// `9.95%，…` and `邓国永指出，…` of the columns glued beside it); the paragraph under it then
    /// stands alone, as printed. (In Markdown a person wrote, copies are judged on whole
    /// paragraphs only.)
    @Test func aCutOffCopyGoesBeforeParagraphsAreJoined() throws {
        let input = try Fixtures.bytes("Fixtures/more/s10/pages/cr-e02-p1/pymupdf4llm_nfkc.md")
        let r = try Tidy.run(input)
        let paragraph = "邓国永指出，陆航片区对于激活铁西片区发展动能、提升老城区功能品质具有重要意义。要始终坚持“以人民为中心”的发展思想，"
        #expect(r.outputString.contains("\n\n" + paragraph))
        #expect(!r.outputString.contains("现场推9.95%，高于全市平均水平0.95个百分邓国永指出"))
        #expect(r.unaccountedHanCharacters.isEmpty)
    }

    @Test func aCopyWhoseTwinIsAlsoCutOffStays() {
        let r = Tidy.run("\(Self.stray)\n\n（牧野宣）\n\n\(Self.stray)\n\n（卫滨宣）")
        #expect(!r.edits.contains { $0.rule == "NS-DUP-PARA" && $0.kind == .remove })
    }
}

@Suite struct FigRefTests {
    @Test(arguments: [
        ("精准入土(如图)。", "精准入土。"),
        ("精准入土（如图）。", "精准入土。"),
        ("现场情况（见图①）。", "现场情况。"),
        ("现场情况（如图2）。", "现场情况。"),
        ("现场情况（见图三）。", "现场情况。"),
        ("现场情况（见上图）。", "现场情况。"),
        ("现场情况（资料图片）。", "现场情况。"),
        ("现场情况（图①）。", "现场情况。"),
    ])
    func removed(_ input: String, _ expected: String) {
        #expect(tidy(input) == expected)
        #expect(Tidy.run(input).edits.contains { $0.rule == "NS-FIGREF" && $0.kind == .remove })
    }

    @Test func proseMentionsAndCreditsStay() {
        #expect(tidy("如图所示，产量增长。") == "如图所示，产量增长。")
        #expect(tidy("现场情况（如图所示）。") == "现场情况（如图所示）。")
        #expect(tidy("（张志超 罗菲 李萌 文/图）") == "（张志超 罗菲 李萌 文/图）")
        #expect(tidy("（本报记者摄）") == "（本报记者摄）")
    }

    @Test func optionKeepsMarkers() {
        var o = Options()
        o.removeFigureMarkers = false
        #expect(tidy("精准入土(如图)。", options: o) == "精准入土（如图）。")
    }
}

@Suite struct WhitespaceTests {
    @Test func blankLines() {
        #expect(Tidy.run("\n\n第一段。   \n\n\n\n第二段。\n\n\n").text == "第一段。\n\n第二段。\n")
        #expect(Tidy.run("").output == [])
        #expect(Tidy.run(" \n\u{3000}\n").output == [])
        #expect(Tidy.run("一段").text == "一段\n")
    }

    @Test func hanHanSpacesOnlyInBodyText() {
        #expect(tidy("区委 书记刘怀斌主持会议") == "区委书记刘怀斌主持会议")
        #expect(tidy("本报讯 近日，区委 书记到场。") == "本报讯 近日，区委书记到场。")
        #expect(tidy("本报讯 （记者 焦耀 通讯员 王凯杰）安全 生产") == "本报讯 （记者 焦耀 通讯员 王凯杰）安全生产")
        #expect(tidy("# 推广粮食种植新技术 绘就丰收图") == "# 推广粮食种植新技术 绘就丰收图")
        #expect(tidy("（杨恒战 罗菲）") == "（杨恒战 罗菲）")
        #expect(tidy("图为执法人员现场勘验取证 本报记者 张三 摄") == "图为执法人员现场勘验取证 本报记者 张三 摄")
    }

    @Test func invisibleCharacters() {
        #expect(tidy("红旗\u{200B}区") == "红旗区")
        #expect(tidy("\u{FEFF}本报讯 近日，") == "本报讯 近日，")
        #expect(tidy("新乡\u{00A0}日报") == "新乡日报")
        #expect(tidy("第一段。\r\n\r\n第二段。") == "第一段。\n\n第二段。")
        #expect(tidy("第一段。\r\r第二段。") == "第一段。\n\n第二段。")
        #expect(tidy("软\u{00AD}件") == "软件")
        #expect(tidy("控制\u{0007}字符") == "控制字符")
        #expect(tidy("👨\u{200D}👩") == "👨\u{200D}👩")
        #expect(tidy("a\tb") == "a b")
    }
}

@Suite struct IssuePagesTests {
    @Test func linesRepeatedAtPageEdgesAreRunningHeads() throws {
        let body = "本报讯 近日，全市科技服务业现场推进会召开，会议通报了全市科技服务业运行情况。"
        let page1 = Array("滨海之声\n\n\(body)\n\n（红旗宣）\n\n第 1 页".utf8)
        let page2 = Array("滨海之声\n\n\(body)\n\n（红旗宣）\n\n第 2 页".utf8)
        let results = try Tidy.run(pages: [page1, page2])
        for r in results {
            #expect(r.text == "\(body)\n\n（红旗宣）\n", "\(r.outputString)")
            #expect(r.edits.filter { $0.rule == "NS-PAGE-HEADER" && $0.kind == .remove }.count == 2)
        }
        // One page alone: nothing repeats, nothing is taken.
        let alone = try Tidy.run(page1)
        #expect(alone.outputString.hasPrefix("滨海之声"))
    }

    /// A head whose weekday lost its day (`星期　`) is a head still, spaced or glued: a first run
    /// takes it out, so a second finds nothing to take (found by the fuzzer).
    @Test func aHeadWithItsWeekdayLost() {
        let body = "本报讯 近日，全市科技服务业现场推进会召开，会议通报了全市科技服务业运行情况。"
        for head in ["2025年6月10日 星期\u{3000} 新乡日报", "2025年6月10日星期新乡日报"] {
            #expect(tidy("\(head)\n\n\(body)\n") == body, "\(head)")
        }
        // (A garbled weekday, an ideographic space after it: typography closes both spaces, so
        // the first run reads the head as the second will, glued: `…10日星朞新乡日报`.)
        for head in ["2025年6月10日 星朞\u{3000} 新乡日报 ", "2025年6月10日星朞新乡日报"] {
            #expect(tidy("\(head)\n\n\(body)\n") == body, "\(head)")
        }
    }

    @Test func pageMetadataIsKept() throws {
        let page = Array("""
            新乡日报 2025年6月10日 星期二
            第1版 要闻 责任编辑：陈静
            牧野区召开大气污染防治攻坚调度会
            本报讯 6月8日，牧野区召开大气污染防治攻坚调度
            会。区委书记李博主持会议并讲话，区委常委、宣传部长
            张馨元、马超峰出席会议。
            会议传达近期全市大气污染防治推进会精神，复盘上
            周大气污染防治集中攻坚工作，分析当前形势，压实攻坚
            责任，细化关键举措，全力打赢蓝天保卫战，为全区高质
            量发展筑牢生态屏障。
            （下转第4版）
            — 1 —
            """.utf8)
        let r = try Tidy.run(page)
        #expect(r.inputKind == .wrapped)
        #expect(r.page.paper == "新乡日报")
        #expect(r.page.date == "2025年6月10日")
        #expect(r.page.page == "1")
        #expect(r.page.section == "要闻")
        #expect(r.page.editors["责任编辑"] == "陈静")
        #expect(r.page.jumps == [PageInfo.Jump(direction: "to", page: "4")])
        #expect(r.text == """
            # 牧野区召开大气污染防治攻坚调度会

            本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。区委书记李博主持会议并讲话，区委常委、宣传部长张馨元、马超峰出席会议。

            会议传达近期全市大气污染防治推进会精神，复盘上周大气污染防治集中攻坚工作，分析当前形势，压实攻坚责任，细化关键举措，全力打赢蓝天保卫战，为全区高质量发展筑牢生态屏障。

            """)
    }
}

/// S-JOIN is judged on the text alone. A jump marker taken out of the text leaves nothing a second
/// run could see, so a paragraph it ended mid-sentence is joined to the body text after it, as a
/// second run would join it (idempotence; the jump is kept in the page metadata). Before a
/// heading, dateline or byline the break stays, as always.
@Suite struct JumpJoinTests {
    @Test func theJoinIsTheSameWithTheMarkerAndWithout() {
        let marked = tidy("要持续推进（下转第2版）\n\n组织开展整治工作。")
        let bare = tidy("要持续推进\n\n组织开展整治工作。")
        #expect(marked == bare)
        #expect(tidy(String(decoding: marked.bytes, as: UTF8.self)) == marked)
    }
}
