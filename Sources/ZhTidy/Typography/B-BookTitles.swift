/// B-ANGLE — ASCII and look-alike angle quotes → 书名号 `《》`.
///
/// Source: GB/T 15834-2011 4.15; rules.md §4.7. `<<…>>`, `＜＜…＞＞`, `〈〈…〉〉`, `«…»` around
/// content with Han → `《…》`. Single `<` `>` are left (mathematics).
///
///     阅读<<论语>>  →  阅读《论语》
struct BAngle {
    static let id: RuleID = "B-ANGLE"
    static let summary = "<<…>> and « » around Han → 《》"
}

/// B-NEST — a title inside a title uses `〈〉`.
///
/// Source: GB/T 15834-2011 4.15; rules.md §4.7. Inside `《…》` an inner `《…》` → `〈…〉`;
/// U+2329/232A and U+27E8/27E9 → U+3008/3009. A standalone `〈…〉` is kept (flagged
/// B-SINGLE-ANGLE-OUTER in zh-Hans; in zh-Hant it is the normal form for article titles).
///
///     《中国《论语》研究》  →  《中国〈论语〉研究》
struct BNest {
    static let id: RuleID = "B-NEST"
    static let summary = "Nested 《》 → 〈〉"
}

/// B-DUN — no 顿号 between juxtaposed quoted or titled items (zh-Hans).
///
/// Source: GB/T 15834-2011 4.5.3.5; rules.md §4.7 and §7 #14. `”、“` → `””“`, `》、《` → `》《`;
/// kept when anything else stands between the items, and in zh-Hant.
///
///     开展“邻里坊”、“板凳会”等活动  →  开展“邻里坊”“板凳会”等活动
struct BDun {
    static let id: RuleID = "B-DUN"
    static let summary = "Delete 、 between ”“ and 》《 (zh-Hans)"
}

struct BookTitleStage: Stage {

    /// B-ANGLE's look-alikes of `《》`: `<<>>`, `＜＜＞＞`, `〈〈〉〉`, `«»`.
    private static let anglePairs: [([UInt32], [UInt32])] = [([0x3C, 0x3C], [0x3E, 0x3E]), ([0xFF1C, 0xFF1C], [0xFF1E, 0xFF1E]),
                                                             ([0x3008, 0x3008], [0x3009, 0x3009]), ([0xAB], [0xBB])]

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let hant = context.options.locale == .hant
        return collectEdits(document, &context, visit: { !$0.features.isDisjoint(with: [.angles, .dun]) }) { b, out in
            var s = b.s
            // B-ANGLE: doubled angles and guillemets.
            var k = b.contentStart
            while k < s.count {
                guard let (open, close) = Self.anglePairs.first(where: { Scalars.hasPrefix(s, $0.0, at: k) }) else { k += 1; continue }
                var j = k + open.count
                var hasHan = false
                while j < s.count && s[j] != 0x0A && !Scalars.hasPrefix(s, close, at: j) {
                    if CharacterClass.isHan(s[j]) { hasHan = true }
                    j += 1
                }
                guard j < s.count, Scalars.hasPrefix(s, close, at: j), hasHan, j - k <= 60 else { k += 1; continue }
                out.replace(b, k..<(k + open.count), with: 0x300A, BAngle.id)
                out.replace(b, j..<(j + close.count), with: 0x300B, BAngle.id)
                for x in k..<(k + open.count) { s[x] = 0 }
                s[k] = 0x300A
                for x in j..<(j + close.count) { s[x] = 0 }
                s[j] = 0x300B
                k = j + close.count
            }
            // B-NEST: depth over 《》; an inner pair becomes 〈〉. Math angle brackets → 〈〉.
            var depth = 0
            var inner: [Int] = []
            for k in b.contentStart..<s.count {
                switch s[k] {
                case 0x2329, 0x27E8: out.replace(b, k..<(k + 1), with: 0x3008, BNest.id)
                case 0x232A, 0x27E9: out.replace(b, k..<(k + 1), with: 0x3009, BNest.id)
                case 0x300A:
                    if depth >= 1 { out.replace(b, k..<(k + 1), with: 0x3008, BNest.id); inner.append(k) }
                    depth += 1
                case 0x300B:
                    depth = max(0, depth - 1)
                    if depth >= 1, inner.popLast() != nil { out.replace(b, k..<(k + 1), with: 0x3009, BNest.id) }
                case 0x0A: depth = 0; inner.removeAll()
                default: break
                }
            }
            // B-SINGLE-ANGLE-OUTER: a 〈…〉 standing alone in zh-Hans text.
            if !hant {
                depth = 0
                for k in b.contentStart..<s.count {
                    if s[k] == 0x300A { depth += 1 } else if s[k] == 0x300B { depth = max(0, depth - 1) }
                    else if s[k] == 0x3008 && depth == 0 && b[k] == 0x3008 {
                        out.flag(b, k..<(k + 1), "B-SINGLE-ANGLE-OUTER", "〈〉 outside 《》: GB/T 15834 uses it only nested")
                    }
                }
            }
            // B-DUN: ”、“ and 》、《.
            guard !hant else { return }
            for k in max(1, b.contentStart)..<max(1, s.count - 1) where s[k] == 0x3001 {
                let l = s[k - 1], r = s[k + 1]
                if (l == 0x201D && r == 0x201C) || (l == 0x300B && r == 0x300A) {
                    out.delete(b, k..<(k + 1), BDun.id)
                }
            }
        }
    }
}
