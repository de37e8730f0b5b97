import Testing
@testable import ZhTidy

@Suite struct RecognizerTests {
    func label(_ s: String) -> String { StructureLabels.labels(s) }

    @Test func datelines() {
        #expect(label("新华社北京6月8日电（记者张三、李四）国家统计局发布数据。")
                == "DATELINE|source=新华社|place=北京|date=6月8日|form=电|credit=记者张三、李四")
        #expect(label("中新网6月8日电 题：…") == "DATELINE|source=中新网|date=6月8日|form=电")
        #expect(label("新华社北京6月8日专电 今天") == "DATELINE|source=新华社|place=北京|date=6月8日|form=专电")
        #expect(label("【新华社南京消息】") == "DATELINE|source=新华社|place=南京|form=消息")
        #expect(label("本台讯 昨日") == "DATELINE|source=本台|form=讯")
    }

    @Test func bodyTextIsNotADateline() {
        #expect(label("本报记者日前从市电业局获悉，用电量增长。") == "BODY")
        #expect(label("新华网报道称，会议召开。") == "BODY")
        #expect(label("本报讯息平台上线。") == "BODY")
    }

    @Test func bylines() {
        #expect(label("(红旗宣)") == "BYLINE-TRAIL|type=dept|org=红旗")
        #expect(label("（红旗区委宣传部）") == "BYLINE-TRAIL|type=dept|org=红旗区委宣传部")
        #expect(label("（周柯园）") == "BYLINE-TRAIL|type=names|names=周柯园")
        #expect(label("（洪门 文/图）") == "BYLINE-TRAIL|type=names|names=洪门|role=文/图")
        #expect(label("（本报综合）") == "BYLINE-TRAIL|type=source|source=本报综合")
        #expect(label("（新乡日报全媒体记者 焦耀）") == "BYLINE-TRAIL|type=roles|新乡日报全媒体记者=焦耀")
    }

    @Test func notBylines() throws {
        #expect(label("（下转第4版）") == "CONTINUATION|dir=to|page=4")
        #expect(label("（上接第十二版）") == "CONTINUATION|dir=from|page=12")
        #expect(label("（下转A2版）") == "CONTINUATION|dir=to|page=A2")
        // (No paper has a page 0: a fuzzed `（上接0版）` is no jump line, in either run.)
        #expect(label("（上接0版）") == "BODY")
        // The fuzzer's input: `(` and tabs, then `上接0` form feed `版)州`, joined by the first run.
        try Invariants.check([0x28] + [UInt8](repeating: 0x09, count: 55) + [0x0A] + Array("上接0\u{0C}版)州".utf8))
        #expect(label("（1）") == "BODY")
        #expect(label("（如图）") == "BODY|figref=如图")
        #expect(label("（会议要求全面落实各项措施。）") == "BODY")
    }

    @Test func roles() {
        let seedByline = "（张志超 罗菲 李萌 文/图）"
        let r = Tidy.run(seedByline)
        #expect(r.text == seedByline + "\n")
        #expect(r.edits.allSatisfy { $0.rule == "S-BLANK" })  // only the final line feed
    }
}
