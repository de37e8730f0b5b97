import Testing
@testable import ZhTidy

/// S-TITLE-SUBJECT: the space after a title's opening subject, where an extractor dropped it.
@Suite struct TitleSubjectTests {
    // UTF8Text compares bytes.
    private func out(_ title: String) -> UTF8Text {
        var wrapped = Options()
        wrapped.inputKind = .wrapped
        return Tidy.run("# \(title)\n\n本报讯 近日，全市推进会召开。\n", options: wrapped).text
    }
    private func expected(_ title: String) -> String { "# \(title)\n\n本报讯 近日，全市推进会召开。\n" }

    @Test func aChainOfPlaceAndBodyNamesIsSetOff() {
        #expect(out("红旗区向阳街道推动民生项目落地见效") == expected("红旗区向阳街道 推动民生项目落地见效"))
        #expect(out("红旗区西街街道曙光社区开展夏季环境专项整治与常态化消杀工作")
                == expected("红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作"))
        #expect(out("河南省大方重型机器有限公司“零事故”背后的红色班组力量")
                == expected("河南省大方重型机器有限公司 “零事故”背后的红色班组力量"))
    }

    @Test func whatIsLeftAlone() {
        for title in [
            "红旗区召开树立和践行正确政绩观学习教育座谈会",  // one unit: an ordinary subject
            "卫滨区领导调研陆航片区开发建设工作",            // 领导调研陆航片区 is no place name
            "在红旗区召开全市科技服务业现场推进会议",        // the title does not open with a name
            "红旗区向阳街道 推动民生项目落地见效",           // a space is there already
            "新乡市红旗区会议",                              // too short a predicate
        ] {
            #expect(out(title) == expected(title), "\(title)")
        }
    }

    @Test func theRuleCanBeTurnedOff() {
        var options = Options()
        options.inputKind = .wrapped
        options.disabledRules.insert(STitleSubject.id)
        let text = "# 红旗区向阳街道推动民生项目落地见效\n\n本报讯 近日，全市推进会召开。\n"
        #expect(Tidy.run(text, options: options).text == text)
    }
}
