/// What a block contains, found in one byte pass, so each typography stage can skip the blocks
/// it has nothing to do in without decoding them. ASCII marks count as the CJK marks they may
/// become (a later stage may turn `(` into `（`), so the set is a superset of what any stage
/// will see.
struct BlockFeatures: OptionSet, Sendable {
    let rawValue: UInt32

    static let digit = BlockFeatures(rawValue: 1 << 0)
    static let latin = BlockFeatures(rawValue: 1 << 1)
    static let space = BlockFeatures(rawValue: 1 << 2)
    /// `. ．。 ·・ … ⋯ ‥`
    static let dots = BlockFeatures(rawValue: 1 << 3)
    /// `- ~ — ― – ─ ━ － ～ 〜 ー ⸺ ⸻`
    static let dashes = BlockFeatures(rawValue: 1 << 4)
    /// straight or corner quotes, `„‟〝〞〟‚‛＂＇`, or curly “” that are unbalanced or nested
    static let quotes = BlockFeatures(rawValue: 1 << 5)
    /// `< « ＜ 〈 ⟨ 〈 ⟩ 〉` or nested `《`
    static let angles = BlockFeatures(rawValue: 1 << 6)
    /// `、` next to a closing quote or title mark
    static let dun = BlockFeatures(rawValue: 1 << 7)
    /// interpunct look-alikes `•・･‧∙⋅●·`
    static let interpunct = BlockFeatures(rawValue: 1 << 8)
    /// `[ ［ 【 〔 ( （`
    static let brackets = BlockFeatures(rawValue: 1 << 9)
    /// two pause marks in a row (ASCII folded), or an end mark, a closing mark and `。`
    static let pauseRun = BlockFeatures(rawValue: 1 << 10)
    /// `： ， 。 ．` right after a digit
    static let digitMark = BlockFeatures(rawValue: 1 << 11)
    /// `、` at all (N-LINT)
    static let enumeration = BlockFeatures(rawValue: 1 << 12)
    /// any CJK bracket or title mark (PAIR-CHECK)
    static let pairs = BlockFeatures(rawValue: 1 << 13)
    /// any curly quote `“”‘’` (zh-Hant turns them all into corner brackets)
    static let curlyQuotes = BlockFeatures(rawValue: 1 << 14)
    /// an ASCII mark the P-* width rules judge: `, ; : ! ? ( ) .` (not a `.` between ASCII digits)
    static let asciiMarks = BlockFeatures(rawValue: 1 << 15)
    /// `.` or `．` (an interpunct, decimal or event-date candidate; `。` alone is not)
    static let asciiDot = BlockFeatures(rawValue: 1 << 16)
    /// `… ⋯ ‥ ︙`, or two dot-like marks in a row (`..`, `。。`, `··`)
    static let ellipsisLike = BlockFeatures(rawValue: 1 << 17)

    static func scan(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> BlockFeatures {
        var f: BlockFeatures = []
        var i = r.lowerBound
        var prev: UInt32 = 0, prev2: UInt32 = 0
        var quoteDepth = 0, titleDepth = 0
        while i < r.upperBound {
            let b = p[i]
            var c: UInt32
            if b < 0x80 {
                c = UInt32(b)
                i += 1
                switch b {
                case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29: f.insert(.asciiMarks)
                case 0x2E:
                    // (Not a decimal point between ASCII digits, `1.45`: P-PERIOD-WIDTH keeps it.)
                    if !(prev >= 0x30 && prev <= 0x39 && i < r.upperBound && p[i] >= 0x30 && p[i] <= 0x39) { f.insert(.asciiMarks) }
                default: break
                }
                switch b {
                case 0x30...0x39: f.insert(.digit)
                case 0x41...0x5A, 0x61...0x7A: f.insert(.latin)
                case 0x20, 0x09: f.insert(.space)
                case 0x2E:
                    f.insert(.dots); f.insert(.asciiDot)
                    if CharacterClass.isDigit(prev) { f.insert(.digitMark) }
                    if EEllipsis.isDotLike(prev) { f.insert(.ellipsisLike) }
                case 0x2D, 0x7E: f.insert(.dashes)
                case 0x22, 0x27: f.insert(.quotes)
                case 0x3C: f.insert(.angles)
                case 0x5B, 0x28: f.insert(.brackets); f.insert(.pairs)
                case 0x29, 0x5D: f.insert(.pairs)
                case 0x3A, 0x2C: if CharacterClass.isDigit(prev) { f.insert(.digitMark) }
                default: break
                }
            } else if b >= 0xE4 && b <= 0xE9 {
                i += 3  // CJK ideographs: nothing to see
                prev2 = prev; prev = 0x4E00
                continue
            } else {
                let (d, n) = UTF8Scan.decode(p, at: i)
                c = d
                i += n
                switch c {
                case 0x3002, 0xFF0E:
                    f.insert(.dots)
                    if c == 0xFF0E { f.insert(.asciiDot) }
                    if CharacterClass.isDigit(prev) { f.insert(.digitMark) }
                    if EEllipsis.isDotLike(prev) { f.insert(.ellipsisLike) }
                case 0xB7, 0x30FB:
                    f.insert(.dots); f.insert(.interpunct)
                    if EEllipsis.isDotLike(prev) { f.insert(.ellipsisLike) }
                case 0x2026, 0x22EF, 0x2025, 0xFE19: f.insert(.dots); f.insert(.ellipsisLike)
                case 0x2014, 0x2015, 0x2013, 0x2500, 0x2501, 0xFF0D, 0xFF5E, 0x301C, 0x30FC, 0x2E3A, 0x2E3B: f.insert(.dashes)
                case 0x201C: quoteDepth += 1; f.insert(.curlyQuotes); if quoteDepth > 1 { f.insert(.quotes) }
                case 0x201D: quoteDepth -= 1; f.insert(.curlyQuotes); if quoteDepth < 0 { f.insert(.quotes) }
                case 0x201E, 0x201F, 0x301D, 0x301E, 0x301F, 0x201A, 0x201B, 0xFF02, 0xFF07, 0x300C, 0x300D, 0x300E, 0x300F:
                    f.insert(.quotes)
                case 0x2018, 0x2019: f.insert(.curlyQuotes)
                case 0xAB, 0xFF1C, 0x3008, 0x2329, 0x27E8, 0x232A, 0x27E9, 0x3009: f.insert(.angles); f.insert(.pairs)
                case 0x300A: f.insert(.pairs); titleDepth += 1; if titleDepth > 1 { f.insert(.angles) }
                case 0x3001:
                    f.insert(.enumeration)
                    if prev == 0x201D || prev == 0x300B || prev == 0x22 { f.insert(.dun) }
                case 0x2022, 0xFF65, 0x2027, 0x2219, 0x22C5, 0x25CF: f.insert(.interpunct)
                case 0xFF3B, 0x3010, 0x3014, 0xFF08: f.insert(.brackets); f.insert(.pairs)
                case 0x300B: f.insert(.pairs); titleDepth -= 1
                case 0xFF3D, 0x3011, 0x3015, 0xFF09, 0x3016, 0x3017: f.insert(.pairs)
                case 0xFF1A, 0xFF0C: if CharacterClass.isDigit(prev) { f.insert(.digitMark) }
                case 0x3000: f.insert(.space)
                default:
                    if c >= 0xFF10 && c <= 0xFF5A { f.insert(.digit); f.insert(.latin) }
                    else if CharacterClass.isLatin(c) { f.insert(.latin) }
                }
            }
            let fc = CharacterClass.widthFolded(c), fp = CharacterClass.widthFolded(prev)
            if CharacterClass.isPause(fc) && (CharacterClass.isPause(fp) || (fc == 0x3002 && CharacterClass.isClose(fp)
                                                                             && CharacterClass.isEnd(CharacterClass.widthFolded(prev2)))) {
                f.insert(.pauseRun)
            }
            if fc == 0x3002 && (fp == 0x22 || fp == 0x27) { f.insert(.pauseRun) }
            prev2 = prev
            prev = c
        }
        if quoteDepth != 0 { f.insert(.quotes) }
        return f
    }
}
