/// U-RADICAL — radical code points → unified ideographs (`⼈⺠⽇报` → `人民日报`).
///
/// Source: UCD `EquivalentUnifiedIdeograph.txt`; rules.md §4.1. PDF text layers map glyphs to
/// Kangxi Radicals or the CJK Radicals Supplement; NFKC covers only the former. A radical with no
/// equivalent (U+2E80) is flagged U-RADICAL-NOEQUIV.
struct URadical {
    static let id: RuleID = "U-RADICAL"
    static let summary = "Kangxi and supplement radicals → unified ideographs"
}

/// U-CJK-COMPAT — CJK compatibility ideographs → their canonical ideographs (NFC).
///
/// Source: Unicode NFC; rules.md §4.1. U+F92C → 郎 U+90CE; the twelve unified ideographs in the
/// block (U+FA0E …) stay.
struct UCJKCompat {
    static let id: RuleID = "U-CJK-COMPAT"
    static let summary = "CJK compatibility ideographs → canonical ideographs"
}

/// U-FW-ALNUM — fullwidth digits and Latin letters → ASCII (`２０２４年` → `2024年`).
///
/// Source: SCG; clreq; GB/T 15835-2011 5.1.7.1; rules.md §4.1. `．` becomes `.` only between
/// digits or after a Latin letter; after Han the P and M rules decide.
struct UFWAlnum {
    static let id: RuleID = "U-FW-ALNUM"
    static let summary = "Fullwidth digits and letters → ASCII"
}

/// U-FW-SYMBOL — fullwidth symbols → ASCII (`增长１５％` → `增长15%`, `￥` → `¥`).
///
/// Source: GB/T 15834-2011 5.1.9 (分隔号 half an em); SCG; rules.md §4.1. `／` → `/` in zh-Hans
/// only; zh-Hant keeps it.
struct UFWSymbol {
    static let id: RuleID = "U-FW-SYMBOL"
    static let summary = "Fullwidth % # & @ + = $ * | _ ￥ ／ → ASCII"
}

/// U-VERT-FORM — vertical presentation forms → horizontal CJK marks (`︵记者︶` → `（记者）`).
///
/// Source: clreq (vertical code points are layout's business); GB/T 15834-2011 5.2.3.
struct UVertForm {
    static let id: RuleID = "U-VERT-FORM"
    static let summary = "Vertical presentation forms → horizontal marks"
}

/// U-SMALL-FORM — Big5 small form variants → fullwidth (`你好﹐世界﹗` → `你好，世界！`).
///
/// Source: rules.md §4.1 and §6 (frequent in Big5-era text).
struct USmallForm {
    static let id: RuleID = "U-SMALL-FORM"
    static let summary = "Small form variants → fullwidth marks"
}

/// U-HALFWIDTH-CJK — halfwidth CJK punctuation → fullwidth (`你好｡` → `你好。`).
///
/// Source: rules.md §4.1; halfwidth katakana → NFKC.
struct UHalfwidthCJK {
    static let id: RuleID = "U-HALFWIDTH-CJK"
    static let summary = "Halfwidth CJK punctuation → fullwidth"
}

/// U-NFKC-DENY — never blanket NFKC: it would make `，（）` ASCII, `…` three dots, `℃` `°C`.
///
/// Source: rules.md §4.1. A constraint on every U-rule, not a rewrite: the character table
/// applies only the mappings listed there.
struct UNFKCDeny {
    static let id: RuleID = "U-NFKC-DENY"
    static let summary = "Constraint: no blanket NFKC (fullwidth punctuation, ……, ℃, ① survive)"
}

import ICUShim

/// The code-point rules of rules.md §4.1, as one table built once with ICU and applied by a byte
/// loop. U-NFKC-DENY constrains them all: only the mappings listed here happen, never blanket
/// NFKC (which would turn `，（）` ASCII, `…` into `...`, `℃` into `°C`, `①` into `1`).
///
/// - U-RADICAL: Kangxi radicals (ICU's NFKC) and CJK Radicals Supplement (UCD
///   `EquivalentUnifiedIdeograph.txt`, a generated table: NFKC misses them): `⼈⺠⽇报` → `人民日报`.
/// - U-CJK-COMPAT: compatibility ideographs → canonical (ICU's NFC): U+F92C → 郎 U+90CE.
/// - U-FW-ALNUM: fullwidth digits and letters → ASCII (ICU's NFKC): `２０２４` → `2024`.
/// - U-FW-SYMBOL: `％＃＆＠＋＝＄＊｜＿￥￠￡` → ASCII or `¥¢£`; `／` → `/` in zh-Hans only.
/// - U-VERT-FORM: vertical presentation forms → horizontal CJK marks (`︵记者︶` → `（记者）`).
/// - U-SMALL-FORM: Big5 small forms → fullwidth (`﹐` → `，`).
/// - U-HALFWIDTH-CJK: `｡｢｣､･` → `。「」、·`; halfwidth katakana → NFKC.
struct CharacterMap {
    struct Mapping {
        var rule: RuleID
        var replacement: [UInt32]
    }

    static let radical = URadical.id
    static let compat = UCJKCompat.id
    static let fwAlnum = UFWAlnum.id
    static let fwSymbol = UFWSymbol.id
    static let vertical = UVertForm.id
    static let small = USmallForm.id
    static let halfwidth = UHalfwidthCJK.id

    /// The mappings for zh-Hans and for zh-Hant (which keeps `／`).
    static let hans = CharacterMap(keepFullwidthSolidus: false)
    static let hant = CharacterMap(keepFullwidthSolidus: true)

    private(set) var table: [UInt32: Mapping] = [:]

    private init(keepFullwidthSolidus: Bool) {
        // ICU: NFKC restricted to the sets whose NFKC result is the right Chinese form.
        let nfkcSet = "[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\u2F00-\\u2FD5\\uFF66-\\uFF9F]"
        add(normalizer: 0, set: nfkcSet) { c in
            (0x2F00...0x2FD5).contains(c) ? Self.radical : (c >= 0xFF66 ? Self.halfwidth : Self.fwAlnum)
        }
        // ICU: NFC restricted to the compatibility ideographs (the twelve unified ideographs in that
        // block have no decomposition and stay).
        add(normalizer: 1, set: "[\\uF900-\\uFAFF\\U0002F800-\\U0002FA1F]") { _ in Self.compat }
        // UCD: the CJK Radicals Supplement.
        for (r, i) in equivalentUnifiedIdeographs where r < 0x2F00 {
            table[r] = Mapping(rule: Self.radical, replacement: [i])
        }
        // In simplified text a radical glyph stands for the simplified ideograph of the same shape:
        // UCD gives 戶 (U+6236) for ⼾ and 靑 (U+9751) for ⾭, mainland print has 户 and 青.
        // So do those forms where an upstream NFKC already turned the radical into them (the
        // seed's pymupdf4llm text: `农⼾` → `农戶`): simplified text prints neither.
        if !keepFullwidthSolidus {
            table[0x2F3E] = Mapping(rule: Self.radical, replacement: [0x6237])
            table[0x2FAD] = Mapping(rule: Self.radical, replacement: [0x9752])
            table[0x6236] = Mapping(rule: Self.radical, replacement: [0x6237])
            table[0x9751] = Mapping(rule: Self.radical, replacement: [0x9752])
        }
        for (from, to) in Self.symbols where !(keepFullwidthSolidus && from == 0xFF0F) {
            table[from] = Mapping(rule: Self.fwSymbol, replacement: [to])
        }
        for (from, to) in Self.verticalForms { table[from] = Mapping(rule: Self.vertical, replacement: to) }
        for (from, to) in Self.smallForms { table[from] = Mapping(rule: Self.small, replacement: [to]) }
        for (from, to) in Self.halfwidthPunctuation { table[from] = Mapping(rule: Self.halfwidth, replacement: [to]) }
        markForms()
    }

    private mutating func add(normalizer mode: Int32, set: String, rule: (UInt32) -> RuleID) {
        var status: Int32 = 0
        guard let n = zt_normalizer_open_filtered(mode, set, &status) else { return }
        defer { zt_normalizer_close(n) }
        let ranges: [ClosedRange<UInt32>] = mode == 0
            ? [0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0x2F00...0x2FD5, 0xFF66...0xFF9F]
            : [0xF900...0xFAFF, 0x2F800...0x2FA1F]
        var buffer = [UInt8](repeating: 0, count: 16)
        for range in ranges {
            for c in range {
                let n = buffer.withUnsafeMutableBufferPointer { zt_normalizer_map(n, c, $0.baseAddress, 16) }
                guard n > 0 else { continue }
                let mapped = String(decoding: buffer[0..<Int(n)], as: UTF8.self).unicodeScalars.map(\.value)
                table[c] = Mapping(rule: rule(c), replacement: mapped)
            }
        }
    }

    /// Which of U+FE10–U+FFEF (the forms blocks: fullwidth marks, most of which are the right
    /// Chinese forms already) have a mapping, one bit each: the table is asked only about those.
    private var formsMapped: [UInt64] = []

    private mutating func markForms() {
        formsMapped = [UInt64](repeating: 0, count: (0xFFF0 - 0xFE10 + 63) / 64)
        for c in table.keys where c >= 0xFE10 && c < 0xFFF0 {
            formsMapped[Int(c - 0xFE10) >> 6] |= 1 << UInt64((c - 0xFE10) & 63)
        }
    }

    func mapping(_ c: UInt32) -> Mapping? {
        if c >= 0xFE10 && c < 0xFFF0 && formsMapped[Int(c - 0xFE10) >> 6] & (1 << UInt64((c - 0xFE10) & 63)) == 0 {
            return nil
        }
        return table[c]
    }

    /// Whether the bytes at `i` are one of the Han characters in U+3000–U+EFFF that a rule may
    /// map: 零 (E9 9B B6, U-LING), 戶 (E6 88 B6) and 靑 (E9 9D 91) (U-RADICAL in simplified text).
    @inline(__always)
    static func isMappedHan(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard p[i] == 0xE9 || p[i] == 0xE6, i + 2 < p.count else { return false }
        switch UInt32(p[i]) << 16 | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) {
        case 0xE99BB6, 0xE688B6, 0xE99D91: return true
        default: return false
        }
    }

    /// Whether a scalar may have a mapping (a quick range test before the table lookup).
    @inline(__always)
    static func mayMap(_ c: UInt32) -> Bool {
        (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFFEF)
            || (c >= 0x2F800 && c <= 0x2FA1F) || c == 0x6236 || c == 0x9751
    }

    static let symbols: [(UInt32, UInt32)] = [
        (0xFF05, 0x25), (0xFF03, 0x23), (0xFF06, 0x26), (0xFF20, 0x40), (0xFF0B, 0x2B), (0xFF1D, 0x3D),
        (0xFF04, 0x24), (0xFF0A, 0x2A), (0xFF5C, 0x7C), (0xFF3F, 0x5F), (0xFFE5, 0xA5), (0xFFE0, 0xA2),
        (0xFFE1, 0xA3), (0xFF0F, 0x2F),
    ]

    static let verticalForms: [(UInt32, [UInt32])] = [
        (0xFE35, [0xFF08]), (0xFE36, [0xFF09]), (0xFE37, [0xFF5B]), (0xFE38, [0xFF5D]),
        (0xFE39, [0x3014]), (0xFE3A, [0x3015]), (0xFE3B, [0x3010]), (0xFE3C, [0x3011]),
        (0xFE3D, [0x300A]), (0xFE3E, [0x300B]), (0xFE3F, [0x3008]), (0xFE40, [0x3009]),
        (0xFE41, [0x300C]), (0xFE42, [0x300D]), (0xFE43, [0x300E]), (0xFE44, [0x300F]),
        (0xFE17, [0x3016]), (0xFE18, [0x3017]), (0xFE47, [0xFF3B]), (0xFE48, [0xFF3D]),
        (0xFE10, [0xFF0C]), (0xFE11, [0x3001]), (0xFE12, [0x3002]), (0xFE13, [0xFF1A]),
        (0xFE14, [0xFF1B]), (0xFE15, [0xFF01]), (0xFE16, [0xFF1F]), (0xFE19, [0x2026]),
        (0xFE31, [0x2014]), (0xFE32, [0x2013]), (0xFE33, [0x5F]), (0xFE34, [0xFE4F]), (0xFE30, [0xFF1A]),
    ]

    static let smallForms: [(UInt32, UInt32)] = [
        (0xFE50, 0xFF0C), (0xFE51, 0x3001), (0xFE52, 0xFF0E), (0xFE54, 0xFF1B), (0xFE55, 0xFF1A),
        (0xFE56, 0xFF1F), (0xFE57, 0xFF01), (0xFE59, 0xFF08), (0xFE5A, 0xFF09), (0xFE5B, 0xFF5B),
        (0xFE5C, 0xFF5D), (0xFE5D, 0x3014), (0xFE5E, 0x3015), (0xFE5F, 0x23), (0xFE60, 0x26),
        (0xFE61, 0x2A), (0xFE62, 0x2B), (0xFE63, 0x2D), (0xFE64, 0x3C), (0xFE65, 0x3E), (0xFE66, 0x3D),
        (0xFE69, 0x24), (0xFE6A, 0x25), (0xFE6B, 0x40),
    ]

    static let halfwidthPunctuation: [(UInt32, UInt32)] = [
        (0xFF61, 0x3002), (0xFF62, 0x300C), (0xFF63, 0x300D), (0xFF64, 0x3001), (0xFF65, 0xB7),
    ]
}

/// U-RADICAL-NOEQUIV and U-LING are decided with context in ``CharacterStage``.
///
/// U-LING — the Han zero 〇 (GB/T 15835-2011 5.2.5: 〇 for numbering and years, 零 for
/// quantities). (a) In a run of Han numerals, `○ ◯ О O Ｏ 0 ０` bridging two of them → `〇`
/// (`二○二四年` → `二〇二四年`, `三○一室` → `三〇一室`); (b) in a four-numeral year, `零` → `〇`
/// (`二零二四年` → `二〇二四年`); (c) `零` in quantities stays (`一千零五十元`).
enum ULing {
    static let id: RuleID = "U-LING"
    static let summary = "Han zero in numbers and years → 〇"
    static let numerals = ScalarSet(Scalars.of("〇一二三四五六七八九"))
    static let zeroLookalikes: ScalarSet = [0x25CB, 0x25EF, 0x41E, 0x4F, 0xFF2F, 0x30, 0xFF10]
    static let ling = Scalars.of("零")[0], nian = Scalars.of("年")[0]

    /// The replacements (index → 〇) for the scalars `s`.
    static func zeros(_ s: [UInt32]) -> [Int] {
        var out: [Int] = []
        var k = 0
        while k < s.count {
            guard numerals.contains(s[k]) || zeroLookalikes.contains(s[k]) || s[k] == ling else { k += 1; continue }
            var e = k
            while e < s.count && (numerals.contains(s[e]) || zeroLookalikes.contains(s[e]) || s[e] == ling) { e += 1 }
            let run = k..<e
            let realNumerals = run.filter { numerals.contains(s[$0]) }.count
            // (b) a four-numeral year: 零 and look-alikes → 〇
            if run.count == 4 && e < s.count && s[e] == nian && realNumerals >= 2 {
                out.append(contentsOf: run.filter { s[$0] == ling || zeroLookalikes.contains(s[$0]) })
            } else if realNumerals >= 2 {
                // (a) look-alikes strictly between two Han numerals of the run
                let first = run.first { numerals.contains(s[$0]) }!, last = run.last { numerals.contains(s[$0]) }!
                for j in (first + 1)..<max(first + 1, last) where zeroLookalikes.contains(s[j]) { out.append(j) }
            }
            k = e
        }
        return out
    }
}

extension CharacterMap {
    /// Appends the edits of the code-point rules for `p`. Bytes below 0xE2 (ASCII, Latin, and the
    /// lead bytes of common Han) cost one comparison, except ASCII `0`/`O` after a Han numeral.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, _ map: CharacterMap, into edits: inout [LocalEdit]) {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0xE2 {
                if (b == 0x30 || b == 0x4F) && i > 0 && ULing.numerals.contains(UTF8Scan.decode(p, before: i).scalar) {
                    i = lingRun(p, at: i, map, into: &edits)
                    continue
                }
                i += b < 0x80 ? 1 : UTF8Scan.sequenceLength(b)
                continue
            }
            // U+3000–U+EFFF (lead bytes E3–EE; most Han) hold nothing to map but 零 and, in
            // simplified text, 戶 and 靑 (``isMappedHan(_:at:)``): stepped over without decoding.
            if b >= 0xE3 && b <= 0xEE && !isMappedHan(p, at: i) {
                i += 3
                continue
            }
            let (c, len) = UTF8Scan.decode(p, at: i)
            if c == 0x25CB || c == 0x25EF || c == 0x96F6 || c == 0xFF2F || c == 0xFF10 {  // ○ ◯ 零 Ｏ ０
                let end = lingRun(p, at: i, map, into: &edits)
                if end > i { i = end; continue }
            }
            if mayMap(c) {
                if c == 0xFF0E {  // ．: ASCII between digits or after a Latin letter; else P/M rules decide
                    // Neighbours across line breaks and spaces: a later join must not change
                    // the decision (`s⏎．` joined reads `s．`).
                    var b = i, a = i + len
                    while b > 0, [0x0A, 0x0D, 0x20].contains(p[b - 1]) { b -= 1 }
                    while a < n, [0x0A, 0x0D, 0x20].contains(p[a]) { a += 1 }
                    let prev = b > 0 ? fold(UTF8Scan.decode(p, before: b).scalar) : 0
                    let next = a < n ? fold(UTF8Scan.decode(p, at: a).scalar) : 0
                    if (CharacterClass.isDigit(prev) && CharacterClass.isDigit(next)) || CharacterClass.isLatin(prev) {
                        edits.append(LocalEdit(fwAlnum, range: i..<(i + len), replacement: [0x2E]))
                    }
                } else if let m = map.mapping(c) {
                    edits.append(LocalEdit(m.rule, range: i..<(i + len), replacement: UTF8Scan.encode(m.replacement)))
                } else if c <= 0x2FDF, radicalsWithoutEquivalent.contains(c) {  // (radicals only: no hashing of other marks)
                    edits.append(LocalEdit("U-RADICAL-NOEQUIV", .flag, range: i..<(i + len),
                                           note: "radical with no equivalent unified ideograph"))
                }
            }
            i += len
        }
    }

    /// Fullwidth letters and digits folded to ASCII, for context tests.
    @inline(__always)
    static func fold(_ c: UInt32) -> UInt32 {
        (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ? c - 0xFEE0 : c
    }

    /// Handles the run of Han numerals and zero look-alikes around `i` (U-LING, then the table for
    /// look-alikes U-LING leaves); returns the offset after the run, or `i` when there is no run.
    private static func lingRun(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ map: CharacterMap,
                                into edits: inout [LocalEdit]) -> Int {
        func member(_ c: UInt32) -> Bool { ULing.numerals.contains(c) || ULing.zeroLookalikes.contains(c) || c == ULing.ling }
        var start = i
        while start > 0 {
            let (c, s) = UTF8Scan.decode(p, before: start)
            guard ULing.numerals.contains(c) else { break }
            start = s
        }
        var scalars: [UInt32] = [], offsets: [Int] = []
        var j = start
        while j < p.count {
            let (c, len) = UTF8Scan.decode(p, at: j)
            guard member(c) else { break }
            scalars.append(c)
            offsets.append(j)
            j += len
        }
        let end = j
        if j < p.count { scalars.append(UTF8Scan.decode(p, at: j).scalar) }  // for 年
        let zeros = Set(ULing.zeros(scalars))
        // The whole run is settled here, whether U-LING applies or not: the caller goes on after
        // it (handing each member back would scan the run again, once per member).
        let ling = scalars.filter({ ULing.numerals.contains($0) }).count >= 2 || !zeros.isEmpty
        for k in offsets.indices where offsets[k] >= i {
            let r = offsets[k]..<(k + 1 < offsets.count ? offsets[k + 1] : end)
            if ling && zeros.contains(k) {
                edits.append(LocalEdit(ULing.id, range: r, replacement: UTF8Scan.encode(0x3007)))
            } else if let m = map.mapping(scalars[k]) {
                edits.append(LocalEdit(m.rule, range: r, replacement: UTF8Scan.encode(m.replacement)))
            }
        }
        return max(end, i + 1)
    }
}
