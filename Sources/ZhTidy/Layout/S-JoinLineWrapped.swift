/// The layout stage: page furniture out of the text (kept as page metadata), jump lines and photo
/// credits out of the flow, and — for hard-wrapped input — printed lines back into paragraphs and
/// titles back into headings.
///
/// S-JOIN-LINE (rules.md §4.9) for wrapped input: a line that ends mid-sentence always continues.
/// A line that ends a sentence ends its paragraph when it is clearly shorter than its column, or
/// when the next line is two characters shorter than a full line (the first-line indent). Column
/// widths are estimated per article from the line lengths, since CJK glyphs are fixed width and full
/// lines cluster tightly. Pieces that an extractor split off one printed line at justification gaps
/// (`的重要论述、⏎重要指示精神，⏎传达学习中央党`) add up to a full line and are joined.
///
/// NS-TITLE: the short lines between the end of one article (a byline, a jump line, the top of the
/// page) and the next dateline are its title, joined into one heading; a first line that names a
/// place or unit and is clearly shorter than the rest is the kicker (`# 封丘县` + `## 七旬企业家…`).
struct LayoutStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            // The column stage found the kind; `-layout` text is wrapped text once read in order.
            let kind: InputKind = context.inputKind == .layout ? .wrapped : context.inputKind
            var lines = RawLine.split(p, markdown: kind == .markdown)
            // Furniture is read page by page (form feeds part the pages of one input): a page's
            // edges, and what its running heads say.
            let starts = context.pageStarts
            let pagesBefore = context.pages.count
            if starts.isEmpty {
                var info = PageInfo()
                Furniture.mark(&lines, &info, wrapped: kind != .markdown, repeated: context.options.repeatedEdgeLines)
                context.pages.append(info)
                context.pageOffsets.append(0)
            } else {
                var first = 0
                for page in 0...starts.count {
                    var end = first
                    while end < lines.count && (page == starts.count || lines[end].range.lowerBound < starts[page]) { end += 1 }
                    defer { first = end }
                    guard lines[first..<end].contains(where: { !$0.content.isEmpty }) else { continue }
                    var slice = Array(lines[first..<end])
                    var info = PageInfo()
                    Furniture.mark(&slice, &info, wrapped: kind != .markdown, repeated: context.options.repeatedEdgeLines)
                    lines.replaceSubrange(first..<end, with: slice)
                    context.pages.append(info)
                    context.pageOffsets.append(first < lines.count ? lines[first].range.lowerBound : p.count)
                }
            }
            // A running head's pieces on two pages (form feeds between them): a second run reads
            // the form feeds as blank lines, and the pieces as one page's. What they say goes to
            // the first piece's page.
            if !starts.isEmpty {
                let offsets = Array(context.pageOffsets[pagesBefore...])
                let lineStarts = lines.map(\.range.lowerBound)
                func page(_ k: Int) -> Int { Offsets.count(starts, atMost: lineStarts[k]) }
                for (k, i) in Furniture.markHeadPieces(&lines, { page($0) != page($1) }) {
                    context.pages[pagesBefore + max(0, Offsets.count(offsets, atMost: lineStarts[k]) - 1)].merge(i)
                }
            }
            var plan = LinePlan(lines: lines)
            plan.cutAtGaps = context.inputKind == .wrapped && !context.interleavedLines
            if kind != .markdown { Unwrapper.plan(&plan) }
            // (A removed jump line leaves nothing in the text for S-JOIN to stop at: a second run
            // reads the text without it, so the join is judged on the text alone, the same both
            // times. The jump is in the page metadata.)
            return plan.edits(p)
        }
    }
}

/// One line of the input and what the layout stage decided about it.
struct RawLine {
    enum Fate: Equatable {
        case keep
        case blank
        /// Out of the text, with the rule that took it and why.
        case remove(RuleID, String)
    }

    var range: Range<Int>
    var content: Range<Int>
    /// The line's scalars — for a long Markdown paragraph only its first 24 (`tail` has the last
    /// 24): nothing the layout stage looks for sits in the middle of a paragraph.
    var s: [UInt32]
    var tail: [UInt32] = []
    var width: Double
    var fate: Fate

    /// How much narrower the line may have been in print than ``width`` counts it: curly quotes
    /// are proportional in some fonts (half an em; Chromium's `此外，该公司还兼顾“人文温度”` and
    /// `，通过师` fill an 18-em line). Only for a line after a full one: after a short line the
    /// allowance would join a new paragraph's opening pieces to the old one's end.
    var slack: Double {
        var q = 0.0
        for c in s where c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 { q += 0.5 }
        return q
    }
    /// A jump marker to take off the start or end of the line (scalar count).
    var jumpPrefix = 0
    var jumpSuffix = 0

    var isText: Bool { fate == .keep }
    /// The rule that took the line out of the text, if any.
    var removedBy: RuleID? { if case .remove(let rule, _) = fate { return rule } else { return nil } }
    /// Taken out as a running head, foot or editor line.
    var isFurniture: Bool { removedBy == NSPageHeader.id || removedBy == NSEditor.id }

    /// Where a `（下转第N版）` marker inside a line ends, when text follows it. (Not one inside a
    /// Markdown code span, after an odd number of backticks: `` `（下转第 4 版）` `` is text that
    /// names a jump line.)
    static func jumpCut(_ s: [UInt32]) -> Int? {
        var k = 0, ticks = 0
        while k < s.count {
            if s[k] == 0x60 { ticks += 1 }
            guard s[k] == 0xFF08 || s[k] == 0x28, ticks % 2 == 0 else { k += 1; continue }
            guard let close = Furniture.nearBracket(s, (k + 1)..<s.count, isClose) else { k += 1; continue }
            if close + 1 < s.count, let c = Continuation.match(NSPageHeader.closeDigitGaps(Array(s[k...close]))), c.direction == .to {
                return close + 1
            }
            k += 1  // a marker may open inside this bracket: `((（下转第4版）`
        }
        return nil
    }

    /// ``jumpCut(_:)`` on the bytes of a long line (a byte offset), decoding only around its
    /// brackets: a line that typography shortens must be cut the same way.
    static func jumpCut(_ p: UnsafeBufferPointer<UInt8>, _ c: Range<Int>) -> Int? {
        var i = c.lowerBound
        var ticks = 0, counted = c.lowerBound  // backticks before `counted`
        while i < c.upperBound {
            i = UTF8Scan.findOpenBracket(p, from: i, to: c.upperBound)
            guard i < c.upperBound else { break }
            for j in counted..<i where p[j] == 0x60 { ticks += 1 }
            counted = i
            guard ticks % 2 == 0 else { i += 1; continue }
            let b = p[i]
            // (Most brackets open something else: the jump line's words come first inside.)
            var j = i + (b == 0x28 ? 1 : 3), first: UInt32 = 0
            while j < c.upperBound {
                let (s, n) = UTF8Scan.decode(p, at: j)
                if !CharacterClass.isSpace(s) { first = s; break }
                j += n
            }
            guard Continuation.mayOpen(first) else { i += 1; continue }
            let limit = 64
            let window = UTF8Scan.scalars(p, i..<c.upperBound, limit: limit)
            if let close = Furniture.nearBracket(window, 1..<window.count, isClose),
               close + 1 < window.count || window.count == limit,
               let j = Continuation.match(NSPageHeader.closeDigitGaps(Array(window[...close]))), j.direction == .to {
                return i + UTF8Scan.byteCount(window.prefix(close + 1))
            }
            i += 1
        }
        return nil
    }

    private static func isClose(_ c: UInt32) -> Bool { c == 0xFF09 || c == 0x29 }

    /// Where a dateline starts inside a line that a title's last piece opens
    /// (`议本报讯近日，…`, `收本报讯 近日，`): an extractor put the two on one line because they
    /// share a baseline. Only after a line without punctuation (the title's first line), and only
    /// when what comes before the dateline has none either.
    static func datelineCut(_ s: [UInt32], after previous: [UInt32]?) -> Int? {
        guard s.count > 4, let previous, !previous.isEmpty, !previous.contains(where: isPunctuation) else { return nil }
        for k in 1..<min(s.count, 20) {
            if isPunctuation(s[k - 1]) { return nil }
            let rest = Array(s[k...])
            if Dateline.mayStart(rest), Dateline.match(rest) != nil { return k }
        }
        return nil
    }

    /// Where a photo credit set after the line's text and a space starts (`…合法。 （资料图片）`),
    /// and where the text before the space ends; nil when the line has none.
    static func creditCut(_ s: [UInt32]) -> (textEnd: Int, cut: Int)? {
        guard s.last == 0xFF09 || s.last == 0x29, let open = s.lastIndex(where: { $0 == 0xFF08 || $0 == 0x28 }), open >= 2,
              CharacterClass.isSpace(s[open - 1]), PhotoCredit.matches(Array(s[open...])) else { return nil }
        var end = open
        while end > 0 && CharacterClass.isSpace(s[end - 1]) { end -= 1 }
        return end > 0 ? (end, open) : nil
    }

    private static func isPunctuation(_ c: UInt32) -> Bool {
        let f = CharacterClass.widthFolded(c)
        return CharacterClass.isPause(f) || [0xFF08, 0xFF09, 0x3010, 0x3011].contains(f)
    }

    static func split(_ p: UnsafeBufferPointer<UInt8>, markdown: Bool = false) -> [RawLine] {
        var out: [RawLine] = []
        var i = 0
        while i <= p.count {
            let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
            let c = TextLayout.trim(p, i..<e)
            /// A long Markdown paragraph: only its first and last 24 scalars are decoded.
            func long(_ range: Range<Int>, _ c: Range<Int>) -> RawLine {
                RawLine(range: range, content: c, s: UTF8Scan.scalars(p, c, limit: 24),
                        tail: Completeness.tail(p, c, count: 24, spaces: true), width: Double(c.count) / 3, fate: .keep)
            }
            // A line is cut after each jump marker in it (`…推动学（下转第4版）红旗区…`); the
            // first piece alone may also be cut at a photo credit or a dateline.
            var start = i, content = c, cuts = 0
            while true {
                if markdown && content.count > 240 {
                    if let mid = Self.jumpCut(p, content) {
                        let first = content.lowerBound..<mid
                        out.append(first.count > 240 ? long(start..<mid, first)
                                   : RawLine(range: start..<mid, content: first, s: UTF8Scan.scalars(p, first), width: LineWidth.of(p, first), fate: .keep))
                        start = mid
                        content = mid..<content.upperBound
                        cuts += 1
                        continue
                    }
                    out.append(long(start..<e, content))
                    break
                }
                let s = UTF8Scan.scalars(p, content)
                // `…推动学（下转第4版）红旗区向阳街道…`: an extractor glued the jump line and what
                // follows it onto one line; the marker ends the line.
                let previous = out.last { !$0.content.isEmpty }?.s
                // `…确保处置规范、合法。 （资料图片）`: a photo credit set beside the line's end is a
                // line of its own (page furniture), and no part of the line's width (its text ends
                // before the space).
                let credit = markdown || cuts > 0 ? nil : Self.creditCut(s)
                let jump = credit == nil ? Self.jumpCut(s) : nil
                guard let cut = credit?.cut ?? jump ?? (markdown || cuts > 0 ? nil : Self.datelineCut(s, after: previous)) else {
                    out.append(RawLine(range: start..<e, content: content, s: s, width: LineWidth.of(p, content),
                                       fate: content.isEmpty ? .blank : .keep))
                    break
                }
                let textEnd = credit?.textEnd ?? cut
                let end = content.lowerBound + UTF8Scan.byteCount(s.prefix(textEnd))
                let mid = content.lowerBound + UTF8Scan.byteCount(s.prefix(cut))
                out.append(RawLine(range: start..<mid, content: content.lowerBound..<end, s: Array(s.prefix(textEnd)),
                                   width: LineWidth.of(p, content.lowerBound..<end), fate: .keep))
                let rest = mid..<content.upperBound
                guard jump != nil else {
                    out.append(RawLine(range: mid..<e, content: rest, s: Array(s.dropFirst(cut)),
                                       width: LineWidth.of(p, rest), fate: .keep))
                    break
                }
                start = mid
                content = rest
                cuts += 1
            }
            if e == p.count { break }
            i = e + 1
        }
        return out
    }
}

/// Lines at the top and bottom of pages, compared across the pages of one issue.
enum EdgeLines {
    /// Running heads and feet are short; titles (which a jump may reprint) are longer.
    static let maximumLength = 12
    static let depth = 2

    /// The comparison key: no spaces or Markdown decoration, digits as `#` (page numbers differ).
    static func key(_ s: [UInt32]) -> String {
        Scalars.string(NSPageHeader.undecorated(s).compactMap { c -> UInt32? in
            if CharacterClass.isSpace(c) { return nil }
            return CharacterClass.isDigit(c) ? 0x23 : c
        })
    }

    /// The keys of the first and last `depth` short lines of `page`. Only the first and last
    /// few lines are read (a page may be a whole 100 MB file).
    static func keys(_ page: UnsafeBufferPointer<UInt8>) -> Set<String> {
        func lines(_ r: Range<Int>) -> [RawLine] {
            RawLine.split(UnsafeBufferPointer(rebasing: page[r]), markdown: true).filter { !$0.content.isEmpty }
        }
        let head = 0..<edge(page, fromStart: true), tail = edge(page, fromStart: false)..<page.count
        var first: [RawLine] = [], last: [RawLine] = []
        if head.upperBound < tail.lowerBound {
            first = Array(lines(head).prefix(depth)); last = Array(lines(tail).suffix(depth))
        }
        if first.count < depth || last.count < depth {  // a short page, or lines of spaces only
            let all = lines(0..<page.count)
            first = Array(all.prefix(depth)); last = Array(all.suffix(depth))
        }
        var out = Set<String>()
        for l in first + last where l.tail.isEmpty && l.s.count <= maximumLength {
            if mayBeFurniture(l.s) { out.insert(key(l.s)) }
        }
        return out
    }

    /// Where the first eight lines that are not blank end (from the start), or where the last
    /// eight begin (from the end): enough for `depth` lines, a line cut in two included.
    private static func edge(_ p: UnsafeBufferPointer<UInt8>, fromStart: Bool) -> Int {
        var seen = 0, text = false
        if fromStart {
            for i in 0..<p.count {
                if p[i] == 0x0A { if text { seen += 1; if seen == 8 { return i } }; text = false }
                else if p[i] != 0x20 && p[i] != 0x09 && p[i] != 0x0D { text = true }
            }
            return p.count
        }
        var i = p.count
        while i > 0 {
            i -= 1
            if p[i] == 0x0A { if text { seen += 1; if seen == 8 { return i + 1 } }; text = false }
            else if p[i] != 0x20 && p[i] != 0x09 && p[i] != 0x0D { text = true }
        }
        return 0
    }

    /// Not a sentence, a byline (`（卫滨宣）` may end articles on several pages), a photo credit or a
    /// jump line: those repeat for other reasons.
    static func mayBeFurniture(_ s: [UInt32]) -> Bool {
        if CharacterClass.endsSentence(s) { return false }
        return Byline.matchTrailing(s) == nil && !PhotoCredit.matches(s) && Continuation.match(s) == nil
    }
}

/// Running heads and feet, editor lines, jump lines and photo credits.
enum Furniture {
    static func mark(_ lines: inout [RawLine], _ info: inout PageInfo, wrapped: Bool, repeated: Set<String> = []) {
        for k in lines.indices where lines[k].isText {
            let s = lines[k].s
            if !repeated.isEmpty, s.count <= EdgeLines.maximumLength, repeated.contains(EdgeLines.key(s)),
               EdgeLines.mayBeFurniture(s) {
                lines[k].fate = .remove(NSPageHeader.id, "repeated at the edge of several pages")
                if let i = NSPageHeader.match(s, weak: true) { info.merge(i) }  // what it says is kept
                continue
            }
            if !lines[k].tail.isEmpty {
                // A long paragraph: only a jump marker at its start or end is of interest, or
                // both (`(上接第1版)…（下转第 4 版）`; over 240 bytes, the two cannot overlap).
                if let (n, c) = jump(atStartOf: s) {
                    info.jumps.append(c.jump)
                    lines[k].jumpPrefix = n
                }
                if let (n, c) = jump(atEndOf: lines[k].tail) {
                    info.jumps.append(c.jump)
                    lines[k].jumpSuffix = n
                }
                continue
            }
            if let i = NSPageHeader.match(s) {
                info.merge(i)
                lines[k].fate = .remove(i.editors.isEmpty || i.page != nil || i.paper != nil ? NSPageHeader.id : NSEditor.id,
                                        "page furniture")
            } else if let c = Continuation.match(NSPageHeader.closeDigitGaps(NSPageHeader.undecorated(s))) {
                info.jumps.append(c.jump)
                lines[k].fate = .remove(Continuation.id, "jump line (\(c.direction == .to ? "continued on" : "continued from") page \(c.arabicPage))")
            } else if wrapped, isCredit(s) {
                info.credits.append(Scalars.string(s))
                lines[k].fate = .remove(Caption.id, "photo credit, kept in the page metadata")
            } else {
                // Jump markers at the start and at the end (one after another, too).
                var rest = s[...]
                while let (n, c) = jump(atStartOf: Array(rest)) {
                    info.jumps.append(c.jump)
                    lines[k].jumpPrefix += n
                    rest = rest.dropFirst(n)
                    while let f = rest.first, CharacterClass.isSpace(f) { rest = rest.dropFirst(); lines[k].jumpPrefix += 1 }
                }
                while let (n, c) = jump(atEndOf: Array(rest)) {
                    info.jumps.append(c.jump)
                    lines[k].jumpSuffix += n
                    rest = rest.dropLast(n)
                    while let l = rest.last, CharacterClass.isSpace(l) { rest = rest.dropLast(); lines[k].jumpSuffix += 1 }
                }
                // What is left may be furniture itself (`（上接第1版）— 1 —`) or nothing at all.
                if lines[k].jumpPrefix + lines[k].jumpSuffix > 0,
                   rest.isEmpty || NSPageHeader.match(Array(rest)) != nil || Continuation.match(Array(rest)) != nil {
                    if let i = NSPageHeader.match(Array(rest)) { info.merge(i) }
                    lines[k].fate = .remove(Continuation.id, "jump line")
                    lines[k].jumpPrefix = 0
                    lines[k].jumpSuffix = 0
                }
            }
        }
        // A bare page number as the first or last line of a page that has a running head too
        // (alone, a number at the edge may be text; and after it went, the next one would be at
        // the edge on a second run).
        let texts = lines.indices.filter { lines[$0].isText }
        let hasHead = lines.contains(where: \.isFurniture)
        for k in [texts.first, texts.last].compactMap({ $0 }) where hasHead {
            let s = lines[k].s
            if s.count <= 2, s.allSatisfy(CharacterClass.isDigit) {
                info.page = info.page ?? Scalars.string(s)
                lines[k].fate = .remove(NSPageHeader.id, "page number")
            }
        }
        // The page's own number (its running head says `第1版`), alone between blank lines
        // anywhere down the page: the folio, printed where the extractor's reading order put it
        // (pdfminer.six may set it inside a column: `…细化学习研` `1` `讨，深化问题…`).
        if let page = info.page, hasHead {
            let number = Scalars.of(page)
            for k in texts where lines[k].s == number && (k == 0 || lines[k - 1].s.isEmpty)
                && (k + 1 == lines.count || lines[k + 1].s.isEmpty) {
                lines[k].fate = .remove(NSPageHeader.id, "page number")
            }
        }
        // Two lines, only blank lines between, that are each a piece of a running head (a weekday,
        // a paper name) and together one (`星期二` `新乡日报`: pdftotext may print a head's pieces
        // anywhere down the page). Joined as titles they would read as furniture on a second run.
        for (_, i) in markHeadPieces(&lines, { _, _ in true }) { info.merge(i) }
        // A paper name, date or section alone next to other furniture (a head split over lines);
        // repeated, since one such line can vouch for the next.
        var changed = true
        while changed {
            changed = false
            for k in lines.indices where lines[k].isText && lines[k].tail.isEmpty && lines[k].s.count <= 40 {
                let near = (max(0, k - 3)...min(lines.count - 1, k + 3)).contains { lines[$0].isFurniture }
                if near, let i = NSPageHeader.match(lines[k].s, weak: true) {
                    info.merge(i)
                    lines[k].fate = .remove(NSPageHeader.id, "page furniture")
                    changed = true
                }
            }
        }
    }

    /// What two lines read as one say as a running head: a head by itself, or a paper's name
    /// and a section's (`新乡日报` ⏎⏎ `综合新闻`), which no sentence is.
    private static func headOfPieces(_ s: [UInt32]) -> PageInfo? {
        if let i = NSPageHeader.match(s) { return i }
        guard let i = NSPageHeader.match(s, weak: true), i.paper != nil, i.section != nil else { return nil }
        return i
    }

    /// Marks a running head's pieces on two lines, only blank lines between them, where
    /// `pair(k, j)` accepts lines `k` and `j`; returns what they say, by first line.
    static func markHeadPieces(_ lines: inout [RawLine], _ pair: (Int, Int) -> Bool) -> [(Int, PageInfo)] {
        var found: [(Int, PageInfo)] = []
        // (A head's pieces have no pause or stop: body lines are passed over without reading them.
        // And each holds words, two Han characters or more: a bare page number or dashes read
        // one way before the typography rounds and another after them.)
        func piece(_ k: Int) -> Bool {
            lines[k].isText && lines[k].tail.isEmpty && lines[k].s.count <= 40 && !CharacterClass.hasPause(lines[k].s)
                && lines[k].s.lazy.filter(CharacterClass.isHan).count >= 2
        }
        /// A sentence's line: 12 characters or more, with a pause.
        func isBodyLine(_ l: RawLine) -> Bool { l.isText && l.s.count >= 12 && CharacterClass.hasPause(l.s) }
        for k in lines.indices where piece(k) {
            // (However many blank lines apart: a second run reads them one apart.)
            // (Each a block of its own, blank lines around it: a piece that runs on into the
            // line next to it is joined to it, and a second run would read another text. But a
            // body line may follow the second piece straight away: pdftotext's default mode
            // prints a head's pieces where a column breaks, `…该公司坚` ⏎⏎ `新乡日报` ⏎⏎ `综合新闻`
            // ⏎ `持“以练促防”，全年…`, and a sentence's line is no piece of anything.)
            guard k == 0 || lines[k - 1].s.isEmpty,
                  let j = ((k + 1)..<lines.count).first(where: { lines[$0].isText }), j > k + 1,
                  ((k + 1)..<j).allSatisfy({ lines[$0].s.isEmpty }),
                  j + 1 == lines.count || lines[j + 1].s.isEmpty || isBodyLine(lines[j + 1]),
                  piece(j), pair(k, j),
                  // (The two as one line must read as a head without `weak`: a digit or a key
                  // character in one of them, before either is read.)
                  NSPageHeader.hasKey(lines[k].s) || NSPageHeader.hasKey(lines[j].s),
                  NSPageHeader.match(lines[k].s, weak: true) != nil, NSPageHeader.match(lines[j].s, weak: true) != nil,
                  let i = headOfPieces(lines[k].s + [0x20] + lines[j].s) else { continue }
            found.append((k, i))
            lines[k].fate = .remove(NSPageHeader.id, "page furniture (a head's pieces)")
            lines[j].fate = .remove(NSPageHeader.id, "page furniture (a head's pieces)")
        }
        return found
    }

    /// `（资料图片）`, `（本报记者摄）`, `（通讯员供图）`: a bracketed photo credit alone on a line.
    static func isCredit(_ s: [UInt32]) -> Bool {
        guard let f = s.first, f == 0xFF08 || f == 0x28 else { return false }
        return PhotoCredit.matches(s)
    }

    /// `（上接第1版）` opening a line: its length in scalars (spaces inside count for nothing:
    /// `（上接   第1版）` is one once S-HAN-HAN has run).
    static func jump(atStartOf s: [UInt32]) -> (Int, Continuation)? {
        guard let f = s.first, f == 0xFF08 || f == 0x28,
              let close = nearBracket(s, s.indices, { $0 == 0xFF09 || $0 == 0x29 }), close + 1 < s.count,
              let c = Continuation.match(NSPageHeader.closeDigitGaps(Array(s[...close]))) else { return nil }
        return (close + 1, c)
    }

    /// The first index in `order` whose scalar is `bracket`, within 12 scalars that are not spaces.
    static func nearBracket<C: Sequence<Int>>(_ s: [UInt32], _ order: C, _ bracket: (UInt32) -> Bool) -> Int? {
        var seen = 0
        for k in order {
            if bracket(s[k]) { return k }
            if !CharacterClass.isSpace(s[k]) { seen += 1; if seen >= 12 { return nil } }
        }
        return nil
    }

    /// `（下转第2版）` closing a line.
    static func jump(atEndOf s: [UInt32]) -> (Int, Continuation)? {
        guard let l = s.last, l == 0xFF09 || l == 0x29,
              let open = nearBracket(s, s.indices.reversed(), { $0 == 0xFF08 || $0 == 0x28 }), open > 0,
              let c = Continuation.match(NSPageHeader.closeDigitGaps(Array(s[open...]))) else { return nil }
        return (s.count - open, c)
    }
}

/// What goes between kept lines, and what each kept line becomes.
struct LinePlan {
    enum Glue: Equatable {
        case unchanged
        case join        // nothing (or one space between Latin letters)
        case space       // one space (a title's own space where its line broke)
        case paragraph   // a blank line
    }

    var lines: [RawLine]
    /// Whether the lines are an extractor's in reading order, one printed line cut into pieces at
    /// its justification gaps at most (`pdftotext -raw`), not columns read by position.
    var cutAtGaps = false
    /// Glue after kept line `k` (to the next kept line), by line index.
    var glue: [Int: (Glue, RuleID, String?)] = [:]
    /// A heading marker to insert before a kept line.
    var headingPrefix: [Int: String] = [:]

    /// The edits that carry the plan out.
    func edits(_ p: UnsafeBufferPointer<UInt8>) -> [LocalEdit] {
        var edits: [LocalEdit] = []
        // Removed lines before the first kept one, and between kept lines.
        var previousKept: Int? = nil
        var k = 0
        func removal(_ i: Int) {
            guard case .remove(let rule, let note) = lines[i].fate else { return }
            // The line, its line feed and any blank lines after it.
            var end = lines[i].range.upperBound
            var j = i + 1
            while j < lines.count && !lines[j].isText && lines[j].fate == .blank { j += 1 }
            if j < lines.count { end = lines[j].range.lowerBound } else { end = p.count }
            var start = lines[i].range.lowerBound
            if j >= lines.count, let pk = previousKept { start = max(start, lines[pk].content.upperBound) }
            edits.append(LocalEdit(rule, .remove, range: start..<max(start, end), note: note))
        }
        while k < lines.count {
            let line = lines[k]
            switch line.fate {
            case .remove:
                removal(k)
            case .blank:
                break
            case .keep:
                if let pk = previousKept { gap(pk, k, &edits) }
                if let prefix = headingPrefix[k] {
                    edits.append(LocalEdit(NSTitle.id, range: line.content.lowerBound..<line.content.lowerBound,
                                           replacement: Array(prefix.utf8), note: "title line"))
                }
                if line.jumpPrefix > 0 {
                    let end = byteOffset(line, scalars: line.jumpPrefix)
                    edits.append(LocalEdit(Continuation.id, .remove, range: line.content.lowerBound..<end, note: "jump marker"))
                }
                if line.jumpSuffix > 0 {
                    let start = line.content.upperBound
                        - UTF8Scan.byteCount((line.tail.isEmpty ? line.s : line.tail).suffix(line.jumpSuffix))
                    edits.append(LocalEdit(Continuation.id, .remove, range: start..<line.content.upperBound, note: "jump marker"))
                }
                previousKept = k
            }
            k += 1
        }
        edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return edits
    }

    private func byteOffset(_ line: RawLine, scalars n: Int) -> Int {
        line.content.lowerBound + UTF8Scan.byteCount(line.s.prefix(n))
    }

    /// The glue edit between kept lines `a` and `b` (removed lines in between have their own).
    private func gap(_ a: Int, _ b: Int, _ edits: inout [LocalEdit]) {
        guard let (g, rule, note) = glue[a], g != .unchanged else { return }
        let start = lines[a].content.upperBound
        // Up to the first removed line, or to the next kept line's text.
        var end = lines[b].content.lowerBound
        if let r = ((a + 1)..<b).first(where: { lines[$0].removedBy != nil }) {
            end = lines[r].range.lowerBound
        }
        let last = lines[a].s.last ?? 0, first = lines[b].s.first ?? 0
        let replacement: [UInt8]
        switch g {
        case .join: replacement = SJoin.glue(last, first)
        case .space: replacement = [0x20]
        case .paragraph: replacement = [0x0A, 0x0A]
        case .unchanged: return
        }
        // When removed lines sit between, the glue goes first and they follow; their removal
        // takes the rest of the gap.
        edits.append(LocalEdit(rule, range: start..<end, replacement: replacement, note: note))
    }
}

/// NS-TITLE — titles of raw text (rules.md §5.1): short lines before a dateline become a heading.
enum NSTitle {
    static let id: RuleID = "NS-TITLE"
    static let summary = "Recognize titles and kickers in raw text and mark them as headings"
}
