/// PAIR-CHECK — unpaired brackets and title marks (FLAG).
///
/// Source: rules.md §4.11. Per paragraph, `（）［］〔〕【】《》〈〉` are counted; an unmatched mark is
/// flagged PAIR-PAREN or PAIR-TITLE at its offset. Marks are never inserted (where the lost one
/// stood is unknown). Quotation marks are checked by the pairing of Q-DOUBLE-STRAIGHT (PAIR-QUOTE).
///
///     全区各级党委（党组要切实扛起  →  unchanged, PAIR-PAREN
enum PairCheck {
    static let id: RuleID = "PAIR-CHECK"
    static let summary = "Flag unpaired brackets, title marks and quotes"
    /// The opening mark a closing one pairs with (a switch: this is asked of every scalar).
    @inline(__always) private static func opening(of c: UInt32) -> UInt32? {
        switch c {
        case 0xFF09: return 0xFF08
        case 0xFF3D: return 0xFF3B
        case 0x3015: return 0x3014
        case 0x3011: return 0x3010
        case 0x300B: return 0x300A
        case 0x3009: return 0x3008
        default: return nil
        }
    }

    @inline(__always) private static func isOpening(_ c: UInt32) -> Bool {
        switch c {
        case 0xFF08, 0xFF3B, 0x3014, 0x3010, 0x300A, 0x3008: return true
        default: return false
        }
    }

    static func check(_ b: BlockText, _ out: inout EditCollector) {
        var stack: [Int] = []
        for k in b.contentStart..<b.count {
            let c = b[k]
            if isOpening(c) {
                stack.append(k)
            } else if let open = opening(of: c) {
                if let i = stack.lastIndex(where: { b[$0] == open }) {
                    stack.removeSubrange(i...)
                } else {
                    out.flag(b, k..<(k + 1), code(c), "closing \(Scalars.string([c])) without an opening one")
                }
            }
        }
        for k in stack {
            out.flag(b, k..<(k + 1), code(b[k]), "\(Scalars.string([b[k]])) is never closed")
        }
    }

    private static func code(_ c: UInt32) -> RuleID {
        c == 0x300A || c == 0x300B || c == 0x3008 || c == 0x3009 ? "PAIR-TITLE" : "PAIR-PAREN"
    }
}

/// N-LINT — numeral-form lints (FLAG).
///
/// Source: GB/T 15834-2011 4.5.3.4; GB/T 15835-2011 5.2.1, 5.3; rules.md §4.8. N-APPROX-DUN:
/// adjacent Han numerals as an approximation take no 顿号 (`三、四个月` → `三四个月`), flagged only
/// before a classifier (`二、三产业` is right). N-MIXED-NUMERAL: Arabic digits with 十/百/千
/// (`4千人`).
enum NLint {
    static let id: RuleID = "N-LINT"
    static let summary = "Flag 三、四个 approximations and 4千 mixed numerals"
    private static let numerals = Set(Scalars.of("一二三四五六七八九十"))
    private static let classifiers = Set(Scalars.of("个名天年月次岁人万千百十"))
    /// 十 百 千 (a switch: this is asked of every scalar).
    @inline(__always) private static func isSmallUnit(_ c: UInt32) -> Bool { c == 0x5341 || c == 0x767E || c == 0x5343 }

    static func check(_ b: BlockText, _ out: inout EditCollector) {
        for k in 1..<max(1, b.count - 2) where b[k] == 0x3001 {
            if numerals.contains(b[k - 1]), numerals.contains(b[k + 1]), classifiers.contains(b[k + 2]),
               !(k >= 2 && numerals.contains(b[k - 2])) {
                out.flag(b, (k - 1)..<(k + 2), "N-APPROX-DUN", "an approximate number takes no 顿号")
            }
        }
        for k in 1..<max(1, b.count) where isSmallUnit(b[k]) && CharacterClass.isDigit(b[k - 1]) {
            out.flag(b, (k - 1)..<(k + 1), "N-MIXED-NUMERAL", "Arabic digits with 十/百/千")
        }
    }
}

/// N-DATE — date shapes (FLAG).
///
/// Source: GB/T 15835-2011 5.1.4; rules.md §4.8. `2008-8` (a partial ISO date) is flagged
/// N-DATE-PARTIAL-ISO, `90年` (a shortened year; `90年代` is a decade) N-YEAR-2DIGIT, `2024.6.8`
/// N-DATE-DOTTED.
enum NDate {
    static let id: RuleID = "N-DATE"
    static let summary = "Flag partial ISO dates, two-digit years and dotted dates"
    private static let nian = Scalars.of("年")[0]
    private static let notYear = Set(Scalars.of("代来多间前后内里级"))
    /// `近90年`, `约20年`: a span of years, not a year.
    private static let approximators = Set(Scalars.of("近约达超逾"))

    static func check(_ b: BlockText, _ out: inout EditCollector) {
        var k = 0
        while k < b.count {
            guard CharacterClass.isDigit(b[k]), k == 0 || !(CharacterClass.isDigit(b[k - 1]) || b[k - 1] == 0x2E || b[k - 1] == 0x2D)
            else { k += 1; continue }
            let d = Scalars.run(b.s, from: k, CharacterClass.isDigit)
            let e = k + d
            if d == 4, e + 1 < b.count, b[e] == 0x2E || b[e] == 0x2D {
                let sep = b[e]
                let m = Scalars.run(b.s, from: e + 1, limit: 3, CharacterClass.isDigit)
                let afterMonth = e + 1 + m
                if (1...2).contains(m) {
                    let hasDay = afterMonth + 1 < b.count && b[afterMonth] == sep && CharacterClass.isDigit(b[afterMonth + 1])
                    if sep == 0x2E && hasDay {
                        let dd = Scalars.run(b.s, from: afterMonth + 1, limit: 3, CharacterClass.isDigit)
                        out.flag(b, k..<(afterMonth + 1 + dd), "N-DATE-DOTTED", "a dotted date: write 2024年6月8日 or 2024-06-08")
                    } else if sep == 0x2D && !hasDay && !(b.at(afterMonth).map(CharacterClass.isHan) ?? false) {
                        out.flag(b, k..<afterMonth, "N-DATE-PARTIAL-ISO", "an incomplete date may not use the hyphen form")
                    }
                }
            } else if d == 2, b.at(e) == nian, !(b.at(e + 1).map { notYear.contains($0) } ?? false),
                      !(k > 0 && approximators.contains(b[k - 1])) {
                out.flag(b, k..<(e + 1), "N-YEAR-2DIGIT", "a year is written with four digits")
            }
            k = e
        }
    }
}

/// E-ELLIPSIS-PUNCT — marks next to an ellipsis (FLAG).
///
/// Source: GB/T 15834-2011 B.2.4 and Appendix A; rules.md §4.4. `……等` (E-ETC), `……。`
/// (E-POINT-AFTER), `，……` (E-POINT-BEFORE) are flagged, never changed.
enum EEllipsisPunct {
    static let id: RuleID = "E-ELLIPSIS-PUNCT"
    static let summary = "Flag 等, 。 or ， next to an ellipsis"
    private static let deng = Scalars.of("等")[0]

    static func check(_ b: BlockText, _ out: inout EditCollector) {
        var k = 0
        while k + 1 < b.count {
            guard b[k] == 0x2026, b[k + 1] == 0x2026 else { k += 1; continue }
            var e = k
            while e < b.count && b[e] == 0x2026 { e += 1 }
            if let n = b.at(e) {
                if n == deng { out.flag(b, k..<(e + 1), "E-ETC", "……等: an ellipsis and 等 say the same") }
                if n == 0x3002 { out.flag(b, k..<(e + 1), "E-POINT-AFTER", "a full stop after an ellipsis") }
            }
            if let p = b.at(k - 1), p == 0xFF0C || p == 0x3001 || p == 0xFF1B {
                out.flag(b, (k - 1)..<e, "E-POINT-BEFORE", "a pause mark before an ellipsis")
            }
            k = e
        }
    }
}
