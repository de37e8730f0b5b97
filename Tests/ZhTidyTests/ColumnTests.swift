import Foundation
import Testing
@testable import ZhTidy

/// `pdftotext -layout`: columns side by side (LAYOUT-COLUMNS).
@Suite struct ColumnTests {
    private func rewrite(_ lines: [String]) -> String? {
        LayoutColumns.rewrite(lines.map(Scalars.of)).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
    }

    /// Lines `range` of a fixture page, as scalars.
    private func fixtureLines(_ path: String, _ range: Range<Int>) throws -> [[UInt32]] {
        try Fixtures.bytes(path).split(separator: 0x0A, omittingEmptySubsequences: false)[range]
            .map { Scalars.of(String(decoding: $0, as: UTF8.self)) }
    }

    /// Bytes read as `pdftotext -layout` output, tidied.
    private func layoutOutput(_ bytes: [UInt8]) throws -> String {
        var o = Options()
        o.inputKind = .layout
        return try Tidy.run(bytes, options: o).outputString
    }

    /// A line with more cells than its column (digits with xeCJK's glue, a dateline) pushes the
    /// next column right, with one space between them; each column is still read whole.
    @Test func pushedColumnsAreReadInOrder() {
        let band = [
            "  本报讯 6 月 8 日，红旗区召开践 重点任务，持续推动全区树立和",
            "行正确政绩观学习教育座谈会，深 绩观学习教育走深走实、落地落",
            "彻习近平总书记关于树立和践行正 记、区长刘怀斌主持会议并讲话",
            "的重要论述、重要指示精神，传达 向军、郭潇潇、王平平、郭琴、",
        ]
        #expect(rewrite(band) == """
            本报讯 6 月 8 日，红旗区召开践
            行正确政绩观学习教育座谈会，深
            彻习近平总书记关于树立和践行正
            的重要论述、重要指示精神，传达
            重点任务，持续推动全区树立和
            绩观学习教育走深走实、落地落
            记、区长刘怀斌主持会议并讲话
            向军、郭潇潇、王平平、郭琴、
            """)
    }

    /// The space of xeCJK's glue beside a digit is not a gutter, even near a column's end:
    /// `多方联系 4 台` stays one column's line.
    @Test func glueNearTheColumnEndStaysInTheColumn() {
        let band = [
            "耿村，千亩麦田金黄翻滚，收割机正在有序 大型联合收割机开展连片规模",
            "业。田间地头，年过七旬的郑州创始人肖存 割顺序，优先保障孤寡老人及",
            "兴坚守一线，用暖心之举守护家乡粮食丰收 的示范带动下，村内志愿者自",
            "返乡助农他主动发挥自身优势多方联系 4 台 秸秆禁烧巡查，高效推进收割",
        ]
        let out = rewrite(band)
        #expect(out?.contains("多方联系 4 台\n大型联合收割机") == true)
        #expect(out?.hasSuffix("秸秆禁烧巡查，高效推进收割") == true)
    }

    /// The spaces of a dateline credit take cells but little width: a word after one of them
    /// that still fits in the column's ems stays in the column (`焦耀 通`), though its cell is
    /// past the next column's start.
    @Test func aCreditsSpacesAreNotGutters() {
        let band = [
            " 本报讯 （新乡日报全媒体记者 焦耀 通 患”机制，构建起以党员班组长为核心的",
            "讯员 王凯杰 陶建彬）安全生产是企业高质 网格化责任体系，推动员工安全意识从",
            "量发展的基石。近年来，河南省大方重型 “要我安全”向“我要安全”转变。一线",
            "机器有限公司深耕“党建+安全生产”融合 老党员郭金梗坚守作业准则，带领班组实",
            "发展路径，以红色班组建设为抓手，将党 现产品合格率100%，树立了过硬标杆。",
            "组织的政治优势转化为安全治理效能，持     隐患排查是防范事故的关键。该公司",
            "续实现了安全生产事故“零发生”，筑牢了 设立党员包保责任区，开展常态化全覆盖",
            "坚实的红色安全屏障。           排查。今年以来，累计排查整治安全隐患",
        ]
        let out = rewrite(band)!.split(separator: "\n").map(String.init)
        #expect(out[0] == "本报讯 （新乡日报全媒体记者 焦耀 通")
        #expect(out[8] == "患”机制，构建起以党员班组长为核心的")
    }

    /// A comma xeCJK hung past the line's end, printed after a gap, stays with its line; a photo
    /// credit set in a column's gap goes after the columns, out of the paragraphs.
    @Test func hangingMarksAndCredits() {
        let band = [
            "第一栏的文字第一行内容写满 第二栏的文字第一行写满  ，",
            "第一栏的文字第二行内容写满 第二栏的文字第二行写满",
            "第一栏的文字第三行内容写满 （通讯员供图） 第二栏的",
            "第一栏的文字第四行内容写满 第二栏的文字第四行写满",
        ]
        let out = rewrite(band)!.split(separator: "\n").map(String.init)
        #expect(out[4] == "第二栏的文字第一行写满  ，")
        #expect(out.last == "（通讯员供图）")
        #expect(out[6] == "第二栏的")
    }

    /// A closing byline printed right after a column's full line that ends a sentence, with no
    /// space before it (`…具有重要意义。（卫滨宣）`), is the next column's: it closes that
    /// column's article, not the sentence it touches (XeLaTeX, pagegen's seed 18). So is a
    /// quotation opened there (`…农机调配难等困境。“70 多岁…`).
    @Test func aBylineGluedToTheColumnBeforeIsTheNextColumns() throws {
        #expect(LayoutColumns.words(Scalars.of("展动能、提升老城区功能品质具有重要意义。（卫滨宣）")) == [0..<20, 20..<25])
        #expect(LayoutColumns.words(Scalars.of("具有重要意义（卫滨宣）")) == [0..<11])
        // So is an opening quotation mark there, when both parts are as long as a column's line.
        #expect(LayoutColumns.words(Scalars.of("家庭面临劳动力短缺、农机调配难等困境。“70")) == [0..<19, 19..<22])
        #expect(LayoutColumns.words(Scalars.of("他说。“好")) == [0..<5])
        // After a pause, only in a word longer than any column (two columns' lines glued).
        #expect(LayoutColumns.words(Scalars.of("振，共同推动陆航片区综合开发早出形象、“建议清单”，确保民生项目从源头上反映民")) == [0..<19, 19..<39])
        #expect(LayoutColumns.words(Scalars.of("坚持“以人民为中心”的发展思想，把人民、“城市”")) == [0..<24])
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/more/s18/pages/xl-e02-p1/pdftotext_layout.txt"))
        #expect(out.contains("提升老城区功能品质具有重要意义。要始终坚持“以人民为中心”的发展思想，"))
        #expect(out.contains("实现政企互利共赢、共同发展。\n\n（卫滨宣）"))
    }

    /// A line whose first word opens with a pause mark, under a line of a column that ends on a
    /// closing quote at that cell, is the rest of that printed line, which pdftotext broke at the
    /// pair xeCJK squeezed (`从“一季单收”到“一地双收”` over `，大豆、玉`): that column's, not the one
    /// its cell reaches (XeLaTeX, pagegen's seed 18).
    @Test func aLineBrokenAtASqueezedPairStaysInItsColumn() throws {
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/more/s18/pages/xl-e02-p3/pdftotext_layout.txt"))
        #expect(out.contains("从“一季单收”到“一地双收”，大豆、玉米同种一块田，"))
    }

    /// Two articles' headings side by side, their big glyphs on fewer cells than the columns
    /// below: each line is cut where a word starts at the same cell on two lines (or after a wide
    /// gap), and each article gets its own heading (XeLaTeX, pagegen's seed 19). A title's own
    /// space (`重拳整治违法建筑 筑牢城乡安全防线`) is no cut: no other line starts a word there.
    @Test func sideBySideHeadingsAreCutWhereTheirWordsAlign() throws {
        let lines = ["  红旗区西街街道曙光社区 开展夏季环 封丘县潘店镇", "  境专项整治与常态化消杀工作     推广粮食种植新技术 绘就“一地双收”丰收图"].map(Scalars.of)
        let cut = try #require(LayoutColumns.alignedCut(lines))
        #expect(cut.left == ["  红旗区西街街道曙光社区 开展夏季环", "  境专项整治与常态化消杀工作"].map(Scalars.of))
        #expect(cut.right == ["封丘县潘店镇", "推广粮食种植新技术 绘就“一地双收”丰收图"].map(Scalars.of))
        #expect(LayoutColumns.alignedCut(["  重拳整治违法建筑 筑牢城乡安全防线", "  本报讯 近日，红旗区洪门镇"].map(Scalars.of)) == nil)
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/more/s19/pages/xl-e01-p1/pdftotext_layout.txt"))
        for heading in ["# 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n", "\n# 在红旗区召开全市科技服务业现场推进会议\n",
                        "\n# 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n", "\n# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n"] {
            #expect(out.contains(heading))
        }
        // A number with a pause mark ending its line (`…同比增长 9.95%，`) fits its column: the
        // mark hangs past the column's end.
        #expect(out.contains("同比增长9.95%，高于全市平均水平0.95个百分点，"))
    }

    /// The right heading goes over its article's column also when that column opens with the
    /// title's last character on a line of its own (`…粮食丰` `收` over `本报讯`, pagegen's seed 7),
    /// and when the headings stand alone over a blank line, the right article's title and
    /// dateline in the band below (`…落地见效  封丘县潘店镇`, seed 5).
    @Test func aSideHeadingFindsItsArticleBelow() throws {
        let s7 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s7/pages/xl-e01-p1/pdftotext_layout.txt"))
        #expect(s7.contains("# 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n"))
        #expect(s7.contains("# 封丘县\n\n## 七旬企业家返乡助农 守护“三夏”粮食丰收\n"))
        let s5 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s5/pages/xl-e01-p2/pdftotext_layout.txt"))
        #expect(s5.contains("# 红旗区向阳街道 推动民生项目落地见效\n\n本报讯 近日，"))
        #expect(s5.contains("# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n\n本报讯 “今年流转了"))
    }

    /// A heading line cut one space before a column's start makes that column the right
    /// heading's, and the heading's next line is cut there too whatever the gap (`…消杀工作
    /// 进会议`, pagegen's seed 19); a right title may take two lines over its dateline (seed 8).
    @Test func aSideHeadingIsCutAtItsColumnOnEveryLine() throws {
        let s19 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s19/pages/xl-e02-p1/pdftotext_layout.txt"))
        #expect(s19.contains("# 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n"))
        #expect(s19.contains("# 在红旗区召开全市科技服务业现场推进会议\n"))
        let s8 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s8/pages/xl-e01-p2/pdftotext_layout.txt"))
        #expect(s8.contains("# 卫滨区领导调研陆航片区开发建设工作\n"))
        #expect(s8.contains("# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n"))
    }

    /// A row of two kickers alone between blank lines, over the row of their titles (bigger type,
    /// so no cell matches): each row is cut at its one wide gap, and each article gets its kicker
    /// and title; the article before, cut at a jump, runs on into neither (pagegen's seed 9).
    @Test func aKickerRowOverTwoTitles() throws {
        let cut = try #require(LayoutColumns.gapCut(["  封丘县                                             红旗区洪门镇",
                                                     "  七旬企业家返乡助农 守护“三夏”粮食丰收                            重拳整治违法建筑 筑牢城乡安全防线"].map(Scalars.of)))
        #expect(cut.right == ["红旗区洪门镇", "重拳整治违法建筑 筑牢城乡安全防线"].map(Scalars.of))
        #expect(LayoutColumns.gapCut(["  红旗区西街街道曙光社区 开展夏季环 封丘县潘店镇", "  境专项整治与常态化消杀工作     推广粮食种植新技术"].map(Scalars.of)) == nil)
        // (A row with no wide gap is cut at its one space where no title's own gap stands: the
        // two titles' rows set closer there.)
        let close = try #require(LayoutColumns.gapCut(["牧野区召开大气污染 卫滨区领导夜查环保", "防治攻坚调度会          攻坚调度大气污染防"].map(Scalars.of)))
        #expect(close.left == ["牧野区召开大气污染", "防治攻坚调度会"].map(Scalars.of))
        #expect(close.right == ["卫滨区领导夜查环保", "攻坚调度大气污染防"].map(Scalars.of))
        // (Not where a title's own gap may stand: a place before it, a quotation after it.)
        #expect(LayoutColumns.gapCut(["推广粮食种植新技术 绘就“一地双收”丰收图", "红旗区向阳街道      推动民生项目"].map(Scalars.of)) == nil)
        let s22 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s22/pages/rl-e02-p1/pdftotext_layout.txt"))
        #expect(s22.contains("# 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n"))
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/more/s9/pages/xl-e01-p1/pdftotext_layout.txt"))
        #expect(out.contains("# 封丘县\n\n## 七旬企业家返乡助农 守护“三夏”粮食丰收\n"))
        #expect(out.contains("# 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n"))
        #expect(!out.contains("全流程闭封丘县"))
    }

    /// Two headings on one line one space apart, the left one's last characters at the head of
    /// the part below beside the right article's dateline (`…推动民生项目落地 在红旗区召开…会议`
    /// over `见效   本报讯 近日，…`): the line is cut where no title's own gap can stand, the rest
    /// goes back to the left heading, and that heading, with none of its text beside, goes after
    /// the right article's (the benchmark's XeLaTeX front page; pagegen's seed 10, page 2).
    @Test func twoHeadingsOneSpaceApartOverAHeadingsRest() throws {
        #expect(LayoutColumns.subjectCut([Scalars.of("  红旗区向阳街道 推动民生项目落地 在红旗区召开全市科技服务业现场推进会议")])?.right
                == [Scalars.of("在红旗区召开全市科技服务业现场推进会议")])
        let front = try layoutOutput(try Fixtures.bytes("Fixtures/pages/xl-e01-p1/pdftotext_layout.txt"))
        #expect(front.contains("# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
        #expect(front.contains("# 红旗区向阳街道 推动民生项目落地见效\n\n本报讯 近日，红旗区向阳街道人大工委坚持"))
        let s10 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s10/pages/xl-e01-p2/pdftotext_layout.txt"))
        #expect(s10.contains("# 在红旗区召开全市科技服务业现场推进会议\n"))
        #expect(s10.contains("# 红旗区向阳街道 推动民生项目落地见效\n"))
        // (A rest as long as a title's second line: `环境专项整治与常态化消杀工作`, seed 6.)
        let s6 = try layoutOutput(try Fixtures.bytes("Fixtures/more/s6/pages/xl-e02-p1/pdftotext_layout.txt"))
        #expect(s6.contains("# 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n"))
        #expect(s6.contains("# 卫滨区领导调研陆航片区开发建设工作\n"))
    }

    /// A byline wider than its column (its spaces take cells) keeps its closing part, one space
    /// on, in its column: `（张志超 罗菲 李萌 文/图） 确保处置规范、合法。` (ReportLab, pagegen's seed 6).
    @Test func aBylineClosesInItsColumn() throws {
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/more/s6/pages/rl-e01-p1/pdftotext_layout.txt"))
        #expect(out.contains("\n（张志超 罗菲 李萌 文/图）\n"))
    }

    /// A column that holds text on few lines of a long band (the tail of a box beside two long
    /// columns) is still a column.
    @Test func aShortColumnBesideLongOnes() {
        var band: [String] = []
        for n in 0..<40 {
            let tail = n < 8 ? " 第三栏的文字第\(n)行内容" : ""
            band.append("第一栏的文字第\(n % 10)行内容满 第二栏的文字第\(n % 10)行内容满" + tail)
        }
        let out = rewrite(band)!.split(separator: "\n")
        #expect(out.count == 88)
        #expect(out[80...].allSatisfy { $0.hasPrefix("第三栏") })
    }

    /// Text set beside a photo: a column with text on one line only, right of where the
    /// lines of the column before it end, is still a column.
    @Test func aColumnBesideAPhoto() {
        let pad = String(repeating: " ", count: 15)
        var band = (0..<9).map { "第一栏的文字第\($0)行内容写满" + pad + "第三栏的文字第\($0)行写满" }
        band.append("第一栏的文字第9行内容写满 第二栏在照片下一行。   第三栏的文字第9行写满")
        let out = rewrite(band)!.split(separator: "\n").map(String.init)
        #expect(out.count == 21)
        #expect(out[10] == "第二栏在照片下一行。")
        #expect(out[11 ..< 21].allSatisfy { $0.hasPrefix("第三栏") })
    }

    /// A band's second column that goes on from the text set below the band in the first
    /// column's width, down to the page's foot (a photo beside it), is read after that text: the
    /// first column's text in the band ends a sentence, the second column's top line opens no
    /// paragraph (no indent), and the text below stops mid-sentence.
    @Test func aSecondColumnGoesOnFromTheTextBelowTheBand() throws {
        let out = try layoutOutput(Fixtures.bytes("Fixtures/more/s10/pages/rl-e02-p4/pdftotext_layout.txt"))
        #expect(Array(out.utf8).firstRange(of: Array("严格落实闭环管理，隐患整改率达100%。在急难险重任务中".utf8)) != nil)
        let band = [
            "第一栏的文字第一行内容写满   接着上文的第二栏文字写满",
            "第一栏的文字第二行内容写满   第二栏的文字第二行写满，",
            "第一栏的文字第三行内容写满   第二栏的文字第三行写满，",
            "第一栏的文字第四行写完了。   第二栏的文字第四行写完。",
        ].map(Scalars.of)
        let text = try #require(LayoutColumns.rewrite(band))
        func moved(_ below: [String]) -> String? {
            LayoutColumns.columnsAfterNarrowBands(band, text, below: [below.map(Scalars.of)])
                .map { String(decoding: UTF8Scan.encode($0.head + [0x0A] + $0.rest), as: UTF8.self) }
        }
        #expect(moved(["照片下第一栏的文字内容写", "照片下第一栏的文字还没"]) == """
            第一栏的文字第一行内容写满
            第一栏的文字第二行内容写满
            第一栏的文字第三行内容写满
            第一栏的文字第四行写完了。
            接着上文的第二栏文字写满
            第二栏的文字第二行写满，
            第二栏的文字第三行写满，
            第二栏的文字第四行写完。
            """)
        // (Text below that ends a sentence, or runs into the second column's width: no move.)
        #expect(moved(["照片下第一栏的文字内容写", "照片下第一栏的文字写完。"]) == nil)
        #expect(moved(["照片下第一栏的文字内容写", "照片下第一栏的文字一直写到第二栏里面去了没有"]) == nil)
    }

    /// Below a kicker, a heading line may hold two articles' titles side by side, in up to four
    /// runs (Chromium's pages through `-layout`, no blank line between the articles): the kicker
    /// and that line are still the next part's headings. A first heading line of three runs is
    /// not one.
    @Test func sideBySideTitlesUnderAKickerStartAPart() {
        let band = [
            "第一篇正文的文字第一行内容 第一篇第二栏的第一行内容",
            "第一篇正文的最后一行内容。 第一篇第二栏的最后一行。",
            "红旗区洪门镇",
            "重拳整治违法建筑        筑牢城乡安全防线            红旗区西街街道曙光社区 开展夏季",
            " 本报讯 近日，红旗区洪门镇 依据法定流程，执法人员依法",
            "执法大队在辖区各村开展行动。 人送达《责令限期整改通知书》。",
        ]
        #expect(LayoutColumns.parts(band.map(Scalars.of)) == [0, 2, 4])
        #expect(LayoutColumns.parts(Array(band.dropFirst(3)).map(Scalars.of)) == [0])
    }

    /// Headings at the left margin above an indented first line are a part of their own: their
    /// big glyphs take few cells, so they say nothing of the columns below, and the articles
    /// stacked in one band are read one after another.
    @Test func headingsStartAPart() {
        let band = [
            "第一篇正文的文字第一行内容 第一篇第二栏的第一行内容",
            "第一篇正文的最后一行内容。 第一篇第二栏的最后一行。",
            "卫滨区领导调研陆航片区 在红旗区召开全市推进会",
            "  本报讯 近日，卫滨区委 第二篇第二栏的第一行内",
            "书记邓国永调研陆航片区。 容，同向发力，同频共振。",
        ]
        #expect(LayoutColumns.parts(band.map(Scalars.of)) == [0, 2, 3])
        #expect(rewrite(band) == """
            第一篇正文的文字第一行内容
            第一篇正文的最后一行内容。
            第一篇第二栏的第一行内容
            第一篇第二栏的最后一行。
            卫滨区领导调研陆航片区 在红旗区召开全市推进会
            本报讯 近日，卫滨区委
            书记邓国永调研陆航片区。
            第二篇第二栏的第一行内
            容，同向发力，同频共振。
            """)
    }

    /// `-layout` pages are recognised by their gutters or by the left padding of empty columns,
    /// and the columns come out as paragraphs.
    @Test func layoutInputIsDetectedAndRead() throws {
        var lines: [String] = []
        for n in 0..<12 {
            lines.append(n % 2 == 0 ? "                    第二栏第\(n)行的文字内容，" : "第一栏第\(n)行的文字内容，")
        }
        let text = lines.joined(separator: "\n")
        let kind = Array(text.utf8).withUnsafeBufferPointer { InputKind.detect($0) }
        #expect(kind == .layout)
        let out = try Tidy.run(Array(text.utf8))
        #expect(out.inputKind == .layout)
    }

    /// A short page (a jumped article's tail alone, five lines of three columns) is `-layout`'s
    /// when most of its lines have gutters.
    @Test func aShortLayoutPageIsDetected() throws {
        let bytes = try Fixtures.bytes("Fixtures/more/s6/pages/xl-e01-p3/pdftotext_layout.txt")
        #expect(bytes.withUnsafeBufferPointer { InputKind.detect($0) } == .layout)
        let out = try Tidy.run(bytes)
        #expect(Array(out.output).firstRange(of: Array("州1600吨超大吨位移动模架项目，创新多机协同吊装模式".utf8)) != nil)
        // (Zhtidy's own output of it reads as Markdown again.)
        #expect(Array(out.output).withUnsafeBufferPointer { InputKind.detect($0) } == .markdown)
    }

    /// A gutter closed beside a line of narrow digits: `-layout` glues the two columns' lines into
    /// one word, cut where the next column starts and both parts are full lines.
    @Test func aWordGluedAcrossAGutterIsCut() {
        let band = [
            "会             问题、主动担当、善理旧账",
            "   本报讯 6月8日，红旗，坚决纠正政绩观偏差，坚",
            "区召开树立和践行正确政绩  持久久为功、真抓实干，全",
            "观学习教育座谈会，深入学  力创造经得起实践、人民和",
            "习贯彻习近平总书记关于树  历史检验的过硬政绩，为奋",
        ]
        #expect(rewrite(band) == """
            会
            本报讯 6月8日，红旗
            区召开树立和践行正确政绩
            观学习教育座谈会，深入学
            习贯彻习近平总书记关于树
            问题、主动担当、善理旧账
            ，坚决纠正政绩观偏差，坚
            持久久为功、真抓实干，全
            力创造经得起实践、人民和
            历史检验的过硬政绩，为奋
            """)
    }

    /// A photo credit at the margin beside a column's line is no heading: it cuts no part, so
    /// the column's line after it stays in its column, and the credit goes after the part.
    @Test func aCreditBesideAColumnIsNoHeading() throws {
        let band = try fixtureLines("Fixtures/more/s6/pages/rl-e02-p3/pdftotext_layout.txt", 45..<56)
        #expect(!LayoutColumns.isHeading(band[3]))
        let text = try #require(LayoutColumns.rewrite(band)).split(separator: 0x0A).map { String(decoding: UTF8Scan.encode(Array($0)), as: UTF8.self) }
        let i = try #require(text.firstIndex(of: "辖区各村及沿街片区，开展"))
        #expect(Array(text[(i + 1)...].prefix(2)) == ["违法建筑专项排查整治行动", "，旨在规范镇、村建设秩序"])
        #expect(text.last == "（通讯员供图）")
    }

    /// A title's last character glued to the dateline under it (`议本报讯 近日，…`, Chromium)
    /// still opens the article: the title row above cuts a part, so the columns above it end
    /// there (`…要切实扛起主体责任，精` goes on with `准对标中央…`, not with the next row's titles).
    @Test func aDatelineWithTheTitlesLastCharacterOpensAnArticle() throws {
        let line = Scalars.of("议本报讯 近日，全市科技服务业现场推 9.95%，高于全市平均水平0.95个百分")
        #expect(LayoutColumns.opensParagraph(line))
        let out = Array(try Tidy.run(try Fixtures.bytes("Fixtures/more/s5/pages/cr-e02-p1/pdftotext_layout.txt")).output)
        #expect(out.firstRange(of: Array("切实扛起主体责任，精准对标中央和省、市工作要求".utf8)) != nil)
        #expect(out.firstRange(of: Array("# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。".utf8)) != nil)
    }

    /// A row whose first column is empty (beside a photo) is packed left: each of its three
    /// texts starts 8–10 cells short of its column, and is read as that column's.
    @Test func aRowPackedLeftIsShiftedBackToItsColumns() throws {
        let starts = [0, 19, 38, 57]
        let row = Scalars.of("          全区树立和践行正确政绩观学习教育走深 主义，确保学习教育不走过程、不偏不 效。要坚持压实责任，强化实干保障，狠")
        #expect(LayoutColumns.rowShift(row, starts: starts) == 8)
        // (Texts at their columns, or one pushed text, are no shifted row.)
        #expect(LayoutColumns.rowShift(Scalars.of("绩观学习教育，是党中央部署的重大政治 升整体工作质效。要坚持统筹联动，推动    刘怀斌要求，全区党员干部要坚持深"), starts: starts) == 0)
        let out = Array(try Tidy.run(try Fixtures.bytes("Fixtures/more/s7/pages/cr-e02-p4/pdftotext_layout.txt")).output)
        #expect(out.firstRange(of: Array("强化督导纠偏，杜绝形式主义，确保学习教育不走过程、不偏不倚。".utf8)) != nil)
        #expect(out.firstRange(of: Array("以过硬实绩检验学习教育成效。要坚持压实责任".utf8)) != nil)
    }

    /// A row with two texts, the first columns empty, packed left: a dateline at cell 39 under a
    /// column at 49, the next column's text one space after it. Two texts at a column and its
    /// indent, or at the first column, are no shifted row.
    @Test func aPackedRowOfTwoTextsIsShiftedBack() throws {
        let starts = [0, 19, 49, 68]
        let row = Scalars.of(String(repeating: " ", count: 39) + "本报讯 近日，红旗区洪门镇综合行政 依据法定流程，执法人员依法向当事")
        #expect(LayoutColumns.rowShift(row, starts: starts) == 9)  // (the least shift that puts both within their columns)
        #expect(LayoutColumns.rowShift(Scalars.of(String(repeating: " ", count: 22) + "本报讯 近日，红旗区洪门镇综合行政 依据法定流程，执法人员依法向当事"), starts: starts) == 0)
        #expect(LayoutColumns.rowShift(Scalars.of("  针对夏季高温潮湿、病媒生物易滋生 播，切实筑牢公共卫生安全防线。"), starts: starts) == 0)
        let out = Array(try Tidy.run(try Fixtures.bytes("Fixtures/more/s24/pages/cr-e01-p1/pdftotext_layout.txt")).output)
        #expect(out.firstRange(of: Array("红旗区洪门镇综合行政执法大队在辖区各村及沿街片区".utf8)) != nil)
        #expect(out.firstRange(of: Array("执法人员依法向当事人送达《责令限期整改通知书》".utf8)) != nil)
    }

    /// A quotation printed a row below its place (its marks' baseline), inside a gap of the line
    /// above that goes on with a pause mark, is put back in the gap; a line of other text in such
    /// a gap, or a quotation beside a wider gap, stays as printed.
    @Test func aQuotationPrintedARowLowFillsItsGap() throws {
        let above = Scalars.of("  调研了河南绿丰环保工程、银海医学检验实 县（市、区）         ，薄弱县（市、区）挖潜、")
        let quote = Scalars.of(String(repeating: " ", count: 34) + "“破零”")
        let refilled = LayoutColumns.gapsRefilled([above, quote])
        #expect(refilled.count == 1)
        #expect(String(decoding: UTF8Scan.encode(refilled[0]), as: UTF8.self).contains("县（市、区）“破零”     ，薄弱县"))
        let other = Scalars.of(String(repeating: " ", count: 34) + "兴地说。")
        #expect(LayoutColumns.gapsRefilled([above, other]).count == 2)
        let wide = Scalars.of("体系，推动员工安全意识从                     ，是党中央部署的重大政治")
        #expect(LayoutColumns.gapsRefilled([wide, Scalars.of(String(repeating: " ", count: 16) + "“破零”")]).count == 2)
        let out = Array(try Tidy.run(try Fixtures.bytes("Fixtures/more/s16/pages/xl-e01-p1/pdftotext_layout.txt")).output)
        #expect(out.firstRange(of: Array("推动空白县（市、区）“破零”，薄弱县（市、区）挖潜、".utf8)) != nil)
    }

    /// A shifted row's texts may still sit two cells short of their columns; and a short
    /// article's second column, one column spacing right of the last column found, is a column
    /// on three lines in a row beside a long article's two (s24's cr-e02-p2: `本报讯 6月8日，…曙光`
    /// at cell 41 under a column at 48, its article's columns at 48 and 67).
    @Test func aShortArticlesColumnsBesideALongOnesAreRead() throws {
        let out = Array(try Tidy.run(try Fixtures.bytes("Fixtures/more/s24/pages/cr-e02-p2/pdftotext_layout.txt")).output)
        #expect(out.firstRange(of: Array("红旗区西街街道曙光社区组织开展夏季环境专项整治与常态化消杀工作".utf8)) != nil)
        #expect(out.firstRange(of: Array("曙光社区提前部署、精准施策。工作人员聚焦小区楼道".utf8)) != nil)
    }

    /// A figure marker's `图）` printed a line lower than its `（如` goes back to it; a marker
    /// broken where the column's lines run on is left as it is.
    @Test func aFigureMarkerSplitByAPhotosBaselineIsRejoined() {
        let column = ["玉米种子依照预设的行距、株距精准入土（如", "。该地块全程采用“4+4”间隔套种模式，", "图）", "垄行整齐划一，一幅热火朝天的夏播图景跃"].map(Scalars.of)
        #expect(LayoutColumns.figureMarkersRejoined(column) == ["玉米种子依照预设的行距、株距精准入土（如图）", "。该地块全程采用“4+4”间隔套种模式，", "垄行整齐划一，一幅热火朝天的夏播图景跃"].map(Scalars.of))
        let inOrder = ["…精准入土（如", "图）。该地块全程采用", "图）"].map(Scalars.of)
        #expect(LayoutColumns.figureMarkersRejoined(inOrder) == inOrder)
    }

    /// Columns are set at equal spacing: a short article's second column, on six lines beside
    /// its first over a long article's two columns, is too short to count by itself, but sits
    /// midway between columns twice the spacing apart.
    @Test func aShortColumnMidwayBetweenTwoIsAColumn() throws {
        let part = try fixtureLines("Fixtures/more/s7/pages/xl-e02-p2/pdftotext_layout.txt", 12..<38)
        let starts = LayoutColumns.starts(part)
        #expect(starts.count == 4 && (21...26).contains(starts[1]))
        let read = try #require(LayoutColumns.read(part))
        #expect(read.columns[0].last.map(Scalars.string) == "曙光社区提前部署、精准施策。工作人员聚")
        #expect(read.columns[1].first.map(Scalars.string) == "焦小区楼道、公共通道、休闲广场、绿化草")
    }

    /// A column's starts chain across the cells left of it (a title's big glyphs take few cells:
    /// `河南省大方重型 牧野区召开大气`; a dateline set after a title: `色班组力量     本报讯 6月8日`),
    /// down to the first column's indents; the chain is cut 3 cells left of its commonest start,
    /// and an indent (cells 1–4) is no column. ReportLab's five-column page, whose first column
    /// was read line by line into the second's.
    @Test func aChainOfStartsIsCutAtItsCommonest() throws {
        let part = try fixtureLines("Fixtures/more/s16/pages/rl-e01-p1/pdftotext_layout.txt", 2..<150)
        let starts = LayoutColumns.starts(part)
        #expect(starts.count == 5 && (14...16).contains(starts[1]))
        // (A chain bridging a gutter: the second column at 16, its pushed lines' starts at 19 to
        // 27, the third column at 29.)
        let bridged = try fixtureLines("Fixtures/more/s19/pages/rl-e02-p2/pdftotext_layout.txt", 2..<95)
        #expect(LayoutColumns.starts(bridged).count == 3 && LayoutColumns.starts(bridged).last.map { (25...29).contains($0) } == true)
        let indented = try fixtureLines("Fixtures/more/s8/pages/rl-e01-p1/pdftotext_layout.txt", 2..<134)
        #expect(!LayoutColumns.starts(indented).contains { (1...12).contains($0) })
        let out = try layoutOutput(Fixtures.bytes("Fixtures/more/s16/pages/rl-e01-p1/pdftotext_layout.txt"))
        #expect(Array(out.utf8).firstRange(of: Array("\n\n本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产是企业高质量发展的基石。".utf8)) != nil)
    }

    /// A column's first-line indents (`    耿村青壮年大多外出务` 4 cells right of its start) are
    /// no column of their own, though more than a third of the spacing right of a start found
    /// further left (the column's starts in the page's other grid).
    @Test func aColumnsIndentsAreNoColumn() throws {
        let part = try fixtureLines("Fixtures/more/s7/pages/rl-e01-p1/pdftotext_layout.txt", 2..<148)
        #expect(LayoutColumns.starts(part).count == 5)
        let out = try layoutOutput(Fixtures.bytes("Fixtures/more/s7/pages/rl-e01-p1/pdftotext_layout.txt"))
        #expect(Array(out.utf8).firstRange(of: Array("\n\n耿村青壮年大多外出务工，留守老人和困难家庭面临劳动力短缺".utf8)) != nil)
    }

    /// Two articles stacked in one band with no blank line between them, each on its own grid: a
    /// 3-column article (starts near 27 and 54) over a 4-column box whose title shares its row
    /// with the box's second column (`红旗区向阳街道 推动民生项目落地见效   群众关心的问题，…`).
    /// The part is cut at the title's row, and each half read in its own columns; a single-grid
    /// part (ReportLab's five columns, their starts drifting) is not cut.
    @Test func articlesOnTwoGridsAreTwoParts() throws {
        let band = try fixtureLines("Fixtures/more/s21/pages/cr-e01-p1/pdftotext_layout.txt", 3..<35)
        #expect(LayoutColumns.gridCut(band) == 7)
        #expect(LayoutColumns.gridCut(try fixtureLines("Fixtures/more/s16/pages/rl-e01-p1/pdftotext_layout.txt", 2..<150)) == nil)
        let out = Array(try layoutOutput(Fixtures.bytes("Fixtures/more/s21/pages/cr-e01-p1/pdftotext_layout.txt")).utf8)
        #expect(out.firstRange(of: Array("\n\n本报讯 近日，红旗区向阳街道人大工委坚持将监督职能与推进民生实事相结合，".utf8)) != nil)
        #expect(out.firstRange(of: Array("\n\n李博强调，要认清严峻形势，以过硬作风筑牢攻坚根基。".utf8)) != nil)
    }

    /// A title at the margin whose next rows are more heading lines, each beside another
    /// article's text (`封丘县潘店镇`, then `推广粮食种植新技术 绘就“一地双收”丰   议`, `收图   本报讯
    /// 近日，…`), still cuts a band on two grids: only the text at the margin is read as a heading.
    /// A heading row under another heading row (the second line of two articles' titles set side
    /// by side) is no cut: the first row is.
    @Test func aTitleOverHeadingRowsBesideTextCutsTheGrids() throws {
        let path = "Fixtures/more/s10/pages/cr-e02-p1/pdftotext_layout.txt"
        #expect(LayoutColumns.gridCut(try fixtureLines(path, 10..<47)) == 9)
        #expect(LayoutColumns.gridCut(try fixtureLines("Fixtures/more/s10/pages/rl-e02-p2/pdftotext_layout.txt", 3..<93)) == nil)
        let out = Array(try layoutOutput(Fixtures.bytes(path)).utf8)
        #expect(out.firstRange(of: Array("\n\n邓国永强调，全区各级各有关部门要认真落实市委、市政府关于实施城市更新行动的决策部署，持续加强与新乡国资集团的沟通协作，".utf8)) != nil)
    }

    /// Columns of two widths read one after another in one article's run (an 18-em column
    /// beside a 25-em one): a full line of the narrow column that ends a sentence
    /// (`…技能比武与安全竞赛。`) ends no paragraph when the next line goes on unindented; the
    /// wide column's lines after it do not make it look short.
    @Test func aFullLineOfANarrowColumnAfterWideOnesGoesOn() throws {
        let out = Array(try layoutOutput(Fixtures.bytes("Fixtures/more/s16/pages/cr-e02-p1/pdftotext_layout.txt")).utf8)
        #expect(out.firstRange(of: Array("常态化开展技能比武与安全竞赛。此外，该公司还兼顾“人文温度”，通过师徒结对".utf8)) != nil)
    }

    /// A photo credit set in a gap pushes the row right of it, and closes the gutter after it:
    /// `（通讯员供图） 肥高效利用，…的前提下，达米同种一块田，…又充实` is one word across two
    /// columns, cut where the next column's line starts, pushed as far right as the word.
    @Test func aWordOpeningItsColumnAcrossTheGutterIsCut() throws {
        let part = try fixtureLines("Fixtures/pages/xl-e02-p1/pdftotext_layout.txt", 33..<46)
        let read = try #require(LayoutColumns.read(part))
        #expect(read.columns.count == 4)
        #expect(read.columns[2].first.map(Scalars.string) == "肥高效利用，在不增加耕地面积的前提下，达")
        #expect(read.columns[3].first.map(Scalars.string) == "米同种一块田，既守住了“粮袋子”，又充实")
        #expect(read.credits.map(Scalars.string) == ["（通讯员供图）"])
    }

    /// Below a band's top, a row of two articles' headings side by side (three runs, `红旗区向阳街道
    /// 推动民生项目落地见效 卫滨区领导夜查…`) over an article's first paragraph starts a part: the
    /// article above has ended. A multi-line title's last line set beside other columns' lines
    /// (ReportLab's staggered page: `度会  助农 守护“三夏”  持“以人民为中心”的发展  场推进会议`,
    /// under the title's other lines at the margin) does not.
    @Test func aRowOfHeadingsStartsAPart() throws {
        let band = try fixtureLines("Fixtures/more/s6/pages/cr-e02-p3/pdftotext_layout.txt", 2..<37)
        // (Its dateline's row is put back under the headings first.)
        #expect(LayoutColumns.parts(LayoutColumns.firstRowsInOrder(band).band).contains(16))
        let staggered = try fixtureLines("Fixtures/pages/rl-e01-p1/pdftotext_layout.txt", 2..<108)
        #expect(LayoutColumns.parts(staggered) == [0])
        // The row is cut before the run set where the column that opens its article starts; the
        // right title goes over that article.
        let out = Array(try layoutOutput(Fixtures.bytes("Fixtures/more/s6/pages/cr-e02-p3/pdftotext_layout.txt")).utf8)
        #expect(out.firstRange(of: Array("\n# 红旗区向阳街道 推动民生项目落地见效\n".utf8)) != nil)
        #expect(out.firstRange(of: Array("\n# 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n\n本报讯 近日，卫滨区区长魏海晓先后".utf8)) != nil)
    }

    /// ReportLab's narrow gutters: `-layout` keeps one to three spaces between most lines of two
    /// columns, which then look glued like pdftotext's default mode, but it still pads short
    /// lines' gutters and empty columns' margins (a fifth of this page's lines); the default mode
    /// pads nothing. Read as `-layout`, the title stays whole and the article's second column
    /// goes on from its first (`确保学习教` | `育取得扎实成效。`).
    @Test func narrowGuttersAreLayout() throws {
        let layout = try Fixtures.bytes("Fixtures/more/s8/pages/rl-e02-p3/pdftotext_layout.txt")
        #expect(layout.withUnsafeBufferPointer { InputKind.detect($0) } == .layout)
        let out = Array(try Tidy.run(layout).output)
        #expect(out.firstRange(of: Array("# 红旗区召开树立和践行正确政绩观学习教育座谈会\n".utf8)) != nil)
        #expect(out.firstRange(of: Array("确保学习教育取得扎实成效。".utf8)) != nil)
        let glued = try Fixtures.bytes("Fixtures/more/s8/pages/rl-e02-p3/pdftotext.txt")
        #expect(glued.withUnsafeBufferPointer { InputKind.detect($0) } != .layout)
    }

    /// A column's width is where its full lines end, glue and all (`贵州 1600 吨…` is one run,
    /// not a word `贵州`), and two marks side by side take an em and a half (`”     ，`): the line
    /// `坚持“以练促防”     ，全年开展 4 场高质量应急` fits its column, and `场高质量应急`, pushed to
    /// the next column's start, stays in it (XeLaTeX's page 2).
    @Test func aLineWithSqueezedMarksFitsItsColumn() throws {
        let band = try fixtureLines("Fixtures/pages/xl-e01-p2/pdftotext_layout.txt", 4..<16)
        let read = try #require(LayoutColumns.reorder(band)).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        #expect(read.contains("坚持“以练促防”     ，全年开展 4 场高质量应急"))
        #expect(read.contains("心帮扶等方式，及时疏导员工情绪，凝聚起全"))
    }

    /// Columns that go on below a blank line (a gap beside a photo) are read down through it: the
    /// band below, with no heading at its top and its columns where the band above has them, is
    /// part of the same band (XeLaTeX's page 2: `…推进会` at the foot of the first column goes on
    /// at the head of the second, `…全区环` above the gap in `境空气质量提升` below it).
    @Test func columnsGoOnBelowABlankLine() throws {
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/pages/xl-e01-p2/pdftotext_layout.txt"))
        #expect(out.contains("会议传达近期全市大气污染防治推进会精神，复盘上周大气污染防治集中攻坚工作，"))
        #expect(out.contains("全力推动全区环境空气质量提升。"))
    }

    /// A part's first line may open with the rest of a heading set beside it in big glyphs, which
    /// take few cells: the text after it sits left of its columns, and is cut by width into the
    /// rightmost columns' first lines (XeLaTeX's page 2: two articles side by side).
    @Test func textBesideAHeadingsRestGoesToTheRightmostColumns() throws {
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/pages/xl-e02-p2/pdftotext_layout.txt"))
        #expect(out.contains("本报讯 近日，红旗区向阳街道人大工委坚持将监督职能与推进民生实事相结合，"))
        #expect(out.contains("\n\n在项目执行阶段，实施全过程闭环监督，采取“一看、二听、三议”的模式，"))
        #expect(out.contains("快速调度处置，确保数据平稳。"))
    }

    /// Two articles' headings side by side on one line, one space apart: the line is cut where a
    /// word starts at a column of the part below, and the right heading goes before the first of
    /// its columns that opens an article, taking back its last character glued to the dateline
    /// (`议本报讯 近日，…`, Chromium's page 2).
    @Test func headingsSideBySideAreCutAtAColumn() throws {
        let out = try layoutOutput(try Fixtures.bytes("Fixtures/pages/cr-e01-p2/pdftotext_layout.txt"))
        #expect(out.contains("# 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n"))
        #expect(out.contains("# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
        let band = ["卫滨区领导夜查环保 在红旗区召开全市", "  本报讯 近日，卫滨区 快速调度处置，确", "深入平原镇、中同街 尘控车、治点治企等"].map(Scalars.of)
        let split = try #require(LayoutColumns.splitHeadings([band[0]], starts: [0, 10]))
        #expect(split.column == 1)
        #expect(split.left == [Scalars.of("卫滨区领导夜查环保")] && split.right == [Scalars.of("在红旗区召开全市")])
    }

    /// xeCJK's glue around an ASCII symbol (`党建 + 安全生产`) and the kerning gap before a
    /// squeezed mark (`”  ，`) are no column starts (XeLaTeX's page 1: three columns, not four).
    @Test func glueAndKerningAreNoColumnStarts() throws {
        let band = try fixtureLines("Fixtures/pages/xl-e02-p1/pdftotext_layout.txt", 5..<11)
        #expect(LayoutColumns.starts(band) == [0, 27, 62])
    }

    /// A body line without punctuation is no heading because the next line opens with a dateline
    /// in another column: below a band's top, the dateline must be under it (ReportLab's page 1,
    /// `盘梳理全区前期工作成效与短板` beside `本报讯 （新乡日报…` two columns right).
    @Test func aDatelineInAnotherColumnMakesNoHeading() {
        let band = [
            "组织学习教育开展情况汇报，复",
            "盘梳理全区前期工作成效与短板",
            "                        本报讯 （新乡日报全媒体记",
            "不足，系统安排部署下一阶段重",
        ].map(Scalars.of)
        #expect(LayoutColumns.parts(band) == [0])
        // At a band's top a heading may stand over any column (side-by-side articles).
        #expect(LayoutColumns.parts(Array(band.dropFirst())) == [0, 1])
        #expect(LayoutColumns.parts(["牧野区召开大气污染防治攻坚调度会", "  本报讯 6 月 8 日，牧野区召开"].map(Scalars.of)) == [0, 1])
        #expect(LayoutColumns.parts(["牧野区召开大气污染防治攻坚调度会", "本报讯 6 月 8 日，牧野区召开"].map(Scalars.of)) == [0, 1])
    }

    /// A running head with no blank line below it is no column's: its words (`城区新闻`) stay out
    /// of the text, and the head comes off as page furniture (Chromium's page 4, top).
    /// Under its heading, `-layout` may print an article's second row before the row its dateline
    /// opens; the rows are read in order again.
    @Test func anArticlesFirstRowGoesBeforeItsSecond() throws {
        let band = try fixtureLines("Fixtures/more/s9/pages/cr-e01-p2/pdftotext_layout.txt", 33..<42)
        let (fixed, swapped) = LayoutColumns.firstRowsInOrder(band)
        #expect(swapped)
        #expect(fixed[2] == band[3] && fixed[3] == band[2])
        let lines = try #require(LayoutColumns.rewrite(band)).split(separator: 0x0A).map { Array(Scalars.trimmed(Array($0))) }
        func after(_ prefix: String) -> [UInt32]? {
            lines.firstIndex { $0.starts(with: Scalars.of(prefix)) }.map { lines[$0 + 1] }
        }
        #expect(after("本报讯 近日，红旗区洪门镇")?.starts(with: Scalars.of("执法大队在辖区")) == true)
        #expect(after("依据法定流程")?.starts(with: Scalars.of("人送达《责令")) == true)
        // (A heading over running text that goes on, no dateline below it: left alone.)
        #expect(!LayoutColumns.firstRowsInOrder(Array(band[0..<3]) + Array(band[4...])).swapped)
    }

    /// Two titles side by side over two columns, with a third column's text beside them from the
    /// band's top: the band is cut down the gutter before that column, the left part read first
    /// (its headings a part of their own, the left title's last character `议` on the row of the
    /// right article's dateline), then the column.
    @Test func titlesBesideAColumnAreReadOverTheirOwnColumns() throws {
        let path = "Fixtures/more/s10/pages/rl-e01-p2/pdftotext_layout.txt"
        let band = try fixtureLines(path, 4..<111)
        let split = try #require(LayoutColumns.besideHeadings(band))
        #expect(split.left.first.map { Array(Scalars.trimmed($0)) } == Scalars.of("在红旗区召开全市科 牧野区召开大气污染"))
        #expect(split.right.first.map { Array(Scalars.trimmed($0)) } == Scalars.of("（资料图片）"))
        #expect(LayoutColumns.restBeforeDateline(Scalars.of("议          本报讯 6月8日，牧野区召开")))
        #expect(!LayoutColumns.restBeforeDateline(Scalars.of("本报讯 6月8日，牧野区召开")))
        let out = try layoutOutput(try Fixtures.bytes(path))
        #expect(out.contains("# 在红旗区召开全市科技服务业现场推进会议\n"))
        #expect(out.contains("\n本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。区委书记李博主持会议并讲话，"))
        // (A band whose part left of its last column opens with no heading is read as before.)
        #expect(LayoutColumns.besideHeadings(Array(band[5...])) == nil)
    }

    /// A title set over an article right of the first column keeps its halves together, one space
    /// apart as printed, though the second half would start the next column by its cells.
    @Test func aSideTitlesHalvesStayTogether() throws {
        let band = try fixtureLines("Fixtures/pages/cr-e01-p1/pdftotext_layout.txt", 47..<58)
        let lines = try #require(LayoutColumns.rewrite(band)).split(separator: 0x0A).map { Array(Scalars.trimmed(Array($0))) }
        #expect(lines.contains(Scalars.of("重拳整治违法建筑 筑牢城乡安全防线")))
        #expect(!lines.contains { $0.starts(with: Scalars.of("筑牢城乡安全防线依据")) })
    }

    /// A long word one space after a full line of its column, left of the next column's start
    /// (narrow digits on the line pulled it left), is the next column's line.
    @Test func aWordThatOverflowsItsColumnIsTheNextColumns() throws {
        let part = try fixtureLines("Fixtures/more/s6/pages/cr-e01-p1/pdftotext_layout.txt", 64..<71)
        let read = try #require(LayoutColumns.read(part))
        #expect(read.columns.count == 3)
        #expect(read.columns[1].first == Scalars.of("今年以来，红旗区科技服务业稳中有进，规上企业达"))
        #expect(read.columns[2].first == Scalars.of("准培育策略，推动空白县（市、区）“破零”，薄弱县"))
    }

    /// A closing byline flush right at a column's end, one space before the next column's line,
    /// closes the column whose sentence has ended, not the one whose line runs on.
    @Test func aBylineBesideTheNextColumnClosesItsOwn() throws {
        let part = try fixtureLines("Fixtures/more/s7/pages/xl-e02-p3/pdftotext_layout.txt", 7..<20)
        let read = try #require(LayoutColumns.read(part))
        #expect(read.columns[1].last == Scalars.of("（卫滨宣）"))
        let third = read.columns[2].map { Array(Scalars.trimmed($0)) }
        let k = try #require(third.firstIndex { $0.starts(with: Scalars.of("整齐划一")) })
        #expect(third[k + 1] == Scalars.of("前。"))
        // (Names one space apart, the next column's line three spaces after.)
        let page = try layoutOutput(try Fixtures.bytes("Fixtures/more/s5/pages/cr-e01-p2/pdftotext_layout.txt"))
        #expect(Array(page.utf8).firstRange(of: Array("全力推动全区环境空气质量提升。要强化快速响应".utf8)) != nil)
        #expect(Array(page.utf8).firstRange(of: Array("（洪门 文/图）".utf8)) != nil)
    }

    /// A lead credit's names one space apart stay in its column while its bracket is open, though
    /// by their cells they would not fit.
    @Test func aLeadCreditsNamesStayInItsColumn() throws {
        for path in ["Fixtures/more/s7/pages/xl-e02-p3/pdftotext_layout.txt"] {
            let page = try layoutOutput(try Fixtures.bytes(path))
            #expect(Array(page.utf8).firstRange(of: Array("（新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产是".utf8)) != nil)
        }
    }

    /// A byline set flush right in a column's gap starts no column: `（向阳宣）` left of the next
    /// article's column would start one there, and that column's lines would be cut.
    @Test func aBylineInAGapStartsNoColumn() throws {
        let page = try layoutOutput(try Fixtures.bytes("Fixtures/more/s14/pages/xl-e02-p1/pdftotext_layout.txt"))
        #expect(Array(page.utf8).firstRange(of: Array("对发现的问题现场交办、限期整改，确保工程经得起检验。\n".utf8)) != nil)
    }

    /// A word two spaces after a full line of its column is the next column's first line, set
    /// left of that column's start by the ems its line holds: `…以及存在结构坍塌  本报讯 6月8日，…`.
    @Test func aWordTwoSpacesAfterAFullLineIsTheNextColumns() throws {
        let page = try layoutOutput(try Fixtures.bytes("Fixtures/more/s16/pages/cr-e02-p4/pdftotext_layout.txt"))
        #expect(page.contains("以及存在结构坍塌等安全隐患的现实危害。"))
        #expect(page.contains("\n本报讯 6月8日，红旗区西街街道曙光社区组织开展"))
    }

    /// A text alone on its row, its first column empty, over a row `-layout` packed left that
    /// opens beside it, is shifted alike: a heading's rest over its column's dateline is no line
    /// of the column left of it (`…党员班长肖太` ⏎ `治攻坚工作` ⏎ … ⏎ `强带队攻坚贵州…`).
    @Test func aTextAloneOverAShiftedRowIsShiftedAlike() throws {
        let page = try layoutOutput(try Fixtures.bytes("Fixtures/more/s10/pages/cr-e02-p2/pdftotext_layout.txt"))
        #expect(page.contains("在急难险重任务中，党员班长肖太强带队攻坚贵州1600吨超大吨位移动模架项目，"))
    }

    /// A closing byline glued to the sentence end of the column left of it, where the next
    /// column starts, is that column's last line: it closes the article after the next column's
    /// text (`…的预期效果。（张志超 罗菲 李萌 文/图）`).
    @Test func aBylineGluedToASentenceEndIsTheNextColumns() throws {
        let page = try layoutOutput(try Fixtures.bytes("Fixtures/more/s10/pages/xl-e01-p1/pdftotext_layout.txt"))
        #expect(page.contains("“玉米不减产、多收一季豆”的预期效果。\n\n为保障复合种植模式落地见效"))
        #expect(page.contains("增收、得实惠。\n\n（张志超 罗菲 李萌 文/图）"))
    }

    @Test func aRunningHeadAboveTheColumnsStaysWhole() throws {
        let page = try Fixtures.bytes("Fixtures/pages/cr-e01-p4/pdftotext_layout.txt")
        let top = Array(page.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(12).joined(separator: [0x0A]))
        let out = try layoutOutput(top)
        #expect(!out.contains("城区新闻"))
        #expect(out.contains("同类问题常态化复盘研判，健全长效管控举措，杜绝问题反复反弹。"))
    }
}

/// pdfplumber and pdftotext's default mode: columns glued line by line (LAYOUT-INTERLEAVED).
@Suite struct InterleavedColumnTests {
    private func rewrite(_ lines: [String]) -> [String] {
        InterleavedColumns.rewrite(lines.map(Scalars.of)).lines.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
    }

    /// Segments are cut by width: xeCJK's glue and a credit's spaces stay inside a segment, the
    /// space between two full column lines does not.
    @Test func segmentsAreCutByWidth() {
        let line = Scalars.of("本报讯 6 月 8 日，红旗区召开树立 重点任务，持续推动全区树立和践行正确")
        let cut = InterleavedColumns.segments(line, width: 18).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        #expect(cut == ["本报讯 6 月 8 日，红旗区召开树立", "重点任务，持续推动全区树立和践行正确"])
    }

    /// Two columns' lines printed with no space between them where the right one opens with `“`
    /// (or `《`, `（`) are cut there when the part before is a full line (s20 xl-e01-p1,
    /// pdftotext). Measured over the benchmark and s5-s19: pdftotext default 1811 -> 1838
    /// paragraphs, pdfplumber 2022 -> 2047; s20 (unseen for these) +3 and +5, s21 unchanged.
    @Test func aQuoteGluedToAFullLineStartsTheNextColumn() {
        let line = Scalars.of("，又充实了 家庭面临劳动力短缺、农机调配难等困境。“70 多岁还天天守在田间地头帮我们联系机")
        let cut = InterleavedColumns.segments(line, width: 19).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        #expect(cut == ["，又充实了", "家庭面临劳动力短缺、农机调配难等困境。", "“70 多岁还天天守在田间地头帮我们联系机"])
        // (So does a book title's or a bracket's opening mark.)
        let title = Scalars.of("家庭面临劳动力短缺、农机调配难等困境。《责令限期整改通知书》，明确了违法事实")
        #expect(InterleavedColumns.segments(title, width: 19).count == 2)
        // (A quote inside a line that is no longer than a column stays.)
        let one = Scalars.of("要坚持“三个结合”，推动系统集成、提质增效。")
        #expect(InterleavedColumns.segments(one, width: 19).count == 1)
    }

    /// A block whose lines cut into all its columns is read column by column; a line with fewer
    /// segments gives them to the column whose text goes on (the other has ended).
    @Test func aConsistentBlockIsReadColumnByColumn() {
        let out = rewrite([
            "第一栏的文字第一行内容写满了 第二栏的文字第一行内容写满了",
            "第一栏的文字第二行内容写满了 第二栏的文字第二行内容写满了",
            "第一栏完。 第二栏的文字第三行内容写满了",
            "第二栏的文字第四行内容写满了",
            "第二栏完。",
        ])
        #expect(out == ["第一栏的文字第一行内容写满了", "第一栏的文字第二行内容写满了", "第一栏完。",
                        "第二栏的文字第一行内容写满了", "第二栏的文字第二行内容写满了", "第二栏的文字第三行内容写满了",
                        "第二栏的文字第四行内容写满了", "第二栏完。"])
    }

    /// Lines of many short words are no page of columns: the choice of columns for a short line
    /// grows as 2^k, so a block is read as at most eight (a fuzzed 4 KB input took 24 GB).
    @Test func manySegmentsAreNoColumns() {
        let line = Array(repeating: "红旗区召开座谈会", count: 30).joined(separator: " ")
        let half = Array(repeating: "红旗区召开座谈会", count: 15).joined(separator: " ")
        let lines = (0..<6).map { n in Scalars.of(n == 5 ? half : line) }  // C(30, 15) choices
        #expect(InterleavedColumns.segments(lines[0], width: 8).count == 30)
        let read = InterleavedColumns.rewrite(lines)
        #expect(read.lines.count >= lines.count)
    }

    /// One column's wrapped lines, spaces and all, are never cut.
    @Test func oneColumnIsLeftAlone() {
        let lines = ["本报讯 6 月 8 日，红旗区召开树立和践", "行正确政绩观学习教育座谈会，深入学习贯", "（张志超 罗菲 李萌 文/图）"]
        let read = InterleavedColumns.rewrite(lines.map(Scalars.of))
        #expect(!read.read && read.left == 0)
    }

    /// Headings above a dateline start a new block, never cut into segments.
    @Test func headingsStartABlock() {
        let band = ["第一篇的文字内容写满了。", "红旗区召开座谈会 推动民生项目落地见效", "本报讯 近日，红旗区召开 座谈会，深入学习贯彻"]
        #expect(InterleavedColumns.blocks(band.map(Scalars.of)).map { $0.heading } == [false, true, false])
    }

    /// Paragraphs of hundreds of characters with spaces between their sentences are Markdown,
    /// never cut into columns.
    @Test func longParagraphsWithSpacesAreNotColumns() throws {
        let sentence = "红旗区召开树立和践行正确政绩观学习教育座谈会，深入学习贯彻重要论述。"
        let paragraph = Array(repeating: sentence, count: 5).joined(separator: " ")
        let text = Array(repeating: paragraph, count: 12).joined(separator: "\n\n")
        #expect(Array(text.utf8).withUnsafeBufferPointer { InputKind.detect($0) } == .markdown)
        let out = try Tidy.run(Array(text.utf8)).outputString
        #expect(out.hasPrefix(sentence + sentence))
    }

    /// A jumped article's tail alone on a page (pdfminer.six: boxes of two or three printed
    /// lines, furniture between) breaks few lines, but its lines are a column's: it is wrapped
    /// text. Our own output (one line per paragraph) stays Markdown.
    @Test func aShortPageOfColumnLinesIsWrapped() {
        let page = "2025 年 6 月 10 日　星期二\n\n综合新闻\n\n第 3 版\n\n（上接第 1 版）州 1600 吨超大吨位移动模架项目，创新多机\n\n协同吊装模式，提前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理，组建 103 名党员\n应急救援队伍，构建精准应急体系。党员班长王仓永曾连夜\n带队排除铆床设备故障，检验了实战效能。同时，该公司坚\n\n持“以练促防”，全年开展 4 场高质量应急演练，覆盖 500\n余人次。党员带头推进厂区环境整治与设备升级，从细节处\n规避安全风险。\n\n月”等载体，常态化开展技能比武与安全竞赛。此外，该公司\n还兼顾“人文温度”，通过师徒结对、暖心帮扶等方式，及时\n疏导员工情绪，凝聚起全员安全共识。\n\n文化浸润于心，安全践行于行。该公司打造党建与安全\n文化宣传阵地，累计组织专题学习 12 次。\n\n新乡日报\n\n本版责编：孙悦\n\n3\n"
        #expect(Array(page.utf8).withUnsafeBufferPointer { InputKind.detect($0) } == .wrapped)
        let output = Tidy.run(page).outputString
        #expect(Array(output.utf8).withUnsafeBufferPointer { InputKind.detect($0) } == .markdown)
    }

    /// Glued columns are judged on body lines only (a running head with no pause is none), and
    /// ASCII marks count as the fullwidth ones typography makes of them: the page reads the same
    /// once its furniture is out and its marks are fullwidth, as a second run reads it.
    @Test func gluedLinesAreJudgedAsASecondRunJudgesThem() {
        let glued = "本报讯 近日，全市科技服务业现场推进会在红旗区召开 会议通报了全市科技服务业运行情况，红旗区作典型经验"
        let ascii = "策略,推动空白县(市、区)“破零”,薄弱县(市、区)挖 会议通报了全市科技服务业运行情况,红旗区"
        let plain = "在红旗区召开全市科技服务业现场推进会议，会议通报了全市科技服务业运行情况，红旗区"
        func looks(_ lines: [String]) -> Bool { Array(lines.joined(separator: "\n\n").utf8).withUnsafeBufferPointer { InputKind.looksInterleaved($0) } }
        // (`(市、区)挖` is a run of nine, as `（市、区）挖` is.)
        #expect(looks([ascii, plain]) == looks([ascii.replacingOccurrences(of: ",", with: "，").replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）"), plain]))
        #expect(looks([glued, plain]))
        // (A running head is no body line: the ratio is the same with it and without it.)
        #expect(looks(["2025 年 6 月 11 日 星期三 责任编辑:张伟 新乡日报 第2版 综合新闻 县区新闻", glued, plain]) == looks([glued, plain]))
    }

    /// Markdown is also judged with each paragraph's lines joined, as S-JOIN joins them (a
    /// second run reads one line of 20 characters where the first read two shorter ones); an
    /// ASCII `"` beside Chinese counts in its run as the curly quote Q-QUOTES makes of it, and
    /// spaces beside a Chinese mark as none.
    @Test func markdownIsJudgedWithItsParagraphsLinesJoined() {
        func looks(_ text: String, joining: Bool) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { InputKind.looksInterleaved($0, joiningBlocks: joining) }
        }
        let wrapped = "同.\n\n度\n检验实生见效〒      工质量与进，\n"
        #expect(!looks(wrapped, joining: false))
        #expect(looks(wrapped, joining: true))
        #expect(looks("同。\n\n度检验实生见效〒      工质量与进，\n", joining: false))
        #expect(looks("生工程落地见效〒   限\"调研了河程、银，\n", joining: false) == looks("生工程落地见效〒   限“调研了河程、银，\n", joining: false))
        // (A heading is a block of its own.)
        #expect(!looks("# 检验实生见效〒\n      工质量与进，\n", joining: true))
        // (A block that ends mid-sentence runs on past a blank line, as S-JOIN joins it.)
        #expect(looks("工程、\n\n生工程落地见效〒  南绿丰环保工程\n", joining: true))
        #expect(!looks("工程。\n\n生工程落地见效〒  南绿丰环保工程\n", joining: true))
        // (A line long enough to measure alone after a block's short lines has their pause.)
        #expect(looks("工程、\n\n生工程落生工程落地见效〒  南绿丰环保工程\n", joining: true))
        #expect(!looks("工程、\n\n生工程落生工程落地见效〒  南绿丰环保工程\n", joining: false))
        #expect(looks("]度\n\n验实生见效〒      工质量与进，\n", joining: true))
        // (So do the short lines after a long one: the block is one line on a second run.)
        let longThenShort = "u，超七成s2keisps20246.8\n程落地见效〒 进度，对发现\n"
        #expect(!looks(longThenShort, joining: false))
        #expect(looks(longThenShort, joining: true))
        #expect(looks("u，超七成s2keisps20246.8程落地见效〒 进度，对发现\n", joining: false))
        // (A list item is a paragraph of its own: items are not joined.)
        #expect(!looks("- 本报讯近日，全市科技服务业\n- 程落地见效〒 进度，对发现\n", joining: true))
        // (Spaces beside a Chinese mark are no gap: S-SPACE takes them out.)
        #expect(looks("程、  地见效〒  丰环保工程、银海医学检验\n", joining: false) == looks("程、地见效〒  丰环保工程、银海医学检验\n", joining: false))
    }

    /// A line of a thousand characters or more counts as many lines as it holds hundreds:
    /// pymupdf4llm may glue a whole column region into one line of thousands, which outweighs the
    /// few lines of a table beside it (Fixtures/pages/cr-e02-p2), where one line of each would not.
    /// A shorter line counts as one (a join must not change what the text weighs).
    @Test func aLongLineWeighsAsTheLinesItHolds() {
        func looks(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { InputKind.looksInterleaved($0) } }
        let segment = "本报讯近日，全市科技服务业现场推进会在"
        let gluedShort = Array(repeating: segment, count: 2).joined(separator: " ")
        let gluedMiddling = Array(repeating: segment, count: 40).joined(separator: " ")
        let gluedLong = Array(repeating: segment, count: 60).joined(separator: " ")
        let plain = "在红旗区召开全市科技服务业现场推进会议，会议通报了全市科技服务业运行情况，红旗区"
        let table = Array(repeating: plain, count: 4).joined(separator: "\n\n")
        #expect(!looks(gluedShort + "\n\n" + table))
        #expect(!looks(gluedMiddling + "\n\n" + table))
        #expect(looks(gluedLong + "\n\n" + table))
    }

    /// A page of glued columns is read as wrapped lines and warned about, whatever was read.
    @Test func gluedPagesAreReadAndWarnedAbout() throws {
        var page: [String] = []
        for n in "一二三四五六七八九十" { page.append("第一栏第\(n)行的文字内容，写满了一栏 第二栏第\(n)行的文字内容，写满了一栏") }
        let result = try Tidy.run(Array(page.joined(separator: "\n").utf8))
        #expect(result.inputKind == .wrapped)
        #expect(result.warnings.contains { $0.contains("interleaved") })
        #expect(result.outputString.hasPrefix("第一栏第一行的文字内容，写满了一栏第一栏第二行"))
    }

    /// Hard-wrapped text with one or two glued lines (too few for the page's verdict) is read as
    /// it is, with a warning that counts them; a photo credit after a sentence is no glued line.
    @Test func aFewGluedLinesAreWarnedAbout() throws {
        var page: [String] = []
        for n in "一二三四五六七八九十" { page.append("第\(n)行是一栏里写满的文字内容，这一栏写满了二十个字") }
        page.append("写满了一栏。")
        func warnings(_ lines: [String]) -> [String] { Tidy.run(lines.joined(separator: "\n")).warnings }
        #expect(warnings(page).isEmpty)
        var glued = page
        glued[4] = "第五行是一栏里写满的文字 第二栏第五行的文字内容，写满了"
        let w = warnings(glued)
        #expect(w.count == 1 && w[0].hasPrefix("1 line looks like lines of neighbouring columns glued with spaces"))
        var credit = page
        credit[4] = "第五行是一栏里写满的文字内容，写满了。 （本报记者摄）"
        #expect(warnings(credit).isEmpty)
    }
}

extension InterleavedColumnTests {
    /// pdftotext's default mode on Chromium's page (staggered baselines: a row per line only
    /// where the columns' lines meet): the columns taking turns read on better than rows, and the
    /// paragraphs come out whole (none did before).
    @Test func staggeredColumnsTakeTurns() throws {
        let dir = "Fixtures/pages/cr-e01-p1"
        let out = try Tidy.run(try Fixtures.bytes("\(dir)/pdftotext.txt")).output
        let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("\(dir)/truth.json"))) as! [String: Any]
        let paragraphs = (truth["articles"] as! [[String: Any]]).flatMap { $0["paragraphs"] as! [String] }
        let blocks = Set(String(decoding: out, as: UTF8.self).components(separatedBy: "\n\n").map { Array($0.trimmingCharacters(in: .newlines).utf8) })
        let exact = paragraphs.filter { blocks.contains(Array($0.utf8)) }
        #expect(exact.count >= 10)
        #expect(exact.contains { $0.hasPrefix("会议传达近期全市大气污染防治推进会精神") })
        try Invariants.check(try Fixtures.bytes("\(dir)/pdftotext.txt"))
    }
}

extension InterleavedColumnTests {
    /// pdftotext's default mode prints a blank line where a row's baselines differ: the glued
    /// columns go on below it (Chromium's page 1: the dateline's first line stood alone above the
    /// blank, and its paragraph was read into the next column's).
    @Test func gluedColumnsGoOnBelowABlankLine() throws {
        let dir = "Fixtures/pages/cr-e01-p1"
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("\(dir)/pdftotext.txt")).output, as: UTF8.self)
        let blocks = Set(out.components(separatedBy: "\n\n").map { Array($0.trimmingCharacters(in: .newlines).utf8) })
        #expect(blocks.contains(Array("本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。区委书记李博主持会议并讲话，区委常委、宣传部长张馨元、马超峰出席会议。".utf8)))
        // (A band that opens with a heading is no column's continuation.)
        let lines = ["第一栏的文字第一行内容写满了了了 第二栏的文字第一行内容写满了了了", "", "另一篇文章的标题", "第一栏的文字第一行内容写满了了了 第二栏的文字第一行内容写满了了了"]
        let read = try Tidy.run(Array(lines.joined(separator: "\n").utf8))
        #expect(read.outputString.contains("另一篇文章的标题"))
    }

    /// A dateline's line alone above a blank line, its sentence unfinished, runs on into the
    /// glued lines below it: one band (Chromium's page 1 of s6: the dateline was read apart, and
    /// the column below it took the turn its line should have).
    @Test func aDatelinesLineAboveABlankLineGoesOnIntoTheGluedLinesBelow() throws {
        let out = try Tidy.run(try Fixtures.bytes("Fixtures/more/s6/pages/cr-e01-p1/pdftotext.txt")).output
        let paragraphs = out.split(separator: 0x0A).map(Array.init)
        #expect(paragraphs.contains(Array("本报讯 近日，红旗区洪门镇综合行政执法大队在辖区各村及沿街片区，开展违法建筑专项排查整治行动，旨在规范镇、村建设秩序，消除建筑与消防安全隐患，严守城乡规划底线。".utf8)))
    }

    /// A closing byline printed above its paragraph's last line goes below it where that line
    /// finishes the quotation (or word) the line above the byline leaves open; a line of another
    /// article under a byline stays.
    @Test func aBylineAboveItsParagraphsLastLineGoesBelowIt() throws {
        let wb = try WordBreaker()
        func moved(_ lines: [String]) -> [String] {
            InterleavedColumns.bylinesBelowLastLines(lines.map(Scalars.of), wb).map(Scalars.string)
        }
        #expect(moved(["面积的前提下，达到“玉米不减产、多收", "（张志超 罗菲 李萌 文/图）", "一季豆”的预期效果。"])
                == ["面积的前提下，达到“玉米不减产、多收", "一季豆”的预期效果。", "（张志超 罗菲 李萌 文/图）"])
        let other = ["关负责人围绕陆航片区规划设计、产业项", "（杨恒战 罗菲）", "平台建设情况。"]
        #expect(moved(other) == other)
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/pages/cr-e01-p1/pdftotext.txt")).output)
        #expect(out.contains("达到“玉米不减产、多收一季豆”的预期效果。\n\n（张志超 罗菲 李萌 文/图）"))
    }

    /// An article's first line printed alone inside another column, between an open line and the
    /// line that goes on with it, goes to the band's end apart, where a block elsewhere finishes
    /// its word; with no such block it stays. On the page, it reads on into that block.
    @Test func aDatelineLinePrintedInsideAnotherColumnGoesApart() throws {
        let wb = try WordBreaker()
        let lines = ["本报讯 近日，卫滨区区长魏海晓先后", "本报讯 近日，全市科技服务业现场推", "深入平原镇、中同街街道、胜利路街道开"]
        func apart(_ starts: [String]) -> [[UInt8]] {
            InterleavedColumns.datelineLinesApart(lines.map(Scalars.of), wb, known: CharacterPairs(), blockStarts: starts.map(Scalars.of))
                .map { UTF8Scan.encode($0) }
        }
        #expect(apart(["进会在红旗区召开。会议通报了全市1月至"])
                == [lines[0], lines[2], "", lines[1]].map { Array($0.utf8) })
        #expect(apart(["会议要求，下一步要精准对标国家产"]) == lines.map { Array($0.utf8) })
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/pages/cr-e01-p2/pdftotext.txt")).output)
        #expect(out.contains("本报讯 近日，卫滨区区长魏海晓先后深入平原镇、中同街街道、"))
        #expect(out.contains("本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
    }

    /// A dateline's line opens a paragraph, set in or not: read after a column's open line it
    /// costs what a first line costs, so a page of rows gives it to the column it opens
    /// (pdfplumber, ReportLab's front page: `本报讯 6月7日，卫滨区委书记…` whole).
    @Test func aDatelinesLineIsAParagraphsFirstLineToTheColumnReaders() throws {
        let lines = ["本报讯 6月7日，卫滨区委书记邓国永", "全区树立和践行正确政绩观学习教育走深"].map(Scalars.of)
        #expect(InterleavedColumns.lineKinds(lines, width: 16, datelines: true).map(\.first) == [true, false])
        #expect(InterleavedColumns.lineKinds(lines, width: 16, datelines: false).map(\.first) == [false, false])
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/pages/rl-e01-p1/pdfplumber.txt")).output)
        #expect(out.contains("本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发建设工作。区领导王西忠、张华，新乡国资集团负责人史大伟等参加活动。\n"))
    }

    /// A page of rows whose columns take turns in a pattern (`3, 2, 3, 2, …` segments: five
    /// columns in two phases) gives each row of the pattern the same columns all down the
    /// stretch: one step of the beam, not a choice per row that can swap two columns where their
    /// text gives no evidence. Rows alike (`2, 2, 2, …`) are no pattern. On s7's ReportLab front
    /// page (pdfplumber) 7 more paragraphs come out whole, none lost; over the 18 sets pdfplumber
    /// +16 paragraphs (3,070 → 3,086 of 4,622).
    @Test func rowsThatRepeatAPatternKeepTheirColumns() throws {
        func cut(_ counts: [Int]) -> [[[UInt32]]] { counts.map { [[UInt32]](repeating: [0x4E00], count: $0) } }
        let found = InterleavedColumns.periodicStretches(cut([1, 3, 2, 3, 2, 3, 2, 3, 2, 1, 2, 2, 2, 2, 2, 2]), 5)
        #expect(found.map(\.rows) == [1..<9])
        #expect(found.first?.choices.count == 10)
        #expect(InterleavedColumns.patternChoices([3, 2], 5).contains([[0, 2, 4], [1, 3]]))
        // (Three repeats at least, and the pattern's rows hold every column once.)
        #expect(InterleavedColumns.periodicStretches(cut([3, 2, 3, 2, 3]), 5).isEmpty)
        #expect(InterleavedColumns.periodicStretches(cut([3, 1, 3, 1, 3, 1]), 5).isEmpty)
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/more/s7/pages/rl-e01-p1/pdfplumber.txt")).output)
        #expect(out.contains("\n本报讯 近日，卫滨区区长魏海晓先后深入平原镇、中同街街道、胜利路街道开展环保攻坚夜查，调度大气污染防治攻坚工作。卫滨区副区长吕晖一同参加。\n"))
        #expect(out.contains("\n会议要求，下一步要精准对标国家产业导向，发挥科技服务业赋能作用，培育壮大新质生产力；实行差异化精准培育策略，推动空白县（市、区）“破零”，薄弱县（市、区）挖潜、优质县（市、区）扩容提质；深入用好惠企政策与项目资金，紧盯年度考核目标，闭环推进工作落地落实。\n"))
    }

    /// A closing byline in brackets, full width or after NFKC, ends its paragraph for the columns
    /// taking turns: a full line after it costs as after a short last line.
    @Test func aClosingBylineEndsAColumnsParagraph() {
        #expect(InterleavedColumns.isClosingByline(Scalars.of("（红旗宣）")))
        #expect(InterleavedColumns.isClosingByline(Scalars.of("(张志超 罗菲 李萌 文/图)")))
        #expect(!InterleavedColumns.isClosingByline(Scalars.of("（如图）")))
        #expect(!InterleavedColumns.isClosingByline(Scalars.of("的重要论述、重要指示精神，传达学")))
        // (So does the rows' reading: XeLaTeX's page 2, pdftotext default.)
        let kinds = InterleavedColumns.lineKinds(["（红旗宣）", "量发展筑牢生态屏障。", "会议传达近期全市大气污染防治推进"].map(Scalars.of), width: 16, datelines: true)
        #expect(kinds.map(\.ends) == [true, true, false])
        let out = UTF8Text(try! Tidy.run(try! Fixtures.bytes("Fixtures/pages/xl-e01-p2/pdftotext.txt")).output)
        #expect(out.contains("\n会前，李博带队开展实地督导，先后深入和平路街道前河头社区、107国道沿线，以及上焦庄高标准农田周边，"))
    }

    /// Lines that are the page's rows (pdfplumber: no blank line anywhere): a row with fewer
    /// segments than columns gives them to the columns where the text reads on (`根|基。`), not
    /// to the first ones.
    @Test func rowsGiveTheirSegmentsWhereTheTextReadsOn() throws {
        let wb = try WordBreaker()
        let lines = [
            "本报讯 6月8日，牧野区召开大气污染防治攻坚调度 李博强调，要认清严峻形势，以过硬作风筑牢攻坚根",
            "基。以“时时放心不下”的责任感和“事事落实到位”的",
            "会。区委书记李博主持会议并讲话，区委常委、宣传部长 执行力，把严的标准、实的作风，贯穿污染防治全过程、",
        ]
        func read(rows: Bool, words: WordBreaker?) -> [String] {
            InterleavedColumns.rewrite(lines.map(Scalars.of), words: words, rows: rows).lines.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        }
        let right = ["本报讯 6月8日，牧野区召开大气污染防治攻坚调度", "会。区委书记李博主持会议并讲话，区委常委、宣传部长",
                     "李博强调，要认清严峻形势，以过硬作风筑牢攻坚根", "基。以“时时放心不下”的责任感和“事事落实到位”的",
                     "执行力，把严的标准、实的作风，贯穿污染防治全过程、"]
        #expect(read(rows: true, words: wb) == right)
        // (Lines that mostly cut into all the columns are read so too; without the text's
        // evidence, the lone segment goes to the first column.)
        #expect(read(rows: false, words: wb) == right)
        #expect(read(rows: false, words: nil) != right)
    }

    /// A row's segments stand on one baseline: two columns that share a row keep the count of
    /// lines between them (LAYOUT-INTERLEAVED's row shift). pdftotext printed this block's rows
    /// in pieces where a paragraph's glue moved a column down (xl-e01-p1); read without the rule,
    /// the first column took `刘怀斌强调…`, the third column's. Measured over the benchmark and
    /// s5-s19: pdftotext default +55 paragraphs, pdfplumber +156.
    @Test func columnsSharingARowKeepTheirLinesApart() throws {
        let wb = try WordBreaker()
        let lines = [
            "本报讯 6 月 8 日，红旗区召开树立和践 重点任务，持续推动全区树立和践行正确政 组）要切实扛起主体责任，精准对标中央和 育不走过程、不偏不倚。要坚持“三个结合”",
            "，",
            "行正确政绩观学习教育座谈会，深入学习贯 绩观学习教育走深走实、落地落细。区委书 省、市工作要求，抓实抓细各项工作，以高度 推动系统集成、提质增效。统筹抓好“关键少",
            "彻习近平总书记关于树立和践行正确政绩观 记、区长刘怀斌主持会议并讲话，区领导李 的政治自觉推动学习教育提质增效。",
            "数”示范引领与全员参与、问题集中整治与",
            "的重要论述、重要指示精神，传达学习中央党 向军、郭潇潇、王平平、郭琴、邵自卿、万鹏、",
            "刘怀斌强调，要坚持一体推进，抓实深 长效机制建设、正面典型赋能与反面警示教",
            "的建设工作领导小组专项工作部署，以及省、 宋红锦、杨晋岭出席会议。",
            "学细照、真查实改。树立系统思维，将深学、 育，推动学",
            "市相关座谈会精神，听取部分基层党组织学",
            "刘怀斌指出，开展树立和践行正确政绩 真查、实改贯通推进，细化学习研讨，深化问",
            "习教育开展情况汇报，复盘梳理全区前期工 观学习教育，是党中央部署的重大政治任务， 题查摆，狠抓整改落实，健全闭环管理机制，",
            "作成效与短板不足，系统安排部署下一阶段 是今年党的建设重点工作。全区各级党委（党 强化督导纠偏，杜绝形式主义，确保学习教",
        ].map(Scalars.of)
        let cut = InterleavedColumns.squeezedMarksRejoined(lines).map { InterleavedColumns.segments($0, width: 20) }
        func firstColumn(_ penalty: Int, overtaken: Int = InterleavedColumns.overtakenPenalty) -> [String] {
            InterleavedColumns.columnLists(cut, 4, width: 20, words: wb, rowShift: penalty, overtaken: overtaken)[0].map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        }
        #expect(firstColumn(InterleavedColumns.rowShiftPenalty) == [
            "本报讯 6 月 8 日，红旗区召开树立和践", "行正确政绩观学习教育座谈会，深入学习贯", "彻习近平总书记关于树立和践行正确政绩观",
            "的重要论述、重要指示精神，传达学习中央党", "的建设工作领导小组专项工作部署，以及省、", "市相关座谈会精神，听取部分基层党组织学",
            "习教育开展情况汇报，复盘梳理全区前期工", "作成效与短板不足，系统安排部署下一阶段",
        ])
        // (A column overtaken by two lines of another reads this block right too: without both.)
        #expect(firstColumn(0, overtaken: 0) != firstColumn(InterleavedColumns.rowShiftPenalty))
    }

    /// A column is not read on after another took two of its lines since its last: pdftotext
    /// prints a page's lines top down, so where two columns' baselines differ their lines take
    /// turns. In cr-e02-p1's second band the third column's paragraph `刘怀斌强调，…抓实` goes on
    /// with `深学细照、…` two lines down, not with the second column's `锦、杨晋岭出席会议。`.
    /// Measured over the benchmark and s5-s19 (3338 paragraphs): pdftotext default 1929 -> 2030,
    /// pdfplumber 2127 -> 2180 (three sets 2-4 lower); unseen s20/s21/s22 pdftotext 145/152/133 ->
    /// 151/163/148.
    @Test func aColumnIsNotOvertakenByTwoLinesOfAnother() throws {
        let wb = try WordBreaker()
        let page = String(decoding: try Fixtures.bytes("Fixtures/pages/cr-e02-p1/pdftotext.txt"), as: UTF8.self)
        let lines = Array(page.split(separator: "\n", omittingEmptySubsequences: false)[9..<22]).map { Scalars.of(String($0)) }
        #expect(String(decoding: UTF8Scan.encode(lines[4]), as: UTF8.self).hasPrefix("刘怀斌强调"))
        let width = try #require(InterleavedColumns.width(lines))
        let cut = lines.map { InterleavedColumns.segments($0, width: width) }
        func after(_ penalty: Int) -> [String] {
            let columns = InterleavedColumns.columnLists(cut, 4, width: width, words: wb, overtaken: penalty)
            return columns.compactMap { c in
                c.firstIndex { String(decoding: UTF8Scan.encode($0), as: UTF8.self).hasPrefix("刘怀斌强调") }
                    .flatMap { $0 + 1 < c.count ? String(decoding: UTF8Scan.encode(c[$0 + 1]), as: UTF8.self) : nil }
            }
        }
        #expect(after(InterleavedColumns.overtakenPenalty).first?.hasPrefix("深学细照") == true)
        #expect(after(0).first?.hasPrefix("深学细照") != true)
        let out = String(decoding: try Tidy.run(Array(page.utf8)).output, as: UTF8.self)
        #expect(out.contains("要坚持一体推进，抓实深学细照、真查实改。"))
    }

    /// A block whose lines are mostly one column's alone (columns whose baselines differ, printed
    /// in turns) is read as rows into as many columns as the turns found, where that scores
    /// better than the turns by the margin glued blocks need: in rl-e02-p2's pdftotext output the
    /// right column's lines come alone now and then (`摩、入户宣讲等形式，以点`), and the turns, a
    /// fixed round, read `耿村青壮年大多外出务` on into `实良种及农机作业惠农补贴`, the right column's.
    /// Measured over the benchmark and s5-s19 (3338 paragraphs): pdftotext default 2030 -> 2046
    /// (s5, s7, s8, s9, s14 1-6 lower), pdfplumber 2180 -> 2191; unseen s20/s21/s22 pdftotext
    /// 151/163/148 -> 149/164/152, pdfplumber the same. (With no margin: 2049 and 2207, but
    /// cr-e01-p2's dateline line `本报讯 近日，全市科技服务业现场推` loses its block.)
    @Test func linesMostlyAloneAreReadAsRowsWhereTheyScoreBetter() throws {
        let page = try Fixtures.bytes("Fixtures/pages/rl-e02-p2/pdftotext.txt")
        let out = String(decoding: try Tidy.run(page).output, as: UTF8.self)
        #expect(out.contains("耿村青壮年大多外出务工，留守老人和困难家庭面临劳动力短缺、农机调配难等困境。"))
        #expect(out.contains("从“一季单收”到“一地双收”，大豆、玉米同种一块田，既守住了“粮袋子”"))
        #expect(!out.contains("外出务实良种"))
    }

    /// In the columns taking turns, a paragraph's first line (two ems in) reads on from no line
    /// that goes on: in pymupdf4llm's block of cr-e02-p3, `走进蔡虎的种植基地，大型复合播种` follows
    /// `…高兴地说。` in its column. Measured over the benchmark and s5-s19: pymupdf4llm (NFKC)
    /// 1832 -> 1863 paragraphs, pdfplumber +7, pdftotext default +4; s20 (unseen) NFKC +8.
    @Test func turnsReadNoFirstLineAfterOneThatGoesOn() throws {
        let wb = try WordBreaker()
        let page = String(decoding: try Fixtures.bytes("Fixtures/pages/cr-e02-p3/pymupdf4llm_nfkc.md"), as: UTF8.self)
        let line = try #require(page.split(separator: "\n").first { $0.hasPrefix("本报讯 “今年流转了180亩地") })
        let texts = [Scalars.of(String(line))]
        let width = try #require(InterleavedColumns.markdownWidth(texts))
        let cut = InterleavedColumns.markdownSegments(texts[0], width: width)
        let known = CharacterPairs(texts)
        func after(_ columns: [[Int]]?, _ prefix: String) -> String? { successions(columns, cut).first { $0.1.hasPrefix(prefix) }?.0 }
        let withWidth = InterleavedColumns.alternating(cut, wb, margin: 3, known: known, width: width, ems: { InterleavedColumns.ems($0) })
        #expect(after(withWidth, "走进蔡")?.hasSuffix("高兴地说。") == true)
        let without = InterleavedColumns.alternating(cut, wb, margin: 3, known: known)
        #expect(after(without, "走进蔡")?.hasSuffix("高兴地说。") != true)
    }

    /// In the columns taking turns, a paragraph's short last line is followed by a first line
    /// (set in), not a full one: in pymupdf4llm's block of xl-e02-p4, `州1600吨…创新多机` goes on
    /// with `协同吊装模式，提前圆满完成生产任务。`, not with the next column's `持“以练促防”…`.
    /// Measured over the benchmark and s5-s19: pdftotext default 1786 -> 1811 paragraphs,
    /// pymupdf4llm (NFKC) 1863 -> 1885, pdfplumber 2006 -> 2022; s20 (unseen) +1, +4, +2, s21
    /// (unseen) pdftotext -3.
    @Test func turnsReadNoFullLineAfterAParagraphsLastLine() throws {
        let wb = try WordBreaker()
        let page = String(decoding: try Fixtures.bytes("Fixtures/pages/xl-e02-p4/pymupdf4llm_nfkc.md"), as: UTF8.self)
        let line = try #require(page.split(separator: "\n").first { $0.contains("吨超大吨位移动模架项目") })
        let texts = page.split(separator: "\n").filter { $0.count >= 60 && !$0.hasPrefix("#") }.map { Scalars.of(String($0)) }
        let width = try #require(InterleavedColumns.markdownWidth(texts))
        // (The jump line is read after the columns, as in markdownEdits.)
        let cut = InterleavedColumns.markdownSegments(Scalars.of(String(line)), width: width).filter { !InterleavedColumns.isJumpLine($0) }
        let known = CharacterPairs(texts)
        func next(_ columns: [[Int]]?, after prefix: String) -> String? { successions(columns, cut).first { $0.0.hasPrefix(prefix) }?.1 }
        let columns = InterleavedColumns.alternating(cut, wb, margin: 3, known: known, width: width, ems: { InterleavedColumns.ems($0) })
        #expect(next(columns, after: "州 1600 吨")?.hasPrefix("协同吊装模式") == true)
        let without = InterleavedColumns.alternating(cut, wb, margin: 3, known: known)
        #expect(next(without, after: "州 1600 吨")?.hasPrefix("协同吊装模式") != true)
    }

    /// The columns taking turns are no reading of rows where two segments of one row go to one
    /// column (`作成效与…下一阶段` `是今年党的…` printed side by side on xl-e01-p1); where half a
    /// block's lines hold two segments or more, the rows' reading is taken then, or where it
    /// scores a word and a half over the turns. Measured over the benchmark and s5-s19:
    /// pdftotext default 1712 -> 1782 paragraphs; s20 and s21 (unseen) +6 and +5.
    @Test func turnsThatPutARowsSegmentsInOneColumnAreNoReading() throws {
        let wb = try WordBreaker()
        let cut = [["作成效与短板不足，系统安排部署下一阶段", "是今年党的建设重点工作。全区各级党委（党", "强化督导纠偏，杜绝形式主义，确保学习教"].map(Scalars.of)]
        #expect(InterleavedColumns.rowScore(cut, 3, columnOf: [0, 0, 1], width: 20, words: wb, known: CharacterPairs()) == nil)
        #expect(InterleavedColumns.rowScore(cut, 3, columnOf: [0, 1, 2], width: 20, words: wb, known: CharacterPairs()) != nil)
        let page = String(decoding: try Fixtures.bytes("Fixtures/pages/xl-e01-p1/pdftotext.txt"), as: UTF8.self)
        let out = String(decoding: try Tidy.run(Array(page.utf8)).output, as: UTF8.self)
        #expect(!out.contains("系统安排部署下一阶段是今年党的建设"))
    }

    /// A paragraph's first line, set two ems in, follows no full line: in pdfplumber's rows of
    /// cr-e02-p4, `邓国永指出，…发展动能、` (23 of 25 ems) goes on in the first column under
    /// `探讨…实施路径。`; without the rule it followed the full line `…察看片区的边界范围和`.
    /// Measured over the benchmark and s5-s19: pdfplumber +44 paragraphs, pdftotext default
    /// +8; s20 (unseen) pdfplumber +11.
    @Test func aParagraphsFirstLineFollowsNoFullLine() throws {
        let wb = try WordBreaker()
        let page = String(decoding: try Fixtures.bytes("Fixtures/pages/cr-e02-p4/pdfplumber.txt"), as: UTF8.self)
        let lines = Array(page.split(separator: "\n", omittingEmptySubsequences: false)[10..<20]).map { Scalars.of(String($0)) }
        let width = try #require(InterleavedColumns.width(lines))
        let cut = lines.map { InterleavedColumns.segments($0, width: width) }
        func firstColumn(_ penalty: Int, overtaken: Int = InterleavedColumns.overtakenPenalty) -> [String] {
            InterleavedColumns.columnLists(cut, 3, width: width, words: wb, firstLine: penalty, overtaken: overtaken)[0].map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        }
        let column = firstColumn(InterleavedColumns.firstLinePenalty)
        #expect(column.first?.hasPrefix("本报讯 6⽉7⽇") == true)
        #expect(column.suffix(3).map { $0.prefix(4) } == ["探讨⽚区", "邓国永指", "提升⽼城"])
        // (A column overtaken by two lines of another reads these rows right too: without both.)
        #expect(firstColumn(0, overtaken: 0) != column)
    }
}

extension InterleavedColumnTests {
    /// Short lines after a band's glued text are no column's: a page number (pdfplumber prints
    /// the foot as the page's last row) or the next article's kicker; a byline's pieces are.
    @Test func shortLinesAfterTheTextAreNoColumns() {
        let text = ["本报讯 6月8日，红旗区西街街道曙光社区组织开展夏 针对夏季高温潮湿、病媒生物易滋生的特点，曙光社",
                    "季环境专项整治与常态化消杀工作，全方位净化辖区居住 区提前部署、精准施策。工作人员聚焦小区楼道、公共通"]
        let blocks = InterleavedColumns.blocks((text + ["1"]).map(Scalars.of))
        #expect(blocks.map(\.lines) == [0..<2, 2..<3] && blocks.map(\.heading) == [false, true])
        #expect(InterleavedColumns.blocks((text + ["封丘县"]).map(Scalars.of)).map(\.heading) == [false, true])
        #expect(InterleavedColumns.blocks((text + ["（张志超 罗菲 李萌", "文/图）"]).map(Scalars.of)).count == 1)
    }

    /// A kicker below a jump line is no column's either: the jump line ends the column's text, it
    /// is no heading that the kicker could belong to (`封丘县` was read into the next column).
    @Test func aKickerBelowAJumpLineIsNoColumns() {
        let text = ["李博强调，要认清严峻形势，以过硬作风筑牢攻坚根 措提升攻坚质效。用好科技手段，熟练掌握设备操作规",
                    "会。区委书记李博主持会议并讲话，区委常委、宣传部长 基。以“时时放心不下”的责任感和“事事落实到位”的"]
        let blocks = InterleavedColumns.blocks((text + ["（下转第4版）", "封丘县"]).map(Scalars.of))
        #expect(blocks.map(\.lines) == [0..<3, 3..<4] && blocks.map(\.heading) == [false, true])
    }
}

extension InterleavedColumnTests {
    /// pdftotext's default mode splits a printed line at a mark xeCJK squeezed after a closing
    /// quote (`为打通安全管理“最后一公里”` then `，该公司推行“党员身边`): the pieces are joined
    /// again. ReportLab starts a line with a mark: a full line and such a line stay apart.
    @Test func aLineSplitAtASqueezedMarkIsJoinedAgain() {
        func read(_ lines: [String]) -> [String] {
            InterleavedColumns.squeezedMarksRejoined(lines.map(Scalars.of)).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        }
        let xelatex = ["本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建", "为打通安全管理“最后一公里”", "，该公司推行“党员身边",
                       "彬）安全生产是企业高质量发展的基石。近年来，河南省大 无违章、无事故、无隐患”机制，构建起以党员班组长为核",
                       "理效能，持续实现了安全生产事故“零发生”", "，筑牢了坚实的 组实现产品合格率 100%，树立了过硬标杆。"]
        #expect(read(xelatex) == ["本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建", "为打通安全管理“最后一公里”，该公司推行“党员身边",
                                  "彬）安全生产是企业高质量发展的基石。近年来，河南省大 无违章、无事故、无隐患”机制，构建起以党员班组长为核",
                                  "理效能，持续实现了安全生产事故“零发生”，筑牢了坚实的", "组实现产品合格率 100%，树立了过硬标杆。"])
        let reportlab = ["对标中央和省、市工作要求 抓实抓细各项工作以“时时放心不下”", "，抓实抓细各项工作，以高度 的责任感和“事事落实到位”的执行力",
                         "的政治自觉推动学习教育提质增效。 把严的标准、实的作风，贯穿"]
        #expect(read(reportlab) == reportlab)
        // A mark alone on its line after a full line that ends with a quotation, its quotes set
        // half an em wide (XeLaTeX, seed 17: `…要坚持“三个结合”` then `，`).
        let hanging = ["本报讯 6 月 8 日，红旗区召开树立和践 重点任务，持续推动全区树立和践行正确政 组）要切实扛起主体责任，精准对标中央和 育不走过程、不偏不倚。要坚持“三个结合”",
                       "，", "行正确政绩观学习教育座谈会，深入学习贯 绩观学习教育走深走实、落地落细。区委书 省、市工作要求，抓实抓细各项工作，以高度 推动系统集成、提质增效。统筹抓好“关键少"]
        #expect(read(hanging) == [hanging[0] + "，", hanging[2]])
    }
}

extension InterleavedColumnTests {
    /// No glue follows a sentence's end: a short last line and the next column's line are two
    /// segments even where they would fit in one column's width (pdfplumber, ReportLab's page 2).
    @Test func aSentencesEndEndsASegment() {
        let cut = InterleavedColumns.segments(Scalars.of("量、展现担当。 通知书》，明确了违法事实、法"), width: 22)
        #expect(cut.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) } == ["量、展现担当。", "通知书》，明确了违法事实、法"])
        // (xeCJK's glue and a byline's spaces still stay inside a segment.)
        #expect(InterleavedColumns.segments(Scalars.of("本报讯 6 月 8 日，红旗区召开树立"), width: 18).count == 1)
    }
}

extension InterleavedColumnTests {
    /// No glue precedes a dateline: it opens the next column's paragraph (pdfplumber, Chromium).
    @Test func aDatelineStartsASegment() {
        let cut = InterleavedColumns.segments(Scalars.of("组，紧盯 本报讯 “今年流转了180亩地"), width: 22)
        #expect(cut.map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) } == ["组，紧盯", "本报讯 “今年流转了180亩地"])
    }
}

extension InterleavedColumnTests {
    /// Beside Latin letters and digits, xeCJK's glue and the half-width characters print
    /// narrower than counted: a column line holding them stays one segment (XeLaTeX).
    @Test func glueBesideSymbolsStaysInItsLine() {
        let line = Scalars.of("方重型机器有限公司深耕“党建 + 安全生产”融合发展路径， 心的网格化责任体系，推动员工安全意识从“要我安全”向")
        let cut = InterleavedColumns.segments(line, width: 26).map { String(decoding: UTF8Scan.encode($0), as: UTF8.self) }
        #expect(cut == ["方重型机器有限公司深耕“党建 + 安全生产”融合发展路径，", "心的网格化责任体系，推动员工安全意识从“要我安全”向"])
    }
}

extension InterleavedColumnTests {
    /// Lines found glued are no column as printed: there the columns taking turns need to read on
    /// better by one word across a break (`学习贯|彻习近平`); in Markdown blocks, by two.
    @Test func gluedLinesTakeTurnsOnOneWord() throws {
        let wb = try WordBreaker()
        let lines = ["行正确政绩观学习教育座谈会，深入学习贯", "重点任务，持续推动全区树立和践行正确政",
                     "彻习近平总书记关于树立和践行正确政绩观", "落地落细。区委书记、区长刘怀斌主持会议"].map(Scalars.of)
        #expect(InterleavedColumns.alternating(lines, wb) == nil)
        #expect(InterleavedColumns.alternating(lines, wb, margin: 2) == [[0, 2], [1, 3]])
    }
}

extension InterleavedColumnTests {
    /// Two characters that stand together elsewhere in the text, and mostly together, read on
    /// across a break (`…安全隐` `患…` beside `隐患排查`); a pair of common characters that meet
    /// once among many others does not (`的` before anything).
    @Test func pairsPrintedTogetherReadOn() throws {
        let wb = try WordBreaker()
        let text = ["隐患排查是防范事故的关键", "累计排查整治安全隐患", "的标准的作风的要求的责任的关键", "目标指标坐标达标"].map(Scalars.of)
        let known = CharacterPairs(text)
        #expect(known.contains(Scalars.of("隐")[0], Scalars.of("患")[0]))
        #expect(!known.contains(Scalars.of("的")[0], Scalars.of("标")[0]))
        // (Not a dictionary word across the break, so only the text's own pairs say it reads on.)
        let a = Scalars.of("开展常态化全覆盖排查整治安全隐"), b = Scalars.of("患九十八项")
        #expect(InterleavedColumns.readsOn(a, b, wb, known: known) >= 1)
        #expect(InterleavedColumns.readsOn(Scalars.of("开展常态化全覆盖的"), Scalars.of("标杆"), wb, known: known) == 0)
    }
}

extension ColumnTests {
    /// pdfplumber's rows on a ReportLab page: a title set among the columns in a larger type
    /// (`在红旗区召开全` …) takes no turn where the block is read by turns, and the paragraph it
    /// stood in comes out whole (s15 rl-e02-p2).
    @Test func aTitlesPiecesTakeNoTurnInPdfplumbersRows() throws {
        let out = String(decoding: try Tidy.run(try Fixtures.bytes("Fixtures/more/s15/pages/rl-e02-p2/pdfplumber.txt")).output, as: UTF8.self)
        #expect(out.components(separatedBy: "\n\n").contains {
            $0.hasPrefix("耿村青壮年大多外出务工") && $0.hasSuffix("成功联系4台大型联合收割机开展连片规模化作业，从根本上解决了村民“找机难”的问题。")
        })
    }
}

/// The segments `cut` read one right after the other in a column of `columns` (nil: none), as
/// text, columns in order.
private func successions(_ columns: [[Int]]?, _ cut: [[UInt32]]) -> [(String, String)] {
    func text(_ i: Int) -> String { String(decoding: UTF8Scan.encode(cut[i]), as: UTF8.self) }
    return (columns ?? []).flatMap { c in zip(c, c.dropFirst()).map { (text($0), text($1)) } }
}

/// LAYOUT-INTERLEAVED's blocks: a title over its dateline is a block of its own, also where
/// pdftotext printed a line of other columns' text between them (their baselines a little
/// higher than the dateline's line), when the dateline's line repeats four of the title's
/// characters in a row; a line without punctuation over a line of text is no title.
@Suite struct InterleavedBlockTests {
    private func lines(_ s: [String]) -> [[UInt32]] { s.map { Scalars.of($0) } }

    @Test func aTitleOverALineOfOtherColumnsAndItsDateline() {
        let band = lines([
            "红旗区召开树立和践行正确政绩观学习教育座谈会",
            "刘怀斌指出，开展树立和践行正确政绩 数”示范引领与全员参与、问题集中整治与 习教育成效。要坚持压实责任，强化实干保",
            "本报讯 6 月 8 日，红旗区召开树立和践",
            "行正确政绩观学习教育座谈会，深入学习贯 观学习教育，是党中央部署的重大政治任务， 长效机制建设、正面典型赋能与反面警示教 障，狠抓落地落实。",
        ])
        let blocks = InterleavedColumns.blocks(band)
        #expect(blocks.map(\.lines) == [0..<1, 1..<4])
        #expect(blocks.map(\.heading) == [true, false])
        // pdfplumber prints a page's rows: the line before the dateline's is the row above it.
        #expect(InterleavedColumns.blocks(band, rows: true).count == 1)
    }

    @Test func aColumnLineWithoutPunctuationIsNoTitle() {
        let band = lines([
            "物均未办理规划建设审批手",
            "工作，确保各项管控措施落 社区提前部署、精准施策。 众的“问题清单”，转化为",
            "本报讯 近日，红旗区洪门镇",
        ])
        #expect(InterleavedColumns.blocks(band).map(\.heading) == [false])
    }
}
