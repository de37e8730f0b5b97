import Foundation
import Testing
@testable import ZhTidy

/// Encodings and bad input (issue: robustness).
@Suite struct EncodingTests {
    let cli = CLITests()

    @Test(arguments: ["seed.gb18030.txt", "seed.utf16le-bom.txt", "seed.utf16be-bom.txt", "seed.utf8-bom.txt"])
    func otherEncodingsOfTheSeedGiveTheSameOutput(_ file: String) throws {
        let r = try cli.run(["Fixtures/encodings/\(file)"])
        #expect(r.status == 0)
        #expect(r.stdout == (try Fixtures.bytes("Fixtures/seed/expected.md")))
        #expect(r.stderr.isEmpty)
    }

    @Test func detectedEncodingIsReported() throws {
        #expect(try Tidy.run(try Fixtures.bytes("Fixtures/encodings/seed.gb18030.txt")).encoding == "GB18030")
        #expect(try Tidy.run(try Fixtures.bytes("Fixtures/encodings/seed.utf16le-bom.txt")).encoding == "UTF-16LE")
        let big5 = try Tidy.run(try Fixtures.bytes("Fixtures/encodings/short.big5.txt"))
        #expect(big5.encoding == "Big5")
        #expect(big5.outputString.hasPrefix("這是一個測試，臺灣的報紙內容。"))
    }

    @Test func forcedEncoding() throws {
        let r = try cli.run(["--encoding", "Big5", "Fixtures/encodings/short.big5.txt"])
        #expect(r.status == 0)
        #expect(String(decoding: r.stdout, as: UTF8.self).hasPrefix("這是一個測試"))
        let unknown = try cli.run(["--encoding", "KLINGON-8", "Fixtures/encodings/short.big5.txt"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("zhtidy: --encoding KLINGON-8: unknown encoding"))
    }

    @Test func invalidBytesFailWithTheOffsetOrBecomeFlaggedReplacements() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data(Array("本报讯 近日，会议召开。".utf8) + [0xFF] + Array("会议要求。".utf8)).write(to: bad)
        let strict = try cli.run([bad.path])
        #expect(strict.status == 65)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.hasPrefix("zhtidy: \(bad.path): invalid UTF-8 at byte 34;"))
        let lossy = try cli.run(["--lossy", bad.path])
        #expect(lossy.status == 0)
        #expect(String(decoding: lossy.stdout, as: UTF8.self) == "本报讯 近日，会议召开。\u{FFFD}会议要求。\n")
        var options = Options()
        options.lossy = true
        let result = try Tidy.run([UInt8](try Data(contentsOf: bad)), options: options)
        #expect(result.edits.contains { $0.rule == "U-DECODE" && $0.kind == .flag && $0.note?.contains("input byte 34") == true })
    }

    @Test func binaryInputIsRefused() throws {
        let r = try cli.run([], stdin: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "zhtidy: <stdin>: binary data (a NUL byte at byte 5), not text; zhtidy reads text\n")
    }

    @Test func emptyAndWhitespaceOnlyInput() throws {
        for input in [[], Array(" \n\u{3000}\n\t\r\n".utf8)] as [[UInt8]] {
            let r = try cli.run([], stdin: input)
            #expect(r.status == 0)
            #expect(r.stdout.isEmpty)
        }
    }
}
