import Foundation
import Testing
import ZhTidy

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

    func run(_ arguments: [String], stdin: [UInt8]? = nil, in directory: URL = Fixtures.root) throws -> Run {
        let p = Process()
        p.executableURL = Self.executable
        p.arguments = arguments
        p.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        // Standard input is written from another thread: zhtidy streams, so its output can fill
        // the pipe before it has read all its input.
        let writer = Thread {
            if let stdin { try? inp.fileHandleForWriting.write(contentsOf: Data(stdin)) }
            try? inp.fileHandleForWriting.close()
        }
        writer.start()
        final class Box: @unchecked Sendable { var data = Data() }  // written by one thread, read after it ends
        let e = Box()
        let errReader = Thread { e.data = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !errReader.isFinished || !writer.isFinished { usleep(1000) }
        return Run(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e.data, as: UTF8.self))
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

    /// Standard input is cut into pieces cleaned on `--jobs` threads at once: the output is the
    /// same bytes whatever the number (here about five pieces, each cleaned by the library alone
    /// too, in order, as ``TidyStream/feed(_:)`` does).
    @Test func streamedPiecesDoNotDependOnThreads() throws {
        let seed = try Fixtures.bytes("Fixtures/seed/input.txt")
        var input: [UInt8] = []
        while input.count < (5 << 19) { input += seed + Array("\n\n".utf8) }
        let one = try run(["--jobs", "1"], stdin: input)
        #expect(one.status == 0)
        #expect(one.stdout.count > input.count / 2)
        var stream = TidyStream()
        var expected: [UInt8] = []
        for piece in try stream.feed(input) + stream.finish() { expected += piece.output }
        #expect(one.stdout == expected)
        for jobs in ["2", "3"] { #expect(try run(["--jobs", jobs], stdin: input).stdout == one.stdout, "--jobs \(jobs)") }
        #expect(try run(["--jobs", "0"], stdin: seed).status == 2)
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
        #expect(r.stderr == "zhtidy: \(bad.path): invalid UTF-8 at byte 19; give --encoding NAME if it is not UTF-8, or --lossy to replace what cannot be decoded\n")
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

    /// Loading Foundation (libFoundation, its internationalization library and its private ICU)
    /// cost a few milliseconds of every run's start-up; the CLI uses POSIX calls instead, and
    /// loads only the FoundationEssentials that swift-argument-parser needs.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd")))
    func theExecutableLoadsNoFoundation() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        p.arguments = [Self.executable.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(text.contains("libicuuc"))
        for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU"] {
            #expect(!text.contains(library), "\(library) is loaded")
        }
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let r = try run([], stdin: [])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhtidy-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func listRulesShowsEveryRule() throws {
        let r = try run(["--list-rules"])
        #expect(r.status == 0)
        let text = String(decoding: r.stdout, as: UTF8.self)
        for id in ["U-RADICAL", "P-COMMA-WIDTH", "Q-NEST", "D-RANGE", "S-JOIN", "O-REPEAT", "T-SUBTITLE", "PAIR-CHECK"] {
            #expect(text.contains(id))
        }
        #expect(text.contains("O-REPEAT") && text.split(separator: "\n").contains { $0.hasPrefix("O-REPEAT") && $0.contains(" off ") })
    }

    @Test func unknownRuleIsAUsageError() throws {
        let r = try run(["--disable", "P-NOPE"], stdin: Array("甲".utf8))
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "zhtidy: unknown rule 'P-NOPE' (see --list-rules)\n")
    }

    @Test func styleLocaleAndRuleOptions() throws {
        let input = Array("使用iPhone拍摄,\"好\"".utf8)
        #expect(String(decoding: try run(["--style", "web"], stdin: input).stdout, as: UTF8.self) == "使用 iPhone 拍摄，“好”\n")
        #expect(String(decoding: try run(["--locale", "zh-TW"], stdin: input).stdout, as: UTF8.self) == "使用iPhone拍摄，「好」\n")
        #expect(String(decoding: try run(["--disable", "Q-,P-COMMA-WIDTH"], stdin: input).stdout, as: UTF8.self) == "使用iPhone拍摄,\"好\"\n")
        #expect(try run(["--style", "fancy"], stdin: input).status == 2)
    }

    @Test func configFileInTheCurrentDirectoryAndByOption() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("style = \"web\"\n".utf8).write(to: dir.appendingPathComponent(".zhtidy.toml"))
        let input = Array("规上企业达14家".utf8)
        #expect(String(decoding: try run([], stdin: input, in: dir).stdout, as: UTF8.self) == "规上企业达 14 家\n")
        // The command line wins over the file.
        #expect(String(decoding: try run(["--style", "print"], stdin: input, in: dir).stdout, as: UTF8.self) == "规上企业达14家\n")
        let bad = dir.appendingPathComponent("bad.toml")
        try Data("style = \"web\"\ncolour = \"red\"\n".utf8).write(to: bad)
        let r = try run(["--config", bad.path], stdin: input)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown key 'colour'"))
        #expect(r.stderr.contains("line 2"))
    }

    @Test func interleavedColumnsGetAWarningAndKeepTheirText() throws {
        let r = try run(["Fixtures/pages/cr-e01-p1/pdfplumber.txt"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: the columns look interleaved"))
        #expect(r.stderr.contains("pdftotext -raw"))
        #expect(!r.stdout.isEmpty)
        let clean = try run(["Fixtures/pages/cr-e01-p1/pdftotext_raw.txt"])
        #expect(clean.stderr.isEmpty)
    }
}
