/// Small, allocation-light matchers over scalar arrays, used by the recognizers instead of regular
/// expressions (Swift Regex is two orders of magnitude too slow for the hot path).
enum Scalars {
    @inline(__always) static func of(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// Whether `s[at...]` starts with `literal`.
    @inline(__always)
    static func hasPrefix(_ s: [UInt32], _ literal: [UInt32], at: Int = 0) -> Bool {
        guard at >= 0, at + literal.count <= s.count else { return false }
        for k in 0..<literal.count where s[at + k] != literal[k] { return false }
        return true
    }

    /// Whether `s[..<end]` ends with `literal`.
    @inline(__always)
    static func hasSuffix(_ s: [UInt32], _ literal: [UInt32], end: Int? = nil) -> Bool {
        let e = end ?? s.count
        return hasPrefix(s, literal, at: e - literal.count)
    }

    /// The first of `literals` that `s` has at `at` (longest first if the caller orders them so).
    static func firstPrefix(_ s: [UInt32], _ literals: [[UInt32]], at: Int = 0) -> [UInt32]? {
        literals.first { hasPrefix(s, $0, at: at) }
    }

    /// How many scalars from `at` satisfy `predicate` (at most `limit`).
    @inline(__always)
    static func run(_ s: [UInt32], from at: Int, limit: Int = .max, _ predicate: (UInt32) -> Bool) -> Int {
        var n = 0
        while at + n < s.count && n < limit && predicate(s[at + n]) { n += 1 }
        return n
    }

    /// Whether `s` holds three different characters, spaces not counted (text that repeats a
    /// character or two, `哈哈哈`, `ABAB…`, holds fewer).
    static func holdsThreeDifferent(_ s: some Sequence<UInt32>) -> Bool {
        var x: UInt32 = 0, y: UInt32 = 0
        for c in s where !CharacterClass.isSpace(c) {
            if x == 0 { x = c } else if c != x && y == 0 { y = c } else if c != x && c != y { return true }
        }
        return false
    }

    static func string(_ s: some Collection<UInt32>) -> String {
        // (Encoded into bytes in one pass: appending scalars to a String one by one is slow.
        // What is no scalar, a surrogate or past U+10FFFF, is left out.)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.count * 3)
        for c in s where c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF) { UTF8Scan.append(c, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func allHan(_ s: some Collection<UInt32>) -> Bool { s.allSatisfy(CharacterClass.isHan) }

    /// `s` without the runs of spaces between two Han characters (what S-HAN-HAN takes out of
    /// running text): `本报   讯` → `本报讯`.
    static func closingHanGaps(_ s: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == 0x20, let p = out.last, CharacterClass.isHan(p) {
                let j = i + run(s, from: i) { $0 == 0x20 }
                if j < s.count && CharacterClass.isHan(s[j]) { i = j; continue }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// `s` without leading and trailing spaces, tabs and U+3000.
    static func trimmed(_ s: [UInt32]) -> ArraySlice<UInt32> {
        var t = s[...]
        while let c = t.first, CharacterClass.isSpace(c) { t.removeFirst() }
        while let c = t.last, CharacterClass.isSpace(c) { t.removeLast() }
        return t
    }

    /// Printed width in ems of a column's text: CJK characters and punctuation one em, ASCII half,
    /// a space a quarter (xeCJK's glue, a byline's gap).
    static func ems(_ s: some Collection<UInt32>) -> Double {
        s.reduce(0) { $0 + ($1 == 0x20 ? 0.25 : $1 >= 0x2000 ? 1 : 0.5) }
    }
}

/// Sorted offsets (page starts).
enum Offsets {
    /// How many of the ascending `offsets` are at most `x` (a binary search: a long input has
    /// thousands of pages).
    static func count(_ offsets: [Int], atMost x: Int) -> Int {
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
