/// O-QUOTE-END — no second stop after a quotation or bracket that already ends with one.
///
/// Source: GB/T 15834-2011 B.2.1, B.2.2; rules.md §4.10. `[。？！]”。` and `[。？！]）。` drop the
/// final `。` (also after `’」』`). A quoted fragment takes the mark outside: `坚持“三个结合”。`.
///
///     他说：“我们走吧。”。  →  他说：“我们走吧。”
struct OQuoteEnd {
    static let id: RuleID = "O-QUOTE-END"
    static let summary = "Drop 。 after a quotation or bracket that ends with its own stop"
}

/// O-DUP — duplicated marks.
///
/// Source: GB/T 15834-2011 4.2, 4.3 (doubling or tripling `！？` for emphasis); SCG; rules.md
/// §4.10 and §7 #12. `，，`→`，`, `、、`, `；；`, `：：`, `。。` (exactly two) collapse; `！`/`？` may
/// repeat up to three times, runs of four or more are cut to three.
///
///     增收,,同比  →  增收，同比
struct ODup {
    static let id: RuleID = "O-DUP"
    static let summary = "Collapse doubled pause marks; cut ！/？ runs to three"
}

/// O-MIXED-PAUSE — two different pause marks in a row keep the strongest.
///
/// Source: GB/T 15834-2011 B.1.6; rules.md §4.10 and §7 #13. Ranked `。=？=！ > ： > ； > ， > 、`;
/// `？！` is kept, `！？` kept and flagged O-EXCL-QUES-ORDER.
///
///     发展，。  →  发展。
struct OMixedPause {
    static let id: RuleID = "O-MIXED-PAUSE"
    static let summary = "Of adjacent different pause marks keep the strongest"
}

/// T-TITLE-PUNCT — no point at the end of a heading.
///
/// Source: GB/T 15834-2011 B.4; rules.md §4.12. Trailing `。，、；：` are stripped; `？！……”》）`
/// stay.
///
///     # 红旗区召开座谈会。  →  # 红旗区召开座谈会
struct TTitlePunct {
    static let id: RuleID = "T-TITLE-PUNCT"
    static let summary = "Strip 。，、；： from the end of headings"

    /// What it strips from a heading's end (the typography rounds run after P-* made them fullwidth).
    static let stripped: ScalarSet = [0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A]

    /// The same as found before P-* make them fullwidth: their ASCII forms and `．` too. Rules that
    /// read a heading before T-TITLE-PUNCT has run set these aside, to read alike after it.
    static let strippedAnyWidth = stripped.union([0x2E, 0x2C, 0x3B, 0x3A, 0xFF0E])
}

/// T-SUBTITLE — a subtitle is led by `——` with no space after it.
///
/// Source: GB/T 15834-2011 B.4; rules.md §4.12. A heading starting with 1–3 dash-like characters
/// becomes `——` + text.
///
///     ## --访大赛归来的运动员  →  ## ——访大赛归来的运动员
struct TSubtitle {
    static let id: RuleID = "T-SUBTITLE"
    static let summary = "Subtitle headings start with —— and no space"
}

/// PAIR-BYLINE — a standalone credit line gets its missing bracket.
///
/// Source: rules.md §4.11. A line that matches a closing-byline pattern (§5.3) with only one of
/// `（` `）` gets the other.
///
///     (红旗宣  →  （红旗宣）
struct PairByline {
    static let id: RuleID = "PAIR-BYLINE"
    static let summary = "Add the missing bracket of a standalone byline"
}

struct SequenceStage: Stage {

    static func rank(_ c: UInt32) -> Int {
        switch c {
        case 0x3002, 0xFF1F, 0xFF01: return 4
        case 0xFF1A: return 3
        case 0xFF1B: return 2
        case 0xFF0C: return 1
        case 0x3001: return 0
        default: return -1
        }
    }

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        collectEdits(document, &context, visit: { b in
            b.role.isHeading || b.features.contains(.pauseRun) || { if case .byline(let bracketed) = b.role { return !bracketed } else { return false } }()
        }) { b, out in
            if case .byline(let bracketed) = b.role, !bracketed { pairByline(b, &out) }
            if b.role.isHeading { title(b, &out) }
            var k = b.contentStart
            while k < b.count {
                let c = b[k]
                // O-QUOTE-END: [。？！] then ” ’ 」 』 ） then 。
                if CharacterClass.isEnd(c), k + 2 < b.count, b[k + 2] == 0x3002,
                   [0x201D, 0x2019, 0x300D, 0x300F, 0xFF09].contains(b[k + 1]) {
                    out.delete(b, (k + 2)..<(k + 3), OQuoteEnd.id)
                    k += 3
                    continue
                }
                guard SequenceStage.rank(c) >= 0 else { k += 1; continue }
                var e = k
                while e < b.count && SequenceStage.rank(b[e]) >= 0 { e += 1 }
                defer { k = e }
                guard e - k >= 2 else { continue }
                let run = Array(b.s[k..<e])
                let distinct = Set(run)
                if distinct.count == 1 {
                    if c == 0xFF01 || c == 0xFF1F {
                        out.flag(b, k..<e, ORepeat.id, "a repeated \(Scalars.string([c])) (strict style)")
                    }
                    switch c {
                    case 0xFF01, 0xFF1F:
                        if run.count >= 4 { out.delete(b, (k + 3)..<e, ODup.id) }
                    case 0x3002:
                        if run.count == 2 { out.delete(b, (k + 1)..<e, ODup.id) }  // 3+ are an ellipsis
                    default:
                        out.delete(b, (k + 1)..<e, ODup.id)
                    }
                } else if distinct == [0xFF1F, 0xFF01] {
                    if run == [0xFF01, 0xFF1F] {
                        out.flag(b, k..<e, "O-EXCL-QUES-ORDER", "GB/T 15834 puts ？ before ！")
                    }
                } else {
                    let hasQ = distinct.contains(0xFF1F), hasE = distinct.contains(0xFF01)
                    let keep: [UInt32]
                    if hasQ && hasE { keep = [0xFF1F, 0xFF01] } else {
                        keep = [run.max { SequenceStage.rank($0) < SequenceStage.rank($1) }!]
                    }
                    out.replace(b, k..<e, with: keep, OMixedPause.id)
                }
            }
        }
    }

    private func title(_ b: BlockText, _ out: inout EditCollector) {
        var e = b.count
        while e > b.contentStart && (TTitlePunct.stripped.contains(b[e - 1]) || b[e - 1] == 0x20) { e -= 1 }
        if e < b.count && e > b.contentStart { out.delete(b, e..<b.count, TTitlePunct.id) }
        // T-SUBTITLE: 1–3 dash-like characters then optional spaces.
        var d = b.contentStart
        while d < b.count && d - b.contentStart < 3 && (DDash.isDashLike(b[d]) || b[d] == 0x2D) { d += 1 }
        guard d > b.contentStart else { return }
        var t = d
        while t < b.count && CharacterClass.isSpace(b[t]) { t += 1 }
        guard t < b.count, CharacterClass.isHan(b[t]) else { return }
        let current = Array(b.s[b.contentStart..<t])
        if current != [0x2014, 0x2014] {
            out.replace(b, b.contentStart..<t, with: [0x2014, 0x2014], TSubtitle.id)
        }
    }

    private func pairByline(_ b: BlockText, _ out: inout EditCollector) {
        let opens = b[0] == 0xFF08 || b[0] == 0x28
        let closes = b[b.count - 1] == 0xFF09 || b[b.count - 1] == 0x29
        if opens && !closes { out.insert(b, at: b.count, [0xFF09], PairByline.id) }
        if closes && !opens { out.insert(b, at: 0, [0xFF08], PairByline.id) }
    }
}
