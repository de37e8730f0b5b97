/// NS-DUP-ECHO — remove an extractor's echo of a run of text: the run, then copies of it each
/// shorter at the front (mostly by one character), down to its last character.
///
/// Source: rules.md §5.9 (extraction damage, the NS-DUP family: stray copies of text). pymupdf4llm
/// prints some spans of Chromium's pages so, overlapping glyph runs read once per starting glyph;
/// no text is written so. Each copy is the one before it less one character at its front (less
/// up to three where copies were skipped); the last is the run's last character, doubled, unless
/// a printed line's end cut the echo short. With three copies or more, the longest holding three
/// different characters and Chinese (two Han characters, and Chinese characters and marks two
/// in three), the run is kept and its copies are removed, one edit naming the run.
///
///     麦收期间,肖存兴收期间,肖存兴期间,肖存兴间,肖存兴,肖存兴肖存兴存兴兴每日顶着烈日
///         →  麦收期间,肖存兴每日顶着烈日
///
/// One pass over the bytes. The text before a point is read back, as far as the copies go, only
/// where an echo can end: a character (not a letter or space) doubled (`兴兴`), two doubled
/// (`整改整改`, the last copy skipped), or a Han character before a space or line end.
struct NSDupEcho {
    static let id: RuleID = "NS-DUP-ECHO"
    static let summary = "Remove an extractor's echo of a run of text (copies each shorter at the front)"

    /// The shortest run whose echo is removed (three copies, 6 characters or more).
    static let minimumRun = 4
    /// The longest copy looked for.
    static let longestRun = 48

    /// The scalars of the current line read so far, the last `Ring.size` of them, with where each
    /// starts: what an echo's copies are compared in, without decoding again.
    struct Ring {
        static let size = 2048
        var scalars = [UInt32](repeating: 0, count: size)
        var starts = [Int](repeating: 0, count: size)
        var head = 0
        /// How many are held (at most `size`).
        var count = 0

        mutating func push(_ c: UInt32, at start: Int) {
            scalars[head] = c
            starts[head] = start
            head = (head + 1) & (Ring.size - 1)
            count = min(count + 1, Ring.size)
        }

        /// The `k`-th scalar back from the last (0: the last), if held.
        @inline(__always) func back(_ k: Int) -> UInt32? {
            k < count ? scalars[(head - 1 - k) & (Ring.size - 1)] : nil
        }

        @inline(__always) func start(back k: Int) -> Int { starts[(head - 1 - k) & (Ring.size - 1)] }
    }

    static func scan(_ p: UnsafeBufferPointer<UInt8>, into edits: inout [LocalEdit]) {
        var ring = Ring()
        var i = 0
        while i < p.count {
            let at = i
            let (c, len) = p[i] < 0x80 ? (UInt32(p[i]), 1) : UTF8Scan.decode(p, at: i)
            i += len
            if c == 0x0A { ring.count = 0; continue }
            var found: LocalEdit?
            if CharacterClass.isSpace(c) || CharacterClass.isLatin(c) {
                // An echo cut short at the end of a printed line, which pymupdf4llm ends with a
                // space: its last copy is any length.
                if CharacterClass.isSpace(c), let b = ring.back(0), CharacterClass.isHan(b) {
                    found = echo(ring, endingAt: at, lastCopy: 3...longestRun)
                }
                ring.push(c, at: at)
            } else {
                ring.push(c, at: at)
                // An echo ends on its last character doubled, or (that copy skipped) its last two.
                if ring.back(1) == c {
                    found = echo(ring, endingAt: i, lastCopy: 1...1)
                } else if ring.back(2) == c, let b = ring.back(1), ring.back(3) == b {
                    found = echo(ring, endingAt: i, lastCopy: 2...2)
                }
            }
            guard let edit = found else { continue }
            // (The same echo found again where it goes on, `存兴存兴` then `兴兴`: the longer is
            // kept; an echo that starts inside one found is not.)
            while let previous = edits.last, previous.range.upperBound > edit.range.lowerBound,
                  edit.range.lowerBound <= previous.range.lowerBound {
                edits.removeLast()
            }
            if let previous = edits.last, previous.range.upperBound > edit.range.lowerBound { continue }
            edits.append(edit)
        }
    }

    /// Whether the scalars `range` back hold three different characters, spaces not counted.
    private static func varied(_ ring: Ring, _ range: Range<Int>) -> Bool {
        var a: UInt32 = 0, b: UInt32 = 0
        for k in range {
            guard let c = ring.back(k), !CharacterClass.isSpace(c) else { continue }
            if a == 0 { a = c } else if c != a && b == 0 { b = c } else if c != a && c != b { return true }
        }
        return false
    }

    /// Whether the scalars `range` back are Chinese text: two Han characters or more, and Han
    /// characters and Chinese marks at least two in three (the echoes are of Chinese text).
    private static func chinese(_ ring: Ring, _ range: Range<Int>) -> Bool {
        var han = 0, chinese = 0
        for k in range {
            guard let c = ring.back(k) else { continue }
            if CharacterClass.isHan(c) { han += 1; chinese += 1 } else if CharacterClass.isCJKPunct(CharacterClass.widthFolded(c)) { chinese += 1 }
        }
        return han >= 2 && 3 * chinese >= 2 * range.count
    }

    /// The echo ending at byte `endByte` (the ring's last scalar) whose last copy's length is in
    /// `lastCopy` (the shortest repeated at once before itself), if there is one.
    static func echo(_ ring: Ring, endingAt endByte: Int, lastCopy: ClosedRange<Int>) -> LocalEdit? {
        // Copies from the last one back, counted in characters from the end: each is the one
        // after it with one to three characters more at its front (pymupdf4llm may skip two), and
        // the text before a copy ends with it (the copy before it, or the run).
        @inline(__always) func repeated(_ end: Int, _ length: Int) -> Bool {
            guard end + 2 * length <= ring.count else { return false }
            for k in 0..<length where ring.back(end + k) != ring.back(end + length + k) { return false }
            return true
        }
        for last in lastCopy where repeated(0, last) {
            var at = 0, length = last, copies = 1, skips = 0
            var varied = false
            while length < longestRun, let longer = ((length + 1)...(length + 3)).first(where: { repeated(at + length, $0) }) {
                at += length
                skips += longer - length - 1
                length = longer
                copies += 1
                // (Text of a short period, `0000…`, `ABAB…`, `研究 研究 …`, repeats itself at
                // lengths its period apart: no echo, given up early. An echo skips few copies.)
                if skips > copies { break }
                if !varied && length >= 6 {
                    guard self.varied(ring, at..<(at + length)) else { break }
                    varied = true
                }
            }
            // (The run before the copies ends with the longest: each copy was found repeated.)
            guard copies >= minimumRun - 1, skips <= copies, self.varied(ring, at..<(at + length)),
                  chinese(ring, at..<(at + length)) else { return nil }
            let text = Scalars.string((at..<(at + length)).reversed().compactMap { ring.back($0) })
            return LocalEdit(id, .remove, range: ring.start(back: at + length - 1)..<endByte, note: "echo of “\(text)…”")
        }
        return nil
    }
}

/// Echoes out before the columns are read: an echo in a column's line makes it read on badly.
/// (Run again while it removes one: the text left may end another.)
struct EchoStage: Stage {
    var repeatsUntilSettled: Bool { true }

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.options.isEnabled(NSDupEcho.id) else { return [] }
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { NSDupEcho.scan($0, into: &edits) }
        return edits
    }
}
