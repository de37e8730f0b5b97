/// The shape of the input, which decides how lines become paragraphs.
public enum InputKind: String, Sendable, CaseIterable {
    /// Paragraphs separated by blank lines, one paragraph per line or soft-wrapped; `#` headings
    /// (the seed page, pymupdf4llm).
    case markdown
    /// One printed line per line, hard-wrapped every 12–36 characters, columns read one after
    /// the other (pdftotext `-raw`, PyMuPDF text, pdfminer.six).
    case wrapped
    /// Columns side by side, padded with spaces (pdftotext `-layout`).
    case layout

    /// Guesses the kind from the text: `-layout` output has wide space gutters inside many lines,
    /// or pads them on the left where a column is empty (a third of the lines, either way);
    /// wrapped output has short lines; Markdown has long paragraphs or `#` headings.
    /// `looksInterleaved` answers ``looksInterleaved(_:)`` for `p` (a caller that needs it too
    /// passes its own, so the lines are scanned once).
    static func detect(_ p: UnsafeBufferPointer<UInt8>, looksInterleaved glued: (() -> Bool)? = nil) -> InputKind {
        var lines = 0, gutters = 0, headings = 0, blocks = 0
        var previousBlank = true
        var widths: [Double] = []
        var i = 0
        // A sample of the first 400 lines is enough to tell.
        while i < p.count && lines < 400 {
            let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
            let r = TextLayout.trim(p, i..<e)
            if r.isEmpty { previousBlank = true } else {
                if previousBlank { blocks += 1 }
                previousBlank = false
                lines += 1
                if p[r.lowerBound] == 0x23 { headings += 1 }
                if hasGutter(p, r) || r.lowerBound - i >= 8 && p[i..<r.lowerBound].allSatisfy({ $0 == 0x20 }) { gutters += 1 }
                widths.append(r.count > 200 ? Double(r.count) / 3 : LineWidth.of(p, r))
            }
            i = e + 1
        }
        // (A short page, a jumped article's tail alone on it, is `-layout`'s when most of its
        // lines have gutters.)
        if lines >= 4 && gutters >= 3 && 2 * gutters >= lines { return .layout }
        guard lines >= 8 else { return .markdown }
        if Double(gutters) >= 0.3 * Double(lines) { return .layout }
        // (ReportLab's narrow gutters: `-layout` keeps one to three spaces between most columns'
        // lines, which then look glued, but still pads a short line's gutter and an empty
        // column's margin. pdftotext's default mode and pdfplumber glue with one space and pad
        // nothing.)
        if gutters >= 5 && 10 * gutters >= lines && (glued?() ?? looksInterleaved(p)) { return .layout }
        if headings > 0 { return .markdown }
        // Hard-wrapped text breaks lines without blank lines between them, many times over. The
        // count of such breaks (lines − blocks) is the one measure S-JOIN does not change (a
        // join takes one line and one block away), so too few of them reads as Markdown on a
        // second run too: fewer than 8, or than 5 where the lines are a column's (median 12–36
        // ems; a jumped article's tail on a page of its own breaks few lines).
        widths.sort()
        let median = widths[widths.count / 2]
        if lines - blocks < (median >= 12 && median <= 36 ? 5 : 8) { return .markdown }
        // Paragraphs one per line with blank lines between them: Markdown, however short (this
        // is also what zhtidy's own output looks like, so a second run reads it the same way).
        if Double(lines) < 1.5 * Double(blocks) { return .markdown }
        if median <= 40 { return .wrapped }
        // Lines that glue the printed lines of a few neighbouring columns (not paragraphs of
        // hundreds of characters) are still printed lines.
        return median <= 120 && (glued?() ?? looksInterleaved(p)) ? .wrapped : .markdown
    }

    /// Whether the lines of neighbouring columns look glued together with spaces (pdftotext's
    /// default mode, pdfplumber, pymupdf4llm on multi-column pages): lines of 20 scalars or more
    /// that are no heading or running head, and those with a pause or stop in them where a run of six or more CJK characters,
    /// spaces, and another such run meet. Three such lines and a quarter of the body lines, or
    /// half of them on a page of few lines (a page that holds one article's tail). A line of a
    /// thousand characters or more counts as many lines as it holds hundreds: pymupdf4llm may glue
    /// a page's whole column region into one such line, which a table's few rows beside it must
    /// not outweigh.
    ///
    /// Text is measured as typography will leave it, so that a second run judges the first run's
    /// output alike: one space between Han characters, and spaces beside a Chinese mark, are no
    /// gap (S-HAN-HAN and S-SPACE take them out), and an ASCII `"` beside Chinese counts as the
    /// curly quote Q-QUOTES makes of it. With `joiningBlocks` (Markdown), each block between
    /// blank lines is also measured as one line, its lines joined as S-JOIN joins a paragraph's
    /// (`度` ⏎ `检验实生见效〒      工质量与进，` is the 20 characters of a glued line), and on
    /// past a blank line where it ends mid-sentence: a second run reads that one line. (A block
    /// whose long first line was measured alone and its short lines not at all read glued only
    /// on the second run: `…s2keisps20246.8` ⏎ `程落地见效〒 进度，对发现`.)
    static func looksInterleaved(_ p: UnsafeBufferPointer<UInt8>, joiningBlocks: Bool = false) -> Bool {
        let verdicts = interleaving(p)
        return joiningBlocks ? verdicts.joined : verdicts.lines
    }

    /// ``looksInterleaved(_:joiningBlocks:)`` both ways in one pass over the lines: `lines` line by
    /// line, `joined` with blocks of short lines joined too (a long line is measured once for both).
    static func interleaving(_ p: UnsafeBufferPointer<UInt8>) -> (lines: Bool, joined: Bool) {
        /// Lines (or blocks joined) measured, and those that look glued.
        struct Tally {
            var long = 0, glued = 0
            mutating func add(_ looksGlued: Bool?, weight: Int = 1) {
                guard let g = looksGlued else { return }
                long += weight
                if g { glued += weight }
            }
            var verdict: Bool { (glued >= 3 && 4 * glued >= long) || (glued >= 1 && 2 * glued >= long) }
        }
        /// Whether `s` looks glued (nil: it counts for nothing).
        func judge(_ s: [UInt32]) -> Bool? { glueMeasure(s).map { $0.gap && $0.pause } }
        /// How many lines `s` counts as: one, or one for each hundred characters in a line of a
        /// thousand or more. (Only there: a join changes what a shorter line weighs, and a second
        /// run must weigh S-JOIN-LINE's output as the first weighed its lines.)
        func weight(_ s: [UInt32]) -> Int { s.count >= 1000 ? s.count / 100 : 1 }
        var lines = Tally(), joined = Tally()
        // (The lines of the block read so far, joined; whether one of them is long enough to
        // measure alone.)
        var block: [UInt32] = [], blockHasLong = false
        var i = 0
        while i < p.count {
            let countsLines = lines.long < 400, countsJoined = joined.long < 400
            guard countsLines || countsJoined else { break }
            let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
            defer { i = e + 1 }
            let r = TextLayout.trim(p, i..<e)
            if countsJoined {
                // (S-JOIN joins a paragraph split at a blank line mid-sentence, `工程、` ⏎⏎
                // `生工程落地见效〒  南…`, `]度` ⏎⏎ `验实生见效〒…`: a block of short lines
                // that ends mid-sentence goes on.)
                if r.isEmpty, !blockHasLong, !block.isEmpty, Completeness.isIncomplete(tail: Array(block.suffix(12))) { continue }
                // (A heading is a block of its own; a list item starts one, as each is a paragraph.)
                if r.isEmpty || isHeading(p, r) || isBullet(p, r) {
                    joined.add(judge(block), weight: weight(block))
                    block.removeAll(keepingCapacity: true)
                    blockHasLong = false
                    if r.isEmpty || isHeading(p, r) { continue }
                }
                let s = UTF8Scan.scalars(p, r)
                if s.count >= 20 {
                    if countsLines { lines.add(judge(s), weight: weight(s)) }
                    blockHasLong = true
                }
                if let a = block.last, let b = s.first, isLatin(a) && isLatin(b) { block.append(0x20) }
                block += s
                continue
            }
            // (Twenty characters or more, counted as characters: P-* makes ASCII marks fullwidth,
            // three bytes each, and a second run must count the line alike, `…见效〒 工质量与!!!35`.)
            guard r.count >= 20, !isHeading(p, r) else { continue }
            let s = UTF8Scan.scalars(p, r)
            lines.add(judge(s), weight: weight(s))
        }
        joined.add(judge(block), weight: weight(block))
        return (lines.verdict, joined.verdict)
    }

    /// What makes `s`, a line (or a block joined), look glued: a gap between two runs of
    /// Chinese, and a pause or stop in it; nil when it is under 20 characters or a running
    /// head, and counts for nothing.
    private static func glueMeasure(_ s: [UInt32]) -> (gap: Bool, pause: Bool)? {
        guard s.count >= 20 else { return nil }
        // (No space, no gap: most lines of running text.)
        guard s.contains(0x20) else { return NSPageHeader.match(s) == nil ? (false, false) : nil }
        // (`run` counts on across one space between two Han characters, which S-HAN-HAN
        // takes out when the line is read as no glued one: a second run must measure
        // `检验实生见效〒` as the first measured `检验实 生见效〒`. `since` counts from the
        // last space, so that space may still be the gap.)
        var run = 0, since = 0, before = 0, sawGap = false, gap = false, pause = false
        for (k, c) in s.enumerated() {
            let f = CharacterClass.widthFolded(c)
            if f == 0xFF0C || f == 0x3002 || f == 0x3001 || f == 0xFF1B { pause = true }
            if c == 0x20 {
                before = max(before, run)
                // (Or spaces, one or more, beside a Chinese mark, which S-SPACE takes out:
                // `程、  地见效` as `程、地见效`.)
                var last = k - 1, next = k + 1
                while last >= 0 && s[last] == 0x20 { last -= 1 }
                while next < s.count && s[next] == 0x20 { next += 1 }
                // (An ASCII mark beside it counts as the fullwidth one P-* makes of it next
                // to Chinese: `程、 !地` as `程！地`.)
                let joins = last >= 0 && next < s.count
                    && (isChinese(s[last]) || isChinese(s[next]))
                    && isChineseOrMark(s[last]) && isChineseOrMark(s[next])
                    && (next - last == 2 || isFoldedMark(s[last]) || isFoldedMark(s[next]))
                if !joins { run = 0 }
                since = 0
                sawGap = true
                continue
            }
            // (An ASCII mark inside a run of Chinese counts as the fullwidth one P-* makes of
            // it there: a second run must find the same runs, `(市、区)挖` as `（市、区）挖`. Not
            // elsewhere: `!!!!` stays ASCII. An ASCII `"` beside Chinese is the curly quote
            // Q-QUOTES makes of it, `限"调研` as `限“调研`.)
            // (And a comma, point, colon, semicolon, `!`, `?` or parenthesis right before
            // Chinese, which P-* makes fullwidth there too: `Us;实` as `Us；实`. `#` stays.)
            let beforeChinese = k + 1 < s.count && s[k + 1] >= 0x2E80
            let quote = c == 0x22 && (run > 0 || beforeChinese)
            if c >= 0x2E80 || c == 0x201C || c == 0x201D || (f != c && run > 0) || quote
                || (beforeChinese && Self.foldsBeforeChinese.contains(c)) { run += 1; since += 1 } else { run = 0; since = 0; before = 0; sawGap = false }
            if sawGap && before >= 6 && since >= 6 { gap = true }
        }
        // (A running head or editor line is no body line: the first run takes it out.)
        guard NSPageHeader.match(s) == nil else { return nil }
        return (gap, pause)
    }

    /// How many lines look glued, each judged alone as ``interleaving(_:)`` judges a line, in
    /// text not read as interleaved columns: too few such lines for the page's verdict, yet each
    /// may mix two columns' text (`…参会人员实地调研了河南绿丰环保 企业实现正增长。`), which the
    /// reader should hear of. A bracket closing the line after a space (a photo credit or a
    /// byline after a sentence, `…合法。 （本报记者摄）`) is no second column, and is left out.
    /// Lines with no space after a non-ASCII byte are passed over unread.
    static func gluedLines(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while i < p.count {
            let e = UTF8Scan.lineEnd(p, from: i, to: p.count)
            defer { i = e + 1 }
            let r = TextLayout.trim(p, i..<e)
            guard r.count >= 20, !isHeading(p, r),
                  r.dropFirst().contains(where: { p[$0] == 0x20 && p[$0 - 1] >= 0x80 }) else { continue }
            var s = UTF8Scan.scalars(p, r)
            if let last = s.last, last == 0xFF09 || last == 0x29, let space = s.lastIndex(of: 0x20),
               space + 1 < s.count, s[space + 1] == 0xFF08 || s[space + 1] == 0x28 {
                s.removeSubrange(space...)
            }
            if let m = glueMeasure(s), m.gap && m.pause { count += 1 }
        }
        return count
    }

    /// The ASCII marks P-* makes fullwidth right before a Chinese character: `, . ; : ! ? ( )`.
    private static let foldsBeforeChinese: ScalarSet = [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29]

    /// Whether the line in `r` is a Markdown (ATX) heading: one to six `#` and a space, or nothing
    /// after them. `#验实生见效…` is text, which S-JOIN-LINE joins to the line before it, and a
    /// second run must measure it as the first did (`度` ⏎ `#验实生见效〒      工质量与进，`).
    private static func isHeading(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound && p[i] == 0x23 && i - r.lowerBound < 7 { i += 1 }
        return (1...6).contains(i - r.lowerBound) && (i == r.upperBound || p[i] == 0x20)
    }

    /// Whether the line in `r` opens with a Markdown bullet and a space.
    private static func isBullet(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let f = r.lowerBound
        return r.count >= 2 && (p[f] == 0x2D || p[f] == 0x2A || p[f] == 0x2B) && p[f + 1] == 0x20
    }

    /// A Han character or a fullwidth mark (CJK Symbols and Punctuation, Halfwidth and
    /// Fullwidth Forms).
    private static func isChinese(_ c: UInt32) -> Bool { CharacterClass.isHan(c) || isMark(c) }

    private static func isMark(_ c: UInt32) -> Bool { (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF65) }

    /// A Chinese mark, or an ASCII one that folds to a fullwidth mark.
    private static func isFoldedMark(_ c: UInt32) -> Bool { isMark(CharacterClass.widthFolded(c)) }

    /// A Han character, or a mark ``isFoldedMark(_:)`` counts.
    private static func isChineseOrMark(_ c: UInt32) -> Bool { CharacterClass.isHan(c) || isFoldedMark(c) }

    private static func isLatin(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }

    /// A run of 4 or more spaces between two non-space characters.
    private static func hasGutter(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var run = 0
        for i in r {
            if p[i] == 0x20 { run += 1; if run >= 4 { return true } } else { run = 0 }
        }
        return false
    }
}

/// The printed width of a line in ems: CJK characters and punctuation one em, ASCII about half.
enum LineWidth {
    static func of(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double {
        var w = 0.0
        var i = r.lowerBound
        while i < r.upperBound {
            let b = p[i]
            if b < 0x80 { w += b == 0x20 ? 0.25 : 0.55; i += 1; continue }
            let (c, n) = UTF8Scan.decode(p, at: i)
            w += c >= 0x2000 ? 1.0 : 0.55
            i += n
        }
        return w
    }
}
