import Foundation
import Testing
@testable import ZhTidy

/// The extracted pages of `Fixtures/pages` (8 real extractors × 21 pages from three engines).
@Suite struct PageFixtureTests {
    static let extractors = ["pdftotext_raw.txt", "pymupdf.txt", "pdfminer.txt", "pdftotext_layout.txt",
                             "pymupdf4llm_nfkc.md", "pymupdf4llm.md", "pdftotext.txt", "pdfplumber.txt", "pymupdf_blocks.txt"]
    static let pages: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Fixtures/pages").path)) ?? [])
        .filter { !$0.hasSuffix(".md") }.sorted()
    /// The pages made with other seeds (`Fixtures/more/s*/pages`), as paths from the repository.
    static let morePages: [String] = {
        let root = "Fixtures/more"
        let sets = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(root).path)) ?? []).sorted()
        return sets.flatMap { set in
            ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("\(root)/\(set)/pages").path)) ?? [])
                .sorted().map { "\(root)/\(set)/pages/\($0)" }
        }
    }()

    /// Idempotence, conservation and "output = input + edits" on every extraction.
    @Test(arguments: pages.map { "Fixtures/pages/\($0)" } + morePages)
    func invariantsHoldOnEveryExtraction(_ dir: String) throws {
        for ex in Self.extractors {
            let path = "\(dir)/\(ex)"
            guard FileManager.default.fileExists(atPath: Fixtures.url(path).path) else { continue }
            try Invariants.check(try Fixtures.bytes(path))
        }
    }

    /// The interleaving extractors get the warning on every page where columns are glued (19 of
    /// 21 for pdfplumber, 20 for pymupdf4llm; the others hold one column of a jumped tail or
    /// narrow columns read in order, or, for pymupdf4llm's cr-e02-p4, a table of the page's
    /// columns that is read column by column whole); the extractors that read columns in order,
    /// and zhtidy's own output, never do (those in order get no warning at all).
    @Test func interleavedPagesAreWarnedAbout() throws {
        func warned(_ path: String) throws -> Bool {
            try Tidy.run(try Fixtures.bytes(path)).warnings.contains { $0.contains("interleaved") }
        }
        var count: [String: Int] = [:]
        for page in Self.pages {
            for ex in ["pdfplumber.txt", "pymupdf4llm_nfkc.md", "pdftotext.txt"] where try warned("Fixtures/pages/\(page)/\(ex)") {
                count[ex, default: 0] += 1
            }
            // (Nor any other warning: NS-TRUNCATED's, for a paragraph cut off, stays silent where
            // a jump line says the article goes on.)
            for ex in ["pdftotext_raw.txt", "pymupdf.txt", "pdfminer.txt"] {
                #expect(try Tidy.run(try Fixtures.bytes("Fixtures/pages/\(page)/\(ex)")).warnings.isEmpty, "\(page)/\(ex)")
            }
        }
        #expect(count["pdfplumber.txt"] == 19)
        #expect(count["pymupdf4llm_nfkc.md"] == 20)
        #expect(count["pdftotext.txt"] == 16)
        // A page with a few glued lines, too few to read its columns by, is warned about too.
        let few = try Tidy.run(try Fixtures.bytes("Fixtures/pages/xl-e02-p4/pdftotext.txt")).warnings
        #expect(few.contains { $0.hasPrefix("2 lines look like lines of neighbouring columns glued") })
        for (page, ex) in Self.goldenCases {
            let name = "\(page)--\(ex)".replacingOccurrences(of: ".txt", with: "").replacingOccurrences(of: ".md", with: "")
            #expect(try !warned("Fixtures/golden/\(name).md"))
        }
        #expect(try !warned("seeds/000_feb1d816decd85e9.txt"))
    }

    /// One page per engine and per input kind, cleaned, compared byte for byte with a reviewed
    /// golden file (`RECORD_GOLDEN=1 swift test` rewrites them).
    static let goldenCases = [
        ("xl-e01-p1", "pdftotext_raw.txt"),   // wrapped, XeLaTeX (justification pieces, spaced digits)
        ("rl-e01-p1", "pymupdf.txt"),         // wrapped, ReportLab (narrow columns, head lines first)
        ("cr-e02-p1", "pdfminer.txt"),        // wrapped, Chromium (radicals, blank lines at column gaps)
        ("cr-e01-p4", "pdftotext_raw.txt"),   // wrapped, a jump tail with its title reprinted
        ("rl-e02-p4", "pymupdf4llm_nfkc.md"), // Markdown-like, NFKC applied (like the seed)
        ("xl-e02-p4", "pdftotext_layout.txt"),// -layout, columns side by side
    ]

    @Test(arguments: goldenCases.map { "\($0.0)/\($0.1)" })
    func golden(_ path: String) throws {
        let result = try Tidy.run(try Fixtures.bytes("Fixtures/pages/\(path)"))
        let name = path.replacingOccurrences(of: "/", with: "--").replacingOccurrences(of: ".txt", with: "").replacingOccurrences(of: ".md", with: "")
        try Fixtures.assertGolden(result.output, "Fixtures/golden/\(name).md")
    }

    /// From each page's truth: no running head or foot, photo credit or jump line is left in the
    /// article text of the content-order extractors.
    @Test(arguments: pages)
    func furnitureIsGone(_ page: String) throws {
        let data = try Fixtures.bytes("Fixtures/pages/\(page)/truth.json")
        let truth = try JSONSerialization.jsonObject(with: Data(data)) as! [String: Any]
        var gone: [String] = (truth["running_header_lines"] as? [String] ?? []) + (truth["running_footer_lines"] as? [String] ?? [])
        var printed = ""
        for b in truth["blocks"] as? [[String: Any]] ?? [] {
            printed += (b["printed_paragraphs"] as? [String] ?? []).joined()
            if let c = b["continuation_line"] as? String { gone.append(c) }
            if let f = b["figure_marker"] as? [String: Any], let c = f["credit"] as? String { gone.append(c) }
        }
        for ex in ["pdftotext_raw.txt", "pymupdf.txt"] {
            let out = try Tidy.run(try Fixtures.bytes("Fixtures/pages/\(page)/\(ex)")).outputString
            let blocks = Set(out.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            for g in gone {
                let squeezed = g.filter { !$0.isWhitespace }
                #expect(!blocks.contains { $0.filter { !$0.isWhitespace } == squeezed }, "\(page)/\(ex): \(g) left as a paragraph")
                // (A head string may also be article text: 新乡日报 in 新乡日报全媒体记者.)
                if g.count > 3 && !printed.contains(g) { #expect(!out.contains(g), "\(page)/\(ex): \(g) left in the text") }
            }
            #expect(!out.contains("（如图）"), "\(page)/\(ex): a figure marker is left")
        }
    }
}
