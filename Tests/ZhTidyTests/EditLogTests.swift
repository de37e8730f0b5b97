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

@Suite struct LayoutShiftTests {
    /// Moving blocks through a stage's edits gives the same result as finding them again.
    @Test func shiftedLayoutsMatchRecomputedOnes() throws {
        var inputs = [try Fixtures.bytes("Fixtures/seed/input.txt")]
        inputs += RuleCase.load().filter { !$0.rule.hasPrefix("NS-") }.map { Array($0.input.utf8) }
        for input in inputs {
            let fast = Tidy.clean(input, options: Options())
            let slow = Tidy.clean(input, options: Options(), shiftLayouts: false)
            #expect(fast.output == slow.output, "\(String(decoding: input.prefix(40), as: UTF8.self))")
            #expect(fast.edits == slow.edits)
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
