import Testing
@testable import ZhTidy

/// S-BYLINE in extracted text: printed spaces a byline lost are put back (rules.md §5.3 shapes).
@Suite struct BylineGapTests {
    func spaced(_ s: String) -> String {
        let scalars = Scalars.of(s)
        var out = ""
        for (k, c) in scalars.enumerated() {
            if BylineGaps.gaps(scalars).contains(k) { out += " " }
            out.unicodeScalars.append(Unicode.Scalar(c)!)
        }
        return out
    }

    @Test func namesRolesAndAClosingCredit() {
        #expect(Array(spaced("杨恒战罗菲").utf8) == Array("杨恒战 罗菲".utf8))
        #expect(Array(spaced("张志超罗菲李萌文/图").utf8) == Array("张志超 罗菲 李萌 文/图".utf8))
        #expect(Array(spaced("新乡日报全媒体记者焦耀通讯员王凯杰陶建彬").utf8) == Array("新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬".utf8))
        // A place short name is not split into persons; the closing credit still gets its gap.
        #expect(Array(spaced("洪门文/图").utf8) == Array("洪门 文/图".utf8))
    }

    @Test func whatIsLeftAlone() {
        #expect(BylineGaps.gaps(Scalars.of("红旗宣")).isEmpty)           // a department
        #expect(BylineGaps.gaps(Scalars.of("王平 李华")).isEmpty)         // spaces kept: trust them
        #expect(BylineGaps.splits(Scalars.of("王李张刘陈")).isEmpty)      // two ways to split: leave it
        #expect(BylineGaps.splits(Scalars.of("洪门镇政府")).isEmpty)      // no surname start
    }

    @Test func inWrappedInputAndInMarkdown() {
        // Wrapped input (pdftotext -raw) gets the gaps back, and so does Markdown: pymupdf4llm's
        // Markdown loses a byline's spaces as the other extractors do (`(杨恒战罗菲)`).
        var wrapped = Options()
        wrapped.inputKind = .wrapped
        #expect(Tidy.run("本报讯 近日，全市推进会召开。\n（杨恒战罗菲）\n", options: wrapped).text == "本报讯 近日，全市推进会召开。\n\n（杨恒战 罗菲）\n")
        #expect(tidy("本报讯 近日，全市推进会召开。\n\n（杨恒战罗菲）") == "本报讯 近日，全市推进会召开。\n\n（杨恒战 罗菲）")
        // A department's credit has no names to part.
        #expect(tidy("本报讯 近日，全市推进会召开。\n\n（红旗宣）") == "本报讯 近日，全市推进会召开。\n\n（红旗宣）")
    }

    /// A space between a role and the closing 摄/供图 with no name between separates nothing
    /// (pymupdf4llm's `(通讯员 供图)`); around a name it stays.
    @Test func noSpaceBetweenARoleAndItsClosingCredit() {
        #expect(tidy("本报讯 近日，全市推进会召开。\n\n（通讯员 供图）") == "本报讯 近日，全市推进会召开。\n\n（通讯员供图）")
        #expect(tidy("本报讯 近日，全市推进会召开。\n\n（本报记者 摄）") == "本报讯 近日，全市推进会召开。\n\n（本报记者摄）")
        #expect(tidy("本报讯 近日，全市推进会召开。\n\n（新华社记者 李四 摄）") == "本报讯 近日，全市推进会召开。\n\n（新华社记者 李四 摄）")
    }

    /// Where the extractor kept some of a credit's spaces (`记者 焦耀通讯员王凯杰陶建彬`), the
    /// missing ones are found in the text without spaces and put back; those kept stay.
    @Test func missingGapsBesideKeptOnes() {
        var wrapped = Options()
        wrapped.inputKind = .wrapped
        for credit in ["（新乡日报全媒体记者 焦耀通讯员王凯杰陶建彬）", "（新乡日报全媒体记者 焦耀通讯员 王凯杰 陶建彬）"] {
            let out = Tidy.run("本报讯 \(credit)安全生产是企业高质量发展的基石。\n", options: wrapped).text
            #expect(out == "本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产是企业高质量发展的基石。\n")
        }
    }
}

extension BylineGapTests {
    /// pymupdf4llm joins a block's printed lines with a space: inside a credit, one that leaves a
    /// single Han character alone where the gaps put none is a line's end in a word or name
    /// (`通 讯员`, `陶建 彬）`), or stands in the organisation before the first role word
    /// (`新乡日报全 媒体记者`), and goes; the credit's printed spaces stay.
    @Test func aLineEndInsideACreditsWordOrName() throws {
        // (The columns read back in turn leave `焦耀 通 讯员` on XeLaTeX's page 2, `陶建 彬）` on e02's page 1;
        // ReportLab's front page breaks the line at `新乡日报全`.)
        for page in ["xl-e01-p2", "xl-e02-p1", "rl-e01-p1"] {
            let input = try Fixtures.bytes("Fixtures/pages/\(page)/pymupdf4llm_nfkc.md")
            let out = String(decoding: try Tidy.run(input).output, as: UTF8.self)
            #expect(out.contains("本报讯 （新乡日报全媒体记者 焦耀 通讯员 王凯杰 陶建彬）安全生产是企业高质量发展的基石。"))
        }
    }
}

extension BylineGapTests {
    /// S-DATELINE: the gap a paper prints after `本报讯` is restored in Markdown an extractor
    /// wrote as in wrapped text (pymupdf4llm's table cell on Chromium's page 4 of e02 joins
    /// `本报讯6月7日`); Markdown typed by a person keeps a closed dateline as written.
    @Test func theDatelineGapInExtractedMarkdown() throws {
        let input = try Fixtures.bytes("Fixtures/pages/cr-e02-p4/pymupdf4llm_nfkc.md")
        #expect(!String(decoding: input, as: UTF8.self).contains("本报讯 6月7日"))
        let out = String(decoding: try Tidy.run(input).output, as: UTF8.self)
        #expect(out.contains("本报讯 6月7日，卫滨区委书记邓国永调研陆航片区开发建设工作。"))
        #expect(tidy("# 标题\n\n本报讯6月7日，卫滨区召开会议。") == "# 标题\n\n本报讯6月7日，卫滨区召开会议。")
    }
}
