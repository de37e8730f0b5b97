import Testing
@testable import ZhTidy

/// P-* width rules: what they convert and what they must leave alone.
@Suite struct PunctuationWidthTests {
    @Test(arguments: [
        ("6月8日,红旗区召开座谈会", "6月8日，红旗区召开座谈会"),
        ("增长9.95%,高于全市", "增长9.95%，高于全市"),
        ("“关键少数”,推动", "“关键少数”，推动"),
        ("《论语》,孟子", "《论语》，孟子"),
        ("会议指出,", "会议指出，"),
        ("增长5%,", "增长5%，"),
    ])
    func commaConverted(_ input: String, _ expected: String) {
        #expect(tidy(input) == expected)
    }

    @Test func commaKeptInNumbersAndLatin() {
        #expect(tidy("投资12,500元") == "投资12,500元")
        #expect(tidy("共1,234,567人") == "共1,234,567人")
        #expect(tidy("指标GDP,CPI均上涨") == "指标GDP,CPI均上涨")
        #expect(flags("指标GDP,CPI均上涨").contains("P-LATIN-LIST"))
        #expect(tidy("编号1,2号") == "编号1,2号")
        #expect(flags("编号1,2号").contains("P-DIGIT-COMMA"))
        #expect(tidy("x=1,y=2") == "x=1,y=2")
        #expect(tidy("他写道“Stay hungry, stay foolish.”。") == "他写道“Stay hungry, stay foolish.”。")
    }

    @Test func semicolonAndColon() {
        #expect(tidy("稳固经济增长势头;聚焦") == "稳固经济增长势头；聚焦")
        #expect(tidy("A&amp;B公司") == "A&amp;B公司")
        #expect(tidy("会议要求:下一步") == "会议要求：下一步")
        #expect(tidy("时间:8:30至14:12:36") == "时间：8:30至14:12:36")
        #expect(tidy("比例1:500的地图") == "比例1:500的地图")
        #expect(tidy("访问https://www.gov.cn了解") == "访问https://www.gov.cn了解")
        #expect(tidy("联系a.b@example.com:我们") == "联系a.b@example.com：我们")
        #expect(tidy("“三个结合”:一是") == "“三个结合”：一是")
        #expect(tidy("CEO:我们") == "CEO：我们")
    }

    @Test func exclamationAndQuestion() {
        #expect(tidy("真的吗?!") == "真的吗？！")
        #expect(tidy("雅虎(Yahoo!)公司") == "雅虎（Yahoo!）公司")
        #expect(tidy("条件a!=b成立") == "条件a!=b成立")
        #expect(tidy("链接http://x.cn/?id=3里") == "链接http://x.cn/?id=3里")
    }

    @Test func period() {
        #expect(tidy("会议结束.") == "会议结束。")
        #expect(tidy("实现营业收入1.45亿元") == "实现营业收入1.45亿元")
        #expect(tidy("1.加强组织领导") == "1.加强组织领导")
        #expect(tidy("他使用iPhone.") == "他使用iPhone。")
        #expect(tidy("他来自U.S.") == "他来自U.S.")
        #expect(tidy("会议结束.“下一步”") == "会议结束。“下一步”")
        #expect(tidy("马克.吐温的书") == "马克.吐温的书")
        #expect(flags("马克.吐温的书").contains("P-DOT-BETWEEN-HAN"))
        #expect(tidy("等待...") == "等待……")  // E-ELLIPSIS, not P-PERIOD-WIDTH
        #expect(tidy("Wait...") == "Wait...")
    }

    @Test func parentheses() {
        #expect(tidy("全区各级党委(党组)要切实") == "全区各级党委（党组）要切实")
        #expect(tidy("核磁共振成像(NMRI)是什么") == "核磁共振成像（NMRI）是什么")
        #expect(tidy("(1)加强领导") == "（1）加强领导")
        #expect(tidy("函数f(x)的值") == "函数f(x)的值")
        #expect(tidy("水H2O(l)的状态") == "水H2O(l)的状态")
        #expect(tidy("相关县(市、区)围绕") == "相关县（市、区）围绕")
        // mixed widths pair with each other
        #expect(tidy("党委（党组)要") == "党委（党组）要")
        // an unmatched bracket follows the neighbour test and is flagged
        #expect(tidy("全区党委(党组要切实") == "全区党委（党组要切实")
        #expect(flags("全区党委(党组要切实").contains("PAIR-PAREN"))
    }

    @Test func latinSentencesAreProtected() {
        #expect(tidy("他写的是“Hello, world!”。") == "他写的是“Hello, world!”。")
        #expect(tidy("新款iPhone 15 (Pro)发布") == "新款iPhone 15 (Pro)发布")
        #expect(tidy("Hello, world!") == "Hello, world!")
    }

    @Test func headingsAreJudgedWithoutTheirMarker() {
        #expect(tidy("# 人体也是污染源!") == "# 人体也是污染源！")
        #expect(tidy("## 大豆(玉米)复合种植") == "## 大豆（玉米）复合种植")
    }
}
