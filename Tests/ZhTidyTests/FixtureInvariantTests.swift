import Testing
@testable import ZhTidy

/// Idempotence, conservation and "output = input + edits" on every `Fixtures/*/input*` file, in
/// each style and locale.
@Suite struct FixtureInvariantTests {
    static let inputs = (try? Fixtures.inputs()) ?? []

    @Test(arguments: inputs)
    func invariantsHold(_ path: String) throws {
        let bytes = try Fixtures.bytes(path)
        for style in Options.Style.allCases {
            for locale in Options.Locale.allCases {
                var o = Options()
                o.style = style
                o.locale = locale
                try Invariants.check(bytes, options: o)
            }
        }
    }
}
