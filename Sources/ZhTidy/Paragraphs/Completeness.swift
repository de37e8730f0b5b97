/// Sentence-end evidence shared by the paragraph rules (S-JOIN, NS-DUP-PARA, NS-TRUNCATED).
enum Completeness {
    /// rules.md S-JOIN (b): a paragraph is *incomplete* when its last character is H, D, L, OPEN or
    /// one of `，、；`, or when it ends with closing quotes/brackets whose preceding character is
    /// not in END ∪ {…}. Closing marks are transparent: `“事事落实到位”` is incomplete.
    /// ASCII marks count as the CJK marks they stand for (`,` as `，`, `)` as `）`).
    static func isIncomplete(tail: [UInt32]) -> Bool {
        var i = tail.count - 1
        var sawClose = false
        while i >= 0 {
            let c = CharacterClass.widthFolded(tail[i])
            if CharacterClass.isClose(c) || c == 0x22 || c == 0x27 { sawClose = true; i -= 1; continue }
            break
        }
        guard i >= 0 else { return false }
        let c = CharacterClass.widthFolded(tail[i])
        if sawClose {
            return !(CharacterClass.isEnd(c) || c == 0x2026 || c == 0x22EF)
        }
        if CharacterClass.isHan(c) || CharacterClass.isLatinOrDigit(c) || CharacterClass.isOpen(c) { return true }
        return c == 0xFF0C || c == 0x3001 || c == 0xFF1B
    }

    /// The last `count` scalars of `range`.
    /// (`spaces: true`: spaces and tabs count for nothing, up to 1,024 scalars in all, as a
    /// second run reads the text once S-SPACE has taken them out: `（下转第 4⇥⇥…⇥ 版）`.)
    static func tail(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, count: Int = 8, spaces: Bool = false) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(count)
        var i = range.upperBound
        var counted = 0
        while i > range.lowerBound && counted < count && out.count < 1024 {
            let (c, s) = UTF8Scan.decode(p, before: i)
            out.append(c)
            if !(spaces && CharacterClass.isSpace(c)) { counted += 1 }
            i = s
        }
        out.reverse()  // (in place: no second array)
        return out
    }

    /// Net counts of the paired marks in a paragraph: (quotes, brackets, titles). Positive means
    /// left open; `dippedBelowZero` says a mark closed what the paragraph did not open.
    struct Balance {
        var quotes = 0, brackets = 0, titles = 0
        var dippedBelowZero = false
        var isOpen: Bool { quotes > 0 || brackets > 0 || titles > 0 }

        mutating func add(_ c: UInt32) {
            switch c {
            case 0x201C: quotes += 1
            case 0x201D: quotes -= 1; if quotes < 0 { dippedBelowZero = true }
            case 0xFF08, 0x28: brackets += 1
            case 0xFF09, 0x29: brackets -= 1; if brackets < 0 { dippedBelowZero = true }
            case 0x300A: titles += 1
            case 0x300B: titles -= 1; if titles < 0 { dippedBelowZero = true }
            default: break
            }
        }

        static func of(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Balance {
            var b = Balance()
            var i = range.lowerBound
            while i < range.upperBound {
                let byte = p[i]
                if byte < 0x80 {
                    if byte == 0x28 || byte == 0x29 { b.add(UInt32(byte)) }
                    i += 1
                    continue
                }
                // Only `“”` (E2), `《》` (E3) and `（）` (EF) count: other sequences are stepped over
                // by their lead byte.
                guard byte == 0xE2 || byte == 0xE3 || byte == 0xEF else {
                    i += byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4  // (as UTF8Scan.decode steps)
                    continue
                }
                let (c, n) = UTF8Scan.decode(p, at: i)
                b.add(c)
                i += n
            }
            return b
        }
    }
}
