import Foundation
import Testing
@testable import ZhTidy

/// Paths and golden-file helpers. Golden files are compared as bytes, never with `String ==`
/// (which equates canonically equivalent text such as U+F900 and U+8C48).
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(path)))
    }

    /// Whether golden files are being rewritten (`RECORD_GOLDEN=1 swift test`).
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file at `path` byte for byte; in recording mode rewrites
    /// it and fails, so a recording run can never pass as a green run.
    static func assertGolden(_ actual: [UInt8], _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try Data(actual).write(to: url(path))
            Issue.record("recorded \(path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try bytes(path)
        if expected != actual {
            let firstDiff = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expected.count, actual.count)
            let context = String(decoding: actual[max(0, firstDiff - 60)..<min(actual.count, firstDiff + 60)], as: UTF8.self)
            Issue.record("\(path) differs at byte \(firstDiff): …\(context)…", sourceLocation: sourceLocation)
        }
    }

    /// Every fixture input: `Fixtures/*/input.*`.
    static func inputs() throws -> [String] {
        let dirs = try FileManager.default.contentsOfDirectory(atPath: url("Fixtures").path).sorted()
        var found: [String] = []
        for d in dirs {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url("Fixtures/\(d)").path)) ?? []
            for f in files.sorted() where f.hasPrefix("input") { found.append("Fixtures/\(d)/\(f)") }
        }
        return found
    }
}

/// Shared checks run on every fixture (swift-collections style): the output is the input with
/// the edits applied, a second run changes nothing, and no Han character disappears except
/// inside a `remove` record.
enum Invariants {
    /// `sameKind`: the second run is told the input kind the first one found, as the fuzzer does
    /// (on a few lines of punctuation the kind is a guess; the property is the pipeline's).
    static func check(_ input: [UInt8], options: Options = Options(), sameKind: Bool = false,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let first = try Tidy.run(input, options: options)
        #expect(Tidy.apply(first.edits, to: first.input) == first.output,
                "output is not the input with the edits applied", sourceLocation: sourceLocation)
        var again = options
        if sameKind && first.inputKind == .markdown { again.inputKind = .markdown }
        let second = try Tidy.run(first.output, options: again)
        #expect(second.output == first.output, "not idempotent: \(second.edits.filter { $0.kind != .flag }.prefix(3))",
                sourceLocation: sourceLocation)
        let lost = first.unaccountedHanCharacters
        #expect(lost.isEmpty, "Han characters lost: \(lost.prefix(5))", sourceLocation: sourceLocation)
        #expect(String(validating: first.output, as: UTF8.self) != nil, "output is not valid UTF-8", sourceLocation: sourceLocation)
    }
}
