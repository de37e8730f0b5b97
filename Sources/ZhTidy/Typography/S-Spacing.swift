/// S-HAN-HAN — spurious spaces between two Han characters in running text.
///
/// Source: rules.md §4.9 (clreq: Chinese text has no word spaces; justification and extraction
/// insert them). Spaces that are data stay: after a dateline, inside credits and bylines, in
/// headings, after chapter ordinals, before a photo credit.
///
///     区委 书记刘怀斌主持会议  →  区委书记刘怀斌主持会议
struct SHanHan {
    static let id: RuleID = "S-HAN-HAN"
    static let summary = "Delete spaces between two Han characters in body text"
}

/// S-PUNCT-ADJ — no spaces next to fullwidth punctuation.
///
/// Source: SCG (全角标点与其他字符之间不加空格); rules.md §4.9. The glyphs carry their own side
/// bearing. Exception: the gap after a dateline (S-DATELINE).
///
///     会议指出 ， 要坚持  →  会议指出，要坚持
struct SPunctAdj {
    static let id: RuleID = "S-PUNCT-ADJ"
    static let summary = "Delete spaces next to fullwidth punctuation"
}

/// S-HAN-LATIN — spaces between Han and Latin letters or digits, by style.
///
/// Source: rules.md §4.9 and §7 #1 (clreq: the ¼-em gap is typesetting; SCG: a U+0020 on the
/// web). `print` (default) deletes them; `web` puts exactly one U+0020 there (pangu), never next
/// to CJK punctuation, between a number and `%`/`°`, or between a currency sign and a number.
///
///     规上企业达 14 家  →  规上企业达14家        (print)
///     使用iPhone拍摄    →  使用 iPhone 拍摄      (web)
struct SHanLatin {
    static let id: RuleID = "S-HAN-LATIN"
    static let summary = "Spaces between Han and Latin/digits: none (print) or one (web)"
}

/// S-DATELINE — exactly one space after a dateline, whatever follows; none added.
///
/// Source: rules.md §4.9 and §7 #2 (Xinhua closes it up; People's Daily and local papers print a
/// gap).
///
///     本报讯   近日，  →  本报讯 近日，
struct SDateline {
    static let id: RuleID = "S-DATELINE"
    static let summary = "One space after a dateline token (kept, never added)"
}

/// S-BYLINE — spaces inside bylines and credits separate roles and names: one U+0020 each.
///
/// Source: rules.md §4.9 (NEWS). U+3000 → U+0020, runs collapse; two single-Han tokens in a row
/// are one two-character name padded for alignment (`王 平` → `王平`).
///
///     （杨恒战  罗菲）  →  （杨恒战 罗菲）
///
/// No name between a role and the closing `摄`/`供图`: no space (`（通讯员 供图）` → `（通讯员供图）`).
struct SByline {
    static let id: RuleID = "S-BYLINE"
    static let summary = "One space between roles and names in bylines and credits"
}

/// S-TITLE-SEP — a space inside a heading separates its parts: one U+0020.
///
/// Source: rules.md §4.9 and §7 #20 (print sets an em-wide gap where body text would put `，`).
/// A heading of 2–4 letter-spaced Han characters (`通 知`) is joined. In Markdown an extractor
/// wrote (pymupdf4llm), a space where it joined a heading's wrapped lines is deleted
/// (``HeadingWraps``).
///
///     # 推广粮食种植新技术　绘就“一地双收”丰收图  →  # 推广粮食种植新技术 绘就“一地双收”丰收图
struct STitleSep {
    static let id: RuleID = "S-TITLE-SEP"
    static let summary = "One space between the parts of a heading"
}

/// The spaces where pymupdf4llm joined a heading's wrapped lines (S-TITLE-SEP deletes them). A
/// heading wraps at its column's measure: the widest of its space-separated pieces in ems
/// (NFKC's `，` counting an em), `w`. Read from the start, a piece that fills its line (within
/// an em of `w`) ends it, and the space after it is a wrap, unless only the last piece follows
/// and it is as wide, where a title's own gap can stand (`推广粮食种植新技术 绘就“一地双收”丰收图`:
/// two halves of a title; ``mayPart(_:_:)``). A
/// piece that fits in the line with what came before is set off by the title's own space.
/// Nothing is deleted unless the result reads the same way again (idempotence).
///
///     红旗区西街街道 曙光社区 开展夏 季环境专项整治 与常态化消杀工 作
///       →  红旗区西街街道曙光社区 开展夏季环境专项整治与常态化消杀工作
enum HeadingWraps {
    static func spaces(_ title: [UInt32]) -> [Int] {
        if let k = gapThenWrap(title) { return [k] }
        let found = candidates(title)
        guard !found.isEmpty else { return [] }
        let joined = title.enumerated().filter { !found.contains($0.offset) }.map(\.element)
        return candidates(joined).isEmpty ? found : []
    }

    /// Whether a title's own gap can stand between `a` and `b`: `a` ends on a kind of place or
    /// body (S-TITLE-SUBJECT's), or `b` opens with a quotation, a title mark or one of
    /// S-TITLE-CLAUSE's verbs, or either holds no Han character.
    static func mayPart(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
        guard a.contains(where: CharacterClass.isHan), b.contains(where: CharacterClass.isHan), let last = a.last, let first = b.first
        else { return true }
        if STitleSubject.placeKinds.contains(last) || STitleSubject.bodyKinds.contains(where: { Scalars.hasSuffix(Array(a), $0) }) { return true }
        if first == 0x201C || first == 0x300A { return true }
        return b.count >= 2 && STitleClause.verbs.contains(Array(b.prefix(2)))
    }

    /// A title of three pieces whose first line holds its own gap: the first space can be the
    /// title's (``mayPart(_:_:)``) and the second cannot, and the last piece fits in a line as
    /// wide as the first two (`红旗区西街街道曙光社区 开展夏季环境专 项整治与常态化消杀工作`,
    /// `河南省大方重型机器有限公司 “零事故” 背后的红色班组力量`): the second space is the wrap.
    private static func gapThenWrap(_ title: [UInt32]) -> Int? {
        let spaces = title.indices.filter { title[$0] == 0x20 }
        guard spaces.count == 2, spaces[0] > 0, spaces[1] > spaces[0] + 1, spaces[1] + 1 < title.count else { return nil }
        let a = title[..<spaces[0]], b = title[(spaces[0] + 1)..<spaces[1]], c = title[(spaces[1] + 1)...]
        guard mayPart(a, b), !mayPart(b, c),
              InterleavedColumns.ems(c) <= InterleavedColumns.ems(a) + 0.25 + InterleavedColumns.ems(b) + 1 else { return nil }
        return spaces[1]
    }

    private static func candidates(_ title: [UInt32]) -> [Int] {
        // Pieces apart by single spaces (a run of spaces is a layout gap: left alone).
        var pieces: [Range<Int>] = []
        var start = 0
        for (k, c) in title.enumerated() where c == 0x20 {
            guard k > start else { return [] }
            pieces.append(start..<k)
            start = k + 1
        }
        guard start < title.count, pieces.count >= 1 else { return [] }
        pieces.append(start..<title.count)
        let widths = pieces.map { InterleavedColumns.ems(title[$0]) }
        let w = widths.max()!
        var out: [Int] = []
        var line = widths[0], inLine = 1
        for i in 1..<pieces.count {
            // (Not after a lone character: no half of a title ends so, `红旗区向阳街道 推` `动民生…`.
            // Nor after a line of two pieces: a half is one, `有限公司 “零事故”背` `后的红色…`.)
            // (And a half is set off where a title's own gap can stand: after a subject's name, or
            // before a quotation or a second clause's verb, `卫滨区领导调研陆航 片区开发建设工作`
            // is a wrap.)
            let lastHalf = i == pieces.count - 1 && widths[i] >= w - 1.5 && pieces[i - 1].count > 1 && inLine == 1
                && mayPart(title[pieces[i - 1]], title[pieces[i]])
            if line >= w - 1 && !lastHalf {
                out.append(pieces[i].lowerBound - 1)
                line = widths[i]
                inLine = 1
            } else {
                line += 0.25 + widths[i]
                inLine += 1
            }
        }
        return out
    }
}

/// S-ORDINAL — one space after a chapter or article ordinal.
///
/// Source: GB/T 15834-2011 B.3.6; rules.md §4.9. `第一章 总则`, `第八条 维护国家安全`.
struct SOrdinal {
    static let id: RuleID = "S-ORDINAL"
    static let summary = "One space after 第…章/节/条 ordinals"
}

/// S-INDENT — first-line indent.
///
/// Source: clreq (a Chinese first-line indent is 2 em); rules.md §4.9. Markdown (default): no
/// leading whitespace on any line. `indent`: body paragraphs start with exactly two U+3000;
/// headings, bylines and captions get none.
struct SIndent {
    static let id: RuleID = "S-INDENT"
    static let summary = "Leading whitespace: none (Markdown) or two U+3000 (indent mode)"
}

/// N-PERCENT, N-DEGREE, N-CURRENCY — signs attached to their numbers.
///
/// Source: GB/T 15835-2011 examples (`34.05%`, `28℃`); SCG (no space before `%`, none after a
/// currency sign); rules.md §4.8. `增长15 %` → `增长15%`; `气温28 ℃` → `气温28℃`;
/// `售价¥ 300` → `售价¥300`.
struct NPercent {
    static let id: RuleID = "N-PERCENT"
    static let summary = "No space between a number and % ‰ ‱"
}

struct NDegree {
    static let id: RuleID = "N-DEGREE"
    static let summary = "No space between a number and ° ℃ ℉"
}

struct NCurrency {
    static let id: RuleID = "N-CURRENCY"
    static let summary = "No space between a currency sign and its number"
}

/// The whitespace stage: every run of spaces is judged once, by the role of its block and its
/// neighbours.
struct SpacingStage: Stage {

    private static let ordinalUnits = Set(Scalars.of("章节条款编部分篇课"))
    private static let ordinalNumerals = Set(Scalars.of("一二三四五六七八九十百零〇"))
    private static let di = Scalars.of("第")[0], she = Scalars.of("摄")[0]

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let options = context.options
        let extracted = context.inputKind != .markdown
        let web = options.style == .web
        let words = options.isEnabled(STitleSubject.id) || options.isEnabled(STitleClause.id) ? context.wordBreaker() : nil
        let extractedMarkdown = context.extractedMarkdown
        return collectEdits(document, &context, visit: {
            $0.features.contains(.space) || (web && !$0.features.isDisjoint(with: [.latin, .digit]))
                || $0.role.isByline || (extracted && $0.role.isDateline) || $0.role.isHeading
        }) { b, out in
            spaces(b, options, extractedMarkdown: extractedMarkdown, words: words, &out)
            if b.role.isHeading {
                let title = b.s[b.contentStart...]
                if options.isEnabled(STitleSubject.id), let k = STitleSubject.gap(title, words) {
                    out.insert(b, at: k, [0x20], STitleSubject.id)
                } else if options.isEnabled(STitleClause.id), let k = STitleClause.gap(title, words) {
                    out.insert(b, at: k, [0x20], STitleClause.id)
                } else if extractedMarkdown {
                    movedTitleGap(b, options, words, &out)
                }
            }
            if extracted || extractedMarkdown { restoreDatelineGap(b, &out) }
            // Markdown from an extractor (pymupdf4llm) loses a byline's spaces as well.
            restoreBylineGaps(b, splitNames: extractedMarkdown, &out)
        }
    }

    /// Markdown from an extractor may drop a title's printed gap and put a space where the title
    /// wrapped instead (`红旗区西街街道曙光社区开展夏季 环境专项整治…`): a title with one space,
    /// which without it opens with a subject (S-TITLE-SUBJECT) or holds two parallel clauses
    /// (S-TITLE-CLAUSE) whose gap is elsewhere, has that space moved there. (A title has one
    /// printed gap at most; one where a wrap can stand, only by the rules' evidence, goes.)
    private func movedTitleGap(_ b: BlockText, _ options: Options, _ words: WordBreaker?, _ out: inout EditCollector) {
        let spaces = (b.contentStart..<b.count).filter { CharacterClass.isSpace(b[$0]) }
        guard spaces.count == 1, let j = spaces.first, b[j] == 0x20, j > b.contentStart, j + 1 < b.count,
              CharacterClass.isHan(b[j - 1]), CharacterClass.isHan(b[j + 1]) else { return }
        let joined = Array(b.s[b.contentStart..<j]) + Array(b.s[(j + 1)...])
        let subject = options.isEnabled(STitleSubject.id) ? STitleSubject.gap(joined[...], words) : nil
        let clause = subject == nil && options.isEnabled(STitleClause.id) ? STitleClause.gap(joined[...], words) : nil
        guard let k = subject ?? clause, k != j - b.contentStart else { return }
        out.delete(b, j..<(j + 1), STitleSep.id, note: "a title's wrap, where its printed gap was lost")
        out.insert(b, at: b.contentStart + k + (b.contentStart + k > j ? 1 : 0), [0x20], subject != nil ? STitleSubject.id : STitleClause.id)
    }

    /// In extracted text the spaces of a closing byline (`（杨恒战罗菲）`) or a dateline's credit
    /// (`（记者焦耀通讯员王凯杰）`) are often lost too: they are put back where roles, names and a
    /// closing `文/图` show them (``BylineGaps``), read in the brackets' text without its spaces.
    ///
    /// `splitNames`: in Markdown from an extractor, which joins a block's printed lines with a
    /// space, a space that leaves one Han character alone between spaces or a bracket (`通 讯员`,
    /// `陶建 彬）`), or stands before the first gap (`新乡日报全 媒体记者`), where the gaps put none
    /// is a line's end inside a word or name: it goes.
    private func restoreBylineGaps(_ b: BlockText, splitNames: Bool, _ out: inout EditCollector) {
        var open = b.contentStart
        switch b.role {
        case .byline: break
        case .dateline(let d) where d.hasCredit:
            open = d.tokenLength
            while open < b.count && CharacterClass.isSpace(b[open]) { open += 1 }
        default: return
        }
        guard open < b.count, b[open] == 0xFF08 || b[open] == 0x28,
              let close = (open + 1..<b.count).first(where: { b[$0] == 0xFF09 || b[$0] == 0x29 }) else { return }
        // Where some spaces survived (`记者 焦耀通讯员王凯杰陶建彬`), the gaps are found in the text
        // without them and only the missing ones are put back.
        var compact: [UInt32] = [], at: [Int] = []
        for k in (open + 1)..<close where !CharacterClass.isSpace(b[k]) {
            compact.append(b[k])
            at.append(k)
        }
        let gaps = BylineGaps.gaps(compact)
        for g in gaps where !CharacterClass.isSpace(b[at[g] - 1]) {
            out.insert(b, at: at[g], [0x20], SByline.id)
        }
        guard splitNames, !gaps.isEmpty else { return }
        let gapAt = Set(gaps.map { at[$0] })
        func lone(_ k: Int) -> Bool {
            // A Han character at `k` with a space or bracket on both sides.
            guard k > open, k < close, CharacterClass.isHan(b[k]) else { return false }
            return (k - 1 == open || CharacterClass.isSpace(b[k - 1])) && (k + 1 == close || CharacterClass.isSpace(b[k + 1]))
        }
        // (So is any space inside the organisation before the first role word, where no gap
        // stands: `新乡日报全 媒体记者`.)
        let organisation = at[gaps[0]]
        for k in (open + 1)..<close where CharacterClass.isSpace(b[k]) && k + 1 < close && !gapAt.contains(k + 1)
            && CharacterClass.isHan(b[k - 1]) && CharacterClass.isHan(b[k + 1]) && (lone(k - 1) || lone(k + 1) || k < organisation) {
            out.delete(b, k..<(k + 1), SByline.id, note: "a printed line's end inside a credit's word or name")
        }
    }

    /// The spaces where an extractor joined a heading's wrapped lines (``HeadingWraps``), less
    /// one that S-TITLE-SUBJECT or S-TITLE-CLAUSE would put back where it stands once they are
    /// gone (`旬企业家返乡助农 守护三夏”…`): the title reads alike on a second run.
    private func titleWraps(_ b: BlockText, _ options: Options, _ words: WordBreaker?) -> Set<Int> {
        let title = Array(b.s[b.contentStart...])
        let found = HeadingWraps.spaces(title)
        guard !found.isEmpty else { return [] }
        let joined = title.enumerated().filter { !found.contains($0.offset) }.map(\.element)
        let gap = (options.isEnabled(STitleSubject.id) ? STitleSubject.gap(joined[...], words) : nil)
            ?? (options.isEnabled(STitleClause.id) ? STitleClause.gap(joined[...], words) : nil)
        // (The space at `j` stands before what is at `j` less the spaces before it, once they are gone.)
        return Set(found.enumerated().filter { gap != $0.element - $0.offset }.map { $0.element + b.contentStart })
    }

    /// In extracted text (wrapped or layout input, and Markdown an extractor wrote: pymupdf4llm's
    /// table cells join `本报讯6月7日`) the gap a paper prints after `本报讯` is often lost with the
    /// other printed spaces; it is restored for the 讯 family. (The 电 family is
    /// left as found: Xinhua closes `电（记者…）` up.)
    private func restoreDatelineGap(_ b: BlockText, _ out: inout EditCollector) {
        guard case .dateline(let d) = b.role, d.isXun, d.tokenLength < b.count,
              !CharacterClass.isSpace(b[d.tokenLength]) else { return }
        out.insert(b, at: d.tokenLength, [0x20], SDateline.id)
    }

    private func spaces(_ b: BlockText, _ options: Options, extractedMarkdown: Bool, words: WordBreaker?, _ out: inout EditCollector) {
        let web = options.style == .web
        // Spans where spaces are data: (from, to, rule).
        var dataFrom = Int.max, dataTo = Int.max
        var datelineGap = -1
        switch b.role {
        case .dateline(let d):
            datelineGap = d.tokenLength
            if d.hasCredit, let close = (d.tokenLength..<b.count).first(where: { b[$0] == 0xFF09 || b[$0] == 0x29 }) {
                dataFrom = d.tokenLength; dataTo = close
            }
        case .caption:
            // The credit after the caption's last sentence (or the whole caption when it has no
            // sentence end): its spaces are data.
            let lastEnd = (0..<b.count).last { CharacterClass.isEnd(b[$0]) } ?? -1
            if b.s.last == Self.she || lastEnd < 0 { dataFrom = lastEnd + 1; dataTo = b.count }
        default: break
        }
        let mask = b.protectedMask()
        let letterSpaced = b.role.isHeading && isLetterSpacedHeading(b)  // once per block, not per space
        let wraps = b.role.isHeading && extractedMarkdown ? titleWraps(b, options, words) : []
        for line in b.lines {
            var k = line.lowerBound
            // Leading whitespace is S-INDENT's, in the rendering stage.
            let contentStart = max(line.lowerBound, line.lowerBound == 0 ? b.contentStart : 0)
            var lead = line.lowerBound
            while lead < line.upperBound && CharacterClass.isSpace(b[lead]) { lead += 1 }
            k = max(lead, contentStart)
            let ordinalEnd = ordinal(b, k, line)
            while k < line.upperBound {
                guard CharacterClass.isSpace(b[k]) else {
                    if web { pangu(b, at: k, line, mask, &out) }
                    k += 1
                    continue
                }
                var e = k
                while e < line.upperBound && CharacterClass.isSpace(b[e]) { e += 1 }
                defer { k = e }
                guard e < line.upperBound, k > line.lowerBound else { continue }  // trailing: S-BLANK
                if mask[k] { continue }
                let run = k..<e
                let l = b[k - 1], r = b[e]
                let one: [UInt32] = [0x20]
                let isOne = e - k == 1 && b[k] == 0x20
                func setOne(_ rule: RuleID) { if !isOne { out.replace(b, run, with: one, rule) } }

                if b.role.isHeading {
                    if letterSpaced || wraps.contains(k) { out.delete(b, run, STitleSep.id) } else { setOne(STitleSep.id) }
                    continue
                }
                if k == datelineGap { setOne(SDateline.id); continue }
                if b.role.isByline || b.role == .photoCredit || (k >= dataFrom && k < dataTo) {
                    if CharacterClass.isCJKPunct(l) || CharacterClass.isCJKPunct(r) || l == 0x28 || r == 0x29 {
                        out.delete(b, run, SPunctAdj.id)
                    } else if isSingleHanToken(b, before: k) && isSingleHanToken(b, after: e)
                                || PhotoCredit.roleMeetsEnding(b.s, gap: k..<e) {
                        out.delete(b, run, SByline.id)
                    } else {
                        setOne(SByline.id)
                    }
                    continue
                }
                if k == ordinalEnd { setOne(SOrdinal.id); continue }
                guard b.role.isRunningText || b.role == .caption else { continue }
                if CharacterClass.isCJKPunct(l) || CharacterClass.isCJKPunct(r) {
                    out.delete(b, run, SPunctAdj.id)
                } else if CharacterClass.isHan(l) && CharacterClass.isHan(r) {
                    out.delete(b, run, SHanHan.id)
                } else if (isGlueSymbol(l) && CharacterClass.isHan(r) && hanBeyond(b, from: k - 2, step: -1))
                            || (CharacterClass.isHan(l) && isGlueSymbol(r) && hanBeyond(b, from: e + 1, step: 1)) {
                    // `党建 + 安全生产`: typesetting glue around a symbol joining two Han words.
                    out.delete(b, run, SHanHan.id)
                } else if CharacterClass.isDigit(l) && (r == 0x25 || r == 0x2030 || r == 0x2031) {
                    out.delete(b, run, NPercent.id)
                } else if CharacterClass.isDigit(l) && (r == 0xB0 || r == 0x2103 || r == 0x2109) {
                    out.delete(b, run, NDegree.id)
                } else if isCurrency(l) && CharacterClass.isDigit(r) {
                    out.delete(b, run, NCurrency.id)
                } else if (CharacterClass.isHan(l) && CharacterClass.isLatinOrDigit(r))
                            || (CharacterClass.isLatinOrDigit(l) && CharacterClass.isHan(r)) {
                    if web { setOne(SHanLatin.id) } else { out.delete(b, run, SHanLatin.id) }
                } else if CharacterClass.isLatinOrDigit(l) && CharacterClass.isLatinOrDigit(r) {
                    setOne(SHanLatin.id)
                }
            }
        }
    }

    /// web style: a space between Han and a Latin letter or digit that touch.
    private func pangu(_ b: BlockText, at k: Int, _ line: Range<Int>, _ mask: [Bool], _ out: inout EditCollector) {
        guard k + 1 < line.upperBound, !mask[k], !mask[k + 1], b.role.isRunningText || b.role.isHeading || b.role == .caption
        else { return }
        let l = b[k], r = b[k + 1]
        let hanLatin = CharacterClass.isHan(l) && CharacterClass.isLatinOrDigit(r)
        let latinHan = CharacterClass.isLatinOrDigit(l) && CharacterClass.isHan(r)
        guard hanLatin || latinHan else { return }
        if case .dateline(let d) = b.role, k + 1 <= d.tokenLength { return }
        out.insert(b, at: k + 1, [0x20], SHanLatin.id)
    }

    /// Whether the first non-space scalar from `k` in direction `step` is Han.
    private func hanBeyond(_ b: BlockText, from k: Int, step: Int) -> Bool {
        var j = k
        while let c = b.at(j), c == 0x20 { j += step }
        return b.at(j).map(CharacterClass.isHan) ?? false
    }

    private func isGlueSymbol(_ c: UInt32) -> Bool { c == 0x2B || c == 0x3D || c == 0x26 || c == 0x2F }

    private func isCurrency(_ c: UInt32) -> Bool { c == 0xA5 || c == 0x24 || c == 0x20AC || c == 0xA3 }

    /// The end of a `第…章` ordinal at the start of a line (where S-ORDINAL's space goes), or -1.
    private func ordinal(_ b: BlockText, _ k: Int, _ line: Range<Int>) -> Int {
        guard k < line.upperBound, b[k] == Self.di else { return -1 }
        var j = k + 1
        while j < line.upperBound && (Self.ordinalNumerals.contains(b[j]) || CharacterClass.isDigit(b[j])) { j += 1 }
        guard j > k + 1, j < line.upperBound, Self.ordinalUnits.contains(b[j]) else { return -1 }
        return j + 1 < line.upperBound && CharacterClass.isSpace(b[j + 1]) ? j + 1 : -1
    }

    private func isSingleHanToken(_ b: BlockText, before k: Int) -> Bool {
        guard k >= 1, CharacterClass.isHan(b[k - 1]) else { return false }
        return k < 2 || !CharacterClass.isHan(b[k - 2])
    }

    private func isSingleHanToken(_ b: BlockText, after e: Int) -> Bool {
        guard e < b.count, CharacterClass.isHan(b[e]) else { return false }
        return e + 1 >= b.count || !CharacterClass.isHan(b[e + 1])
    }

    /// `# 通 知`: 2–4 single Han characters separated by spaces.
    private func isLetterSpacedHeading(_ b: BlockText) -> Bool {
        guard b.count - b.contentStart <= 16 else { return false }  // 4 characters and their spaces
        let tokens = Byline.split(Array(b.s[b.contentStart...]))
        return (2...4).contains(tokens.count) && tokens.allSatisfy { $0.count == 1 && CharacterClass.isHan($0[0]) }
    }
}
