/// LAYOUT-BOX-ORDER — a box of lines that an extractor printed out of reading order is moved back
/// to the box whose sentence it finishes.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). pdfminer.six prints a page as
/// boxes of lines separated by blank lines, and orders the boxes by position, which on a
/// multi-column page can put the box that finishes a sentence after another box, or a column's
/// end at the head of the page. pymupdf4llm prints its text blocks so too (a box is then a
/// block, one line, once its glued columns are read). A box is moved only on evidence at both ends. The open box A is
/// running text that ends mid-sentence (S-JOIN (b)) and the box after it does not go on with it.
/// The box C cannot open a paragraph: it opens with a closing or pause mark, a closing quotation
/// mark before any opening one (`月”等载体，…`) or a sentence of at most two characters (`意。`), or
/// its first line is full — no paragraph's first line, which the indent shortens — and what comes
/// before it cannot go on in it (a heading, byline, running head, or a paragraph's short last
/// line). The passes, strongest evidence first:
/// 0. a column's end printed after the next column's start (`…带领班` `区，…` … `组实现…` …
///    `…包保责任`) is read between them;
/// 0b. a box that stops inside a quotation (`…周边“小`) and the page's one box that cannot open
///    a paragraph and opens by closing one (`乱散污”企业…`);
/// 0c. a paragraph printed after its article's byline at the page's end, stopping mid-word,
///    goes before the one box that goes on from a sentence's end and finishes its word
///    (`李博强调，…带头落实管` before `控措施、…`);
/// 1. anywhere on the page, the one C that finishes the word A leaves open and no other A's
///    (`…堵点共` `商攻坚举措。…`, `…整改期` `间，执法人员…`, ICU's dictionary; here a C whose
///    first line is letter-spaced, stretched to the measure, counts as well: `准 培 育 …`, and
///    so does body text at the page's head: `格率100%，…`, and a lone short line that ends a
///    sentence: `质量发展的实施路径。`; and two characters the text prints together elsewhere
///    count as a word: `…同时，该` `公司坚持…`, `…片区高` `质量…`);
/// 2. beside A: one of the two boxes after the next (past a lone byline printed inside A's
///    sentence too), or of the three before (only one that finishes A's word when the box after
///    A may go on with it; a letter-spaced one when it does);
///    2b. the same word test for an open box a title follows (a lone line or a title wrapped
///    over up to three lines: `…精准培` over the next article's title);
/// 3. the page's one open box left, when the next box opens something else (a heading, byline,
///    or an indented line), and its one box left that cannot open a paragraph (`…工作人员聚焦`
///    at the page's foot, `小区楼道、公共通道…` at its head, or a lone line a closing byline
///    follows there; of several, the one after a closing byline; of none, the one box whose full
///    first line follows a sentence's end on a full line); then an open box and the one box that finishes its word, or whose first
///    line is full, whose own predecessor is now read on into another box (of two open boxes for
///    it, the one whose word it finishes), and once more the page's one open box and one box
///    that cannot open a paragraph left; then an article's
///    dateline box printed after its last paragraph or byline, stopping mid-sentence, goes up
///    under the nearest title, over the running text standing there;
/// 4. an article's first column printed after its closing byline is read right after its title
///    (of up to three lines, past the running heads under it), the rest after it;
/// 5. of two titles printed one after the other (articles set side by side), the second is read
///    before the dateline that follows the first article's byline with no title before it, or
///    before the one dateline further down that repeats it (the body printed before that one,
///    after another byline, read on from its run);
///    5b. of two titles printed one after the other over both articles' text, the second's
///    first, the first is read before the dateline further down that repeats it (each
///    dateline repeating its own title's characters, not the other's), or its article, from
///    that dateline to its byline, right under it when the second's text goes on after;
///    5c. of two titles over the first's dateline, the second is read before the next
///    dateline when that repeats the second's characters and none of the first's;
///    5d. of two titles over the rest of the first article's first column, the first goes
///    over the one open dateline box further down that repeats it, and that rest reads on from
///    it; the second, over the dateline that repeats it;
/// 6. another article's tail and byline printed between a title and the dateline repeating it
///    are read after the article before that ends with no byline (right before the title or
///    before another);
/// 7. a kicker printed inside a sentence goes over the one title with no kicker whose article
///    names it (two kickers printed there together, each over its own), and the sentence reads
///    on past it;
/// 8. a title (and a kicker over it) printed inside a sentence read on across it goes over the
///    page's one dateline box with no title over it that shares three characters with it;
/// 9. a title printed at its page's end, after a byline or a sentence's end, goes over the
///    page's one dateline box with no title over it whose first lines repeat four of its
///    characters, wherever that box is read; a kicker printed there alone, over the one title
///    with no kicker whose article names it.
/// Where the open box opens with a dateline and the box that finishes it stands right under a
/// title (past running heads), the open box goes up before it: it is the article's first.
/// A moved box takes its jump line along, the box after it when that goes on with it
/// (`…持续提升群众` `福祉；…`), and the byline after it when a byline stands before it too or
/// body text follows the byline. Every character is kept; each record holds a stretch
/// of boxes before and after.
///
///     …确保民生项目从源头上反映民        …确保民生项目从源头上反映民
///                                  →    意。
///     在项目执行阶段，实施全过程…
///                                       在项目执行阶段，实施全过程…
///     意。
struct BoxOrder {
    static let id: RuleID = "LAYOUT-BOX-ORDER"
    static let summary = "Move a box of lines an extractor printed out of order back after the box it continues"

    /// Whether `a` and `b` share a run of `k` Han characters.
    static func sharesRun(_ a: [UInt32], _ b: [UInt32], _ k: Int) -> Bool {
        let a = a.filter(CharacterClass.isHan), b = b.filter(CharacterClass.isHan)
        guard a.count >= k, b.count >= k else { return false }
        for i in 0...(a.count - k) {
            for j in 0...(b.count - k) where b[j] == a[i] && a[i..<(i + k)].elementsEqual(b[j..<(j + k)]) { return true }
        }
        return false
    }

    /// Whether a box whose first line is `s` can only continue a sentence.
    static func continues(_ s: [UInt32]) -> Bool {
        guard let f = s.first.map(CharacterClass.widthFolded) else { return false }
        if [0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x201D, 0x2019].contains(f) { return true }
        // A sentence of one or two characters: the end of a word. (Spaces and pause marks before
        // its end aside: typography takes them out, `同;！` and `同 ！` → `同！`, and the box must
        // read alike before and after; so is a full stop typed `.` after Han, which P-PERIOD-WIDTH
        // makes `。`.)
        var han = 0
        for c in s {
            let f = CharacterClass.widthFolded(c)
            if CharacterClass.isEnd(f) || (c == 0x2E && han >= 1) {
                if han >= 1 { return true }
                break
            }
            // (And a closing quotation mark, or a straight one that Q-* may make one: `同"！` reads
            // `同”！` on a second run.)
            let quote = c == 0x22 || c == 0x27 || c == 0x201D || c == 0x2019
            if CharacterClass.isHan(c) { han += 1 } else if !(han >= 1 && (CharacterClass.isPause(f) || c == 0x20 || c == 0x3000 || quote)) { break }
            if han > 2 { break }
        }
        // A closing quotation mark before any opening one (or a straight `"` between a character
        // and a pause or end mark, spaces aside, which Q-DOUBLE-STRAIGHT closes there: `同b"！`
        // and `同b" ！` read `同b”！` on a second run).
        for (k, c) in s.prefix(4).enumerated() {
            if c == 0x201C || c == 0x2018 { return false }
            if c == 0x201D || c == 0x2019 { return true }
            if c == 0x22, k > 0, s[k - 1] != 0x20,
               let next = s[(k + 1)...].first(where: { $0 != 0x20 }), CharacterClass.isPause(CharacterClass.widthFolded(next)) { return true }
        }
        return false
    }
}

struct BoxOrderStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.inputKind == .wrapped || context.extractedMarkdown else { return [] }
        return document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            let lines = RawLine.split(p)
            // Boxes: runs of non-blank lines (line index ranges).
            var boxes: [Range<Int>] = []
            var k = 0
            while k < lines.count {
                guard !lines[k].content.isEmpty else { k += 1; continue }
                var e = k
                while e < lines.count && !lines[e].content.isEmpty { e += 1 }
                boxes.append(k..<e)
                k = e
            }
            // Boxes move within their page (form feeds part the pages of one input).
            let pageStarts = context.pageStarts
            func page(at offset: Int) -> Int { Offsets.count(pageStarts, atMost: offset) }
            // A bare page number on the last line of a page's last box is a box of its own: the
            // folio, which pdftotext prints under the page's last line with no blank line between
            // (`…情理兼顾，` `2`), stays at the page's foot when the box it ends moves.
            // So is an editor line or running foot on a box's last line (`…善开新` `本版责编：赵鹏`):
            // the box stops where its text does.
            for b in boxes.indices.reversed() where boxes[b].count >= 2 {
                let l = boxes[b].upperBound - 1
                let s = lines[l].s
                let folio = s.count <= 2 && s.allSatisfy(CharacterClass.isDigit)
                    && (b + 1 == boxes.count || page(at: lines[boxes[b + 1].lowerBound].content.lowerBound) != page(at: lines[l].content.lowerBound))
                guard folio || (NSPageHeader.match(s) != nil && NSPageHeader.match(lines[l - 1].s) == nil) else { continue }
                boxes[b] = boxes[b].lowerBound..<l
                boxes.insert(l..<(l + 1), at: b + 1)
            }
            guard boxes.count >= 2 else { return [] }
            func first(_ b: Int) -> [UInt32] { lines[boxes[b].lowerBound].s }
            func last(_ b: Int) -> [UInt32] { lines[boxes[b].upperBound - 1].s }
            /// All the box's lines' text, one after another.
            func text(_ b: Int) -> [UInt32] { boxes[b].flatMap { lines[$0].s } }
            // What each box's first and last lines are, found once (the passes ask many times).
            var memo = [[Bool?]](repeating: [nil, nil, nil, nil], count: boxes.count)
            func remembered(_ b: Int, _ k: Int, _ find: () -> Bool) -> Bool {
                if let v = memo[b][k] { return v }
                let v = find()
                memo[b][k] = v
                return v
            }
            // (A box of one line that holds only the running head's weekday or paper name is one
            // too: the extractor printed the head's pieces apart, `星期三` and `新乡日报` alone.)
            func header(_ b: Int, _ s: [UInt32]) -> Bool {
                NSPageHeader.match(s) != nil
                    || (boxes[b].count == 1 && NSPageHeader.match(s, weak: true).map { ($0.weekday != nil || $0.paper != nil) && $0.section == nil } == true)
            }
            func headerFirst(_ b: Int) -> Bool { remembered(b, 0) { header(b, first(b)) } }
            func headerLast(_ b: Int) -> Bool { remembered(b, 1) { header(b, last(b)) } }
            func bodyFirst(_ b: Int) -> Bool { remembered(b, 2) { isBody(first(b)) } }
            func bodyLast(_ b: Int) -> Bool { remembered(b, 3) { isBody(last(b)) } }
            /// The box stops mid-sentence (not at a closing byline or a jump line).
            func endsOpen(_ b: Int) -> Bool {
                let l = last(b)
                return Completeness.isIncomplete(tail: Array(l.suffix(12))) && Byline.matchTrailing(l) == nil && Continuation.match(l) == nil
            }
            func start(_ b: Int) -> Int { lines[boxes[b].lowerBound].content.lowerBound }
            func end(_ b: Int) -> Int { lines[boxes[b].upperBound - 1].content.upperBound }
            func page(_ b: Int) -> Int { page(at: start(b)) }
            /// A line's width without its spaces: an extractor may print a justified line's
            /// letter spacing as spaces (`魏 海 晓 强 调 ，…`).
            func unspaced(_ i: Int) -> Double { lines[i].width - 0.25 * Double(lines[i].s.filter { $0 == 0x20 }.count) }
            /// A line's width in print may be less than counted: curly quotes may be half an em
            /// (``RawLine/slack``), and a pause or stop at its end may hang in the margin.
            func printed(_ i: Int) -> Double {
                let hangs = lines[i].s.last.map { CharacterClass.isPause(CharacterClass.widthFolded($0)) } ?? false
                return unspaced(i) - lines[i].slack - (hangs ? 1 : 0)
            }
            /// The line is printed letter-spaced: a space after most of its characters.
            func letterSpaced(_ i: Int) -> Bool {
                let s = lines[i].s
                let gaps = s.filter { $0 == 0x20 }.count
                return gaps >= 4 && 2 * gaps >= s.count - gaps
            }
            func widest(_ b: Int) -> Double { boxes[b].map(printed).max() ?? 0 }
            /// How much shorter than its column's lines a paragraph's indented first line is:
            /// about two ems.
            func isIndent(_ shortfall: Double) -> Bool { shortfall >= 1.4 && shortfall <= 2.6 }
            /// The box's common line width: the median, its last line (maybe a paragraph's short
            /// end) left out unless it is the only one; a line of squeezed marks counts an em wider.
            func common(_ b: Int) -> Double {
                let w = (boxes[b].count > 1 ? boxes[b].dropLast() : boxes[b][...]).map(printed).sorted()
                return w[w.count / 2]
            }
            /// The spaces between Han text and digits or Latin letters: xeCJK's glue, printed.
            func glue(_ s: [UInt32]) -> Int {
                var n = 0
                for i in s.indices.dropFirst().dropLast() where s[i] == 0x20 {
                    let l = s[i - 1], r = s[i + 1]
                    if (CharacterClass.isHan(l) && CharacterClass.isLatinOrDigit(r)) || (CharacterClass.isLatinOrDigit(l) && CharacterClass.isHan(r)) { n += 1 }
                }
                return n
            }
            /// A box's first line is full: as wide as its widest line (a paragraph's first line is
            /// shorter by the indent). Spaces do not count in it (an extractor may print a
            /// justified line's letter spacing as spaces, `魏 海 晓 强 调 ，…`), and a first line
            /// wider than the box's middle lines is not full: it is another column's.
            func firstIsFull(_ b: Int) -> Bool {
                guard boxes[b].count >= 2 else { return false }
                // (The first line's own glue counts as well: `家，同比增长 75%；前 4 个月…` is full.)
                let w = unspaced(boxes[b].lowerBound) + 0.25 * Double(glue(first(b)))
                // (A line with half-width digits or letters may hold half an em more than a full
                // line of Han characters, `，成功联系4台…开` 14.55 ems beside 14: the gap is
                // measured to the widest line counting the glue around them, a quarter em each.)
                let glued = boxes[b].map { printed($0) + 0.25 * Double(glue(lines[$0].s)) }.max() ?? 0
                guard w >= glued - 0.75 else { return false }
                // The lines between the first and the last (which may be a paragraph's short end).
                let middle = boxes[b].dropFirst().dropLast()
                return middle.isEmpty || printed(boxes[b].lowerBound) <= (middle.map(printed).max() ?? 0) + 1.5
            }
            /// The box ends with a line shorter than its others: a paragraph's last line.
            func endsShort(_ b: Int) -> Bool {
                boxes[b].count >= 2 && lines[boxes[b].upperBound - 1].width <= widest(b) - 1.5
            }
            /// Whether any line of the box holds a pause or stop: running text, not a title.
            func isRunning(_ b: Int) -> Bool { boxes[b].contains { CharacterClass.hasPause(lines[$0].s) } }
            /// Running text (not furniture, nor a title or kicker, which have no punctuation) that
            /// stops mid-sentence.
            /// (A Markdown heading is no running text, whatever it holds: `# **新乡日…，…共识`.)
            func leavesOpen(_ b: Int) -> Bool { endsOpen(b) && !headerLast(b) && isRunning(b) && Heading.level(last(b)) == nil }
            // (Two characters the text prints together elsewhere, and mostly so, make a word of
            // its own across the break: `…同时，该` `公司坚持…`.)
            lazy var known = CharacterPairs(lines.map(\.s))
            func printedTogether(_ a: [UInt32], _ b: [UInt32]) -> Bool {
                guard let l = a.last, let f = b.first else { return false }
                return known.contains(l, f)
            }
            /// A running head or editor line alone at A's foot, and past it the box that finishes
            /// A's word: A goes on there (`…他现` `本版责编：赵鹏` `场予以解决。…`). Past a photo
            /// credit, which floats in the column, a box whose first line is full will do
            /// (`邓国永指出，陆航片区` `（通讯员供图）` `对于激活铁西片区…`) when no other box
            /// finishes A's word.
            func readsOnPastHead(_ a: Int) -> Bool {
                guard a + 2 < boxes.count, page(a + 2) == page(a), boxes[a + 1].count == 1, bodyFirst(a + 2) else { return false }
                if headerFirst(a + 1) { return SJoin.splitsWord(last(a), first(a + 2), &context) }
                guard PhotoCredit.matches(first(a + 1)) else { return false }
                if SJoin.splitsWord(last(a), first(a + 2), &context) { return true }
                // (Unless another box on the page finishes A's word: `…科学统筹收` `（本报记者摄）`
                // `“70 多岁…` with `割顺序，…` elsewhere.)
                return looksContinuing(a + 2) && !boxes.indices.contains { c in
                    c != a + 2 && c != a && page(c) == page(a) && (looksContinuing(c) || opensWithFragment(c))
                        && SJoin.splitsWord(last(a), first(c), &context)
                }
            }
            /// A leaves a sentence open, and the box after it (if any) does not go on with it: it
            /// opens with no mark that only finishes a sentence, and finishes no word A leaves open
            /// (`…该公司坚` `持“以练促防”…`); nor does A read on past a running head or a photo
            /// credit (``readsOnPastHead``).
            func isOpen(_ a: Int) -> Bool {
                let l = last(a)
                guard leavesOpen(a) else { return false }
                guard a + 1 < boxes.count else { return true }
                if readsOnPastHead(a) { return false }
                // A lone line with no pause or stop is a title or kicker, whatever word its
                // first character makes with A's last (`…不偏不` `在红旗区召开…会议`).
                if boxes[a + 1].count == 1 && !isRunning(a + 1) { return true }
                let b = first(a + 1)
                return !BoxOrder.continues(b) && !SJoin.splitsWord(l, b, &context) && !printedTogether(l, b)
            }
            /// A leaves a sentence open, and the box after it on its page (if any) opens something
            /// else: a heading, dateline, byline, credit or running head, or a paragraph whose first
            /// line is indented (shorter than the box's widest by about two ems, as an indent is: a
            /// shorter line may be a paragraph's end).
            func clearlyOpen(_ a: Int) -> Bool {
                guard leavesOpen(a), !readsOnPastHead(a) else { return false }
                guard a + 1 < boxes.count, page(a + 1) == page(a) else { return true }
                let b = first(a + 1)
                if Continuation.match(b) != nil { return false }
                if !bodyFirst(a + 1) || headerFirst(a + 1) { return true }
                // A lone number at the page's foot: its folio.
                if boxes[a + 1].count == 1, a + 2 == boxes.count || page(a + 2) != page(a + 1),
                   NSPageHeader.match(b, weak: true)?.page != nil { return true }
                let r = boxes[a + 1]
                guard r.count >= 2 else { return false }
                return isIndent(widest(a + 1) - lines[r.lowerBound].width)
            }
            /// B opens with what only finishes a sentence, or its first line is full and body text.
            func looksContinuing(_ b: Int) -> Bool {
                // (A box that opens with `（上接第1版）` goes on with a page before: it stays first.)
                if Furniture.jump(atStartOf: first(b)) != nil { return false }
                if BoxOrder.continues(first(b)) { return true }
                // (Right under a photo's credit, after a sentence's end, a paragraph may open
                // unindented: the XeLaTeX pages here set the paragraph after a figure so, its first
                // line full, `…现实危害。` `（通讯员供图）` `依据法定流程，执法人员依法向当事人送达`.)
                let underCredit = b > 1 && boxes[b - 1].count == 1 && PhotoCredit.matches(first(b - 1))
                    && page(b - 2) == page(b) && isRunning(b - 2) && CharacterClass.endsSentence(last(b - 2))
                return ((firstIsFull(b) && !underCredit) || stranded(b)) && isRunning(b) && bodyFirst(b) && !headerFirst(b)
            }
            /// B looks continuing, or its first line is full at the box's common width (the median
            /// line): one line may count an em more, its marks squeezed (`到精准溯源、精准定位、
            /// 精准管控；…` 27 in a 26-em column). For a box the text around already says goes on.
            func goesOnLoosely(_ b: Int) -> Bool {
                if looksContinuing(b) { return true }
                guard boxes[b].count >= 3, isRunning(b), bodyFirst(b), !headerFirst(b) else { return false }
                let common = boxes[b].map(printed).sorted()[boxes[b].count / 2]
                return unspaced(boxes[b].lowerBound) >= common - 0.5
            }
            /// A lone title line (no pause or stop) and a lone closing byline.
            func isTitle(_ b: Int) -> Bool { boxes[b].count == 1 && !isRunning(b) && bodyFirst(b) && !headerFirst(b) && !firstLineAlone(b) }
            /// A title of up to three lines (`推广粮食种植新技术 绘就“一地双收”` `丰收图`).
            func titleBox(_ b: Int) -> Bool {
                boxes[b].count <= 3 && !headerFirst(b) && bodyFirst(b) && !isRunning(b)
                    && boxes[b].reduce(0, { $0 + lines[$1].s.count }) <= 60 && !firstLineAlone(b)
            }
            /// B is a paragraph's first line alone in its box, not a title: after running text
            /// that ends a sentence, before running text of the same column's width that opens
            /// with no dateline, and as wide as an indented first line of the box before (about
            /// two ems short of its common line): `…席会议。` `会议传达近期全市大气污染防治推进会`
            /// `精神，复盘上周…`.
            func firstLineAlone(_ b: Int) -> Bool {
                guard boxes[b].count == 1, b > 0, b + 1 < boxes.count, page(b - 1) == page(b), page(b + 1) == page(b),
                      boxes[b - 1].count >= 3, isRunning(b - 1), CharacterClass.endsSentence(last(b - 1)),
                      boxes[b + 1].count >= 2, isRunning(b + 1), bodyFirst(b + 1), !headerFirst(b + 1),
                      Dateline.match(first(b + 1)) == nil else { return false }
                return isIndent(common(b - 1) - printed(boxes[b].lowerBound)) && abs(common(b + 1) - common(b - 1)) <= 1
            }
            func isByline(_ b: Int) -> Bool { boxes[b].count == 1 && Byline.matchTrailing(first(b)) != nil }
            /// The box ends an article's text, or a paragraph of it: a closing byline on its last
            /// line, or running text ending a sentence.
            func endsText(_ b: Int) -> Bool { Byline.matchTrailing(last(b)) != nil || (isRunning(b) && CharacterClass.endsSentence(last(b))) }
            /// B stands outside any article: after a closing byline or jump line (past photo
            /// credits) and before a title or the page's end (`（向阳宣）` `开发带动区域整体高质量发展。`
            /// `卫滨区领导调研…`). It ends another article's paragraph.
            func stranded(_ b: Int) -> Bool {
                let before = creditsBefore(b)
                guard before >= 0, page(before) == page(b), isByline(before) || Continuation.match(last(before)) != nil else { return false }
                return b + 1 == boxes.count || page(b + 1) != page(b) || opensArticle(b + 1)
            }
            /// The nearest box before `b` past lone photo credits (-1 when none is).
            func creditsBefore(_ b: Int) -> Int {
                var x = b - 1
                while x >= 0 && boxes[x].count == 1 && PhotoCredit.matches(first(x)) { x -= 1 }
                return x
            }
            /// The box's second line opens with a dateline.
            func datelineSecond(_ b: Int) -> Bool {
                boxes[b].count >= 2 && Dateline.match(lines[boxes[b].lowerBound + 1].s) != nil
            }
            /// The box opens with a dateline, past a photo credit.
            func opensWithDateline(_ b: Int) -> Bool {
                Dateline.match(first(b)) != nil || (PhotoCredit.matches(first(b)) && datelineSecond(b))
            }
            /// The box opens an article: a title line alone, or a dateline, or a title line over one.
            func opensArticle(_ b: Int) -> Bool {
                isTitle(b) || opensWithDateline(b) || (!CharacterClass.hasPause(first(b)) && datelineSecond(b))
            }
            /// The nearest box before `b` on its page past lone photo credits and running heads
            /// (they float), or nil.
            func boxBefore(_ b: Int) -> Int? {
                var x = b - 1
                while x >= 0 && page(x) == page(b) && boxes[x].count == 1 && (PhotoCredit.matches(first(x)) || headerFirst(x)) { x -= 1 }
                return x >= 0 && page(x) == page(b) ? x : nil
            }
            /// C opens no paragraph: it opens with what only finishes a sentence, or its first line
            /// is full and body text — and what comes before it on its page cannot go on in it.
            func cannotOpen(_ c: Int) -> Bool { looksContinuing(c) && predecessorCloses(c, strong: BoxOrder.continues(first(c))) }
            /// What comes before C on its page (past photo credits and running heads, which float)
            /// cannot go on in C: it leaves no sentence open, nor is a lone line that stops
            /// mid-sentence. Unless C's own opening is strong evidence (it only finishes a sentence,
            /// or finishes an open box's word), the box before must also not be a lone line of
            /// body text (a paragraph's first line the extractor boxed alone) or running text
            /// whose last line is full: C would go on with either.
            func predecessorCloses(_ c: Int, strong: Bool) -> Bool {
                guard let b = boxBefore(c) else { return true }
                if leavesOpen(b) { return false }
                if strong { return true }
                // (A lone line of Han characters with no pause, three ems or more short of C's
                // full lines, with a title right after C, is a kicker over that title, no
                // paragraph's first line, nor a date: `红旗区洪门镇` `居民议事会制度，…` `重拳整治违法建筑…`.)
                func kicker() -> Bool {
                    guard isTitle(b), first(b).allSatisfy(CharacterClass.isHan), unspaced(boxes[b].lowerBound) <= widest(c) - 3, c + 1 < boxes.count, page(c + 1) == page(c) else { return false }
                    return titleBox(c + 1)
                }
                // (A lone date is the running head's, printed apart: `2025年6月10日`.)
                if boxes[b].count == 1, NSPageHeader.match(first(b), weak: true)?.date != nil { return true }
                if endsOpen(b) && boxes[b].count == 1 && bodyLast(b) && !kicker() { return false }
                if boxes[b].count == 1 { return !(isRunning(b) && bodyLast(b)) }
                return !(isRunning(b) && bodyLast(b) && !endsShort(b))
            }
            /// C is one short line (16 ems at most) that ends a sentence, no heading, byline or
            /// dateline: a paragraph's last line printed apart from it (pymupdf4llm:
            /// `质量发展的实施路径。` above `…共同研究探讨片区高`).
            func loneLastLine(_ c: Int) -> Bool {
                guard boxes[c].count == 1, bodyFirst(c), !headerFirst(c), !opensWithDateline(c), !isByline(c),
                      CharacterClass.endsSentence(first(c)), Heading.level(first(c)) == nil else { return false }
                return printed(boxes[c].lowerBound) <= 16
            }
            /// C opens with one character and a pause (`间，执法人员…`): the end of a word.
            func opensWithFragment(_ c: Int) -> Bool {
                let f = first(c)
                return f.count >= 2 && CharacterClass.isHan(f[0]) && CharacterClass.isPause(CharacterClass.widthFolded(f[1]))
            }
            /// C, as the window beside an open box judges it (a first line full, or letter-spaced
            /// and finishing A's word): a full first line must be no dateline's (an unindented
            /// dateline line opens a paragraph) or finish the word A's `tail` leaves open (`…堵点共`
            /// `商攻坚举措。…`, ICU's dictionary).
            func orphan(_ c: Int, after tail: [UInt32]) -> Bool {
                let strong = BoxOrder.continues(first(c)) || SJoin.splitsWord(tail, first(c), &context)
                // (A first line printed letter-spaced, stretched to the measure, finishing A's word:
                // `…实行差异化精` and `准 培 育 策 略 ，…` beside it.)
                let stretched = strong && letterSpaced(boxes[c].lowerBound) && isRunning(c) && bodyFirst(c)
                return (looksContinuing(c) || stretched) && predecessorCloses(c, strong: strong) && (strong || Dateline.match(first(c)) == nil)
            }

            /// Body text at the head of its page (past running heads) that is no article's start:
            /// running text, or a lone line a closing byline follows (`督办相关问题（如图）`
            /// `（牧野宣）`). It ends a column of the page (`…现场调度、`).
            func pageHead(_ c: Int) -> Bool {
                guard boxBefore(c) == nil, bodyFirst(c), !headerFirst(c), !opensWithDateline(c),
                      Furniture.jump(atStartOf: first(c)) == nil else { return false }
                return isRunning(c) || endsArticle(c)
            }
            /// A closing byline follows the box.
            func endsArticle(_ c: Int) -> Bool { c + 1 < boxes.count && page(c + 1) == page(c) && isByline(c + 1) }
            // Links A → C: C is read right after A, in the same paragraph.
            var link: [Int: Int] = [:]
            var taken = Set<Int>()
            var paragraphLink = Set<Int>()
            /// Boxes read right before a box, wherever it is read (a title put over its dateline
            /// box where nothing before that box can be read on into the title).
            var headsOf: [Int: [Int]] = [:]
            /// Whether the chain of boxes read from `from` on reaches `target`.
            func reaches(_ from: Int, _ target: Int) -> Bool {
                var x: Int? = from
                while let y = x { if y == target { return true }; x = link[y] }
                return false
            }
            /// Each box of `r` is read right after the one before it.
            func inOrder(_ r: Range<Int>) { for b in r { link[b] = b + 1 } }
            /// The first box from `d` on that is no lone photo credit.
            func pastCredits(_ d: Int) -> Int {
                var d = d
                while d < boxes.count && boxes[d].count == 1 && PhotoCredit.matches(first(d)) { d += 1 }
                return d
            }
            func join(_ a: Int, _ c: Int) {
                // No cycle: A must not be read after C already. And each box is read after one
                // box at most, and is followed by one at most (a second link would drop a box).
                if reaches(c, a) || link[a] != nil || taken.contains(c) { return }
                // A that opens with the dateline, printed after the rest of its article, whose C
                // stands right under the title (past running heads): A goes up, before C.
                if a > c, opensWithDateline(a), link[a] == nil, !taken.contains(a), !taken.contains(c) {
                    if let t = boxBefore(c), isTitle(t), link[c - 1] == nil, !taken.contains(c - 1), !reaches(c, c - 1) {
                        link[c - 1] = a
                        link[a] = c
                        paragraphLink.insert(c - 1)
                        taken.formUnion([a, c])
                        return
                    }
                }
                // A printed last in its article (a closing byline follows it, past photo credits),
                // whose C finishes its word with a pause that ends no sentence (`家，`) after a
                // paragraph's end: A goes up too, so the paragraphs printed between stay after it
                // (`本报讯 …情况。` `今年以来，…规上企业达 14` `家，同比增长…` then `会议要求，…`).
                func bylineAfter(_ a: Int) -> Bool {
                    let y = pastCredits(a + 1)
                    return y < boxes.count && page(y) == page(a) && isByline(y)
                }
                if a > c, c > 0, page(c - 1) == page(c), opensWithFragment(c), !CharacterClass.isEnd(CharacterClass.widthFolded(first(c)[1])),
                   link[a] == nil, !taken.contains(a), link[c - 1] == nil, !taken.contains(c - 1),
                   boxBefore(c) == c - 1, isRunning(c - 1), bodyLast(c - 1), CharacterClass.endsSentence(last(c - 1)),
                   bylineAfter(a), !reaches(c, c - 1) {
                    link[c - 1] = a
                    link[a] = c
                    paragraphLink.insert(c - 1)
                    taken.formUnion([a, c])
                    return
                }
                link[a] = c
                taken.insert(c)
            }
            // 0. A column's end printed after the next column's start: A stops mid-word, the box
            //    after it only goes on with some sentence (`…带领班` `区，开展…`) but makes no
            //    word with A, and past jump lines and credits the one box that finishes A's word
            //    (`组实现…`, 班组 in ICU's dictionary) opens a run whose last box stops mid-sentence
            //    too, and whose word the second box finishes (`…包保责任` `区，`: a word's last
            //    character and a pause, or a dictionary word). The run is read between them: A,
            //    the run, then the second box on.
            for a in boxes.indices where a + 2 < boxes.count && page(a + 2) == page(a) && link[a] == nil && !taken.contains(a) {
                let next = a + 1
                guard leavesOpen(a), BoxOrder.continues(first(next)) || opensWithFragment(next),
                      !SJoin.splitsWord(last(a), first(next), &context) else { continue }
                var c = next + 1
                while c < boxes.count && page(c) == page(a) && boxes[c].count == 1
                    && (Continuation.match(NSPageHeader.closeDigitGaps(first(c))) != nil || PhotoCredit.matches(first(c))) { c += 1 }
                guard c < boxes.count, page(c) == page(a), SJoin.splitsWord(last(a), first(c), &context) else { continue }
                var o = c
                while o < boxes.count && page(o) == page(a) && !leavesOpen(o) && isRunning(o) && bodyFirst(o) { o += 1 }
                guard o < boxes.count, page(o) == page(a), leavesOpen(o),
                      opensWithFragment(next) || SJoin.splitsWord(last(o), first(next), &context),
                      o + 1 == boxes.count || page(o + 1) != page(o) || !SJoin.splitsWord(last(o), first(o + 1), &context),
                      (a...o).allSatisfy({ link[$0] == nil && !taken.contains($0) }) else { continue }
                link[a] = c
                inOrder(c..<o)
                link[o] = next
                inOrder(next..<(c - 1))
                taken.formUnion(next...o)
            }
            let open = boxes.indices.filter(isOpen)
            // 0b. A box that stops inside a quotation (`…周边“小`) and the one box on its page
            //    that opens by closing one (`乱散污”企业…`), past titles and running heads.
            func leavesQuoteOpen(_ a: Int) -> Bool {
                guard let q = last(a).last(where: { $0 == 0x201C || $0 == 0x201D }) else { return false }
                return q == 0x201C
            }
            func opensByClosingQuote(_ c: Int) -> Bool {
                guard let q = first(c).prefix(8).first(where: { $0 == 0x201C || $0 == 0x201D }) else { return false }
                return q == 0x201D
            }
            let orphans = boxes.indices.filter(cannotOpen)
            var quoted: [(Int, Int)] = []
            for a in open where link[a] == nil && leavesQuoteOpen(a) {
                for c in orphans where c != a && c != a + 1 && page(c) == page(a) && !taken.contains(c) && opensByClosingQuote(c) {
                    quoted.append((a, c))
                }
            }
            for (a, c) in quoted where quoted.filter({ $0.0 == a || $0.1 == c }).count == 1 { join(a, c) }
            // 0c. A paragraph printed after its article's byline, at the page's end, stopping
            //    mid-word (`（牧野宣）` `（通讯员供图）` `李博强调，…带头落实管`): it goes right before
            //    the one box on its page that goes on from a sentence's end and whose first word
            //    it finishes (`控措施、整改突出问题…`, 管控), after that box's predecessor.
            for a in boxes.indices where link[a] == nil && !taken.contains(a) && leavesOpen(a) && stranded(a)
                && (a + 1 == boxes.count || page(a + 1) != page(a)) {
                // (Not when the text before the byline stops mid-sentence: A goes on from it, the
                // byline printed between, `…抓实深` `（红旗宣）` `学细照、…`.)
                let y = creditsBefore(a)
                guard y > 0, !leavesOpen(y - 1) else { continue }
                let tail = last(a)
                let cs = boxes.indices.filter { c in
                    c > 0 && c < a - 1 && page(c) == page(a) && !taken.contains(c) && link[c - 1] == nil && !taken.contains(c - 1)
                        && goesOnLoosely(c) && predecessorCloses(c, strong: true)
                        && (SJoin.splitsWord(tail, first(c), &context) || printedTogether(tail, first(c)))
                }
                guard cs.count == 1, let c = cs.first, !reaches(c, a) else { continue }
                link[c - 1] = a
                link[a] = c
                paragraphLink.insert(c - 1)
                taken.formUnion([a, c])
            }
            // 1. Anywhere on the page, the one box that finishes the word an open box leaves open
            //    (`…堵点共` `商攻坚举措。…`, ICU's dictionary).
            let clear = boxes.indices.filter(clearlyOpen)
            // (A first line printed letter-spaced was stretched to the measure, as a paragraph's
            // first line may be too: with a word across the join it is taken for a rest here.)
            let finishers = boxes.indices.filter { c in
                CharacterClass.isHan(first(c).first ?? 0)
                    && (looksContinuing(c) || opensWithFragment(c) || letterSpaced(boxes[c].lowerBound) || pageHead(c) || loneLastLine(c))
                    && predecessorCloses(c, strong: true)
            }
            func wordPairs(_ opens: [Int]) {
                var pairs: [(Int, Int)] = []
                for a in opens where link[a] == nil {
                    for c in finishers where c != a + 1 && c != a && page(c) == page(a) && !taken.contains(c)
                        && (SJoin.splitsWord(last(a), first(c), &context) || printedTogether(last(a), first(c))) {
                        pairs.append((a, c))
                    }
                }
                for (a, c) in pairs where pairs.filter({ $0.0 == a || $0.1 == c }).count == 1 { join(a, c) }
            }
            wordPairs(clear)
            // 2. Beside the open box: one of the two boxes after the next, or of the three before.
            //    When the next box may go on with A itself (its first line is full), C must
            //    finish A's word: that C only finishes some sentence (`眼前。`) does not make it
            //    A's over the box that goes on with A (`…潘店镇将大豆、` `玉米带状…`).
            for a in open where link[a] == nil {
                let tail = last(a)
                // (A lone line that ends a sentence may be A's last line, boxed apart:
                // `…共同研究探讨片区高` `质量发展的实施路径。`.)
                let rival = a + 1 < boxes.count && page(a + 1) == page(a) && (looksContinuing(a + 1)
                    || (boxes[a + 1].count == 1 && bodyFirst(a + 1) && CharacterClass.endsSentence(first(a + 1))))
                func fits(_ c: Int) -> Bool {
                    guard !taken.contains(c), link[c] == nil, page(c) == page(a), orphan(c, after: tail) else { return false }
                    return !rival || SJoin.splitsWord(tail, first(c), &context)
                }
                // (Not past a title or dateline: what follows it is the next article's. Past a
                // lone byline, though: A is open, so its article goes on after it, `…的发展思想，`
                // `（卫滨宣）` `把人民城市理念…`.)
                if a + 2 < boxes.count, bodyFirst(a + 1) || isByline(a + 1),
                   let c = (a + 2...min(a + 3, boxes.count - 1)).first(where: { c in fits(c) && !((a + 1)..<c).contains(where: opensWithDateline) }) {
                    join(a, c)
                    continue
                }
                if let c = (max(0, a - 3)..<a).last(where: fits) { join(a, c) }
            }
            // 2b. An open box a title follows (a lone line, or a title wrapped over up to three
            //    lines), still unlinked: the one box that finishes its word, as in 1 (`…精准培`
            //    over `牧野区召开…会` … `育策略，…`, `…推动种植地块连片规` over `红旗区西街街道曙光社区
            //    开展夏季环境专` `项整治与常态化消杀工作` … `模化发展。…`; the title is the next
            //    article's).
            wordPairs(open.filter { a in !clear.contains(a) && a + 1 < boxes.count && page(a + 1) == page(a) && titleBox(a + 1) })
            // 3. The page's one open box left and its one box left that cannot open a paragraph:
            //    pdfminer.six prints a column's end anywhere on its page (`…工作人员聚焦` at the
            //    foot, `小区楼道、公共通道…` at the head).
            // (Not a box the next one goes on with past a running head: `…扩容提质` over
            // `本版责编：…` over `县（市、区）…`.)
            func goesOnPastHeads(_ a: Int) -> Bool {
                var n = a + 1
                while n < boxes.count && page(n) == page(a) && boxes[n].count == 1 && headerFirst(n) { n += 1 }
                return n > a + 1 && n < boxes.count && page(n) == page(a) && goesOnLoosely(n)
            }
            /// By page, the open boxes still read on into no box, and the boxes not yet read
            /// after one that `orphan` says may be their rest.
            func openAndOrphans(_ orphan: (Int) -> Bool) -> [Int: (open: [Int], orphans: [Int])] {
                var byPage: [Int: (open: [Int], orphans: [Int])] = [:]
                for a in clear where link[a] == nil && !goesOnPastHeads(a) { byPage[page(a), default: ([], [])].open.append(a) }
                for c in boxes.indices where !taken.contains(c) && orphan(c) { byPage[page(c), default: ([], [])].orphans.append(c) }
                return byPage
            }
            // (And a lone line at the page's head that a closing byline follows: an article's
            // last line, `督办相关问题（如图）` `（牧野宣）`. And a lone line ending a sentence that
            // stands, past photo credits, between a box and the box now read on from it: a
            // column's last line, `…家庭的麦收。针` `（资料图片）` `“找机难”的问题。` `对道路…`.)
            func between(_ c: Int) -> Bool {
                guard boxes[c].count == 1, bodyFirst(c), CharacterClass.endsSentence(first(c)) else { return false }
                let b = creditsBefore(c)
                return b >= 0 && page(b) == page(c) && link[b] == c + 1
            }
            let byPage = openAndOrphans { c in cannotOpen(c) || (boxes[c].count == 1 && pageHead(c) && endsArticle(c)) || between(c) }
            // (Of several, the one right after a closing byline: body text there with no title
            // or dateline over it opens nothing, `（张志超 罗菲 李萌 文/图）` `跨区域、交叉性…`, where
            // another may be a paragraph set without an indent.)
            func afterByline(_ c: Int) -> Bool {
                let b = creditsBefore(c)
                return b >= 0 && page(b) == page(c) && isByline(b)
            }
            for (_, v) in byPage where v.open.count == 1 {
                let orphans = v.orphans.count > 1 ? v.orphans.filter(afterByline) : v.orphans
                guard orphans.count == 1, orphans[0] != v.open[0] + 1 else { continue }
                join(v.open[0], orphans[0])
            }
            // (With no such box, the page's one box whose full first line follows a box that ends a
            // sentence on a full line: that sentence may end its paragraph there, `…展现担当。`
            // then `道路扬尘、工业企业…`, which finishes `…紧盯建筑工地、` at the page's foot.)
            for (pg, v) in byPage where v.open.count == 1 && v.orphans.isEmpty {
                let a = v.open[0]
                let weak = boxes.indices.filter { c in
                    page(c) == pg && c != a && c != a + 1 && !taken.contains(c) && looksContinuing(c)
                        && !BoxOrder.continues(first(c)) && boxBefore(c).map { b in !leavesOpen(b) && CharacterClass.endsSentence(last(b)) } == true
                }
                // (A box that stops mid-word, not at a pause, needs the word finished: `…从根本上解`
                // does not go on in `该公司设立…`.)
                guard weak.count == 1, let c = weak.first else { continue }
                let tail = last(a)
                if let l = tail.last, CharacterClass.isHan(l), !SJoin.splitsWord(tail, first(c), &context), !printedTogether(tail, first(c)) { continue }
                join(a, c)
            }

            // 3b. A box still open, and the one box left that finishes its word and whose own
            //    predecessor is now read on into another box (so it need not go on into this one):
            //    `…面临劳` took `动力短缺…`, and `割顺序，…` after it finishes `…科学统筹收`.
            var late: [(Int, Int)] = []
            for a in clear where link[a] == nil {
                for c in boxes.indices where c != a && c != a + 1 && page(c) == page(a) && !taken.contains(c)
                    && CharacterClass.isHan(first(c).first ?? 0) && (looksContinuing(c) || opensWithFragment(c)) {
                    guard let b = boxBefore(c), let next = link[b], next != c,
                          looksContinuing(c) || SJoin.splitsWord(last(a), first(c), &context) else { continue }
                    late.append((a, c))
                }
            }
            // (Two open boxes for one such box: the one whose word it finishes, `…一季的大` before
            // `豆，实打实…` over `…将深学、真查、`.)
            var worded: [(Int, Int)] = []
            for (a, c) in late where late.filter({ $0.0 == a || $0.1 == c }).count > 1 && late.filter({ $0.0 == a }).count == 1 {
                if SJoin.splitsWord(last(a), first(c), &context) { worded.append((a, c)) }
            }
            for (a, c) in late where late.filter({ $0.0 == a || $0.1 == c }).count == 1
                || worded.filter({ $0.1 == c }).count == 1 && worded.contains(where: { $0 == (a, c) }) { join(a, c) }
            // (Then, as in 3, the page's one open box left and its one box left that cannot open
            // a paragraph: `…将深学、真查、` and `实改贯通推进，…` at the page's head, once
            // `…一季的大` took `豆，…`.)
            if !late.isEmpty {
                for (_, v) in openAndOrphans(cannotOpen) where v.open.count == 1 && v.orphans.count == 1 && v.orphans[0] != v.open[0] + 1 {
                    join(v.open[0], v.orphans[0])
                }
            }

            // 3c. An article's dateline box printed after its closing byline, stopping
            //    mid-sentence: the nearest title before it, with no other dateline box between,
            //    stands over the box that goes on with it (`红旗区召开…座谈会`
            //    `全区树立和践行…` … `本报讯 6月8日，…持续推动`): `join` reads it up there.
            // (A lone byline has no pause either: it is no title.)
            func heading(_ b: Int) -> Bool { isTitle(b) && !isByline(b) }
            // (Not one that reads on past a running head into the box finishing its word:
            // `本报讯 近日，…现场推` `本版责编：…` `进会在红旗区召开。…`.)
            for a in boxes.indices where opensWithDateline(a) && leavesOpen(a) && link[a] == nil && !taken.contains(a) && !readsOnPastHead(a) {
                // Right after the article's closing byline, or after running text that ends a
                // sentence (an article that jumps to another page has no byline here).
                guard let u = boxBefore(a),
                      endsText(u) else { continue }
                var t = u
                while t >= 0 && page(t) == page(a) && !heading(t) && !opensWithDateline(t) { t -= 1 }
                guard t >= 0, page(t) == page(a), heading(t) else { continue }
                var c = t + 1
                while c < a && boxes[c].count == 1 && headerFirst(c) { c += 1 }
                // (C right under the title is running body text — no dateline, no jump line:
                // the article's first paragraph is A's, which stops mid-sentence, so C goes on
                // with it (`…河南省大方重型机器` `有限公司深耕…`, `…新乡国资集` `团负责人…`).
                // Not when C's first word goes on from the title.)
                guard c < a, !taken.contains(c), !opensWithDateline(c),
                      isRunning(c) && bodyFirst(c) && Furniture.jump(atStartOf: first(c)) == nil,
                      !SJoin.splitsWord(last(t), first(c), &context) else { continue }
                join(a, c)
            }

            // 4. An article's first column printed after its closing byline: a title, body with
            //    no dateline down to the byline, then (past photo credits) a run that opens with
            //    the dateline and ends a sentence before the next title or byline. The run is
            //    read right after the title (`卫滨区领导调研…工作` `邓国永指出，…` `（卫滨宣）`
            //    `本报讯 6月7日，…` → title, `本报讯…`, `邓国永指出，…`, `（卫滨宣）`).
            func free(_ r: ClosedRange<Int>) -> Bool { r.allSatisfy { link[$0] == nil && !taken.contains($0) } }
            for t in boxes.indices where titleBox(t) && t + 1 < boxes.count && page(t + 1) == page(t) {
                // (Running heads printed under the title stay there: `2025 年 6 月 11 日　星期三`.)
                var h = t
                while h + 1 < boxes.count && page(h + 1) == page(t) && boxes[h + 1].count == 1 && headerFirst(h + 1) { h += 1 }
                let b0 = h + 1
                // (Past lone photo credits inside the body: `（通讯员供图）`.)
                var y = b0
                while y < boxes.count && page(y) == page(t)
                    && ((isRunning(y) && bodyFirst(y) && !opensWithDateline(y) && !isByline(y))
                        || (y > b0 && boxes[y].count == 1 && PhotoCredit.matches(first(y)))) { y += 1 }
                guard y > b0, y < boxes.count, page(y) == page(t), isByline(y) else { continue }
                let d = pastCredits(y + 1)
                guard d < boxes.count, page(d) == page(t), opensWithDateline(d) else { continue }
                var e = d
                while e + 1 < boxes.count && page(e + 1) == page(t) && isRunning(e + 1) && bodyFirst(e + 1) && !isByline(e + 1) { e += 1 }
                // (The run may stop mid-sentence where the box under the title finishes it:
                // `…郑州“蒸记三鲜` `烩面”创始人…`, or `…告知` `逾期拒不整改…` whose first line is full.)
                let goesOn = endsOpen(e) && (BoxOrder.continues(first(b0)) || SJoin.splitsWord(last(e), first(b0), &context)
                    || looksContinuing(b0))
                // (A pass before may have read another box of the body after the run, on weaker
                // evidence than the word the run and the box under the title make: `…繁忙的生`
                // took `“70 多岁…`, and `意返乡助农。…` finishes 生意. That link is undone.)
                if let c = link[e], c != b0, (b0...y).contains(c), link[c] == nil,
                   BoxOrder.continues(first(b0)) || SJoin.splitsWord(last(e), first(b0), &context) {
                    link[e] = nil
                    taken.remove(c)
                    paragraphLink.remove(e)
                }
                // (A word pass may have read the box under the title after the run already:
                // `…发挥自` `身优势，…`. Only the title's link is missing then.)
                let joined = goesOn && link[e] == b0 && taken.contains(b0)
                guard !endsOpen(e) || goesOn, e + 1 == boxes.count || page(e + 1) != page(t) || titleBox(e + 1),
                      (t...e).allSatisfy({ (joined && ($0 == b0 || $0 == e)) || (link[$0] == nil && !taken.contains($0)) })
                else { continue }
                // Title (and running heads) → dateline run → body run (adjacent boxes keep their
                // links' order).
                inOrder(d..<e)
                inOrder(b0..<y)
                link[h] = d; link[e] = b0
                paragraphLink.formUnion(goesOn ? [h] : [h, e])
                taken.formUnion(b0...y)
                taken.formUnion(d...e)
            }

            /// The right article of two set side by side, when its dateline is not right after the
            /// left one's byline `y`: the one free box further down its page that opens with a
            /// dateline repeating four characters of title `t` in a row, with no title over it
            /// (`牧野区召开大气污染防治攻坚调度会` … `（资料图片）` `本报讯 6月8日，牧野区召开大气污染…`).
            /// Returns it, the end `e` of the run of body text it opens, and — when the body
            /// printed right before it, after another article's byline, down to a byline of its
            /// own, is the rest of that run (`…做到精准` `溯源、精准定位…` … `（牧野宣）`) — that
            /// body's first box and its byline (`溯源、精准定位…` opens no article: it has no title).
            func rightArticle(_ t: Int, after y: Int) -> (Int, Int?, Int?, Int)? {
                let title = text(t)
                // (A pass before may have read the dateline's run on into the body printed before
                // it already: `本报讯 6 月 7 日，…开发` into `时序安排…`.)
                func readOn(_ d: Int) -> Bool { link[d] == nil || link[d].map { $0 > y && $0 < d } == true }
                let found = ((y + 1)..<boxes.count).filter { d in
                    page(d) == page(t) && readOn(d) && !taken.contains(d) && opensWithDateline(d)
                        && !(boxBefore(d).map { titleBox($0) && !isByline($0) } ?? true)
                        && BoxOrder.sharesRun(title, boxes[d].prefix(3).flatMap { lines[$0].s }, 4)
                }
                guard found.count == 1, let d = found.first else { return nil }
                var e = d
                while e + 1 < boxes.count && page(e + 1) == page(t) && isRunning(e + 1) && bodyFirst(e + 1) && !isByline(e + 1)
                    && !opensArticle(e + 1) { e += 1 }
                // (A dateline box already read on is the run's only box here: the boxes after it
                // are read after it by that link, not in their printed order.)
                if link[d] != nil && e > d { return nil }
                // (Past its byline and the running heads after it, the page ends or a title follows.)
                var n = e + 1
                if n < boxes.count && page(n) == page(t) && isByline(n) { n += 1 }
                while n < boxes.count && page(n) == page(t) && boxes[n].count == 1 && headerFirst(n) { n += 1 }
                guard n == boxes.count || page(n) != page(t) || titleBox(n),
                      (d...e).allSatisfy({ ($0 == d ? readOn($0) : link[$0] == nil) && !taken.contains($0) }) else { return nil }
                // The body before it: back from its byline (past credits) over running text to
                // another article's byline.
                // (Without it, the dateline alone, when the box before it is free.)
                let alone: (Int, Int?, Int?, Int)? = link[d - 1] == nil && !taken.contains(d - 1) ? (d, nil, nil, e) : nil
                let y2 = max(creditsBefore(d), y)
                guard y2 > y + 1, isByline(y2) else { return alone }
                var r0 = y2
                while r0 - 1 > y && isRunning(r0 - 1) && bodyFirst(r0 - 1) && !opensArticle(r0 - 1) && !isByline(r0 - 1) { r0 -= 1 }
                // (Body after a byline with no title or dateline over it opens no article: it goes
                // on from the run, in its paragraph when the run stops mid-sentence.)
                guard r0 < y2, r0 - 1 > y, Byline.matchTrailing(last(r0 - 1)) != nil,
                      ((r0 - 1)...y2).allSatisfy({ link[$0] == nil && ($0 == r0 - 1 || !taken.contains($0)) })
                else { return alone }
                return (d, r0, y2, e)
            }
            // 5. Two articles set side by side: pdfminer.six prints both titles first, then the
            //    left article (dateline, body, byline), then the right one's dateline with no
            //    title before it. The second title is read before that dateline (`卫滨区领导夜查…`
            //    `在红旗区召开…会议` `本报讯 近日，卫滨区…` … `（卫滨宣）` `本报讯 近日，全市…`).
            for t in boxes.indices where t + 2 < boxes.count && page(t + 2) == page(t) && titleBox(t) && titleBox(t + 1)
                && opensWithDateline(t + 2) && free(t...(t + 2)) {
                // (A kicker over its title is no pair: shorter, and it names a place or body.)
                let upper = text(t), lower = text(t + 1)
                if upper.count < lower.count, Unwrapper.endsLikeKicker(upper) { continue }
                var y = t + 2
                // (To the box that ends with the byline: a lone byline, or the last line of a box.)
                while y < boxes.count && page(y) == page(t) && (y == t + 2 || !opensArticle(y))
                    && Byline.matchTrailing(last(y)) == nil { y += 1 }
                guard y < boxes.count, page(y) == page(t), Byline.matchTrailing(last(y)) != nil else { continue }
                let d = pastCredits(y + 1)
                guard d < boxes.count, page(d) == page(t) else { continue }
                if !opensWithDateline(d) {
                    if let (d2, r0, y2, e2) = rightArticle(t + 1, after: y), free((t + 1)...y) {
                        // (The right article further down, its dateline box repeating the title.)
                        link[t] = t + 2
                        inOrder((t + 2)..<y)
                        taken.formUnion((t + 1)...y)
                        paragraphLink.insert(t)
                        link[(r0 ?? d2) - 1] = t + 1
                        link[t + 1] = d2
                        paragraphLink.formUnion([(r0 ?? d2) - 1, t + 1])
                        inOrder(d2..<e2)
                        taken.formUnion(d2...e2)
                        if let r0, let y2 {
                            link[e2] = r0
                            if !endsOpen(e2) { paragraphLink.insert(e2) }
                            inOrder(r0..<y2)
                            taken.formUnion(r0...y2)
                        }
                    }
                    continue
                }
                guard free((t + 1)...d) else { continue }
                // The second title goes right before the dateline (after the byline and credits).
                link[t] = t + 2
                link[d - 1] = t + 1
                link[t + 1] = d
                paragraphLink.formUnion([t, d - 1, t + 1])
                // (Boxes between follow in order: each is read after the one before it.)
                inOrder((t + 2)..<(d - 1))
                taken.formUnion((t + 1)...d)
            }
            // 5b. Two titles printed one after the other over both articles' text, the second
            //     article's first (pymupdf4llm: `红旗区向阳街道推动民生项目落地见效`
            //     `在红旗区召开全市科技服务业现场推进会议` `本报讯 近日，全市科技服务业现场推进会…`
            //     … `本报讯 近日，红旗区向阳街道人大工委…`): the dateline under the titles (the
            //     second may have its kicker over it) repeats four characters in a row of the
            //     second title and none of the first's, and a dateline further down, before the
            //     next title, repeats the first's and none of the second's. The first title is
            //     read right before that dateline; where that article ends with a closing byline
            //     and the second article's text goes on after it, the first article (dateline to
            //     byline) is read right under its title instead.
            func lead(_ b: Int) -> [UInt32] { Array(boxes[b].prefix(4).flatMap { lines[$0].s }.prefix(80)) }
            /// A title box, or a Markdown heading of one line.
            func anyTitle(_ b: Int) -> Bool { titleBox(b) || (boxes[b].count == 1 && Heading.level(first(b)) != nil) }
            for t in boxes.indices where t + 3 < boxes.count && anyTitle(t) && anyTitle(t + 1) && free(t...(t + 1)) {
                let upper = text(t)
                // (The second title, past its kicker.)
                let k = t + 2 < boxes.count && anyTitle(t + 2) ? t + 2 : t + 1
                guard k + 2 < boxes.count, page(k + 1) == page(t), opensWithDateline(k + 1), free(t...(k + 1)) else { continue }
                let lower = (t + 1...k).flatMap(text)
                if upper.count < text(t + 1).count, Unwrapper.endsLikeKicker(upper) { continue }
                if !BoxOrder.sharesRun(lower, lead(k + 1), 4) {
                    // 5c. The dateline under the titles is the first's (it repeats none of the
                    //     second's characters) and the next dateline, with no title over it,
                    //     repeats the second's and none of the first's: the second title (with
                    //     its kicker) is read right before that dateline (`河南省大方重型…`
                    //     `卫滨区领导夜查…` `本报讯 （…记者…）安全生产…` … `本报讯 近日，卫滨区…`:
                    //     an article with no closing byline, which 5 needs).
                    var d = k + 2
                    while d < boxes.count && page(d) == page(t) && !anyTitle(d) && !opensWithDateline(d) { d += 1 }
                    guard d < boxes.count, page(d) == page(t), opensWithDateline(d), BoxOrder.sharesRun(lower, lead(d), 4),
                          !BoxOrder.sharesRun(upper, lead(d), 4), free(t...d) else { continue }
                    link[t] = k + 1
                    link[d - 1] = t + 1
                    inOrder((t + 1)..<k)
                    link[k] = d
                    paragraphLink.formUnion(Set([t, d - 1]).union(t + 1...k))
                    taken.formUnion(Set(t + 1...k + 1).union([d]))
                    continue
                }
                guard !BoxOrder.sharesRun(upper, lead(k + 1), 4) else { continue }
                var d = k + 2
                while d < boxes.count && page(d) == page(t) && !anyTitle(d)
                    && !(opensWithDateline(d) && BoxOrder.sharesRun(upper, lead(d), 4)) { d += 1 }
                guard d < boxes.count, page(d) == page(t), opensWithDateline(d), !BoxOrder.sharesRun(lower, lead(d), 4),
                      free(t...d) else { continue }
                // (The first article's byline, before any other article opens, and the second's
                // text after it.)
                var y = d + 1
                while y < boxes.count && page(y) == page(t) && !anyTitle(y) && !opensWithDateline(y) && !isByline(y) { y += 1 }
                if y + 1 < boxes.count, page(y + 1) == page(t), isByline(y), free(d...y), !anyTitle(y + 1), !opensWithDateline(y + 1),
                   !isByline(y + 1), bodyFirst(y + 1) {
                    link[t] = d
                    inOrder(d..<y)
                    link[y] = t + 1
                    paragraphLink.formUnion([t, y])
                    taken.formUnion(Set(d...y).union([t + 1]))
                    continue
                }
                link[d - 1] = t
                link[t] = d
                paragraphLink.formUnion([d - 1, t])
                taken.formUnion([t, d])
            }

            // 5d. Two titles printed one after the other over the rest of the first article's
            //     first column (pdfminer.six: `在红旗区召开全市科技服务业现场推进会议`
            //     `卫滨区领导调研陆航片区开发建设工作` `检验实验室等重点企业，…` `本报讯 6 月 7 日，
            //     卫滨区委书记…` … `本报讯 近日，全市科技服务业…银海医学`): the one dateline box
            //     further down the page, with no title over it, that repeats four characters of the
            //     first title and none of the second's and stops mid-sentence, goes under the first
            //     title, and the box under the titles reads on from it (finishing its word, or
            //     opening on a line as wide as the dateline box's common line: no paragraph's
            //     first line); the second title goes over the one dateline that repeats its
            //     characters and none of the first's, wherever that is read.
            for t in boxes.indices where t + 3 < boxes.count && anyTitle(t) && anyTitle(t + 1) && free(t...(t + 2)) {
                let o = t + 2
                guard page(o) == page(t), !anyTitle(o), !opensWithDateline(o), isRunning(o), bodyFirst(o), !headerFirst(o) else { continue }
                let upper = text(t), lower = text(t + 1)
                func datelines(_ own: [UInt32], _ other: [UInt32]) -> [Int] {
                    boxes.indices.filter { d in
                        d > o && page(d) == page(t) && free(d...d) && headsOf[d] == nil && opensWithDateline(d) && !anyTitle(d - 1)
                            && BoxOrder.sharesRun(own, lead(d), 4) && !BoxOrder.sharesRun(other, lead(d), 4)
                    }
                }
                let firsts = datelines(upper, lower), seconds = datelines(lower, upper)
                // (Not a dateline box that runs on into another article: pdfminer.six may print
                // two articles' columns as one box, a second dateline inside it.)
                guard firsts.count == 1, seconds.count == 1, let d = firsts.first, let d2 = seconds.first, d != d2, leavesOpen(d),
                      !boxes[d].dropFirst().contains(where: { Dateline.match(lines[$0].s) != nil }),
                      SJoin.splitsWord(last(d), first(o), &context) || looksContinuing(o)
                        || printed(boxes[o].lowerBound) >= common(d) - 0.6 else { continue }
                link[t] = d
                link[d] = o
                paragraphLink.insert(t)
                taken.formUnion([d, o, t + 1])
                headsOf[d2] = [t + 1]
            }

            // A moved box that stops mid-sentence takes along the box printed after it when that
            // box goes on with it (`…持续提升群众` `福祉；聚焦…`): they were one column.
            var moved = taken.sorted()
            while let c = moved.popLast() {
                guard c + 1 < boxes.count, page(c + 1) == page(c), link[c] == nil, !taken.contains(c + 1),
                      leavesOpen(c), looksContinuing(c + 1) else { continue }
                join(c, c + 1)
                if link[c] == c + 1 { moved.append(c + 1) }
            }
            // A moved box that ends its sentence takes along the lone byline printed after it when
            // a byline stands before it too (`（杨恒战 罗菲）` `育策略，…落实。` `（红旗宣）`), or
            // body text that opens no article follows the byline (`了“油瓶子”…得实惠。`
            // `（张志超 罗菲 李萌 文/图）` `（本报记者摄）` `为保障…`): left behind, the byline would
            // close an article twice, or in the middle.
            func bodyAfter(_ y: Int) -> Bool {
                let n = pastCredits(y + 1)
                return n < boxes.count && page(n) == page(y) && !taken.contains(n) && isRunning(n) && bodyFirst(n) && !opensArticle(n)
            }
            for c in taken.sorted() where c + 1 < boxes.count && page(c + 1) == page(c) && link[c] == nil
                && !taken.contains(c + 1) && isByline(c + 1) && !leavesOpen(c)
                && ((c > 0 && page(c - 1) == page(c) && Byline.matchTrailing(last(c - 1)) != nil) || bodyAfter(c + 1)) {
                join(c, c + 1)
                paragraphLink.insert(c)
            }
            // A moved box at its page's head that ends its sentence takes along the paragraphs
            // printed after it there, up to a closing byline (`层传导、…取得扎实成效。`
            // `刘怀斌要求，…展现担当。` `（红旗宣）`): the end of the article it went to, the column
            // pdfminer.six printed first. Left there, they would stand under no title.
            for c in taken.sorted() where boxBefore(c) == nil && link[c] == nil && !leavesOpen(c) && isRunning(c) {
                var y = c + 1
                while y < boxes.count && page(y) == page(c) && free(y...y) && isRunning(y) && bodyFirst(y)
                    && !opensArticle(y) && !isByline(y) { y += 1 }
                guard y > c + 1, y < boxes.count, page(y) == page(c), free(y...y), isByline(y) else { continue }
                link[c] = c + 1
                paragraphLink.insert(c)
                inOrder((c + 1)..<y)
                taken.formUnion((c + 1)...y)
            }

            // 6. Another article's last paragraph and byline printed between a title and its
            //    dateline: the dateline's lead repeats four characters of the title in a row
            //    (`牧野区召开大气污染防治攻坚调度会` `“70多岁还天天…贴心人！”…` `（杨恒战 罗菲）`
            //    `本报讯 6 月 8 日，牧野区召开大气污染…`). The tail is read after the nearest article
            //    before it that ends a sentence with no byline, right before the next title (`…损耗。`
            //    `在红旗区召开…`) or before this one (`…损耗。` `红旗区向阳街道 推动民生项目落地见效`
            //    `“70多岁还天天…`); the title then stands over its dateline.
            for t in boxes.indices where heading(t) && free(t...t) && t + 2 < boxes.count {
                var y = t + 1
                while y < boxes.count && page(y) == page(t) && !taken.contains(y) && link[y] == nil
                    && isRunning(y) && bodyFirst(y) && !opensArticle(y) { y += 1 }
                guard y > t + 1, y < boxes.count, page(y) == page(t), free(y...y), isByline(y) else { continue }
                var d = y + 1
                while d < boxes.count && (taken.contains(d) || (boxes[d].count == 1 && PhotoCredit.matches(first(d)))) { d += 1 }
                guard d < boxes.count, page(d) == page(t), free(d...d), opensWithDateline(d),
                      BoxOrder.sharesRun(text(t), boxes[d].prefix(2).flatMap { lines[$0].s }, 4) else { continue }
                var l = t - 1
                while l >= 0 && page(l) == page(t)
                    && !(isRunning(l) && CharacterClass.endsSentence(last(l)) && link[l] == nil && (l + 1 == t || titleBox(l + 1))) { l -= 1 }
                guard l >= 0, page(l) == page(t) else { continue }
                link[l] = t + 1
                inOrder((t + 1)..<y)
                paragraphLink.insert(l)
                taken.formUnion((t + 1)...y)
            }
            // 7. A kicker printed inside another article's sentence (`…执行力，把严的` `封丘县潘店镇`
            //    `标准、实的作风…`): a lone line that names a place or body, between a box that stops
            //    mid-sentence and one that goes on with it. It goes over the one title on its page
            //    with no kicker over it whose article names it (`…潘店镇…` under `推广粮食种植新技术…`),
            //    and the sentence is read on past it. So do two kickers printed there together, with
            //    a running head among them (`…周边，重` `红旗区洪门镇` `封丘县潘店镇` `新乡日报…`
            //    `点查看…`), each over its own title.
            func kickerLike(_ k: Int) -> Bool {
                boxes[k].count == 1 && !isRunning(k) && bodyFirst(k) && !headerFirst(k) && !isByline(k) && free(k...k)
                    && Unwrapper.endsLikeKicker(first(k)) && first(k).count <= 12
            }
            /// The one title on the page with no kicker over it whose article names `k`'s place.
            /// (`atHead`: the text's first box may be that title too, with nothing before it.)
            func titleNaming(_ k: Int, atHead: Bool = false) -> Int? {
                let name = Array(first(k).filter(CharacterClass.isHan).suffix(3))
                guard name.count == 3 else { return nil }
                /// (A title may open the box of its dateline: `推广粮食种植新技术…丰` `收图` `本报讯 …`.)
                func titleOverDateline(_ t: Int) -> Bool {
                    let r = boxes[t]
                    guard r.count >= 2, bodyFirst(t), !headerFirst(t), let d = (1..<min(3, r.count)).first(where: { Dateline.match(lines[r.lowerBound + $0].s) != nil })
                    else { return false }
                    return (0..<d).allSatisfy { !CharacterClass.hasPause(lines[r.lowerBound + $0].s) }
                }
                let titles = boxes.indices.filter { t in
                    guard page(t) == page(k), t != k, titleBox(t) || titleOverDateline(t), free(t...t),
                          (atHead && t == 0) || (t > 0 && link[t - 1] == nil && !isTitle(t - 1))
                    else { return false }
                    // (Its article: the boxes under it to the next title.)
                    var b = titleBox(t) ? t + 1 : t
                    while b < boxes.count && page(b) == page(t) && !titleBox(b) && (b == t || !titleOverDateline(b)) {
                        // (Across its lines: `…在封丘` `县留光镇…`.)
                        if BoxOrder.sharesRun(text(b), name, 3) { return true }
                        b += 1
                    }
                    return false
                }
                return titles.count == 1 ? titles.first : nil
            }
            for k in boxes.indices where k > 0 && k + 1 < boxes.count && page(k - 1) == page(k) && kickerLike(k) && leavesOpen(k - 1) {
                // The run of kickers (two at most) and running heads, and the box after it.
                var j = k
                while j + 1 < boxes.count && page(j + 1) == page(k) && j - k < 3
                    && (kickerLike(j + 1) || (boxes[j + 1].count == 1 && headerFirst(j + 1) && free((j + 1)...(j + 1)))) { j += 1 }
                let kickers = (k...j).filter(kickerLike)
                let c = j + 1
                // (The sentence may be read on past them already: `…周边，重` → `点查看…`.)
                guard kickers.count <= 2, c < boxes.count, page(c) == page(k),
                      link[k - 1] == c || (link[k - 1] == nil && !taken.contains(c) && goesOnLoosely(c)) else { continue }
                let titles = kickers.compactMap { titleNaming($0) }
                guard titles.count == kickers.count, Set(titles).count == titles.count else { continue }
                if link[k - 1] == nil { join(k - 1, c) }
                guard link[k - 1] == c else { continue }
                for (kicker, t) in zip(kickers, titles) {
                    link[t - 1] = kicker
                    link[kicker] = t
                    paragraphLink.formUnion([t - 1, kicker])
                    taken.formUnion([kicker, t])
                }
            }
            // 8. A title (and a kicker over it) printed inside another article's text, which is
            //    read on across it (`…杜绝问题反复反` `封丘县` `七旬企业家返乡助农 守护“三夏”粮食丰收`
            //    `弹。要强化…`): it goes over the page's one dateline box with no title over it whose
            //    first lines share three characters in a row with it, after the byline or the
            //    sentence's end right before that box (`（牧野宣）` `本报讯 近日，“三夏”麦收进入关键期。
            //    在封丘县留…`).
            for t in boxes.indices where t >= 1 && titleBox(t) && free(t...t) && t + 1 < boxes.count && page(t + 1) == page(t) {
                let g = t >= 2 && titleBox(t - 1) && free((t - 1)...(t - 1)) && page(t - 1) == page(t) ? t - 1 : t
                guard g >= 1, page(g - 1) == page(t), link[g - 1] == t + 1 else { continue }
                let words = (g...t).flatMap { text($0) }
                let datelines = boxes.indices.filter { d in
                    guard d > t + 1, page(d) == page(t), free(d...d), opensWithDateline(d), link[d - 1] == nil, !titleBox(d - 1),
                          endsText(d - 1) else { return false }
                    return BoxOrder.sharesRun(words, boxes[d].prefix(2).flatMap { lines[$0].s }, 3)
                }
                // (Not where the boxes between are all read elsewhere: the title stands over it already.)
                guard datelines.count == 1, let d = datelines.first, !reaches(d, d - 1), !taken.contains(d - 1),
                      ((t + 1)..<d).contains(where: { !taken.contains($0) }) else { continue }
                link[d - 1] = g
                inOrder(g..<t)
                link[t] = d
                paragraphLink.insert(d - 1)
                paragraphLink.formUnion(g...t)
                taken.formUnion(g...t)
                taken.insert(d)
            }
            // 9. Titles (a kicker over one or not) printed at their page's end, after a byline or
            //    a sentence's end, with only running heads and folios after them (ReportLab's band
            //    of titles over the columns, which pdfminer.six may print last: `（卫滨宣）`
            //    `河南省大方重型机器` `有限公司 “零事故”背` `后的红色班组力量` `2025年6月10日…`): each
            //    goes over the page's one dateline box with no title over it whose first four lines
            //    repeat four of its characters in a row (`本报讯 （新乡日报全媒体记` … `石。近年来，
            //    河南省大方重型机`). A kicker alone there (`（向阳宣）` `封丘县` `— 1 —`) goes over the
            //    one title on its page with no kicker over it whose article names it, as in 7
            //    (`七旬企业家返乡` `助农 守护“三夏”` `粮食丰收` over `…在封丘县留…`).
            func trailing(_ b: Int) -> Bool { boxes[b].count == 1 && (headerFirst(b) || NSPageHeader.match(first(b), weak: true) != nil) }
            for pageEnd in boxes.indices where pageEnd + 1 == boxes.count || page(pageEnd + 1) != page(pageEnd) {
                var e = pageEnd
                while e >= 0 && page(e) == page(pageEnd) && trailing(e) { e -= 1 }
                var g = e
                while g >= 0 && page(g) == page(pageEnd) && titleBox(g) && free(g...g) { g -= 1 }
                // (The titles' run: g + 1 ... e, after a box that ends an article's text.)
                guard g >= 0, g < e, page(g) == page(pageEnd), !taken.contains(g), link[g] == nil,
                      endsText(g) else { continue }
                var t = g + 1
                while t <= e {
                    // (A kicker over the title after it.)
                    let kicker = t < e && kickerLike(t) ? t : nil
                    let title = kicker.map { $0 + 1 } ?? t
                    defer { t = title + 1 }
                    let words = (t...title).flatMap { text($0) }
                    /// The title's last piece printed over the dateline apart from the rest, finishing
                    /// its last word (`红旗区向阳街道` `推动民生项目落` at the foot, `地见效` over
                    /// `本报讯 近日，红旗区…`): the title goes over it.
                    func piece(_ d: Int) -> Int? {
                        guard let u = boxBefore(d), u == d - 1, page(u) == page(d), titleBox(u), boxes[u].count == 1, free(u...u),
                              headsOf[u] == nil, SJoin.splitsWord(last(title), first(u), &context) else { return nil }
                        return u
                    }
                    let datelines = boxes.indices.filter { d in
                        guard d <= g, page(d) == page(pageEnd), free(d...d), headsOf[d] == nil, opensWithDateline(d) else { return false }
                        if let u = boxBefore(d), page(u) == page(d), piece(d) == nil {
                            guard !titleBox(u), endsText(u) else { return false }
                        }
                        return BoxOrder.sharesRun(words, boxes[d].prefix(4).flatMap { lines[$0].s }, 4)
                    }
                    if datelines.count == 1, let d = datelines.first {
                        headsOf[piece(d) ?? d] = Array(t...title)
                        taken.formUnion(t...title)
                    } else if kicker == nil, kickerLike(title), let over = titleNaming(title, atHead: true), over <= g, headsOf[over] == nil {
                        headsOf[over] = [title]
                        taken.insert(title)
                    }
                }
            }
            // A moved box takes its jump line along (`…推动学` `（下转第3版）`): the line ends
            // the text it follows, wherever that text goes.
            for c in taken.sorted() where c + 1 < boxes.count && link[c] == nil && !taken.contains(c + 1)
                && boxes[c + 1].count == 1 && Continuation.match(first(c + 1)) != nil {
                join(c, c + 1)
            }

            // A box of marks alone taken after an open box (`！`) goes with the one or two
            // characters printed right before it, whose sentence it ends: `同` ⏎⏎ `！` (carriage
            // returns, which U-INVISIBLE makes a blank line) is `同！` once S-JOIN has joined them,
            // and a second run moves that box whole.
            /// Whether a line of box `b` holds a character `letter` accepts.
            func holds(_ b: Int, _ letter: (UInt32) -> Bool) -> Bool { boxes[b].contains { lines[$0].s.contains(where: letter) } }
            for c in taken.sorted() where c > 0 && !holds(c, CharacterClass.isHan) && page(c - 1) == page(c) && !taken.contains(c - 1)
                && link[c - 1] == nil && boxes[c - 1].count == 1 && BoxOrder.continues(first(c - 1) + first(c)) {
                guard let a = link.first(where: { $0.value == c })?.key, a != c - 1, !link.values.contains(c - 1) else { continue }
                link[a] = c - 1
                link[c - 1] = c
                taken.insert(c - 1)
            }
            guard !link.isEmpty || !headsOf.isEmpty else { return [] }
            // The new order: each box not taken, then the chain of boxes linked after it.
            var order: [Int] = []
            order.reserveCapacity(boxes.count)
            for b in boxes.indices where !taken.contains(b) {
                var x: Int? = b
                while let y = x { order += headsOf[y] ?? []; order.append(y); x = link[y] }
            }
            // (Every box once: `join` never links a box twice. Were one lost, the page is left in
            // its printed order rather than lose text; debug builds stop here.)
            assert(order.count == boxes.count, "LAYOUT-BOX-ORDER keeps every box")
            guard order.count == boxes.count else { return [] }
            // One edit per stretch of boxes that trade places among themselves.
            var edits: [LocalEdit] = []
            var s = 0, reach = 0
            for i in order.indices {
                reach = max(reach, order[i])
                guard reach == i else { continue }
                defer { s = i + 1 }
                guard (s...i).contains(where: { order[$0] != $0 }) else { continue }
                // (Only text moves: a box of marks alone, `-` or `;`, finishes no sentence; nor
                // does a folio, digits alone, shift. A box of words that only shifts, one before
                // it taken away, reads as before: `tf` between `同！` and the open box it goes after.)
                // (Nor one that stays after the box printed before it: `同` `！`, moved together.)
                guard (s...i).allSatisfy({ j in
                    order[j] == j || holds(order[j], CharacterClass.isHan) || (j > s && order[j - 1] == order[j] - 1)
                        || (!taken.contains(order[j]) && holds(order[j]) { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
                }) else { continue }
                var text: [UInt8] = []
                for j in s...i {
                    let x = order[j]
                    if j > s {
                        let w = order[j - 1]
                        if x == w + 1 { text += p[end(w)..<start(x)] }
                        else if link[w] == x && !paragraphLink.contains(w) { text.append(0x0A) }
                        else { text += [0x0A, 0x0A] }
                    }
                    text += p[start(x)..<end(x)]
                }
                let moved = (s...i).filter { order[$0] != $0 }.count
                edits.append(LocalEdit(BoxOrder.id, range: start(s)..<end(i), replacement: text,
                                       note: "\(moved) boxes printed out of order: each now follows the box whose sentence it continues, or the title of the article its dateline opens"))
            }
            return edits
        }
    }

    /// Not a heading, dateline, byline, credit or jump line: text a paragraph may open with.
    private func isBody(_ s: [UInt32]) -> Bool {
        Heading.level(s) == nil && Dateline.match(s) == nil && Byline.matchTrailing(s) == nil
            && !PhotoCredit.matches(s) && Continuation.match(s) == nil
    }
}
