/// An article of a cleaned issue (rules.md §5): its head, dateline and credit, body paragraphs,
/// closing byline, captions and the pages it was printed on.
///
///     # 封丘县潘店镇                      kicker
///     ## 推广粮食种植新技术 绘就…          title
///     本报讯 “今年流转了180亩地，…       paragraphs[0], dateline 本报讯
///     （张志超 罗菲 李萌 文/图）          byline (not a paragraph)
public struct Article: Sendable, Equatable {
    /// `p<page>-<n>`: the page it starts on (its position in the run when the page is not
    /// printed) and its number on that page, from 1.
    public var id = ""
    public var kicker: String?
    public var title: String?
    public var subtitle: String?
    /// The dateline token (`本报讯`, `新华社北京6月8日电`); it stays at the start of the first
    /// paragraph, as printed.
    public var dateline: String?
    /// The reporters' credit right after the dateline, with its brackets.
    public var credit: String?
    /// The closing byline (`（红旗宣）`), not a paragraph.
    public var byline: String?
    public var paragraphs: [String] = []
    /// Captions and photo credits.
    public var captions: [String] = []
    /// Figure markers removed from the article (NS-FIGREF).
    public var figures = 0
    /// The pages it was printed on, as their running heads number them (or their position in the
    /// run, from 1, when no head says).
    public var pages: [String] = []
    /// The flags raised inside it.
    public var flags: [Flag] = []

    public struct Flag: Sendable, Equatable {
        public var rule: String
        public var note: String
        /// In the original input of `source` (a file or page of the run, from 0).
        public var source: Int
        public var line: Int
        public var column: Int
    }

    /// Where the article goes on or comes from (`（下转第4版）` / `（上接第1版）`).
    var continuesOn: String?
    var continuesFrom: String?

    public init() {}

    var isEmpty: Bool { title == nil && kicker == nil && paragraphs.isEmpty && byline == nil && captions.isEmpty }
}

/// Segments cleaned pages into articles and stitches the jumps between them (rules.md §5.6).
public enum Articles {
    /// The articles of the pages of one issue, in order; an article continued on a later page
    /// (`（下转第4版）` … `（上接第1版）`) is one article.
    public static func of(_ pages: [Tidy.Result]) -> [Article] {
        var all: [Article] = []
        for (index, result) in pages.enumerated() {
            all += of(result, source: index)
        }
        return stitch(all)
    }

    /// The articles of one cleaned input (`source`: its index in the run), page by page when form
    /// feeds part it into pages: an article ends at a page's end (a jump marker carries it on).
    static func of(_ result: Tidy.Result, source: Int) -> [Article] {
        let numbers: [String] = result.pages.isEmpty
            ? [result.page.page.map(arabic) ?? String(source + 1)]
            : result.pages.enumerated().map { k, info in info.page.map(arabic) ?? String(k + 1) }
        /// The page an output offset is on.
        func pageIndex(_ offset: Int) -> Int {
            min(Offsets.count(result.pageStarts, atMost: offset), numbers.count - 1)
        }
        let events = Self.events(result)
        var articles: [Article] = []
        var current = Article()
        var hasBody = false
        var starts: [Int] = []  // output offset where each article starts
        var bodyStarts: [Int] = []  // and where its first paragraph starts
        var currentStart = 0
        var currentBodyStart: Int?
        var page = 0
        var titleLevel = 0
        func finish() {
            if !current.isEmpty {
                current.pages = [numbers[page]]
                articles.append(current)
                starts.append(currentStart)
                bodyStarts.append(currentBodyStart ?? Int.max)
            }
            current = Article()
            hasBody = false
            currentBodyStart = nil
        }
        result.output.withUnsafeBufferPointer { p in
            let layout = TextLayout(p)
            for block in layout.blocks {
                let on = pageIndex(block.content.lowerBound)
                if on != page {
                    finish()
                    page = on
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: p[block.content]), as: UTF8.self)
                switch block.role {
                case .heading(let level):
                    if hasBody { finish() }
                    if current.isEmpty { currentStart = block.content.lowerBound }
                    let heading = headingText(text)
                    if heading.hasPrefix("——") || heading.hasPrefix("—") && current.title != nil {
                        current.subtitle = heading
                    } else if current.title == nil {
                        current.title = heading
                        titleLevel = level
                    } else if result.extractedMarkdown && current.kicker == nil && current.subtitle == nil && level >= titleLevel {
                        // An extractor's heading levels follow font sizes, and a kicker is set
                        // smaller than its title: a heading no larger than the one before it is the
                        // next article's title (the one before it lost its body elsewhere).
                        finish()
                        currentStart = block.content.lowerBound
                        current.title = heading
                        titleLevel = level
                    } else if current.kicker == nil && current.subtitle == nil {
                        // Two headings: the first was the kicker (引题).
                        current.kicker = current.title
                        current.title = heading
                    } else {
                        current.subtitle = heading
                    }
                case .byline:
                    if current.paragraphs.isEmpty && current.byline == nil && current.credit == nil && isCredit(text) {
                        current.credit = text
                    } else {
                        current.byline = text
                        hasBody = true
                    }
                case .caption, .photoCredit:
                    current.captions.append(text)
                case .continuation:
                    if let c = BlockClassifier.continuation(p, block) {
                        if c.direction == .to { current.continuesOn = c.arabicPage } else { current.continuesFrom = c.arabicPage }
                    }
                case .dateline:
                    if current.byline != nil { finish(); currentStart = block.content.lowerBound }
                    if current.paragraphs.isEmpty, let d = BlockClassifier.dateline(p, block) {
                        current.dateline = Scalars.string(Array(UTF8Scan.scalars(p, block.content, limit: d.tokenLength)))
                        if let c = d.credit { current.credit = "（" + c + "）" }
                        currentBodyStart = block.content.lowerBound
                    }
                    current.paragraphs.append(text)
                    hasBody = true
                case .body:
                    if current.byline != nil { finish(); currentStart = block.content.lowerBound }
                    if current.isEmpty { currentStart = block.content.lowerBound }
                    if current.paragraphs.isEmpty { currentBodyStart = block.content.lowerBound }
                    current.paragraphs.append(text)
                    hasBody = true
                }
            }
        }
        finish()
        guard !articles.isEmpty else { return [] }
        // Figure markers, jump markers, photo credits and flags, by where they stood.
        func article(at offset: Int) -> Int {
            var k = 0
            while k + 1 < starts.count && starts[k + 1] <= offset { k += 1 }
            return k
        }
        for e in events {
            let k = article(at: e.offset)
            switch e.kind {
            case .figure: articles[k].figures += 1
            case .credit(let s): articles[k].captions.append(s)
            case .jump(let c):
                if c.direction == .to {
                    // `（下转第4版）` closes the article before it: at an article's very start (a
                    // marker glued to the next title) it belongs to the one before.
                    let owner = k > 0 && starts[k] >= e.offset ? k - 1 : k
                    articles[owner].continuesOn = c.arabicPage
                } else {
                    // `（上接第1版）` opens the tail: the article starting at or after it — or the
                    // one it stands in when no paragraph of it comes before the marker (a title
                    // reprinted over the tail).
                    let next = starts.firstIndex { $0 >= e.offset } ?? k
                    let target = articles[k].paragraphs.isEmpty || next == k || bodyStarts[k] >= e.offset ? k : next
                    articles[target].continuesFrom = c.arabicPage
                }
            case .flag(let f): articles[k].flags.append(f)
            }
        }
        var count: [String: Int] = [:]
        for k in articles.indices {
            let number = articles[k].pages.first ?? numbers[0]
            count[number, default: 0] += 1
            articles[k].id = "p\(number)-\(count[number]!)"
            for f in articles[k].flags.indices { articles[k].flags[f].source = source }
        }
        return articles
    }

    /// The jump lines (`（下转第4版）`, `（上接第1版）`) that stood inside what is now one paragraph
    /// of the output, each with the output offset where it stood: text on both sides of it on
    /// one line. A jump line ends its column's part of an article (or opens the tail), so a
    /// paragraph that runs on past one was joined to another box's text: the page's boxes were
    /// printed out of order (`…带队攻坚贵` `（下转第4版）` … `伴随着阵阵轰鸣，…`). Only jump lines
    /// that a record took out by themselves count: one inside a larger record (a row of
    /// columns) is placed by its context, which may be the column beside it.
    static func jumpsInsideParagraphs(_ result: Tidy.Result) -> [(Continuation, offset: Int)] {
        guard !result.page.jumps.isEmpty || result.pages.contains(where: { !$0.jumps.isEmpty }) else { return [] }
        let out = result.output
        func isText(_ b: UInt8) -> Bool { b != 0x0A && b != 0x20 && b != 0x0C }
        return result.input.withUnsafeBufferPointer { p in
            result.placed(Continuation.id).compactMap { range, offset in
                var line = UTF8Scan.scalars(p, range)[...]  // (`（下转第4版）⏎⏎`: the line's end with it)
                while let l = line.last, l == 0x0A || l == 0x0C || CharacterClass.isSpace(l) { line.removeLast() }
                while let f = line.first, f == 0x0A || f == 0x0C || CharacterClass.isSpace(f) { line.removeFirst() }
                guard offset > 0, offset < out.count, standsApart(p, range),
                      let c = Continuation.match(NSPageHeader.closeDigitGaps(NSPageHeader.undecorated(Array(line))))
                else { return nil }
                var before = offset - 1
                while before > 0 && out[before] == 0x20 { before -= 1 }
                var after = offset
                while after < out.count - 1 && out[after] == 0x20 { after += 1 }
                return isText(out[before]) && isText(out[after]) ? (c, offset) : nil
            }
        }
    }

    /// Whether the text in `range` of `p` begins or ends a line: a jump line the extractor
    /// printed inside a line, text on both sides (`…（下转第 4 版））` in prose), was not read
    /// into anything by a join.
    private static func standsApart(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        func lineEnd(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0C || b == 0x0D }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (blank(p[lo]) || lineEnd(p[lo])) { lo += 1 }
        while hi > lo && (blank(p[hi - 1]) || lineEnd(p[hi - 1])) { hi -= 1 }
        var before = lo - 1
        while before >= 0 && blank(p[before]) { before -= 1 }
        var after = hi
        while after < p.count && blank(p[after]) { after += 1 }
        return before < 0 || lineEnd(p[before]) || after == p.count || lineEnd(p[after])
    }

    /// The warning for a jump line that stood inside a paragraph (``jumpsInsideParagraphs(_:)``),
    /// at `line` of the output.
    static func jumpInsideWarning(_ c: Continuation, line: Int) -> String {
        let printed = "（" + (c.direction == .to ? "下转" : "上接") + "第" + c.page + "版）"
        return "a paragraph runs on past the jump line \(printed) (output line \(line)): text "
            + (c.direction == .to ? "after" : "before") + " it was read into the paragraph, so the page's boxes "
            + "were printed out of order; if the page has columns, extract with `pdftotext -raw` (or PyMuPDF's "
            + "get_text(\"text\")), which keeps each column whole"
    }

    /// Joins each article continued on a later page with the tail that continues from its page.
    static func stitch(_ articles: [Article]) -> [Article] {
        var out: [Article] = []
        var used = Set<Int>()
        for (k, a) in articles.enumerated() where !used.contains(k) {
            var head = a
            var from = head.pages.last ?? ""
            while let on = head.continuesOn,
                  let t = articles.indices.first(where: { $0 > k && !used.contains($0) && articles[$0].pages.first == on
                                                          && articles[$0].continuesFrom == from }) {
                used.insert(t)
                let tail = articles[t]
                // The jump cuts a sentence: the tail's first paragraph continues the head's last.
                var paragraphs = tail.paragraphs
                if let last = head.paragraphs.last, let first = paragraphs.first, !endsParagraph(last) {
                    head.paragraphs[head.paragraphs.count - 1] = last + first
                    paragraphs.removeFirst()
                }
                head.paragraphs += paragraphs
                head.byline = tail.byline ?? head.byline
                head.captions += tail.captions
                head.figures += tail.figures
                head.flags += tail.flags
                head.pages += tail.pages
                head.continuesOn = tail.continuesOn
                from = tail.pages.last ?? ""
            }
            out.append(head)
        }
        return out
    }

    /// Whether a paragraph ends where a paragraph may end (a sentence's end mark, perhaps inside
    /// a closing quote or bracket).
    static func endsParagraph(_ s: String) -> Bool {
        Completeness.isIncomplete(tail: Array(s.unicodeScalars.suffix(12).map(\.value))) == false
    }

    private static func headingText(_ s: String) -> String {
        var t = Substring(s)
        while t.first == "#" { t = t.dropFirst() }
        while t.first == " " { t = t.dropFirst() }
        return String(t)
    }

    /// Without leading and trailing spaces, line feeds and U+3000.
    private static func trimmed(_ s: String) -> String {
        let u = s.unicodeScalars
        let space: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\u{3000}" || $0 == "\t" }
        guard let a = u.firstIndex(where: { !space($0) }), let b = u.lastIndex(where: { !space($0) }) else { return "" }
        return String(u[a...b])
    }

    private static func isCredit(_ s: String) -> Bool {
        ["记者", "通讯员", "实习生"].contains { s.contains($0) } && !s.contains("摄") && !s.hasSuffix("文/图）")
    }

    /// Page numbers as digits (`四` → `4`), so jumps and running heads compare.
    static func arabic(_ page: String) -> String {
        let value = Continuation.arabic(page)
        let digits = value.drop { $0 == "0" }
        return digits.isEmpty ? value : String(digits)  // `04` → `4`
    }

    private enum EventKind { case figure, credit(String), jump(Continuation), flag(Article.Flag) }
    private struct Event { var offset: Int; var kind: EventKind }

    /// The jump lines a record took out along with other text, each at the byte offset in the
    /// record's replacement where it stood: right after the eight characters that came before it
    /// (`…全流程闭` `（下转第4版）`), or right before the eight after it (`（上接第1版）` `环，实事求…`),
    /// found again in the replacement, which only joined lines and changed widths around them.
    private static func jumps(in e: Edit) -> [(Int, Continuation)] {
        let before = Array(e.before.unicodeScalars.map(\.value))
        let kept = Replacement(e.after)
        let find = kept.find, starts = kept.starts, ends = kept.ends
        var out: [(Int, Continuation)] = []
        var i = 0
        while i < before.count {
            defer { i += 1 }
            guard before[i] == 0xFF08 || before[i] == 0x28,
                  let close = before[i...].prefix(16).firstIndex(where: { $0 == 0xFF09 || $0 == 0x29 }),
                  let c = Continuation.match(NSPageHeader.closeDigitGaps(NSPageHeader.undecorated(Array(before[i...close]))))
            else { continue }
            if c.direction == .to {
                // (The column's text above it where the output holds it once; else the text
                // before it.)
                let (row, above) = textAbove(before, i, close)
                let context = Array(before[..<i].filter(significant).suffix(8)).map(CharacterClass.widthFolded)
                if let k = above.map({ $0.map(CharacterClass.widthFolded) }).flatMap(find) ?? (row && above == nil ? nil : find(context)) {
                    out.append((ends[k + 7], c))
                }
            } else {
                let context = Array(before[(close + 1)...].lazy.filter(significant).prefix(8)).map(CharacterClass.widthFolded)
                if let k = find(context) { out.append((starts[k], c)) }
            }
            i = close
        }
        return out
    }

    /// Text, not spaces, line breaks or form feeds: what a record's text is matched on.
    private static func significant(_ c: UInt32) -> Bool { !CharacterClass.isSpace(c) && c != 0x0A && c != 0x0C }

    /// A record's replacement as the characters other than spaces and line breaks, width-folded,
    /// each with its byte range: where text of the original now stands.
    private struct Replacement {
        var kept: [UInt32] = []
        var starts: [Int] = []
        var ends: [Int] = []
        init(_ after: String) {
            var offset = 0
            for u in after.unicodeScalars {
                let n = UTF8.width(u)
                if !CharacterClass.isSpace(u.value) && u.value != 0x0A {
                    kept.append(CharacterClass.widthFolded(u.value))
                    starts.append(offset)
                    ends.append(offset + n)
                }
                offset += n
            }
        }
        /// Where the 8 characters of `context` stand, when they stand there once.
        func find(_ context: [UInt32]) -> Int? {
            guard context.count == 8, kept.count >= 8 else { return nil }
            var found: Int?
            for i in 0...(kept.count - 8) where kept[i] == context[0] && Array(kept[i..<(i + 8)]) == context {
                if found != nil { return nil }  // twice: no telling where
                found = i
            }
            return found
        }
    }

    /// The figure markers a record took out, each at the offset in its replacement where the text
    /// before it now stands (the record's start where that text stands nowhere once): a record
    /// may hold several, where boxes read in another order made one record of their edits.
    private static func figures(in e: Edit) -> [Int] {
        let bytes = Array(e.before.utf8), replaced = Array(e.after.utf8)
        // (Markers the record left, a photo credit `（资料图片）` or a heading's, are no figures it
        // took out: of each marker's text, as many as the replacement holds are not counted.)
        var left: [ArraySlice<UInt8>: Int] = [:]
        for m in replaced.withUnsafeBufferPointer({ NSFigRef.markers($0, 0..<replaced.count) }) { left[replaced[m], default: 0] += 1 }
        // (Nor is a marker with space or a line's end on both sides: a photo credit on a line or
        // cell of its own, `（资料图片）   本报讯…`, which NS-CAPTION took out as a caption.)
        func apart(_ k: Int) -> Bool { k < 0 || k >= bytes.count || bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0C }
        let markers = bytes.withUnsafeBufferPointer { NSFigRef.markers($0, 0..<bytes.count) }.filter { m in
            if apart(m.lowerBound - 1) && apart(m.upperBound) { return false }
            guard let n = left[bytes[m]], n > 0 else { return true }
            left[bytes[m]] = n - 1
            return false
        }
        guard !markers.isEmpty else { return [] }
        let kept = Replacement(e.after)
        return markers.map { m in
            let text = String(decoding: bytes[..<m.lowerBound], as: UTF8.self).unicodeScalars.lazy.map(\.value).filter(significant)
            let context = Array(text.suffix(8)).map(CharacterClass.widthFolded)
            return kept.find(context).map { kept.ends[$0 + 7] } ?? 0
        }
    }

    /// A jump line set in a row of columns (`pdftotext -layout`: `赋能与…推动   污染防治…` `学
    /// 副区长…   限期整改…各镇` `（下转第3版）   魏海晓…`) follows the text above it in its own
    /// column, not the text before it in the file (the row above's last column). `row`: the line
    /// above holds two runs of text or more (words one space apart), columns, or one that starts
    /// right of the jump line's end (another column's); `text`: the last 8
    /// characters of the column's runs up the lines above, from the nearest run that starts left
    /// of the jump line's end, or nil when they hold fewer. (Columns one space apart make one
    /// run: its last characters then stand nowhere in the output, and the text before the jump
    /// line is taken instead.)
    private static func textAbove(_ s: [UInt32], _ i: Int, _ close: Int) -> (row: Bool, text: [UInt32]?) {
        let lineStart = s[..<i].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        guard lineStart > 0 else { return (false, nil) }
        /// The lines above, nearest first, past blank ones (at most 6).
        var lines: [[UInt32]] = []
        var end = lineStart - 1
        while lines.count < 6 && end > 0 {
            let start = s[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = Array(s[start..<end])
            if line.contains(where: { !CharacterClass.isSpace($0) }) { lines.append(line) } else if !lines.isEmpty { break }
            if start == 0 { break }
            end = start - 1
        }
        func runs(_ line: [UInt32]) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var k = 0
            while k < line.count {
                guard !CharacterClass.isSpace(line[k]) else { k += 1; continue }
                var e = k
                while e < line.count && !(CharacterClass.isSpace(line[e]) && (e + 1 == line.count || CharacterClass.isSpace(line[e + 1]))) { e += 1 }
                out.append(k..<e)
                k = e
            }
            return out
        }
        let rows = lines.map(runs)
        // (A line above of one run that starts right of the jump line's end is another
        // column's too: `重要抓手，…配置行` beside an empty cell over `（下转第2版）`.)
        guard let first = rows.first, first.count >= 2 || first.allSatisfy({ $0.lowerBound > close - lineStart })
        else { return (false, nil) }
        // (The nearest line with a run starting left of the jump line's end: the lines right
        // above may hold only the columns to its right, `平台建设情况。` over `（下转第2版）`.)
        guard let (n, near) = rows.indices.lazy.compactMap({ n in rows[n].last { $0.lowerBound <= close - lineStart }.map { (n, $0) } }).first
        else { return (true, nil) }
        var text = lines[n][near].filter { !CharacterClass.isSpace($0) }
        for m in rows.indices.dropFirst(n + 1) where text.count < 8 {
            guard let r = rows[m].first(where: { $0.lowerBound <= near.lowerBound + 1 && $0.upperBound > near.lowerBound }) else { break }
            text = lines[m][r].filter { !CharacterClass.isSpace($0) } + text
        }
        return (true, text.count >= 8 ? Array(text.suffix(8)) : nil)
    }

    /// The records that belong to articles, each at its offset in the output.
    private static func events(_ result: Tidy.Result) -> [Event] {
        var out: [Event] = []
        var delta = 0
        for e in result.edits {
            let at = e.range.lowerBound + delta
            switch e.kind {
            case .flag:
                out.append(Event(offset: at, kind: .flag(Article.Flag(rule: e.rule.rawValue, note: e.note ?? "", source: 0,
                                                                       line: e.start.line, column: e.start.column))))
            case .remove, .fix:
                // (Not in text another rule took out: a stray copy's markers are its kept copy's.)
                if e.rule == NSFigRef.id || (e.rule != NSDupPara.id && e.via.contains(NSFigRef.id)) {
                    let found = figures(in: e)
                    if found.isEmpty && e.rule == NSFigRef.id { out.append(Event(offset: at, kind: .figure)) }
                    for offset in found { out.append(Event(offset: at + offset, kind: .figure)) }
                }
                // (A record named for a figure marker may hold a jump line too, where boxes read
                // in another order around both made them one record.)
                if e.rule == Continuation.id,
                   let c = Continuation.match(NSPageHeader.closeDigitGaps(NSPageHeader.undecorated(Array(trimmed(e.before).unicodeScalars.map(\.value))))) {
                    out.append(Event(offset: at, kind: .jump(c)))
                } else if e.via.contains(Continuation.id) || e.rule == Continuation.id {
                    // A jump line inside a larger record (boxes read in another order around it):
                    // it stood where the text next to it in the original now stands.
                    for (offset, c) in jumps(in: e) { out.append(Event(offset: at + offset, kind: .jump(c))) }
                } else if e.rule == Caption.id && e.kind == .remove {
                    out.append(Event(offset: at, kind: .credit(trimmed(e.before))))
                }
                delta += e.after.utf8.count - e.before.utf8.count
            }
        }
        return out
    }
}
