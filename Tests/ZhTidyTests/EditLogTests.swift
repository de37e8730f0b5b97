import Foundation
import Testing
@testable import ZhTidy

@Suite struct EditLogTests {
    let original = Array("甲,乙(丙)丁".utf8)

    @Test func localEditsBecomeRecordsInOriginalCoordinates() {
        var d = Document(original: original)
        // `,` is bytes 3..<4.
        d.apply([LocalEdit("P-COMMA-WIDTH", range: 3..<4, replacement: Array("，".utf8))])
        #expect(d.text == Array("甲，乙(丙)丁".utf8))
        // `(` is now at 9 in the current text, 7 in the original.
        d.apply([LocalEdit("P-PAREN-WIDTH", range: 9..<10, replacement: Array("（".utf8))])
        #expect(d.edits.map(\.range) == [3..<4, 7..<8])
        #expect(d.edits.map(\.before) == [",", "("])
        #expect(Tidy.apply(d.edits, to: original) == d.text)
    }

    @Test func editingAnEarlierEditMergesTheRecords() {
        var d = Document(original: original)
        d.apply([LocalEdit("P-COMMA-WIDTH", range: 3..<4, replacement: Array("，".utf8))])
        // A later rule removes `，乙` (which the first rule produced in part).
        d.apply([LocalEdit("NS-DUP-PARA", .remove, range: 3..<9)])
        #expect(d.edits.count == 1)
        let e = d.edits[0]
        #expect(e.rule == "NS-DUP-PARA")
        #expect(e.via == ["P-COMMA-WIDTH"])
        #expect(e.range == 3..<7)
        #expect(e.before == ",乙")
        #expect(e.after == "")
        #expect(e.kind == .remove)
        #expect(Tidy.apply(d.edits, to: original) == d.text)
        #expect(d.text == Array("甲(丙)丁".utf8))
    }

    @Test func revertingAnEditDropsTheRecord() {
        var d = Document(original: original)
        d.apply([LocalEdit("P-COMMA-WIDTH", range: 3..<4, replacement: Array("，".utf8))])
        d.apply([LocalEdit("X-TEST", range: 3..<6, replacement: Array(",".utf8))])
        #expect(d.edits.isEmpty)
        #expect(d.text == original)
    }

    @Test func insertionsAndDeletionsAtTheSamePlaceStaySeparate() {
        var d = Document(original: Array("ab".utf8))
        d.apply([LocalEdit("X-DEL", .remove, range: 1..<2)])
        d.apply([LocalEdit("X-INS", range: 1..<1, replacement: Array("c".utf8))])
        #expect(d.text == Array("ac".utf8))
        #expect(d.edits.map(\.rule.rawValue) == ["X-DEL", "X-INS"])
        #expect(Tidy.apply(d.edits, to: Array("ab".utf8)) == d.text)
    }

    @Test func flagsMapThroughEarlierEdits() throws {
        var d = Document(original: original)
        d.apply([LocalEdit("P-COMMA-WIDTH", range: 3..<4, replacement: Array("，".utf8))])
        // `丁` is at 14..<17 now, 12..<15 originally.
        d.apply([LocalEdit("X-FLAG", .flag, range: 14..<17, note: "look")])
        try #require(d.flags.count == 1)
        #expect(d.flags[0].range == 12..<15)
        #expect(d.flags[0].before == "丁")
    }

    @Test func positionsAreLineAndScalarColumn() {
        let r = Tidy.run("第一行\n\n本报讯 近日,会议召开。")
        let comma = r.edits.first { $0.rule == "P-COMMA-WIDTH" }
        #expect(comma?.start == SourcePosition(line: 3, column: 7))
    }
}

@Suite struct RelayoutTests {
    /// Finding the blocks again only around each stage's edits gives the same run as finding
    /// them in the whole text after every stage: on the seed, the rule cases, and every page
    /// fixture of every extractor.
    @Test func relaidRunsMatchRecomputedOnes() throws {
        var inputs = [try Fixtures.bytes("Fixtures/seed/input.txt")]
        inputs += RuleCase.load().filter { !$0.rule.hasPrefix("NS-") }.map { Array($0.input.utf8) }
        let root = "Fixtures/pages"
        for page in try FileManager.default.contentsOfDirectory(atPath: root).sorted() where !page.hasSuffix(".md") {
            for name in ["pdftotext_raw.txt", "pdftotext_layout.txt", "pdftotext.txt", "pdfminer.txt", "pymupdf4llm_nfkc.md"] {
                inputs.append(try Fixtures.bytes("\(root)/\(page)/\(name)"))
            }
        }
        for input in inputs {
            let fast = Tidy.clean(input, options: Options())
            let slow = Tidy.clean(input, options: Options(), relayout: false)
            #expect(fast.output == slow.output, "\(String(decoding: input.prefix(40), as: UTF8.self))")
            #expect(fast.edits == slow.edits)
        }
    }

    /// ``TextLayout/relaid(by:in:)`` equals the layout found in the whole new text, for random
    /// texts of headings, blank lines and text, and random edits that add and take out line
    /// feeds (joining and splitting blocks), blank lines and headings, at the text's ends too.
    @Test func relaidLayoutsMatchFreshOnes() {
        var rng = PropertyTests.SplitMix(state: 7)
        let pieces = ["会议", "召开", "。", "，", " ", "\u{3000}", "\n", "\n\n", "# ", "## 标题\n", "（红旗宣）", "本报讯 "]
        func text(_ n: Int) -> [UInt8] { (0..<n).flatMap { _ in Array(pieces.randomElement(using: &rng)!.utf8) } }
        func same(_ a: TextLayout, _ b: TextLayout) -> Bool {
            a.lines.map(\.range) == b.lines.map(\.range) && a.lines.map(\.content) == b.lines.map(\.content)
                && a.blocks.map(\.lines) == b.blocks.map(\.lines) && a.blocks.map(\.content) == b.blocks.map(\.content)
                && a.blocks.map(\.role) == b.blocks.map(\.role) && a.blocks.map(\.features) == b.blocks.map(\.features)
        }
        for _ in 0..<500 {
            let old = text(Int.random(in: 0...40, using: &rng))
            // Sorted edits apart from each other, at UTF-8 scalar boundaries.
            let bounds = old.indices.filter { old[$0] & 0xC0 != 0x80 } + [old.count]
            var cuts = (0..<Int.random(in: 1...4, using: &rng)).map { _ in bounds.randomElement(using: &rng)! }
            cuts.sort()
            var edits: [LocalEdit] = []
            var k = 0
            while k + 1 < cuts.count || (k < cuts.count && Bool.random(using: &rng)) {
                let lower = cuts[k], upper = k + 1 < cuts.count ? cuts[k + 1] : cuts[k]
                if edits.last.map({ $0.range.upperBound <= lower }) ?? true {
                    edits.append(LocalEdit("X", range: lower..<upper, replacement: text(Int.random(in: 0...2, using: &rng))))
                }
                k += 2
            }
            var new: [UInt8] = []
            var at = 0
            for e in edits {
                new += old[at..<e.range.lowerBound] + e.replacement
                at = e.range.upperBound
            }
            new += old[at...]
            let before = old.withUnsafeBufferPointer { TextLayout($0) }
            let relaid = new.withUnsafeBufferPointer { before.relaid(by: edits, in: $0) }
            let fresh = new.withUnsafeBufferPointer { TextLayout($0) }
            #expect(same(relaid, fresh), "\(String(decoding: old, as: UTF8.self).debugDescription) → \(String(decoding: new, as: UTF8.self).debugDescription)")
        }
    }
}

/// The offsets the stages keep (page starts) move with the text.
@Suite struct PositionShiftTests {
    @Test func positionsMoveThroughEdits() {
        var context = PipelineContext(options: Options())
        context.pageStarts = [10, 20, 30]
        context.shiftPositions(by: [
            LocalEdit("X", range: 2..<5, replacement: [0x41]),           // -2, before all
            LocalEdit("X", range: 20..<20, replacement: [0x41, 0x42]),   // an insertion at 20: after it
            LocalEdit("X", .remove, range: 24..<26),                     // -2; with the insertion, 30 → 28
            LocalEdit("X", range: 40..<41, replacement: [0x41, 0x42]),   // after all
        ])
        #expect(context.pageStarts == [8, 18, 28])  // in order
    }
}

@Suite struct OffsetCountTests {
    @Test func countsOffsetsAtMost() {
        let o = [3, 10, 10, 25]
        #expect([-1, 3, 9, 10, 24, 25, 99].map { Offsets.count(o, atMost: $0) } == [0, 1, 1, 3, 3, 4, 4])
        #expect(Offsets.count([], atMost: 5) == 0)
    }
}
