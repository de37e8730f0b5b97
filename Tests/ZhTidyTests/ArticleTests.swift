import Foundation
import Testing
@testable import ZhTidy

/// Articles and structured output (issue: articles): segmentation, jumps, JSON, JSONL, --split.
@Suite struct ArticleTests {
    let cli = CLITests()

    static func jsonLines(_ path: String) throws -> [[String: Any]] {
        try String(decoding: try Fixtures.bytes(path), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// UTF-8 bytes of a JSON string value (nil for null): fields compare as bytes.
    static func bytes(_ v: Any?) -> [UInt8]? { (v as? String).map { Array($0.utf8) } }

    @Test func theSeedsElevenArticlesAreRightInEveryField() throws {
        let result = try Tidy.run(try Fixtures.bytes("seeds/000_feb1d816decd85e9.txt"))
        let articles = Articles.of([result])
        let gold = try Self.jsonLines("Fixtures/seed/articles.jsonl")
        #expect(articles.count == 11)
        for (a, g) in zip(articles, gold) {
            #expect(a.kicker.map { Array($0.utf8) } == Self.bytes(g["kicker"]), "\(a.id) kicker")
            #expect(a.title.map { Array($0.utf8) } == Self.bytes(g["title"]), "\(a.id) title")
            #expect(a.subtitle.map { Array($0.utf8) } == Self.bytes(g["subtitle"]), "\(a.id) subtitle")
            #expect(a.dateline.map { Array($0.utf8) } == Self.bytes(g["dateline"]), "\(a.id) dateline")
            #expect(a.byline.map { Array($0.utf8) } == Self.bytes(g["byline"]), "\(a.id) byline")
            #expect(a.credit.map { Array($0.utf8) } == Self.bytes(g["dateline_byline"]), "\(a.id) credit")
            #expect(a.paragraphs.map { Array($0.utf8) } == (g["paragraphs"] as! [String]).map { Array($0.utf8) }, "\(a.id) paragraphs")
        }
        // The two figure markers, in the articles that printed them.
        #expect(articles.map(\.figures).reduce(0, +) == 2)
    }

    @Test func theSeedAsJSON() throws {
        let r = try cli.run(["--format", "json", "seeds/000_feb1d816decd85e9.txt"])
        #expect(r.status == 0)
        try Fixtures.assertGolden(r.stdout, "Fixtures/seed/expected.json")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout)) as! [String: Any]
        #expect(doc["schema"] as? Int == 1)
        #expect((doc["articles"] as! [Any]).count == 11)
        #expect((doc["sources"] as! [[String: Any]])[0]["inputKind"] as? String == "markdown")
    }

    /// Every jump of the shared editions (pdftotext -raw, all pages of an edition in order): the
    /// head and its tail are one article, over two pages, paragraphs as the clean article has
    /// them (the jump's cut joined mid-sentence).
    /// The same on the editions made with other seeds (`Fixtures/more`), where the tail's page
    /// may reprint the title over `（上接第1版）`.
    @Test(arguments: ["", "more/s5/", "more/s6/", "more/s7/", "more/s8/", "more/s9/", "more/s10/", "more/s14/", "more/s15/", "more/s16/", "more/s17/", "more/s18/", "more/s19/", "more/s20/", "more/s21/", "more/s22/", "more/s23/", "more/s24/"], ["xelatex", "reportlab", "chromium"])
    func jumpsAreStitched(_ set: String, _ engine: String) throws {
        var stitched = 0
        for edition in try Self.jsonLines("Fixtures/\(set)editions/editions_\(engine).jsonl") {
            let pages = edition["pages"] as! [String]
            let inputs = try pages.map { try Fixtures.bytes("Fixtures/\(set)pages/\($0)/pdftotext_raw.txt") }
            let articles = Articles.of(try Tidy.run(pages: inputs))
            // The jumped articles: a head fragment on one page, its tail on another.
            var jumped = Set<String>()
            for page in pages {
                let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("Fixtures/\(set)pages/\(page)/truth.json"))) as! [String: Any]
                for b in truth["blocks"] as! [[String: Any]] where b["fragment"] as? String == "head" { jumped.insert(b["article_id"] as! String) }
            }
            #expect(jumped.count == 1)
            for g in edition["articles"] as! [[String: Any]] where jumped.contains(g["id"] as! String) {
                let want = (g["paragraphs"] as! [String]).map { Array($0.utf8) }
                let found = articles.first { $0.paragraphs.map { Array($0.utf8) } == want }
                #expect(found != nil, "\(engine) edition \(edition["edition"]!): \(g["title"]!) not stitched")
                #expect(found?.pages.count == 2)
                if found != nil { stitched += 1 }
            }
        }
        #expect(stitched == 2)
    }

    /// A jump line that a larger record took out with other text (pdfminer.six printed the head's
    /// last column at the page's top, and LAYOUT-BOX-ORDER read the boxes around it in another
    /// order) still closes the article its text goes on from, where that text now stands
    /// (`…全流程闭` `（下转第4版）`), and the tail is stitched to it (ReportLab, pagegen's seed 18).
    @Test func aJumpLineMovedWithItsBoxIsStillStitched() throws {
        let pages = try ["rl-e01-p1", "rl-e01-p2", "rl-e01-p4"].map { try Fixtures.bytes("Fixtures/more/s18/pages/\($0)/pdfminer.txt") }
        let r = try Tidy.run(pages: pages)
        #expect(r[0].edits.contains { $0.rule != Continuation.id && $0.via.contains(Continuation.id) })
        let articles = Articles.of(r)
        let head = try #require(articles.first { $0.title == "牧野区召开大气污染防治攻坚调度会" })
        #expect(head.pages == ["1", "4"])
        #expect(head.paragraphs.contains { $0.contains("“发现、交办、处置、反馈、核查”全流程闭环，实事求是核查问题") })
        #expect(!articles.contains { $0.title == nil })
    }

    /// A jump line inside a record named for a figure marker (boxes read in another order around
    /// both) closes its article all the same (pdfminer.six, ReportLab's e02: `…推动学`
    /// `（下转第3版）` in the record that took `（如图）` out of `…休闲广场、绿化草丛…`).
    @Test func aJumpLineInAFigureMarkersRecordIsStitched() throws {
        let pages = try (1...4).map { try Fixtures.bytes("Fixtures/pages/rl-e02-p\($0)/pdfminer.txt") }
        let r = try Tidy.run(pages: pages)
        #expect(r[0].edits.contains { $0.rule == NSFigRef.id && $0.via.contains(Continuation.id) })
        let head = try #require(Articles.of(r).first { $0.title == "红旗区召开树立和践行正确政绩观学习教育座谈会" })
        #expect(head.pages == ["1", "3"])
        #expect(head.paragraphs.contains { $0.contains("正面典型赋能与反面警示教育，推动学习教育入脑入心、走深走实") })
    }

    /// Every figure marker the pages print is counted in its page's articles, also where boxes
    /// read in another order made one record of its removal and other edits (pdfminer.six over
    /// the 21 benchmark pages: 15 markers; a photo credit on a line of its own, `（资料图片）`,
    /// which NS-CAPTION takes out as a caption, is none).
    @Test func figureMarkersAreCountedInsideLargerRecords() throws {
        var printed = 0, counted = 0
        for page in try FileManager.default.contentsOfDirectory(atPath: "Fixtures/pages") where !page.hasSuffix(".md") {
            let truth = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("Fixtures/pages/\(page)/truth.json"))) as! [String: Any]
            printed += (truth["blocks"] as! [[String: Any]]).filter { $0["figure_marker"] is [String: Any] }.count
            counted += Articles.of([try Tidy.run(try Fixtures.bytes("Fixtures/pages/\(page)/pdfminer.txt"))]).reduce(0) { $0 + $1.figures }
        }
        #expect(printed == 15)
        #expect(counted == printed)
    }

    /// `pdftotext -layout` sets a jump line in a row of columns: it closes the column above it
    /// (`赋能与反面警示教育，推动` `学` `（下转第3版）`), not the text before it in the file, the
    /// row above's last column (`…织密行业监管防线；各镇`: another article's). ReportLab, seed 19.
    @Test func aJumpLineInARowOfColumnsClosesTheColumnAboveIt() throws {
        let pages = try (1...3).map { try Fixtures.bytes("Fixtures/more/s19/pages/rl-e01-p\($0)/pdftotext_layout.txt") }
        let articles = Articles.of(try Tidy.run(pages: pages))
        let head = try #require(articles.first { $0.title == "红旗区召开树立和践行正确政绩观学习教育座谈会" })
        #expect(head.pages == ["1", "3"])
        #expect(head.paragraphs.contains { $0.contains("推动学习教育入脑入心") })
        #expect(articles.first { $0.title == "牧野区召开大气污染防治攻坚调度会" }?.pages == ["1"])
    }

    /// pdftotext's output for a whole PDF: the pages of an edition in one input, each ended by a
    /// form feed. Each page keeps its own running heads and number, so the jump is stitched and
    /// the articles come out as from the pages given as files.
    @Test(arguments: ["xelatex", "reportlab", "chromium"])
    func formFeedPagesAreThePagesOfTheIssue(_ engine: String) throws {
        for edition in try Self.jsonLines("Fixtures/editions/editions_\(engine).jsonl") {
            let pages = try (edition["pages"] as! [String]).map { try Fixtures.bytes("Fixtures/pages/\($0)/pdftotext_raw.txt") }
            var whole: [UInt8] = []
            for page in pages { whole += page + (page.last == 0x0C ? [] : [0x0C]) }
            let one = try Tidy.run(pages: [whole])
            let parted = Articles.of(one), asFiles = Articles.of(try Tidy.run(pages: pages))
            #expect(parted.map(\.pages) == asFiles.map(\.pages))
            #expect(parted.map { $0.paragraphs.map { Array($0.utf8) } } == asFiles.map { $0.paragraphs.map { Array($0.utf8) } })
            #expect(parted.contains { $0.pages.count == 2 }, "\(engine) edition \(edition["edition"]!): the jump is not stitched")
            #expect(one[0].pages.count == pages.count)
        }
    }

    @Test func jsonlValidatesAgainstTheSchema() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("schema/article.schema.json"))) as! [String: Any]
        let p = "Fixtures/pages"
        let r = try cli.run(["--format", "jsonl", "seeds/000_feb1d816decd85e9.txt", "\(p)/xl-e01-p1/pdftotext_raw.txt",
                             "\(p)/xl-e01-p4/pdftotext_raw.txt", "\(p)/rl-e02-p1/pymupdf.txt"])
        #expect(r.status == 0)
        let lines = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count > 15)
        for line in lines {
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let problems = SchemaCheck.problems(value, schema)
            #expect(problems.isEmpty, "\(problems) in \(line.prefix(80))")
        }
        // The validator does reject what breaks the schema.
        #expect(!SchemaCheck.problems(["schema": 1, "id": 3] as [String: Any], schema).isEmpty)
    }

    @Test func textFormatAndIndent() throws {
        let r = try cli.run(["--format", "text", "--indent", "seeds/000_feb1d816decd85e9.txt"])
        let text = String(decoding: r.stdout, as: UTF8.self)
        #expect(text.hasPrefix("红旗区召开树立和践行正确政绩观学习教育座谈会\n\n\u{3000}\u{3000}本报讯 6月8日，"))
        #expect(!text.contains("#"))
    }

    @Test func splitWritesOneFilePerArticle() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("articles").path
        let r = try cli.run(["--split", out, "seeds/000_feb1d816decd85e9.txt"])
        #expect(r.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == 11)
        #expect(names.first == "p1-001-红旗区召开树立和践行正确政绩观学习教育座谈会.md")
        #expect(names.allSatisfy { !$0.contains("/") && !$0.contains("“") && !$0.contains(" ") })
        let first = try String(contentsOfFile: out + "/" + names[0], encoding: .utf8)
        #expect(first.hasPrefix("# 红旗区召开树立和践行正确政绩观学习教育座谈会\n\n本报讯 6月8日，"))
        #expect(first.hasSuffix("\n\n（红旗宣）\n"))
        let json = try cli.run(["--split", out + "-json", "--format", "json", "seeds/000_feb1d816decd85e9.txt"])
        #expect(json.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "-json").allSatisfy { $0.hasSuffix(".json") })
    }
}

/// The subset of JSON Schema that `schema/article.schema.json` uses: type, const, required,
/// properties, additionalProperties, items, minimum.
enum SchemaCheck {
    static func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        var out: [String] = []
        if let c = schema["const"] {
            if (value as? NSNumber) != (c as? NSNumber) || value is String { out.append("\(path): not \(c)") }
        }
        if let t = schema["type"] {
            let types = (t as? [String]) ?? [t as! String]
            if !types.contains(where: { matches(value, $0) }) { out.append("\(path): not \(types.joined(separator: "|"))") }
        }
        if let min = schema["minimum"] as? Int, let n = value as? Int, n < min { out.append("\(path): below \(min)") }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path): \(key) missing") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, v) in object {
                if let sub = properties[key] as? [String: Any] {
                    out += problems(v, sub, at: path + "." + key)
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (k, v) in array.enumerated() { out += problems(v, items, at: "\(path)[\(k)]") }
        }
        return out
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "string": return value is String
        case "null": return value is NSNull
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        case "integer":
            // JSONSerialization's booleans are NSNumbers too (objCType "c").
            guard let n = value as? NSNumber, String(cString: n.objCType) != "c" else { return false }
            return n.doubleValue == n.doubleValue.rounded()
        default: return false
        }
    }
}

/// Articles from Markdown an extractor wrote (pymupdf4llm), whose heading levels follow font
/// sizes: a kicker is set smaller than its title (more `#`), so a heading no larger than the one
/// before it opens the next article.
@Suite struct ExtractedMarkdownArticleTests {
    @Test func aHeadingNoLargerThanTheOneBeforeIsNoTitleUnderAKicker() throws {
        let result = try Tidy.run(try Fixtures.bytes("Fixtures/pages/xl-e01-p1/pymupdf4llm_nfkc.md"))
        let articles = Articles.of([result])
        func titled(_ t: String) -> Article? { articles.first { $0.title.map { Array($0.utf8) } == Array(t.utf8) } }
        let meeting = try #require(titled("在红旗区召开全市科技服务业现场推进会议"))
        #expect(meeting.kicker == nil)
        #expect(titled("红旗区向阳街道 推动民生项目落地见效") != nil)
        // A smaller heading before a larger one is still its kicker.
        let farm = try #require(articles.first { $0.kicker.map { Array($0.utf8) } == Array("封丘县潘店镇".utf8) })
        #expect(farm.title.map { Array($0.utf8).starts(with: Array("推广粮食种植新技术".utf8)) } == true)
    }
}

/// One page's articles, from a fixture.
private func articles(_ path: String) throws -> (result: Tidy.Result, articles: [Article]) {
    let result = try Tidy.run(try Fixtures.bytes(path))
    return (result, Articles.of([result]))
}

/// The article whose title starts with `title`, compared by bytes.
private func titled(_ articles: [Article], _ title: String) -> Article? {
    articles.first { $0.title.map { Array($0.utf8).starts(with: Array(title.utf8)) } == true }
}

/// Whether `s` starts with `prefix`, compared by bytes (`==` on strings equates canonically
/// equivalent text).
private func opens(_ s: String?, _ prefix: String) -> Bool {
    s.map { Array($0.utf8).starts(with: Array(prefix.utf8)) } == true
}

extension ExtractedMarkdownArticleTests {
    /// LAYOUT-BOX-ORDER 5b: pymupdf4llm prints two titles set side by side one after the other,
    /// over both articles' text, the second article's first. Each dateline repeats four
    /// characters in a row of its own title: the first title goes down, over its dateline.
    @Test func twoTitlesOverTheirTextsInTheOtherOrder() throws {
        let (result, articles) = try articles("Fixtures/pages/xl-e01-p1/pymupdf4llm_nfkc.md")
        let street = try #require(titled(articles, "红旗区向阳街道 推动民生项目落地见效"))
        let meeting = try #require(titled(articles, "在红旗区召开全市科技服务业现场推进会议"))
        #expect(street.paragraphs.count == 4)
        #expect(opens(street.paragraphs.first, "本报讯 近日，红旗区向阳街道人大工委"))
        #expect(opens(meeting.paragraphs.first, "本报讯 近日，全市科技服务业现场推进会"))
        #expect(result.edits.contains { ($0.rule.rawValue == "LAYOUT-BOX-ORDER" || $0.via.contains { $0.rawValue == "LAYOUT-BOX-ORDER" }) && $0.before.contains("红旗区向阳街道") })
        #expect(result.unaccountedHanCharacters.isEmpty)
    }
}

extension ExtractedMarkdownArticleTests {
    /// LAYOUT-BOX-ORDER 5b, with the second title's kicker between and the first article
    /// printed inside the second's text (pymupdf4llm, XeLaTeX's page 2 of e02 in s9): the first
    /// article, from its dateline to its closing byline, goes up under its title, and the second
    /// article's text reads on past where it stood.
    @Test func anArticlePrintedInsideAnotherGoesUnderItsTitle() throws {
        let (result, articles) = try articles("Fixtures/more/s9/pages/xl-e02-p2/pymupdf4llm_nfkc.md")
        let street = try #require(titled(articles, "红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作"))
        #expect(street.paragraphs.count == 2)
        #expect(opens(street.paragraphs.first, "本报讯 6月8日，红旗区西街街道曙光社区"))
        #expect(street.byline.map { Array($0.utf8) } == Array("（周柯园）".utf8))
        let town = try #require(articles.first { $0.kicker.map { Array($0.utf8) } == Array("红旗区洪门镇".utf8) })
        #expect(town.paragraphs.count == 4)
        #expect(result.unaccountedHanCharacters.isEmpty)
    }
}

/// Titles of articles set side by side, printed one after the other (LAYOUT-BOX-ORDER 5, 5b, 5c).
@Suite struct TitlesSideBySideTests {
    /// LAYOUT-BOX-ORDER 5c: pdfminer.six prints two titles set side by side one after the other,
    /// then the first article (whose credit stands in its dateline: no closing byline), then the
    /// second's dateline with no title over it (XeLaTeX's front page of e01 in s5). The second
    /// title goes down to that dateline, whose lead repeats its characters.
    @Test func theSecondTitleGoesDownToItsDateline() throws {
        let (result, articles) = try articles("Fixtures/more/s5/pages/xl-e01-p1/pdfminer.txt")
        let night = try #require(titled(articles, "卫滨区领导夜查环保攻坚调度大气污染防治攻坚工作"))
        #expect(opens(night.paragraphs.first, "本报讯 近日，卫滨区区长魏海晓先后深入"))
        let plant = try #require(titled(articles, "河南省大方重型机器有限公司"))
        #expect(opens(plant.paragraphs.first, "本报讯 （新乡日报全媒体记者"))
        #expect(plant.paragraphs.count == 5)
        #expect(result.unaccountedHanCharacters.isEmpty)
    }
}

extension TitlesSideBySideTests {
    /// LAYOUT-BOX-ORDER 7: two kickers printed together inside another article's sentence, with
    /// the running head among them (pdfminer.six, XeLaTeX's page 3 of e02 in s16: `…周边，重`
    /// `红旗区洪门镇` `封丘县潘店镇` `新乡日报 2025 年 6 月 11 日` `点查看…`): each goes over the
    /// title whose article names its place, one of them set in the box of its dateline
    /// (`推广粮食种植新技术…丰` `收图` `本报讯 …`), and the sentence reads on past them.
    @Test func twoKickersInsideASentenceGoOverTheirTitles() throws {
        let (result, articles) = try articles("Fixtures/more/s16/pages/xl-e02-p3/pdfminer.txt")
        #expect(titled(articles, "重拳整治违法建筑")?.kicker.map { Array($0.utf8) } == Array("红旗区洪门镇".utf8))
        #expect(titled(articles, "推广粮食种植新技术")?.kicker.map { Array($0.utf8) } == Array("封丘县潘店镇".utf8))
        #expect(result.outputString.contains("周边，重点查看路域环境整治成效"))
        #expect(result.unaccountedHanCharacters.isEmpty)
    }
}
