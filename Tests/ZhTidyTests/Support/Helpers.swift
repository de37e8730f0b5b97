import Testing
@testable import ZhTidy

/// Text that compares by its UTF-8 bytes. Swift's `String ==` equates canonically equivalent
/// text (U+F900 == U+8C48) — exactly the changes zhtidy makes — so no test compares output as a
/// `String`: `tidy(x) == "…"` and `result.text == "…"` compare bytes.
struct UTF8Text: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(stringLiteral s: String) { bytes = Array(s.utf8) }

    var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether `s`'s bytes occur in the text.
    func contains(_ s: String) -> Bool { bytes.firstRange(of: Array(s.utf8)) != nil }

    static func == (l: UTF8Text, r: String) -> Bool { l.bytes.elementsEqual(r.utf8) }
}

extension Tidy.Result {
    /// The output, for byte comparisons.
    var text: UTF8Text { UTF8Text(output) }
}

/// Runs the whole default pipeline on `s` and returns the output without its final line feed.
func tidy(_ s: String, options: Options = Options()) -> UTF8Text {
    var out = Tidy.run(s, options: options).output
    if out.last == 0x0A { out.removeLast() }
    return UTF8Text(out)
}

/// Runs the pipeline on `s` read as Markdown (as the fuzzer's second run reads), after checking
/// the invariants on it with that kind (edits applied, a second run unchanged, no Han lost).
func tidyMarkdown(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Tidy.Result {
    var options = Options()
    options.inputKind = .markdown
    try Invariants.check(Array(s.utf8), options: options, sourceLocation: sourceLocation)
    return try Tidy.run(Array(s.utf8), options: options)
}

func flags(_ s: String) -> [String] {
    Tidy.run(s).edits.filter { $0.kind == .flag }.map(\.rule.rawValue)
}

func rules(_ s: String) -> [String] {
    Tidy.run(s).edits.filter { $0.kind != .flag }.map(\.rule.rawValue)
}
