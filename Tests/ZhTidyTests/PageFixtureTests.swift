import Foundation
import Testing
@testable import ZhTidy

/// The extracted pages of `Fixtures/pages` (8 real extractors × 21 pages from three engines).
@Suite struct PageFixtureTests {
    static let extractors = ["pdftotext_raw.txt", "pymupdf.txt", "pdfminer.txt", "pdftotext_layout.txt",
                             "pymupdf4llm_nfkc.md", "pymupdf4llm.md", "pdftotext.txt", "pdfplumber.txt", "pymupdf_blocks.txt"]
    static let pages: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Fixtures/pages").path)) ?? [])
        .filter { !$0.hasSuffix(".md") }.sorted()

    /// Idempotence, conservation and "output = input + edits" on every extraction.
    @Test(arguments: pages)
    func invariantsHoldOnEveryExtraction(_ page: String) throws {
        for ex in Self.extractors {
            let path = "Fixtures/pages/\(page)/\(ex)"
            guard FileManager.default.fileExists(atPath: Fixtures.url(path).path) else { continue }
            try Invariants.check(try Fixtures.bytes(path))
        }
    }
}
