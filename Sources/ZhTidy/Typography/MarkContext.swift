/// A paragraph decoded for the punctuation rules: its scalars, their byte offsets and lines, the
/// protected spans (rules.md §2.1), and the decisions taken so far (left to right, so a rule sees
/// the rewritten left side: `吗?!` → `吗？！`).
struct ParagraphScalars {
    let block: BlockText
    var scalars: [UInt32] { block.s }
    /// Each line's scalar range (a heading's first line starts after its marker).
    let lines: [Range<Int>]
    let protected: [Bool]
    /// The scalars as the rules see them now: ASCII marks rewritten to CJK marks where decided
    /// (a copy of `scalars` made on the first rewrite).
    private(set) var now: [UInt32]
    let hasHan: Bool

    init(_ b: BlockText) {
        block = b
        var lines = b.lines
        if !lines.isEmpty { lines[0] = min(b.contentStart, lines[0].upperBound)..<lines[0].upperBound }
        // Without the whitespace at the lines' edges, which S-INDENT and S-BLANK take out: a mark
        // before a trailing U+3000 ends its line, as a second run sees it.
        let s = b.s
        self.lines = lines.map { line in
            var lo = line.lowerBound, hi = line.upperBound
            while lo < hi && CharacterClass.isSpace(s[lo]) { lo += 1 }
            while hi > lo && CharacterClass.isSpace(s[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
        protected = b.protectedMask()
        hasHan = b.hasHan
        now = s
    }

    /// Rewrites scalar `k` (an ASCII mark to its CJK form).
    mutating func replace(_ k: Int, with c: UInt32) { now[k] = c }

    /// The bytes of scalar `k`.
    func bytes(_ k: Int) -> Range<Int> { block.bytes(k..<(k + 1)) }

    /// The scalar at `k` as the rules see it now.
    @inline(__always) func current(_ k: Int) -> UInt32 { now[k] }

    /// The line range containing `k`.
    func line(of k: Int) -> Range<Int> {
        lines.first { $0.contains(k) || $0.upperBound == k } ?? block.line(of: k)
    }

    /// rules.md lnb: the nearest scalar left of `k` on its line, skipping U+0020 only (nil at BOL).
    func leftNeighbour(_ k: Int, in line: Range<Int>) -> (scalar: UInt32, index: Int)? {
        var j = k - 1
        while j >= line.lowerBound {
            if scalars[j] != 0x20 { return (current(j), j) }
            j -= 1
        }
        return nil
    }

    /// rules.md rnb: the nearest scalar right of `k` on its line, skipping U+0020 only (nil at EOL).
    func rightNeighbour(_ k: Int, in line: Range<Int>) -> (scalar: UInt32, index: Int)? {
        var j = k + 1
        while j < line.upperBound {
            if scalars[j] != 0x20 { return (current(j), j) }
            j += 1
        }
        return nil
    }
}

/// The context of one ASCII mark, as the P-rules of rules.md §4.2 define it.
struct MarkContext {
    /// lnb / rnb (nil = beginning / end of line).
    var lnb: UInt32?
    var rnb: UInt32?
    /// The scalars directly before and after (nil at the line's edges).
    var prev: UInt32?
    var next: UInt32?
    /// The paragraph contains Han characters.
    var inChineseParagraph: Bool
    let paragraph: ParagraphScalars
    let index: Int
    let line: Range<Int>

    static func isH(_ c: UInt32?) -> Bool { c.map(CharacterClass.isHan) ?? false }
    static func isCJKP(_ c: UInt32?) -> Bool { c.map(CharacterClass.isCJKPunct) ?? false }
    static func isOpen(_ c: UInt32?) -> Bool { c.map(CharacterClass.isOpen) ?? false }
    static func isClose(_ c: UInt32?) -> Bool { c.map(CharacterClass.isClose) ?? false }
    static func isDigit(_ c: UInt32?) -> Bool { c.map(CharacterClass.isDigit) ?? false }
    static func isLatin(_ c: UInt32?) -> Bool { c.map(CharacterClass.isLatin) ?? false }

    /// rules.md §2 CC: `lnb ∈ H ∪ CJKP` or `rnb ∈ H ∪ OPEN`.
    var isChineseContext: Bool { MarkContext.isH(lnb) || MarkContext.isCJKP(lnb) || MarkContext.isH(rnb) || MarkContext.isOpen(rnb) }

    /// The mark ends a line of a Chinese paragraph after a number, percent sign or Latin word: the
    /// run it closes is Chinese text (`增长5%,⏎…`), so the mark is too.
    var endsChineseRun: Bool {
        rnb == nil && inChineseParagraph
            && (MarkContext.isDigit(lnb) || MarkContext.isLatin(lnb) || lnb == 0x25 || lnb == 0x2030)
    }
}

/// rules.md §2.1 protected spans inside one line: URLs, e-mail addresses and Latin sentences.
/// (Numbers, times and ratios are handled by the rules' digit exceptions.)
enum ProtectedSpans {
    private static let schemes = ["https://", "http://", "ftp://", "www."].map(Scalars.of)
    private static let urlStops = ScalarSet(Scalars.of("，。；！？“”（）《》、"))

    static func mark(_ protected: inout [Bool], _ s: [UInt32], _ line: Range<Int>) {
        var k = line.lowerBound
        // URLs and e-mail addresses.
        while k < line.upperBound {
            let c = s[k]
            if c == 0x68 || c == 0x48 || c == 0x66 || c == 0x77 || c == 0x57,  // h f w
               (k == line.lowerBound || !CharacterClass.isLatinOrDigit(s[k - 1])),
               schemes.contains(where: { Scalars.hasPrefix(lowercased(s, k, 8), $0) }) {
                var e = k
                while e < line.upperBound, isURLScalar(s[e]) { e += 1 }
                for j in k..<e { protected[j] = true }
                k = e
                continue
            }
            if c == 0x40, k > line.lowerBound, k + 1 < line.upperBound,  // @
               isEmailScalar(s[k - 1]), CharacterClass.isLatinOrDigit(s[k + 1]) {
                var b = k
                while b > line.lowerBound, isEmailScalar(s[b - 1]) { b -= 1 }
                var e = k + 1
                while e < line.upperBound, CharacterClass.isLatinOrDigit(s[e]) || s[e] == 0x2E || s[e] == 0x2D { e += 1 }
                for j in b..<e { protected[j] = true }
                k = e
                continue
            }
            k += 1
        }
        // Latin sentences: a Han-free run holding ≥2 words with Latin letters, separated by a space.
        var runStart = line.lowerBound
        k = line.lowerBound
        while k <= line.upperBound {
            let boundary = k == line.upperBound || CharacterClass.isHan(s[k]) || (s[k] >= 0x80 && CharacterClass.isCJKPunct(s[k]))
            if boundary {
                if k > runStart { markLatinSentence(&protected, s, runStart..<k) }
                runStart = k + 1
            }
            k += 1
        }
    }

    private static func markLatinSentence(_ protected: inout [Bool], _ s: [UInt32], _ run: Range<Int>) {
        var words = 0, sawSpaceAfterWord = false, spacedWords = false
        var k = run.lowerBound
        while k < run.upperBound {
            if CharacterClass.isLatinOrDigit(s[k]) {
                var e = k, letters = false
                while e < run.upperBound, CharacterClass.isLatinOrDigit(s[e]) || s[e] == 0x27 {
                    if CharacterClass.isLatin(s[e]) { letters = true }
                    e += 1
                }
                if letters {
                    words += 1
                    if sawSpaceAfterWord { spacedWords = true }
                }
                sawSpaceAfterWord = false
                k = e
                continue
            }
            if s[k] == 0x20 && words > 0 { sawSpaceAfterWord = true }
            k += 1
        }
        guard words >= 2, spacedWords else { return }
        // Trim the run to its first and last word characters (plus trailing sentence marks).
        var lo = run.lowerBound, hi = run.upperBound
        while lo < hi, !CharacterClass.isLatinOrDigit(s[lo]) { lo += 1 }
        while hi > lo, s[hi - 1] == 0x20 { hi -= 1 }
        for j in lo..<hi { protected[j] = true }
    }

    private static func lowercased(_ s: [UInt32], _ k: Int, _ n: Int) -> [UInt32] {
        s[k..<min(s.count, k + n)].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    @inline(__always) private static func isURLScalar(_ c: UInt32) -> Bool {
        c > 0x20 && c != 0x7F && !CharacterClass.isHan(c) && !urlStops.contains(c) && c != 0x3000
    }

    @inline(__always) private static func isEmailScalar(_ c: UInt32) -> Bool {
        CharacterClass.isLatinOrDigit(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }
}
