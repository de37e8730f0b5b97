import Testing
@testable import ZhTidy

/// MD-EMPHASIS: the bold pymupdf4llm marks on a title, dateline, running head or jump line is
/// taken out; bold inside running text stays.
@Suite struct EmphasisTests {
    @Test func boldOfARoleIsTakenOut() {
        #expect(tidy("### **红旗区召开座谈会**\n\n**本报讯** 6月8日，红旗区召开座谈会。")
                == "### 红旗区召开座谈会\n\n本报讯 6月8日，红旗区召开座谈会。")
        // A kicker set apart in bold, over its title.
        #expect(tidy("**封丘县潘店镇**\n\n# 推广粮食种植新技术\n\n本报讯 近日，该镇推广新技术。")
                == "封丘县潘店镇\n\n# 推广粮食种植新技术\n\n本报讯 近日，该镇推广新技术。")
    }

    @Test func runningHeadsAndJumpLinesAreRecognisedWithoutTheirBold() throws {
        let r = try Tidy.run(Array("**第** 1 **版 要闻**\n\n本报讯 6月8日，红旗区召开座谈会，部署工作。\n\n**(下转第** 4 **版)**\n".utf8))
        #expect(r.text == "本报讯 6月8日，红旗区召开座谈会，部署工作。\n")
        #expect(r.edits.contains { $0.rule == MarkdownEmphasis.id })
    }

    @Test func boldInsideRunningTextStays() {
        let s = "会议强调，要**坚持一体推进**，抓实深学细照。"
        #expect(tidy(s) == s)
        // An odd number of markers is left as it is.
        let odd = "### **红旗区召开座谈会"
        #expect(MarkdownEmphasis.markers(Scalars.of(odd)).isEmpty)
    }

    @Test func onlyMarkdownInput() {
        var wrapped = Options()
        wrapped.inputKind = .wrapped
        let s = "**本报讯** 6月8日，红旗区召开座谈会。\n"
        #expect(Tidy.run(s, options: wrapped).edits.allSatisfy { $0.rule != MarkdownEmphasis.id })
    }

    /// A bold span that runs on from one line of a paragraph to the next is judged on the lines
    /// joined, as S-JOIN joins them and a second run reads them.
    @Test func boldAcrossAParagraphsLines() throws {
        #expect(tidy("**红旗区召开树立和践行\n正确政绩观学习教育座谈会**") == "红旗区召开树立和践行正确政绩观学习教育座谈会")
        try Invariants.check(Array("**0\n-**\n".utf8))
        // (Bold inside running text stays, over two lines too.)
        #expect(tidy("会议强调，要**坚持一体\n推进**，抓实深学细照。") == "会议强调，要**坚持一体推进**，抓实深学细照。")
    }

    /// Bold is judged again once S-JOIN has joined paragraphs (a typography round), as a second
    /// run judges the joined text: `**0` ⏎ (form feed) ⏎ `& **` becomes one paragraph mid-run.
    @Test func boldIsJudgedAgainAfterJoins() throws {
        var options = Options()
        options.inputKind = .markdown
        for text in ["**0\u{01}\u{0C}& **", "**0\n#-0\n-**"] {
            try Invariants.check(Array(text.utf8), options: options)
        }
    }

    /// A heading line that opens with spaces (` ### **…**`) is a heading once S-INDENT has taken
    /// them: its bold goes in the first run, as a second run would take it.
    @Test func headingAfterSpaces() {
        let text = "第一段正文，内容在这里。\n\n ### **在红旗区召开全市科技服务业现场推进会议**\n\n**本报讯** 近日，全市推进会召开。\n"
        let once = Tidy.run(text).text
        #expect(once.contains("### 在红旗区召开全市科技服务业现场推进会议"))
        #expect(Tidy.run(String(decoding: once.bytes, as: UTF8.self)).text == once)
    }
}

/// MD-LIST-MARKER: the list marker pymupdf4llm sets before a paragraph that opens with a quotation
/// mark, or before a column's line printed apart, is taken out; a list as written keeps its
/// markers.
@Suite struct ListMarkerTests {
    @Test func aMarkerBeforeRunningTextGoes() throws {
        let line = "- “70 多岁还天天守在田间地头帮我们联系机器,真是老百姓的贴心人!”村民们纷纷点赞。\n"
        let r = try Tidy.run(Array(line.utf8))
        try Invariants.check(Array(line.utf8))
        #expect(r.edits.contains { $0.rule == MarkdownListMarker.id })
        #expect(Array(r.outputString.utf8) == Array("“70多岁还天天守在田间地头帮我们联系机器，真是老百姓的贴心人！”村民们纷纷点赞。\n".utf8))
        #expect(MarkdownListMarker.matches(Scalars.of("- (杨恒战罗菲)")))
        #expect(MarkdownListMarker.matches(Scalars.of("- 百姓的贴心人!”村民们纷纷点赞。据了解,助")))
    }

    @Test func aListAsWrittenKeepsItsMarkers() {
        for s in ["- 一、加强组织领导，压实责任。", "- 苹果", "- 1. 加强领导。", "- Apple, pear.", "-“无空格”，不是列表。"] {
            #expect(!MarkdownListMarker.matches(Scalars.of(s)), "\(s)")
        }
    }

    /// A marker after up to three spaces goes too: S-INDENT takes the spaces out, and a second
    /// run would find it unindented.
    @Test func aMarkerAfterSpacesGoes() throws {
        for line in [" - (0;\n", "   - “嵌套”的条目，缩进。\n", "\u{3000} - (0;res.e)"] {
            let r = try Tidy.run(Array(line.utf8))
            #expect(r.edits.contains { $0.rule == MarkdownListMarker.id }, "\(line)")
            try Invariants.check(Array(line.utf8))
        }
    }

    /// An item is judged with the lines that go on with it (up to a blank line, a heading or the
    /// next marker): S-JOIN-LINE may join them into its line, and a second run must judge the
    /// item the first run left alike (a fuzz finding: `- (1` ⏎ `!&@`).
    @Test func anItemIsJudgedWithTheLinesThatGoOnWithIt() throws {
        var options = Options()
        options.inputKind = .markdown
        // (`- (` ⏎ `2;`: a line of three bytes, whose item has its stop.)
        for text in ["真的  \n- (1\n!&@", "- “七十多岁还天天守在田\n间地头，帮我们联系机器", "- (\r2;"] {
            let once = try Tidy.run(Array(text.utf8), options: options)
            #expect(once.edits.contains { $0.rule == MarkdownListMarker.id }, "\(text)")
            try Invariants.check(Array(text.utf8), options: options)
        }
        // (Not past a blank line, a heading or another item; and S-JOIN joins no item to the
        // paragraph after it, mid-sentence or not: a list as written stays one.)
        for text in ["- 苹果\n\n梨，桃。\n", "- 苹果\n# 梨，桃。\n", "- 苹果\n- 梨，桃。\n", "- 号\u{0C}#.", "- (=\r\rs\"\"\"\";"] {
            let r = try Tidy.run(Array(text.utf8), options: options)
            #expect(r.edits.filter { $0.rule == MarkdownListMarker.id }.count <= 1, "\(text)")
            #expect(r.outputString.hasPrefix("- "), "\(text)")
            try Invariants.check(Array(text.utf8), options: options)
        }
        // (An empty item, `- ` whose space S-BLANK takes, is an item on the second run too.)
        try Invariants.check(Array("- \r;\r\r--".utf8), options: options)
        let list = "- 苹果\n- 香蕉\n\n今天天气很好，我们去公园。\n"
        #expect(Array(Tidy.run(list, options: options).outputString.utf8) == Array(list.utf8))
    }

    /// On a whole page (s16 xl-e02-p2, pymupdf4llm): the quoted paragraph comes out whole.
    @Test func onAPage() throws {
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("Fixtures/more/s16/pages/xl-e02-p2/pymupdf4llm_nfkc.md")).output, as: UTF8.self)
        #expect(out.components(separatedBy: "\n\n").contains { $0.hasPrefix("“70多岁还天天守在田间地头帮我们联系机器") })
    }
}
