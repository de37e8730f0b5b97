import Testing
@testable import ZhTidy

/// The byte-level fast paths of the performance work, each against the plain loop it replaced,
/// on inputs chosen to hit their edges (a match in every byte of a word, none, the tail after
/// the last whole word) and on seeded random bytes.
@Suite struct FastPathTests {
    /// `count` bytes drawn from `alphabet` (PropertyTests' generator: a failure can be replayed).
    static func draw(_ gen: inout PropertyTests.SplitMix, _ count: Int, from alphabet: [UInt8]) -> [UInt8] {
        (0..<count).map { _ in alphabet[Int(gen.next() % UInt64(alphabet.count))] }
    }

    /// Checks `scan` against the plain loop that stops at the first offset `stops` accepts (given
    /// the bytes, the offset and the span's end), on every span of seeded random bytes drawn from
    /// `alphabet`.
    static func agreesWithAPlainLoop(seed: UInt64, alphabet: [UInt8], stops: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool,
                                     _ scan: (UnsafeBufferPointer<UInt8>, Int, Int) -> Int) {
        var gen = PropertyTests.SplitMix(state: seed)
        for length in 0..<40 {
            for _ in 0..<20 {
                let bytes = Self.draw(&gen, length, from: alphabet)
                bytes.withUnsafeBufferPointer { p in
                    for from in 0...length {
                        for to in from...length {
                            var plain = from
                            while plain < to && !stops(p, plain, to) { plain += 1 }
                            #expect(scan(p, from, to) == plain, "\(bytes) \(from)..<\(to)")
                        }
                    }
                }
            }
        }
    }

    @Test func findAgreesWithAPlainLoop() {
        for byte: UInt8 in [0x0A, 0x0C] {
            Self.agreesWithAPlainLoop(seed: 7, alphabet: [0x0A, 0x0C, 0x0B, 0x09, 0x8A, 0xE4, 0x41, 0x00, 0xFF],
                                      stops: { p, k, _ in p[k] == byte }) { UTF8Scan.find(byte, $0, from: $1, to: $2) }
        }
    }

    @Test func findAnyAgreesWithAPlainLoop() {
        Self.agreesWithAPlainLoop(seed: 13, alphabet: [0x20, 0x0A, 0xE3, 0x80, 0xE4, 0x21, 0x00, 0xFF, 0x63],
                                  stops: { p, k, _ in p[k] == 0x20 || p[k] == 0x0A || p[k] == 0xE3 }) {
            UTF8Scan.findAny(0x20, 0x0A, 0xE3, $0, from: $1, to: $2)
        }
    }

    @Test func findOpenBracketAgreesWithAPlainLoop() {
        // (`（` is EF BC 88; EF BC 89 is `）`, EF BC 8C `，`.)
        Self.agreesWithAPlainLoop(seed: 17, alphabet: [0x28, 0xEF, 0xBC, 0x88, 0x89, 0x8C, 0x29, 0xE4, 0x41],
                                  stops: { p, k, to in p[k] == 0x28 || (p[k] == 0xEF && k + 2 < to && p[k + 1] == 0xBC && p[k + 2] == 0x88) }) {
            UTF8Scan.findOpenBracket($0, from: $1, to: $2)
        }
    }

    /// The loop `UTF8Scan.blockScalars` replaced: whitespace after text kept in an array until
    /// text follows it on the same line.
    static func plainBlockScalars(_ text: [UInt32], limit: Int) -> [UInt32] {
        var out: [UInt32] = [], pending: [UInt32] = []
        var lineStart = false
        for s in text where out.count < limit {
            if s == 0x20 || s == 0x09 || s == 0x3000 {
                if !lineStart { pending.append(s) }
                continue
            }
            if s == 0x0A {
                pending.removeAll()
                lineStart = true
            } else {
                if !pending.isEmpty {
                    out.append(contentsOf: pending.prefix(limit - out.count))
                    pending.removeAll()
                    if out.count == limit { break }
                }
                lineStart = false
            }
            out.append(s)
        }
        return out
    }

    @Test func blockScalarsAgreesWithAPlainLoop() {
        var gen = PropertyTests.SplitMix(state: 11)
        let alphabet: [UInt32] = [0x41, 0x20, 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0x4E2D, 0x3002, 0x1F600]
        for length in 0..<30 {
            for _ in 0..<30 {
                let text = (0..<length).map { _ in alphabet[Int(gen.next() % UInt64(alphabet.count))] }
                let bytes = UTF8Scan.encode(text)
                bytes.withUnsafeBufferPointer { p in
                    for limit in [0, 1, 2, 5, 12, 48, Int.max] {
                        let fast = UTF8Scan.blockScalars(p, 0..<p.count, limit: limit)
                        #expect(fast == Self.plainBlockScalars(text, limit: limit), "\(text) limit \(limit)")
                    }
                }
            }
        }
    }

    @Test func lineIndexFindsEveryLineStart() {
        let text = Array("第一行\n\n第三行 abc\r\nlast line without feed".utf8) + [UInt8](repeating: 0x41, count: 17) + [0x0A]
        let index = LineIndex(text)
        var line = 1, column = 1, i = 0
        while i < text.count {
            #expect(index.position(of: i) == SourcePosition(line: line, column: column), "offset \(i)")
            if text[i] == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += UTF8Scan.sequenceLength(text[i])
        }
        #expect(index.position(of: text.count) == SourcePosition(line: line, column: 1))
    }

    /// The validation the fast path replaced: Unicode's table of well-formed sequences, byte by byte.
    static func plainFirstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            while i < p.count {
                let n = InputDecoder.validSequenceLength(p, at: i)
                if n == 0 { return i }
                i += n
            }
            return nil
        }
    }

    @Test func utf8ValidationAgreesWithThePlainTable() {
        var gen = PropertyTests.SplitMix(state: 11)
        // Lead bytes of every kind, continuation bytes at the edges of their ranges, ASCII.
        let alphabet: [UInt8] = [0x41, 0x0A, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
        for length in 0..<24 {
            for _ in 0..<400 {
                let bytes = Self.draw(&gen, length, from: alphabet)
                #expect(InputDecoder.firstInvalidUTF8(bytes) == Self.plainFirstInvalid(bytes), "\(bytes)")
            }
        }
        // Well-formed text of every width, with one byte spoiled at each position in turn.
        let text = Array("本报讯 6月8日，ASCII text Ａ１ é 𠀀 — 龍\n".utf8)
        #expect(InputDecoder.firstInvalidUTF8(text) == nil)
        for k in text.indices {
            for bad: UInt8 in [0x80, 0xC0, 0xED, 0xFF, 0x41] {
                var spoiled = text
                spoiled[k] = bad
                #expect(InputDecoder.firstInvalidUTF8(spoiled) == Self.plainFirstInvalid(spoiled), "byte \(k) = \(bad)")
            }
        }
    }

    @Test func scalarSetHoldsItsMembersOnly() {
        let set: ScalarSet = [0x28, 0xFF08, 0x3010]
        for c: UInt32 in [0x28, 0xFF08, 0x3010] { #expect(set.contains(c)) }
        for c: UInt32 in [0, 0x29, 0xFF09, 0x3011, 0x10FFFF] { #expect(!set.contains(c)) }
        let wider = set.union([0x29])
        #expect(wider.contains(0x29) && wider.contains(0x28) && !set.contains(0x29))
        #expect(!ScalarSet([]).contains(0))
    }

    @Test func editCollectorKeepsTheFirstOfOverlappingEditsInOrder() {
        let p = Array("一二三四五".utf8)
        p.withUnsafeBufferPointer { bytes in
            let b = BlockText(bytes, Block(lines: 0..<1, content: 0..<bytes.count, role: .body))
            // In order, none overlapping: returned as proposed.
            var inOrder = EditCollector()
            inOrder.replace(b, 0..<1, with: 0x4E00, "T-A")
            inOrder.flag(b, 1..<2, "T-F", "flag")
            inOrder.insert(b, at: 2, [0x20], "T-B")
            inOrder.replace(b, 3..<4, with: [0x56DB, 0x56DB], "T-C")
            #expect(inOrder.finished().map(\.rule.rawValue) == ["T-A", "T-F", "T-B", "T-C"])
            // Out of order and overlapping: sorted by position, and a change that overlaps one
            // kept before it dropped.
            var mixed = EditCollector()
            mixed.replace(b, 3..<5, with: [0x41], "T-LATE")
            mixed.replace(b, 0..<2, with: [0x42], "T-FIRST")
            mixed.replace(b, 1..<3, with: [0x43], "T-OVERLAP")
            mixed.replace(b, 4..<5, with: 0x44, "T-INSIDE")
            let kept = mixed.finished()
            #expect(kept.map(\.rule.rawValue) == ["T-FIRST", "T-LATE"])
            #expect(kept.map(\.range) == [0..<6, 9..<15])
        }
    }

    @Test func resultEditsAreMadeFromTheLogWhenRead() throws {
        let r = try Tidy.run(Array("他说:\"你好\"。\n\n本报讯 6月8日,红旗区召开会议。\n".utf8))
        let once = r.edits, again = r.edits
        #expect(once.map(\.range) == again.map(\.range) && once.map(\.after) == again.map(\.after))
        #expect(r.changed == once.contains { $0.kind != .flag })
        #expect(Tidy.apply(once, to: r.input) == r.output)
        var copy = r
        copy.edits = Array(once.prefix(1))
        #expect(copy.edits.count == 1 && r.edits.count == once.count)
        let clean = try Tidy.run(Array("没有要改的。\n".utf8))
        #expect(!clean.changed && clean.edits.allSatisfy { $0.kind == .flag })
    }
}
