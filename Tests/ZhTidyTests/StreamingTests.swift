import Foundation
import Testing
@testable import ZhTidy

/// Standard input and large files are cleaned piece by piece (``TidyStream``): bounded memory,
/// output before the input ends, the same text as a whole run where no cut falls inside a
/// rule's reach.
@Suite struct StreamingTests {
    let cli = CLITests()

    /// The seed's text on one line: no headings, no blank lines, no spaces.
    static func oneLine(bytes: Int) throws -> [UInt8] {
        var line: [UInt8] = []
        for b in try Fixtures.bytes("seeds/000_feb1d816decd85e9.txt") where b != 0x0A && b != 0x23 && b != 0x20 { line.append(b) }
        var out: [UInt8] = []
        while out.count + line.count <= bytes { out += line }
        return out
    }

    /// Feeds `input` in blocks of `block` bytes; returns the pieces.
    static func stream(_ input: [UInt8], target: Int, block: Int = 4096) throws -> [TidyStream.Piece] {
        var s = TidyStream(targetSize: target)
        var pieces: [TidyStream.Piece] = []
        var i = 0
        while i < input.count {
            pieces += try s.feed(input[i..<min(i + block, input.count)])
            i += block
        }
        return pieces + (try s.finish())
    }

    /// Pages separated by form feeds (pdftotext's output for a whole PDF), piped in: running heads
    /// are known by repetition across the piece's pages, as across files given together, so the
    /// page numbers near them leave the text (`1河南省大方…` was a folio glued to the next page).
    @Test func formFeedPagesKnowTheirRunningHeads() throws {
        var input: [UInt8] = []
        for page in ["cr-e01-p1", "cr-e01-p2", "cr-e01-p4"] {
            var bytes = try Fixtures.bytes("Fixtures/pages/\(page)/pdftotext_raw.txt")
            while bytes.last == 0x0A { bytes.removeLast() }
            input += bytes + [0x0A, 0x0C]
        }
        let streamed = try Self.stream(input, target: 1 << 20).flatMap(\.output)
        let whole = try Tidy.run(pages: [input])[0].output
        #expect(streamed == whole)
        #expect(!String(decoding: streamed, as: UTF8.self).contains("1河南省大方"))
    }

    @Test func aLongLineIsCutAtSentenceEndsAndReadsAsOneRun() throws {
        let input = try Self.oneLine(bytes: 300_000)
        let pieces = try Self.stream(input, target: 16 << 10)
        #expect(pieces.count >= 10)
        // Every piece is bounded: at most the target and one block past it.
        #expect(pieces.allSatisfy { $0.result.input.count <= (16 << 10) + 4096 })
        // Cut inside the line after an end mark, the pieces give the whole run's bytes.
        #expect(pieces.flatMap(\.output) == (try Tidy.run(input)).output)
        // Offsets add up to the input.
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.offset + $0.result.input.count == $1.offset })
    }

    @Test func aSmallInputIsOnePieceAsAWholeRun() throws {
        let seed = try Fixtures.bytes("seeds/000_feb1d816decd85e9.txt")
        let pieces = try Self.stream(seed, target: 1 << 20)
        #expect(pieces.count == 1)
        #expect(pieces[0].output == (try Fixtures.bytes("Fixtures/seed/expected.md")))
    }

    @Test func pagesAndParagraphsAreCutAtTheirBreaks() throws {
        // Ten copies of the seed, as pages: each piece ends at a form feed, so each is a page
        // cleaned as the seed is.
        let seed = try Fixtures.bytes("seeds/000_feb1d816decd85e9.txt")
        let input = Array(Array(repeating: seed, count: 10).joined(separator: [0x0C]))
        let pieces = try Self.stream(input, target: seed.count * 3 / 2)
        #expect(pieces.count >= 5)
        for piece in pieces {
            #expect(piece.offset == 0 || input[piece.offset - 1] == 0x0C)
        }
    }

    @Test func invalidBytesInTheMiddleNameTheirOffsetInTheWholeInput() throws {
        var input = try Self.oneLine(bytes: 200_000)
        let bad = input.count
        input += [0xFF] + input
        #expect(throws: DecodingError(offset: bad)) { _ = try Self.stream(input, target: 16 << 10) }
        var lossy = TidyStream(options: { var o = Options(); o.lossy = true; return o }(), targetSize: 16 << 10)
        var flagged = 0
        for piece in try lossy.feed(input) + lossy.finish() {
            flagged += piece.result.edits.filter { $0.rule == UDecode.id }.count
        }
        #expect(flagged == 1)
    }

    @Test func anotherEncodingIsReadWhole() throws {
        let gb = try Fixtures.bytes("Fixtures/encodings/seed.gb18030.txt")
        let pieces = try Self.stream(gb, target: 1024)
        #expect(pieces.count == 1)
        #expect(pieces[0].output == (try Fixtures.bytes("Fixtures/seed/expected.md")))
    }

    // MARK: The command line

    @Test func standardInputWithInvalidBytesAfterTheFirstPieces() throws {
        var input = try Self.oneLine(bytes: 3 << 20)
        let bad = input.count
        input += [0xC3, 0x28] + Array("后文。".utf8)
        let r = try cli.run([], stdin: input)
        #expect(r.status == 65)
        #expect(!r.stdout.isEmpty)  // the pieces before it were written
        #expect(r.stderr == "zhtidy: <stdin>: invalid UTF-8 at byte \(bad); give --encoding NAME if it is not UTF-8, or --lossy to replace what cannot be decoded (the text before it was written; the output stops there)\n")
    }

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndCROnlyLineEndsReadAsLineFeeds(_ end: String) throws {
        let seed = try Fixtures.bytes("seeds/000_feb1d816decd85e9.txt")
        var input: [UInt8] = []
        for b in seed { if b == 0x0A { input += Array(end.utf8) } else { input.append(b) } }
        let expected = try Fixtures.bytes("Fixtures/seed/expected.md")
        let piped = try cli.run([], stdin: input)
        #expect(piped.status == 0 && piped.stderr.isEmpty)
        #expect(piped.stdout == expected)
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.txt")
        try Data(input).write(to: file)
        #expect(try cli.run([file.path]).stdout == expected)
    }
}

/// Long runs must cost linear time (found by the fuzzer: a run of zero look-alikes after a Han
/// numeral was scanned again from each member, and a letter-spaced-heading test ran per space).
@Suite struct LinearTimeTests {
    @Test func aLongRunOfZeroLookalikesIsSettledOnce() {
        let input = "一" + String(repeating: "O", count: 20_000) + "二"
        let out = Tidy.run(input).output
        #expect(out == Array(("一" + String(repeating: "〇", count: 20_000) + "二\n").utf8))
        #expect(tidy("一0x") == "一0x")
    }
}
