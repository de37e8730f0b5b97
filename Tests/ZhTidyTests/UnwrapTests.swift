import Testing
@testable import ZhTidy

/// Hard-wrapped extractor output (pdftotext `-raw`, PyMuPDF, pdfminer.six) into paragraphs.
@Suite struct UnwrapTests {
    /// A fixture file tidied as it is detected.
    private func tidied(_ path: String) throws -> UTF8Text {
        UTF8Text(try Tidy.run(try Fixtures.bytes(path)).output)
    }

    private func wrapped(_ s: String, disabling rule: RuleID? = nil) -> UTF8Text {
        var o = Options()
        o.inputKind = .wrapped
        if let rule { o.disabledRules.insert(rule) }
        return tidy(s, options: o)
    }

    /// A title's last piece and the dateline share a baseline, and the extractor printed them on
    /// one line (`议本报讯近日，…`): the title ends where the dateline starts.
    @Test func titleGluedToDateline() {
        let page = "（卫滨宣）\n在红旗区召开全市科技服务业现场推进会\n议本报讯近日，全市科技服务业现场推\n进会在红旗区召开。会议通报了全市1月至\n4月科技服务业运行情况，红旗区、新乡县\n作典型经验交流，相关县（市、区）围绕\n产业发展难点、堵点共商攻坚举措。\n"
        #expect(wrapped(page) == "（卫滨宣）\n\n# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。会议通报了全市1月至4月科技服务业运行情况，红旗区、新乡县作典型经验交流，相关县（市、区）围绕产业发展难点、堵点共商攻坚举措。")
        // Not after a line of body text, and not when the piece before it has punctuation.
        #expect(RawLine.datelineCut(Scalars.of("议本报讯近日，全市科技"), after: Scalars.of("全市科技服务业推进会召开。")) == nil)
        #expect(RawLine.datelineCut(Scalars.of("会上，本报讯近日，全市"), after: Scalars.of("在红旗区召开全市科技服务业")) == nil)
        #expect(RawLine.datelineCut(Scalars.of("议本报讯近日，全市科技"), after: Scalars.of("在红旗区召开全市科技服务业")) == 1)
    }

    /// LAYOUT-LINE-ORDER: pdftotext's default mode orders lines by baseline, so a taller title
    /// beside a column prints its lines one by one between the paragraph's first lines. Each is
    /// read over the paragraph again where neither neighbour makes a word with it and the
    /// paragraph's lines do with each other (`街街道`, `夜查`, printed elsewhere on the page).
    @Test func aTitlesLinesPrintedInsideTheParagraphBesideItAreReadOverIt() throws {
        let page = "（向阳宣）\n\n红旗区西街街道曙光\n社区 开展夏季环境\n本报讯 近日，卫滨区区长魏\n海晓先后深入平原镇、中同街街\n专项整治与常态化消\n道、胜利路街道开展环保攻坚夜\n杀工作\n查，调度大气污染防治攻坚工作。\n魏海晓强调，要坚决落实“昼清\n夜查、内清外拦”的工作要求。\n"
        let out = wrapped(page)
        #expect(out.contains("\n# 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n\n本报讯 近日，卫滨区区长魏海晓先后深入平原镇、中同街街道、胜利路街道开展环保攻坚夜查，调度大气污染防治攻坚工作。"))
        // One record per paragraph, every character kept.
        let result = try Tidy.run(Array(page.utf8), options: { var o = Options(); o.inputKind = .wrapped; return o }())
        let moves = result.edits.filter { $0.rule == LineOrder.id || $0.via.contains(LineOrder.id) }
        #expect(!moves.isEmpty)
        #expect(wrapped(page, disabling: LineOrder.id).contains("中同街街专项整治与常态化消道"))
        // A short line that goes on from the line before it is the paragraph's own.
        #expect(!LineOrder.isTitleLine(Scalars.of("道、胜利路")))
        let own = "（向阳宣）\n\n红旗区西街街道曙光\n社区 开展夏季环境\n本报讯 近日，卫滨区区长魏\n海晓先后深入平原镇、中同街\n街道胜利路\n道、胜利路街道开展环保攻坚夜\n"
        #expect(wrapped(own) == wrapped(own, disabling: LineOrder.id))
    }

    /// A paragraph's last characters alone on a line (`收。`) before a line two ems short of the
    /// column: the paragraph's end and the next one's first line, not two pieces of one printed
    /// line, though together they are as wide as the column (which its hanging marks make look
    /// an em wider than it is: 20 here, lines of 19 and a hanging `，`). The lines are one
    /// column as LAYOUT-COLUMNS reads it from XeLaTeX's page through `pdftotext -layout`.
    @Test func aLastLineAloneBeforeAFirstLineIsNoPiece() {
        let column = "本报讯 近日，“三夏”麦收进入关键期。在\n封丘县留光镇耿村，千亩麦田金黄翻滚，4\n台大型联合收割机正在有序作业。田间地头，\n年过七旬的郑州“蒸记三鲜烩面”创始人肖\n存兴坚守一线，用暖心之举守护家乡粮食丰\n收。\n耿村青壮年大多外出务工，留守老人和困\n难家庭面临劳动力短缺、农机调配难等困境\n。今年，小麦大面积集中成熟，为抓\n住晴好天气抢抓抢种，肖存兴毅然放下郑州\n繁忙的生意返乡助农。他主动发挥自身优势，\n多方协调，成功联系4台大型联合收割机\n开展连片规模化作业，从根本上解决了村民\n“找机难”的问题。\n麦收期间，肖存兴每日顶着烈日巡查地块，\n科学统筹收割顺序，优先保障孤寡老人及无\n劳动力困难家庭的麦收。针对道路通行不畅、\n地界纠纷等问题，他现场予以解决。在他的\n示范带动下，村内志愿者自发参与后勤保障，\n常态化开展秸秆禁烧巡查，高效推进收割一\n体化作业，大幅降低了粮食损耗。\n“70多岁还天天守在田间地头帮我们联系机\n器，真是老百姓的贴心人！”村民们纷纷点\n赞。据了解，助力麦收只是肖存兴反哺桑梓\n"
        let out = wrapped(column)
        #expect(out.contains("守护家乡粮食丰收。\n\n耿村青壮年大多外出务工，"))
    }

    /// A closing byline wrapped over two lines of a narrow column (ReportLab through pdftotext
    /// `-raw`): one byline with its spaces, and the kicker and title after it are headings.
    @Test func bylineWrappedOverTwoLines() {
        let page = "户在乡村振兴的道路上稳增\n收、得实惠。\n（张志超 罗菲 李萌\n文/图）\n红旗区洪门镇\n重拳整治违法建\n筑 筑牢城乡安全\n防线\n本报讯 近日，红旗区\n洪门镇综合行政执法大队在\n辖区各村开展整治行动。\n"
        let out = wrapped(page)
        #expect(out.contains("收、得实惠。\n\n（张志超 罗菲 李萌 文/图）\n\n# 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n\n本报讯 近日，"))
        // Two lines that only look like halves stay body text.
        #expect(wrapped("会上，他指出（一是\n要抓落实）。\n").contains("会上，他指出（一是要抓落实）。"))
    }

    /// A title line shorter than the next broke before the measure, at the title's own space
    /// (ReportLab's narrow columns: `推广粮食种植新技术` `绘就“一地双收”丰收` `图`). Where the
    /// page's curly quotes are half an em (full lines with quotes count wider than the column),
    /// the next line is no longer in print, and nothing is put in.
    @Test func titleWrappedAtItsSpace() throws {
        let out = try tidied("Fixtures/pages/rl-e01-p2/pdftotext_raw.txt")
        #expect(out.contains("# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n"))
        // (Full lines of 18 ems; those with two quotes hold 19 characters: the quotes are half.)
        let body = "本报讯 近日，全市科技服务业现场推进\n会在红旗区召开。会议通报了全市一月至\n四月科技服务业运行情况，红旗区新乡县\n作典型经验交流，相关县区围绕“产业”发\n展的难点堵点共商攻坚举措。参会人员实\n地调研了河南绿丰环保工程等重点企业，\n详细了解营收增长与平台建设的情况，推\n动“一地双收”落地见效，切实提升辖区群\n众的获得感与幸福感。\n"
        let half = "（红旗宣）\n封丘县潘店镇\n推广粮食种植新技术\n绘就“一地双收”丰收\n图\n" + body
        // (S-TITLE-CLAUSE would put the space back on the title's words; here only the wrap speaks.)
        #expect(wrapped(half, disabling: STitleClause.id).contains("## 推广粮食种植新技术绘就“一地双收”丰收图\n"))
    }

    /// A title printed right after a column that stops mid-sentence, with no blank line between
    /// (pdfminer.six): one line narrower than the column and ending on no mark, before a
    /// dateline. A line of the column would end on a mark there (or fill the column).
    @Test func titleRightAfterAnOpenColumn() {
        let column = "员包保责任区，开展常态化全覆盖排查。今\n年以来，累计排查整治安全隐患 98 项，严\n格落实闭环管理，隐患整改率达 100%。在\n"
        let page = "隐患排查是防范事故的关键。该公司设立党\n" + column + "卫滨区领导调研陆航片区开发建设工作\n本报讯 6 月 7 日，卫滨区委书记邓国永调\n研陆航片区开发建设工作。区领导王西忠、\n张华等参加活动。\n"
        #expect(wrapped(page).contains("隐患整改率达100%。在\n\n# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，"))
        // A full line cut at the column's foot is body text, and so is a line ending on a mark.
        let full = "隐患排查是防范事故的关键。该公司设立党\n" + column + "卫滨区领导调研陆航片区开发建设工作进度\n本报讯 6 月 7 日，卫滨区委书记邓国永调\n研陆航片区开发建设工作。\n"
        #expect(wrapped(full).contains("在卫滨区领导调研陆航片区开发建设工作进度"))
    }

    /// pdfminer.six prints a title as a box of its own; the column before it may stop mid-sentence
    /// (its article goes on elsewhere on the page). The box before a dateline is still the title;
    /// a short fragment box is not.
    @Test func titleBoxAfterAnOpenColumn() {
        let page = "本报讯 近日，全市推进会召开。会议要求，全力推\n动文化浸润于心，安全践行于行。该公司打造党\n\n卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永调研\n陆航片区开发建设工作。\n"
        #expect(wrapped(page).contains("该公司打造党\n\n# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，"))
        let fragment = "本报讯 近日，全市推进会召开。会议要求，全力推\n建设、正面典型赋能与反面警示教育，推\n\n动学\n\n本报讯 6月7日，卫滨区委书记邓国永调研\n陆航片区开发建设工作。\n"
        #expect(!wrapped(fragment).contains("# 动学"))
    }

    /// After a jump line, a column's text and then a title box right before a dateline (pdfminer.six):
    /// the title is found though the zone since the jump line holds body text.
    @Test func titleBoxAfterAJumpLineAndBody() {
        let page = "急难险重任务中，党员班长肖太强带队攻坚贵\n\n（下转第 2 版）\n\n组实现产品合格率 100%，树立了过硬标杆。\n\n隐患排查是防范事故的关键。该公司设立党员包保责任\n\n红旗区西街街道曙光社区 开展夏季\n环境专项整治与常态化消杀工作\n\n本报讯 6 月 8 日，红旗区西街街道曙光社\n区组织开展夏季环境专项整治。\n"
        #expect(wrapped(page).contains("\n\n# 红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作\n\n本报讯 6月8日，"))
    }

    /// After a closing byline, a kicker box and a title box and then running text that is no
    /// dateline (pdfminer.six printed the dateline's box elsewhere): the boxes are still the
    /// kicker and title. Pieces of a running head (`星期三` `新乡日报`) are no title.
    @Test func titleBoxesBeforeBodyWithoutDateline() {
        let page = "基础设施建设。\n\n（杨恒战 罗菲）\n\n红旗区洪门镇\n\n重拳整治违法建筑 筑牢城乡安全防线\n\n法律法规，讲明违法建筑侵占公共空间、\n堵塞消防通道，以及存在结构坍塌等安全\n隐患的现实危害。\n"
        #expect(wrapped(page).contains("（杨恒战 罗菲）\n\n# 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n\n法律法规，讲明"))
        let head = "的获得感与幸福感。\n（向阳宣）\n\n星期三\n\n新乡日报\n\n推广大豆、玉米带状复合种植，一亩地多\n收了一季的大豆。\n"
        #expect(!wrapped(head).contains("#"))
    }

    /// A title's last character alone on the line before the dateline (`…推进会` `议`) is still
    /// the title's, after an article with no closing byline (pdfminer.six on Chromium).
    @Test func titlesLastCharacterAlone() {
        let page = "多年来，他还多次捐资支持村级公益事业，常态化帮扶困难群众，积极助力家乡\n基础设施建设。\n\n在红旗区召开全市科技服务业现场推进会\n议\n\n本报讯 近日，全市科技服务业现场推\n进会在红旗区召开。会议通报了全市1月至\n4月科技服务业运行情况。\n"
        let out = wrapped(page)
        #expect(out.contains("基础设施建设。\n\n"))
        #expect(out.contains("在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
        // The page it comes from (Chromium, pagegen's seed 7301): without the title, the last
        // line `基础设施建设。` and the title's first line added up to one printed line.
        let real = UTF8Text(try! Tidy.run(try! Fixtures.bytes("Fixtures/extra/cr-s7301-p1/pdfminer.txt")).output)
        #expect(real.contains("积极助力家乡基础设施建设。\n\n# 在红旗区召开全市科技服务业现场推进会议\n"))
    }

    /// Chromium sets curly quotes half an em wide: after a full line that ends a sentence, the
    /// pieces `此外，该公司还兼顾“人文温度”` and `，通过师` fill one 18-em printed line, so the
    /// paragraph goes on.
    @Test func proportionalQuotesFillALine() {
        let text = "司打造党建与安全文化宣传阵地，累计组\n织专题学习12次。依托“安全生产月”等\n载体，常态化开展技能比武与安全竞赛。\n此外，该公司还兼顾“人文温度”\n，通过师\n徒结对、暖心帮扶等方式，及时疏导员工\n情绪，凝聚起全员安全共识。\n"
        #expect(wrapped(text) == "司打造党建与安全文化宣传阵地，累计组织专题学习12次。依托“安全生产月”等载体，常态化开展技能比武与安全竞赛。此外，该公司还兼顾“人文温度”，通过师徒结对、暖心帮扶等方式，及时疏导员工情绪，凝聚起全员安全共识。")
        // A short line that ends a sentence still ends its paragraph when the quoted opening of
        // the next one would only fit with the allowance.
        let next = "作业惠农补贴，切实降低种植成本，打消\n农户顾虑。\n从“一季单收”到“一地双收”\n，大\n豆、玉米同种一块田，既守住了“粮袋\n子”，又鼓起了群众的“钱袋子”。\n"
        #expect(wrapped(next) == "作业惠农补贴，切实降低种植成本，打消农户顾虑。\n\n从“一季单收”到“一地双收”，大豆、玉米同种一块田，既守住了“粮袋子”，又鼓起了群众的“钱袋子”。")
    }

    /// XeLaTeX sets a stop or pause mark ending a piece half an em wide: `…作业。` and `田间地头，`
    /// (15 + 5 counted ems) are one 19-em printed line, and the paragraph goes on.
    @Test func squeezedMarksFillALine() {
        let text = "本报讯 近日，\n“三夏”麦收进入关键期。在\n封丘县留光镇耿村，千亩麦田金黄翻滚，4\n台大型联合收割机正在有序作业。\n田间地头，\n年过七旬的郑州“蒸记三鲜烩面”创始人肖\n存兴坚守一线，用暖心之举守护家乡粮食丰\n收。\n"
        #expect(wrapped(text) == "本报讯 近日，“三夏”麦收进入关键期。在封丘县留光镇耿村，千亩麦田金黄翻滚，4台大型联合收割机正在有序作业。田间地头，年过七旬的郑州“蒸记三鲜烩面”创始人肖存兴坚守一线，用暖心之举守护家乡粮食丰收。")
        // When the second piece ends a sentence, the short line ends its paragraph.
        let ends = "封丘县留光镇耿村，千亩麦田金黄翻滚，4\n台大型联合收割机正在有序作业。\n田间地头。\n年过七旬的郑州“蒸记三鲜烩面”创始人肖\n存兴坚守一线，用暖心之举守护家乡粮食丰\n收。\n"
        #expect(wrapped(ends).contains("作业。\n\n"))
    }

    /// A dateline line as wide as an indented first line is full, and a next line that falls
    /// short only by the stretch around its digits (`全市1 月至4 月`) is no first line: the
    /// paragraph goes on (PyMuPDF on XeLaTeX).
    @Test func fullFirstLineAndStretchedDigits() {
        let text = "还兼顾“人文温度”，通过师徒结对、暖心帮扶等方式，及时\n疏导员工情绪，凝聚起全员安全共识。\n本报讯近日，全市科技服务业现场推进会在红旗区召开。\n会议通报了全市1 月至4 月科技服务业运行情况，红旗区、\n新乡县作典型经验交流，相关县（市、区）围绕产业发展难\n点、堵点共商攻坚举措。参会人员实地调研了河南绿丰环保\n工程、银海医学检验实验室等重点企业，详细了解营收增长\n与平台建设情况。\n"
        #expect(wrapped(text).contains("本报讯 近日，全市科技服务业现场推进会在红旗区召开。会议通报了全市1月至4月科技服务业运行情况，"))
    }

    /// pdfminer.six printed the box that finishes a sentence (`意。`) after the next paragraph's
    /// box: LAYOUT-BOX-ORDER moves it back, and every character stays.
    @Test func boxOutOfOrder() {
        let page = "本报讯 近日，街道人大工委坚持将监督职能与推进民生实事相结合。\n在前端介入环节，依托人大代表联络站与网\n格化机制，确保民生项目从源头上反映民\n\n在项目执行阶段，实施全过程闭环监督，采\n取“一看、二听、三议”的模式。\n\n意。\n\n（向阳宣）\n"
        #expect(wrapped(page) == "本报讯 近日，街道人大工委坚持将监督职能与推进民生实事相结合。\n\n在前端介入环节，依托人大代表联络站与网格化机制，确保民生项目从源头上反映民意。\n\n在项目执行阶段，实施全过程闭环监督，采取“一看、二听、三议”的模式。\n\n（向阳宣）")
        // The rest of a sentence printed before it (the top of a column first): moved down.
        let before = "党员带头推进厂区环境整治，从细节处规避安全风险。\n\n月”等载体，常态化开展技能比武与安全竞赛。\n\n文化浸润于心，安全践行于行。该公司打造党建与安全\n文化宣传阵地，累计组织专题学习12次。依托“安全生产\n\n在红旗区召开全市科技服务业现场推进会议\n"
        #expect(wrapped(before).contains("依托“安全生产月”等载体，常态化开展技能比武与安全竞赛。"))
        #expect(BoxOrder.continues(Scalars.of("意。")))
        #expect(BoxOrder.continues(Scalars.of("月”等载体，常态化开展")))
        #expect(BoxOrder.continues(Scalars.of("，年过七旬的郑州")))
        #expect(!BoxOrder.continues(Scalars.of("在项目执行阶段，实施")))
        #expect(!BoxOrder.continues(Scalars.of("“三夏”麦收进入关键期。")))
        #expect(!BoxOrder.continues(Scalars.of("1. 加强领导。")))
        // Left alone: the box before the candidate already leaves a sentence open (it is in place).
        let inPlace = "会议指出，要全力推动民生工程落地见\n\n封丘县\n\n本报讯 近日，麦收进入关键期。田间地头\n\n，年过七旬的创始人坚守一线。\n"
        #expect(!Tidy.run(inPlace, options: { var o = Options(); o.inputKind = .wrapped; return o }()).edits.contains { $0.rule.rawValue == "LAYOUT-BOX-ORDER" })
        // Left alone: the next box finishes the word the box leaves open (坚|持).
        let word = "检验了实战效能。同时，该公司坚\n\n持“以练促防”，全年开展4场高质量应急演练。\n\n月”等载体，常态化开展技能比武与安全竞赛。\n"
        #expect(!Tidy.run(word, options: { var o = Options(); o.inputKind = .wrapped; return o }()).edits.contains { $0.rule.rawValue == "LAYOUT-BOX-ORDER" })
        // A box of full lines that finishes the word another leaves open (堵点共|商, ICU's
        // dictionary) continues it; a box whose first line is a paragraph's (shorter by the
        // indent) is never taken for such a rest.
        let rest = "会议通报了全市科技服务业运行情况，红旗区\n作典型经验交流，相关县区围绕难点、堵点共\n\n会议要求，下一步要精准对标国家产业导向，\n发挥科技服务业赋能作用，培育新质生产力。\n\n商攻坚举措。参会人员实地调研了重点企业，\n详细了解营收增长与平台建设情况。\n"
        #expect(wrapped(rest).contains("堵点共商攻坚举措。"))
        // A lone short line that ends a sentence, printed above the box whose word it finishes
        // (片区高|质量, a pair the text prints together elsewhere): a paragraph's last line.
        let last = "  本报讯 6月7日，卫滨区委书记邓国永调研\n陆航片区开发建设工作。\n\n质量发展的实施路径。\n\n"
            + "  邓国永指出，陆航片区对于激活铁西片区发\n展动能、提升老城区功能品质具有重要意义，\n以片区综合开发带动区域整体高质量发展，\n坚持以人民为中心。\n\n"
            + "  在陆航片区现场，邓国永仔细察看片区的边\n界范围和土地现状，深入交换意见，共同研究\n探讨片区高\n\n（卫滨宣）\n"
        #expect(wrapped(last).contains("深入交换意见，共同研究探讨片区高质量发展的实施路径。\n\n（卫滨宣）"))
        let opening = "会议通报了全市科技服务业运行情况，红旗区\n作典型经验交流，相关县区围绕难点、堵点共\n\n会议要求，下一步要精准对标国家产业导向，\n发挥科技服务业赋能作用，培育新质生产力。\n\n商会前来调研，参会人员实地\n调研了重点企业，详细了解营收增长与平台建设。\n"
        #expect(!wrapped(opening).contains("堵点共商会"))
        // A box of full lines after a paragraph's short last line continues the open box, word
        // or not (the box between opens with an indented, shorter line); never across a page (a
        // form feed).
        let full = "本报讯 近日，全市召开推进会议，相关县区围绕发展\n难点、堵点共同商议攻坚举措，参会人员实地调研了\n\n会议要求，下一步要精准对标国家产业导向，\n发挥科技服务业赋能作用，培育新质生产力，推动\n高质量发展。\n\n重点企业，详细了解营收增长与平台建设情况。参会\n人员一致表示，要抓好落实。\n"
        #expect(wrapped(full).contains("实地调研了重点企业，"))
        #expect(!wrapped(full.replacingOccurrences(of: "高质量发展。\n\n", with: "高质量发展。\n\u{0C}")).contains("实地调研了重点企业，"))
    }

    /// Two column ends printed out of order around each other (pdfminer.six, XeLaTeX): the box
    /// after `…面临劳` is the rest of another open box (`…科学统筹收` `割顺序，…`), and the one after
    /// it finishes `劳`. Once `…面临劳` reads on into `动力短缺…`, the box between is free to finish
    /// `…科学统筹收`.
    @Test func twoRestsPrintedOutOfOrder() {
        let page = "耿村青壮年大多外出务工，留守老人和困难家庭面临劳\n\n割顺序，优先保障孤寡老人及无劳动力困难家庭的麦收。针\n对道路通行不畅、地界纠纷等问题，他现场予以解决。在他\n的示范带动下，村内志愿者自发参与后勤保障，常态化开展\n秸秆禁烧巡查，高效推进收割一体化作业，大幅降低了粮食\n损耗。\n\n动力短缺、农机调配难等困境。今年，小麦大面积集中成熟，\n为抓住晴好天气抢抓抢种，肖存兴毅然放下郑州繁忙的生意\n返乡助农。他主动发挥自身优势，多方协调，成功联系 4 台\n大型联合收割机开展连片规模化作业，从根本上解决了村民\n\n“找机难”的问题。\n\n麦收期间，肖存兴每日顶着烈日巡查地块，科学统筹收\n\n（本报记者摄）\n\n“70 多岁还天天守在田间地头帮我们联系机器，真是老\n百姓的贴心人！”村民们纷纷点赞。\n"
        let out = wrapped(page)
        #expect(out.contains("面临劳动力短缺、农机调配难等困境。"))
        #expect(out.contains("解决了村民“找机难”的问题。\n\n麦收期间，肖存兴每日顶着烈日巡查地块，科学统筹收割顺序，优先保障孤寡老人"))
        #expect(out.contains("大幅降低了粮食损耗。\n\n“70多岁还天天守在田间地头"))
    }

    /// A column that stops inside a quotation, then the next article's title and running heads,
    /// then the box that closes the quotation (pdfminer.six, XeLaTeX): the quotation pairs them.
    @Test func openQuotationFinishedPastATitle() {
        let page = "魏海晓强调，要坚决落实“昼清夜查、内\n清外拦”的工作要求，充分发挥调度中心高\n效联动、精准调度的作用，实时监测空气质量\n行为，集中攻坚清理、搬迁国控站点周边“小\n\n红旗区洪门镇\n\n重拳整治违法建筑 筑牢城乡安全防线\n\n2025 年 6 月 11 日　星期三\n\n乱散污”企业，持续优化区域环境。要压实部\n门与属地监管职责，健全完善日间巡查、夜间\n抽查长效机制，做到问题整改全闭环、动态监\n管有反馈，多措并举推动空气质量持续向好。\n\n（卫滨宣）\n"
        let out = wrapped(page)
        #expect(out.contains("国控站点周边“小乱散污”企业，持续优化区域环境。"))
        #expect(!out.contains("“小红旗区"))
    }

    /// A box moved after the box it finishes takes along the box printed after it, which goes on
    /// with it (`…持续提升群众` `福祉；…`): they are one column that pdfminer.six split.
    @Test func movedBoxTakesItsRestAlong() {
        let page = "刘怀斌强调，要坚持一体推进，抓实深学\n细照、真查实改。树立系统思维，将深学、\n真查、实改贯通推进，细化学习研\n\n讨，深化问题查摆，狠抓整改落实，健全\n闭环管理机制，强化督导纠偏，杜绝形式\n主义，确保学习教育不走过程、不偏不\n倚。聚焦高品质生活，补齐民生短板，办好\n惠民实事，持续提升群众\n\n福祉；聚焦高水平治党，从正风肃纪、涵\n养清风正气，以过硬实绩检验学习教育成\n效。\n"
        let out = wrapped(page)
        #expect(out.contains("细化学习研讨，深化问题查摆"))
        #expect(out.contains("持续提升群众福祉；聚焦高水平治党"))
    }

    /// The page's own number, which its running head gives (`第1版`), alone between blank lines
    /// inside a column is the folio (pdfminer.six on Chromium, pagegen's seed 18301); another
    /// number there, or the page's number on a page without a head, is text.
    @Test func folioInsideAColumn() {
        let body = "刘怀斌强调，要坚持一体推进，抓实深学\n细照、真查实改。树立系统思维，将深学、\n真查、实改贯通推进，细化学习研\n\n1\n\n讨，深化问题查摆，狠抓整改落实，健全\n闭环管理机制，强化督导纠偏。\n"
        let page = "新乡日报\n\n2025年6月10日 星期二\n\n第1版 要闻\n\n" + body
        let out = wrapped(page)
        #expect(out.contains("细化学习研讨，深化问题查摆"))
        var o = Options()
        o.inputKind = .wrapped
        let removed = Tidy.run(page, options: o).edits.filter { $0.rule == NSPageHeader.id && $0.before.utf8.starts(with: "1\n".utf8) }
        #expect(removed.count == 1)
        #expect(wrapped(page.replacingOccurrences(of: "\n1\n", with: "\n2\n")).contains("2"))
        #expect(wrapped(body).contains("1"))
    }

    /// An article printed rotated (pdfminer.six): its title and the running heads under it, then
    /// its last columns with a photo credit and the byline, then its dateline box, which stops
    /// mid-sentence where the box under the title goes on (`…告知` `逾期拒不整改…`).
    @Test func rotatedArticleUnderRunningHeads() {
        let page = "红旗区洪门镇重拳整治违法建筑\n\n2025 年 6 月 11 日　星期三\n\n责任编辑：张伟\n\n逾期拒不整改将依法启动强制拆除程序。整改期间，执法人\n员持续跟进督导，对主动配合者予以政策引导；对逾期无正\n当理由拒不整改的，严格按照程序报备后，组织依法强拆。\n\n（通讯员供图）\n\n下一步，该大队将持续落实动态巡查管控机制，常态化\n开展普法宣传，从源头遏制私搭乱建行为。\n\n（洪门 文/图）\n\n本报讯 近日，红旗区洪门镇综合行政执法大队在辖区各\n村及沿街片区，开展违法建筑专项排查整治行动，旨在规范\n镇、村建设秩序，消除建筑与消防安全隐患，严守城乡规划\n底线。\n\n依据法定流程，执法人员依法向当事人送达《责令限期\n整改通知书》，明确了违法事实、法律依据及整改期限，告知\n"
        let out = wrapped(page)
        #expect(out.contains("重拳整治违法建筑\n\n本报讯 近日，"))
        #expect(out.contains("整改期限，告知逾期拒不整改将依法启动强制拆除程序。"))
        #expect(out.contains("从源头遏制私搭乱建行为。\n\n（洪门 文/图）"))
    }

    /// A closing byline printed between a column that stops mid-sentence and the column that
    /// goes on with it (pdfminer.six): the article goes on past the byline, which ends it.
    @Test func bylinePrintedInsideAnOpenSentence() {
        let page = "本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发建设工作。\n\n邓国永指出，陆航片区对于激活铁西片区发\n展动能、提升老城区功能品质具有重要意义。\n要始终坚持“以人民为中心”的发展思想，\n\n（卫滨宣）\n\n把人民城市理念贯穿规划、建设、管理全过\n程，以片区综合开发带动区域整体高质量发展。\n"
        let out = wrapped(page)
        #expect(out.contains("的发展思想，把人民城市理念贯穿规划、建设、管理全过程，以片区综合开发带动区域整体高质量发展。\n\n（卫滨宣）"))
    }

    /// The dateline box printed after the article's closing byline, stopping mid-sentence, and
    /// no title over it (pdfminer.six on Chromium's pages): it goes up under the nearest title
    /// before it, over the box that stands there (a full first line: no paragraph's first).
    @Test func openDatelineBoxAfterTheByline() {
        let page = "红旗区召开树立和践行正确政绩观学习教育座谈会\n\n全区树立和践行正确政绩观学习教育走深\n走实、落地落细。区委书记、区长刘怀斌\n主持会议并讲话，区领导李向军出席会议。\n\n刘怀斌指出，开展树立和践行正确政\n绩观学习教育，是党中央部署的重大政治\n任务，是今年党的建设重点工作。\n\n（红旗宣）\n\n本报讯 6月8日，红旗区召开树立和践\n行正确政绩观学习教育座谈会，系统安排\n部署下一阶段重点任务，持续推动\n"
        let out = wrapped(page)
        #expect(out.contains("# 红旗区召开树立和践行正确政绩观学习教育座谈会\n\n本报讯 6月8日，红旗区召开树立和践行正确政绩观学习教育座谈会，系统安排部署下一阶段重点任务，持续推动全区树立和践行正确政绩观学习教育走深走实、落地落细。"))
        #expect(out.contains("任务，是今年党的建设重点工作。\n\n（红旗宣）"))
        // An article that jumps to another page ends with no byline here: after its last
        // paragraph's end, the same.
        let jumped = page.replacingOccurrences(of: "（红旗宣）\n\n", with: "")
        #expect(wrapped(jumped).contains("# 红旗区召开树立和践行正确政绩观学习教育座谈会\n\n本报讯 6月8日，红旗区召开"))
        // The box under the title a lone line that finishes the dateline box's last word.
        let lone = "刘怀斌要求，全区党员干部要坚持深\n学笃行、对标实干，既要开拓创新、敢干\n新事、善开新局，展现担当。\n（红旗宣）\n\n卫滨区领导调研陆航片区开发建设工作\n\n团负责人史大伟等参加活动。\n\n在陆航片区现场，邓国永仔细察看片区的边界范围和\n土地现状，详细听取总体规划建设情况汇报。\n\n（卫滨宣）\n\n（本报记者摄）\n本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开\n发建设工作。区领导王西忠、张华，新乡国资集\n\n本版责编：周敏 版式设计：周敏\n"
        #expect(wrapped(lone).contains("# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发建设工作。区领导王西忠、张华，新乡国资集团负责人史大伟等参加活动。\n\n在陆航片区现场"))
    }

    /// A stop that hung in the margin printed on a line of its own (pdftotext `-raw`): it ends
    /// the printed line before it, which is full, so the paragraph goes on.
    @Test func aHangingStopOnItsOwnLine() {
        let page = "刘怀斌指出，开展树立和践行正确政\n绩观学习教育，是党中央部署的重大政治\n任务，是今年党的建设重点工作（如图）\n。\n全区各级党委（党组）要切实扛起主体责\n任，精准对标中央和省、市工作要求，抓\n实抓细各项工作，以高度的政治自觉推动\n学习教育提质增效。\n刘怀斌强调，要坚持一体推进，抓实\n深学细照、真查实改。\n"
        #expect(wrapped(page).contains("是今年党的建设重点工作。全区各级党委（党组）要切实扛起主体责任，"))
    }

    /// A running head's pieces printed down the page on lines of their own (pdftotext's default
    /// mode: `星期二` `新乡日报`) are furniture together: joined as a title, a second run would
    /// read that title as furniture and take it out.
    @Test func aHeadsPiecesDownThePage() {
        let page = "会前，李博带队开展实地督导，先后深入社区。\n\n星期二\n\n新乡日报\n\n本报讯 近日，“三夏”麦收进入关键期。\n"
        let out = wrapped(page)
        #expect(out == "会前，李博带队开展实地督导，先后深入社区。\n\n本报讯 近日，“三夏”麦收进入关键期。")
        #expect(wrapped(String(decoding: out.bytes, as: UTF8.self)) == out)
        // However many blank lines stand between (a second run reads them one apart).
        let far = page.replacingOccurrences(of: "星期二\n\n", with: "星期二\n\n\n\n\n")
        #expect(wrapped(far) == out)
        // And across a form feed: a second run reads it as a blank line.
        let pages = page.replacingOccurrences(of: "星期二\n\n", with: "星期二\n\u{0C}")
        let split = wrapped(pages)
        #expect(!split.contains("星期二"))
        #expect(wrapped(String(decoding: split.bytes, as: UTF8.self)) == split)
        // Pieces of digits and dashes (`--0` `- 4 -`) are not paired: typography reads them one
        // way before its rounds and another after.
        let digits = "会前，李博带队开展实地督导，先后深入社区。\n\n--0\n\n- 4 -\n\n本报讯 近日，麦收进入关键期。\n"
        let kept = wrapped(digits)
        #expect(wrapped(String(decoding: kept.bytes, as: UTF8.self)) == kept)
    }

    /// A paper's name and a section's printed where a column breaks, the next column's line
    /// straight under them (pdftotext's default mode, s6 xl-e01-p3): furniture together, and
    /// the sentence they cut goes on.
    @Test func aHeadsPiecesBeforeABodyLine() {
        let page = "带队排除铆床设备故障，检验了实战效能。同时，该公司坚\n\n新乡日报\n\n综合新闻\n持“以练促防”，全年开展4场高质量应急演练，覆盖500\n余人次。\n"
        let out = wrapped(page)
        #expect(out == "带队排除铆床设备故障，检验了实战效能。同时，该公司坚持“以练促防”，全年开展4场高质量应急演练，覆盖500余人次。")
        #expect(wrapped(String(decoding: out.bytes, as: UTF8.self)) == out)
        // A paper's name alone, or over a short line, is not paired so.
        let alone = page.replacingOccurrences(of: "综合新闻\n", with: "")
        #expect(wrapped(alone).contains("新乡日报"))
        let short = page.replacingOccurrences(of: "综合新闻\n持", with: "综合新闻\n持续")
            .replacingOccurrences(of: "持续“以练促防”，全年开展4场高质量应急演练，覆盖500\n", with: "持续\n")
        #expect(wrapped(short).contains("综合新闻"))
    }

    /// pdfminer.six printed an article's dateline box last, after its closing byline, and the
    /// box that goes on with it right under the title (past the running heads): the dateline box
    /// goes up before it, not the other box down after it.
    @Test func datelineBoxPrintedLast() {
        let page = "第4版　民生新闻\n\n卫滨区领导夜查环保攻坚调度工作\n\n2025年6月11日　星期三\n\n入平原镇、中同街街道开展环保攻坚夜查，调度大\n气污染防治攻坚工作。卫滨区副区长吕晖一同参\n加。\n\n魏海晓先后到卫滨区污染防治集中攻坚调度\n中心，实地查看调度中心建设。\n（卫滨宣）\n\n本报讯 近日，卫滨区区长魏海晓先后深\n"
        let out = wrapped(page)
        #expect(out.contains("# 卫滨区领导夜查环保攻坚调度工作\n\n本报讯 近日，卫滨区区长魏海晓先后深入平原镇、中同街街道开展环保攻坚夜查，"))
        #expect(out.contains("卫滨区副区长吕晖一同参加。\n\n魏海晓先后到"))
    }

    /// A box whose first line pdfminer.six printed letter-spaced (stretched to the measure) and
    /// that finishes the word an open box leaves (`…差异化精` `准 培 育 …`, ICU's dictionary) is
    /// that box's rest, wherever it stands on the page.
    @Test func letterSpacedRestFinishesAWord() {
        let page = "今年以来，红旗区科技服务业稳中有进，规上企业\n达14家，同比增长75%。\n\n准 培 育 策 略 ， 推 动 空 白 县 （ 市 、 区 ） “ 破 零 ”\n（市、区）挖潜、优质县（市、区）扩容提质；深入用好\n惠企政策与项目资金，闭环推进工作落地落实。\n\n会议要求，下一步要精准对标国家产业导向，发挥科\n技服务业赋能作用，培育壮大新质生产力；实行差异化精\n\n（红旗宣）\n"
        #expect(wrapped(page).contains("实行差异化精准培育策略，推动空白县（市、区）“破零”"))
    }

    /// Two articles side by side: pdfminer.six prints both titles, then the left article, then
    /// the right one's dateline with no title before it. The second title is read before that
    /// dateline, and each article has its own; a kicker over its title stays with it.
    @Test func titlesOfArticlesSideBySide() {
        let page = "量、展现担当。\n（红旗宣）\n\n卫滨区领导夜查环保攻坚调度大气污染防\n治攻坚工作\n\n在红旗区召开全市科技服务业现场推进会\n议\n\n本报讯 近日，卫滨区区长魏海晓先后\n深入平原镇开展环保攻坚夜查。\n\n魏海晓先后到卫滨区污染防治集中攻\n坚调度中心实地查看。\n\n（卫滨宣）\n\n本报讯 近日，全市科技服务业现场推\n进会在红旗区召开。\n"
        let out = wrapped(page)
        #expect(out.contains("# 卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作\n\n本报讯 近日，卫滨区区长魏海晓先后深入平原镇开展环保攻坚夜查。"))
        #expect(out.contains("（卫滨宣）\n\n# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
        let kicker = "量、展现担当。\n（红旗宣）\n\n红旗区洪门镇\n\n重拳整治违法建筑 筑牢城乡安全防线\n\n本报讯 近日，红旗区洪门镇综合行政\n执法大队开展整治行动。\n\n（洪门 文/图）\n\n本报讯 近日，全市科技服务业现场推\n进会在红旗区召开。\n"
        #expect(wrapped(kicker).contains("# 红旗区洪门镇\n\n## 重拳整治违法建筑 筑牢城乡安全防线\n\n本报讯 近日，红旗区洪门镇"))
    }

    /// pdfminer.six printed a column's start (`区，开展…` and its jump line) before the previous
    /// column's end (`组实现…`, `隐患排查是…包保责任`): the end is read in between, so each word
    /// is whole again (班组, 责任区).
    @Test func columnEndAfterTheNextColumnsStart() {
        let page = "本报讯 近日，全市推进安全生产工作。\n\n为打通安全管理“最后一公里”，该公司推行“党员身边\n无违章、无事故、无隐患”机制。一线老党员郭金梗坚守\n作业准则，带领班\n\n区，开展常态化全覆盖排查。今年以来，累计排查整治安全\n隐患 98 项，严格落实闭环管理。在急难险重任务中，党员\n班长肖太强带队攻坚贵\n\n（下转第 3 版）\n\n组实现产品合格率 100%，树立了过硬标杆。\n\n隐患排查是防范事故的关键。该公司设立党员包保责任\n\n卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发\n建设工作。\n"
        let out = wrapped(page)
        #expect(out.contains("带领班组实现产品合格率100%，树立了过硬标杆。\n\n隐患排查是防范事故的关键。该公司设立党员包保责任区，开展常态化全覆盖排查。"))
        #expect(out.contains("班长肖太强带队攻坚贵\n\n# 卫滨区领导调研陆航片区开发建设工作"))
    }

    /// A box that opens with `（上接第1版）` goes on with the page before: it stays where it is,
    /// however it looks, even when it is the page's one box that cannot open a paragraph and
    /// another box on the page stops mid-sentence.
    @Test func aJumpTailStaysFirst() {
        let page = "第3版　城区新闻\n\n（上接第1版）州1600吨超\n大吨位移动模架项目，创新\n多机协同吊装模式，提前圆\n满完成生产任务。\n\n该公司以标准化建设赋\n\n能精细化管理，组建103名\n党员应急救援队伍，构建精\n准应急体系。\n\n牧野区召开大气\n污染防治攻坚调\n度会\n\n本报讯 6月8日，牧野\n区召开大气污染防治攻坚调\n度会。全面优化升级污染防\n控快速响应处\n"
        let out = wrapped(page)
        #expect(out.bytes.starts(with: Array("州1600吨超大吨位移动模架项目，创新多机协同吊装模式，提前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理，组建103名党员应急救援队伍，构建精准应急体系。".utf8)))
    }

    /// Two titles printed one after the other over the rest of the first article's first column
    /// (pdfminer.six): the first article's dateline box, printed further down, goes under the
    /// first title and the box under the titles reads on from it; the second title goes over its
    /// own dateline (LAYOUT-BOX-ORDER 5d).
    @Test func twoTitlesOverTheFirstArticlesRest() throws {
        let out = try tidied("Fixtures/more/s21/pages/xl-e02-p1/pdfminer.txt")
        #expect(out.contains("# 在红旗区召开全市科技服务业现场推进会议\n\n本报讯 近日，全市科技服务业现场推进会在红旗区召开。"))
        #expect(out.contains("银海医学检验实验室等重点企业，详细了解营收增长与平台建设情况。"))
        #expect(out.contains("# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永"))
        let other = try tidied("Fixtures/more/s21/pages/xl-e01-p2/pdfminer.txt")
        #expect(other.contains("产品合格率100%，树立了过硬标杆。"))
    }

    /// `pdftotext -raw` cuts a printed line at a justification gap after a mark: its column's
    /// width is measured on the pieces joined (`多机协同吊装模式，` `提前圆满完成生产任务。` make a
    /// line of 20, where xeCJK squeezed two marks), so the next paragraph's first line, one em
    /// shorter, is read as one and the paragraph before ends after `任务。`.
    @Test func rawPiecesAreMeasuredAsTheirPrintedLine() throws {
        let out = try tidied("Fixtures/more/s5/pages/xl-e01-p1/pdftotext_raw.txt")
        #expect(out.contains("提前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理，组建103名"))
    }

    /// A paragraph's first line alone in its box (pdfminer.six), as wide as the column's
    /// indented first lines and without a pause, between a box that ends a sentence and the
    /// rest of the paragraph in the same column, is no title (`…席会议。`
    /// `会议传达近期全市大气污染防治推进会` `精神，复盘上周…`); a title before a box of another
    /// column's width still is one.
    @Test func aFirstLineAloneInItsBoxIsNoTitle() throws {
        let out = try tidied("Fixtures/more/s21/pages/xl-e01-p2/pdfminer.txt")
        #expect(out.contains("出席会议。\n\n会议传达近期全市大气污染防治推进会精神，复盘上周"))
        let other = try tidied("Fixtures/more/s19/pages/xl-e01-p2/pdfminer.txt")
        #expect(other.contains("# 卫滨区领导调研陆航片区开发建设工作\n"))
    }

    /// A sentence's last characters alone in their box (`任务。`), then a box of one line an em
    /// shorter than the column's first lines (it broke after a pause): a paragraph's end and the
    /// next one's first line, not two pieces of one printed line that fill the column.
    @Test func aLastLineAndAFirstLineAnEmShortAreTwoParagraphs() throws {
        let out = try tidied("Fixtures/more/s24/pages/xl-e02-p3/pdfminer.txt")
        #expect(out.contains("提前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理，组建103名党员应急救援队伍"))
    }

    /// A box after the next article's dateline is that article's: it is never the rest of a box
    /// before the dateline (`…提升耕地效益` then a title and a dateline, then `组建由人大代表…`,
    /// which finishes `…三议”的模式，` further down).
    @Test func noRestFromPastADateline() {
        let page = "近年来，潘店镇将大豆、玉米带状复\n合种植作为调整农业结构、提升耕地效益\n\n红旗区向阳街道 推动民生项目落地见效\n\n本报讯 近日，红旗区向阳街道人大工\n委坚持将监督职能与推进民生实事相结\n合，全力推动民生工程落地见效。\n\n组建由人大代表和职能部门构成的监督小\n组，紧盯施工质量与进度，对发现的问题\n现场交办、限期整改，确保工程经得起检\n验。\n\n在前端介入环节，依托人大代表联络\n站与网格化机制，组织人大代表深入一\n线，确保民生项目从源头上反映民意。\n\n在项目执行阶段，实施全过程闭环监\n督，采取“一看、二听、三议”的模式，\n\n为破解办理难题，向阳街道依托“街\n道吹哨、部门报到”机制，联合多方现场\n办公，切实提升群众的获得感。\n\n（向阳宣）\n"
        let out = wrapped(page)
        #expect(out.contains("采取“一看、二听、三议”的模式，组建由人大代表和职能部门构成的监督小组，"))
        #expect(!out.contains("提升耕地效益组建"))
    }

    /// An article's dateline box printed after its byline, stopping mid-sentence where the box
    /// under the title goes on (`…郑州“蒸记三鲜` and `烩面”创始人…`): the dateline box is read
    /// under the title, in one paragraph with that box (Chromium, pagegen's seed 6, pdfminer.six).
    @Test func datelineRunFinishedUnderTheTitle() throws {
        let out = try tidied("Fixtures/more/s6/pages/cr-e02-p1/pdfminer.txt")
        #expect(out.contains("## 七旬企业家返乡助农 守护“三夏”粮食丰收\n\n本报讯 近日，“三夏”麦收进入关键期。"))
        #expect(out.contains("年过七旬的郑州“蒸记三鲜烩面”创始人肖存兴坚守一线，用暖心之举守护家乡粮食丰收。\n\n耿村青壮年"))
    }

    /// A rotated article whose dateline box carries the photo credit printed over it, and whose
    /// column under the title a word pass already read after the dateline run (`…发挥自`
    /// `身优势，…`): the title still goes over its dateline (Chromium, pagegen's seed 14).
    @Test func rotatedArticleWithItsBoxAlreadyMoved() throws {
        let out = try tidied("Fixtures/more/s14/pages/cr-e01-p1/pdfminer.txt")
        #expect(out.contains("# 七旬企业家返乡助农 守护“三夏”粮食丰收\n\n本报讯 近日，“三夏”麦收进入关键期。"))
        #expect(out.contains("他主动发挥自身优势，多方协调，"))
    }

    /// A rotated article's dateline run that a pass before had read on into the wrong box of the
    /// body (`…郑州繁忙的生` into `“70 多岁…`) is read on into the box under the title, whose
    /// first word it finishes (`意返乡助农。…`, 生意), and stands under the title (XeLaTeX,
    /// pagegen's seed 16).
    @Test func aWordOverridesAWeakerLink() throws {
        let out = try tidied("Fixtures/more/s16/pages/xl-e01-p1/pdfminer.txt")
        #expect(out.contains("## 七旬企业家返乡助农 守护“三夏”粮食丰收\n\n本报讯 近日，“三夏”麦收进入关键期。"))
        #expect(out.contains("肖存兴毅然放下郑州繁忙的生意返乡助农。他主动发挥自身优势"))
        #expect(out.contains("大幅降低了粮食损耗。\n\n“70多岁还天天守在田间地头"))
    }

    /// A box that stops mid-sentence over running heads goes on in the box under them, even
    /// when that box's first line counts an em short of its widest (`到精准溯源、精准定位、精准管控；…`
    /// counts 27 in a 26-em column, its marks squeezed): it is no column end for another box
    /// (`文化浸润于心…` stays where it is; XeLaTeX, pagegen's seed 16).
    @Test func aColumnGoesOnPastRunningHeads() throws {
        let out = try tidied("Fixtures/more/s16/pages/xl-e02-p1/pdfminer.txt")
        #expect(out.contains("以科学举措提升攻坚质效。用好科技手段，熟练掌握设备操作规程"))
        #expect(!out.contains("用好科文化"))
    }

    /// The page's one open box, and no box that cannot open a paragraph: the one box whose full
    /// first line follows a sentence's end on a full line goes on from it — that sentence ends
    /// its paragraph there (`…贡献力量、展现担当。` then `落实快速机制，…`, which finishes `…精准管控；`
    /// at the page's foot; ReportLab, the benchmark's page and pagegen's seed 15).
    @Test func theOneBoxAfterAFullLineThatEndsASentence() throws {
        let out = try tidied("Fixtures/pages/rl-e02-p3/pdfminer.txt")
        #expect(out.contains("精准定位、精准管控；落实快速机制，做到闻令而动，"))
        #expect(out.contains("贡献力量、展现担当。\n\n"))
        let seed15 = try tidied("Fixtures/more/s15/pages/rl-e02-p3/pdfminer.txt")
        #expect(seed15.contains("紧盯建筑工地、道路扬尘、工业企业等关键领域，"))
    }

    /// An open box that a title wrapped over two lines follows finds the one box on its page that
    /// finishes its word, past the next article (`…推动种植地块连片规` over `红旗区西街街道曙光社区
    /// 开展夏季环境专` `项整治与常态化消杀工作`, and `模化发展。…` after that article's byline;
    /// Chromium, pdfminer.six, pagegen's seed 23).
    @Test func anOpenBoxOverAWrappedTitleFindsItsWord() throws {
        let out = try tidied("Fixtures/more/s23/pages/cr-e01-p1/pdfminer.txt")
        #expect(out.contains("以点带面，推动种植地块连片规模化发展。同时，镇、村农技人员常态化下沉一线，"))
        #expect(out.contains("清洁消杀作业，从源头遏制蚊虫滋生和病菌传播，切实筑牢公共卫生安全防线。\n\n（周柯园）"))
    }

    /// Another article's tail and byline printed between a title and its dateline go on from the
    /// box right before the title when that box ends a sentence (`…大幅降低了粮食损耗。`
    /// `红旗区向阳街道 推动民生项目落地见效` `“70多岁还天天…` `（杨恒战 罗菲）` `本报讯 近日，红旗区向阳街道…`;
    /// Chromium, pdfminer.six, pagegen's seed 24).
    @Test func aTailBetweenATitleAndItsDatelineGoesOnFromTheBoxBefore() throws {
        let out = try tidied("Fixtures/more/s24/pages/cr-e01-p2/pdfminer.txt")
        #expect(out.contains("大幅降低了粮食损耗。\n\n“70多岁还天天守在田间地头帮我们联系机器，"))
        #expect(out.contains("（杨恒战 罗菲）\n\n# 红旗区向阳街道 推动民生项目落地见效\n\n本报讯 近日，红旗区向阳街道人大工委"))
    }

    /// A kicker and title printed inside another article's sentence, read on across them, go over
    /// the page's one dateline box with no title over it that names them (`…杜绝问题反复反` `封丘县`
    /// `七旬企业家返乡助农 守护“三夏”粮食丰收` `弹。要强化…` … `（牧野宣）` `本报讯 近日，“三夏”…在封丘县…`;
    /// Chromium, pdfminer.six, pagegen's seed 24).
    @Test func aTitleInsideAnotherArticleGoesOverItsDateline() throws {
        let out = try tidied("Fixtures/more/s24/pages/cr-e02-p3/pdfminer.txt")
        #expect(out.contains("杜绝问题反复反弹。要强化齐抓共管，"))
        #expect(out.contains("（牧野宣）\n\n# 封丘县\n\n## 七旬企业家返乡助农 守护“三夏”粮食丰收\n\n本报讯 近日，“三夏”麦收进入关键期。"))
    }

    /// A title printed at its page's end (pdfminer.six may print ReportLab's band of titles last)
    /// goes over the page's one dateline box with no title over it that repeats its characters,
    /// here the page's first box (`（卫滨宣）` `河南省大方重型机器` … `2025年6月10日…`; pagegen's seed 24);
    /// a kicker printed there alone goes over the title whose article names it (seed 9), and of
    /// two titles printed there each goes over its own dateline (seed 19).
    @Test func aTitleOrKickerPrintedLastGoesOverItsDateline() throws {
        let out = try tidied("Fixtures/more/s24/pages/rl-e01-p2/pdfminer.txt")
        #expect(out.bytes.starts(with: Array("# 河南省大方重型机器有限公司 “零事故”背后的红色班组力量\n\n本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产是".utf8)))
        let kicker = try tidied("Fixtures/more/s9/pages/rl-e01-p1/pdfminer.txt")
        #expect(kicker.bytes.starts(with: Array("# 封丘县\n\n## 七旬企业家返乡助农 守护“三夏”粮食丰收\n\n本报讯 近日，“三夏”麦收进入关键期。".utf8)))
        #expect(!kicker.bytes.reversed().starts(with: Array("封丘县\n".utf8).reversed()))
        // Two titles printed there, each over its own dateline (seed 19).
        let two = try tidied("Fixtures/more/s19/pages/rl-e01-p1/pdfminer.txt")
        #expect(two.bytes.starts(with: Array("# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发建设工作。".utf8)))
        #expect(two.contains("（洪门 文/图）\n\n# 牧野区召开大气污染防治攻坚调度会\n\n本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。"))
        // A title whose last piece was printed over its dateline, apart (`…推动民生项目落` at the
        // foot, `地见效` at the head; seed 22), goes over that piece.
        let piece = try tidied("Fixtures/more/s22/pages/rl-e01-p1/pdfminer.txt")
        #expect(piece.bytes.starts(with: Array("# 红旗区向阳街道 推动民生项目落地见效\n\n本报讯 近日，红旗区向阳街道人大工委".utf8)))
        // The text before the titles may end in a closing byline on its box's last line
        // (`…现场办公。` `（向阳宣）` in one box; PyMuPDF blocks, seed 18): the titles still go over
        // their dateline, and the box under them is read in its place.
        let blocks = try tidied("Fixtures/more/s18/pages/xl-e01-p1/pymupdf_blocks.txt")
        #expect(blocks.contains("（向阳宣）\n\n# 红旗区向阳街道推动民生项目落地见效"))
        #expect(blocks.contains("\n\n在项目执行阶段，实施全过程闭环监督，"))
    }

    /// Two open boxes for one box whose predecessor is read on elsewhere: it goes on from the one
    /// whose word it finishes (`…一季的大` `豆，实打实…`, not `…将深学、真查、`), and then the page's
    /// one open box left takes its one box left that cannot open a paragraph (`实改贯通推进，…`
    /// at the page's head; ReportLab, pdfminer.six, pagegen's seed 21).
    @Test func ofTwoOpenBoxesTheOneWhoseWordItFinishes() throws {
        let out = try tidied("Fixtures/more/s21/pages/rl-e01-p2/pdfminer.txt")
        #expect(out.contains("一亩地多收了一季的大豆，实打实的增收！”近日，"))
        #expect(out.contains("将深学、真查、实改贯通推进，细化学习研讨，"))
    }

    /// A paragraph right under a photo's credit, after a sentence's end, may open unindented (its
    /// first line full): it is no column's rest to read on from the page's open box, which goes on
    /// in the box after it (`…同比增长 9.95%，` `高于全市平均水平…`; XeLaTeX, pdfminer.six, seed 24).
    @Test func aFullLineUnderAPhotoCreditMayOpenAParagraph() throws {
        let out = try tidied("Fixtures/more/s24/pages/xl-e02-p1/pdfminer.txt")
        #expect(out.contains("同比增长9.95%，高于全市平均水平0.95个百分点，超七成企业实现正增长。"))
        #expect(out.contains("\n依据法定流程，执法人员依法向当事人送达《责令限期整改通知书》"))
    }

    /// A box printed letter-spaced (its first line stretched to the measure) beside an open box
    /// whose word it finishes goes on from it (`…实行差异化精` after `准 培 育 策 略 ，…`, 精准;
    /// Chromium, pagegen's seed 8).
    @Test func aLetterSpacedBoxBesideFinishesTheWord() throws {
        let out = try tidied("Fixtures/more/s8/pages/cr-e02-p2/pdfminer.txt")
        #expect(out.contains("实行差异化精准培育策略，推动空白县（市、区）“破零”"))
    }

    /// A kicker printed inside another article's sentence goes over the one title on its page
    /// with no kicker whose article names it, and the sentence reads on past it (`…执行力，把严的`
    /// `封丘县潘店镇` `标准、实的作风…`; XeLaTeX, pagegen's seed 10).
    @Test func aStrayKickerFindsItsTitle() throws {
        let out = try tidied("Fixtures/more/s10/pages/xl-e02-p2/pdfminer.txt")
        #expect(out.contains("的执行力，把严的标准、实的作风，"))
        #expect(out.contains("（红旗宣）\n\n# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n\n本报讯"))
    }

    /// A paragraph printed after its article's byline at the page's end, stopping mid-word, goes
    /// before the box whose first word it finishes (`（牧野宣）` `（通讯员供图）` `李博强调，…带头落实管`
    /// then `控措施、整改突出问题…`, 管控; XeLaTeX, pagegen's seed 5).
    @Test func aParagraphAfterItsByline() throws {
        let out = try tidied("Fixtures/more/s5/pages/xl-e02-p4/pdfminer.txt")
        #expect(out.contains("筑牢生态屏障。\n\n李博强调，要认清严峻形势，"))
        #expect(out.contains("主动认领重点难点问题，带头落实管控措施、整改突出问题，"))
    }

    /// Of two boxes that cannot open a paragraph, the page's one open box goes on in the one
    /// right after a closing byline (`…针对跨领域、` at the page's foot, `（张志超 罗菲 李萌 文/图）`
    /// `跨区域、交叉性污染问题…`; the other, `文化浸润于心…`, is a paragraph set without an
    /// indent; XeLaTeX, pagegen's seed 16).
    @Test func ofTwoRestsTheOneAfterAByline() throws {
        let out = try tidied("Fixtures/more/s16/pages/xl-e01-p2/pdfminer.txt")
        #expect(out.contains("筑牢基层防线。针对跨领域、跨区域、交叉性污染问题，"))
    }

    /// An article rotated on its page: its body at the page's head (`短缺、农机调配难等困境。今年` …
    /// `（杨恒战 罗菲）`), its title and first paragraphs at the foot, stopping mid-word
    /// (`…面临劳动力`). The head box's first line is full: 14 ems beside a widest line of 14.55
    /// that holds a half-width digit (`，成功联系4台…开`), which a column a little wider than 14
    /// ems holds (ReportLab, pagegen's seed 17).
    @Test func aFullFirstLineBesideALineWithDigits() throws {
        let out = try tidied("Fixtures/more/s17/pages/rl-e01-p2/pdfminer.txt")
        #expect(out.contains("留守老人和困难家庭面临劳动力短缺、农机调配难等困境。今年，"))
        // (A first line an indent short stays a paragraph's first, however a digit and its glue
        // widen the line under it: `文化浸润于心…` with `学习 12 次` under it; XeLaTeX, seed 6.)
        let seed6 = try tidied("Fixtures/more/s6/pages/xl-e02-p3/pdfminer.txt")
        #expect(seed6.contains("从根本上解决了村民“找机难”的问题。"))
    }

    /// The box at a page's head that finishes the page's last article (`…健全层` `层传导、…取得
    /// 扎实成效。`) takes along the paragraphs printed after it there, up to the byline: they end
    /// that article too, and would otherwise open the page under no title (ReportLab, pagegen's
    /// seed 18).
    @Test func aPageHeadBoxTakesTheArticlesEndAlong() throws {
        let out = try tidied("Fixtures/more/s18/pages/rl-e01-p1/pdfminer.txt")
        #expect(out.description.hasPrefix("# 红旗区西街街道曙光社区"))
        #expect(out.contains("确保学习教育取得扎实成效。\n\n刘怀斌要求，全区党员干部要坚持深学笃行、"))
        #expect(out.contains("展现担当。\n\n（红旗宣）\n"))
    }

    /// A lone line ending a sentence printed inside another paragraph's split word, past a photo
    /// credit (`…家庭的麦收。针` `（资料图片）` `“找机难”的问题。` `对道路…`), is a column's last
    /// line: the page's open box goes on in it (`…从根本上解决了村民`; XeLaTeX, pagegen's seed 18).
    @Test func aColumnsLastLineInsideAnotherSplitWord() throws {
        let out = try tidied("Fixtures/more/s18/pages/xl-e02-p1/pdfminer.txt")
        #expect(out.contains("从根本上解决了村民“找机难”的问题。\n\n"))
        #expect(out.contains("劳动力困难家庭的麦收。针对道路通行不畅"))
    }

    /// A first line with digits is measured with its own glue too, as the lines it is compared
    /// with are: `家，同比增长 75%；前 4 个月实现营业收入 1.45 亿元，同` is full, so it finishes the
    /// page's open box `…规上企业达 14` rather than a paragraph set without an indent after a
    /// byline (XeLaTeX, pagegen's seed 18).
    @Test func aFirstLineWithDigitsCountsItsGlue() throws {
        let out = try tidied("Fixtures/more/s18/pages/xl-e02-p2/pdfminer.txt")
        #expect(out.contains("今年以来，红旗区科技服务业稳中有进，规上企业达14家，同比增长75%；"))
        #expect(out.contains("\n\n在项目执行阶段，实施全过程闭环监督，"))
        // It was printed last in its article, before the byline; it goes up with the box it
        // goes on in, which follows the dateline's paragraph, so the paragraph printed between
        // stays after it.
        #expect(out.contains("与平台建设情况。\n\n今年以来，红旗区科技服务业稳中有进，"))
        #expect(out.contains("超七成企业实现正增长。\n\n会议要求，下一步要精准对标国家产业导向，"))
    }

    /// A column's end printed between a kicker and its title (`红旗区洪门镇` `居民议事会制度，…`
    /// `重拳整治违法建筑…`) cannot open a paragraph: a lone line of Han characters with no pause,
    /// three ems short of the box's lines and a title under the box, is no paragraph's first line.
    /// The page's one open box goes on in it (`…创新建立` `居民议事会制度`; ReportLab, seed 17).
    @Test func aColumnEndBetweenAKickerAndItsTitle() throws {
        let out = try tidied("Fixtures/more/s17/pages/rl-e02-p2/pdfminer.txt")
        #expect(out.contains("同时，创新建立居民议事会制度，广泛收集群众关心的问题，"))
        #expect(out.contains("# 红旗区洪门镇\n\n## 重拳整治违法建筑"))
    }


    /// A paragraph's first line boxed alone over a photo credit (`邓国永指出，陆航片区`
    /// `（通讯员供图）` `对于激活铁西片区…`, a full first line) goes on past the credit, which
    /// floats in the column: it is no open box, and the page's one open box left
    /// (`…肖存兴反哺桑梓的` at its foot) takes the box at the page's head (`一个缩影。…`;
    /// ReportLab, pagegen's seed 16).
    @Test func aBoxGoesOnPastAPhotoCredit() throws {
        let out = try tidied("Fixtures/more/s16/pages/rl-e02-p3/pdfminer.txt")
        #expect(out.contains("邓国永指出，陆航片区对于激活铁西片区发展动能"))
        #expect(out.contains("助力麦收只是肖存兴反哺桑梓的一个缩影。多年来，"))
    }

    /// A column that stops mid-word at the page's editor line (`…他现` `本版责编：赵鹏`) goes on
    /// in the box past it that finishes its word (`场予以解决。…`, 现场): it is no open box for
    /// another to finish (`实时处置机制…` at the page's head would make 现实), which goes on
    /// from the page's last open box instead (`…问题` `实时处置…`; ReportLab, pagegen's seed 18).
    @Test func aColumnGoesOnPastItsEditorLine() throws {
        let out = try tidied("Fixtures/more/s18/pages/rl-e01-p2/pdfminer.txt")
        #expect(out.contains("地界纠纷等问题，他现场予以解决。在他的示范带动下，"))
        #expect(out.contains("及数据实时监测、问题实时处置机制、网格化运行等情况，"))
    }
    /// Two articles side by side whose titles pdfminer.six printed one after the other (a kicker
    /// over the left one's), the right one's dateline box further down repeating its title and
    /// already read on into its body printed before it, and only its byline and the folio after
    /// it: the right title still goes over that dateline (XeLaTeX, the benchmark's page 3).
    @Test func theRightTitleOverItsDatelineReadOnAlready() throws {
        let out = try tidied("Fixtures/pages/xl-e02-p3/pdfminer.txt")
        #expect(out.contains("## 重拳整治违法建筑 筑牢城乡安全防线\n\n本报讯 近日，红旗区洪门镇"))
        #expect(out.contains("\n\n# 卫滨区领导调研陆航片区开发建设工作\n\n本报讯 6月7日，卫滨区委书记邓国永调研"))
    }

    /// A moved box takes the byline printed after it along when a byline stands before it too
    /// (`（杨恒战 罗菲）` `育策略，…落实。` `（红旗宣）`); and another article's tail and byline
    /// printed between a title and the dateline that repeats it go to the article before that
    /// ends with no byline (XeLaTeX, pagegen's seed 14).
    @Test func bylinesAndTailsFindTheirArticles() throws {
        let out = try tidied("Fixtures/more/s14/pages/xl-e01-p1/pdfminer.txt")
        #expect(out.contains("闭环推进工作落地落实。\n\n（红旗宣）\n\n# 牧野区召开大气污染防治攻坚调度会\n\n本报讯 6月8日，牧野区召开"))
        #expect(out.contains("大幅降低了粮食损耗。\n\n“70多岁还天天守在田间地头帮我们联系机器"))
        #expect(out.contains("积极助力家乡基础设施建设。\n\n（杨恒战 罗菲）"))
    }

    /// Two articles side by side whose right one pdfminer.six printed further down than the
    /// left one's byline: its title goes over the one dateline box that repeats it, and the body
    /// printed before that box, after another article's byline, goes on from the dateline's run
    /// (`…做到精准` `溯源、精准定位…` … `（牧野宣）`; Chromium, pagegen's seed 15).
    @Test func theRightArticleFurtherDown() throws {
        let out = try tidied("Fixtures/more/s15/pages/cr-e01-p2/pdfminer.txt")
        #expect(out.contains("# 牧野区召开大气污染防治攻坚调度会\n\n本报讯 6月8日，牧野区召开大气污染防治攻坚调度会。"))
        #expect(out.contains("常态化开展实操演练，做到精准溯源、精准定位、精准管控；"))
        #expect(out.contains("形成攻坚合力。\n\n会前，李博带队开展实地督导"))
        #expect(out.contains("（卫滨宣）\n\n# 在红旗区召开全市科技服务业现场推进会"))
    }

    /// pdfminer.six printed a column's end at the head of its page: the page's one open box and
    /// its one box that cannot open a paragraph are joined, however far apart; and a box that
    /// finishes an open box's word (`整改期|间`, ICU's dictionary) is found anywhere on the page,
    /// even when it opens with one character and a pause.
    @Test func columnEndFarFromItsStart() {
        let page = "2025年6月11日　星期三　新乡日报\n\n小区楼道、公共通道、休闲广场、\n绿化草丛、下水道口及垃圾桶周\n边等关键点位，开展全覆盖、无\n盲区的清洁消杀作业。\n\n第1版　要闻\n\n红旗区召开座谈会\n\n本报讯 6月8日，红旗区召开\n座谈会，深入学习贯彻精神。\n\n针对夏季高温潮湿、病媒生\n物易滋生的特点，社区提前\n部署、精准施策。工作人员聚焦\n\n本版责编：周敏\n"
        #expect(wrapped(page).contains("工作人员聚焦小区楼道、公共通道、休闲广场、绿化草丛、下水道口及垃圾桶周边等关键点位，开展全覆盖、无盲区的清洁消杀作业。"))
        let word = "本报讯 近日，镇综合执法大队开展违法建筑专项整治\n行动，严守城乡规划底线。\n\n间，执法人员持续跟进督导，对主动配合者予以政策\n引导，组织依法强拆，确保处置规范、合法。\n\n行动中，执法人员依托网格化巡查与群众的举\n报线索，对违建建筑点位进行现场勘验，拍照取证。\n\n依据法定流程，执法人员依法向当事人送达通\n知书，告知逾期拒不整改将依法拆除。整改期\n\n（洪门 文/图）\n"
        #expect(wrapped(word).contains("依法拆除。整改期间，执法人员持续跟进督导，"))
    }

    /// The first-line indent is learnt per page but applied per article: on a page whose columns
    /// differ in width, `“70 多岁还…` (digits measured a little wide) is still an indented first
    /// line, so the short line `损耗。` before it ends its paragraph (PyMuPDF on XeLaTeX).
    @Test func indentIsPerArticleWidth() throws {
        let out = try tidied("Fixtures/pages/xl-e01-p1/pymupdf.txt")
        #expect(out.contains("大幅降低了粮食损耗。\n\n“70多岁还天天守在田间地头帮我们联系机器"))
    }

    /// ReportLab hangs a first line's closing `。` in the margin: `隐患排查是防范事故的关键。` is
    /// 13 ems of Han in a 14-em column, one more than an indented first line, and the full line
    /// after it runs on — so it opens a paragraph, though the line before it (`格率100%，…`)
    /// measures nearly full.
    @Test func hangingStopInAFirstLine() throws {
        for ex in ["pdftotext_raw.txt", "pymupdf.txt"] {
            let out = try tidied("Fixtures/pages/rl-e02-p1/\(ex)")
            #expect(out.contains("树立了过硬标杆。\n\n隐患排查是防范事故的关键。该公司设立党员包保责任区"), "\(ex)")
        }
    }

    /// A photo's credit between a sentence's end and the next line stands between two
    /// paragraphs: the photo was set there (XeLaTeX, pagegen's seed 8102, page 3, PyMuPDF; the
    /// article is set without first-line indents, so nothing else shows the break).
    @Test func aPhotoBetweenTwoParagraphs() throws {
        let out = try tidied("Fixtures/extra/xl-s8102-p3/pymupdf.txt")
        #expect(out.contains("提前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理，"))
    }

    /// A photo credit set after a line's text (`…确保处置规范、合法。 （资料图片）`) is cut off as a
    /// line of its own and counts nothing of the line's width: the line is short, and its
    /// paragraph ends (Chromium, pagegen's seed 8302, page 4).
    @Test func aCreditBesideALineIsNoPartOfIt() throws {
        let out = try tidied("Fixtures/extra/cr-s8302-p4/pdftotext_raw.txt")
        #expect(out.contains("确保处置规范、合法。\n\n下一步，该大队将持续落实动态巡查管控机制，"))
        #expect(!out.contains("（资料图片）"))
        #expect(RawLine.creditCut(Scalars.of("合法。 （资料图片）"))! == (3, 4))
        #expect(RawLine.creditCut(Scalars.of("合法（资料图片）")) == nil)
    }

    /// XeLaTeX's squeezed marks let `…作业。` and `田间地头，` fill one printed line, but not when
    /// the second piece starts a printed line of its own: `魏海晓强调，` `要坚决落实“昼清夜查、`
    /// `内` fill one, so `…督办相关问题。` (short) ends its paragraph (pagegen's seed 7102, page 4,
    /// where the paragraph opens a column unindented).
    @Test func aPieceThatStartsAPrintedLineIsNoLinesEnd() throws {
        let out = try tidied("Fixtures/extra/xl-s7102-p4/pdftotext_raw.txt")
        #expect(out.contains("督办相关问题。\n\n魏海晓强调，要坚决落实“昼清夜查、内清外拦”的工作要求"))
    }

    /// The indent is learnt per column width where two first lines or more agree: on a page whose
    /// 19-em columns show first lines one character short and whose 27-em article shows three, the
    /// first line `李博强调，…筑牢攻坚根基。` (25, its stop hanging in the margin: one more than a
    /// first line) is full, and the paragraph goes on (XeLaTeX, a page made with pagegen's seed
    /// 7101, not one of the benchmark's).
    @Test func indentPerColumnWidthAndAHangingStop() throws {
        let out = try tidied("Fixtures/extra/xl-s7101-p1/pdftotext_raw.txt")
        #expect(out.contains("以过硬作风筑牢攻坚根基。以“时时放心不下”的责任感"))
    }
}

extension UnwrapTests {
    /// A mark alone after a piece that ends on a closing bracket sits mid-line: the two marks
    /// are set an em wide, so `图）` `。` `在封丘县留光镇耿村，` `千亩麦田金黄翻` fill a 19-em line
    /// and the paragraph goes on (XeLaTeX, pagegen's seed 16).
    @Test func twoMarksSetAnEmWide() throws {
        let out = try tidied("Fixtures/more/s16/pages/xl-e01-p1/pdftotext_raw.txt")
        #expect(out.contains("“三夏”麦收进入关键期。在封丘县留光镇耿村，千亩麦田金黄翻滚，"))
    }

    /// pdftotext `-raw` cut a printed line into pieces at its marks (`部门报到”` `机制，`
    /// `联合多方现场办公` `（如图）` `。`): the stop alone is the line's end, and the line, the
    /// pieces together, is full, so the paragraph goes on.
    @Test func aMarkAloneEndsTheLineOfItsPieces() {
        let page = "本报讯 近日，向阳街道人大工委坚持将监督职\n能与推进民生实事相结合，通过前端介入、全程\n监督、联动破题，全力推动民生工程落地见效。\n为破解办理难题，向阳街道还依托“街道吹哨、\n部门报到”\n机制，\n联合多方现场办公\n（如图）\n。\n通过人大代表、议事员与职能部门的协同发力，真\n正让民生项目成为民心工程，切实提升辖区群众\n的获得感。\n"
        #expect(wrapped(page).contains("联合多方现场办公。通过人大代表"))
    }
}

extension UnwrapTests {
    /// A closing byline printed between a title and its dateline (pdfminer.six read it in from
    /// the article beside: `封丘县潘店镇` `推广粮食种植新技术…` `（洪门 文/图）` `本报讯 …`) leaves the
    /// lines before it a title (XeLaTeX, pagegen's seed 19).
    @Test func aBylineBetweenATitleAndItsDateline() throws {
        let out = try tidied("Fixtures/more/s19/pages/xl-e02-p2/pdfminer.txt")
        #expect(out.contains("# 封丘县潘店镇\n\n## 推广粮食种植新技术 绘就“一地双收”丰收图\n"))
    }
}

extension UnwrapTests {
    /// A place's name alone in a box of its own, between a sentence's end and running text, is a
    /// kicker pdfminer.six printed away from its title: no sentence runs on from it (`…的预期效果。`
    /// `封丘县` `为保障复合种植模式落地见效，…`; Chromium, pagegen's seed 19).
    @Test func aLoneKickerBoxRunsOnIntoNoSentence() throws {
        let out = try tidied("Fixtures/more/s19/pages/cr-e02-p3/pdfminer.txt")
        #expect(out.contains("\n\n封丘县\n\n为保障复合种植模式落地见效，该镇以种植大户为示范标杆，"))
    }
}

extension UnwrapTests {
    /// pdftotext `-raw` cuts a printed line into pieces at its justification gaps, after marks,
    /// never between two Han characters: a piece cut mid-word ends its printed line, and the
    /// short `气质量提升。` after it opens the next, which its pieces fill (`要强化快速响应，`
    /// `以科学举措提`): no paragraph ends there (XeLaTeX, pagegen's seed 19).
    @Test func aPieceCutMidWordEndsItsPrintedLine() throws {
        let out = try tidied("Fixtures/more/s19/pages/xl-e02-p4/pdftotext_raw.txt")
        #expect(out.contains("全力推动全区环境空气质量提升。要强化快速响应，以科学举措提升攻坚质效。"))
    }
}

extension UnwrapTests {
    /// LAYOUT-BOX-ORDER: pdftotext prints the folio under the page's last line with no blank line
    /// between (`…情理兼顾，` `2`); when that box moves up before the box that finishes its
    /// sentence, the folio stays at the page's foot, a box of its own, and goes as furniture
    /// (ReportLab's page 2: `情理兼顾，2向当事人…`).
    @Test func aFolioUnderThePagesLastBoxStaysAtItsFoot() throws {
        let out = try tidied("Fixtures/pages/rl-e01-p2/pdftotext.txt")
        #expect(out.contains("办案人员坚持普法在先、情理兼顾，向当事人详细宣讲相关法律法规，讲明违法建筑侵占公共空间、"))
        #expect(!out.contains("兼顾，2"))
    }

    /// LAYOUT-BOX-ORDER: the running head's weekday and paper name printed apart, each a box of
    /// one line (`星期三`, `新乡日报`), float like the head: the box under them, whose full first
    /// line opens no paragraph, finishes the column left open at the page's foot (ReportLab's
    /// page 1 of the second edition: `…工作人员聚焦` `1` and `小区楼道、…` after `（向阳宣）`).
    @Test func aRunningHeadsPiecesAloneFloatLikeTheHead() throws {
        let out = try tidied("Fixtures/pages/rl-e02-p1/pdftotext.txt")
        #expect(out.contains("精准施策。工作人员聚焦小区楼道、公共通道、休闲广场、绿化草丛、"))
    }

    /// LAYOUT-BOX-ORDER: an editor line on a box's last line is a box of its own (`…善开新`
    /// `本版责编：赵鹏`), and a lone date over the page's first box is the running head's: that
    /// box (`局，也要直面问题、…`) opens no paragraph and finishes the open one (ReportLab's page 2).
    @Test func anEditorLineEndingABoxAndALoneDateAreNoText() throws {
        let out = try tidied("Fixtures/pages/rl-e01-p2/pdftotext.txt")
        #expect(out.contains("敢干新事、善开新局，也要直面问题、主动担当、善理旧账，"))
    }
}

/// S-JOIN-LINE: a nearly full line after a full sentence-ending line is a first line when it is
/// exactly as wide as the column's first lines are.
@Suite struct FirstLineWidthTests {
    /// XeLaTeX squeezes a first line's marks, so its indent shows as an em: `…的预期效果。` (full)
    /// over `为保障复合种植模式落地见效，该镇以` (an em short) starts a paragraph.
    @Test func aFirstLineAnEmShortStartsAParagraph() throws {
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/more/s17/pages/xl-e01-p2/pymupdf.txt")).output)
        #expect(out.contains("“玉米不减产、多收一季豆”的预期效果。\n\n为保障复合种植模式落地见效，该镇"))
        #expect(out.contains("前圆满完成生产任务。\n\n该公司以标准化建设赋能精细化管理"))
        // (As wide as the full line before it: a full line of a column whose widest lines hold a
        // squeezed mark more.)
        let other = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/more/s7/pages/xl-e01-p1/pymupdf.txt")).output)
        #expect(other.contains("农机调配难等困境。今年，小麦大面积集中成熟"))
    }

    /// A line `-layout` set in by three spaces, where the lines around it are not, after a full
    /// line that ends a sentence, is a first line however wide it is (`隐患排查是防范事故的关键。`
    /// fills a 14-em column's first line but one em).
    @Test func aLineSetInBySpacesAfterASentenceStartsAParagraph() throws {
        let out = UTF8Text(try Tidy.run(try Fixtures.bytes("Fixtures/more/s10/pages/rl-e02-p4/pdftotext_layout.txt")).output)
        #expect(out.contains("带领班组实现产品合格率100%，树立了过硬标杆。\n\n隐患排查是防范事故的关键。该公司"))
    }
}
