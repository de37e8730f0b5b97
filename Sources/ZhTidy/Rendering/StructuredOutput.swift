/// The article formats: `json` (one document), `jsonl` (one article per line, for corpora),
/// `text` (plain paragraphs) and Markdown for a single article (`--split`). The schema is in the
/// README ("Structured output"); every document and every JSONL line carries `"schema": 1`.
public enum StructuredOutput {
    public static let schema = 1

    /// One input of the run, as the `sources` array describes it.
    public struct Source: Sendable {
        public var file: String
        public var result: Tidy.Result
        public init(file: String, result: Tidy.Result) {
            self.file = file
            self.result = result
        }
    }

    /// `{"schema":1,"sources":[…],"pages":[…],"articles":[…],"diagnostics":[…]}` and a line feed.
    public static func json(_ sources: [Source], articles: [Article]) -> String {
        var s = "{\"schema\":\(schema),\"sources\":["
        s += sources.map { src in
            object([("file", JSON.string(src.file)), ("encoding", JSON.string(src.result.encoding)),
                    ("inputKind", JSON.string(src.result.inputKind.rawValue))])
        }.joined(separator: ",")
        s += "],\"pages\":["
        s += sources.enumerated().flatMap { k, src in
            // One entry per page: a source's pages, when form feeds part it.
            (src.result.pages.isEmpty ? [src.result.page] : src.result.pages).map { p in
                object([("source", String(k)), ("number", optional(p.page.map(Articles.arabic))), ("section", optional(p.section)),
                        ("date", optional(p.date)), ("paper", optional(p.paper))])
            }
        }.joined(separator: ",")
        s += "],\"articles\":["
        s += articles.map { article($0, schema: false) }.joined(separator: ",")
        s += "],\"diagnostics\":["
        s += sources.enumerated().flatMap { k, src in
            src.result.warnings.map { object([("source", String(k)), ("message", JSON.string($0))]) }
        }.joined(separator: ",")
        return s + "]}\n"
    }

    /// One JSON object per article, one per line.
    public static func jsonl(_ articles: [Article]) -> String {
        articles.map { article($0, schema: true) + "\n" }.joined()
    }

    /// One article as a JSON object (`schema`: with the `"schema"` member, for JSONL).
    public static func article(_ a: Article, schema withSchema: Bool) -> String {
        var fields: [(String, String)] = []
        if withSchema { fields.append(("schema", String(schema))) }
        fields += [
            ("id", JSON.string(a.id)), ("kicker", optional(a.kicker)), ("title", optional(a.title)),
            ("subtitle", optional(a.subtitle)), ("dateline", optional(a.dateline)), ("credit", optional(a.credit)),
            ("byline", optional(a.byline)), ("paragraphs", array(a.paragraphs.map(unindented))),
            ("captions", array(a.captions)), ("figures", String(a.figures)), ("pages", array(a.pages)),
            ("flags", "[" + a.flags.map { f in
                object([("rule", JSON.string(f.rule)), ("note", JSON.string(f.note)), ("source", String(f.source)),
                        ("line", String(f.line)), ("column", String(f.column))])
            }.joined(separator: ",") + "]"),
        ]
        return object(fields)
    }

    /// Plain text: the head lines, the paragraphs and the byline, a blank line between blocks;
    /// `indent` starts each body paragraph with two U+3000, as print does.
    public static func text(_ articles: [Article], indent: Bool = false) -> String {
        articles.map { a in
            var blocks = [a.kicker, a.title, a.subtitle].compactMap { $0 }
            blocks += a.paragraphs.map { indent ? "\u{3000}\u{3000}" + unindented($0) : $0 }
            if let b = a.byline { blocks.append(b) }
            blocks += a.captions
            return blocks.joined(separator: "\n\n") + "\n"
        }.joined(separator: "\n")
    }

    /// One article as Markdown, as the page's Markdown prints it (`# kicker` then `## title`,
    /// or `# title`).
    public static func markdown(_ a: Article) -> String {
        var blocks: [String] = []
        if let k = a.kicker {
            blocks.append("# " + k)
            if let t = a.title { blocks.append("## " + t) }
        } else if let t = a.title {
            blocks.append("# " + t)
        }
        if let s = a.subtitle { blocks.append((a.kicker == nil ? "## " : "### ") + s) }
        blocks += a.paragraphs
        if let b = a.byline { blocks.append(b) }
        blocks += a.captions
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A file name for an article: page, number and title, without characters file systems
    /// refuse or shells trip on (`p1-03-推广粮食种植新技术_绘就一地双收丰收图`).
    public static func fileName(_ a: Article, index: Int) -> String {
        let bad: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|", "“", "”", "‘", "’", "'", "`", "$", "&", ";", "#", "%", "!"]
        var title = ""
        for c in (a.title ?? a.paragraphs.first ?? "untitled") {
            if c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) || bad.contains(c) { continue }
            title.append(c == " " || c == "\u{3000}" ? "_" : c)
            if title.count >= 40 { break }
        }
        while title.hasPrefix(".") || title.hasPrefix("-") { title.removeFirst() }
        let number = String(index + 1)
        let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
        return "p\(a.pages.first ?? "0")-\(padded)" + (title.isEmpty ? "" : "-" + title)
    }

    private static func unindented(_ s: String) -> String {
        var t = Substring(s)
        while t.first == "\u{3000}" { t = t.dropFirst() }
        return String(t)
    }

    private static func optional(_ s: String?) -> String { s.map(JSON.string) ?? "null" }
    private static func array(_ items: [String]) -> String { "[" + items.map(JSON.string).joined(separator: ",") + "]" }
    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { JSON.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
