import Foundation
import Testing
@testable import ZhTidy

/// --check, --diff, --explain, -i, --report (issue: review workflow).
@Suite struct ReviewTests {
    let cli = CLITests()
    static let seed = "seeds/000_feb1d816decd85e9.txt"

    @Test func checkExitsOneWhenSomethingWouldChangeAndZeroOnCleanText() throws {
        let r = try cli.run(["--check", Self.seed])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("\(Self.seed): 372 edits (P- 353, S- 16, NS- 3)"))
        let clean = try cli.run(["--check", "-"], stdin: try Fixtures.bytes("Fixtures/seed/expected.md"))
        #expect(clean.status == 0)
        #expect(clean.stderr == "<stdin>: clean\n")
    }

    @Test func diffShowsJoinsWidthsMarkersAndTheRemovedFragment() throws {
        let r = try cli.run(["--diff", Self.seed])
        #expect(r.status == 0)
        let d = String(decoding: r.stdout, as: UTF8.self)
        #expect(d.hasPrefix("--- a/\(Self.seed)\n+++ b/\(Self.seed)\n@@ -1,"))
        #expect(d.contains("\n-统筹抓好\n") == false)  // lines are whole paragraphs
        #expect(d.contains("+刘怀斌强调，要坚持一体推进") && d.contains("统筹抓好“关键少数”"))  // joined, widened
        #expect(d.contains("-走进蔡虎的种植基地") && d.contains("精准入土(如图)。"))  // the marker, before
        #expect(d.contains("-魏海晓强调,要坚决落实“昼清夜查、内清外拦”的工作要求,充分发挥调度中心高效联动、精准调度的作用,实时监测空气质量变化,精准研判污\n"))
        #expect(!d.contains("\u{1B}["))  // not a terminal: no colour
        let colored = String(decoding: try cli.run(["--diff", "--color", "always", Self.seed]).stdout, as: UTF8.self)
        #expect(colored.contains("\u{1B}[31m-") && colored.contains("\u{1B}[32m+"))
        // Clean text: no diff at all.
        let none = try cli.run(["--diff", "-"], stdin: try Fixtures.bytes("Fixtures/seed/expected.md"))
        #expect(none.stdout.isEmpty && none.status == 0)
    }

    @Test func explainListsEveryEditWithItsRule() throws {
        let result = try Tidy.run(try Fixtures.bytes(Self.seed))
        let r = try cli.run(["--explain", Self.seed])
        let lines = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == result.edits.count)
        #expect(lines.filter { $0.contains(" S-JOIN ") }.count == 14)
        #expect(lines.contains { $0.hasPrefix("\(Self.seed):35:1 NS-DUP-PARA ") && $0.contains("kept at 59:1") })
        #expect(lines.contains { $0.hasPrefix("\(Self.seed):81:56 NS-FIGREF (如图) → (removed) (figure marker)") })
        let json = try cli.run(["--explain", "--format", "json", Self.seed])
        let objects = String(decoding: json.stdout, as: UTF8.self).split(separator: "\n")
        #expect(objects.count == result.edits.count)
        for o in objects {
            let parsed = try JSONSerialization.jsonObject(with: Data(o.utf8)) as! [String: Any]
            #expect(parsed["rule"] is String && parsed["byteStart"] is Int && parsed["byteEnd"] is Int)
        }
    }

    @Test func inPlaceGivesTheSameBytesAsStdoutAndKeepsABackup() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.txt")
        let original = try Fixtures.bytes(Self.seed)
        try Data(original).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let r = try cli.run(["-i", "--backup", ".orig", file.path])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect([UInt8](try Data(contentsOf: file)) == (try Fixtures.bytes("Fixtures/seed/expected.md")))
        #expect([UInt8](try Data(contentsOf: dir.appendingPathComponent("page.txt.orig"))) == original)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        // A file that needs no change is left alone; no temporary files remain.
        let again = try cli.run(["-i", file.path])
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["page.txt", "page.txt.orig"])
    }

    @Test func failedWritesAreExit74AndLeaveTheOriginal() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The target is a directory.
        let r1 = try cli.run(["-i", dir.path])
        #expect(r1.status == 74)
        #expect(r1.stderr == "zhtidy: \(dir.path): is a directory\n")
        // The report's directory does not exist: nothing written, nothing half-written.
        let file = dir.appendingPathComponent("page.txt")
        try Data(try Fixtures.bytes(Self.seed)).write(to: file)
        let target = dir.appendingPathComponent("missing/report.html").path
        let r2 = try cli.run(["--report", target, file.path])
        #expect(r2.status == 74)
        #expect(r2.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect([UInt8](try Data(contentsOf: file)) == (try Fixtures.bytes(Self.seed)))
    }

    @Test func usageErrorsForImpossibleCombinations() throws {
        #expect(try cli.run(["--check", "--diff", Self.seed]).status == 2)
        #expect(try cli.run(["--format", "xml", Self.seed]).status == 2)
        #expect(try cli.run(["--explain", "--format", "jsonl", Self.seed]).status == 2)
        #expect(try cli.run(["--split", "out", "--check", Self.seed]).status == 2)
        #expect(try cli.run(["--backup", ".b", Self.seed]).status == 2)
        #expect(try cli.run(["-i"], stdin: []).status == 2)
    }

    /// The report opens in a real browser (headless Chromium): every rule used is on the page as
    /// an edit element, and a screenshot is taken without errors.
    @Test(.enabled(if: ReviewTests.chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func reportRendersInChromium() throws {
        let browser = try #require(Self.chromium, "CI installs Debian's chromium (see .ci/run)")
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("report.html")
        let r = try cli.run(["--report", html.path, Self.seed])
        #expect(r.status == 0)
        let dom = try Self.chromiumRun(browser, ["--dump-dom", html.absoluteString])
        let result = try Tidy.run(try Fixtures.bytes(Self.seed))
        for rule in Set(result.edits.map(\.rule.rawValue)) {
            #expect(dom.contains("data-rule=\"\(rule)\""), "no element for \(rule)")
        }
        #expect(dom.components(separatedBy: "class=\"edit\"").count - 1 == 2 * result.edits.filter { $0.kind != .flag }.count)
        #expect(dom.contains("<input type=\"checkbox\" class=\"family\" value=\"P-\""))
        let png = dir.appendingPathComponent("report.png")
        _ = try Self.chromiumRun(browser, ["--screenshot=\(png.path)", "--window-size=1200,1600", html.absoluteString])
        let bytes = [UInt8](try Data(contentsOf: png))
        #expect(bytes.count > 10_000)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func chromiumRun(_ browser: String, _ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("zhtidy-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                       "--user-data-dir=\(profile.path)"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
