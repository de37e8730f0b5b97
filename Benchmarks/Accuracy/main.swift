// Accuracy benchmark over the page fixtures (Fixtures/pages, copied from shared/data/pages):
// for each extractor, the share of printed paragraphs (figure markers removed) that zhtidy
// reproduces exactly, and the share of output paragraphs that are junk (not a printed
// paragraph, byline or photo credit: furniture and fragments).
//
//   swift run -c release zhtidy-accuracy [Fixtures/pages] [--verbose EXTRACTOR]
import Foundation
import ZhTidy

let args = CommandLine.arguments.dropFirst()
let root = args.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "Fixtures/pages"
let verbose: String? = args.firstIndex(of: "--verbose").flatMap { i in args.index(after: i) < args.endIndex ? args[args.index(after: i)] : nil }

let extractors = ["pdftotext_raw.txt", "pymupdf.txt", "pdfminer.txt", "pdftotext_layout.txt",
                  "pymupdf4llm_nfkc.md", "pymupdf4llm.md", "pdftotext.txt", "pdfplumber.txt", "pymupdf_blocks.txt"]

/// Paragraphs are compared by their UTF-8 bytes: `String ==` equates canonically equivalent text
/// (U+F900 and U+8C48), exactly what zhtidy must repair.
typealias Text = [UInt8]

struct Truth {
    var paragraphs: [Text] = []
    var other: Set<Text> = []   // bylines, credits: fine as their own blocks
    var headings: Set<Text> = []
}

func loadTruth(_ dir: String) -> Truth? {
    guard let data = FileManager.default.contents(atPath: dir + "/truth.json"),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let blocks = json["blocks"] as? [[String: Any]] else { return nil }
    var t = Truth()
    for b in blocks {
        for p in b["printed_paragraphs"] as? [String] ?? [] {
            t.paragraphs.append(Text(p.replacingOccurrences(of: "（如图）", with: "").utf8))
        }
        if let by = b["printed_byline"] as? String { t.other.insert(Text(by.utf8)) }
        if let f = b["figure_marker"] as? [String: Any], let c = f["credit"] as? String { t.other.insert(Text(c.utf8)) }
        for k in ["printed_kicker", "printed_title", "printed_subtitle"] {
            if let h = b[k] as? String { t.headings.insert(Text(h.utf8)) }
        }
    }
    return t
}

struct Score {
    var truth = 0, exact = 0, output = 0, junk = 0, headings = 0, headingsExact = 0
    mutating func add(_ o: Score) {
        truth += o.truth; exact += o.exact; output += o.output; junk += o.junk
        headings += o.headings; headingsExact += o.headingsExact
    }
}

func commonPrefix(_ a: String, _ b: String) -> Int {
    var n = 0
    for (x, y) in zip(a, b) { if x != y { break }; n += 1 }
    return n
}

func score(_ output: String, _ truth: Truth, show: Bool) -> Score {
    var s = Score()
    var remaining: [Text: Int] = [:]
    for p in truth.paragraphs { remaining[p, default: 0] += 1 }
    s.truth = truth.paragraphs.count
    let blocks = output.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    for b in blocks {
        if b.hasPrefix("#") {
            s.headings += 1
            let text = b.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            if truth.headings.contains(Text(text.utf8)) { s.headingsExact += 1 }
            continue
        }
        s.output += 1
        let bytes = Text(b.utf8)
        if let n = remaining[bytes], n > 0 {
            remaining[bytes] = n - 1
            s.exact += 1
        } else if !truth.other.contains(bytes) {
            s.junk += 1
            if show { print("    junk: \(b.prefix(60))\(b.count > 60 ? "…" : "")") }
        }
    }
    if show {
        let missed = remaining.filter { $0.value > 0 }.map { String(decoding: $0.key, as: UTF8.self) }
        for p in missed {
            // The output block sharing the longest prefix with it, and where they part.
            let best = blocks.max { commonPrefix($0, p) < commonPrefix($1, p) } ?? ""
            let n = commonPrefix(best, p)
            let a = Array(p), b = Array(best)
            let ctxA = String(a[max(0, n - 10)..<min(a.count, n + 15)])
            let ctxB = String(b[max(0, n - 10)..<min(b.count, n + 15)])
            print("    missed at \(n)/\(a.count): want …\(ctxA)… got …\(ctxB)…")
        }
    }
    return s
}

let pages = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()
guard !pages.isEmpty else {
    FileHandle.standardError.write(Data("zhtidy-accuracy: no pages under \(root)\n".utf8))
    exit(74)
}
print("extractor              engine  paragraphs  exact    junk     headings")
for ex in extractors {
    var total = Score()
    var perEngine: [String: Score] = [:]
    for page in pages {
        let dir = root + "/" + page
        guard let truth = loadTruth(dir), let input = FileManager.default.contents(atPath: dir + "/" + ex) else { continue }
        let result = (try? Tidy.run([UInt8](input))) ?? Tidy.run("")
        let show = verbose == ex
        if show { print("  \(page)") }
        let s = score(result.outputString, truth, show: show)
        total.add(s)
        perEngine[String(page.prefix(2)), default: Score()].add(s)
    }
    func line(_ name: String, _ engine: String, _ s: Score) -> String {
        let exact = s.truth > 0 ? 100 * Double(s.exact) / Double(s.truth) : 0
        let junk = s.output > 0 ? 100 * Double(s.junk) / Double(s.output) : 0
        return name.padding(toLength: 23, withPad: " ", startingAt: 0) + engine.padding(toLength: 8, withPad: " ", startingAt: 0)
            + String(format: "%4d/%-4d   %5.1f%%   %5.1f%%   %d/%d", s.exact, s.truth, exact, junk, s.headingsExact, s.headings)
    }
    for e in ["xl", "rl", "cr"] { if let s = perEngine[e] { print(line(ex, e, s)) } }
    print(line(ex, "all", total))
}

// Editions: all the pages of one edition in order (files of one run, so running heads repeat and
// jumps are stitched), scored per clean article: exact when its kicker, title and every paragraph
// are reproduced byte for byte (articles matched by title; an untitled tail cannot match).
let editionsRoot = root.hasSuffix("pages") ? String(root.dropLast(5)) + "editions" : "Fixtures/editions"
let engines = [("xelatex", "xl"), ("reportlab", "rl"), ("chromium", "cr")]
print("")
print("extractor              engine  articles    exact    (editions: whole articles, jumps stitched)")
for ex in ["pdftotext_raw.txt", "pymupdf.txt", "pdfminer.txt", "pymupdf4llm_nfkc.md", "pymupdf4llm.md", "pdftotext_layout.txt"] {
    var total = (articles: 0, exact: 0)
    for (engine, short) in engines {
        guard let data = FileManager.default.contents(atPath: "\(editionsRoot)/editions_\(engine).jsonl") else { continue }
        var sum = (articles: 0, exact: 0)
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let pageIDs = json["pages"] as? [String], let gold = json["articles"] as? [[String: Any]] else { continue }
            let inputs = pageIDs.compactMap { FileManager.default.contents(atPath: "\(root)/\($0)/\(ex)").map { [UInt8]($0) } }
            guard inputs.count == pageIDs.count, let results = try? Tidy.run(pages: inputs) else { continue }
            let articles = Articles.of(results)
            for g in gold {
                sum.articles += 1
                let title = g["title"] as? String, kicker = g["kicker"] as? String
                let paragraphs = (g["paragraphs"] as? [String] ?? []).map { Text($0.utf8) }
                let match = articles.first { a in
                    a.title.map { Text($0.utf8) } == title.map { Text($0.utf8) } && a.kicker.map { Text($0.utf8) } == kicker.map { Text($0.utf8) }
                        && a.paragraphs.map { Text($0.utf8) } == paragraphs
                }
                if match != nil { sum.exact += 1 } else if verbose == ex {
                    // Why: no article with that title, or the first field that differs.
                    var why = "no article titled so"
                    if let a = articles.first(where: { $0.title.map { Text($0.utf8) } == title.map { Text($0.utf8) } }) {
                        if a.kicker.map({ Text($0.utf8) }) != kicker.map({ Text($0.utf8) }) { why = "kicker \(a.kicker ?? "nil")" }
                        else if a.paragraphs.count != paragraphs.count { why = "\(a.paragraphs.count) paragraphs, want \(paragraphs.count)" }
                        else if let k = a.paragraphs.indices.first(where: { Text(a.paragraphs[$0].utf8) != paragraphs[$0] }) {
                            let want = String(decoding: paragraphs[k], as: UTF8.self)
                            let n = commonPrefix(a.paragraphs[k], want)
                            why = "paragraph \(k) at \(n): want …\(want.dropFirst(max(0, n - 8)).prefix(20))… got …\(a.paragraphs[k].dropFirst(max(0, n - 8)).prefix(20))…"
                        }
                    }
                    print("  \(short)-e\(json["edition"] ?? "?") \(title ?? "?"): \(why)")
                }
            }
        }
        total.articles += sum.articles; total.exact += sum.exact
        print(ex.padding(toLength: 23, withPad: " ", startingAt: 0) + short.padding(toLength: 8, withPad: " ", startingAt: 0)
              + String(format: "%4d/%-4d   %5.1f%%", sum.exact, sum.articles, sum.articles > 0 ? 100 * Double(sum.exact) / Double(sum.articles) : 0))
    }
    print(ex.padding(toLength: 23, withPad: " ", startingAt: 0) + "all     "
          + String(format: "%4d/%-4d   %5.1f%%", total.exact, total.articles, total.articles > 0 ? 100 * Double(total.exact) / Double(total.articles) : 0))
}
