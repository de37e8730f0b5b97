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
/// goes on. Elsewhere, only runs of two or more lines cut alike are read so; other lines are kept
/// as they are, and the stage warns about them. Every character is kept.
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
    static func width(_ lines: [[UInt32]]) -> Int? {
        var count: [Int: Int] = [:]
        for line in lines {
            for w in words(line) {
                let e = Scalars.ems(w)
                if e >= 8 { count[Int(e.rounded(.toNearestOrEven)), default: 0] += 1 }
            }
        }
        guard let best = count.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), best.value >= 2 else { return nil }
        return best.key
    }

    /// A line cut into column segments: words joined (one space apart) while they fit in `width`.
    static func segments(_ line: [UInt32], width: Int) -> [[UInt32]] {
        var out: [[UInt32]] = []
        for w in words(line) {
            if let last = out.last, Scalars.ems(last) + 0.25 + Scalars.ems(w) <= Double(width) + 0.5 {
                out[out.count - 1] += [0x20] + w
            } else {
                out.append(Array(w))
            }
        }
        return out
    }

    /// A heading: short, without a sentence's punctuation (the glued columns leave no positions).
    private static func isHeading(_ line: [UInt32]) -> Bool {
        let text = Scalars.trimmed(line)
        return !text.isEmpty && LayoutColumns.isHeadingText(text)
    }

    /// The blocks of a band: the articles, cut before up to three headings above a dateline line
    /// (the headings a block of their own, never cut into segments).
    static func blocks(_ band: [[UInt32]]) -> [(lines: Range<Int>, heading: Bool)] {
        var out: [(Range<Int>, Bool)] = []
        var start = 0, i = 0
        while i < band.count {
            guard isHeading(band[i]) else { i += 1; continue }
            var j = i
            while j < band.count && j - i < 3 && isHeading(band[j]) { j += 1 }
            if j < band.count, LayoutColumns.opensWithDateline(band[j]) {
                if i > start { out.append((start..<i, false)) }
                out.append((i..<j, true))
                start = j
                i = j + 1
                continue
            }
            i += 1
        }
        if start < band.count { out.append((start..<band.count, false)) }
        return out
    }

    /// A band read column by column where its lines separate consistently: the new lines, whether
    /// any block was read, and how many glued lines were left as they are.
    static func rewrite(_ band: [[UInt32]]) -> (lines: [[UInt32]], read: Bool, left: Int) {
        var out: [[UInt32]] = []
        var read = false, left = 0
        for (range, heading) in blocks(band) {
            let lines = Array(band[range])
            guard !heading, let width = width(lines) else { out += lines; continue }
            let cut = lines.map { segments($0, width: width) }
            let k = cut.map(\.count).max() ?? 0
            // A page has a few columns (the choice of columns for a short line grows as 2^k).
            if (2...maxColumns).contains(k), 2 * cut.filter({ $0.count == k }).count >= cut.count {
                out += columns(cut, k, width: width)
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
        return (out, read, left)
    }

    /// The most columns a block is read as (newspapers print up to eight).
    static let maxColumns = 8

    /// The segments of a block whose lines mostly cut into all `k` columns, read column by
    /// column. A line with fewer segments lacks some columns (one that starts lower, below a
    /// photo, or has ended): its segments go, in order, to the columns whose last line was full
    /// (the text goes on there), or else that have begun.
    static func columns(_ cut: [[[UInt32]]], _ k: Int, width: Int) -> [[UInt32]] {
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
        return Array(columns.joined())
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
