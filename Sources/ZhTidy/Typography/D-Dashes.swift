/// D-DASH — the 破折号 is two U+2014.
///
/// Source: GB/T 15834-2011 4.10; clreq (two U+2014); rules.md §4.5. In Chinese context a run of
/// 2–3 of `—―─━–－ー` or ≥2 `-`, or a single `⸺`/`⸻`, becomes `——` — unless it joins two numbers
/// (D-RANGE) or is a command-line option (`--help`). A line of only ≥4 such characters is a rule
/// line: kept and flagged D-RULE-LINE.
///
///     这件商品--客观地说--送人也没人要  →  这件商品——客观地说——送人也没人要
struct DDash {
    static let id: RuleID = "D-DASH"
    static let summary = "Dash runs in Chinese text → ——"
    @inline(__always) static func isDashLike(_ c: UInt32) -> Bool {
        c == 0x2014 || c == 0x2015 || c == 0x2500 || c == 0x2501 || c == 0x2013 || c == 0xFF0D || c == 0x30FC
    }
}

/// D-CONNECTOR — a single connector between Han items is the 一字线 `—` U+2014.
///
/// Source: GB/T 15834-2011 4.13; rules.md §4.5 (legacy decoders give U+2015, U+2013, U+2500).
/// A single `―─–－` between two Han characters → `—`. An ASCII `-` between Han is a 短横线 and stays.
///
///     北京―上海  →  北京—上海
struct DConnector {
    static let id: RuleID = "D-CONNECTOR"
    static let summary = "Single connector between Han → —"
}

/// D-RANGE — numeric and time ranges.
///
/// Source: GB/T 15834-2011 4.13; GB/T 15835-2011 5.1.3; rules.md §4.5 and §7 #3–4. In
/// `N1 U1? C N2 U2` (numbers or Han numerals, a unit or time word after N2, or two times), a
/// hyphen-like connector becomes `—` and a tilde-like one `～`; spaces around it go. The writer's
/// choice between 一字线 and 浪纹线 is kept. Kept as they are (D-HYPHEN-KEEP): ISO dates, phone
/// numbers, codes with two hyphens, model numbers (`WZ-10`), minus signs (`-5～3℃`).
///
///     6-8月     →  6—8月
///     20〜30℃   →  20～30℃
struct DRange {
    static let id: RuleID = "D-RANGE"
    static let summary = "Range connector between numbers → — or ～"
    static let units: [[UInt32]] = (["千米", "公里", "公斤", "千克", "平方米", "kg", "km", "cm", "mm"]
        + "年月日号时点分秒岁天周个人名家户次元万亿米克吨亩%‰℃°倍页版层期届mgt".map { String($0) })
        .map(Scalars.of).sorted { $0.count > $1.count }
    static let hanNumerals = Set(Scalars.of("〇一二三四五六七八九十百千万两"))
    static let wan = Scalars.of("万"), yi = Scalars.of("亿"), wanYi = Scalars.of("万亿")
    @inline(__always) static func isHyphenLike(_ c: UInt32) -> Bool {
        c == 0x2D || c == 0xFF0D || c == 0x2013 || c == 0x2015 || c == 0x2014
    }
    @inline(__always) static func isTildeLike(_ c: UInt32) -> Bool { c == 0x7E || c == 0xFF5E || c == 0x301C }
}

/// N-RANGE-UNIT — `%` and magnitude words repeat on both ends of a range.
///
/// Source: GB/T 15835-2011 5.1.3 (`15～30%` and `9～16亿` are listed as wrong); rules.md §4.5 and
/// §7 #5. When N2 carries `%‰‱` or `万|亿|万亿` and N1 lacks it, it is inserted after N1. Other units
/// may stay omitted on N1.
///
///     15-30%     →  15%—30%
///     13～17万元  →  13万～17万元
struct NRangeUnit {
    static let id: RuleID = "N-RANGE-UNIT"
    static let summary = "Repeat % and 万/亿 on the first number of a range"
}

struct DashStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        // - ~ ASCII; — ― – E2 80 9x; ─ ━ E2 94; － ～ EF BC/BD; 〜 E3 80 9C; ー E3 83 BC; ⸺ E2 B8
        collectEdits(document, &context, visit: { $0.features.contains(.dashes) }) { b, out in
            let mask = b.protectedMask()
            for line in b.lines {
                let lo = max(line.lowerBound, b.contentStart)
                if isRuleLine(b, line) {
                    out.flag(b, line, "D-RULE-LINE", "a line of dashes (a rule), kept")
                    continue
                }
                var k = lo
                while k < line.upperBound {
                    let c = b[k]
                    guard DDash.isDashLike(c) || c == 0x2D || DRange.isTildeLike(c) || c == 0x2E3A || c == 0x2E3B,
                          !mask[k] else { k += 1; continue }
                    var e = k
                    if c == 0x2E3A || c == 0x2E3B { e = k + 1 } else if DRange.isTildeLike(c) { e = k + 1 } else {
                        while e < line.upperBound && (b[e] == c || (DDash.isDashLike(b[e]) && DDash.isDashLike(c))) { e += 1 }
                    }
                    defer { k = e }
                    if range(b, k..<e, line, &out) { continue }
                    let length = e - k
                    if c == 0x2E3A || c == 0x2E3B || (DDash.isDashLike(c) && (2...3).contains(length)) || (c == 0x2D && length >= 2) {
                        if c == 0x2D && b.at(e).map(CharacterClass.isLatin) == true { continue }  // --help
                        if c == 0x30FC && (isKana(b.at(k - 1)) || isKana(b.at(e))) { continue }
                        let canonical = length == 2 && b[k] == 0x2014 && b[k + 1] == 0x2014
                        guard !canonical, b.isChineseContext(k, e) || leadsSubtitle(b, k) else { continue }
                        out.replace(b, k..<e, with: [0x2014, 0x2014], DDash.id)
                    } else if length == 1 && (c == 0x2015 || c == 0x2500 || c == 0x2013 || c == 0xFF0D),
                              let p = b.at(k - 1), let n = b.at(k + 1), CharacterClass.isHan(p), CharacterClass.isHan(n) {
                        out.replace(b, k..<e, with: 0x2014, DConnector.id)
                    }
                }
            }
        }
    }

    private func isKana(_ c: UInt32?) -> Bool { c.map { (0x3040...0x30FF).contains($0) && $0 != 0x30FB && $0 != 0x30FC } ?? false }

    /// A heading whose text starts with the dash: T-SUBTITLE makes it `——`.
    private func leadsSubtitle(_ b: BlockText, _ k: Int) -> Bool { b.role.isHeading && k == b.contentStart }

    private func isRuleLine(_ b: BlockText, _ line: Range<Int>) -> Bool {
        let content = line.filter { !CharacterClass.isSpace(b[$0]) }
        return content.count >= 4 && content.allSatisfy { DDash.isDashLike(b[$0]) || b[$0] == 0x2D || b[$0] == 0x2500 }
    }

    /// D-RANGE and N-RANGE-UNIT for the connector at `c` (scalar indices); true when it is a range
    /// connector (handled or deliberately kept).
    private func range(_ b: BlockText, _ c: Range<Int>, _ line: Range<Int>, _ out: inout EditCollector) -> Bool {
        let connector = Array(b.s[c])
        let hyphen = connector.allSatisfy(DRange.isHyphenLike) && connector.count <= 2
            && (connector.count == 1 || connector.allSatisfy { $0 == 0x2014 })
        let tilde = connector.count == 1 && DRange.isTildeLike(connector[0])
        guard hyphen || tilde else { return false }
        // N1 (and its unit) to the left, skipping spaces.
        var l = c.lowerBound
        while l > line.lowerBound && b[l - 1] == 0x20 { l -= 1 }
        let leftEnd = l
        // An optional unit U1 right before the connector.
        var n1End = leftEnd
        var u1: [UInt32] = []
        for u in DRange.units where n1End - u.count >= line.lowerBound && Scalars.hasPrefix(b.s, u, at: n1End - u.count) {
            if n1End - u.count > line.lowerBound, isNumberEnd(b, n1End - u.count) { u1 = u; n1End -= u.count }
            break
        }
        guard n1End > line.lowerBound, isNumberEnd(b, n1End) else { return false }
        let n1Start = numberStart(b, n1End, line)
        // N2 to the right.
        var r = c.upperBound
        while r < line.upperBound && b[r] == 0x20 { r += 1 }
        let rightStart = r
        let n2End = numberEnd(b, rightStart, line)
        guard n2End > rightStart else { return false }
        let bothTimes = isTime(b, n1Start..<n1End) && isTime(b, rightStart..<n2End)
        let u2 = DRange.units.first { Scalars.hasPrefix(b.s, $0, at: n2End) }
        guard u2 != nil || bothTimes else { return false }
        // D-HYPHEN-KEEP: minus sign, ISO dates and phone-like codes.
        if connector == [0x2D] {
            if n1Start - 1 >= line.lowerBound, b[n1Start - 1] == 0x2D { return true }  // 3-2-11
            if n2End < line.upperBound, b[n2End] == 0x2D { return true }
            let year = n1End - n1Start == 4 && (n1Start..<n1End).allSatisfy { CharacterClass.isDigit(b[$0]) }
            if year && u1.isEmpty && u2 == nil { return true }  // 2024-06: an ISO date
        }
        let target: UInt32 = tilde ? 0xFF5E : 0x2014
        let spaced = leftEnd != c.lowerBound || rightStart != c.upperBound
        if connector != [target] || spaced {
            out.replace(b, leftEnd..<rightStart, with: target, DRange.id)
        }
        // N-RANGE-UNIT: repeat % ‰ ‱ or 万/亿/万亿 on N1 — not in a chain (`3～5～30%`), where N1
        // ends another range and the unit would walk one number left on every run.
        let chained = n1Start > line.lowerBound && (DRange.isTildeLike(b[n1Start - 1]) || DRange.isHyphenLike(b[n1Start - 1]))
        if u1.isEmpty, !chained, let u = u2 {
            let magnitude: [UInt32]?
            if u == [0x25] || u == [0x2030] || u == [0x2031] { magnitude = u }
            else if Scalars.hasPrefix(b.s, DRange.wanYi, at: n2End) { magnitude = DRange.wanYi }
            else if u == DRange.wan || u == DRange.yi { magnitude = u }
            else { magnitude = nil }
            if let m = magnitude, CharacterClass.isDigit(b[n1End - 1]) {
                out.insert(b, at: n1End, m, NRangeUnit.id)
            }
        }
        return true
    }

    private func isNumberChar(_ c: UInt32) -> Bool { CharacterClass.isDigit(c) || DRange.hanNumerals.contains(c) }

    private func isNumberEnd(_ b: BlockText, _ end: Int) -> Bool { end > 0 && isNumberChar(b[end - 1]) }

    /// Start of the number ending at `end`: Arabic digits (with `.` or `:` between digits), or Han
    /// numerals — never a mixture, so `17万` is the number 17 and the magnitude 万.
    private func numberStart(_ b: BlockText, _ end: Int, _ line: Range<Int>) -> Int {
        let arabic = CharacterClass.isDigit(b[end - 1])
        var s = end
        while s > line.lowerBound {
            let c = b[s - 1]
            if arabic ? CharacterClass.isDigit(c) : DRange.hanNumerals.contains(c) { s -= 1; continue }
            if arabic, c == 0x2E || c == 0x3A, s - 2 >= line.lowerBound, CharacterClass.isDigit(b[s - 2]) { s -= 1; continue }
            break
        }
        return s
    }

    private func numberEnd(_ b: BlockText, _ start: Int, _ line: Range<Int>) -> Int {
        guard start < line.upperBound else { return start }
        let arabic = CharacterClass.isDigit(b[start])
        var e = start
        while e < line.upperBound {
            let c = b[e]
            if arabic ? CharacterClass.isDigit(c) : DRange.hanNumerals.contains(c) { e += 1; continue }
            if arabic, c == 0x2E || c == 0x3A, e + 1 < line.upperBound, CharacterClass.isDigit(b[e + 1]) { e += 1; continue }
            break
        }
        return e
    }

    private func isTime(_ b: BlockText, _ r: Range<Int>) -> Bool {
        r.contains { b[$0] == 0x3A } && r.allSatisfy { CharacterClass.isDigit(b[$0]) || b[$0] == 0x3A }
    }
}
