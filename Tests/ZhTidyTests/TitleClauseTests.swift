import Testing
@testable import ZhTidy

/// S-TITLE-CLAUSE: the space between a title's two parallel clauses, where an extractor dropped it.
@Suite struct TitleClauseTests {
    // UTF8Text compares bytes.
    private func out(_ title: String, disabling rule: RuleID? = nil) -> UTF8Text {
        var wrapped = Options()
        wrapped.inputKind = .wrapped
        if let rule { wrapped.disabledRules.insert(rule) }
        return Tidy.run("# \(title)\n\n本报讯 近日，全市推进会召开。\n", options: wrapped).text
    }
    private func expected(_ title: String) -> String { "# \(title)\n\n本报讯 近日，全市推进会召开。\n" }

    @Test func twoParallelClausesAreSetApart() {
        for (joined, printed) in [
            ("重拳整治违法建筑筑牢城乡安全防线", "重拳整治违法建筑 筑牢城乡安全防线"),
            ("七旬企业家返乡助农守护“三夏”粮食丰收", "七旬企业家返乡助农 守护“三夏”粮食丰收"),
            ("推广粮食种植新技术绘就“一地双收”丰收图", "推广粮食种植新技术 绘就“一地双收”丰收图"),
            // Headlines of the same pattern, not from the fixtures.
            ("深耕特色产业擦亮乡村名片", "深耕特色产业 擦亮乡村名片"),
            ("织密安全防护网络守护万家灯火", "织密安全防护网络 守护万家灯火"),
            ("建设高标准农田夯实粮食安全根基", "建设高标准农田 夯实粮食安全根基"),
        ] {
            #expect(out(joined) == expected(printed), "\(joined)")
        }
    }

    @Test func whatIsLeftAlone() {
        for title in [
            "红旗区召开树立和践行正确政绩观学习教育座谈会",  // one clause, no figurative verb
            "卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作",
            "在红旗区召开全市科技服务业现场推进会议",
            "市委召开常委会议研究部署推动高质量发展工作",    // 推动 is a generic verb: not in the list
            "全市部署筑牢安全防线工作",                      // the first clause would be too short
            "全市召开会议研究如何守护生态环境",              // uneven: 12 and 4… too short a second
            "重拳整治违法建筑 筑牢城乡安全防线",             // a space is there already
            "整治违法建筑的筑牢城乡安全防线行动",            // 的 links what follows into the clause
            "重拳整治违法建筑，筑牢城乡安全防线",            // punctuated: the comma parts them
        ] {
            #expect(out(title) == expected(title), "\(title)")
        }
    }

    @Test func theRuleCanBeTurnedOff() {
        let title = "重拳整治违法建筑筑牢城乡安全防线"
        #expect(out(title, disabling: STitleClause.id) == expected(title))
    }
}
