import Foundation
import Testing

/// Directories, --output-dir, --jobs, --glob (issue: robustness, batch runs).
@Suite struct BatchTests {
    let cli = CLITests()

    @Test func aThousandFilesWithTwoJobsOneBadFileDoesNotStopTheOthers() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in"), output = dir.appendingPathComponent("out")
        for i in 1...1000 {
            let sub = input.appendingPathComponent(i % 3 == 0 ? "a" : (i % 7 == 0 ? "a/b" : ""))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data("本报讯 近日,会议召开(第\(i)次)。\n\n会议要求,抓好\n\n落实。\n".utf8).write(to: sub.appendingPathComponent("f\(i).txt"))
        }
        try Data([0x62, 0xFF, 0x62]).write(to: input.appendingPathComponent("a/bad.txt"))
        try Data("x".utf8).write(to: input.appendingPathComponent("notes.dat"))
        let r = try cli.run(["--jobs", "2", "--output-dir", output.path, input.path])
        #expect(r.status == 65)  // some file failed
        #expect(r.stderr.contains("bad.txt: invalid UTF-8 at byte 1"))
        #expect(r.stderr.hasSuffix("\n") && r.stderr.contains("zhtidy: 1001 files, 1000 changed, 1 failed"))
        let written = FileManager.default.enumerator(atPath: output.path)!.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }
        #expect(written.count == 1000)
        let seven = try String(contentsOf: output.appendingPathComponent("a/b/f7.txt"), encoding: .utf8)
        #expect(seven == "本报讯 近日，会议召开（第7次）。\n\n会议要求，抓好落实。\n")
        // The tree is mirrored; what the globs do not take is left out.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("a/f3.txt").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.dat").path))
    }

    @Test func checkAndGlobInABatch() throws {
        let dir = try cli.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("会议要求,抓好落实。\n".utf8).write(to: dir.appendingPathComponent("one.text"))
        try Data("会议要求，抓好落实。\n".utf8).write(to: dir.appendingPathComponent("two.text"))
        try Data("会议要求,抓好落实。\n".utf8).write(to: dir.appendingPathComponent("three.txt"))
        let r = try cli.run(["--check", "--glob", "*.text", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("one.text: would change"))
        #expect(!r.stderr.contains("three.txt"))
        #expect(r.stderr.contains("zhtidy: 2 files, 1 changed, 0 failed"))
    }
}
