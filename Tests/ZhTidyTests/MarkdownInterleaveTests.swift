import Foundation
import Testing
@testable import ZhTidy

/// LAYOUT-INTERLEAVED on Markdown (pymupdf4llm): a block whose lines alternate between two
/// columns is read column by column; a short line that ends a sentence ends a paragraph.
@Suite struct MarkdownInterleaveTests {
    /// A real pymupdf4llm block (XeLaTeX page 1): the dateline paragraph's lines alternate with
    /// the next column's.
    static let block = "**本报讯** 6 月 8 日,红旗区召开树立和践 重点任务,持续推动全区树立和践行正确政 行正确政绩观学习教育座谈会,深入学习贯 "
        + "绩观学习教育走深走实、落地落细。区委书 彻习近平总书记关于树立和践行正确政绩观 记、区长刘怀斌主持会议并讲话,区领导李 "
        + "的重要论述、重要指示精神,传达学习中央党 向军、郭潇潇、王平平、郭琴、邵自卿、万鹏、"

    @Test func alternatingLinesAreToldApart() throws {
        let wb = try WordBreaker()
        let cut = InterleavedColumns.markdownSegments(Scalars.of(Self.block), width: 18)
        #expect(cut.count == 8)
        let columns = try #require(InterleavedColumns.alternating(cut, wb))
        #expect(columns == [[0, 2, 4, 6], [1, 3, 5, 7]])
    }

    /// A jump line is a printed line of its own with ASCII brackets after NFKC as with fullwidth
    /// ones: the running head before it is no part of it, and the text after it opens a column's
    /// line (`…第** 3 **版 (上接第** 1 **版)** 州 1600 吨…`).
    @Test func aJumpLineWithASCIIBracketsIsALineOfItsOwn() throws {
        for open in ["(", "（"] {
            let close = open == "(" ? ")" : "）"
            let line = "2025 年 6 月 10 日 星期二 **综合新闻 第** 3 **版 \(open)上接第** 1 **版\(close)** 州 1600 吨超大吨位移动模架项目,创新多机"
            let cut = InterleavedColumns.markdownSegments(Scalars.of(line), width: 25).map(Scalars.string)
            #expect(cut.contains("\(open)上接第** 1 **版\(close)**"))
            #expect(cut.contains { $0.hasPrefix("州 1600 吨") })
        }
        let out = try Tidy.run(try Fixtures.bytes("Fixtures/more/s6/pages/xl-e01-p3/pymupdf4llm_nfkc.md")).outputString
        #expect(out.contains("州1600吨超大吨位移动模架项目，创新多机协同吊装模式，提前圆满完成生产任务。"))
    }

    @Test func textReadInOrderIsLeftAsItIs() throws {
        let wb = try WordBreaker()
        // The same lines, one column: reading them as printed is best.
        let one = "本报讯 6 月 8 日,红旗区召开树立和践 行正确政绩观学习教育座谈会,深入学习贯 彻习近平总书记关于树立和践行正确政绩观 "
            + "的重要论述、重要指示精神,传达学习中央党 的建设工作领导小组专项工作部署,以及省、"
        #expect(InterleavedColumns.alternating(InterleavedColumns.markdownSegments(Scalars.of(one), width: 18), wb) == nil)
    }

    /// On whole pages: a paragraph read from alternating lines comes out whole (`本报讯 近日，红旗区
    /// 向阳街道…落地见效。`, XeLaTeX), and a paragraph's short last line ends it inside a block
    /// (`…吕晖一同参加。` then `魏海晓先后到…`, ReportLab), also in a block of three lines
    /// (`…安全防线。 (周柯园)`, Chromium).
    @Test(arguments: [("xl-e01-p1", "本报讯 近日，红旗区向阳街道人大工委"), ("rl-e02-p4", "本报讯 近日，卫滨区区长魏海晓"),
                      ("rl-e02-p4", "魏海晓先后到卫滨区污染防治"), ("cr-e01-p1", "针对夏季高温潮湿")])
    func pageParagraphsComeOutWhole(_ page: String, _ opening: String) throws {
        let dir = "Fixtures/pages/\(page)"
        let out = try Tidy.run(try Fixtures.bytes("\(dir)/pymupdf4llm_nfkc.md")).output
        let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("\(dir)/truth.json"))) as! [String: Any]
        let paragraphs = (truth["articles"] as! [[String: Any]]).flatMap { $0["paragraphs"] as! [String] }
        let blocks = Set(String(decoding: out, as: UTF8.self).components(separatedBy: "\n\n").map { Array($0.trimmingCharacters(in: .newlines).utf8) })
        let p = try #require(paragraphs.first { $0.hasPrefix(opening) })
        #expect(blocks.contains(Array(p.utf8)))
        try Invariants.check(try Fixtures.bytes("\(dir)/pymupdf4llm_nfkc.md"))
    }
}

extension MarkdownInterleaveTests {
    /// A block of a whole page's columns taking turns, more than 256 printed lines (ReportLab's
    /// front page, six narrow columns: 8,941 bytes in one block), is read column by column:
    /// `麦收期间，…大幅降低了粮食损耗。` comes out whole (pagegen's seed 16).
    @Test func aPageLongBlockIsRead() throws {
        let path = "Fixtures/more/s16/pages/rl-e01-p1/pymupdf4llm_nfkc.md"
        let input = try Fixtures.bytes(path)
        let longest = input.split(separator: 0x0A).map { InterleavedColumns.markdownSegments(Scalars.of(String(decoding: $0, as: UTF8.self)), width: 12).count }.max() ?? 0
        #expect(longest > 256 && longest <= InterleavedColumns.maxAlternatingLines)
        let out = String(decoding: try Tidy.run(input).output, as: UTF8.self)
        #expect(out.contains("\n\n麦收期间，肖存兴每日顶着烈日巡查地块，科学统筹收割顺序，优先保障孤寡老人及无劳动力困难家庭的麦收。针对道路通行不畅、地界纠纷等问题，他现场予以解决。在他的示范带动下，村内志愿者自发参与后勤保障，常态化开展秸秆禁烧巡查，高效推进收割一体化作业，大幅降低了粮食损耗。\n\n"))
        try Invariants.check(input)
    }

    /// A block whose columns take turns three at a time, then two at a time once one column's
    /// article ends (`…助力家乡基础设施建设。` `(杨恒战 罗菲)`), then three again: read in stretches,
    /// each column going on across them (ReportLab, pagegen's seed 17; `该公司以标准化建设…` spans
    /// the first change, `文化浸润于心…` lies past it).
    @Test(arguments: ["该公司以标准化建设赋能精细化管理", "文化浸润于心，安全践行于行。", "李博强调，要认清严峻形势",
                      "“70多岁还天天守在田间地头"])
    func columnsTakingTurnsInStretches(_ opening: String) throws {
        let dir = "Fixtures/more/s17/pages/rl-e02-p3"
        let input = try Fixtures.bytes("\(dir)/pymupdf4llm_nfkc.md")
        let out = try Tidy.run(input).output
        let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("\(dir)/truth.json"))) as! [String: Any]
        let paragraphs = (truth["articles"] as! [[String: Any]]).flatMap { $0["paragraphs"] as! [String] }
        let blocks = Set(String(decoding: out, as: UTF8.self).components(separatedBy: "\n\n").map { Array($0.trimmingCharacters(in: .newlines).utf8) })
        let p = try #require(paragraphs.first { $0.hasPrefix(opening) })
        #expect(blocks.contains(Array(p.utf8)))
        try Invariants.check(input)
    }

    /// pymupdf4llm prints a column's last lines again as a block of their own (`会议要求,…精准培`
    /// after the block whose right column ends so): the copy is no continuation of that column's
    /// paragraph, S-JOIN leaves it apart, and NS-DUP-PARA takes one copy out (XeLaTeX, seed 17).
    @Test func aColumnsRepeatedEndIsOneCopy() throws {
        let dir = "Fixtures/more/s17/pages/xl-e02-p1"
        let input = try Fixtures.bytes("\(dir)/pymupdf4llm_nfkc.md")
        let result = try Tidy.run(input)
        let out = String(decoding: result.output, as: UTF8.self)
        #expect(out.components(separatedBy: "会议要求，下一步要精准对标国家产业导向").count == 2)
        let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("\(dir)/truth.json"))) as! [String: Any]
        let paragraphs = (truth["articles"] as! [[String: Any]]).flatMap { $0["paragraphs"] as! [String] }
        let p = try #require(paragraphs.first { $0.hasPrefix("会议要求") })
        #expect(out.components(separatedBy: "\n\n").contains(p))
        #expect(result.edits.contains { $0.rule == "NS-DUP-PARA" || $0.via.contains("NS-DUP-PARA") })
        try Invariants.check(input)
    }

    /// A title set inside a column whose lines take turns with another's (`重拳整治违法建筑`
    /// `筑牢城乡安全防线`, short lines with no mark, right before `本报讯 近日,…`) is a heading of
    /// its own, not the start of the dateline's paragraph (ReportLab, the benchmark's page 2).
    @Test func aTitleInsideAColumnIsAHeading() throws {
        let input = try Fixtures.bytes("Fixtures/pages/rl-e01-p2/pymupdf4llm_nfkc.md")
        let out = String(decoding: try Tidy.run(input).output, as: UTF8.self)
        #expect(out.contains("\n\n# 重拳整治违法建筑 筑牢城乡安全防线\n\n本报讯 近日，红旗区洪门镇综合行政执法大队"))
        #expect(InterleavedColumns.isTitleLine(Scalars.of("重拳整治违法建筑"), width: 14))
        #expect(!InterleavedColumns.isTitleLine(Scalars.of("“70多岁还天天守在田"), width: 14))
        #expect(!InterleavedColumns.isTitleLine(Scalars.of("哺桑梓的一个缩影。"), width: 14))
        try Invariants.check(input)
    }

    /// pymupdf4llm sets a kicker in one heading with its two-part title (`## 红旗区洪⻔镇 重拳整治违法建筑
    /// 筑牢城乡安全防线`): the kicker becomes a heading a level smaller, over the title; a place
    /// before a title of one piece is its subject and stays (the benchmark's Chromium page 2, whose
    /// columns pymupdf4llm printed as a table).
    @Test func aKickerInItsTitlesHeading() throws {
        let input = try Fixtures.bytes("Fixtures/pages/cr-e02-p2/pymupdf4llm_nfkc.md")
        let result = try Tidy.run(input)
        let out = String(decoding: result.output, as: UTF8.self)
        #expect(out.contains("### 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n\n"))
        #expect(out.contains("## 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n"))
        let article = try #require(Articles.of([result]).first { $0.title == "重拳整治违法建筑 筑牢城乡安全防线" })
        #expect(article.kicker == "红旗区洪门镇")
        func split(_ heading: String) -> Int { Array(heading.utf8).withUnsafeBufferPointer { InterleavedColumns.kickerEdits($0, TextLayout.trimmedLines($0)).count } }
        #expect(split("## 封丘县 七旬企业家返乡助农 守护“三夏”粮食丰收") == 1)
        #expect(split("# 红旗区向阳街道 推动民生项目落地见效") == 0)
        #expect(split("# 红旗区向阳街道 推 动民生项目落地见效") == 0)
        #expect(split("## 红旗区洪门镇 重拳整治违法建 筑 筑牢城乡安全 防线") == 1)
        // Set bold, and with the title's own gap lost: two parallel clauses all the same.
        #expect(split("### **封丘县 七旬企业家返乡助农守护“三夏”粮食丰收**") == 1)
        #expect(split("### **封丘县潘店镇 推广粮食种植新技术绘就“一地双收” 丰收图**") == 1)
        #expect(split("### **红旗区向阳街道 推动民生项目落地见效**") == 0)
        // (Nor where the heading's first space is a wrap: one title, its first line full.)
        #expect(split("# 红旗区西街街道 曙光社区 开展夏 季环境专项整治 与常态化消杀工 作") == 0)
        try Invariants.check(input)
    }

    /// The bold kicker goes out as its own heading, and the title's lost gap comes back (XeLaTeX,
    /// the benchmark's front page); a title whose gap was lost and whose wrap got a space instead
    /// has the space moved to where the subject ends (pagegen's seed 5).
    @Test func aBoldKickerAndAMovedTitleGap() throws {
        let front = String(decoding: try Tidy.run(try Fixtures.bytes("Fixtures/pages/xl-e01-p1/pymupdf4llm_nfkc.md")).output, as: UTF8.self)
        #expect(front.contains("#### 封丘县\n\n### 七旬企业家返乡助农 守护“三夏”粮食丰收\n"))
        let input = try Fixtures.bytes("Fixtures/more/s5/pages/xl-e02-p1/pymupdf4llm_nfkc.md")
        let out = String(decoding: try Tidy.run(input).output, as: UTF8.self)
        #expect(out.contains("## 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n"))
        #expect(out.contains("#### 封丘县潘店镇\n\n### 推广粮食种植新技术 绘就“一地双收”丰收图\n"))
        try Invariants.check(input)
    }

    /// A block of more printed lines than a page holds is left as it is.
    @Test func aHugeBlockIsLeftAlone() throws {
        let wb = try WordBreaker()
        let line = Scalars.of("重点任务,持续推动全区树立和践行正确政")
        let cut = [[UInt32]](repeating: line, count: InterleavedColumns.maxAlternatingLines + 1)
        #expect(InterleavedColumns.alternating(cut, wb) == nil)
    }
}

extension MarkdownInterleaveTests {
    /// Three columns taking turns (Chromium's pages set three or four) are read one after another.
    @Test func threeColumnsTakingTurns() throws {
        let wb = try WordBreaker()
        let a = ["会议传达近期全市大气污染防治推进会精神，复盘上", "周大气污染防治集中攻坚工作，分析当前形势，压实攻坚", "责任，细化关键举措，全力打赢蓝天保卫战，为全区高质"]
        let b = ["执行力，把严的标准、实的作风，贯穿污染防治全过程、", "各环节，做到直面问题、动真碰硬、一抓到底。各单位主", "要领导要带头下沉一线，靠前指挥，现场攻坚，主动认领"]
        let c = ["程，常态化开展实操演练，做到精准溯源、精准定位、精", "准管控；落实快速机制，做到闻令而动，第一时间赶赴现", "场，排查溯源、管控整改，全面优化升级污染防控快速响"]
        let cut = (0..<3).flatMap { [a[$0], b[$0], c[$0]] }.map(Scalars.of)
        #expect(InterleavedColumns.alternating(cut, wb) == [[0, 3, 6], [1, 4, 7], [2, 5, 8]])
    }
}

/// S-TITLE-SEP in Markdown an extractor wrote: pymupdf4llm joins a heading's wrapped lines with a
/// space, which is deleted; the title's own space stays.
@Suite struct HeadingWrapTests {
    private func joined(_ s: String) -> String {
        let t = Scalars.of(s)
        let wraps = Set(HeadingWraps.spaces(t))
        return Scalars.string(t.enumerated().filter { !wraps.contains($0.offset) }.map(\.element))
    }

    @Test func wrapsGoTheTitlesSpaceStays() {
        #expect(Array(joined("红旗区西街街道 曙光社区 开展夏 季环境专项整治 与常态化消杀工 作").utf8)
                == Array("红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作".utf8))
        #expect(Array(joined("卫滨区领导夜查环保攻坚调度大气污 染防治攻坚工作").utf8) == Array("卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作".utf8))
        #expect(Array(joined("河南省大方重型 机器有限公司 “ 零事故”背后的红 色班组力量").utf8)
                == Array("河南省大方重型机器有限公司 “零事故”背后的红色班组力量".utf8))
        // (A lone character before the last piece ends a printed line: no half of a title ends so.)
        #expect(Array(joined("红旗区向阳街道 推 动民生项目落地见效").utf8) == Array("红旗区向阳街道 推动民生项目落地见效".utf8))
        // (A printed line of two pieces, the title's space inside it, is no half of the title.)
        #expect(Array(joined("河南省大方重型机器 有限公司 “零事故”背 后的红色班组力量").utf8)
                == Array("河南省大方重型机器有限公司 “零事故”背后的红色班组力量".utf8))
        // Two halves of a title, each as wide as a line: the title's own space.
        for title in ["推广粮食种植新技术 绘就“一地双收”丰收图", "重拳整治违法建筑 筑牢城乡安全防线", "红旗区向阳街道 推动民生项目落地见效"] {
            #expect(HeadingWraps.spaces(Scalars.of(title)).isEmpty, "\(title)")
        }
        // As wide, but where no title's own gap can stand (no subject's name before it, no
        // quotation or second clause's verb after it): a wrap (ReportLab, pagegen's seed 5).
        #expect(Array(joined("卫滨区领导调研陆航 片区开发建设工作").utf8) == Array("卫滨区领导调研陆航片区开发建设工作".utf8))
        // A first line that holds the title's own gap, then the wrap (Chromium's titles).
        #expect(Array(joined("红旗区西街街道曙光社区 开展夏季环境专 项整治与常态化消杀工作").utf8)
                == Array("红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作".utf8))
        #expect(Array(joined("河南省大方重型机器有限公司 “零事故” 背后的红色班组力量").utf8)
                == Array("河南省大方重型机器有限公司 “零事故”背后的红色班组力量".utf8))
    }

    /// Only in Markdown that looks extracted (its columns interleaved): an author's heading keeps
    /// its spaces; on a pymupdf4llm page the wrap goes and S-TITLE-SUBJECT then sets the subject off.
    @Test func onlyInExtractedMarkdown() throws {
        #expect(tidy("# 红旗区向阳街道推动民生项目落地 见效\n\n本报讯 近日，全市推进会召开。") == "# 红旗区向阳街道推动民生项目落地 见效\n\n本报讯 近日，全市推进会召开。")
        let page = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/pages/xl-e01-p1/pymupdf4llm_nfkc.md")).output)
        #expect(page.contains("# 红旗区向阳街道 推动民生项目落地见效\n"))
    }
}

extension MarkdownInterleaveTests {
    /// pymupdf4llm may print a page's columns as a table, a printed line of each column per row:
    /// the table is read column by column, its paragraphs told by the lines' widths.
    @Test func aTableOfColumnsIsReadColumnByColumn() throws {
        let page = """
        ## 重拳整治违法建筑 筑牢城乡安全防线

        |本报讯 近日,红旗区洪门镇综合行政执法大队在辖区|属违规私搭乱建。办案人员坚持普法在先、情理兼顾,向|
        |---|---|
        |各村及沿街片区,开展违法建筑专项排查整治行动,旨在|当事人详细宣讲相关法律法规,讲明违法建筑侵占公共空|
        |规范镇、村建设秩序,消除建筑与消防安全隐患,严守城|间、堵塞消防通道,以及存在结构坍塌等安全隐患的现实|
        |乡规划底线。|危害。|
        |行动中,执法人员依托网格化巡查与群众的举报线|依据法定流程,执法人员依法向当事人送达《责令限|
        |索,对违建建筑点位进行现场勘验,拍照取证,并核审批|期整改通知书》,明确了违法事实、法律依据及整改期|
        |资料。经核实,涉案建筑物均未办理规划建设审批手续,|限,告知逾期拒不整改将依法启动强制拆除程序。|

        |(洪门 文/图)|
        |---|
        """
        let out = String(decoding: try Tidy.run(Array(page.utf8)).output, as: UTF8.self)
        let blocks = out.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        #expect(blocks == [
            "## 重拳整治违法建筑 筑牢城乡安全防线",
            "本报讯 近日，红旗区洪门镇综合行政执法大队在辖区各村及沿街片区，开展违法建筑专项排查整治行动，旨在规范镇、村建设秩序，消除建筑与消防安全隐患，严守城乡规划底线。",
            "行动中，执法人员依托网格化巡查与群众的举报线索，对违建建筑点位进行现场勘验，拍照取证，并核审批资料。经核实，涉案建筑物均未办理规划建设审批手续，属违规私搭乱建。办案人员坚持普法在先、情理兼顾，向当事人详细宣讲相关法律法规，讲明违法建筑侵占公共空间、堵塞消防通道，以及存在结构坍塌等安全隐患的现实危害。",
            "依据法定流程，执法人员依法向当事人送达《责令限期整改通知书》，明确了违法事实、法律依据及整改期限，告知逾期拒不整改将依法启动强制拆除程序。",
            "（洪门 文/图）",
        ])
        try Invariants.check(Array(page.utf8))
    }

    /// A table of figures or names is a table: it is left as it is.
    @Test func aTableOfFiguresIsLeftAlone() throws {
        let page = "|县区|营业收入|增长|\n|---|---|---|\n|红旗区|1.45亿元|9.95%|\n|新乡县|1.20亿元|8.1%|\n"
        let edits = Array(page.utf8).withUnsafeBufferPointer { p in
            InterleavedColumns.tableEdits(p, TextLayout.trimmedLines(p))
        }
        #expect(edits.isEmpty)
    }
}

extension MarkdownInterleaveTests {
    /// A paragraph's last line and the next column's byline, joined by pymupdf4llm with a space,
    /// are two printed lines (XeLaTeX page 1: `…反映民 意。 (向阳宣)`), and the paragraph comes out
    /// whole.
    @Test func aSentencesEndEndsAPrintedLine() throws {
        let cut = InterleavedColumns.markdownSegments(Scalars.of("“建议清单”,确保民生项目从源头上反映民 升辖区群众的获得感与幸福感。 意。 (向阳宣)"), width: 19)
        #expect(cut.count == 4)
        let dir = "Fixtures/pages/xl-e01-p1"
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("\(dir)/pymupdf4llm_nfkc.md")).output, as: UTF8.self)
        #expect(out.components(separatedBy: "\n\n").contains { $0.hasSuffix("确保民生项目从源头上反映民意。") })
    }
}

extension MarkdownInterleaveTests {
    /// pymupdf4llm joins a block's printed lines with a space: a space between two Chinese
    /// characters is a line break, however short the lines; xeCJK's glue, a dateline's space,
    /// a credit's names and a letter-spaced line are inside a line.
    @Test func aSpaceBetweenChineseCharactersIsALineBreak() {
        func cut(_ s: String) -> Int { InterleavedColumns.markdownSegments(Scalars.of(s), width: 40).count }
        #expect(cut("重点任务,持续推动全区树立和践行正确政 绩观学习教育走深走实") == 2)
        #expect(cut("本报讯 6 月 8 日,红旗区召开树立和践") == 1)
        #expect(cut("(张志超 罗菲 李萌 文/图)") == 1)
        #expect(cut("魏 海 晓 强 调 , 要 坚 决 落 实") == 1)
    }
}

extension MarkdownInterleaveTests {
    /// A lone Chinese character before digits is xeCJK's glue's, and the space before it, after
    /// Chinese, a printed line's end (`…100%,树` then `习 12 次。…`); not before punctuation that
    /// NFKC made ASCII (`(向阳宣)`).
    @Test func aLoneCharacterBeforeDigitsOpensALine() {
        let cut = InterleavedColumns.markdownSegments(Scalars.of("带领班组实现产品合格率 100%,树 习 12 次。依托“安全生产月”等载体,常 立了过硬标杆。"), width: 19)
        #expect(cut.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
                == ["带领班组实现产品合格率 100%,树", "习 12 次。依托“安全生产月”等载体,常", "立了过硬标杆。"])
    }

    /// A jump line is a printed line of its own, though the text after it begins with a lone
    /// character glued to digits (`**(上接第** 1 **版)** 州 1600 吨…`).
    @Test func aJumpLineIsALineOfItsOwn() {
        let cut = InterleavedColumns.markdownSegments(Scalars.of("**(上接第** 1 **版)** 州 1600 吨超大吨位移动模架项目,创新多机 持“以练促防”,全年开展 4 场高质量应急演练"), width: 19)
        #expect(cut.first.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) } == "**(上接第** 1 **版)**")
    }
}

extension MarkdownInterleaveTests {
    /// A long Markdown paragraph may open with a jump line and end with another: both go (the
    /// second run found the end's once the start's was out; a fuzz finding).
    @Test func aLongParagraphLosesBothItsJumpLines() throws {
        let text = "(上接第1版)习教育入脑落实快速机制,做到闻令而 期限,告知逾期拒不整改将 入心、走深走实,全面提升 动,第一时间赶赴现场,排 依法启动强制拆除程坚持一体推进       （下转第 4 版）"
        let once = try tidyMarkdown(text)
        #expect(once.edits.filter { $0.rule == Continuation.id }.count == 2)
        #expect(!once.outputString.contains("转第"))
    }

    /// A table of running text in text read as hard-wrapped lines (its rows are not read column
    /// by column there) is warned about; a table of figures, or no table, is not.
    @Test func aTableOfColumnsReadAsLinesIsWarnedAbout() throws {
        let page = try Tidy.run(try Fixtures.bytes("Fixtures/more/s5/pages/rl-e02-p3/pymupdf4llm_nfkc.md"))
        #expect(page.inputKind == .wrapped)
        #expect(page.warnings.contains { $0.contains("Markdown table of running text") })
        func holds(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { InterleavedColumns.holdsTextTable($0, TextLayout.trimmedLines($0)) }
        }
        #expect(holds("|本报讯近日，红旗区<br>|矮秆大豆立体共生，|\n|---|---|\n|洪门镇综合行政执法大队在|热、水、肥高效利用，在不|\n|辖区各村及沿街片区，开展|增加耕地面积的前提下达|\n"))
        #expect(!holds("|区|人口|\n|---|---|\n|红旗区|30万|\n|卫滨区|20万|\n"))
        #expect(!holds("本报讯近日，红旗区洪门镇综合行政执法大队在辖区各村。\n"))
    }

    /// pymupdf4llm may print a band of the page as a table row whose cells are its columns, each
    /// cell's printed lines joined by `<br>`: the rows are read in turn, each cell after the one
    /// before it, and a title cut at the cells' edges is read first, whole.
    @Test func aTableOfBandsIsReadRowByRow() throws {
        let page = """
        |卫滨区领导调研陆航片区开发<br>本报讯 6月7日,卫滨区委书记邓国永调研陆航片区开<br>发建设工作。区领导王西忠、张华,新乡国资集团负责人<br>史大伟等参加活动。<br>邓国永指出,陆航片区对于激活铁西片区发展动能、<br>提升老城区功能品质具有重要意义。要始终坚持“以人民|建设工作<br>为中心”的发展思想,把人民城市理念贯穿规划、建设、<br>管理全过程,以片区综合开发带动区域整体高质量发展。<br>(卫滨宣)|
        |---|---|
        """
        let out = String(decoding: try Tidy.run(Array(page.utf8)).output, as: UTF8.self)
        let blocks = out.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        #expect(blocks.contains("卫滨区领导调研陆航片区开发建设工作") || blocks.contains("# 卫滨区领导调研陆航片区开发建设工作"))
        #expect(blocks.contains("邓国永指出，陆航片区对于激活铁西片区发展动能、提升老城区功能品质具有重要意义。要始终坚持“以人民为中心”的发展思想，把人民城市理念贯穿规划、建设、管理全过程，以片区综合开发带动区域整体高质量发展。"))
        #expect(blocks.last == "（卫滨宣）")
        try Invariants.check(Array(page.utf8))
    }
}

extension MarkdownInterleaveTests {
    /// pymupdf4llm prints a line that Chromium stretched to the measure with a space between
    /// most characters (`豆 、 玉 米 同 种 …`). Those spaces take no room of their own: the line is
    /// one column's, and it holds no more than the column's width. The next column's line
    /// (`收 了一 季 …`, letter-spaced too) is not glued to it, nor is its first character to the
    /// full line before it (s14 cr-e01-p2).
    @Test func aLetterSpacedLineIsOneColumnsLine() {
        let block = "为保障复合种植模式落地⻅效,该镇 从“一季单收”到“一地双收”,大 以种植大戶为示范标杆,鼓励能人先行试 "
            + "豆 、 玉 米 同 种 一 块 田 , 既 守 住 了 “ 粮 袋 收 了一 季 的 大 豆 , 实 打 实 的 增 收 !” 近 近年来,潘店镇将大豆、玉米带状复"
        let cut = InterleavedColumns.markdownSegments(Scalars.of(block), width: 18).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        #expect(cut == ["为保障复合种植模式落地⻅效,该镇", "从“一季单收”到“一地双收”,大", "以种植大戶为示范标杆,鼓励能人先行试",
                        "豆 、 玉 米 同 种 一 块 田 , 既 守 住 了 “ 粮 袋", "收 了一 季 的 大 豆 , 实 打 实 的 增 收 !” 近",
                        "近年来,潘店镇将大豆、玉米带状复"])
        // A paragraph's first line, two ems short, and the next column's letter-spaced line
        // (s15 cr-e01-p2).
        let opening = "在项目执行阶段,实施全过程闭环监督,采取“一 职 能 部 ⻔ 的 协 同发 力 , 真 正 让 ⺠ 生 项 目 成 为 “"
        #expect(InterleavedColumns.markdownSegments(Scalars.of(opening), width: 25).first.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
                == "在项目执行阶段,实施全过程闭环监督,采取“一")
    }
}

extension MarkdownInterleaveTests {
    /// A line that ends a sentence two ems short of the column is a paragraph's last, though the
    /// next paragraph's first line is not set in (XeLaTeX, s16 xl-e01-p1).
    @Test func aSentenceEndingTwoEmsShortEndsAParagraph() {
        let lines = ["时序安排等关键问题,深入交换意见,共同", "研究探讨片区高质量发展的实施路径。", "邓国永指出,陆航片区对于激活铁西片区发", "展动能、提升老城区功能品质具有重要意义。"]
        let read = InterleavedColumns.paragraphs(lines.map { Scalars.of($0) }, width: 19)
        #expect(read.breaks)
        #expect(String(decoding: UTF8Scan.encode(read.text), as: UTF8.self)
                == "时序安排等关键问题,深入交换意见,共同 研究探讨片区高质量发展的实施路径。\n\n邓国永指出,陆航片区对于激活铁西片区发 展动能、提升老城区功能品质具有重要意义。")
    }
}

extension MarkdownInterleaveTests {
    /// A title set among the columns in a larger type is no column's: its pieces, short lines
    /// with no mark of a sentence, take no turn, and the columns around them are read (s9
    /// rl-e01-p1, pymupdf4llm: one block of five columns and several titles). Pieces right before
    /// a dateline's line head its column; the others a heading over the block.
    @Test func titlePiecesTakeNoTurn() throws {
        #expect(InterleavedColumns.isTitlePiece(Scalars.of("和践行正确政绩"), width: 12))
        #expect(InterleavedColumns.isTitlePiece(Scalars.of("守护“三夏”"), width: 12))
        #expect(!InterleavedColumns.isTitlePiece(Scalars.of("的实施路径。"), width: 12))
        #expect(!InterleavedColumns.isTitlePiece(Scalars.of("(资料图片)"), width: 12))
        #expect(!InterleavedColumns.isTitlePiece(Scalars.of("魏海晓强调,要坚决落"), width: 12))
        #expect(!InterleavedColumns.isTitlePiece(Scalars.of("党员班长王仓永曾连夜"), width: 12))
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("Fixtures/more/s9/pages/rl-e01-p1/pymupdf4llm_nfkc.md")).output, as: UTF8.self)
        let paragraphs = out.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("“70多岁还天天守在田间地头帮我们联系机器，真是老百姓的贴心人！”村民们纷纷点赞。据了解，助力麦收只是肖存兴反哺桑梓的一个缩影。多年来，他还多次捐资支持村级公益事业，常态化帮扶困难群众，积极助力家乡基础设施建设。"))
        // (The pieces stand in headings: over a dateline's column, or over the block.)
        #expect(paragraphs.contains { $0.hasPrefix("#") && $0.contains("和践行正确政绩") })
        #expect(paragraphs.contains { $0.hasPrefix("### ") && $0.contains("重拳整治违法建") })
    }
}

extension MarkdownInterleaveTests {
    /// A column whose first line is a dateline, its title's pieces put over it, is body text: it
    /// is read as paragraphs under its title, not taken for the block's heading of pieces (the
    /// benchmark's rl-e01-p1, pymupdf4llm).
    @Test func aColumnHeadedByTitlePiecesStaysText() throws {
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("Fixtures/pages/rl-e01-p1/pymupdf4llm_nfkc.md")).output, as: UTF8.self)
        let paragraphs = out.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。区委书记李博主持会议并讲话，区委常委、宣传部长张馨元、马超峰出席会议。"))
        #expect(!paragraphs.contains { $0.hasPrefix("#") && $0.contains("本报讯") })
    }
}
