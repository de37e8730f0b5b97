/// LAYOUT-INTERLEAVED — lines where an extractor glued neighbouring columns with a space are read
/// column by column, where the columns separate consistently.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). pdfplumber and pdftotext's
/// default mode print a multi-column page line by line across the columns, the column segments
/// separated by a space (`…红旗区召开树立和践 重点任务，持续推动…`). Without positions, a line is cut
/// by width: its words are joined while they fit in the column's width in ems (the commonest width
/// of the block's long words), so xeCJK's glue (`6 月`) and a byline's spaces stay inside a segment.
/// Articles are cut at headings above a dateline (the columns change there). In an article whose
/// lines mostly cut into the same, largest, number of segments, the columns separate consistently:
/// it is read column by column, a line with fewer segments giving them to the columns whose text
/// goes on. The block's segments in order may read on better with the columns taking turns
/// (see ``alternating(_:_:)``: words across the breaks, ICU's dictionary, and pairs of characters
/// the text prints together elsewhere): then they are read
/// so. Elsewhere, only runs of two or more lines cut alike are read column by column; other lines
/// are kept as they are, and the stage warns about them. Every character is kept.
///
///     本报讯6月8日，红旗区召开树立和践 重点任务，持续推动全区树立和践行正确政
///     行正确政绩观学习教育座谈会，深入学习贯 绩观学习教育走深走实、落地落细。区委书
///                     →  本报讯6月8日，红旗区召开树立和践
///                        行正确政绩观学习教育座谈会，深入学习贯
///                        重点任务，持续推动全区树立和践行正确政
///                        绩观学习教育走深走实、落地落细。区委书
struct InterleavedColumns {
    static let id: RuleID = "LAYOUT-INTERLEAVED"
    static let summary = "Read columns glued line by line (pdfplumber, pdftotext) one after another where they separate consistently"

    private static func words(_ line: [UInt32]) -> [ArraySlice<UInt32>] {
        line.split(separator: 0x20)
    }

    /// The column width of a block in ems: the commonest width of its long words (8 ems or more),
    /// rounded, the wider on a tie; nil unless two words have it.
    static func width(_ lines: [[UInt32]], ems: (ArraySlice<UInt32>) -> Double = { Scalars.ems($0) }) -> Int? {
        var count: [Int: Int] = [:]
        for line in lines {
            for w in words(line) {
                let e = ems(w)
                if e >= 8 { count[Int(e.rounded(.toNearestOrEven)), default: 0] += 1 }
            }
        }
        guard let best = count.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), best.value >= 2 else { return nil }
        return best.key
    }

    /// Whether a space between `a` (the segment so far) and the word `b` can stand inside one
    /// printed line. No glue follows a sentence's end or precedes a dateline. `strict`: nor
    /// stands a space between two Chinese characters, except after a dateline's `讯`/`电`, inside
    /// a bracket (a byline's or credit's names) or in a letter-spaced line; xeCJK's glue stands
    /// beside Latin letters and digits.
    static func mayGlue(_ a: [UInt32], _ b: ArraySlice<UInt32>, strict: Bool = false) -> Bool {
        guard let l = a.last, let f = b.first else { return true }
        if CharacterClass.endsSentence(a) { return false }
        // (Nor precedes a dateline, which opens a paragraph: `…监督小 本报讯 “今年流转了…`.)
        if LayoutColumns.opensWithDateline(Array(b)) { return false }
        // (Nor a jump line's opening bracket, ASCII after NFKC as much as fullwidth: a jump line
        // is a printed line of its own, `…第** 3 **版 (上接第** 1 **版)** 州 1600 吨…`.)
        if opensJump(b) { return false }
        guard strict else { return true }
        if l < 0x3000 || f < 0x3000 { return true }
        if l == 0x8BAF || l == 0x7535 { return true }  // 讯 电
        let lastWord = a.count - 1 - (a.lastIndex(of: 0x20) ?? -1)
        if b.count == 1 || lastWord == 1 { return true }
        var depth = 0
        for c in a {
            switch CharacterClass.widthFolded(c) {
            case 0xFF08: depth += 1
            case 0xFF09: depth -= 1
            default: break
            }
        }
        return depth > 0
    }

    private static let jumpWords = ["上接", "下转", "紧接"].map(Scalars.of)

    /// Whether a word opens a jump line, emphasis markers aside: `(上接第**`, `（下转第`.
    static func opensJump(_ w: ArraySlice<UInt32>) -> Bool {
        let t = w.filter { $0 != 0x2A }
        guard let f = t.first, f == 0xFF08 || f == 0x28 else { return false }
        return Scalars.firstPrefix(t, jumpWords, at: 1) != nil
    }

    /// A line cut into column segments: words joined (one space apart) while they fit in `width`,
    /// never after a sentence's end.
    static func segments(_ line: [UInt32], width: Int) -> [[UInt32]] {
        var out: [[UInt32]] = []
        for w in words(line).flatMap({ quoteCut($0, width: width) }) {
            // (No glue follows a sentence's end: a space after one parts two columns' lines,
            // `量、展现担当。 通知书》，明确了…`, a paragraph's short last line and the next
            // column's.)
            // (Beside Latin letters and digits, xeCJK's glue and the half-width characters print
            // narrower than counted: a line holding them runs up to an em over, `“党建 + 安全…`.)
            let ascii = (out.last?.last).map { $0 < 0x3000 } ?? false || (w.first.map { $0 < 0x3000 } ?? false)
            let slack = ascii ? 1.0 : 0.5
            if let last = out.last, mayGlue(last, w), Scalars.ems(last) + 0.25 + Scalars.ems(w) <= Double(width) + slack {
                out[out.count - 1] += [0x20] + w
            } else {
                out.append(Array(w))
            }
        }
        return out
    }

    /// A word longer than a column `width` ems wide, cut before an opening `“`, `《` or `（` that
    /// follows an end or pause mark where the part before it is a column's full line: two
    /// columns' lines printed with no space between them, the right one opening with a mark whose
    /// glyph's blank left half narrows the gutter: `…农机调配难等困境。“70 多岁还天天…`. Other words
    /// are whole.
    static func quoteCut(_ w: ArraySlice<UInt32>, width: Int) -> [ArraySlice<UInt32>] {
        let full = Double(width)
        guard Scalars.ems(w) > full + 1 else { return [w] }
        for j in w.indices.dropFirst() where w[j] == 0x201C || w[j] == 0x300A || w[j] == 0xFF08 {
            let mark = CharacterClass.widthFolded(w[j - 1])
            guard CharacterClass.isEnd(mark) || CharacterClass.isPause(mark) else { continue }
            let before = Scalars.ems(w[..<j])
            if before >= full - 1.5 && before <= full + 1 { return [w[..<j], w[j...]] }
        }
        return [w]
    }

    /// Whether a band holds a line that cuts into two column segments or more at `width`.
    static func holdsGluedLine(_ band: [[UInt32]], width: Int) -> Bool {
        band.contains { segments($0, width: width).count >= 2 }
    }

    /// A heading: short, without a sentence's punctuation (the glued columns leave no positions).
    private static func isHeading(_ line: [UInt32]) -> Bool {
        let text = Scalars.trimmed(line)
        return !text.isEmpty && LayoutColumns.isHeadingText(text)
    }

    /// The blocks of a band: the articles, cut before up to three headings above a dateline line
    /// (the headings a block of their own, never cut into segments), and the short lines after
    /// the last article's text.
    static func blocks(_ band: [[UInt32]], rows: Bool = false) -> [(lines: Range<Int>, heading: Bool)] {
        var out: [(Range<Int>, Bool)] = []
        var start = 0, i = 0
        while i < band.count {
            guard isHeading(band[i]) else { i += 1; continue }
            var j = i
            while j < band.count && j - i < 3 && isHeading(band[j]) { j += 1 }
            // (Or, where a row is printed in pieces (pdftotext), above a line of other columns'
            // text printed before the dateline's line, its baseline a little higher:
            // `红旗区召开…座谈会` `刘怀斌指出，…政绩 数”示范引领…` `本报讯 6 月 8 日，红旗区召开树立和践`.
            // Only where the dateline's line repeats four characters of the headings in a row, as a
            // lead repeats its title: a column's line may have no punctuation either (`物均未办理
            // 规划建设审批手`), and so has a byline, `（张志超 罗菲 李萌 文/图）`.)
            if j < band.count, LayoutColumns.opensWithDateline(band[j])
                || (!rows && j + 1 < band.count && CharacterClass.hasPause(band[j]) && LayoutColumns.opensWithDateline(band[j + 1])
                    && (i..<j).allSatisfy({ Byline.matchTrailing(Array(Scalars.trimmed(band[$0]))) == nil })
                    && BoxOrder.sharesRun(Array(band[i..<j].joined()), band[j + 1], 4)) {
                if i > start { out.append((start..<i, false)) }
                out.append((i..<j, true))
                start = j
                i = j + 1
                continue
            }
            i += 1
        }
        // (Up to three short lines at the band's end, below its text, are no column's: the next
        // article's kicker or title, whose dateline a blank line put in the next band, or a page
        // number. Not a byline's or jump line's pieces, `（张志超 罗菲` `文/图）`. A jump line
        // above them ends the column's text: it is no heading they belong with.)
        var end = band.count
        func title(_ line: [UInt32]) -> Bool {
            let t = Array(Scalars.trimmed(line))
            guard let f = t.first, isHeading(line) else { return false }
            return !CharacterClass.endsSentence(t) && !CharacterClass.isOpen(CharacterClass.widthFolded(f)) && !t.contains(0x2F)
        }
        while end > start + 1 && band.count - end < 3 && title(band[end - 1]) { end -= 1 }
        if end < band.count && (!isHeading(band[end - 1]) || isJumpLine(Array(Scalars.trimmed(band[end - 1])))) {
            out.append((start..<end, false))
            out.append((end..<band.count, true))
            return out
        }
        if start < band.count { out.append((start..<band.count, false)) }
        return out
    }

    /// A band read column by column where its lines separate consistently: the new lines, whether
    /// any block was read, and how many glued lines were left as they are.
    ///
    /// `rows`: the band's lines are the page's rows, each holding at most one line of each column
    /// in order (pdfplumber prints a page so, without a blank line); pdftotext's default mode
    /// prints a row in pieces where the columns' baselines differ.
    static func rewrite(_ band: [[UInt32]], words: WordBreaker? = nil, rows: Bool = false, known: CharacterPairs? = nil,
                        blockStarts: [[UInt32]] = []) -> (lines: [[UInt32]], read: Bool, left: Int) {
        // (A page of rows was printed by positions: its marks stand where they were printed.)
        let band = rows ? band : squeezedMarksRejoined(band)
        var out: [[UInt32]] = []
        var read = false, left = 0
        let known = words == nil ? CharacterPairs() : known ?? CharacterPairs(band)
        for (range, heading) in blocks(band, rows: rows) {
            let lines = Array(band[range])
            guard !heading, let width = width(lines) else { out += lines; continue }
            let cut = lines.map { segments($0, width: width) }
            let k = cut.map(\.count).max() ?? 0
            // A page has a few columns (the choice of columns for a short line grows as 2^k).
            // Two readings: by rows (each line's segments to the columns, where the lines mostly
            // cut into all of them, with the text's evidence where there is a dictionary), and
            // the block's segments in order with the columns taking
            // turns (pdftotext prints a row per line only where the columns' baselines meet). The
            // one that reads on better is taken; by rows on a tie. Where the lines are the page's
            // rows (see `rows`) and mostly cut into two segments or more, each row's segments go
            // to the columns where the text reads on best.
            if rows, let wb = words, (2...maxColumns).contains(k), lines.count <= maxAlternatingLines, 2 * cut.filter({ $0.count >= 2 }).count >= cut.count {
                out += columnLists(cut, k, width: width, words: wb, known: known, datelines: true, periodic: true).joined()
                read = true
                continue
            }
            var byRows: [[[UInt32]]]? = nil
            if (2...maxColumns).contains(k), 2 * cut.filter({ $0.count == k }).count >= cut.count {
                byRows = words.map { columnLists(cut, k, width: width, words: $0, known: known) } ?? columnLists(cut, k, width: width)
            }
            if let wb = words {
                // (On a page of rows, a title's pieces set among the columns in a larger type take
                // no turn, as in pymupdf4llm's blocks: they are read first, apart. pdftotext's
                // default mode prints its rows in pieces, and there they read worse.)
                var flat: [[UInt32]] = [], apart: [[UInt32]] = []
                for s in cut.joined() {
                    if rows && isTitlePiece(s, width: width) { apart.append(s) } else { flat.append(s) }
                }
                // (Lines found glued are no column as printed: the columns taking turns need
                // to read on better by one word across a break, not a word and a pair of the
                // text's as in Markdown blocks, most of which are one column.)
                if let cols = alternating(flat, wb, margin: 2, known: known, width: width) {
                    // (Where half the lines or more hold two segments or more, the rows read
                    // with the text's evidence are taken where they beat the turns by the rows'
                    // own score, or the turns put two segments of a row in one column.)
                    // (Where fewer do, the lines are mostly a column's alone, printed in turns
                    // where the columns' baselines differ: the rows are read into as many columns
                    // as the turns found, and taken where they score so much better too, the
                    // rows' reading keeping each column's lines in the order printed — see
                    // ``overtakenPenalty`` — where the turns keep a fixed round.)
                    let glued = 2 * cut.filter({ $0.count >= 2 }).count >= cut.count
                    let columnCount = glued ? k : min(maxColumns, max(k, cols.count))
                    // (No more columns than `maxColumns`: a line cut into more is read no way.)
                    if apart.isEmpty, byRows == nil, (2...maxColumns).contains(columnCount), k <= columnCount, lines.count <= maxAlternatingLines {
                        var columnOf = [Int](repeating: 0, count: flat.count)
                        for (c, col) in cols.enumerated() { for i in col { columnOf[i] = c } }
                        let rows = scoredColumnLists(cut, columnCount, width: width, words: wb, known: known)
                        let turns = rowScore(cut, cols.count, columnOf: columnOf, width: width, words: wb, known: known)
                        if turns.map({ rows.score >= $0 + rowsOverTurnsMargin }) ?? true {
                            out += rows.columns.joined()
                            read = true
                            continue
                        }
                    }
                    let turns = (apart.isEmpty ? [] : [apart + [[]]]) + cols.map { $0.map { flat[$0] } }
                    func reads(_ cs: [[[UInt32]]]) -> Int {
                        cs.reduce(0) { t, c in t + zip(c, c.dropFirst()).reduce(0) { $0 + readsOn($1.0, $1.1, wb, known: known) } }
                    }
                    if byRows.map({ reads(turns) > reads($0) }) ?? true {
                        out += turns.joined()
                        read = true
                        continue
                    }
                }
            }
            if let rows = byRows {
                out += rows.joined()
                read = true
                continue
            }
            // Runs of lines cut alike, each read column by column.
            var i = 0
            while i < lines.count {
                let n = cut[i].count
                var j = i
                while j < lines.count && cut[j].count == n { j += 1 }
                if n >= 2 && j - i >= 2 {
                    for c in 0..<n { out += cut[i..<j].map { $0[c] } }
                    read = true
                } else {
                    out += lines[i..<j]
                    if n >= 2 { left += j - i }
                }
                i = j
            }
        }
        if let wb = words {
            let below = bylinesBelowLastLines(out, wb)
            // (Not on a page of rows: its lines are the columns' pieces of one row.)
            let moved = rows ? below : datelineLinesApart(below, wb, known: known, blockStarts: blockStarts)
            if moved != out {
                out = moved
                read = true
            }
        }
        return (out, read, left)
    }

    /// An article's first line that pdftotext printed alone inside another column, between a
    /// line of running text that leaves a sentence open and the line that goes on with it (`…卫滨区区长魏海晓先后`
    /// `本报讯 近日，全市科技服务业现场推` `深入平原镇、…`), goes to the band's end, apart: a
    /// dateline opens an article, so it cannot go on with an open sentence, and the line under it
    /// reads on from the line above it at least as well as from it. Only where one of the text's
    /// `blockStarts` (the first lines of its blank-line-separated blocks) finishes the word it
    /// leaves open (ICU's dictionary): there it is a box of its own that LAYOUT-BOX-ORDER reads on
    /// into that block (`…现场推` `进会在红旗区召开。…`).
    static func datelineLinesApart(_ lines: [[UInt32]], _ wb: WordBreaker, known: CharacterPairs, blockStarts: [[UInt32]]) -> [[UInt32]] {
        var kept: [[UInt32]] = [], apart: [[UInt32]] = []
        var i = 0
        while i < lines.count {
            if let a = kept.last.map({ Array(Scalars.trimmed($0)) }), i + 1 < lines.count {
                let b = Array(Scalars.trimmed(lines[i])), c = Array(Scalars.trimmed(lines[i + 1]))
                if let l = a.last, CharacterClass.isHan(l) || CharacterClass.isPause(CharacterClass.widthFolded(l)),
                   !CharacterClass.endsSentence(a), CharacterClass.hasPause(a), Byline.matchTrailing(a) == nil,
                   Dateline.match(b) != nil, !CharacterClass.endsSentence(b), !b.contains(0x3002),
                   let f = c.first, CharacterClass.isHan(f), Dateline.match(c) == nil,
                   readsOn(a, c, wb, known: known) >= readsOn(b, c, wb, known: known),
                   blockStarts.contains(where: { SJoin.splitsWord(b, $0, wb) }) {
                    apart.append(lines[i])
                    i += 1
                    continue
                }
            }
            kept.append(lines[i])
            i += 1
        }
        guard !apart.isEmpty else { return lines }
        return apart.reduce(kept) { $0 + [[], $1] }
    }

    /// A closing byline printed above its paragraph's last line goes below it: pdftotext prints
    /// a short last line under the byline set beside it (`…达到“玉米不减产、多收`
    /// `（张志超 罗菲 李萌 文/图）` `一季豆”的预期效果。`). The line under the byline is short, ends
    /// a sentence and finishes the word (ICU's dictionary) or the quotation the line above the
    /// byline leaves open, so a line of another article under a byline (`…产业项` `（杨恒战 罗菲）`
    /// `平台建设情况。`) stays where it is.
    static func bylinesBelowLastLines(_ lines: [[UInt32]], _ wb: WordBreaker) -> [[UInt32]] {
        var out = lines
        var i = 1
        while i + 1 < out.count {
            let a = Array(Scalars.trimmed(out[i - 1])), b = Array(Scalars.trimmed(out[i])), c = Array(Scalars.trimmed(out[i + 1]))
            if LayoutColumns.isBracketedByline(b[...]), !PhotoCredit.matches(b),
               let l = a.last, CharacterClass.isHan(l), !CharacterClass.endsSentence(a),
               let f = c.first, CharacterClass.isHan(f), c.count <= 16, CharacterClass.endsSentence(c),
               Dateline.match(c) == nil, SJoin.splitsWord(a, c, wb) || closesQuote(a, c) {
                out.swapAt(i, i + 1)
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    /// Whether `a` leaves a quotation open and `c` closes one before it opens any
    /// (`…达到“玉米不减产、多收` and `一季豆”的预期效果。`).
    private static func closesQuote(_ a: [UInt32], _ c: [UInt32]) -> Bool {
        var depth = 0
        for x in a {
            if x == 0x201C { depth += 1 } else if x == 0x201D { depth = max(0, depth - 1) }
        }
        guard depth > 0 else { return false }
        return c.first { $0 == 0x201C || $0 == 0x201D } == 0x201D
    }

    /// A run of two spaces or more: a gutter of text laid out by position (`-layout`), which no
    /// extractor that glues columns prints.
    static func hasGutter(_ s: [UInt32]) -> Bool { zip(s, s.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 } }

    /// Lines whose printed line pdftotext split at a mark squeezed after a closing quote or
    /// bracket (xeCJK: `…“最后一公里”` then `，该公司推行…`), joined again: a line that opens with a
    /// pause or end mark after one that ends with a closing mark takes its first word back.
    static func squeezedMarksRejoined(_ band: [[UInt32]]) -> [[UInt32]] {
        guard let width = width(band) else { return band }
        var out: [[UInt32]] = []
        for line in band {
            // (Not in text laid out by position, whose runs of spaces are gutters; and only where
            // the two pieces make one column line: ReportLab starts a line with a mark. Curly
            // quotes are set half an em wide there: `…要坚持“三个结合”` `，`.)
            let word = line.prefix { $0 != 0x20 }
            if let f = line.first, CharacterClass.isPause(CharacterClass.widthFolded(f)) || CharacterClass.isEnd(CharacterClass.widthFolded(f)),
               let before = out.last, let l = before.last, l == 0x201D || l == 0xFF09 || l == 0x300B, !hasGutter(before), !hasGutter(line),
               let piece = segments(before, width: width).last,
               Scalars.ems(piece) + Scalars.ems(word) <= Double(width) + 1 + 0.5 * Double(piece.filter { (0x2018...0x201D).contains($0) }.count) {
                out[out.count - 1] += word
                let rest = Array(line.dropFirst(word.count).drop { $0 == 0x20 })
                if !rest.isEmpty { out.append(rest) }
                continue
            }
            out.append(line)
        }
        return out
    }

    /// The most columns a block is read as (newspapers print up to eight).
    static let maxColumns = 8

    /// The segments of a block whose lines mostly cut into all `k` columns, read column by
    /// column. A line with fewer segments lacks some columns (one that starts lower, below a
    /// photo, or has ended): its segments go, in order, to the columns whose last line was full
    /// (the text goes on there), or else that have begun.
    static func columns(_ cut: [[[UInt32]]], _ k: Int, width: Int) -> [[UInt32]] {
        Array(columnLists(cut, k, width: width).joined())
    }

    /// ``columns(_:_:width:)``, each column's lines apart.
    static func columnLists(_ cut: [[[UInt32]]], _ k: Int, width: Int) -> [[[UInt32]]] {
        var columns = [[[UInt32]]](repeating: [], count: k)
        var open = [Bool](repeating: true, count: k)
        for segments in cut {
            var best: (score: Int, pick: [Int])?
            for pick in combinations(k, segments.count) {
                let score = pick.reduce(0) { $0 + (open[$1] ? 2 : 0) + (columns[$1].isEmpty ? 0 : 1) }
                if best.map({ score > $0.score }) ?? true { best = (score, pick) }
            }
            for (s, j) in zip(segments, best!.pick) {
                columns[j].append(s)
                open[j] = Scalars.ems(s) >= Double(width) - 1
            }
        }
        return columns
    }

    /// ``readsOn(_:_:_:known:)`` between two of a block's segments (indices into `flat`), each
    /// pair found once: the readings of rows in a beam ask for the same pairs again and again, and
    /// each asks ICU's dictionary.
    final class SegmentReads {
        private let flat: [[UInt32]]
        private let wb: WordBreaker
        private let known: CharacterPairs
        private var found: [Int: Int] = [:]

        init(_ flat: [[UInt32]], _ wb: WordBreaker, known: CharacterPairs) {
            self.flat = flat
            self.wb = wb
            self.known = known
        }

        func callAsFunction(_ a: Int, _ b: Int) -> Int {
            let key = a * flat.count + b
            if let r = found[key] { return r }
            let r = InterleavedColumns.readsOn(flat[a], flat[b], wb, known: known)
            found[key] = r
            return r
        }
    }

    /// A reading of rows into `k` columns, row by row: its score (see
    /// ``columnLists(_:_:width:words:beam:known:rowShift:firstLine:overtaken:datelines:periodic:)``) and what the rows to come
    /// are scored against.
    struct RowReading {
        var score = 0
        /// Each column's last segment (an index into the block's segments in order), -1 before.
        var last: [Int]
        /// Whether each column's last line goes on (full, or a paragraph's first line).
        var open: [Bool]
        /// Whether each column's last line ends a paragraph (short, at a sentence's end or a
        /// closing byline): a full line does not follow it.
        var ended: [Bool]
        /// Each column's count of lines.
        var lines: [Int]
        /// For two columns `a` and `b`, at `a * k + b`: how many lines `a` had more than `b`
        /// when they last shared a row, `Int.min` before.
        var apart: [Int]
        /// For two columns `a` and `b`, at `a * k + b`: how many lines `b` has taken since `a`'s last.
        var since: [Int]
        var step = -1
        /// The picks of the last step's rows (one row, or a stretch of them, see
        /// ``periodicStretches(_:_:)``).
        var choice: [[Int]] = []

        init(_ k: Int) {
            last = Array(repeating: -1, count: k)
            open = Array(repeating: true, count: k)
            ended = Array(repeating: false, count: k)
            lines = Array(repeating: 0, count: k)
            apart = Array(repeating: Int.min, count: k * k)
            since = Array(repeating: 0, count: k * k)
        }

        /// The reading with one more row: its segments `ids` (in `flat`, each `full` or a
        /// paragraph's `first` line, see ``lineKinds(_:width:datelines:ems:)``) to the columns `pick`.
        mutating func take(_ ids: Range<Int>, _ pick: [Int], _ kinds: [(ems: Double, full: Bool, first: Bool, ends: Bool)], reads: SegmentReads,
                           rowShift: Int, firstLine: Int, overtaken: Int) {
            let k = last.count
            for (x, a) in pick.enumerated() {
                for b in pick[(x + 1)...] {
                    let d = lines[a] - lines[b], was = apart[a * k + b]
                    if was != Int.min { score -= rowShift * min(3, abs(d - was)) }
                    apart[a * k + b] = d
                }
            }
            for (i, c) in zip(ids, pick) {
                let first = kinds[i].first
                if first && last[c] >= 0 && open[c] { score -= firstLine }
                // (Another column that took two lines or more since this one's last has overtaken it.)
                for d in 0..<k where d != c {
                    if last[c] >= 0 && since[c * k + d] >= 2 { score -= overtaken * min(3, since[c * k + d] - 1) }
                    since[c * k + d] = 0
                    since[d * k + c] += 1
                }
                if kinds[i].full && last[c] >= 0 && ended[c] { score -= firstLine }
                score += (open[c] ? 2 : 0) + (last[c] < 0 ? 0 : 1)
                if last[c] >= 0 { score += 2 * reads(last[c], i) }
                last[c] = i
                lines[c] += 1
                open[c] = kinds[i].full || first
                ended[c] = kinds[i].ends
            }
        }
    }

    /// ``columnLists(_:_:width:)`` with the text's evidence: every row's choice of columns is kept
    /// open among the best `beam` readings so far, each scored by the same preference for open and
    /// begun columns plus how each column's text reads on (``readsOn(_:_:_:known:)``, doubled),
    /// less `rowShift` (``rowShiftPenalty``) where a row's columns stand apart otherwise than
    /// before and `firstLine` (``firstLinePenalty``) where a paragraph's first line follows a full
    /// one. Linear in the rows: a reading keeps each column's last segment and a link to the
    /// reading it grew from.
    ///
    ///     本报讯…树立和践 | 重点任务…正确政 | 组）要切实…中央和 | 育不走过程…三个结合”，
    ///     彻习近平…正确政绩观 | 记、区长…区领导李 | 的政治自觉…提质增效。       (the fourth lower)
    ///     数”示范引领与全员参与、问题集中整治与
    ///     的重要论述…中央党 | 向军、郭潇潇…万鹏、
    ///     刘怀斌强调…抓实深 | 长效机制建设…警示教       (a paragraph's glue: two columns lower)
    ///     …
    ///
    /// The third row's lone segment is the fourth column's. The fifth row's two segments may be
    /// the first two columns' or the last two's, and so may the sixth's; the rows below decide,
    /// where the columns that share a row keep their distance in lines only one way.
    ///
    /// `periodic` (a page of rows, pdfplumber's): a stretch whose rows repeat a pattern of two or
    /// three rows is one step, its rows' columns chosen once (``periodicStretches(_:_:)``).
    static func columnLists(_ cut: [[[UInt32]]], _ k: Int, width: Int, words wb: WordBreaker, beam: Int = 24, known: CharacterPairs = CharacterPairs(),
                            rowShift: Int = rowShiftPenalty, firstLine: Int = firstLinePenalty, overtaken: Int = overtakenPenalty,
                            datelines: Bool = false, periodic: Bool = false) -> [[[UInt32]]] {
        scoredColumnLists(cut, k, width: width, words: wb, beam: beam, known: known, rowShift: rowShift, firstLine: firstLine, overtaken: overtaken,
                          datelines: datelines, periodic: periodic).columns
    }

    /// Stretches of a page of rows whose columns take turns in a fixed pattern, each with every
    /// way the pattern's rows can hold the columns.
    ///
    /// Where every column of a block is in running text, each takes one line per line pitch,
    /// and the columns whose baselines meet share a row: the rows repeat one pattern of column
    /// sets, `3, 2, 3, 2, …` segments for five columns of two phases (pdfplumber's ReportLab
    /// pages hold dozens of such rows). Where a stretch repeats a pattern of two or three rows
    /// at least three times and the pattern's rows hold every column once, a reading gives
    /// each row of the pattern the same columns all down the stretch (a column is one line of
    /// text under another): the beam takes the stretch as one step, one choice for all its
    /// rows, where row by row it could swap two columns wherever their text gives no evidence.
    static func periodicStretches(_ cut: [[[UInt32]]], _ k: Int) -> [(rows: Range<Int>, choices: [[[Int]]])] {
        let n = cut.count
        let count = cut.map(\.count)
        var covered = [Bool](repeating: false, count: n)
        var out: [(rows: Range<Int>, choices: [[[Int]]])] = []
        for period in 2...3 {
            var r = 0
            while r + 3 * period <= n {
                var e = r + period
                while e < n && count[e] == count[e - period] && !covered[e] { e += 1 }
                let pattern = Array(count[r..<(r + period)])
                // (Not rows alike, `2, 2, 2, …`: as many columns in every row, the others ended or
                // not begun, read as they are.)
                guard e - r >= 3 * period, Set(pattern).count > 1, !covered[r..<e].contains(true), pattern.reduce(0, +) == k else { r += 1; continue }
                out.append((r..<e, patternChoices(pattern, k)))
                for x in r..<e { covered[x] = true }
                r = e
            }
        }
        return out.sorted { $0.rows.lowerBound < $1.rows.lowerBound }
    }

    /// Every way to give `k` columns, left to right, to a pattern's rows (`pattern`: segments
    /// each, `k` in all): each row's columns in order.
    static func patternChoices(_ pattern: [Int], _ k: Int) -> [[[Int]]] {
        var out: [[[Int]]] = []
        var owner = [Int](repeating: 0, count: k), left = pattern
        func go(_ c: Int) {
            if c == k {
                var slots = [[Int]](repeating: [], count: pattern.count)
                for (col, t) in owner.enumerated() { slots[t].append(col) }
                out.append(slots)
                return
            }
            for t in pattern.indices where left[t] > 0 {
                owner[c] = t
                left[t] -= 1
                go(c + 1)
                left[t] += 1
            }
        }
        go(0)
        return out
    }

    /// ``columnLists(_:_:width:words:beam:known:rowShift:firstLine:overtaken:datelines:periodic:)`` and the best reading's score.
    /// Every row holds `k` segments at most.
    static func scoredColumnLists(_ cut: [[[UInt32]]], _ k: Int, width: Int, words wb: WordBreaker, beam: Int = 24, known: CharacterPairs = CharacterPairs(),
                                  rowShift: Int = rowShiftPenalty, firstLine: Int = firstLinePenalty, overtaken: Int = overtakenPenalty,
                                  datelines: Bool = false, periodic: Bool = false) -> (columns: [[[UInt32]]], score: Int) {
        // Each kept row's choice of columns, linked to the choice before it.
        var steps: [(before: Int, pick: [Int])] = []
        let flat = cut.flatMap { $0 }
        let kinds = lineKinds(flat, width: width, datelines: datelines)
        let reads = SegmentReads(flat, wb, known: known)
        // (Stretches whose rows repeat a pattern: one step each, see ``periodicStretches(_:_:)``.)
        let stretches = periodic ? periodicStretches(cut, k) : []
        var starts = [Int](repeating: 0, count: cut.count + 1)
        for (r, segments) in cut.enumerated() { starts[r + 1] = starts[r] + segments.count }
        var readings = [RowReading(k)]
        var row = 0, stretch = 0
        while row < cut.count {
            // The step's rows, and its choices: each a pick of columns for each of its rows.
            let rows: Range<Int>
            let choices: [[[Int]]]
            if stretch < stretches.count && stretches[stretch].rows.lowerBound == row {
                let s = stretches[stretch]
                let period = s.choices[0].count
                rows = s.rows
                choices = s.choices.map { slots in rows.map { slots[($0 - rows.lowerBound) % period] } }
                stretch += 1
            } else {
                rows = row..<(row + 1)
                choices = combinations(k, cut[row].count).map { [$0] }
            }
            var next: [RowReading] = []
            var seen: [[Int]: Int] = [:]
            for r in readings {
                for choice in choices {
                    var t = r
                    for (x, pick) in zip(rows, choice) {
                        t.take(starts[x]..<starts[x + 1], pick, kinds, reads: reads, rowShift: rowShift, firstLine: firstLine, overtaken: overtaken)
                    }
                    t.choice = choice
                    // (Readings that end alike go on alike: the better is kept.)
                    if let j = seen[t.last] {
                        if t.score > next[j].score { next[j] = t }
                    } else {
                        seen[t.last] = next.count
                        next.append(t)
                    }
                }
            }
            next.sort { $0.score > $1.score }
            readings = next.prefix(beam).map { r in
                var r = r
                for pick in r.choice {
                    steps.append((r.step, pick))
                    r.step = steps.count - 1
                }
                return r
            }
            row = rows.upperBound
        }
        // The best reading's choices, row by row from the last.
        var picks: [[Int]] = []
        var step = readings[0].step
        while step >= 0 { picks.append(steps[step].pick); step = steps[step].before }
        var columns = [[[UInt32]]](repeating: [], count: k)
        for (segments, pick) in zip(cut, picks.reversed()) {
            for (s, c) in zip(segments, pick) { columns[c].append(s) }
        }
        return (columns, readings[0].score)
    }

    /// The score of a block's rows read into `k` columns as `columnOf` says (each segment's
    /// column, the segments in order), as ``RowReading`` scores it; nil where two segments of one
    /// row go to one column (no reading of rows: `…下一阶段` `是今年…` printed side by side).
    static func rowScore(_ cut: [[[UInt32]]], _ k: Int, columnOf: [Int], width: Int, words wb: WordBreaker, known: CharacterPairs) -> Int? {
        let flat = cut.flatMap { $0 }
        let kinds = lineKinds(flat, width: width, datelines: false)
        let reads = SegmentReads(flat, wb, known: known)
        var reading = RowReading(k)
        var first = 0
        for segments in cut {
            let ids = first..<(first + segments.count)
            first += segments.count
            let pick = ids.map { columnOf[$0] }
            guard Set(pick).count == pick.count else { return nil }
            reading.take(ids, pick, kinds, reads: reads, rowShift: rowShiftPenalty, firstLine: firstLinePenalty, overtaken: overtakenPenalty)
        }
        return reading.score
    }

    /// How much more the rows read by ``columnLists(_:_:width:words:beam:known:rowShift:firstLine:overtaken:datelines:periodic:)``
    /// must score than the columns taking turns (``rowScore(_:_:columnOf:width:words:known:)``) to
    /// be taken: a word across a break, which the rows' score counts twice (the beam chose its
    /// reading by that score; the turns did not). Six, a word and a half, before the rows counted
    /// a column overtaken (``overtakenPenalty``): measured over the page fixtures, four reads
    /// pdftotext's default mode best since (three to five alike, two far worse).
    static let rowsOverTurnsMargin = 4

    /// Whether a segment `ems` wide is a paragraph's first line in a column `width` ems wide:
    /// set two ems in (half an em either way), not ending a sentence. Its text goes on in the
    /// column, and it follows no full line (a paragraph that fills its last line is rare):
    /// pdfplumber's `麦收期间，肖存兴每日顶着烈日巡查地块，科学统筹` (23 of 25 ems) opens a column
    /// below a photo, not the paragraph of the full line `…积极助力家乡` beside it.
    static func isFirstLine(_ s: [UInt32], ems: Double, width: Int) -> Bool {
        ems >= Double(width) - 2.5 && ems < Double(width) - 1 && !CharacterClass.endsSentence(s)
    }

    /// Each segment's width in `ems` and kind in a column `width` ems wide, found once for every
    /// reading: a full line (an em short at most), or a paragraph's first line
    /// (``isFirstLine(_:ems:width:)``) — with `datelines`, a dateline's line as well, set in or not
    /// (`本报讯 近日，…` goes on from no open line: it opens an article). The columns taking turns
    /// and the rows of a page of rows (pdfplumber) read so; pdftotext's rows in pieces read better
    /// without (measured over the page fixtures).
    static func lineKinds(_ segments: [[UInt32]], width: Int, datelines: Bool, ems: ([UInt32]) -> Double = { Scalars.ems($0) })
        -> [(ems: Double, full: Bool, first: Bool, ends: Bool)] {
        segments.map { s in
            let e = ems(s)
            return (e, e >= Double(width) - 1, isFirstLine(s, ems: e, width: width) || (datelines && Dateline.match(s) != nil),
                    e < Double(width) - 2.5 && (CharacterClass.endsSentence(s) || isClosingByline(s)))
        }
    }

    /// The cost of a paragraph's first line (``isFirstLine(_:ems:width:)``) read after a full line.
    static let firstLinePenalty = 3

    /// The cost, per line (up to three), of a row whose columns stand a different count of lines
    /// apart than when they last shared a row, in ``columnLists(_:_:width:words:beam:known:rowShift:firstLine:overtaken:datelines:periodic:)``.
    /// A row's segments stand on one baseline, and the columns of a block keep one grid of lines:
    /// two columns that have taken different counts of lines since they last shared a row have
    /// one taken a line of another's. (Not one column ahead of the others: a column that has
    /// ended, or begins below a photo, lags.)
    static let rowShiftPenalty = 4

    /// The cost, per line past the first (up to three), of a column read on after another took
    /// two lines or more since its last, in ``columnLists(_:_:width:words:beam:known:rowShift:firstLine:overtaken:datelines:periodic:)``.
    /// pdftotext prints a page's lines from the top down, each row of baselines once: where two
    /// columns' baselines differ, their lines take turns, one of each between two of the other
    /// (`…在建工地等管控措施落实` `展动能、…具有重要意义。（卫滨宣）` `情况，现场调度、…` `要始终坚持…`).
    /// Two lines of one column between two of another's need a gap in that one: a paragraph's
    /// space, a photo. (Not waived after a paragraph's last line: measured over the page
    /// fixtures, pdftotext's default mode and pdfplumber read better without.)
    static let overtakenPenalty = 1

    /// The cost of a change in the count of columns taking turns (in the scores of
    /// ``readsOn(_:_:_:known:)``: a word and a half).
    static let turnChangePenalty = 2

    /// A block whose columns take turns in stretches of whole rows, the count of columns changing
    /// from one stretch to the next as a column ends (a closing byline, a photo) or starts (a
    /// title set across the others ends): `州1600吨超` `置体系；…` `们纷纷点赞。…` in turns of three,
    /// then of two. As in ``alternating(_:_:margin:known:)``, a column may stand alone before the
    /// first stretch and after the last. Each stretch is two rows or more; from one stretch to the
    /// next, the columns go on in order (the fewer columns go on from as many of the others, the
    /// pairing that reads on best), and each change costs ``turnChangePenalty``. Nil unless two
    /// stretches or more read best. `near`: how each of `n` lines reads on in the lines up to
    /// ``linkSpan`` after it (``readsOn(_:_:_:known:)``, `linkSpan` a line); `run`: the printed
    /// order's score up to each line.
    static func changingTurns(_ n: Int, near: [Int], run: [Int]) -> (score: Int, columns: [[Int]])? {
        let K = maxTurns, L = linkSpan
        guard n >= 8 else { return nil }
        func score(_ a: Int, _ b: Int) -> Int { a >= 0 && b > a && b - a <= L ? near[a * L + b - a - 1] : 0 }
        // within[k][i]: the links of lines k apart up to line i, each stretch's own score in O(1).
        var within = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: K + 1)
        for k in 2...K {
            for i in 0..<n { within[k][i + 1] = within[k][i] + (i >= k ? score(i - k, i) : 0) }
        }
        func inside(_ p: Int, _ r: Int, _ k: Int) -> Int { p + k <= r ? within[k][r] - within[k][p + k] : 0 }
        /// How a stretch of k2 columns at q goes on from one of k1 ending at q: the columns that go
        /// on, in order, and their score.
        func link(_ q: Int, _ k1: Int, _ k2: Int) -> (score: Int, pick: [Int]) {
            var best = (score: Int.min, pick: [Int]())
            for pick in combinations(max(k1, k2), min(k1, k2)) {
                var t = 0
                for (j, c) in pick.enumerated() {
                    t += k2 < k1 ? score(q - k1 + c, q + j) : score(q - k1 + j, q + c)
                }
                if t > best.score { best = (t, pick) }
            }
            return best
        }
        // f[q][k]: the best reading of lines ..<q that ends a stretch of k columns with a whole row
        // at q, and how it was reached.
        enum From { case first(p: Int, start: Int); case stretch(q: Int, k: Int, pick: [Int]) }
        var f = [[(score: Int, from: From)?]](repeating: [(score: Int, from: From)?](repeating: nil, count: K + 1), count: n + 1)
        for k in 2...K where 2 * k <= n {
            for p in 0...(n - 2 * k) {
                let before = p > 0 ? run[p - 1] : 0
                for start in 0..<k where p > 0 || start == 0 {
                    let entry = p > 0 ? score(p - 1, p + (k - start) % k) : 0
                    // (Ends with a whole row: the line before r is the last column's.)
                    var r = p + (k - start) % k
                    if r == p { r += k }
                    while r - p < 2 * k { r += k }
                    while r <= n {
                        let t = before + entry + inside(p, r, k)
                        if f[r][k].map({ t > $0.score }) ?? true { f[r][k] = (t, .first(p: p, start: start)) }
                        r += k
                    }
                }
            }
        }
        var best: (score: Int, q: Int, k1: Int, k2: Int, pick: [Int], r: Int, tail: Int)?
        for q in 0..<n {
            for k1 in 2...K {
                guard let here = f[q][k1] else { continue }
                for k2 in 2...K where k2 != k1 && q + 2 * k2 <= n {
                    let l = link(q, k1, k2)
                    let base = here.score + l.score - turnChangePenalty
                    var r = q + 2 * k2
                    while r <= n {
                        let t = base + inside(q, r, k2)
                        // (A whole row: a stretch may follow.)
                        if (r - q) % k2 == 0, f[r][k2].map({ t > $0.score }) ?? true { f[r][k2] = (t, .stretch(q: q, k: k1, pick: l.pick)) }
                        // (Or the last stretch, a column alone after it.)
                        for tail in 0..<k2 where r < n || tail == 0 {
                            var rest = 0
                            if r < n {
                                let lastOfTail = r - 1 - ((r - 1 - q - tail) % k2 + k2) % k2
                                rest = score(lastOfTail, r) + run[n - 1] - run[r]
                            }
                            if best.map({ t + rest > $0.score }) ?? true { best = (t + rest, q, k1, k2, l.pick, r, tail) }
                        }
                        r += 1
                    }
                }
            }
        }
        guard let b = best else { return nil }
        // The stretches, last first, then each line's column (columns numbered as they start).
        var stretches: [(p: Int, k: Int, pick: [Int])] = [(b.q, b.k2, b.pick)]
        var at = (q: b.q, k: b.k1)
        var first = (p: 0, start: 0)
        while true {
            guard let node = f[at.q][at.k] else { return nil }
            switch node.from {
            case .first(let p, let start):
                stretches.append((p, at.k, []))
                first = (p, start)
            case .stretch(let q, let k, let pick):
                stretches.append((q, at.k, pick))
                at = (q, k)
                continue
            }
            break
        }
        stretches.reverse()
        var column = [Int](repeating: 0, count: n)
        var ids = Array(0..<stretches[0].k)
        var next = stretches[0].k
        for (s, stretch) in stretches.enumerated() {
            if s > 0 {
                let k1 = stretches[s - 1].k
                var fresh: [Int] = []
                if stretch.k < k1 {
                    fresh = stretch.pick.map { ids[$0] }
                } else {
                    fresh = [Int](repeating: -1, count: stretch.k)
                    for (i, c) in stretch.pick.enumerated() { fresh[c] = ids[i] }
                    for j in fresh.indices where fresh[j] < 0 { fresh[j] = next; next += 1 }
                }
                ids = fresh
            }
            let end = s + 1 < stretches.count ? stretches[s + 1].p : b.r
            let phase = s == 0 ? first.start : 0
            for i in stretch.p..<end { column[i] = ids[(phase + i - stretch.p) % stretch.k] }
        }
        // (The column alone before the first stretch goes on in its first column, 0 as set, the
        // one after the last stretch from its column `tail`.)
        for i in b.r..<n { column[i] = ids[b.tail] }
        var order: [Int] = []
        for c in column where !order.contains(c) { order.append(c) }
        let columns = order.map { c in (0..<n).filter { column[$0] == c } }
        guard columns.allSatisfy({ $0.count >= 2 }) else { return nil }
        return (b.score, columns)
    }

    /// The ways to choose `n` of `k` columns, in order (lexicographic).
    static func combinations(_ k: Int, _ n: Int) -> [[Int]] {
        guard n > 0 else { return [[]] }
        guard n <= k else { return [] }
        var out: [[Int]] = []
        func go(_ from: Int, _ pick: [Int]) {
            if pick.count == n { out.append(pick); return }
            guard from < k else { return }
            for j in from..<k where k - j >= n - pick.count { go(j + 1, pick + [j]) }
        }
        go(0, [])
        return out
    }
}

/// LAYOUT-INTERLEAVED in Markdown (pymupdf4llm): a text block printed as one paragraph whose
/// lines it joined with spaces, the lines of two or more columns taking turns
/// (`本报讯 6 月 8 日,红旗区召开树立和践` `重点任务,持续推动全区树立和践行正确政`
/// `行正确政绩观学习教育座谈会,…`). The block's printed lines are told apart by width, then each is
/// given to a column so that the text reads on best: a line goes on from the one before it in its
/// column where the two make a word across the break (ICU's dictionary: `和践|行正确`) or where it
/// opens with what only continues a sentence. The block is read column by column only when that
/// reads on clearly better than the order printed, and each column holds two lines or more. A
/// title set among the columns in a larger type (short lines with no mark of a sentence) takes
/// no turn: its pieces head the column of a dateline right after them, or the block.
extension InterleavedColumns {
    /// Whether line `b` reads on from line `a` in one column: +2 for a word across the break, +1
    /// for two Han characters across it that the text prints together elsewhere (`known`, see
    /// ``CharacterPairs``), +1 for a line that opens with a closing or pause mark after one that
    /// stops mid-sentence, −2 for such a line after a sentence's end.
    static func readsOn(_ a: [UInt32], _ b: [UInt32], _ wb: WordBreaker, known: CharacterPairs = CharacterPairs()) -> Int {
        guard let l = a.last, let f = b.first.map(CharacterClass.widthFolded) else { return 0 }
        if SJoin.splitsWord(a, b, wb) { return 2 }
        if known.contains(l, f) { return 1 }
        guard CharacterClass.isCloseOrPause(f) else { return 0 }
        return CharacterClass.isEnd(CharacterClass.widthFolded(l)) ? -2 : 1
    }

    /// A closing byline in brackets, full or half width (NFKC): `（红旗宣）`, `(红旗宣)`. It ends its
    /// article's last paragraph as a sentence's end does.
    static func isClosingByline(_ s: [UInt32]) -> Bool {
        LayoutColumns.isBracketedByline(Scalars.trimmed(s).map(CharacterClass.widthFolded)[...])
    }

    /// The most printed lines in a block that ``alternating(_:_:)`` reads (a page holds fewer).
    static let maxAlternatingLines = 512

    /// The most columns taking turns in one block.
    static let maxTurns = 5

    /// The farthest apart two lines of a column are in a block read in stretches: from a
    /// stretch's last row of up to ``maxTurns`` lines to the next one's first.
    static let linkSpan = 2 * maxTurns - 1

    /// The columns of a block's printed lines (each column's lines in order, the columns in the
    /// order of their first lines), or nil when the block reads on as printed. pymupdf4llm takes
    /// the lines of two to five columns in turn where they have lines at the same height: a
    /// block is one column alone (above where the others start), then the columns taking turns,
    /// then one alone (below where the others end). Each such reading is scored by how its
    /// columns read on, and the best is taken when it reads on better than the printed order by
    /// `margin` (a word across a break scores 2; two words by default), with two turns at least.
    /// Given the column's `width` (in `ems`), a paragraph's first line (``isFirstLine(_:ems:width:)``)
    /// read after a line that goes on (a full one, or another first line) costs 1: the paragraph
    /// of a full line goes on in the column's next line. So does a full line read after a short
    /// one that ends a sentence: the next paragraph's first line is set in.
    static func alternating(_ segments: [[UInt32]], _ wb: WordBreaker, margin: Int = 4, known: CharacterPairs = CharacterPairs(),
                            width: Int? = nil, ems: ([UInt32]) -> Double = { Scalars.ems($0) }) -> [[Int]]? {
        let n = segments.count
        // (A block of more lines than a page holds is left: it is no column text.)
        guard n >= 4, n <= maxAlternatingLines else { return nil }
        // Every reading links lines at most `maxTurns` apart (each column takes a turn in every
        // round), and a reading in stretches links a stretch's last row to the next one's first,
        // up to `linkSpan` apart: their scores are found once, for both.
        let span = maxTurns, stride = linkSpan
        var near = [Int](repeating: 0, count: n * stride)
        for a in 0..<n {
            for d in 1...stride where a + d < n { near[a * stride + d - 1] = readsOn(segments[a], segments[a + d], wb, known: known) }
        }
        // (In a column `width` ems wide, a paragraph's first line reads on from no line that
        // goes on, a full one or another first line; and a paragraph's short last line, or a
        // closing byline, is followed by a first line, not a full one.)
        if let w = width {
            let kinds = lineKinds(segments, width: w, datelines: true, ems: ems)
            for a in 0..<n {
                let goesOn = kinds[a].full || kinds[a].first
                let ends = kinds[a].ends
                for d in 1...stride where a + d < n {
                    if goesOn && kinds[a + d].first { near[a * stride + d - 1] -= 1 }
                    if ends && kinds[a + d].full { near[a * stride + d - 1] -= 1 }
                }
            }
        }
        // The printed order's score up to each line (consecutive lines in one column).
        var run = [Int](repeating: 0, count: n)
        for i in 1..<n { run[i] = run[i - 1] + near[(i - 1) * stride] }
        let printed = run[n - 1]
        // Each reading in O(1) as the alternation grows: lines before p in the first column,
        // p..<q taking turns among k columns (line p in column `start`), q..<n in column `tail`.
        var best = (score: Int.min, p: 0, q: 0, k: 0, start: 0, tail: 0)
        near.withUnsafeBufferPointer { near in
            run.withUnsafeBufferPointer { run in
                @inline(__always) func score(_ a: Int, _ b: Int) -> Int { b - a <= span ? near[a * stride + b - a - 1] : 0 }
                var last = [Int](repeating: -1, count: span)
                for k in 2...span {
                    for p in 0..<(n - 3) {
                        let before = p > 0 ? run[p - 1] : 0
                        for start in 0..<k where p > 0 || start == 0 {
                            for c in 0..<k { last[c] = -1 }
                            last[0] = p - 1
                            var alternation = 0, c = start
                            for q in (p + 1)...n {
                                let i = q - 1
                                if last[c] >= 0 { alternation += score(last[c], i) }
                                last[c] = i
                                c = c + 1 == k ? 0 : c + 1
                                guard q - p >= 2 * k else { continue }
                                let suffix = q < n ? run[n - 1] - run[q] : 0
                                for tail in 0..<k where q < n || tail == 0 {
                                    let rest = q < n ? (last[tail] >= 0 ? score(last[tail], q) : 0) + suffix : 0
                                    let t = before + alternation + rest
                                    // (Of readings that score alike, the fewest columns and the
                                    // longest alternation are kept.)
                                    if t > best.score || (t == best.score && k == best.k && p == best.p && q > best.q) {
                                        best = (t, p, q, k, start, tail)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let b = best
        // (Where columns end and start inside the block, their count changes: the reading in
        // stretches, each with its own count, may read on better.)
        if let changing = changingTurns(n, near: near, run: run), changing.score > b.score, changing.score >= printed + margin {
            return changing.columns
        }
        guard b.score >= printed + margin else { return nil }
        let column = (0..<n).map { i in i < b.p ? 0 : i < b.q ? (b.start + i - b.p) % b.k : b.tail }
        // The columns in the order of their first lines.
        var order: [Int] = []
        for c in column where !order.contains(c) { order.append(c) }
        let columns = order.map { c in (0..<n).filter { column[$0] == c } }
        guard columns.allSatisfy({ $0.count >= 2 }) else { return nil }
        return columns
    }
}

extension InterleavedColumns {
    /// The printed width in ems of Markdown text: NFKC turned fullwidth `，；：！？（）` into ASCII,
    /// but they were printed an em wide; emphasis markers are not printed.
    static func ems(_ s: some Collection<UInt32>) -> Double {
        s.reduce(0) { t, c in
            switch c {
            case 0x2A: return t
            case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29: return t + 1
            case 0x20: return t + 0.25
            default: return t + (c >= 0x2000 ? 1 : 0.5)
            }
        }
    }

    /// The column width of Markdown blocks: the commonest printed width of their long words.
    static func markdownWidth(_ lines: [[UInt32]]) -> Int? { width(lines, ems: { ems($0) }) }

    /// A Markdown block's printed lines: words joined (one space apart) while they fit in
    /// `width` ems and a half (a line's marks may be squeezed, NFKC's `,` counts half an em), the
    /// emphasis markers pymupdf4llm adds not counted. A letter-spaced line (six words or more of
    /// one or two characters: Chromium stretched it to the measure, `豆 、 玉 米 同 种 …`) is
    /// counted without its spaces and holds an em less than `width` at most: its spaces take no
    /// room of their own, and a line is stretched so only where it is short, its next character
    /// kept off it (`…粮袋` then `子”，…`: a closing mark never opens a line). The next column's
    /// line may be letter-spaced too. Stretching spaces a whole line: a letter-spaced run opens a
    /// line of its own (`…采取“一` then `职 能 部 ⻔ …`, a paragraph's first line set in before it).
    static func markdownSegments(_ line: [UInt32], width: Int) -> [[UInt32]] {
        var out: [[UInt32]] = []
        var used = 0.0
        let words = line.split(separator: 0x20)
        // (A jump line is a printed line of its own: `**(上接第** 1 **版)**` then `州 1600 吨…`.)
        func jumpLine(_ x: [UInt32]) -> Bool { [0x2A, 0x29, 0xFF09].contains(x.last ?? 0) && isJumpLine(x) }
        // (Letter-spaced: a run of six words or more of one or two characters.)
        var inRun = [Bool](repeating: false, count: words.count)
        var r0 = 0
        for j in 0...words.count {
            if j < words.count && words[j].count <= 2 { continue }
            if j - r0 >= 6 { for t in r0..<j { inRun[t] = true } }
            r0 = j + 1
        }
        for (j, w) in words.enumerated() {
            let e = ems(w)
            // (A space no glue makes is a break between lines, `…反映民 意。 (向阳宣)`: pymupdf4llm
            // joins a block's lines so. Extractors that glue columns by position put spaces where
            // a title's or a credit's were, which width tells apart better.)
            // (A lone Han character before digits or Latin letters is glued to them, xeCJK's
            // glue: the space before it, after Han, is a line's end, `…100%,树 习 12 次。…`.)
            let beforeASCII = w.count == 1 && CharacterClass.isHan(w[w.startIndex]) && j + 1 < words.count
                && (words[j + 1].first.map { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) } ?? false)
            let ended = out.last.map { !mayGlue($0, w, strict: true) || (beforeASCII && ($0.last.map(CharacterClass.isHan) ?? false)) || jumpLine($0) } ?? false
            let spaced = inRun[j] && j > 0 && inRun[j - 1]
            let gap = spaced ? 0.0 : 0.25
            let slack = inRun[j] ? -1.0 : 1.5
            let opensRun = inRun[j] && !spaced
            if !out.isEmpty, !ended, !opensRun, used + gap + e <= Double(width) + slack {
                out[out.count - 1] += [0x20] + w
                used += gap + e
            } else {
                out.append(Array(w))
                used = e
            }
        }
        return out
    }

    /// A printed line that is a jump line, its emphasis markers not read (`**(下转第** 4 **版)**`).
    static func isJumpLine(_ x: [UInt32]) -> Bool { Continuation.match(x.filter { $0 != 0x2A }) != nil }

    /// A column's printed lines as paragraphs, and whether it has more than one: a line that
    /// ends a sentence two ems short of the column or more is a paragraph's last (`…研究探讨片区高质量发展的实施路径。`,
    /// 17 of 19 ems, before an unindented `邓国永指出,…`); the lines of a paragraph are joined
    /// with one space, as pymupdf4llm joins them.
    static func paragraphs(_ lines: [[UInt32]], width w: Int) -> (text: [UInt32], breaks: Bool) {
        var out: [UInt32] = []
        var breaks = false
        // A title set inside the column: lines short of it with no mark of a sentence, right
        // before a line that opens with a dateline (`红旗区西街街道曙光` `社区` `开展夏季环境` …
        // `本报讯 6月8日,…`). It is a heading of its own.
        var title = [Bool](repeating: false, count: lines.count)
        for k in lines.indices where LayoutColumns.opensWithDateline(lines[k]) {
            var t = k
            while t > 0, isTitleLine(lines[t - 1], width: w) { t -= 1 }
            for i in t..<k { title[i] = true }
        }
        for (k, line) in lines.enumerated() {
            if title[k] && (k == 0 || !title[k - 1]) {
                if k > 0 { out += [0x0A, 0x0A] }
                out += [0x23, 0x20]
                breaks = true
            } else if k > 0 && title[k - 1] && !title[k] {
                out += [0x0A, 0x0A]
            } else if k > 0 && title[k] {
                out.append(0x20)
            } else if k > 0 {
                let before = lines[k - 1]
                // (After a sentence's end, a line short of the column that more lines follow is a
                // first line: the indent shortens it.)
                let firstLine = k + 1 < lines.count && ems(line) < Double(w) - 1.5 && ems(line) >= Double(w) - 3.5
                // (A byline or photo credit is a block of its own: `…安全防线。 (周柯园)`.)
                func apart(_ x: [UInt32]) -> Bool { Byline.matchTrailing(x) != nil || PhotoCredit.matches(x) || isJumpLine(x) }
                if (CharacterClass.endsSentence(before) && (ems(before) < Double(w) - 1.5 || firstLine))
                    || apart(before) || apart(line) {
                    out += [0x0A, 0x0A]
                    breaks = true
                } else {
                    out.append(0x20)
                }
            }
            out += line
        }
        return (out, breaks)
    }

    /// A kicker that pymupdf4llm set in one heading with its title (`## 红旗区洪门镇 重拳整治违法建筑
    /// 筑牢城乡安全防线`): a first piece of three to seven Han characters naming a place or a body
    /// (`…镇`, `…县`, `…街道`), before a title of two pieces or more once its wraps are joined (a
    /// title of one piece after a place is its subject, `红旗区向阳街道 推 动民生项目落地见效`). The kicker becomes a heading a
    /// level smaller, as pymupdf4llm sets a kicker's smaller type; the title keeps its level
    /// (NS-TITLE).
    /// `lines`: the text's lines, each trimmed.
    static func kickerEdits(_ p: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> [LocalEdit] {
        var edits: [LocalEdit] = []
        for r in lines where r.count > 2 && p[r.lowerBound] == 0x23 {
            var level = 0
            while r.lowerBound + level < r.upperBound && p[r.lowerBound + level] == 0x23 { level += 1 }
            let start = r.lowerBound + level
            guard level < 6, start < r.upperBound, p[start] == 0x20 else { continue }
            var s = UTF8Scan.scalars(p, (start + 1)..<r.upperBound)
            // (pymupdf4llm sets the heading bold: `### **封丘县 七旬企业家…**`.)
            let bold = s.starts(with: [0x2A, 0x2A])
            if bold {
                s.removeFirst(2)
                if s.count >= 2 && s.suffix(2).allSatisfy({ $0 == 0x2A }) { s.removeLast(2) }
            }
            let pieces = s.split(separator: 0x20, omittingEmptySubsequences: false)
            guard pieces.count >= 2, pieces.allSatisfy({ !$0.isEmpty }), let kicker = pieces.first,
                  Unwrapper.isPlaceName(kicker) else { continue }
            // (Not where the whole heading's first space is a wrap: `红旗区西街街道 曙光社区 开展夏
            // 季环境…` is one title, its first line full at the column's measure.)
            guard !HeadingWraps.spaces(s).contains(kicker.count) else { continue }
            // The title after it, its wrapped lines joined (``HeadingWraps``): two pieces or more,
            // of four Han characters each (`重拳整治违法建 筑 筑牢城乡安全 防线` is two), or one
            // that holds two parallel clauses whose gap the extractor lost (S-TITLE-CLAUSE:
            // `七旬企业家返乡助农守护“三夏”粮食丰收`).
            let title = Array(s.dropFirst(kicker.count + 1))
            let wraps = Set(HeadingWraps.spaces(title))
            let joined = title.indices.filter { !wraps.contains($0) }.map { title[$0] }
            let parts = joined.split(separator: 0x20)
            guard (parts.count >= 2 && parts.allSatisfy({ $0.filter(CharacterClass.isHan).count >= 4 }))
                    || (parts.count == 1 && STitleClause.gap(parts[0], nil) != nil) else { continue }
            let name = UTF8Scan.encode(Array(kicker))
            let lead = bold ? 2 : 0
            let space = start + 1 + lead + name.count
            let marks = [UInt8](repeating: 0x23, count: level)
            edits.append(LocalEdit(NSTitle.id, range: r.lowerBound..<(space + 1),
                                   replacement: marks + [0x23, 0x20] + name + [0x0A, 0x0A] + marks + [0x20] + (bold ? [0x2A, 0x2A] : []),
                                   note: "a kicker set in one heading with its title"))
        }
        return edits
    }

    /// A line of a title set in a column: shorter than the column by two ems or more, with
    /// Chinese characters and no pause, stop, bracket or digit, not opening a quotation.
    static func isTitleLine(_ line: [UInt32], width w: Int) -> Bool {
        guard !line.isEmpty, ems(line) <= Double(w) - 2, line.contains(where: CharacterClass.isHan), line.first != 0x201C else { return false }
        return !line.contains { c in
            let f = CharacterClass.widthFolded(c)
            return CharacterClass.isPause(f) || CharacterClass.isEnd(f) || f == 0xFF08 || f == 0xFF09 || CharacterClass.isDigit(c)
        }
    }

    /// A printed line of a title set among a block's columns in a larger type: short of the
    /// column `width` by more than a first line's indent, with no mark of a sentence, digit or
    /// bracket (a column's lines are full, a paragraph's first line is set in two ems, its last
    /// ends a sentence, a credit is bracketed).
    static func isTitlePiece(_ x: [UInt32], width w: Int) -> Bool {
        // (A pause mark counts the stops too.)
        ems(x) < Double(w) - 2.5 && !x.contains { c in
            let f = CharacterClass.widthFolded(c)
            return CharacterClass.isPause(f) || CharacterClass.isDigit(c) || f == 0xFF08 || f == 0xFF09
        }
    }

    /// Markdown's blocks read column by column where two columns alternate in them (see
    /// ``alternating(_:_:)``): one edit per block, its columns' lines kept as printed (one space
    /// apart), the two columns a paragraph each. `all`: the text's lines, each trimmed.
    static func markdownEdits(_ p: UnsafeBufferPointer<UInt8>, _ all: [Range<Int>], _ wb: WordBreaker) -> [LocalEdit] {
        let lines = all.filter { r in !isTableRow(p, r) && r.count >= 60 && p[r.lowerBound] != 0x23 }
        var edits = tableEdits(p, all)
        let texts = lines.map { UTF8Scan.scalars(p, $0) }
        guard let pageWidth = markdownWidth(texts) else { return edits }
        let known = CharacterPairs(texts)
        for (r, s) in zip(lines, texts) {
            // pymupdf4llm joins a block's lines with one space; a run of spaces is a gutter of
            // text laid out by position (`-layout`), which this reading is not for.
            guard !hasGutter(s) else { continue }
            let w = markdownWidth([s]) ?? pageWidth
            let cut = markdownSegments(s, width: w)
            guard cut.count >= 2 else { continue }
            // A jump line among the lines (`**(下转第** 4 **版)**`) belongs to no column's turn:
            // it is read after the columns, whose text it ends.
            // A title set among the columns in a larger type (`和践行正确政绩` `观学习教育座谈` `会`,
            // each piece a printed line of its own among the columns' lines) takes no turn: its
            // pieces are read apart, as a heading over the block's columns.
            var jumps: [Int] = [], titles: [Int] = [], body: [Int] = []
            for i in cut.indices {
                if isJumpLine(cut[i]) { jumps.append(i) } else if isTitlePiece(cut[i], width: w) { titles.append(i) } else { body.append(i) }
            }
            // (A block is mostly one column: the turns must read on better by a word and a
            // pair of the text's characters, 3; by two words, 4, before the text's pairs counted.)
            // (The pieces read apart, over the block: none where its columns do not take turns.)
            var titlesApart: [Int] = []
            let columns = alternating(body.map { cut[$0] }, wb, margin: 3, known: known, width: w, ems: { ems($0) }).map { read -> [[Int]] in
                var columns = read.map { $0.map { body[$0] } }
                // (A title's pieces right before a dateline's line among the next turns head that
                // line's column: the title of its article, `重拳整治违法建筑` `筑牢城乡安全防线`
                // over `本报讯 近日,…`.)
                for t in titles {
                    let after = body.firstIndex { $0 > t } ?? body.endIndex
                    if let d = body[after...].prefix(read.count).first(where: { LayoutColumns.opensWithDateline(cut[$0]) }),
                       let c = columns.firstIndex(where: { $0.contains(d) }), let at = columns[c].firstIndex(of: d) {
                        columns[c].insert(t, at: at)
                    } else {
                        titlesApart.append(t)
                    }
                }
                return (titlesApart.isEmpty ? [] : [titlesApart]) + columns + (jumps.isEmpty ? [] : [jumps])
            }
            var breaks = false
            let read = (columns ?? [Array(0..<cut.count)]).map { (c: [Int]) -> [UInt32] in
                if !titlesApart.isEmpty, c == titlesApart {
                    return Scalars.of("### ") + Array(c.map { cut[$0] }.joined(separator: [0x20]))
                }
                let (text, broken) = paragraphs(c.map { cut[$0] }, width: w)
                breaks = breaks || broken
                return text
            }.joined(separator: [0x0A, 0x0A])
            guard columns != nil || breaks else { continue }
            edits.append(LocalEdit(id, range: r, replacement: UTF8Scan.encode(Array(read)),
                                   note: columns != nil ? "columns' lines taking turns in one block, read column by column"
                                       : "a short line that ends a sentence ends a paragraph"))
        }
        return edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A Markdown table that pymupdf4llm made of a page's columns, read column by column: each
    /// row holds a printed line of each column (`|本报讯 近日,…在辖区|属违规私搭乱建。…向|…|`).
    /// The cells of a column, top to bottom, then the next column's, make the text, its
    /// paragraphs told by the lines' widths (``paragraphs(_:width:)``). A table of one column is
    /// its lines. A table is read so only where most of its cells are full lines of text, as wide
    /// as the commonest (a table of figures or names is left as it is).
    ///
    ///     |本报讯 近日,红旗区洪⻔镇综合行政执法大队在辖区|属违规私搭乱建。办案人员坚持普法在先、情理兼顾,向|
    ///     |---|---|
    ///     |各村及沿街片区,开展违法建筑专项排查整治行动,旨在|当事人详细宣讲相关法律法规,讲明违法建筑侵占公共空|
    ///                 →  本报讯 近日,…在辖区 各村及沿街片区,…旨在 属违规私搭乱建。…向 当事人详细…公共空
    ///
    /// `lines`: the text's lines, each trimmed.
    static func tableEdits(_ p: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> [LocalEdit] {
        var edits: [LocalEdit] = []
        var rows: [Range<Int>] = []
        for r in lines {
            if isTableRow(p, r) { rows.append(r); continue }
            if let edit = tableEdit(p, rows) { edits.append(edit) }
            rows = []
        }
        if let edit = tableEdit(p, rows) { edits.append(edit) }
        return edits
    }

    /// Whether the text holds a Markdown table of running Chinese text (a header row, the
    /// delimiter row, and rows with a pause or stop in at least half of them): pymupdf4llm's
    /// table of a page's columns, which only Markdown input reads (``tableEdits(_:_:)``).
    /// `lines`: the text's lines, each trimmed.
    static func holdsTextTable(_ p: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> Bool {
        var k = 0
        while k + 1 < lines.count {
            guard isTableRow(p, lines[k]), isTableRow(p, lines[k + 1]), delimiterColumns(p, lines[k + 1]) != nil else { k += 1; continue }
            var rows = 0, text = 0
            k += 2
            while k < lines.count, isTableRow(p, lines[k]) {
                let s = UTF8Scan.scalars(p, lines[k])
                rows += 1
                if s.contains(where: CharacterClass.isHan) && CharacterClass.hasPause(s) { text += 1 }
                k += 1
            }
            if rows >= 2 && 2 * text >= rows { return true }
        }
        return false
    }

    /// The cells of table row `r`, each trimmed.
    private static func cells(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [[UInt32]] {
        UTF8Scan.scalars(p, r).dropFirst().dropLast().split(separator: 0x7C, omittingEmptySubsequences: false)
            .map { Array(Scalars.trimmed(Array($0))) }
    }

    /// How many columns delimiter row `r` (`|---|:---:|`) sets; nil where `r` is no delimiter row.
    private static func delimiterColumns(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        let delimiter = cells(p, r)
        return delimiter.allSatisfy({ c in !c.isEmpty && c.allSatisfy { $0 == 0x2D || $0 == 0x3A } }) ? delimiter.count : nil
    }

    /// A line that opens and closes with `|`.
    private static func isTableRow(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        r.count >= 2 && p[r.lowerBound] == 0x7C && p[r.upperBound - 1] == 0x7C
    }

    private static func tableEdit(_ p: UnsafeBufferPointer<UInt8>, _ rows: [Range<Int>]) -> LocalEdit? {
        // A table: a header row, the delimiter row (`|---|:---:|`), more rows; of cells of one
        // printed line each (pymupdf4llm writes `<br>` where a cell holds more).
        guard rows.count >= 2, let first = rows.first, let last = rows.last, let n = delimiterColumns(p, rows[1]) else { return nil }
        let table = ([rows[0]] + rows.dropFirst(2)).map { cells(p, $0) }
        let br = Scalars.of("<br>")
        guard table.allSatisfy({ $0.count == n }) else { return nil }
        func lines(_ cell: [UInt32]) -> [[UInt32]] {
            var out: [[UInt32]] = [], start = 0, i = 0
            while i < cell.count {
                if Scalars.hasPrefix(cell, br, at: i) { out.append(Array(cell[start..<i])); i += br.count; start = i } else { i += 1 }
            }
            out.append(Array(cell[start...]))
            return out.map { Array(Scalars.trimmed($0)) }.filter { !$0.isEmpty }
        }
        let split = table.map { $0.map(lines) }
        if split.contains(where: { $0.contains { $0.count >= 2 } }) {
            // Cells of several printed lines (`<br>`): each row is a band of the page, each cell
            // one of its columns. Row by row, cell by cell.
            let printed = split.flatMap { $0.joined() }
            guard printed.contains(where: { $0.contains(where: CharacterClass.isHan) }), let w = markdownWidth(printed),
                  2 * printed.filter({ ems($0) >= Double(w) - 3 }).count >= printed.count else { return nil }
            // A title over two columns or more is cut at the cells' edges, its pieces the
            // cells' first lines (`卫滨区领导调研陆航片区开发` | `建设工作`): short, no pause or
            // stop, no credit. It is read first, one line, a paragraph of its own.
            func titlePiece(_ x: [UInt32]) -> Bool {
                ems(x) < Double(w) - 1 && !CharacterClass.hasPause(x) && !PhotoCredit.matches(x) && Byline.matchTrailing(x) == nil && !isJumpLine(x)
            }
            var text: [UInt32] = []
            for row in split {
                var cells = row.filter { !$0.isEmpty }
                var title: [UInt32] = []
                if cells.count >= 2, let a = cells[0].first, titlePiece(a), let b = cells[1].first, titlePiece(b) {
                    for c in cells.indices {
                        guard let x = cells[c].first, titlePiece(x) else { break }
                        title += x
                        cells[c].removeFirst()
                    }
                }
                let body = paragraphs(cells.flatMap { $0 }, width: w).text
                for part in [title, body] where !part.isEmpty {
                    if !text.isEmpty { text += [0x0A, 0x0A] }
                    text += part
                }
            }
            return LocalEdit(id, range: first.lowerBound..<last.upperBound, replacement: UTF8Scan.encode(text),
                             note: "a table of the page's bands and columns, read row by row and column by column")
        }
        // Column by column, the empty cells (where a column has no line) left out.
        let column = (0..<n).flatMap { c in table.compactMap { $0[c].isEmpty ? nil : $0[c] } }
        guard column.contains(where: { $0.contains(where: CharacterClass.isHan) }) else { return nil }
        let text: [UInt32]
        if n == 1 {
            text = Array(column.joined(separator: [0x0A, 0x0A]))
        } else {
            guard let w = markdownWidth(column),
                  3 * column.filter({ ems($0) >= Double(w) - 3 }).count >= 2 * column.count else { return nil }
            text = paragraphs(column, width: w).text
        }
        return LocalEdit(id, range: first.lowerBound..<last.upperBound, replacement: UTF8Scan.encode(text),
                         note: n == 1 ? "a table of one column: its lines" : "a table of the page's columns, read column by column")
    }
}


/// The pairs of Han characters printed next to each other inside the lines' words, and mostly
/// so: the pair is a quarter at least of the pairs its rarer character makes on that side
/// (`隐患` where `隐` stands before little else; not `的标` where `的` and `标` meet many others).
/// A break between two such characters reads on: the text's own words, which ICU's dictionary
/// may lack (`该镇`, names, terms of the article). One pass over the text into an open-addressing
/// table (a multiplicative hash: the text's pairs are many, and Swift's hashing is slow).
struct CharacterPairs {
    /// Open addressing: `first << 32 | second`, 0 where empty; the table's size is a power of two.
    private var keys: [UInt64] = []
    private var shift: UInt64 = 64

    init() {}

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    init(_ lines: [[UInt32]]) {
        var n = 0
        for line in lines { n += line.count }
        guard n >= 2 else { return }
        var bits: UInt64 = 4
        while (1 << bits) < 2 * n { bits += 1 }
        let shift = 64 - bits, size = 1 << Int(bits), mask = size - 1
        var table = [UInt64](repeating: 0, count: size)
        var counts = [Int32](repeating: 0, count: size)
        // How many pairs each character opens and closes (BMP characters; others are rare).
        var opens = [Int32](repeating: 0, count: 0x10000), closes = [Int32](repeating: 0, count: 0x10000)
        var any = false
        table.withUnsafeMutableBufferPointer { table in
            counts.withUnsafeMutableBufferPointer { counts in
                for line in lines {
                    var previous: UInt32 = 0
                    for c in line {
                        guard CharacterClass.isHan(c) else { previous = 0; continue }
                        defer { previous = c }
                        guard previous != 0 else { continue }
                        let key = UInt64(previous) << 32 | UInt64(c)
                        var i = Self.slot(key, shift)
                        while table[i] != 0 && table[i] != key { i = (i + 1) & mask }
                        table[i] = key
                        counts[i] += 1
                        any = true
                        if previous < 0x10000 { opens[Int(previous)] += 1 }
                        if c < 0x10000 { closes[Int(c)] += 1 }
                    }
                }
            }
        }
        guard any else { return }
        // Kept: the pairs a quarter at least of their rarer character's (a character outside the
        // BMP counts as rare).
        var kept = [UInt64](repeating: 0, count: size)
        for i in 0..<size where table[i] != 0 {
            let x = Int(table[i] >> 32), y = Int(table[i] & 0xFFFF_FFFF)
            let rarer = min(x < 0x10000 ? Int(opens[x]) : 0, y < 0x10000 ? Int(closes[y]) : 0)
            guard 4 * Int(counts[i]) >= rarer else { continue }
            var j = Self.slot(table[i], shift)
            while kept[j] != 0 { j = (j + 1) & mask }
            kept[j] = table[i]
        }
        keys = kept
        self.shift = shift
    }

    /// Whether Han characters `a` then `b` are a kept pair.
    func contains(_ a: UInt32, _ b: UInt32) -> Bool {
        guard !keys.isEmpty, CharacterClass.isHan(a), CharacterClass.isHan(b) else { return false }
        let key = UInt64(a) << 32 | UInt64(b)
        let mask = keys.count - 1
        var i = Self.slot(key, shift)
        while keys[i] != 0 {
            if keys[i] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
