/// M-INTERPUNCT — the 间隔号 is U+00B7 `·`.
///
/// Source: GB/T 15834-2011 4.14 (foreign names, work · chapter, month·day names); clreq (U+00B7;
/// U+30FB is a Japanese code, U+2027/U+2022/U+FF0E Big5-era substitutes); rules.md §4.6. Between
/// two Han characters, or between Han and `《》“”`: `•・･‧∙⋅` (and a single `●`) → `·`. Inside
/// `《…》`, `.` or `．` between two Han characters → `·`. A bullet starting a line is kept.
///
///     卡尔•马克思       →  卡尔·马克思
///     《史记.项羽本纪》  →  《史记·项羽本纪》
struct MInterpunct {
    static let id: RuleID = "M-INTERPUNCT"
    static let summary = "Interpunct look-alikes between Han → ·"
    static let variants: ScalarSet = [0x2022, 0x30FB, 0xFF65, 0x2027, 0x2219, 0x22C5, 0x25CF]
}

/// M-INITIAL — a Latin initial in a transliterated name takes `.`.
///
/// Source: clreq (a Latin initial is followed by a Western full stop, not an interpunct);
/// rules.md §4.6. An interpunct (any variant) or `．` directly after a single capital letter → `.`.
///
///     J·K·罗琳   →  J.K.罗琳
///     乔治·W·布什 →  乔治·W.布什
struct MInitial {
    static let id: RuleID = "M-INITIAL"
    static let summary = "Interpunct after a single Latin capital → ."
}

/// M-EVENT-DATE — month·day event names.
///
/// Source: GB/T 15835-2011 4.1, 5.2.3; rules.md §4.6. Inside quotes, `“M.D”` followed by
/// 事件/事变/运动/晚会/案/纪念日/惨案… takes `·` (`“9·11”事件`). Unquoted `5.12汶川地震` is flagged
/// M-EVENT-NOQUOTE (without quotes `5.12` reads as a decimal).
///
///     “3.15”晚会  →  “3·15”晚会
struct MEventDate {
    static let id: RuleID = "M-EVENT-DATE"
    static let summary = "Dot in a quoted month·day event name → ·"
    static let events = ["事件", "事变", "运动", "晚会", "纪念日", "惨案", "案", "国际劳动节", "消费者权益日", "地震", "大地震", "特大地震"]
        .map(Scalars.of)
    static let hanNumerals = Set(Scalars.of("一二三四五六七八九十"))
}

struct InterpunctStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        collectEdits(document, &context, visit: { !$0.features.isDisjoint(with: [.interpunct, .asciiDot]) }) { b, out in
            var titleDepth = 0
            for k in b.contentStart..<b.count {
                let c = b[k]
                if c == 0x300A { titleDepth += 1; continue }
                if c == 0x300B { titleDepth = max(0, titleDepth - 1); continue }
                let isVariant = MInterpunct.variants.contains(c) || c == 0xB7
                let isDot = c == 0x2E || c == 0xFF0E
                guard isVariant || isDot else { continue }
                let prev = b.at(k - 1), next = b.at(k + 1)
                // M-INITIAL: after a single Latin capital (not part of a longer word).
                if let p = prev, (0x41...0x5A).contains(p), !(b.at(k - 2).map(CharacterClass.isLatin) ?? false),
                   isVariant || c == 0xFF0E, next != nil, next != 0x20, next != 0x0A {
                    out.replace(b, k..<(k + 1), with: 0x2E, MInitial.id)
                    continue
                }
                let hanLeft = prev.map { CharacterClass.isHan($0) || $0 == 0x300B || $0 == 0x201D } ?? false
                let hanRight = next.map { CharacterClass.isHan($0) || $0 == 0x300A || $0 == 0x201C } ?? false
                if isVariant && c != 0xB7 && hanLeft && hanRight {
                    if c == 0x25CF, prev == 0x25CF || next == 0x25CF { continue }
                    out.replace(b, k..<(k + 1), with: 0xB7, MInterpunct.id)
                } else if isDot && titleDepth > 0, let p = prev, let n = next, CharacterClass.isHan(p), CharacterClass.isHan(n) {
                    out.replace(b, k..<(k + 1), with: 0xB7, MInterpunct.id)
                } else if isDot {
                    eventDate(b, at: k, &out)
                }
            }
        }
    }

    /// `“9.11”事件` → `·`; unquoted `5.12汶川地震` → flag.
    private func eventDate(_ b: BlockText, at k: Int, _ out: inout EditCollector) {
        func number(_ r: Range<Int>) -> Int? {
            guard !r.isEmpty, r.allSatisfy({ CharacterClass.isDigit(b[$0]) }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(b[$1] - 0x30) }
        }
        var lo = k
        while lo > 0 && (CharacterClass.isDigit(b[lo - 1]) || MEventDate.hanNumerals.contains(b[lo - 1])) { lo -= 1 }
        var hi = k + 1
        while hi < b.count && (CharacterClass.isDigit(b[hi]) || MEventDate.hanNumerals.contains(b[hi])) { hi += 1 }
        guard lo < k, hi > k + 1, k - lo <= 3, hi - k - 1 <= 3 else { return }
        let arabic = number(lo..<k).map { (1...12).contains($0) } == true && number((k + 1)..<hi).map { (1...31).contains($0) } == true
        let han = (lo..<k).allSatisfy { MEventDate.hanNumerals.contains(b[$0]) } && ((k + 1)..<hi).allSatisfy { MEventDate.hanNumerals.contains(b[$0]) }
        guard arabic || han else { return }
        let open = b.at(lo - 1), close = b.at(hi)
        let quoted = (open == 0x201C || open == 0x22) && (close == 0x201D || close == 0x22)
        if quoted {
            let after = Array(b.s[(hi + 1)..<min(b.count, hi + 8)])
            if MEventDate.events.contains(where: { Scalars.hasPrefix(after, $0) }) {
                out.replace(b, k..<(k + 1), with: 0xB7, MEventDate.id)
            }
            return
        }
        guard arabic, let n = close, CharacterClass.isHan(n) else { return }
        // A Han name follows: flag when an event word ends it within a few characters.
        let after = Array(b.s[hi..<min(b.count, hi + 10)])
        if (0..<after.count).contains(where: { i in MEventDate.events.contains { Scalars.hasPrefix(after, $0, at: i) } }) {
            out.flag(b, lo..<hi, "M-EVENT-NOQUOTE", "a month·day event name needs quotes: “\(Scalars.string(b.s[lo..<hi]))”")
        }
    }
}
