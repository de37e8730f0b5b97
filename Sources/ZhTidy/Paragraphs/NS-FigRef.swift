/// NS-FIGREF — figure markers in body text: `（如图）` and the closed list of rules.md §5.5.
///
/// Source: rules.md §5.5 (NEWS). A marker ties the text to a photo printed beside it; it is a
/// 句内括号 before the sentence's end mark (GB/T 15834 4.9). Removed by default, since the cleaned
/// text travels without its pictures (`Options.removeFigureMarkers`); the sentence punctuation
/// stays. A prose mention (`如图所示`) is not a marker, and photo credits (`摄`, `文/图`) are bylines.
///
///     精准入土(如图)。  →  精准入土。
///     现场情况（见图①）。 →  现场情况。
struct NSFigRef {
    static let id: RuleID = "NS-FIGREF"
    static let summary = "Remove figure markers such as （如图） from body text"

    private static let fixed = ["如图", "见图", "见上图", "见下图", "如下图", "见左图", "见右图", "资料图片"].map(Scalars.of)
    private static let ru = Scalars.of("如图"), jian = Scalars.of("见图"), tu = Scalars.of("图")[0]
    private static let hanNumerals = Set(Scalars.of("一二三四五六七八九十"))

    @inline(__always) private static func isCircled(_ c: UInt32) -> Bool { (0x2460...0x2473).contains(c) }

    /// Whether `s` (the text between the brackets) is a figure marker.
    static func isMarker(_ s: [UInt32]) -> Bool {
        if fixed.contains(s) { return true }
        if Scalars.hasPrefix(s, ru), s.count > 2 {
            return s[2...].allSatisfy { isCircled($0) || CharacterClass.isDigit($0) }
        }
        if Scalars.hasPrefix(s, jian), s.count > 2 {
            return s[2...].allSatisfy { isCircled($0) || CharacterClass.isDigit($0) || hanNumerals.contains($0) }
        }
        return s.count == 2 && s[0] == tu && isCircled(s[1])
    }

    /// The markers in `range` of `p`, as byte ranges including their brackets.
    static func markers(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            i = UTF8Scan.findOpenBracket(p, from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let b = p[i]
            let start = i
            var j = i + (b == 0x28 ? 1 : 3)
            var inner: [UInt32] = []
            var closed = false
            while j < range.upperBound && inner.count <= 8 {
                let (c, n) = UTF8Scan.decode(p, at: j)
                j += n
                if c == 0x29 || c == 0xFF09 { closed = true; break }
                // `（ 如图 ）`, or a marker wrapped across lines: spaces and line breaks are not content.
                if CharacterClass.isSpace(c) || c == 0x0A { continue }
                inner.append(c)
            }
            if closed && isMarker(inner) {
                found.append(start..<j)
                i = j
            } else {
                i = start + (b == 0x28 ? 1 : 3)
            }
        }
        return found
    }
}

/// Removes figure markers from running text and captions.
struct FigureMarkerStage: Stage {
    var repeatsUntilSettled: Bool { true }  // （如图（如图））

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        let remove = context.options.removeFigureMarkers
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { p in
            for (k, block) in layout.blocks.enumerated() where block.role.isRunningText || block.role == .caption {
                // A block that ends on an opening bracket may have its marker broken over a blank
                // line or a page break (`（⏎⏎如图）`), which S-JOIN closes up later: look into the
                // next block for the rest, and keep only markers that open in this one.
                var range = block.content
                var next = k + 1
                while next < layout.blocks.count, next <= k + 3, opensAtEnd(p, range) {  // `（如图⏎⏎3⏎⏎）`
                    range = block.content.lowerBound..<layout.blocks[next].content.upperBound
                    next += 1
                }
                for r in NSFigRef.markers(p, range) where r.lowerBound < block.content.upperBound {
                    if r.lowerBound > block.content.lowerBound,
                       CharacterClass.isEnd(UTF8Scan.decode(p, before: r.lowerBound).scalar) {
                        edits.append(LocalEdit(OFigrefPos.code, .flag, range: r,
                                               note: "a figure marker after the sentence's end mark belongs before it"))
                    }
                    if remove { edits.append(LocalEdit(NSFigRef.id, .remove, range: r, note: "figure marker")) }
                }
            }
        }
        return edits
    }
}

extension FigureMarkerStage {
    /// Whether `range` ends inside brackets opened within its last ten scalars that are not
    /// spaces or line breaks (`…（如图`, `…（如图⏎⏎ 3`): as long as a marker's inside can be.
    func opensAtEnd(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.upperBound
        var seen = 0
        while seen < 10 && i > range.lowerBound {
            let (c, start) = UTF8Scan.decode(p, before: i)
            if c == 0xFF09 || c == 0x29 { return false }
            if c == 0xFF08 || c == 0x28 { return true }
            if !CharacterClass.isSpace(c) && c != 0x0A { seen += 1 }
            i = start
        }
        return false
    }
}

/// Checks that only flag: NS-TRUNCATED, PAIR-CHECK, N-LINT, N-DATE, E-ELLIPSIS-PUNCT.
struct CheckStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        var flags = EditCollector()
        // Paragraphs that stop mid-sentence at an article's end: where each ends, and where the
        // block after it starts (the text's end after the last).
        var cut: [(end: Int, next: Int)] = []
        document.text.withUnsafeBufferPointer { p in
            for (k, block) in layout.blocks.enumerated() {
                let f = block.features
                let text = block.role.isRunningText || block.role == .caption
                if f.contains(.pairs) || (text && !f.isDisjoint(with: [.digit, .enumeration, .dots])) {
                    let b = context.blockText(k, of: document, layout, p)
                    if f.contains(.pairs) { PairCheck.check(b, &flags) }
                    if text {
                        if !f.isDisjoint(with: [.digit, .enumeration]) { NLint.check(b, &flags) }
                        if f.contains(.digit) { NDate.check(b, &flags) }
                        if f.contains(.dots) { EEllipsisPunct.check(b, &flags) }
                    }
                }
                guard block.role.isRunningText else { continue }
                let next = k + 1 < layout.blocks.count ? layout.blocks[k + 1].role : nil
                let endsArticle = next == nil || next!.isByline || next!.isHeading
                guard endsArticle, Completeness.isIncomplete(tail: Completeness.tail(p, block.content)) else { continue }
                cut.append((block.content.upperBound, k + 1 < layout.blocks.count ? layout.blocks[k + 1].content.lowerBound : p.count))
            }
            guard !cut.isEmpty else { return }
            // (A jump line to a later page, `（下转第2版）`, taken out: the article goes on there.
            // Right after the paragraph it is that paragraph's; elsewhere on its page, as an
            // extractor that prints a page's boxes out of order leaves it, it is the first
            // paragraph's left without one.)
            let map = document.offsetMap()
            let starts = context.pageOffsets.isEmpty ? [0] : context.pageOffsets
            func page(_ offset: Int) -> Int { starts.lastIndex { $0 <= offset } ?? 0 }
            /// Jump lines to a later page taken out between two original offsets (`转`).
            func jumps(_ a: Int, _ b: Int) -> Int {
                a < b ? document.removed(by: Continuation.id, within: a..<b, holding: 0x8F6C) : 0
            }
            var spare = starts.indices.map { k in
                jumps(map.originalOffset(ofCurrent: starts[k]),
                      k + 1 < starts.count ? map.originalOffset(ofCurrent: starts[k + 1]) : document.original.count)
            }
            var lone: [Int] = []
            for (end, next) in cut {
                if jumps(map.originalOffset(ofCurrent: end), map.originalOffset(ofCurrent: next, end: true)) > 0 { spare[page(end)] -= 1 } else { lone.append(end) }
            }
            for end in lone {
                if spare[page(end)] > 0 { spare[page(end)] -= 1; continue }
                flags.append(LocalEdit(NSTruncated.id, .flag, range: UTF8Scan.start(before: end, in: p)..<end,
                                       note: "the article's last paragraph stops mid-sentence: text was lost in extraction"))
            }
        }
        return flags.finished()
    }
}

/// NS-TRUNCATED — an article's last body paragraph stops mid-sentence (FLAG).
///
/// Source: rules.md §5.9. The paragraph is incomplete (S-JOIN (b)) and is followed by a byline, a
/// title or the end of the text: text was lost in extraction (seed: `…精准研判污` then `（牧野宣）`).
/// Not when a jump line to a later page (`（下转第2版）`, taken out by NS-CONTINUATION) follows it,
/// or stands elsewhere on its page with no such paragraph right before it: the article goes on
/// there.
enum NSTruncated {
    static let id: RuleID = "NS-TRUNCATED"
    static let summary = "Flag an article whose last paragraph stops mid-sentence"

    /// The warning for a text where it flagged a paragraph (and nothing else was warned about):
    /// the one sign left that an extractor read a page's columns out of order (pdftotext's
    /// default mode can print two columns' lines in turn, one per line, with no space to tell).
    /// The same words for every piece of a stream, so it is said once.
    static func warning(_ kind: InputKind) -> String {
        "a paragraph stops mid-sentence at its article's end (NS-TRUNCATED; `--explain` shows where): "
            + "text was lost in extraction, or the page's columns were read out of order"
            + (kind == .markdown ? "" : "; if the page has columns, extract with `pdftotext -raw` (or PyMuPDF's "
                + "get_text(\"text\")), which keeps each column whole")
    }
}

/// O-FIGREF-POS — a figure marker belongs before the sentence's end mark (FLAG).
///
/// Source: GB/T 15834-2011 4.9 (句内括号); rules.md §4.10. `。（如图）` is flagged
/// O-FIGREF-AFTER-POINT; it is never moved automatically.
enum OFigrefPos {
    static let id: RuleID = "O-FIGREF-POS"
    static let code: RuleID = "O-FIGREF-AFTER-POINT"
    static let summary = "Flag a figure marker placed after the sentence's end mark"
}
