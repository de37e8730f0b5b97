/// NS-DATELINE — the dateline (电头) that opens an article's first paragraph.
///
/// Source: rules.md §5.2 (NEWS: mainland newspaper practice). `讯` marks copy from the paper's own
/// staff, `电` wire or out-of-town copy, `据…电` an edited wire story, `专电` an exclusive.
///
///     本报讯 6月8日，…                   → source=本报 form=讯
///     新华社北京6月8日电（记者张三）…     → source=新华社 place=北京 date=6月8日 form=电 credit=记者张三
///     据新华社华盛顿6月7日电 …           → via=据 source=新华社 place=华盛顿 date=6月7日 form=电
struct Dateline: Equatable {
    static let id: RuleID = "NS-DATELINE"

    var via: String?
    var source: String
    var place: String?
    var date: String?
    var form: String
    /// The reporters' credit in brackets right after the token (`记者 焦耀 通讯员 王凯杰`).
    var credit: String?
    /// Length of the dateline token in scalars (`本报讯` = 3), not counting the credit.
    var tokenLength: Int

    private static let ownSources = ["本报", "本刊", "本台", "本网"].map(Scalars.of)
    private static let knownSources = ["新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "本报"].map(Scalars.of)
    private static let xun = Scalars.of("讯")[0], dian = Scalars.of("电")[0], zhuan = Scalars.of("专")[0]
    private static let ju = Scalars.of("据")[0], yue = Scalars.of("月")[0], ri = Scalars.of("日")[0]
    private static let outletEnds = ScalarSet(Scalars.of("社网报台"))
    /// Characters that make 讯 part of a word (讯息, 讯号, 讯问) rather than a dateline.
    private static let xunWords = ScalarSet(Scalars.of("息号问"))
    private static let bracketForms = ["消息", "电", "讯"].map(Scalars.of)

    private static let quickStarts = ScalarSet(Scalars.of("本新中人央据【"))

    /// A cheap test on the first scalars: false means `match` cannot succeed.
    static func mayStart(_ s: [UInt32]) -> Bool {
        guard let f = s.first else { return false }
        if quickStarts.contains(f) { return true }
        let start = f == ju ? 1 : 0
        guard s.count > start + 2 else { return false }
        return (start + 2..<min(s.count, start + 7)).contains { outletEnds.contains(s[$0]) }
    }

    /// Recognizes a dateline at the start of `s` (the first scalars of a paragraph).
    static func match(_ s: [UInt32]) -> Dateline? {
        if let own = Scalars.firstPrefix(s, ownSources), own.count < s.count, s[own.count] == xun,
           !(own.count + 1 < s.count && xunWords.contains(s[own.count + 1])) {
            var d = Dateline(source: Scalars.string(own), form: "讯", tokenLength: 3)
            d.credit = credit(s, after: 3)
            return d
        }
        if s.first == 0x3010 { return matchBracketed(s) }  // 【
        var i = 0
        var via: String?
        if s.first == ju { via = "据"; i = 1 }
        guard let sourceLength = source(s, at: i) else { return nil }
        let sourceEnd = i + sourceLength
        // place: 0 or 2–8 Han, lazily; then an optional date; then 专?电.
        let maxPlace = Scalars.run(s, from: sourceEnd, limit: 8, CharacterClass.isHan)
        for placeLength in 0...maxPlace where placeLength != 1 {
            let dateStart = sourceEnd + placeLength
            let dateEnd = date(s, at: dateStart)
            var j = dateEnd
            var form = "电"
            if j < s.count && s[j] == zhuan { form = "专电"; j += 1 }
            guard j < s.count, s[j] == dian else { continue }
            j += 1
            // Without a date, demand a clear break after 电 so that body text such as
            // 本报记者日前从市电业局获悉 is not read as a dateline.
            if dateEnd == dateStart, j < s.count, !CharacterClass.isSpace(s[j]), s[j] != 0xFF08, s[j] != 0x28 {
                continue
            }
            var d = Dateline(
                via: via, source: Scalars.string(s[i..<sourceEnd]),
                place: placeLength > 0 ? Scalars.string(s[sourceEnd..<dateStart]) : nil,
                date: dateEnd > dateStart ? Scalars.string(s[dateStart..<dateEnd]) : nil,
                form: form, tokenLength: j)
            d.credit = credit(s, after: j)
            return d
        }
        return nil
    }

    /// The length of an outlet name at `i`: a known outlet, or 2–6 Han ending in 社/网/报/台.
    private static func source(_ s: [UInt32], at i: Int) -> Int? {
        if let known = Scalars.firstPrefix(s, knownSources, at: i) { return known.count }
        var k = 2
        while k <= 6 && i + k < s.count {
            guard CharacterClass.isHan(s[i + k - 1]) else { return nil }
            if outletEnds.contains(s[i + k]) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Skips `\d{1,2}月\d{1,2}日` or `\d{1,2}日` at `i`; returns the index after it (or `i`).
    private static func date(_ s: [UInt32], at i: Int) -> Int {
        let d1 = Scalars.run(s, from: i, limit: 3, CharacterClass.isDigit)
        guard d1 >= 1, d1 <= 2, i + d1 < s.count else { return i }
        if s[i + d1] == ri { return i + d1 + 1 }
        guard s[i + d1] == yue else { return i }
        let j = i + d1 + 1
        let d2 = Scalars.run(s, from: j, limit: 3, CharacterClass.isDigit)
        guard d2 >= 1, d2 <= 2, j + d2 < s.count, s[j + d2] == ri else { return i }
        return j + d2 + 1
    }

    /// `【新华社南京消息】` and the like.
    private static func matchBracketed(_ s: [UInt32]) -> Dateline? {
        guard let close = s.prefix(40).firstIndex(of: 0x3011), close > 2 else { return nil }
        let inner = Array(s[1..<close])
        guard let sourceLength = source(inner, at: 0) else { return nil }
        for form in bracketForms where Scalars.hasSuffix(inner, form) {
            let placeEnd = inner.count - form.count
            guard placeEnd >= sourceLength else { continue }
            let dateStart = (sourceLength..<placeEnd).first { CharacterClass.isDigit(inner[$0]) } ?? placeEnd
            var d = Dateline(
                source: Scalars.string(inner[..<sourceLength]),
                place: dateStart > sourceLength ? Scalars.string(inner[sourceLength..<dateStart]) : nil,
                date: placeEnd > dateStart ? Scalars.string(inner[dateStart..<placeEnd]) : nil,
                form: Scalars.string(form), tokenLength: close + 1)
            d.credit = credit(s, after: close + 1)
            return d
        }
        return nil
    }

    private static let creditRoles = ["记者", "通讯员", "实习生"].map(Scalars.of)

    /// `（…记者…）` right after the token (spaces allowed before it).
    private static func credit(_ s: [UInt32], after i: Int) -> String? {
        var j = i
        while j < s.count && CharacterClass.isSpace(s[j]) { j += 1 }
        guard j < s.count, s[j] == 0xFF08 || s[j] == 0x28 else { return nil }
        let limit = min(s.count, j + 122)
        guard let close = (j + 1..<limit).first(where: { s[$0] == 0xFF09 || s[$0] == 0x29 }) else { return nil }
        let inner = Array(s[(j + 1)..<close])
        guard inner.count <= 120, !inner.contains(0xFF08), !inner.contains(0x28) else { return nil }
        let hasRole = (0..<inner.count).contains { k in creditRoles.contains { Scalars.hasPrefix(inner, $0, at: k) } }
        return hasRole ? Scalars.string(inner) : nil
    }

    /// The label of rules.md §5.0: `DATELINE|via=…|source=…|place=…|date=…|form=…|credit=…`.
    var label: String {
        var parts = ["DATELINE"]
        if let via { parts.append("via=\(via)") }
        parts.append("source=\(source)")
        if let place { parts.append("place=\(place)") }
        if let date { parts.append("date=\(date)") }
        parts.append("form=\(form)")
        if let credit { parts.append("credit=\(credit)") }
        return parts.joined(separator: "|")
    }
}
