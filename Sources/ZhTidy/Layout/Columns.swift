/// LAYOUT-COLUMNS — columns printed side by side (`pdftotext -layout`) are read one after another.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). `-layout` output places each
/// printed column at a character cell, one cell per glyph, so a column's lines start near the same
/// cell; but a line wider in cells than its column (digits, xeCJK's glue, a byline's spaces) pushes
/// the next column right, and only one space is left between them. So a band of lines (between
/// blank lines) is read in three steps:
/// 1. **Parts.** Up to three headings at the left margin above an indented first line or a
///    dateline are a part of their own (their big glyphs take few cells, so they say nothing of
///    the columns), and articles stacked in one band are read one after another. Two articles'
///    headings side by side on one line are cut where a word one space after another starts at
///    a column below; the right one goes before the first of its columns that opens an article
///    (a dateline), taking back its last characters glued to that dateline (`议本报讯 近日`).
///    An article's second row printed above the row its dateline opens is put back under it.
///    A part whose columns change at a title's row (articles stacked, each on its own grid) is
///    two parts (``gridCut(_:)``).
/// 2. **Column starts** of a part: cells where words start after a gutter (two spaces or more) or,
///    after one space, where a long run of text ends (a pushed column; not beside an ASCII digit,
///    letter or symbol, xeCJK's glue) — never at a closing or pause mark (`”  ，` is a squeezed
///    pair's kerning). Starts within 3 cells are one column (a chain of them reaching more than
///    10 cells left of its commonest start is cut 3 cells left of it, and one reaching another
///    common start more than 10 cells right of it, 3 cells left of that; an indent of the first
///    column is none), which needs starts on a quarter of the part's lines (at most 8) — or, on
///    fewer (text beside a photo), starts right of where the column before it ends. Starts
///    closer than a third of the usual spacing are merged, as are a column's indents (up to 4
///    cells right of its commonest start, on fewer than half as many lines).
/// 3. **Words to columns.** Each word goes to the column whose start it reaches. After a single
///    space, only when it would not fit in the column before, in ems (the column's width is where
///    its full lines end, glue and all; two marks side by side take an em and a half, clreq's
///    punctuation compression); a mark xeCJK hung past the line's end stays with its line, and a
///    photo credit set in a gap goes after the columns. A part's first lines may open with the
///    rest of a heading set beside it (`染防治攻坚工作`), whose big glyphs take few cells: the text
///    after it is cut by width into the rightmost columns' first lines. A quotation printed a
///    row below its place (`“破零”` under the gap in `县（市、区）         ，薄弱县`) goes back
///    into the gap (``gapsRefilled(_:)``).
///
/// A running head or foot at a band's edge (no blank line between it and the text) is left out of
/// the band: its words are no column's (`城区新闻` read into a sentence). A band below a blank
/// line that opens with no heading and has its columns where the band above has them goes on in
/// them (a gap beside a photo): the two are one band. Text below a band set in its first column's
/// width down to the page's foot, beside a photo, is read before the band's other columns when
/// the text runs on into them (``LayoutColumns/columnsAfterNarrowBands(_:_:below:)``).
///
/// Every character is kept, in reading order; the wrapped-text rules unwrap the result.
///
///     牧野区召开…调度 李博强调，要认清…      →  牧野区召开…调度
///     会。区委书记…部长 基。以“时时放…          会。区委书记…部长
///                                               李博强调，要认清…
///                                               基。以“时时放…
struct LayoutColumns {
    static let id: RuleID = "LAYOUT-COLUMNS"
    static let summary = "Read side-by-side columns (pdftotext -layout) one after another"

    /// A run of non-space scalars: `start..<end` in cells.
    typealias Word = Range<Int>

    static func words(_ line: [UInt32]) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < line.count {
            if line[i] == 0x20 { i += 1; continue }
            var e = i
            while e < line.count && line[e] != 0x20 { e += 1 }
            // A closing byline or an opening quotation set right after a column's full line that
            // ends a sentence starts a word of its own, with no space before it: it is the next
            // column's (`…具有重要意义。（卫滨宣）`, `…农机调配难等困境。“70`).
            if let k = bylineStart(line, i..<e) ?? quoteStart(line, i..<e) {
                out.append(i..<k)
                out.append(k..<e)
            } else {
                out.append(i..<e)
            }
            i = e
        }
        return out
    }

    /// Where a closing byline glued to the end of word `w` starts, after a sentence's end.
    private static func bylineStart(_ line: [UInt32], _ w: Word) -> Int? {
        guard w.count >= 5, line[w.upperBound - 1] == 0xFF09,
              let k = line[w].lastIndex(where: { $0 == 0xFF08 }), k > w.lowerBound,
              CharacterClass.isEnd(line[k - 1]) || (line[k - 1] == 0x201D && k - 1 > w.lowerBound && CharacterClass.isEnd(line[k - 2])),
              Byline.matchTrailing(Array(line[k..<w.upperBound])) != nil else { return nil }
        return k
    }

    /// Where an opening quotation mark glued after a sentence's end starts word `w`'s second
    /// part, when both parts are long enough to be lines of two columns (`…农机调配难等困境。“70`).
    /// After a pause too when both parts are as long as a column's line and the word is longer
    /// than any (`…综合开发早出形象、“建议清单”，确保…`).
    private static func quoteStart(_ line: [UInt32], _ w: Word) -> Int? {
        guard w.count >= 14, let k = line[w].firstIndex(where: { $0 == 0x201C }), k - w.lowerBound >= 12 else { return nil }
        if CharacterClass.isEnd(line[k - 1]) { return k }
        guard CharacterClass.isPause(line[k - 1]), k - w.lowerBound >= 16, w.upperBound - k >= 16 else { return nil }
        return k
    }

    /// Whether the space before word `w` (after a word ending at `end`) touches an ASCII digit,
    /// letter or symbol: xeCJK's glue around them (`6 月 8 日`, `党建 + 安全`), not a gutter.
    private static func isGlue(_ line: [UInt32], _ end: Int, _ w: Word) -> Bool {
        line[end - 1] < 0x80 || line[w.lowerBound] < 0x80
    }

    /// The column starts of a part, the first at cell 0.
    static func starts(_ lines: [[UInt32]]) -> [Int] {
        var count: [Int: Int] = [:]
        var rows: [Int: [Int]] = [:]  // the lines each start is on
        for (i, line) in lines.enumerated() {
            for x in textStarts(line) { count[x, default: 0] += 1; rows[x, default: []].append(i) }
        }
        // A column may hold text on few lines of a long part (a box of one article beside two
        // long ones): a quarter of the lines, but never more than 8.
        let need = max(2, min(lines.count / 4, 8))
        var found = [0]
        var peaks = [0: 0], totals = [0: 0]  // a found start's commonest cell, and its lines
        var rejected: [(first: Int, count: Int, block: Bool)] = []
        func close(_ cells: ArraySlice<Int>) {
            guard let first = cells.first else { return }
            // A chain of starts reaching more than 10 cells left of its commonest (on `need` lines
            // or more) is cut 3 cells left of it: the starts further left are others (a heading's
            // big glyphs take few cells, a dateline after a title, another column's grid), not
            // this column's, which a line too wide pushes right, not left.
            let peak = cells.max { (count[$0]!, $0) < (count[$1]!, $1) }!
            if count[peak]! >= need {
                if peak - first > 10, let cut = cells.firstIndex(where: { $0 >= peak - 3 }) {
                    close(cells[..<cut]); close(cells[cut...]); return
                }
                // (So is a chain reaching on to another strong start more than 10 cells right of
                // it: pushed lines' starts bridge the gutter between two columns.)
                if let next = cells.filter({ $0 > peak + 10 }).max(by: { (count[$0]!, -$0) < (count[$1]!, -$1) }), count[next]! >= need,
                   let cut = cells.firstIndex(where: { $0 >= next - 3 }) {
                    close(cells[..<cut]); close(cells[cut...]); return
                }
            }
            let n = cells.reduce(0) { $0 + count[$1]! }
            // (Starts at cells 1–4 are the first column's indents.)
            if n >= need, first > 4 {
                found.append(first)
                peaks[first] = peak
                totals[first] = n
                return
            }
            // (Whether its lines follow one another, as a column's do.)
            let at = Set(cells.flatMap { rows[$0]! })
            rejected.append((first, n, at.max()! - at.min()! + 1 <= at.count + 1))
        }
        var cluster: [Int] = []
        for p in count.keys.sorted() where p > 0 {
            if let l = cluster.last, p - l > 3 { close(cluster[...]); cluster = [] }
            cluster.append(p)
        }
        close(cluster[...])
        // A column on too few lines to count (text set beside a photo) is still a column when its
        // text starts right of where the lines of the column before it end.
        let right = rightEdges(lines, found)
        let beside = rejected.map(\.first).filter { p in
            let k = found.lastIndex { $0 <= p }!
            guard let r = right[k], p > r else { return false }
            return k + 1 == found.count || p + 4 < found[k + 1]
        }
        found = (found + beside).sorted()
        // Columns are set at equal spacing: two columns twice the narrowest spacing apart, with a
        // start on three lines or more in a row midway between them, have a column there (a short
        // article's second column beside its first, over two columns of a long one).
        if found.count >= 3 {
            let gaps = zip(found.dropFirst(), found).map { $0 - $1 }
            let unit = gaps.min()!
            for (k, g) in gaps.enumerated() where g >= 2 * unit - 4 && g <= 2 * unit + 5 {
                let mid = (found[k] + found[k + 1]) / 2
                if let c = rejected.filter({ $0.count >= 3 && $0.block && abs($0.first - mid) <= 4 }).max(by: { $0.count < $1.count }) {
                    found.append(c.first)
                }
            }
            // (And one spacing right of the last column: a short article's second column beside
            // its first, right of a long article's two.)
            if let last = found.max(),
               let c = rejected.filter({ $0.count >= 3 && $0.block && abs($0.first - last - unit) <= 4 }).max(by: { $0.count < $1.count }) {
                found.append(c.first)
            }
            found.sort()
        }
        // A start less than a third of the usual column spacing right of another is the same
        // column, pushed or indented on its lines (spacing varies less than that between columns).
        guard found.count >= 3 else { return found }
        let spacing = zip(found.dropFirst(), found).map { $0 - $1 }.sorted()
        let usual = spacing[spacing.count / 2]
        var merged = [0]
        for x in found.dropFirst() where 10 * (x - merged.last!) >= 3 * usual {
            // (Nor is a start up to 4 cells right of the column's commonest, on fewer than half as
            // many lines: that column's first-line indents.)
            if let p = peaks[merged.last!], x - p <= 4, let n = totals[x], 2 * n < count[p] ?? 0 { continue }
            merged.append(x)
        }
        return merged
    }

    /// Where a part's columns change: articles stacked with no blank line or heading alone
    /// between them, each set on its own grid (`-layout` places each article's columns where
    /// its text is: a 3-column article over a 4-column box, starts at 27 and 54 above, 21, 41
    /// and 62 below). Cut at a heading's row (a title at the margin, maybe beside another
    /// column's text, the first of its heading's rows, over its article's first paragraph at the
    /// margin past more heading rows, each maybe beside another article's text) that parts the lines
    /// into two runs of 4 lines or more whose column starts (``starts(_:)``, two columns or
    /// more each) are all apart, by 4 cells or more; of those rows, the one where the lines'
    /// text starts fit their own run's columns best, by 4 starts or more than the part's.
    /// Nil when no row does.
    static func gridCut(_ lines: [[UInt32]]) -> Int? {
        guard lines.count >= 8 else { return nil }
        // (Read only once a heading's row is found: most parts have none.)
        lazy var xs = lines.map { textStarts($0).filter { $0 > 4 } }
        func fits(_ r: Range<Int>, _ starts: [Int]) -> Int {
            r.reduce(0) { n, i in n + xs[i].filter { x in starts.contains { abs($0 - x) <= 3 } }.count }
        }
        lazy var whole = fits(0..<lines.count, starts(lines))
        var best: (cut: Int, fit: Int)?
        for c in 4...(lines.count - 4) {
            // (At a heading's row: a title at the margin, maybe beside another column's text.)
            guard let end = marginRun(lines[c]), isHeadingText(lines[c][0..<end]), end >= 4,
                  !isHeading(lines[c - 1], indent: .max) else { continue }
            // (Its article opens below it: the next line with text at the margin, past more
            // heading lines (a heading's text at the margin, another column's text beside it),
            // opens a paragraph.)
            guard let open = lines[(c + 1)...].first(where: { l in
                guard let f = words(l).first, f.lowerBound <= 4, !Furniture.isCredit(Array(l[f])) else { return false }
                guard let e = marginRun(l) else { return true }
                return !isHeadingText(l[0..<e])
            }), opensParagraph(open) else { continue }
            let a = starts(Array(lines[..<c])), b = starts(Array(lines[c...]))
            guard a.count >= 2, b.count >= 2,
                  a.dropFirst().allSatisfy({ x in !b.contains { abs($0 - x) <= 3 } }) else { continue }
            let fit = fits(0..<c, a) + fits(c..<lines.count, b)
            if fit >= whole + 4, fit > best?.fit ?? 0 { best = (c, fit) }
        }
        return best?.cut
    }

    /// Where the text at a line's margin ends: its words from cell 0 up to a gap of two cells
    /// or more (a heading's line beside another column's text). Nil when cell 0 is a space.
    private static func marginRun(_ line: [UInt32]) -> Int? {
        let ws = words(line)
        guard let first = ws.first, first.lowerBound == 0 else { return nil }
        var end = first.upperBound
        for w in ws.dropFirst() { if w.lowerBound - end >= 2 { break }; end = w.upperBound }
        return end
    }

    /// Where a line's column texts start: after a gap of two cells or more, or after one space
    /// that follows 6 ems of text and is no xeCJK glue. No column's line opens with a closing or
    /// pause mark (a gap before one is the kerning of a squeezed pair, `”  ，`), nor with a
    /// byline set flush right (`（周柯园）` starts where its names end).
    private static func textStarts(_ line: [UInt32]) -> [Int] {
        var xs: [Int] = []
        var run = 0.0
        var end: Int?
        for w in words(line) {
            let strong = end.map { w.lowerBound - $0 >= 2 } ?? true
            if (strong || (run >= 6 && !isGlue(line, end!, w))) && !CharacterClass.isCloseOrPause(line[w.lowerBound])
                && !isBracketedByline(line[w]) {
                xs.append(w.lowerBound)
                run = 0
            }
            run += Scalars.ems(line[w])
            end = w.upperBound
        }
        return xs
    }

    /// Where each column's lines end: the furthest end of a run of words (one space apart) that
    /// starts at the column, reached on two lines or more.
    private static func rightEdges(_ lines: [[UInt32]], _ starts: [Int]) -> [Int?] {
        var ends = [[Int: Int]](repeating: [:], count: starts.count)
        for line in lines {
            var run: Word?
            func close() {
                guard let r = run else { return }
                let k = starts.lastIndex { $0 <= r.lowerBound + 1 }!
                if r.lowerBound - starts[k] <= 4 { ends[k][r.upperBound, default: 0] += 1 }
            }
            for w in words(line) {
                if let r = run, w.lowerBound - r.upperBound < 2 { run = r.lowerBound..<w.upperBound } else { close(); run = w }
            }
            close()
        }
        return ends.map { e in e.filter { $0.value >= 2 }.keys.max() }
    }

    /// A part's lines read column by column, or nil when it holds one column.
    static func reorder(_ lines: [[UInt32]]) -> [[UInt32]]? {
        read(lines).map { Array($0.columns.filter { !$0.isEmpty }.joined()) + $0.credits }
    }

    /// A part's lines cut into its columns (each start's lines, some maybe empty) and the photo
    /// credits set in its gaps; nil when it holds one column.
    static func read(_ lines: [[UInt32]]) -> (starts: [Int], columns: [[[UInt32]]], credits: [[UInt32]])? {
        let lines = gapsRefilled(lines)
        let starts = starts(lines)
        guard starts.count > 1 else { return nil }
        // The first column starts where most of its lines do (a page's margin may pad every
        // line: counted from cell 0, its width would take the margin for text; a proportional
        // `“` may sit a cell left of it, an indent two cells right).
        var margins: [Int: Int] = [:]
        for l in lines {
            if let f = l.firstIndex(where: { $0 != 0x20 }), f < starts[1] { margins[f, default: 0] += 1 }
        }
        // (`origin` is where each column's text starts; `starts` stay the cells that decide
        // which column a word reaches, the first at cell 0.)
        var origin = starts
        if let (m, _) = margins.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), m > 0, m + 4 < starts[1] { origin[0] = m }
        var widths = zip(starts.dropFirst(), origin).map { $0 - $1 - 1 }
        widths.append(widths.sorted()[widths.count / 2])
        // Better: where the column's full lines end (the commonest end of a word that starts at
        // the column, on two lines or more). A start can sit left of the column's true start
        // (one line's word, pushed less), and the spacing would make the column too narrow.
        var ends = [[Int: Int]](repeating: [:], count: starts.count)
        // (A run of words one space apart, up to the next column's start: xeCJK's glue around
        // digits splits a line into words, `贵州 1600 吨…`.)
        for line in lines {
            let ws = words(line)
            for (i, w) in ws.enumerated() {
                let k = starts.lastIndex { $0 <= w.lowerBound + 1 }!
                guard abs(w.lowerBound - origin[k]) <= 1 else { continue }
                let limit = k + 1 < starts.count ? starts[k + 1] - 1 : Int.max
                var end = w.upperBound
                var j = i + 1
                while j < ws.count && ws[j].lowerBound - end < 2 && ws[j].upperBound <= limit { end = ws[j].upperBound; j += 1 }
                ends[k][end, default: 0] += 1
            }
        }
        for (k, e) in ends.enumerated() {
            if let (end, n) = e.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), n >= 2 { widths[k] = end - origin[k] }
        }
        var columns = [[[UInt32]]](repeating: [], count: starts.count)
        var credits: [[UInt32]] = []
        var above: [(column: Int, cells: Word)] = []  // the line before's pieces
        for (i, line) in lines.enumerated() {
            // A part's first lines may open with the rest of a heading beside it (`染防治攻坚工作`):
            // its big glyphs take few cells, so the runs after it sit left of their columns. They
            // are the rightmost columns' first lines, in order.
            if i < 2, let runs = headingRest(line, starts: starts, width: widths.sorted()[widths.count / 2]) {
                columns[0].append(Array(line[runs[0]]))
                for (j, r) in runs.dropFirst().enumerated() { columns[starts.count - runs.count + 1 + j].append(Array(line[r])) }
                above = []
                continue
            }
            var pieces: [(column: Int, cells: Word)] = []
            let title = isSideTitle(lines, i, starts: starts)
            let ws = words(line)
            var shift = rowShift(line, starts: starts)
            // (A text alone on its row, its first column empty, where the row below it is shifted
            // and opens beside it: shifted alike, a heading's rest over its column's dateline,
            // `治攻坚工作` over `本报讯 近日，…` packed left.)
            if shift == 0, i + 1 < lines.count, case let xs = textStarts(line), xs.count == 1, let x = xs.first, x > starts[1] + 4,
               let y = textStarts(lines[i + 1]).first, abs(y - x) <= 2 {
                shift = rowShift(lines[i + 1], starts: starts)
            }
            var byline: Int?  // the index of a piece that is a closing byline alone
            var skip = 0  // words already taken into a byline's piece
            /// The word that closes a bracket opened in word `j`, its words one space apart (a
            /// byline's names: `（洪门 文/图）`).
            func bracketClose(from j: Int) -> Int? {
                (j..<ws.count).prefix(while: { $0 == j || ws[$0].lowerBound - ws[$0 - 1].upperBound < 2 })
                    .first(where: { line[ws[$0]].last == 0xFF09 })
            }
            for (j, w) in ws.enumerated() {
                if skip > 0 { skip -= 1; continue }
                // A photo credit set in a column's gap belongs to no paragraph: it goes last.
                if Furniture.isCredit(Array(line[w])) { credits.append(Array(line[w])); continue }
                // (A shifted row's texts may sit up to 2 cells short of their columns.)
                var reached = starts.lastIndex { $0 <= w.lowerBound + shift + (shift > 0 ? 2 : 1) }!
                // A line's first word that opens with a closing or pause mark is the rest of the
                // printed line above it, which pdftotext broke at a mark xeCJK squeezed
                // (`从“一季单收”到“一地双收”` over `，大豆、玉` at its end): its column's.
                if pieces.isEmpty, CharacterClass.isCloseOrPause(line[w.lowerBound]), line[w].contains(where: CharacterClass.isHan),
                   let piece = above.last(where: { $0.cells.lowerBound < w.lowerBound && $0.cells.upperBound >= w.lowerBound - 1 }),
                   CharacterClass.isClose(lines[i - 1][piece.cells.upperBound - 1]) {
                    reached = piece.column
                }
                var k = reached
                // A closing byline glued to the sentence end of the column left of it, where the
                // next column starts: that column's last line (`…的预期效果。（张志超 罗菲 李萌 文/图）`).
                if reached + 1 < starts.count, let x = line[w].firstIndex(of: 0xFF08), x > w.lowerBound,
                   abs(x - starts[reached + 1]) <= 2, CharacterClass.isEnd(CharacterClass.widthFolded(line[x - 1])),
                   let e = bracketClose(from: j),
                   isBracketedByline(line[x..<ws[e].upperBound]) {
                    if let last = pieces.last, last.column == reached, w.lowerBound - last.cells.upperBound < 2 {
                        pieces[pieces.count - 1].cells = last.cells.lowerBound..<x
                    } else {
                        pieces.append((reached, w.lowerBound..<x))
                    }
                    byline = pieces.count
                    pieces.append((reached + 1, x..<ws[e].upperBound))
                    skip = e - j
                    continue
                }
                // A closing byline set flush right at a column's end, where the column right of it
                // goes on beside it (`（卫滨宣） 前。`): it closes the column before, whose text has
                // ended a sentence, not the sentence the next column's line runs on.
                // (Its names may be one space apart: `（洪门 文/图）`.)
                if reached >= 1, line[w].first == 0xFF08,
                   let e = bracketClose(from: j), e + 1 < ws.count,
                   isBracketedByline(line[w.lowerBound..<ws[e].upperBound]),
                   pieces.last.map({ $0.column < reached - 1 }) ?? true,
                   let before = columns[reached - 1].last, CharacterClass.endsSentence(Array(Scalars.trimmed(before))),
                   let own = columns[reached].last, !CharacterClass.endsSentence(Array(Scalars.trimmed(own))) {
                    byline = pieces.count
                    pieces.append((reached - 1, w.lowerBound..<ws[e].upperBound))
                    skip = e - j
                    continue
                }
                if let last = pieces.last, byline == pieces.count - 1 {
                    // (The next column's text after the byline starts its line; after the last
                    // column's byline, the text stays in that column.)
                    pieces.append((min(starts.count - 1, max(reached, last.column + 1)), w))
                    continue
                }
                if let last = pieces.last {
                    let c = last.column
                    // Punctuation alone hangs at the end of the line before it (xeCJK).
                    if line[w].allSatisfy(isHanging) { k = c } else if reached == c, !title, w.lowerBound - last.cells.upperBound < 2,
                        let cut = straddleCut(line, w, column: c, used: printedEms(line[last.cells]) + 0.5 * Double(max(0, last.cells.lowerBound - origin[c])) + 0.25,
                                              starts: starts, widths: widths) {
                        pieces[pieces.count - 1].cells = last.cells.lowerBound..<cut
                        pieces.append((c + 1, cut..<w.upperBound))
                        continue
                    } else if reached <= c {
                        k = c
                        // (A long word one space after a full line of its column, left of the next
                        // column's start: that column's line, pulled left by narrow digits
                        // before it, `…规上企业达 准培育策略，…`.)
                        if reached == c, c + 1 < starts.count, !title, w.lowerBound - last.cells.upperBound < 2,
                           Scalars.ems(line[w]) >= 4,
                           printedEms(line[last.cells]) + Scalars.ems(line[w]) > Double(widths[c]) + 5 { k = c + 1 }
                        // (A word two spaces or more after a full line of its column, left of the
                        // next column's start: that column's first line, which pdftotext set
                        // left by the ems its line holds, `…以及存在结构坍塌  本报讯 6月8日，…`.)
                        if reached == c, c + 1 < starts.count, !title, w.lowerBound - last.cells.upperBound >= 2, widths[c] >= 8,
                           printedEms(line[last.cells]) + 0.5 * Double(max(0, last.cells.lowerBound - origin[c])) >= Double(widths[c]) - 0.5 { k = c + 1 }
                    } else if w.lowerBound - last.cells.upperBound < 2 && title {
                        // (A title's halves one space apart: its big glyphs take few cells.)
                        k = c
                    } else if w.lowerBound - last.cells.upperBound < 2 {
                        // One space: a gutter only when the word would not fit in the column, in
                        // ems (digits, Latin letters and the spaces of bylines and xeCJK's glue
                        // take a cell each but less than an em).
                        // (A number ending on a pause mark: the mark may hang past the column's end, `…同比增长 9.95%，`.)
                        let used = printedEms(line[last.cells]) + 0.5 * Double(max(0, last.cells.lowerBound - origin[c]))
                        let hangs = isHanging(line[w.upperBound - 1]) && !line[w].contains(where: CharacterClass.isHan) ? 1.0 : 0
                        if used + 0.25 + Scalars.ems(line[w]) - hangs <= Double(widths[c]) { k = c }
                        // (A byline's names close their bracket in the same column, however wide
                        // its spaces: `（张志超 罗菲 李萌 文/图）`.)
                        else if closesByline(line[last.cells], line[w]) { k = c }
                        // (Nor do a lead credit's names, its bracket left open at the line's end:
                        // `本报讯 （新乡日报全媒体记者 焦耀 通` over `讯员 王凯杰 陶建彬）…`.)
                        else if inCredit(line[last.cells]), line[w].count <= 4, Scalars.allHan(line[w]) { k = c }
                    }
                    if k == c { pieces[pieces.count - 1].cells = last.cells.lowerBound..<w.upperBound; continue }
                }
                // (A word opening its column's piece, about as wide as two: glued across the
                // gutter to the next column's line, `…的前提下，达米同种一块田，…`; set right of
                // its column's start, it is pushed right so far, and so is the cut.)
                if !title, k + 1 < starts.count, printedEms(line[w]) >= Double(widths[k]) + 0.75 * Double(widths[k + 1]),
                   let cut = straddleCut(line, w, column: k, used: 0, starts: starts, widths: widths, offset: max(0, w.lowerBound - origin[k])) {
                    pieces.append((k, w.lowerBound..<cut))
                    pieces.append((k + 1, cut..<w.upperBound))
                    continue
                }
                // (A byline alone on its piece ends its column's text here too.)
                if j + 1 < ws.count, isBracketedByline(line[w]) {
                    byline = pieces.count
                }
                pieces.append((k, w))
            }
            for piece in pieces { columns[piece.column].append(Array(line[piece.cells])) }
            above = pieces
        }
        guard columns.filter({ !$0.isEmpty }).count > 1 else { return nil }
        for k in columns.indices { columns[k] = figureMarkersRejoined(columns[k]) }
        return (starts, columns, credits)
    }

    /// The lines with a quotation printed a row below its place put back (its marks' baseline
    /// set it apart: `县（市、区）         ，薄弱县` over `“破零”` in the gap). A line of one word
    /// in curly quotes, up to 8 cells, that starts inside a gap of the line above it (up to 12
    /// cells, and reaching at most 2 cells past it) — a run of spaces within a column's text,
    /// which goes on after it with a closing or pause mark — fills that gap from its left end;
    /// the gap's other cells stay spaces, so every later word keeps its cell.
    static func gapsRefilled(_ lines: [[UInt32]]) -> [[UInt32]] {
        var out: [[UInt32]] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            // (Only a line that opens with `“` is cut into words: most open with text.)
            guard line.first(where: { $0 != 0x20 }) == 0x201C else { out.append(line); continue }
            let ws = words(line)
            if ws.count == 1, let w = ws.first, w.count <= 8, var above = out.last, w.lowerBound < above.count,
               above[w.lowerBound] == 0x20 {
                var a = w.lowerBound, b = w.lowerBound
                while a > 0 && above[a - 1] == 0x20 { a -= 1 }
                while b < above.count && above[b] == 0x20 { b += 1 }
                if a > 0, b < above.count, b - a >= w.count + 2, b - a <= 12, w.upperBound <= b + 2, above[a - 1] != 0x20,
                   line[w.lowerBound] == 0x201C, line[w.upperBound - 1] == 0x201D, CharacterClass.isCloseOrPause(above[b]) {
                    above.replaceSubrange(a..<(a + w.count), with: line[w])
                    out[out.count - 1] = above
                    continue
                }
            }
            out.append(line)
        }
        return out
    }

    /// A column's lines with a figure marker's end put back: the marker's `图）` may sit a line
    /// lower than the `（如` that opens it (the photo beside it moves the baseline), so `-layout`
    /// prints the column's next line between them: `…株距精准入土（如`, `。该地块全程采用…`, `图）`.
    /// A line of `图）` alone, two lines under a line that ends with `（如` or `（见`, goes back to
    /// that line's end.
    static func figureMarkersRejoined(_ column: [[UInt32]]) -> [[UInt32]] {
        var column = column
        let close = Scalars.of("图）"), opens = [Scalars.of("（如"), Scalars.of("（见")]
        var i = 2
        while i < column.count {
            if Array(Scalars.trimmed(column[i])) == close,
               opens.contains(where: { Scalars.hasSuffix(Array(Scalars.trimmed(column[i - 2])), $0) }),
               !Scalars.hasPrefix(Array(Scalars.trimmed(column[i - 1])), close) {
                column[i - 2] = Array(Scalars.trimmed(column[i - 2])) + close
                column.remove(at: i)
                continue
            }
            i += 1
        }
        return column
    }

    /// How many cells a row's column texts sit left of their columns, all alike: `-layout` packs
    /// a row whose first column is empty (a photo's rows) to the left, so each of its texts
    /// starts short of its own column, `全区…走深` at cell 10 under a column at 20. The shift, up to
    /// 15 cells, that puts every text of the row (``textStarts(_:)``, three or more;
    /// with two, a pushed pair reads as shifted too often, unless the row's first column is empty
    /// and its first text sits 8 cells or more into a column) at a column start or the margin,
    /// where none of them is as printed; 0 otherwise.
    static func rowShift(_ line: [UInt32], starts: [Int]) -> Int {
        guard starts.count >= 2 else { return 0 }
        let xs = textStarts(line)
        // (Two texts only where the first column is empty and the first text sits well inside
        // a column, past any indent: `-layout` packed the row, `本报讯 近日，…` at cell 39 under
        // a column at 49.)
        guard xs.count >= 3 || xs.count == 2 && xs[0] > starts[1] + 4
                && xs[0] - starts.last(where: { $0 <= xs[0] })! >= 8 else { return 0 }
        func fits(_ x: Int, _ d: Int) -> Bool {
            x + d >= 0 && x + d <= 4 || starts.dropFirst().contains { (-2...4).contains(x + d - $0) }
        }
        func fits(_ d: Int) -> Bool { xs.allSatisfy { fits($0, d) } }
        // (Every text off its column: one pushed text, or an indent, is no shifted row.)
        guard !xs.contains(where: { fits($0, 0) }) else { return 0 }
        for d in 1...15 {
            if fits(d) { return d }
        }
        return 0
    }

    /// Where a word glued across a gutter is cut: ReportLab's narrow gutters can close to nothing
    /// beside a line of narrow digits, and `-layout` prints the two columns' lines as one word
    /// (`本报讯 6月8日，红旗，坚决纠正政绩观偏差，坚`). A word of column `column`, after `used` ems
    /// of its line, that reaches past the next column's start and does not fit the column, is cut
    /// within 2 cells of that start, where the left part (5 ems or more of the word) fits the
    /// column and the right part fits the next. A part that ends no sentence is a paragraph's
    /// inner line, so full (within an em and a half on the left, an em on the right); of the
    /// cuts left, the one that makes a full right part as wide as its column, else the one whose
    /// left part fills its column best. Nil when no cut fits. A word that opens its column's
    /// piece `offset` cells right of the column's start (a photo credit before it pushed it) is
    /// cut that much further right, and its parts measured an em more loosely.
    private static func straddleCut(_ line: [UInt32], _ w: Word, column c: Int, used: Double, starts: [Int], widths: [Int], offset: Int = 0) -> Int? {
        guard c + 1 < starts.count, w.upperBound > starts[c + 1] + 1,
              used + printedEms(line[w]) > Double(widths[c]), line[w].contains(where: CharacterClass.isHan) else { return nil }
        let full = !CharacterClass.endsSentence(Array(line[w]))
        // (A line pushed right of its column's start is measured less surely: an em either way.)
        let slack = offset > 0 ? 1 : 0
        var best: (cut: Int, score: Double)?
        for cut in (w.lowerBound + 1)..<w.upperBound {
            let left = used + printedEms(line[w.lowerBound..<cut]), right = printedEms(line[cut..<w.upperBound])
            // (The right part's first character sits about where the next column starts; each
            // part is a full line unless it ends a sentence.)
            guard abs(cut - starts[c + 1] - offset) <= 2, left <= Double(widths[c] + slack), right <= Double(widths[c + 1] + slack),
                  printedEms(line[w.lowerBound..<cut]) >= 5,
                  left >= Double(widths[c]) - 1.5 || CharacterClass.endsSentence(Array(line[w.lowerBound..<cut])),
                  !full || right >= Double(widths[c + 1] - 1 - slack) else { continue }
            let score = full ? abs(Double(widths[c + 1]) - right) : Double(widths[c]) - left
            if best.map({ score < $0.score }) ?? true { best = (cut, score) }
        }
        return best?.cut
    }

    /// Whether line `i` is a title set over an article right of the first column: heading text
    /// alone on its line, with a dateline starting under it (within 4 cells) on one of the next two
    /// lines (`重拳整治违法建筑 筑牢城乡安全防线` over `本报讯 近日，红旗区…`).
    private static func isSideTitle(_ lines: [[UInt32]], _ i: Int, starts: [Int]) -> Bool {
        guard starts.count > 1, let first = words(lines[i]).first, first.lowerBound >= starts[1] - 1,
              isHeadingText(Scalars.trimmed(lines[i])) else { return false }
        return lines[(i + 1)..<min(lines.count, i + 3)].contains { below in
            words(below).contains { w in abs(w.lowerBound - first.lowerBound) <= 4 && datelines.contains { below[w].starts(with: $0) } }
        }
    }

    /// The pieces of a line that opens with a heading's rest (a run of heading text at the first
    /// column, at most half its width) and goes on after a gutter: the rest, then the text after
    /// it cut where it would overflow a column of `width` ems (or at a gutter), no more pieces
    /// than there are columns beside the first; nil otherwise.
    private static func headingRest(_ line: [UInt32], starts: [Int], width: Int) -> [Word]? {
        let ws = words(line)
        guard starts.count >= 2, let first = ws.first, first.lowerBound < starts[1] - 4 else { return nil }
        var head = first
        var k = 1
        while k < ws.count && ws[k].lowerBound - head.upperBound < 2 { head = head.lowerBound..<ws[k].upperBound; k += 1 }
        guard k < ws.count, isHeadingText(line[head]), 2 * Scalars.ems(line[head]) <= Double(width) else { return nil }
        var pieces = [head]
        var current: Word?
        for w in ws[k...] {
            if let c = current, w.lowerBound - c.upperBound < 2,
               printedEms(line[c]) + 0.25 + Scalars.ems(line[w]) <= Double(width) + 0.5 {
                current = c.lowerBound..<w.upperBound
            } else {
                if let c = current { pieces.append(c) }
                current = w
            }
        }
        if let c = current { pieces.append(c) }
        return pieces.count <= starts.count ? pieces : nil
    }

    /// A column's text's width in print, in ems: ``Scalars/ems(_:)`` less what ``squeeze(_:)``
    /// saves.
    private static func printedEms(_ s: ArraySlice<UInt32>) -> Double { Scalars.ems(s) - squeeze(s) }

    /// How much narrower in print than ``Scalars/ems(_:)`` counts it a column's text is: two
    /// marks side by side are set in an em and a half (clreq's punctuation compression: `”，`),
    /// and the gap `-layout` leaves for the squeezed half (`”     ，`) is no text.
    private static func squeeze(_ s: ArraySlice<UInt32>) -> Double {
        var saved = 0.0
        var run = 0
        var previous: UInt32?
        for c in s {
            if c == 0x20 { run += 1; continue }
            let mark = isMark(c)
            if mark, let p = previous, isMark(p) {
                saved += 0.5
                if run >= 2 { saved += 0.25 * Double(run) }
            }
            previous = c
            run = 0
        }
        return saved
    }

    private static func isMark(_ c: UInt32) -> Bool {
        CharacterClass.isPause(c) || c == 0x201C || c == 0x201D || c == 0xFF08 || c == 0xFF09 || c == 0x300A || c == 0x300B
    }

    /// Pause marks and `）”`, which xeCJK lets hang past a line's end.
    private static func isHanging(_ c: UInt32) -> Bool {
        CharacterClass.isPause(c) || c == 0xFF09 || c == 0x201D
    }

    /// A heading at the left margin (or indented up to `indent` cells) in at most two runs (a
    /// title's halves set apart), its text a heading's (``isHeadingText(_:)``). A photo credit
    /// set at the margin beside a column (`（通讯员供图）   违法建筑专项排查整治行动`) is none.
    static func isHeading(_ line: [UInt32], indent: Int = 1, runs most: Int = 2) -> Bool {
        let w = words(line)
        guard let first = w.first, first.lowerBound <= indent, !Furniture.isCredit(Array(line[first])) else { return false }
        let runs = 1 + zip(w, w.dropFirst()).filter { $1.lowerBound - $0.upperBound >= 2 }.count
        return runs <= most && isHeadingText(Scalars.trimmed(line))
    }

    /// A heading's text: at most 40 characters besides spaces, and no pause mark (a sentence's).
    static func isHeadingText(_ text: ArraySlice<UInt32>) -> Bool {
        text.filter { $0 != 0x20 }.count <= 40 && !text.contains(where: CharacterClass.isPause)
    }

    /// Whether a line opens with a dateline (`本报讯`, `新华社`).
    static func opensWithDateline(_ line: [UInt32]) -> Bool {
        let text = Scalars.trimmed(line)
        return datelines.contains { text.starts(with: $0) }
    }

    private static let datelines = ["本报讯", "新华社"].map(Scalars.of)

    /// An indented first line, or one opening with a dateline, under a heading that starts at
    /// cell `at` (a dateline further right is another column's). The dateline may follow the
    /// title's last characters, glued to it on the row under the title (`议本报讯 近日，…`).
    static func opensParagraph(_ line: [UInt32], under at: Int = 0) -> Bool {
        guard let first = words(line).first else { return false }
        if (1...4).contains(first.lowerBound) { return true }
        return first.lowerBound <= at + 4 && (opensWithDateline(line) || gluedDateline(line) != nil || restBeforeDateline(line))
    }

    /// A title's last one to three characters, then the next column's dateline on the same row
    /// (`议          本报讯 6月8日，…`: the title's big glyph takes few cells).
    static func restBeforeDateline(_ line: [UInt32]) -> Bool {
        let w = words(line)
        guard w.count >= 2, (1...3).contains(w[0].count), line[w[0]].allSatisfy(CharacterClass.isHan) else { return false }
        return datelines.contains { line[w[1].lowerBound...].starts(with: $0) }
    }

    /// Where a band's parts start: before up to three headings that open a paragraph below them.
    /// At the top of a band the headings may be indented (side-by-side articles' headings, each
    /// over its own columns); below it, the first may be a row of two articles' headings (up to
    /// four runs) unless it ends a title whose other lines are the nearest at the margin above.
    static func parts(_ band: [[UInt32]]) -> [Int] {
        var cuts = [0]
        var i = 0
        while i < band.count {
            let indent = i == 0 ? 4 : 1
            // (Below the top, a row of headings may hold two articles' side by side, in up to
            // four runs: `红旗区向阳街道        推动民生项目落地见效              红旗区西街街道曙光社区`.)
            // (Not a multi-line title's last line, set beside other columns' lines: the nearest
            // line above at the margin is no heading.)
            func titleGoesOnAbove() -> Bool {
                let above = band[..<i].last { words($0).first.map { $0.lowerBound <= 1 } ?? false }
                return above.map { isHeading($0, runs: 4) } ?? false
            }
            guard isHeading(band[i], indent: indent) || (i > 0 && isHeading(band[i], indent: indent, runs: 4) && !titleGoesOnAbove())
            else { i += 1; continue }
            var j = i
            // (After the first, a heading line may hold two articles' headings side by side, in
            // up to four runs: `重拳整治违法建筑  筑牢城乡安全防线  红旗区西街街道曙光社区 开展…`.)
            while j < band.count && j - i < 3 && isHeading(band[j], indent: indent, runs: i > 0 || j > i ? 4 : 2) { j += 1 }
            // At the band's top a heading may be over any column (side-by-side articles); below,
            // the dateline must be under it.
            let under = i == 0 ? Int.max / 2 : words(band[i]).first?.lowerBound ?? 0
            if j < band.count && opensParagraph(band[j], under: under) {
                // The headings are a part of their own: their big glyphs take few cells, so
                // their cells say nothing of the columns below.
                if i > 0 { cuts.append(i) }
                cuts.append(j)
                i = j + 1
                continue
            }
            i += 1
        }
        return cuts
    }

    /// Whether the band `below` goes on in the columns of the last part of `above`: both have two
    /// columns or more, and each of `below`'s starts within 3 cells of one of `above`'s (a short
    /// band may leave a column empty).
    static func sameColumns(_ above: [[UInt32]], _ below: [[UInt32]]) -> Bool {
        let last = Array(above[(parts(above).last ?? 0)...])
        let a = starts(last), b = starts(below)
        return a.count >= 2 && b.count >= 2 && b.allSatisfy { x in a.contains { abs($0 - x) <= 3 } }
    }

    /// Whether `band` is two articles' headings side by side (up to three lines, cut by
    /// ``alignedCut(_:)``) and `below` opens the left one's text.
    static func headingsOver(_ band: [[UInt32]], _ below: [[UInt32]]) -> Bool {
        guard band.count <= 3, band.allSatisfy({ isHeading($0, indent: 4, runs: 4) }) else { return false }
        if alignedCut(band) != nil && opensParagraph(below[0], under: Int.max / 2) { return true }
        // (Or a row of two kickers alone, over the band that opens with their titles' row.)
        return below.count > 1 && isHeading(below[0], indent: 4, runs: 4) && opensParagraph(below[1], under: Int.max / 2)
            && gapCut([band[band.count - 1], below[0]]) != nil
    }

    /// The band with an article's first row put back over its second. Under a heading, `-layout`
    /// may print the row of an article's second lines before the row that opens it with its
    /// dateline (the dateline's bold face sits lower): `执法大队在辖区各村及沿街片区，开展违 人送达…`
    /// above `  本报讯 近日，红旗区洪门镇综合行政  依据法定流程…`. The two rows are swapped where up
    /// to three headings are followed by a line of running text at the margin, then a line that
    /// opens with a dateline at the margin.
    static func firstRowsInOrder(_ band: [[UInt32]]) -> (band: [[UInt32]], swapped: Bool) {
        var band = band
        var swapped = false
        var i = 0
        while i + 1 < band.count {
            guard isHeading(band[i], indent: 4, runs: 4) else { i += 1; continue }
            var j = i
            while j < band.count && j - i < 3 && isHeading(band[j], indent: 4, runs: 4) { j += 1 }
            if j + 1 < band.count, let first = words(band[j]).first, first.lowerBound == 0,
               !isHeadingText(Scalars.trimmed(band[j])), !opensWithDateline(band[j]), !restBeforeDateline(band[j]),
               let below = words(band[j + 1]).first, below.lowerBound <= 4, opensWithDateline(band[j + 1]) {
                band.swapAt(j, j + 1)
                swapped = true
            }
            i = j + 1
        }
        return (band, swapped)
    }

    /// The band rewritten part by part, column by column; nil when no part has columns.
    static func rewrite(_ band: [[UInt32]]) -> [UInt32]? {
        if let split = besideHeadings(band) {
            let left = rewrite(split.left) ?? Array(split.left.joined(separator: [0x0A]))
            let right = rewrite(split.right) ?? Array(split.right.joined(separator: [0x0A]))
            return left + [0x0A] + right
        }
        let (band, swapped) = firstRowsInOrder(band)
        var cuts = parts(band) + [band.count]
        // (A part holding two grids is two parts.)
        var n = 0
        while n + 1 < cuts.count {
            if let c = gridCut(Array(band[cuts[n]..<cuts[n + 1]])) { cuts.insert(cuts[n] + c, at: n + 1) } else { n += 1 }
        }
        let spans = Array(zip(cuts, cuts.dropFirst())).filter { $0.0 < $0.1 }
        let reads = spans.map { read(Array(band[$0.0..<$0.1])) }
        var lines: [[UInt32]] = []
        var changed = false
        // Another article's heading cut off a heading part, and the column of the next part that
        // opens that article.
        var side: (column: Int, lines: [[UInt32]])?
        // The left heading's last characters, set at the head of the part below it (`见效`).
        var leftRest = false
        // How many lines of `lines` the left heading of a cut heading part is.
        var leftLines = 0
        for (n, (a, b)) in spans.enumerated() {
            var part = Array(band[a..<b])
            var r = reads[n]
            if side == nil, n + 1 < spans.count, let next = reads[n + 1], part.allSatisfy({ isHeading($0, indent: 4, runs: 4) }) {
                let rest = next.columns.first?.first.map(isHeadRest) ?? false
                if let split = articleCut(part, next: next) ?? splitHeadings(part, starts: next.starts) ?? (rest ? subjectCut(part) : nil),
                   let k = (split.column..<next.columns.count).first(where: { opensArticle(next.columns[$0]) }) {
                    part = split.left
                    r = read(part)
                    side = (k, split.right)
                    leftRest = rest && part.count == 1
                    changed = true
                }
            }
            guard let r else { lines += part; leftLines = side == nil ? 0 : part.count; continue }
            changed = true
            var columns = r.columns
            if leftRest, let top = columns.first?.first, isHeadRest(top), !lines.isEmpty {
                lines[lines.count - 1] += Array(Scalars.trimmed(top))
                columns[0].removeFirst()
            }
            leftRest = false
            // (A left heading with none of its text in this part, only the right article's: it
            // goes after that text, over its own below.)
            var after: [[UInt32]] = []
            if let s = side, s.column < columns.count, leftLines > 0, leftLines <= lines.count, columns[..<s.column].allSatisfy(\.isEmpty) {
                after = [[]] + Array(lines.suffix(leftLines))
                lines.removeLast(leftLines)
            }
            leftLines = 0
            if let s = side, !(s.column < columns.count && !s.lines.isEmpty) {
                // (No column of these to go before: the heading is read before them, as printed.)
                lines += s.lines
                side = nil
            } else if let s = side {
                // (Set in the part before, whose read of this part `columns` is: no part is cut
                // while a heading waits.) The heading goes before its article's column; its last
                // characters glued to that column's dateline (`议本报讯 近日，…`) go back to it.
                var heading = s.lines
                if let top = columns[s.column].first, let cut = gluedDateline(top) {
                    heading[heading.count - 1] += Array(top[..<cut])
                    columns[s.column][0] = Array(top[cut...])
                } else if let top = columns[s.column].first, isTitleRest(top) {
                    heading[heading.count - 1] += Array(Scalars.trimmed(top))
                    columns[s.column].removeFirst()
                }
                columns[s.column] = heading + columns[s.column]
                side = nil
            }
            lines += Array(columns.filter { !$0.isEmpty }.joined()) + r.credits + after
        }
        if let s = side { lines += s.lines }
        guard changed || swapped else { return nil }
        return Array(lines.joined(separator: [0x0A]))
    }

    /// A column that runs down from the band's top beside headings set over the columns left of it
    /// (two titles side by side over two columns, the third column's text beside them from the
    /// band's top): the band cut down the gutter before that column, which no line's word
    /// crosses, where the part left of it opens with headings (``parts(_:)`` finds a heading
    /// part there) and the whole band does not. The left part is read first, then the column.
    static func besideHeadings(_ band: [[UInt32]]) -> (left: [[UInt32]], right: [[UInt32]])? {
        guard band.count >= 6, parts(band).count == 1 else { return nil }
        let st = starts(band)
        guard st.count >= 3, let g = st.last else { return nil }
        let ws = band.map(words)
        // (The gutter: no word runs across the cell before the column.)
        guard ws.allSatisfy({ w in !w.contains { $0.lowerBound < g - 1 && $0.upperBound > g - 1 } }) else { return nil }
        // (The column holds text from the band's top rows.)
        guard band.prefix(3).allSatisfy({ $0.count > g }) else { return nil }
        // (Rows holding text on one side only are none on the other.)
        let left = band.map { l in Array(l.prefix(g - 1)).reversed().drop { $0 == 0x20 }.reversed() as [UInt32] }.filter { !$0.isEmpty }
        let right = band.map { l in l.count > g - 1 ? Array(l[(g - 1)...]) : [] }.filter { $0.contains { $0 != 0x20 } }
        guard left.count >= 4, isHeading(left[0], indent: 4), parts(left).count > 1 else { return nil }
        return (left, right)
    }

    /// The columns right of the first in a band's last part, read after the bands `below` it
    /// (``ColumnStage``: the rest of its page, furniture aside): the page's text runs down the
    /// first column past the band, beside a photo, to the page's foot, and goes on at the top of
    /// the second (`…隐患整改率` ⏎ `达100%。在急难险重…`). Only on evidence at each seam: every line
    /// below fits left of the second column and none is read as columns; the first column's text
    /// in the band ends a sentence or a byline; the second column's top line opens no paragraph
    /// (no indent, no dateline); and the last line below stops mid-sentence. `text` is the band as
    /// ``rewrite(_:)`` reads it; the result is its text without those columns, and those columns.
    static func columnsAfterNarrowBands(_ band: [[UInt32]], _ text: [UInt32], below: [[[UInt32]]]) -> (head: [UInt32], rest: [UInt32])? {
        guard let lastBelow = below.last?.last else { return nil }
        let bottom = Array(Scalars.trimmed(lastBelow))
        guard Completeness.isIncomplete(tail: Array(bottom.suffix(8))) else { return nil }
        let part = Array(band[(parts(band).last ?? 0)...])
        guard let r = read(part), r.columns.count >= 2 else { return nil }
        let second = r.starts[1]
        for b in below {
            guard rewrite(b) == nil else { return nil }
            for l in b where (l.lastIndex { $0 != 0x20 } ?? 0) >= second - 1 { return nil }
        }
        // (The second column's top line: where a word first starts at its cell, not indented.)
        guard let top = part.lazy.compactMap({ l in words(l).first { $0.lowerBound >= second - 1 } }).first,
              top.lowerBound <= second + 1 else { return nil }
        let rest = r.columns.dropFirst().filter { !$0.isEmpty }
        guard let first = rest.first?.first, !opensWithDateline(first) else { return nil }
        // (A photo credit set in a gap goes after the columns, as ``rewrite(_:)`` puts it.)
        let restText = Array((Array(rest.joined()) + r.credits).joined(separator: [0x0A]))
        let n = text.count - restText.count - 1
        guard n > 0, text[n] == 0x0A, text[(n + 1)...].elementsEqual(restText) else { return nil }
        let head = Array(text[..<n])
        let headLast = Array(Scalars.trimmed(Array(head[((head.lastIndex(of: 0x0A) ?? -1) + 1)...])))
        guard CharacterClass.endsSentence(headLast) || headLast.last == 0xFF09 else { return nil }
        return (head, restText)
    }

    /// A row of headings alone (one line, its runs four spaces apart or more) over a part whose
    /// column at the cell where one of its runs starts (within 2 cells) opens an article: cut
    /// before that run, the right heading set over that column (`红旗区向阳街道  推动民生项目落地见效
    /// 卫滨区领导夜查…` over the column that opens `本报讯 近日，卫滨区…`). Nil otherwise.
    static func articleCut(_ part: [[UInt32]], next: (starts: [Int], columns: [[[UInt32]]], credits: [[UInt32]])) -> (left: [[UInt32]], right: [[UInt32]], column: Int)? {
        guard part.count == 1, let line = part.first else { return nil }
        let ws = words(line)
        for i in ws.indices.dropFirst() where ws[i].lowerBound - ws[i - 1].upperBound >= 4 {
            guard let k = next.starts.indices.dropFirst().first(where: { abs(next.starts[$0] - ws[i].lowerBound) <= 2 }),
                  k < next.columns.count, opensArticle(next.columns[k]) else { continue }
            return ([Array(line[..<ws[i - 1].upperBound])], [Array(line[ws[i].lowerBound...])], k)
        }
        return nil
    }

    /// Headings of two articles side by side on the lines of a heading part: a heading line with a
    /// word one space after another, starting at a column of the part below (past the first), is
    /// cut there. The left parts stay; the right parts are the other article's heading, set over
    /// that column (the caller keeps the cut only when one of those columns opens an article).
    /// Nil when no line is cut so.
    static func splitHeadings(_ part: [[UInt32]], starts: [Int]) -> (left: [[UInt32]], right: [[UInt32]], column: Int)? {
        /// The column (past the first) a word starting at cell `x` starts.
        func columnAt(_ x: Int) -> Int? {
            starts.indices.dropFirst().first { abs(starts[$0] - x) <= 1 }
        }
        let ws = part.map(words)
        // The column: the first a word one space after another starts at. (Then a line's word
        // there after a wider gap is cut too: `推进会议         进会议`'s second run.)
        guard let column = ws.lazy.compactMap({ w in
            w.indices.dropFirst().lazy.compactMap { i in w[i].lowerBound - w[i - 1].upperBound == 1 ? columnAt(w[i].lowerBound) : nil }.first
        }).first else { return gapCut(part) ?? alignedCut(part) }
        let (left, right) = cutLines(part, ws) { w in w.indices.dropFirst().first { columnAt(w[$0].lowerBound) == column } }
        return (left, right, column)
    }

    /// `part`'s lines (their words `ws`) cut before the word `at` picks on each, a line kept whole
    /// where it picks none: the left headings, and the right ones.
    private static func cutLines(_ part: [[UInt32]], _ ws: [[Word]], at: ([Word]) -> Int?) -> (left: [[UInt32]], right: [[UInt32]]) {
        cutLines(part, ws) { _, w in at(w) }
    }

    /// ``cutLines(_:_:at:)`` where the pick reads the line's text too.
    private static func cutLines(_ part: [[UInt32]], _ ws: [[Word]], at: ([UInt32], [Word]) -> Int?) -> (left: [[UInt32]], right: [[UInt32]]) {
        var left: [[UInt32]] = [], right: [[UInt32]] = []
        for (line, w) in zip(part, ws) {
            if let i = at(line, w) {
                left.append(Array(line[..<w[i - 1].upperBound]))
                right.append(Array(line[w[i].lowerBound...]))
            } else {
                left.append(line)
            }
        }
        return (left, right)
    }

    /// Two articles' headings side by side on one line, one space apart, the left one's last
    /// characters set at the head of the part below (`红旗区向阳街道 推动民生项目落地 在红旗区召开…`
    /// over `见效   本报讯 …`): the line is cut at its first space where no title's own gap can
    /// stand (``HeadingWraps/mayPart(_:_:)``: `…落地` before `在红旗区…`).
    static func subjectCut(_ part: [[UInt32]]) -> (left: [[UInt32]], right: [[UInt32]], column: Int)? {
        guard part.count == 1, let line = part.first else { return nil }
        let (left, right) = cutLines(part, [words(line)]) { w in
            w.indices.dropFirst().first { w[$0].lowerBound - w[$0 - 1].upperBound == 1 && !HeadingWraps.mayPart(line[w[$0 - 1]], line[w[$0]]) }
        }
        return right.isEmpty ? nil : (left, right, 1)
    }

    /// Two articles' headings side by side, each line holding both parted by one wide gap (four
    /// spaces or more; its other gaps one space): each line is cut at its gap, wherever that
    /// falls (a kicker row over a title row in bigger type, `封丘县      红旗区洪门镇` over
    /// `七旬企业家返乡助农 守护“三夏”粮食丰收      重拳整治违法建筑 筑牢城乡安全防线`). Nil unless two
    /// lines are cut.
    static func gapCut(_ part: [[UInt32]]) -> (left: [[UInt32]], right: [[UInt32]], column: Int)? {
        let ws = part.map(words)
        func gap(_ w: [Word], _ i: Int) -> Int { w[i].lowerBound - w[i - 1].upperBound }
        func wide(_ w: [Word]) -> [Int] { w.indices.dropFirst().filter { gap(w, $0) >= 4 } }
        guard ws.allSatisfy({ w in wide(w).count <= 1 && w.indices.dropFirst().allSatisfy { gap(w, $0) >= 4 || gap(w, $0) == 1 } })
        else { return nil }
        // (A line with no wide gap is cut at its one space where no title's own gap can stand,
        // its two headings' rows set closer: `牧野区召开大气污染 卫滨区领导夜查环保` over
        // `防治攻坚调度会          攻坚调度大气污染防`.)
        let someWide = ws.contains { !wide($0).isEmpty }
        let (left, right) = cutLines(part, ws) { line, w in
            let ones = w.indices.dropFirst().filter { gap(w, $0) == 1 }
            return wide(w).first
                ?? (someWide && ones.count == 1 && !HeadingWraps.mayPart(line[w[ones[0] - 1]], line[w[ones[0]]]) ? ones[0] : nil)
        }
        return right.count >= 2 ? (left, right, 1) : nil
    }

    /// Two articles' headings side by side whose cells match no column below (their big glyphs
    /// take fewer cells than body text): cut where a word starts at the same cell on two heading
    /// lines or more (`红旗区西街街道曙光社区 开展夏季环 封丘县潘店镇` over `境专项整治与常态化消杀工作
    /// 推广粮食种植新技术…`, both at cell 20), or after a gap of four spaces or more on one, and
    /// no word of another line runs across that cell. The right parts go over the first column
    /// past the first that opens an article (the caller's test).
    static func alignedCut(_ part: [[UInt32]]) -> (left: [[UInt32]], right: [[UInt32]], column: Int)? {
        let ws = part.map(words)
        guard let first = ws.compactMap({ $0.first?.lowerBound }).min() else { return nil }
        let candidates = Set(ws.flatMap { $0.dropFirst().map(\.lowerBound) }).sorted()
        for x in candidates where x > first + 1 {
            var at = 0, wide = false, crossed = false
            for w in ws {
                if let i = w.indices.dropFirst().first(where: { abs(w[$0].lowerBound - x) <= 1 }) {
                    at += 1
                    if w[i].lowerBound - w[i - 1].upperBound >= 4 { wide = true }
                } else if w.contains(where: { $0.lowerBound < x - 1 && $0.upperBound > x + 1 }) {
                    crossed = true
                }
            }
            guard !crossed, at >= 2 || wide else { continue }
            let (left, right) = cutLines(part, ws) { w in w.indices.dropFirst().first { abs(w[$0].lowerBound - x) <= 1 } }
            return (left, right, 1)
        }
        return nil
    }

    /// A column opens an article: its first line is a dateline, maybe after a heading's last
    /// characters glued to it, or under one or two heading lines (its title, or those characters).
    private static func opensArticle(_ column: [[UInt32]]) -> Bool {
        guard let line = column.first else { return false }
        return opensWithDateline(line) || gluedDateline(line) != nil
            || (1...2).contains { n in
                column.count > n && column[..<n].allSatisfy { isHeadingText(Scalars.trimmed($0)) } && opensWithDateline(column[n])
            }
    }

    /// Whether `piece` ends inside an open lead credit: a `（` not closed, followed by a reporter's
    /// role (`（新乡日报全媒体记者 焦耀`).
    private static func inCredit(_ piece: ArraySlice<UInt32>) -> Bool {
        guard let start = piece.lastIndex(of: 0xFF08), !piece[start...].contains(0xFF09) else { return false }
        let inner = Array(piece[(start + 1)...])
        return creditRoles.contains { role in inner.indices.contains { Scalars.hasPrefix(inner, role, at: $0) } }
    }

    /// Whether `s` is a closing byline in full brackets (`（周柯园）`, `（洪门 文/图）`).
    static func isBracketedByline(_ s: ArraySlice<UInt32>) -> Bool {
        s.first == 0xFF08 && s.last == 0xFF09 && Byline.matchTrailing(Array(s)) != nil
    }

    private static let creditRoles = ["记者", "通讯员"].map(Scalars.of)

    /// Whether `word` closes the byline bracket `piece` opened (`（张志超 罗菲 李萌` and `文/图）`).
    private static func closesByline(_ piece: ArraySlice<UInt32>, _ word: ArraySlice<UInt32>) -> Bool {
        guard let start = piece.lastIndex(of: 0xFF08), !piece[start...].contains(0xFF09), word.last == 0xFF09,
              !word.dropLast().contains(0xFF09) else { return false }
        return Byline.matchTrailing(Array(piece[start...]) + [0x20] + Array(word)) != nil
    }

    /// A heading's last characters at the head of the part below it, beside the other article's
    /// text (`见效`, `染防治攻坚工作`): up to sixteen Han characters, no mark.
    private static func isHeadRest(_ line: [UInt32]) -> Bool {
        let t = Scalars.trimmed(line)
        return (1...16).contains(t.count) && t.allSatisfy(CharacterClass.isHan)
    }

    /// A heading's last characters set on a line of their own over its article's dateline
    /// (`收` of `…粮食丰` `收` over `本报讯 近日，…`): one to three Han characters, a closing mark
    /// allowed.
    private static func isTitleRest(_ line: [UInt32]) -> Bool {
        let t = Scalars.trimmed(line)
        return (1...4).contains(t.count) && t.contains(where: CharacterClass.isHan)
            && t.allSatisfy { CharacterClass.isHan($0) || CharacterClass.isClose(CharacterClass.widthFolded($0)) }
    }

    /// Where the dateline starts in a line that opens with one to three Han characters glued to it
    /// (`议本报讯 近日，…`).
    private static func gluedDateline(_ line: [UInt32]) -> Int? {
        let t = Array(Scalars.trimmed(line))
        let lead = line.count - line.drop { $0 == 0x20 }.count
        for n in 1...3 where n < t.count && t[..<n].allSatisfy(CharacterClass.isHan) {
            if datelines.contains(where: { t[n...].starts(with: $0) }) { return lead + n }
        }
        return nil
    }
}
/// For `-layout` input: each band of lines rewritten column by column.
struct ColumnStage: Stage {
    static let interleavedWarning =
        "the columns look interleaved (lines of neighbouring columns glued with spaces); where they did not "
        + "separate consistently the text is kept as it is, and its paragraphs cannot be repaired: extract with "
        + "`pdftotext -raw` (or PyMuPDF's get_text(\"text\")) for clean paragraphs"

    /// The warning for a table of a page's columns in text read as hard-wrapped lines.
    static let tableWarning =
        "the text holds a Markdown table of running text (pymupdf4llm prints a page's columns so); it was read "
        + "as hard-wrapped lines, not column by column, and its paragraphs cannot be repaired: extract with "
        + "`pdftotext -raw` (or PyMuPDF's get_text(\"text\")) for clean paragraphs"

    /// The warning after interleaved columns were read: how many `unit`s were left glued, or
    /// that the reading, by widths and text, can misplace a line.
    static func interleavedWarning(left: Int, unit: String) -> String {
        left > 0 ? interleavedWarning + " (\(left) \(unit) could not be separated into columns)"
            : "the columns look interleaved (lines of neighbouring columns glued with spaces); they were read "
                + "column by column by their widths and how their text reads on, which can misplace a line where a column starts or ends: "
                + "extract with `pdftotext -raw` (or PyMuPDF's get_text(\"text\")) for reliable paragraphs"
    }

    /// The warning for hard-wrapped text with a few lines that look glued from neighbouring
    /// columns, too few to read its columns by (``InputKind/gluedLines(_:)``).
    static func gluedLinesWarning(_ n: Int) -> String {
        "\(n) \(n == 1 ? "line looks" : "lines look") like lines of neighbouring columns glued with spaces, too few "
            + "to read the page's columns by; \(n == 1 ? "it was" : "they were") read in the order printed, and the paragraphs there "
            + "may mix two columns' text: extract with `pdftotext -raw` (or PyMuPDF's get_text(\"text\")) for clean paragraphs"
    }

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            // Detection may ask whether lines look glued: the scan is made once, line by line
            // and with Markdown's blocks of short lines joined.
            var glued: (lines: Bool, joined: Bool)?
            func looksGlued() -> Bool {
                if glued == nil { glued = InputKind.interleaving(p) }
                return glued!.lines
            }
            let kind = context.options.inputKind ?? InputKind.detect(p, looksInterleaved: looksGlued)
            context.inputKind = kind
            // (Markdown is also measured with its paragraphs' lines joined, as S-JOIN will
            // leave them: a second run reads them so.)
            let interleaved = kind != .layout && (looksGlued() || kind == .markdown && glued!.joined)
            context.interleavedLines = interleaved && kind == .wrapped
            // (A table of the page's columns is read only in Markdown: elsewhere, say so.)
            if kind == .wrapped, InterleavedColumns.holdsTextTable(p, TextLayout.trimmedLines(p)) {
                context.warnings.append(Self.tableWarning)
            }
            /// Markdown an extractor wrote, read (`edits` on the text's `lines`), and a kicker it set
            /// in one heading with its title parted from it.
            func withKickers(_ edits: [LocalEdit], _ lines: [Range<Int>]) -> [LocalEdit] {
                (edits + InterleavedColumns.kickerEdits(p, lines)).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
            if interleaved && kind == .markdown {
                context.extractedMarkdown = true
                guard context.options.isEnabled(InterleavedColumns.id), let wb = context.wordBreaker() else {
                    context.warnings.append(Self.interleavedWarning)
                    return []
                }
                // (A block read as printed may be one column or columns left glued: the text
                // cannot tell, so the warning says both.)
                context.warnings.append(Self.interleavedWarning)
                let lines = TextLayout.trimmedLines(p)
                return withKickers(InterleavedColumns.markdownEdits(p, lines, wb), lines)
            }
            guard kind == .layout || (interleaved && kind == .wrapped) else {
                if interleaved { context.warnings.append(Self.interleavedWarning) }
                // (Too few glued lines to read the page's columns by: kept, and said.)
                if kind == .wrapped, case let n = InputKind.gluedLines(p), n > 0 {
                    context.warnings.append(Self.gluedLinesWarning(n))
                }
                // (pymupdf4llm may print a page's columns as a table.)
                guard kind == .markdown, context.options.isEnabled(InterleavedColumns.id) else { return [] }
                let lines = TextLayout.trimmedLines(p)
                let tables = InterleavedColumns.tableEdits(p, lines)
                // (A table made of a page's columns is pymupdf4llm's too: Markdown an extractor wrote.)
                guard !tables.isEmpty else { return [] }
                context.extractedMarkdown = true
                return withKickers(tables, lines)
            }
            // Lines as printed (not cut at jump markers like the wrapped-text lines: cells matter),
            // each from its first byte, leading spaces and all, to its last non-space.
            let lines = TextLayout.lineRanges(p).map { r in
                let c = TextLayout.trim(p, r)
                return c.isEmpty ? r.lowerBound..<r.lowerBound : r.lowerBound..<c.upperBound
            }
            // A page with no blank line between its lines prints the page's rows (pdfplumber).
            let printed = lines.indices.filter { !lines[$0].isEmpty }
            let rows = printed.last.map { printed.count == $0 - printed[0] + 1 } ?? false
            var edits: [LocalEdit] = []
            var left = 0
            var k = 0
            // (Pairs of characters printed together anywhere in the text: evidence that a
            // column's text reads on across a break.)
            let known = kind == .wrapped ? CharacterPairs(lines.map { UTF8Scan.scalars(p, $0) }) : CharacterPairs()
            // (The first lines of the text's blocks that are running text and open with a Han
            // character, no dateline: where a line printed apart from its article may go on.)
            let blockStarts = kind == .wrapped && !rows ? lines.indices.compactMap { i -> [UInt32]? in
                guard !lines[i].isEmpty, i == 0 || lines[i - 1].isEmpty else { return nil }
                let s = Array(Scalars.trimmed(UTF8Scan.scalars(p, lines[i])))
                return s.first.map(CharacterClass.isHan) == true && CharacterClass.hasPause(s) && Dateline.match(s) == nil
                    && NSPageHeader.match(s) == nil ? s : nil
            } : []
            while k < lines.count {
                guard !lines[k].isEmpty else { k += 1; continue }
                var e = k
                while e < lines.count && !lines[e].isEmpty { e += 1 }
                // A running head or foot at the band's edge (no blank line between it and the
                // text) is no column's: it stays as it is.
                func isFurniture(_ r: Range<Int>) -> Bool { NSPageHeader.match(Array(Scalars.trimmed(UTF8Scan.scalars(p, r)))) != nil }
                var end = e
                defer { k = end }
                while k < e && isFurniture(lines[k]) { k += 1 }
                while e > k && isFurniture(lines[e - 1]) { e -= 1 }
                guard k < e else { continue }
                var band = lines[k..<e].map { UTF8Scan.scalars(p, $0) }
                var range = lines[k].lowerBound..<lines[e - 1].upperBound
                // The columns go on below a blank line where the band after it continues them:
                // one band.
                func extend(_ continues: (_ band: [[UInt32]], _ below: [[UInt32]]) -> Bool) {
                    var next = end
                    while true {
                        while next < lines.count && lines[next].isEmpty { next += 1 }
                        var e2 = next
                        while e2 < lines.count && !lines[e2].isEmpty { e2 += 1 }
                        guard next < e2, !isFurniture(lines[next]), !isFurniture(lines[e2 - 1]) else { break }
                        let below = lines[next..<e2].map { UTF8Scan.scalars(p, $0) }
                        guard continues(band, below) else { break }
                        band += below
                        range = range.lowerBound..<lines[e2 - 1].upperBound
                        next = e2
                        end = e2
                    }
                }
                /// The bands from line `from` down to the page's foot (past blank lines; running
                /// feet and a folio end them), each as lines, when there are any and nothing but
                /// furniture follows them on the page. (The foot is at most a page's lines away,
                /// 200: a long input with no page breaks is not scanned to its end at each band.)
                func narrowBandsBelow(from: Int) -> (bands: [[[UInt32]]], range: Range<Int>, end: Int)? {
                    let at = range.upperBound
                    let pageEnd = context.pageStarts.first { $0 > at } ?? p.count
                    var bands: [[[UInt32]]] = [], last = from, next = from, upper = 0
                    while true {
                        while next < lines.count && lines[next].isEmpty { next += 1 }
                        guard next - from < 200 else { return nil }
                        guard next < lines.count, lines[next].lowerBound < pageEnd, !isFurniture(lines[next]) else { break }
                        var e2 = next
                        while e2 < lines.count && !lines[e2].isEmpty && !isFurniture(lines[e2]) { e2 += 1 }
                        bands.append(lines[next..<e2].map { UTF8Scan.scalars(p, $0) })
                        upper = lines[e2 - 1].upperBound
                        last = e2
                        next = e2
                    }
                    guard !bands.isEmpty else { return nil }
                    // (Only furniture after them on the page.)
                    var f = last
                    while f < lines.count && lines[f].lowerBound < pageEnd {
                        guard f - from < 200, lines[f].isEmpty || isFurniture(lines[f]) else { return nil }
                        f += 1
                    }
                    return (bands, range.upperBound..<upper, last)
                }
                if kind == .layout {
                    // (The same columns, and no heading to open the band below.)
                    // (Or two articles' headings side by side alone over a blank line, and the
                    // first article's text below it: the right one goes over its article there.)
                    extend { band, below in
                        (!LayoutColumns.isHeading(below[0], indent: 4) && LayoutColumns.sameColumns(band, below))
                            || LayoutColumns.headingsOver(band, below)
                    }
                } else if kind == .wrapped {
                    // (Glued lines on both sides and no heading below: pdftotext prints a blank
                    // line where a row's baselines differ, not only where the columns end.)
                    // (Or a dateline's line that runs on into glued lines below: the article's
                    // first row, printed apart where the columns' baselines differ.)
                    extend { band, below in
                        guard !LayoutColumns.isHeadingText(Scalars.trimmed(below[0])),
                              let w = InterleavedColumns.width(band + below),
                              InterleavedColumns.holdsGluedLine(below, width: w) else { return false }
                        if InterleavedColumns.holdsGluedLine(band, width: w) { return true }
                        let last = Array(Scalars.trimmed(band[band.count - 1]))
                        return LayoutColumns.opensWithDateline(last) && !CharacterClass.endsSentence(last)
                    }
                }
                if kind == .layout, let text = LayoutColumns.rewrite(band) {
                    // (The columns right of the first may go on from text below the band, set in
                    // the first column's width to the page's foot.)
                    if let after = narrowBandsBelow(from: end) {
                        let tail = LayoutColumns.columnsAfterNarrowBands(band, text, below: after.bands)
                        if let tail {
                            var replacement = UTF8Scan.encode(tail.head)
                            replacement += Array(UnsafeBufferPointer(rebasing: p[range.upperBound..<after.range.upperBound]))
                            replacement.append(0x0A)
                            replacement += UTF8Scan.encode(tail.rest)
                            edits.append(LocalEdit(LayoutColumns.id, range: range.lowerBound..<after.range.upperBound, replacement: replacement,
                                                   note: "columns read in order; the columns right of the first read after the text below them"))
                            end = after.end
                            continue
                        }
                    }
                    edits.append(LocalEdit(LayoutColumns.id, range: range, replacement: UTF8Scan.encode(text),
                                           note: "columns read in order"))
                } else if kind == .wrapped {
                    let read = InterleavedColumns.rewrite(band, words: context.wordBreaker(), rows: rows, known: known, blockStarts: blockStarts)
                    left += read.left
                    if read.read {
                        edits.append(LocalEdit(InterleavedColumns.id, range: range,
                                               replacement: UTF8Scan.encode(Array(read.lines.joined(separator: [0x0A]))),
                                               note: "glued columns read in order"))
                    }
                }
            }
            if interleaved {
                let read = context.options.isEnabled(InterleavedColumns.id)
                context.warnings.append(read ? Self.interleavedWarning(left: left, unit: "lines") : Self.interleavedWarning)
            }
            return edits
        }
    }
}
