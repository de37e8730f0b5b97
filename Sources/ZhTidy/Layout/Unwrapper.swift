/// Paragraphs and titles of hard-wrapped text (see ``LayoutStage``).
enum Unwrapper {
    /// rules.md §5.1's kinds of place and body a kicker names: the subject's kinds of
    /// S-TITLE-SUBJECT and the organs of a body (`局 委 厅 部`).
    private static let kickerEnds = STitleSubject.placeKinds.map { [$0] } + STitleSubject.bodyKinds + ["局", "委", "厅", "部"].map(Scalars.of)

    /// A line that ends as a kicker names a place or body (`封丘县潘店镇`, `红旗区洪门镇`).
    static func endsLikeKicker(_ s: [UInt32]) -> Bool { kickerEnds.contains { Scalars.hasSuffix(s, $0) } }

    /// A place's or body's name alone, as a kicker gives it: three to seven Han characters that
    /// end like a kicker (`封丘县`, `红旗区洪门镇`).
    static func isPlaceName(_ s: some Collection<UInt32>) -> Bool {
        (3...7).contains(s.count) && s.allSatisfy(CharacterClass.isHan) && endsLikeKicker(Array(s))
    }

    static func plan(_ plan: inout LinePlan) {
        let kept = plan.lines.indices.filter { plan.lines[$0].isText }
        guard !kept.isEmpty else { return }
        // Roles of the kept lines.
        enum Role { case body, dateline, byline, tailStart, jumpEnd, heading }
        var roles: [Int: Role] = [:]
        for k in kept {
            let line = plan.lines[k]
            let s = Array(line.s.dropFirst(line.jumpPrefix))
            if Heading.level(line.s) != nil { roles[k] = .heading }
            else if Byline.matchTrailing(line.s) != nil { roles[k] = .byline }
            else if line.jumpPrefix > 0 { roles[k] = .tailStart }
            else if Dateline.match(s) != nil { roles[k] = .dateline }
            else if line.jumpSuffix > 0 { roles[k] = .jumpEnd }
            else { roles[k] = .body }
        }
        // A closing byline wrapped over two lines in a narrow column (`（张志超 罗菲 李萌` `文/图）`):
        // neither half reads as a byline alone, the two together do; they make one line.
        for (n, k) in kept.enumerated() where n + 1 < kept.count && roles[k] == .body {
            let b = kept[n + 1]
            guard roles[b] == .body || roles[b] == .byline else { continue }
            let s = plan.lines[k].s, t = plan.lines[b].s
            func isOpen(_ c: UInt32) -> Bool { c == 0xFF08 || c == 0x28 }
            func isClose(_ c: UInt32) -> Bool { c == 0xFF09 || c == 0x29 }
            guard s.count <= 24, t.count <= 24, let f = s.first, isOpen(f), !s.contains(where: isClose),
                  let l = t.last, isClose(l), !t.contains(where: isOpen),
                  let byline = Byline.matchTrailing(s + [0x20] + t), byline.bracketed else { continue }
            roles[k] = .byline
            roles[b] = .byline
            plan.glue[k] = (.join, SJoinLine.id, "a byline wrapped over two lines")
        }
        // Article boundaries: an article starts at a dateline or a continued tail; it ends at a
        // byline, a jump line or the top of the page. Lines between an end and a start are its title.
        var titleLines = Set<Int>()
        var zone: [Int] = []
        var inZone = true  // the top of the page opens a zone
        /// Whether the zone was a title (and is marked so).
        func closeZone(start: Bool) -> Bool {
            defer { zone = [] }
            // (Up to eight lines: two articles' kickers and titles set side by side, each title
            // wrapped over two or three lines, `红旗区洪门镇` `封丘县潘店镇` `重拳整治违法建筑` …
            // `绘就“一地双收”丰` `收图`; the 60 characters below bound it.)
            guard start, !zone.isEmpty, zone.count <= 8 else { return false }
            // Titles carry no full stop and no pause inside a sentence-like run.
            let text = zone.flatMap { plan.lines[$0].s }
            guard !text.contains(0x3002), text.count <= 60 else { return false }
            titleLines.formUnion(zone)
            return true
        }
        for (n, k) in kept.enumerated() {
            let role = roles[k]!
            switch role {
            case .dateline, .tailStart:
                let zoned = inZone
                if inZone && closeZone(start: true) {
                } else if role == .dateline {
                    // An article without a closing byline leaves no zone (or a zone with body
                    // text in it, after a jump line): the title is the run of short lines without
                    // sentence punctuation right before the dateline, after a line that ends a
                    // sentence.
                    var m = n - 1
                    var run: [Int] = []
                    // (A title's last character may stand alone on the line before the dateline:
                    // `在红旗区召开全市科技服务业现场推进会` `议`.)
                    func lone(_ s: [UInt32]) -> Bool { run.isEmpty && s.count == 1 && CharacterClass.isHan(s[0]) }
                    while m >= 0, run.count < 5, roles[kept[m]] == .body,
                          isTitleLike(plan.lines[kept[m]].s) || lone(plan.lines[kept[m]].s),
                          run.reduce(plan.lines[kept[m]].s.count, { $0 + plan.lines[$1].s.count }) <= 60 {
                        run.insert(kept[m], at: 0)
                        m -= 1
                    }
                    // (Or the run is a box of its own, blank lines around it, as pdfminer.six
                    // prints a title: the text before it may be a column whose article goes on
                    // elsewhere. After a jump line, only a box of its own: the zone held body text.)
                    func box() -> Bool {
                        blankBetween(kept[m], run[0]) && blankBetween(run[run.count - 1], k)
                            && run.reduce(0, { $0 + plan.lines[$1].s.count }) >= 6
                    }
                    // (Or the run is one line narrower than the open lines before it, and ends
                    // on no mark: the last line of that sentence would end on one, and a column
                    // cut mid-sentence is full. pdfminer.six prints a title box so after the
                    // column it interrupts: `…整改率达 100%。在` `卫滨区领导调研陆航片区开发建设工作`.)
                    func shortAfterOpen() -> Bool {
                        let line = plan.lines[run[0]]
                        guard run.count == 1, m >= 2, line.s.count >= 6, let last = line.s.last, CharacterClass.isHan(last),
                              kept[(m - 2)...m].allSatisfy({ roles[$0] == .body }) else { return false }
                        // (The measure: the widest of the three lines before; digits take less.)
                        return line.width <= kept[(m - 2)...m].map({ plan.lines[$0].width }).max()! - 2
                    }
                    if !run.isEmpty, m >= 0, box() || shortAfterOpen() || (!zoned && (roles[kept[m]] != .body
                        || CharacterClass.endsSentence(plan.lines[kept[m]].s))) {
                        titleLines.formUnion(run)
                    }
                }
                inZone = false
            case .byline, .jumpEnd:
                // (A closing byline printed between a title and its dateline, which pdfminer.six
                // may read in from the column beside, leaves the title zone open: `封丘县潘店镇`
                // `推广粮食种植新技术…` `（洪门 文/图）` `本报讯 …`.)
                if role == .byline, inZone, !zone.isEmpty, n + 1 < kept.count, roles[kept[n + 1]] == .dateline,
                   zone.allSatisfy({ isTitleLike(plan.lines[$0].s) }) { break }
                inZone = true
                zone = []
            case .heading:
                inZone = false
            case .body:
                guard inZone else { break }
                // Title boxes after a closing byline, then running text that is no dateline: the
                // article's dateline box was printed elsewhere (pdfminer.six), and the boxes are
                // its kicker and title all the same (`（杨恒战 罗菲）` `红旗区洪门镇` `重拳整治…`
                // `法律法规，讲明…`).
                // (A title has a line of eight characters or more and no digits: pieces of a
                // running head, `星期三` `新乡日报`, or a date do not make one.)
                if !zone.isEmpty, CharacterClass.hasPause(plan.lines[k].s), blankBefore(k),
                   zone.allSatisfy({ isTitleLike(plan.lines[$0].s) && !plan.lines[$0].s.contains(where: CharacterClass.isDigit) }),
                   blankBefore(zone[0]), zone.contains(where: { plan.lines[$0].s.count >= 8 }),
                   zone.reduce(0, { $0 + plan.lines[$1].s.count }) <= 60 {
                    titleLines.formUnion(zone)
                    zone = []
                    inZone = false
                } else {
                    zone.append(k)
                }
            }
            // A removed jump line (`（下转第4版）`) also ends the article.
            if n + 1 < kept.count {
                let between = (k + 1)..<kept[n + 1]
                if between.contains(where: { plan.lines[$0].removedBy == Continuation.id }) {
                    inZone = true
                    zone = []
                }
            }
        }
        /// A blank line stands right before kept line `k` (pdfminer.six parts its boxes so), or
        /// somewhere between lines `a` and `b`.
        func blankBefore(_ k: Int) -> Bool { k > 0 && plan.lines[k - 1].fate == .blank }
        func blankBetween(_ a: Int, _ b: Int) -> Bool { ((a + 1)..<b).contains { plan.lines[$0].fate == .blank } }
        /// A line that may be (part of) a title: short, and no sentence punctuation in it.
        func isTitleLike(_ s: [UInt32]) -> Bool {
            s.count >= 2 && s.count <= 40 && !CharacterClass.hasPause(s)
        }
        // Column width per article: the 90th percentile of its body line widths.
        var width: [Int: Double] = [:]
        var plainWidth: [Int: Double] = [:]  // the same from lines without curly quotes
        var segment: [Int] = []
        func closeSegment() {
            /// The 90th percentile of sorted widths (0 for none).
            func p90(_ ws: [Double]) -> Double { ws.isEmpty ? 0 : ws[min(ws.count - 1, Int(Double(ws.count) * 0.9))] }
            func percentile(_ lines: [Int]) -> Double {
                let raw = p90(lines.map { plan.lines[$0].width }.sorted())
                guard plan.cutAtGaps, lines.count >= 8 else { return raw }
                // (Lines cut at justification gaps: a printed line's pieces, the first ending on
                // a mark, are measured together, as the line they were: `多机协同吊装模式，`
                // `提前圆满完成生产任务。` is one line of 20, where xeCJK squeezed two marks.)
                var joined: [Double] = []
                var i = 0
                while i < lines.count {
                    let a = plan.lines[lines[i]]
                    if i + 1 < lines.count, lines[i + 1] == lines[i] + 1, let l = a.s.last,
                       CharacterClass.isCloseOrPause(CharacterClass.widthFolded(l)),
                       a.width < raw * 0.75, a.width + plan.lines[lines[i + 1]].width <= raw + 1.5 {
                        joined.append(a.width + plan.lines[lines[i + 1]].width)
                        i += 2
                        continue
                    }
                    joined.append(a.width)
                    i += 1
                }
                return p90(joined.sorted())
            }
            let body = segment.filter { !titleLines.contains($0) && roles[$0] != .byline }
            let w = percentile(body), plain = percentile(body.filter { plan.lines[$0].slack == 0 })
            for k in segment { width[k] = w; plainWidth[k] = plain }
            // (Columns of two widths read one after the other in one article's run, as
            // LAYOUT-COLUMNS reads a band where one article's narrow columns stand beside another's
            // wide ones: a line's column is as wide as the third widest of the body lines within
            // five of it, when that is clearly narrower — two lines of the wide column nearby do
            // not make a full narrow line, `…技能比武与安全竞赛。` over `此外，…`, look short.)
            if !plan.cutAtGaps, body.count >= 12 {
                let ws = body.map { plan.lines[$0].width }
                for (i, k) in body.enumerated() {
                    let near = ws[max(0, i - 5)..<min(ws.count, i + 6)].sorted(by: >)
                    if near.count >= 6, near[2] < w - 1.5 { width[k] = near[2] }
                }
            }
            segment = []
        }
        for k in kept {
            if roles[k] == .dateline || roles[k] == .tailStart || (titleLines.contains(k) && !segment.isEmpty && !titleLines.contains(segment.last!)) {
                closeSegment()
            }
            segment.append(k)
        }
        closeSegment()

        // Curly quotes are an em wide or half one, by the font (Chromium's are proportional):
        // read from the body's lines inside a paragraph that hold quotes. Full at the column's
        // width, they count wider than it by half an em a quote when they are half-width.
        var excess: [Double] = []
        for (n, k) in kept.enumerated() where n + 1 < kept.count && roles[k] == .body && !titleLines.contains(k) {
            let q = plan.lines[k].slack
            guard q > 0, let w = plainWidth[k], w > 0, roles[kept[n + 1]] == .body,
                  !CharacterClass.endsSentence(plan.lines[k].s) else { continue }
            excess.append((plan.lines[k].width - w) / q)
        }
        excess.sort()
        let halfQuotes = excess.isEmpty || excess[excess.count / 2] > 0.5
        /// A title line's printed width, its quotes as the page sets them.
        func printed(_ k: Int) -> Double { plan.lines[k].width - (halfQuotes ? plan.lines[k].slack : 0) }

        // Titles: join their lines; mark the heading (and a kicker).
        var n = 0
        while n < kept.count {
            let k = kept[n]
            guard titleLines.contains(k) else { n += 1; continue }
            var group = [k]
            while n + group.count < kept.count, titleLines.contains(kept[n + group.count]) { group.append(kept[n + group.count]) }
            let first = plan.lines[group[0]]
            let restMax = group.dropFirst().map { plan.lines[$0].width }.max() ?? 0
            let kicker = group.count >= 2 && kickerEnds.contains { Scalars.hasSuffix(first.s, $0) } && first.width <= restMax - 1
            plan.headingPrefix[group[0]] = "# "
            for (i, g) in group.enumerated() {
                if i == 0 && kicker {
                    plan.glue[g] = (.paragraph, NSTitle.id, "kicker")
                    plan.headingPrefix[group[1]] = "## "
                } else if i + 1 < group.count {
                    // A title line shorter than the next broke before the measure: at the title's
                    // own space (`推广粮食种植新技术` `绘就“一地双收”丰收` `图`), unless a mark that
                    // may not open or end a line moved a character down, or the title kept its
                    // space on a line (`重拳整治违法建` `筑 筑牢城乡安全`).
                    let h = group[i + 1]
                    let last = plan.lines[g].s.last.map(CharacterClass.widthFolded) ?? 0
                    let next = plan.lines[h].s.first.map(CharacterClass.widthFolded) ?? 0
                    if printed(h) >= printed(g) + 0.75, !CharacterClass.isCloseOrPause(next), !CharacterClass.isOpen(last),
                       !group.contains(where: { plan.lines[$0].s.contains(where: CharacterClass.isSpace) }) {
                        plan.glue[g] = (.space, NSTitle.id, "title wrapped at its space")
                    } else {
                        plan.glue[g] = (.join, NSTitle.id, "title wrapped over lines")
                    }
                } else {
                    plan.glue[g] = (.paragraph, NSTitle.id, "end of title")
                }
            }
            n += group.count
        }

        // How much the indent shortens a paragraph's first line: learnt from lines that surely
        // open a paragraph — datelines, and lines after a clearly short final line — per column
        // width where two or more agree, else for the page.
        var indents: [Double] = []
        var indentsAt: [Double: [Double]] = [:]  // by column width
        for (n, b) in kept.enumerated() where n + 1 < kept.count && roles[kept[n + 1]] == .body && !titleLines.contains(b) {
            let w = width[b] ?? 0
            if roles[b] == .dateline { indents.append(w - plan.lines[b].width); continue }
            guard n > 0, roles[b] == .body else { continue }
            let a = kept[n - 1]
            let la = plan.lines[a]
            if roles[a] == .body, !titleLines.contains(a), la.width < (width[a] ?? 0) - 2.5,
               CharacterClass.endsSentence(la.s), plan.lines[b].width > w - 3.5 {
                indents.append(w - plan.lines[b].width)
                indentsAt[w, default: []].append(w - plan.lines[b].width)
            }
        }
        indents.sort()
        let pageIndent: Double = indents.isEmpty ? 2 : indents[indents.count / 2]
        /// The indent in a column `w` wide: what its own first lines show when two or more agree
        /// on it (a mark squeezed or hung counts a character more or less in one column width
        /// than in another), else the page's.
        let columnIndent = indentsAt.compactMapValues { at -> Double? in at.count >= 2 ? at.sorted()[at.count / 2] : nil }
        func indentIn(_ w: Double) -> Double { columnIndent[w] ?? pageIndent }

        /// How far line `k` is set in, as printed: the bytes of the spaces it opens with.
        func setIn(_ k: Int) -> Int { plan.lines[k].content.lowerBound - plan.lines[k].range.lowerBound }

        /// Whether line `k` ends mid-sentence (a colon at the end introduces what follows instead).
        func runsOn(_ k: Int) -> Bool {
            let t = Array(plan.lines[k].s.suffix(12))
            return Completeness.isIncomplete(tail: t) && CharacterClass.widthFolded(t.last ?? 0) != 0xFF1A
        }

        /// The width of the printed line that starts at kept line `n` (pieces added while they run
        /// on and fit, proportional quotes allowed for), and whether it runs on into the next
        /// printed line.
        func visualLine(from n: Int) -> (Double, Bool) {
            let w = width[kept[n]] ?? 0
            var sum = plan.lines[kept[n]].width
            var slack = plan.lines[kept[n]].slack
            var m = n
            while sum < w - 0.6 && runsOn(kept[m]) && m + 1 < kept.count && roles[kept[m + 1]] == .body
                    && sum + plan.lines[kept[m + 1]].width - slack - plan.lines[kept[m + 1]].slack <= w + 0.6 {
                m += 1
                sum += plan.lines[kept[m]].width
                slack += plan.lines[kept[m]].slack
            }
            return (min(sum, w), runsOn(kept[m]))
        }

        /// Whether a line ends on `。，、`, which ReportLab and XeLaTeX let hang in the margin.
        func endsOnHangingMark(_ s: [UInt32]) -> Bool { s.last.map { $0 == 0x3002 || $0 == 0xFF0C || $0 == 0x3001 } ?? false }

        /// Whether kept line `n` is an indented first line (`first` wide) whose closing stop or
        /// pause hangs in the margin (ReportLab): Han only, so its width is exact, one em wider
        /// than a first line, and followed by a full line that runs on — a paragraph's last line
        /// one em short would be followed by a first line instead.
        func hangingFirstLine(_ n: Int, _ first: Double, _ w: Double) -> Bool {
            guard n + 1 < kept.count, roles[kept[n]] == .body, roles[kept[n + 1]] == .body else { return false }
            let l = plan.lines[kept[n]], after = plan.lines[kept[n + 1]]
            guard endsOnHangingMark(l.s), !l.s.contains(where: { $0 < 0x80 }), abs(l.width - (first + 1)) <= 0.3, l.width < w - 0.6,
                  !after.s.contains(where: { $0 < 0x80 }), abs(after.width - w) <= 0.3, runsOn(kept[n + 1])
            else { return false }
            return true
        }

        /// Whether kept line `n`, a piece, starts a printed line: it and the pieces after it (while
        /// they run on and fit) fill one, within two ems (squeezed marks) short.
        func startsPrintedLine(_ n: Int, _ w: Double) -> Bool {
            var sum = plan.lines[kept[n]].width
            var m = n
            while runsOn(kept[m]) && m + 1 < kept.count && roles[kept[m + 1]] == .body
                    && sum + plan.lines[kept[m + 1]].width <= w + 1 {
                m += 1
                sum += plan.lines[kept[m]].width
            }
            return m > n && sum >= w - 2
        }

        /// Whether kept line `m`, as the last piece of a printed line, leaves its sentence open
        /// with no body text after it: a lone line before a byline or heading is a title or
        /// kicker an extractor put there (`…幸福感。` `封丘县潘店镇` `（向阳宣）`), no piece.
        func dangles(_ m: Int) -> Bool {
            runsOn(kept[m]) && (m + 1 == kept.count || roles[kept[m + 1]] != .body)
        }

        // Body lines: join or break. `run` is the width of the printed line built so far from
        // pieces (an extractor may cut one printed line into several at justification gaps).
        var run = 0.0
        // The width of the pieces joined up to the line before, while they fit in the column
        // (`run` is reset after a nearly full piece, and a mark alone after the pieces still
        // belongs to their printed line: `部门报到”` `机制，` `联合多方现场办公` `（如图）` `。`).
        var chain = 0.0
        for (n, a) in kept.enumerated() {
            guard n + 1 < kept.count else { break }
            if plan.glue[a] != nil { run = 0; continue }
            let b = kept[n + 1]
            let rb = roles[b]!, ra = roles[a]!
            if ra == .byline || ra == .heading || rb == .dateline || rb == .byline || rb == .tailStart || rb == .heading
                || titleLines.contains(b) || ra == .jumpEnd {
                plan.glue[a] = (.paragraph, SJoinLine.id, "a new paragraph starts")
                run = 0
                continue
            }
            let w = width[a] ?? 0
            let la = plan.lines[a], lb = plan.lines[b]
            // A photo set between two paragraphs: its credit (out of the text) stands between a
            // sentence's end and the next line.
            if CharacterClass.endsSentence(la.s),
               ((a + 1)..<b).contains(where: { plan.lines[$0].removedBy == Caption.id }) {
                plan.glue[a] = (.paragraph, SJoinLine.id, "a photo stands between two paragraphs")
                run = 0
                continue
            }
            // A line of a mark or two alone (`。` after `…重点工作（如图）`) is the end of the printed
            // line before it, which the extractor set apart (the mark hangs in the margin): the
            // printed line is as wide as both.
            let markOnly = n > 0 && la.s.count <= 2 && la.s.allSatisfy { CharacterClass.isCloseOrPause(CharacterClass.widthFolded($0)) }
                && plan.glue[kept[n - 1]]?.0 == .join
            let runA = (markOnly ? max(run, chain, plan.lines[kept[n - 1]].width) : run) + la.width
            let chained = n > 0 && plan.glue[kept[n - 1]]?.0 == .join && chain + la.width <= w + 1 ? chain + la.width : la.width
            defer { chain = chained }
            // A paragraph's first line is full at the first-line width (the indent shortens it):
            // `本报讯近日，…召开。` fills its line, and the paragraph goes on. The text's first
            // line may be one too (`隐患排查是防范事故的关键。` over `该公司设立…`).
            let opens = run == 0 && (ra == .dateline || n == 0 || plan.glue[kept[n - 1]]?.0 == .paragraph)
            let indent = indentIn(w)
            let first = w - indent
            // (One more character when the line ends on a stop or pause that hangs in the margin,
            // as XeLaTeX and ReportLab let it: `李博强调，…筑牢攻坚根基。` at 25 beside 24-em first lines.)
            let full = runA >= w - 1.25 || (opens && (abs(runA - first) <= 0.6 || (endsOnHangingMark(la.s) && abs(runA - first - 1) <= 0.6)
                || (ra == .dateline && abs(runA - (w - 2)) <= 0.6)))
            // Digits and Latin letters measure wider than they print (`“70 多岁…`): more slack.
            let slack = lb.s.contains { $0 < 0x80 } ? 1.0 : 0.6
            let indented = abs(lb.width - first) <= slack && lb.width < w - 0.6
            // A place's name alone in a box of its own after a sentence's end and before running
            // text (pdfminer.six prints a kicker so, away from its title: `…的预期效果。` `封丘县`
            // `为保障…，`) runs on into no sentence.
            if n > 0, blankBefore(a), a + 1 < b, plan.lines[a + 1].fate == .blank, isPlaceName(la.s),
               CharacterClass.endsSentence(plan.lines[kept[n - 1]].s),
               CharacterClass.hasPause(lb.s) {
                plan.glue[a] = (.paragraph, SJoinLine.id, "a place's name alone in its box")
                run = 0
                continue
            }
            if runsOn(a) {
                plan.glue[a] = (.join, SJoinLine.id, "the line ends mid-sentence")
                // Only a clear piece (well short of the column) carries over into the next line; a
                // nearly full line is a whole printed line measured a little short.
                // (A piece cut mid-word ends its printed line where the lines are cut only at
                // the gaps after marks, never between two Han characters: `…全力推动全区环境空`
                // `气质量提升。` `要强化快速响应，` `以科学举措提` is one printed line from `气`.)
                let endsLine = plan.cutAtGaps && la.width < w * 0.75 && la.s.last.map(CharacterClass.isHan) == true
                    && n > 0 && plan.glue[kept[n - 1]]?.0 == .join
                    && plan.lines[kept[n - 1]].s.last.map { CharacterClass.isCloseOrPause(CharacterClass.widthFolded($0)) } == true
                run = runA < w * 0.75 && !endsLine ? runA : 0
                continue
            }
            // (Not a sentence's last characters alone on a printed line, `收。`, before a line two
            // ems short: a paragraph's last line and the next one's first, whatever indent the
            // column's lines showed; or an em shorter still, where the first line broke after a
            // pause: `任务。` over `该公司以标准化建设赋能精细化管理，` beside 20-em lines.)
            let lastAndFirst = run == 0 && CharacterClass.endsSentence(la.s) && la.width <= 4 && abs(lb.width - (w - 2)) <= 1.05
            if runA < w - 0.6 && abs(runA + lb.width - w) <= 0.6 && !indented && !dangles(n + 1) && !lastAndFirst {
                // Nearly full, and the next piece fills the printed line exactly: one printed line
                // the extractor cut at a justification gap (`…行距、` `株距精准入土。` `该`).
                plan.glue[a] = (.join, SJoinLine.id, "pieces of one printed line")
                run = runA
                continue
            }
            if full {
                // In justified text every line but a paragraph's first (indented) and last (short)
                // is full. So after a full line that ends a sentence, a next printed line that is
                // full continues the paragraph, and one that falls short yet runs on is a new
                // paragraph's first line. A short line that ends a sentence is either: the
                // first-line width decides.
                let (next, runsOn) = visualLine(from: n + 1)
                let breaks: Bool
                if hangingFirstLine(n + 1, first, w) { breaks = true }
                // (A next line set in by two spaces or more where the lines around it are not,
                // after a sentence's end: a first line, however wide, `-layout`'s indent.)
                else if CharacterClass.endsSentence(la.s), setIn(b) >= 2, setIn(b) >= setIn(a) + 2,
                        n + 2 >= kept.count || setIn(b) >= setIn(kept[n + 2]) + 2 { breaks = true }
                // (Nearly full, but exactly as wide as the column's first lines are and narrower
                // than the full line before it: where the indent shows as an em (xeCJK squeezes
                // the first line's marks), a first line.)
                else if next >= w - 1.25 && !(abs(next - first) <= 0.25 && indent >= 0.75 && runA >= next + 0.75) { breaks = false }
                else if runsOn {
                    // Falling short yet wider than a first line: a full line whose justification
                    // stretched the gaps around digits and Latin (`…全市1 月至4 月…`).
                    let stretched = next > first + 0.6 && plan.lines[kept[n + 1]].s.contains { $0 < 0x80 }
                    breaks = !stretched
                }
                else { breaks = indented }
                plan.glue[a] = breaks ? (.paragraph, SJoinLine.id, "the next line is a first line (indented)")
                                      : (.join, SJoinLine.id, "a full line")
                run = 0
                continue
            }
            // Short: a paragraph end, unless the line is a piece of a printed line and the pieces
            // after it fill the line.
            var sum = runA + lb.width
            var m = n + 1
            while sum < w - 0.6 && m + 1 < kept.count && Completeness.isIncomplete(tail: Array(plan.lines[kept[m]].s.suffix(12))) {
                m += 1
                sum += plan.lines[kept[m]].width
            }
            // XeLaTeX (xeCJK) sets a stop or pause mark that ends a piece half an em wide: pieces
            // `…作业。` `田间地头，` fill a 19-em line as 20 counted ems. Only when the last piece
            // ends on a pause, so the printed line runs on.
            // Not when the next piece starts a printed line of its own: with the pieces after it
            // it fills one (`…督办相关问题。` then `魏海晓强调，` `要坚决落实“昼清夜查、` `内`).
            // Likewise a mark alone after a piece that ends on a closing bracket or quote: the two
            // marks together are set an em wide (`图）` `。` `在封丘县…，` `千亩…翻` fill 19 ems).
            let squeezed = (m == n + 1 && plan.lines[kept[m]].s.last.map { [0xFF0C, 0x3001, 0xFF1B].contains($0) } == true
                && la.s.last.map { [0x3002, 0xFF1F, 0xFF01, 0xFF0C, 0x3001].contains($0) } == true
                && !startsPrintedLine(n + 1, w))
                || (markOnly && plan.lines[kept[n - 1]].s.last.map { CharacterClass.isClose(CharacterClass.widthFolded($0)) || $0 == 0x201D } == true)
            if !indented && !dangles(m) && !lastAndFirst && (abs(sum - w) <= 0.6 || (squeezed && abs(sum - 1 - w) <= 0.6)) {
                plan.glue[a] = (.join, SJoinLine.id, "pieces of one printed line")
                run = runA
            } else {
                plan.glue[a] = (.paragraph, SJoinLine.id, "a short line ends the paragraph")
                run = 0
            }
        }
    }
}
