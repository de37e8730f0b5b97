@testable import ZhTidy

/// Runs the whole default pipeline on `s` and returns the output without its final line feed.
func tidy(_ s: String, options: Options = Options()) -> String {
    var out = Tidy.run(s, options: options).output
    if out.last == 0x0A { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
}

/// The output bytes (for byte-exact comparisons), without the final line feed.
func tidyBytes(_ s: String) -> [UInt8] {
    var out = Tidy.run(s).output
    if out.last == 0x0A { out.removeLast() }
    return out
}

func flags(_ s: String) -> [String] {
    Tidy.run(s).edits.filter { $0.kind == .flag }.map(\.rule.rawValue)
}

func rules(_ s: String) -> [String] {
    Tidy.run(s).edits.filter { $0.kind != .flag }.map(\.rule.rawValue)
}
