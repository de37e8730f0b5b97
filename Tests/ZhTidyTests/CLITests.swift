import Foundation
import Testing

/// The `zhtidy` executable, run as a user would.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    /// The built `zhtidy` beside the test bundle.
    static var executable: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        let candidate = dir.appendingPathComponent("zhtidy")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Fixtures.url(".build/debug/zhtidy")
    }

    func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Run {
        let p = Process()
        p.executableURL = Self.executable
        p.arguments = arguments
        p.currentDirectoryURL = Fixtures.root
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func cleansTheSeedFile() throws {
        let r = try run(["seeds/000_feb1d816decd85e9.txt"])
        #expect(r.status == 0)
        #expect(r.stdout == (try Fixtures.bytes("Fixtures/seed/expected.md")))
        #expect(r.stderr.isEmpty)
    }

    @Test func readsStandardInput() throws {
        let seed = try Fixtures.bytes("Fixtures/seed/input.txt")
        let expected = try Fixtures.bytes("Fixtures/seed/expected.md")
        #expect(try run([], stdin: seed).stdout == expected)
        #expect(try run(["-"], stdin: seed).stdout == expected)
    }

    @Test func invalidUTF8IsExit65WithTheOffset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhtidy-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data(Array("本报讯 近日，".utf8) + [0xFF, 0x41]).write(to: bad)
        let r = try run([bad.path])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "zhtidy: \(bad.path): invalid UTF-8 at byte 19; convert it to UTF-8 first\n")
    }

    @Test func missingFileIsExit74() throws {
        let r = try run(["no/such/file.txt"])
        #expect(r.status == 74)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "zhtidy: no/such/file.txt: no such file\n")
    }

    @Test func unknownOptionIsExit2() throws {
        let r = try run(["--no-such-option"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown option"))
    }

    @Test func helpShowsAnExample() throws {
        let r = try run(["--help"])
        #expect(r.status == 0)
        let text = String(decoding: r.stdout, as: UTF8.self)
        #expect(text.contains("pdftotext -raw issue.pdf - | zhtidy"))
        #expect(text.contains("65"))
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let r = try run([], stdin: [])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }
}
