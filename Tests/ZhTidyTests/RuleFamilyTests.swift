import Testing
@testable import ZhTidy

/// Focused cases per rule family: what each rule changes, and what it must leave alone. (The
/// reference rows of rule-cases.tsv run in RuleCaseTests.)
@Suite struct CharacterRuleTests {
    @Test func radicalsAndCompatibilityIdeographs() {
        #expect(tidy("⼈⺠⽇报") == "人民日报")
        #expect(tidy("\u{F900}") == "\u{8C48}")  // compared as bytes: String == would pass anyway
        #expect(tidy("長\u{FA11}") == "長\u{FA11}")  // a unified ideograph in the compat block
        #expect(flags("\u{2E80}字").contains("U-RADICAL-NOEQUIV"))
    }

    @Test func kangxiFromICUAgreesWithTheUCDTable() {
        // ICU's NFKC and UCD's EquivalentUnifiedIdeograph.txt give the same ideograph for every
        // Kangxi radical.
        for (radical, ideograph) in equivalentUnifiedIdeographs where radical >= 0x2F00 {
            #expect(CharacterMap.hant.mapping(radical)?.replacement == [ideograph], "U+\(String(radical, radix: 16))")
        }
        // zh-Hans prefers the simplified ideograph of the same shape for two of them.
        #expect(CharacterMap.hans.mapping(0x2F3E)?.replacement == [0x6237])  // ⼾ → 户
        #expect(CharacterMap.hans.mapping(0x2FAD)?.replacement == [0x9752])  // ⾭ → 青
        // So do UCD's forms, where an upstream NFKC turned the radical into them; traditional
        // text keeps them.
        #expect(tidy("打消农戶顾虑，现身说法，以靑年为主") == "打消农户顾虑，现身说法，以青年为主")
        var hant = Options()
        hant.locale = .hant
        #expect(tidy("打消農戶顧慮", options: hant) == "打消農戶顧慮")
    }

    @Test func fullwidthPunctuationIsNeverNormalized() {
        for s in ["你好，世界！", "（注）", "甲；乙：丙？", "气温28℃", "他说……", "住房面积90㎡", "图①", "５ｍ²".map { _ in "" }.joined()] {
            #expect(tidy(s) == s)
        }
        #expect(tidy("第１２３号") == "第123号")
        #expect(tidy("文／图") == "文/图")
        var hant = Options()
        hant.locale = .hant
        #expect(tidy("文／圖", options: hant) == "文／圖")
    }

    @Test func ling() {
        #expect(tidy("二○○八年") == "二〇〇八年")
        #expect(tidy("二０二四年") == "二〇二四年")
        #expect(tidy("一千零五十元") == "一千零五十元")
        #expect(tidy("第○号") == "第○号")  // a circle that bridges no numerals
        #expect(tidy("2024年") == "2024年")
    }
}

@Suite struct NumberDashEllipsisTests {
    @Test func ellipsis() {
        #expect(tidy("他说。。。") == "他说……")
        #expect(tidy("他说…") == "他说……")
        #expect(tidy("他说……") == "他说……")
        #expect(tidy("Wait... for it") == "Wait... for it")
        #expect(tidy("第一章..........12") == "第一章..........12")  // table-of-contents leaders
        #expect(tidy("会议结束。。") == "会议结束。")  // two 。 are O-DUP, not an ellipsis
        var hant = Options()
        hant.locale = .hant
        #expect(tidy("他說⋯⋯", options: hant) == "他說⋯⋯")
    }

    @Test func dashesAndRanges() {
        #expect(tidy("他说——我们走") == "他说——我们走")
        #expect(tidy("使用--help查看") == "使用--help查看")
        #expect(tidy("1995-2005年") == "1995—2005年")
        #expect(tidy("8:30-9:00开会") == "8:30—9:00开会")
        #expect(tidy("3-2-11室") == "3-2-11室")
        #expect(tidy("碳-14测年") == "碳-14测年")
        #expect(tidy("9～16亿元") == "9亿～16亿元")
        #expect(tidy("三-五年") == "三—五年")
        #expect(tidy("20 ~ 30℃") == "20～30℃")
        #expect(flags("----------").contains("D-RULE-LINE"))
        #expect(tidy("----------") == "----------")
    }

    @Test func numbers() {
        #expect(tidy("比例1∶500") == "比例1∶500")
        #expect(flags("总计12，500元").contains("N-FW-GROUPING"))
        #expect(flags("增长.46个百分点").contains("N-NO-LEADING-ZERO"))
        #expect(flags("2024.6.8召开").contains("N-DATE-DOTTED"))
        #expect(!flags("90年代").contains("N-YEAR-2DIGIT"))
        #expect(flags("有4千人参加").contains("N-MIXED-NUMERAL"))
        #expect(!flags("有4万人参加").contains("N-MIXED-NUMERAL"))
    }

    @Test func interpunct() {
        #expect(tidy("乔治·W·布什") == "乔治·W.布什")
        #expect(tidy("“一·二八”事变") == "“一·二八”事变")
        #expect(tidy("增长9.11%") == "增长9.11%")
        #expect(flags("5.12汶川地震").contains("M-EVENT-NOQUOTE"))
        #expect(tidy("马克•吐温") == "马克·吐温")
    }
}

@Suite struct QuoteAndTitleTests {
    @Test func quotes() {
        #expect(tidy("他说：“我认为‘学习’是关键。”") == "他说：“我认为‘学习’是关键。”")
        #expect(tidy("it's don't") == "it's don't")
        #expect(tidy("他身高5'9") == "他身高5'9")
        #expect(flags("坚持“三个结合，推动").contains("PAIR-QUOTE"))
        // A multi-paragraph quotation: each paragraph opens, only the last closes — no flag.
        #expect(!flags("“第一段。\n\n“第二段。”").contains("PAIR-QUOTE"))
        var keep = Options()
        keep.keepCornerBrackets = true
        #expect(tidy("他说：「你好」。", options: keep) == "他说：「你好」。")
    }

    @Test func tawianLocale() {
        var hant = Options()
        hant.locale = .hant
        #expect(tidy("他說：\"你好\"。", options: hant) == "他說：「你好」。")
        #expect(tidy("閱讀《論語》、《孟子》", options: hant) == "閱讀《論語》、《孟子》")
        #expect(tidy("〈桃花源記〉", options: hant) == "〈桃花源記〉")
        #expect(!flags("〈桃花源记〉").isEmpty)  // zh-Hans flags a standalone 〈〉
    }

    @Test func bookTitles() {
        #expect(tidy("x << y >> z") == "x << y >> z")  // no Han inside: mathematics
        #expect(tidy("《论语》（中华书局版）、《孟子》") == "《论语》（中华书局版）、《孟子》")
        #expect(flags("阅读《论语").contains("PAIR-TITLE"))
    }

    @Test func titles() {
        #expect(tidy("# 标题……") == "# 标题……")
        #expect(tidy("# 标题》") == "# 标题》")
        #expect(tidy("## ——访大赛归来的运动员") == "## ——访大赛归来的运动员")
    }
}

@Suite struct SpacingAndSequenceTests {
    @Test func printAndWebStyles() {
        var web = Options()
        web.style = .web
        #expect(tidy("规上企业达14家，同比增长75%", options: web) == "规上企业达 14 家，同比增长 75%")
        #expect(tidy("售价¥300元", options: web) == "售价 ¥300 元".replacingOccurrences(of: " ¥", with: "¥"))
        #expect(tidy("本报讯 6月8日，", options: web) == "本报讯 6 月 8 日，")
        #expect(tidy("使用 iPhone 15 拍摄") == "使用iPhone 15拍摄")
    }

    @Test func spacesThatAreData() {
        #expect(tidy("本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产") == "本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产")
        #expect(tidy("（张志超　罗菲　李萌　文/图）") == "（张志超 罗菲 李萌 文/图）")
        #expect(tidy("10 Gbps带宽") == "10 Gbps带宽")
    }

    @Test func indentMode() {
        var o = Options()
        o.indent = true
        #expect(tidy("会议要求，\n\n（红旗宣）", options: o) == "\u{3000}\u{3000}会议要求，\n\n（红旗宣）")
    }

    @Test func sequences() {
        #expect(tidy("好！！！") == "好！！！")
        #expect(tidy("推动；，落实") == "推动；落实")
        #expect(tidy("坚持“三个结合”。") == "坚持“三个结合”。")
        var strict = Options()
        try? strict.enable(["O-REPEAT"])
        #expect(Tidy.run("太好了！！", options: strict).edits.contains { $0.rule == "O-REPEAT" })
        #expect(!Tidy.run("太好了！！").edits.contains { $0.rule == "O-REPEAT" })
    }
}

@Suite struct RuleControlTests {
    /// Every FIX and FLAG rule of rules.md §4 (and the NS rules built so far) is in the catalogue.
    @Test func catalogueCoversRulesMd() {
        let ids = """
            U-FW-ALNUM U-FW-SYMBOL U-NFKC-DENY U-RADICAL U-CJK-COMPAT U-VERT-FORM U-SMALL-FORM U-HALFWIDTH-CJK
            U-INVISIBLE U-LING P-COMMA-WIDTH P-PERIOD-WIDTH P-SEMICOLON-WIDTH P-COLON-WIDTH P-EXCL-QUES-WIDTH
            P-PAREN-WIDTH P-BRACKET-DOCNO P-BRACKET-SQUARE Q-DOUBLE-STRAIGHT Q-CURLY-REPAIR Q-NEST Q-SINGLE-APOS
            Q-CORNER-CN Q-CORNER-TW Q-MULTIPARA E-ELLIPSIS E-PARA-OMISSION E-ELLIPSIS-PUNCT D-DASH D-CONNECTOR
            D-RANGE D-HYPHEN-KEEP N-RANGE-UNIT M-INTERPUNCT M-INITIAL M-EVENT-DATE B-ANGLE B-NEST B-DUN N-DECIMAL
            N-PERCENT N-DEGREE N-CURRENCY N-TIME-RATIO N-DATE N-LINT S-HAN-HAN S-PUNCT-ADJ S-HAN-LATIN S-DATELINE
            S-BYLINE S-TITLE-SEP S-ORDINAL S-INDENT S-BLANK S-JOIN S-JOIN-LINE O-QUOTE-END O-DUP O-MIXED-PAUSE
            O-FIGREF-POS PAIR-BYLINE PAIR-CHECK T-TITLE-PUNCT T-SUBTITLE NS-DUP-PARA NS-FIGREF NS-TRUNCATED
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { RuleID(String($0)) }
        let catalogue = Set(RuleCatalog.all.map(\.id))
        for id in ids { #expect(catalogue.contains(id), "\(id) missing from the catalogue") }
        #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count, "duplicate IDs")
    }

    @Test func everyRecordNamesACatalogueRuleOrFlagCode() throws {
        let r = Tidy.run(String(decoding: try Fixtures.bytes("Fixtures/seed/input.txt"), as: UTF8.self))
        for e in r.edits { #expect(RuleCatalog.info(RuleCatalog.owner(of: e.rule)) != nil, "\(e.rule)") }
    }

    @Test func disableAndEnable() throws {
        var o = Options()
        try o.disable(["P-COMMA-WIDTH"])
        #expect(tidy("甲,乙;丙", options: o) == "甲,乙；丙")
        var q = Options()
        try q.disable(["Q-"])
        #expect(tidy("他说：\"好\"", options: q) == "他说：\"好\"")
        #expect(throws: OptionsError.unknownRule("X-NOPE")) { try Options().disabling(["X-NOPE"]) }
        #expect(throws: OptionsError.unknownRule("ZZ-")) { try Options().disabling(["ZZ-"]) }
    }

    @Test func configurationFile() throws {
        var o = Options()
        try Configuration.apply("""
            # house style
            style = "web"
            locale = "zh-Hant"
            indent = true
            keep-figure-markers = true
            disable = [
              "Q-NEST",  # keep nested quotes
              "S-HAN-LATIN",
            ]
            enable = ["O-REPEAT"]
            """, to: &o)
        #expect(o.style == .web && o.locale == .hant && o.indent && !o.removeFigureMarkers)
        #expect(o.disabledRules == ["Q-NEST", "S-HAN-LATIN"])
        #expect(o.enabledRules == ["O-REPEAT"])
        #expect(throws: OptionsError.unknownKey("colour", line: 2)) { try Configuration.apply("style = \"print\"\ncolour = \"red\"", to: &o) }
        #expect(throws: OptionsError.unknownRule("P-NOPE")) { try Configuration.apply("disable = [\"P-NOPE\"]", to: &o) }
        #expect(throws: (any Error).self) { try Configuration.apply("style = \"fancy\"", to: &o) }
        #expect(throws: (any Error).self) { try Configuration.apply("[table]", to: &o) }
    }
}

extension Options {
    func disabling(_ names: [String]) throws -> Options {
        var o = self
        try o.disable(names)
        return o
    }
}
