/// NS-DUP-ECHO — remove an extractor's echo of a run of text: the run, then copies of it each
/// shorter at the front (mostly by one character), down to its last character.
///
/// Source: rules.md §5.9 (extraction damage, the NS-DUP family: stray copies of text). pymupdf4llm
/// prints some spans of Chromium's pages so, overlapping glyph runs read once per starting glyph;
/// no text is written so. Each copy is the one before it less one character at its front (less
/// up to three where copies were skipped); the last is the run's last character, doubled, unless
/// a printed line's end cut the echo short. With three copies or more, the longest holding three
/// different characters and Chinese (two Han characters, and Chinese characters and marks two
/// in three), the run is kept and its copies are removed, one edit naming the run. A run of three
/// characters has two copies, none skipped: the run itself must hold three different Chinese
/// characters (`本报讯报讯讯` → `本报讯`).
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

    /// The text before a point on its line, read back one scalar at a time as far as an echo's
    /// copies need (a scratch kept from one point to the next: nothing is allocated per point).
    struct Back {
        let p: UnsafeBufferPointer<UInt8>
        var scalars: [UInt32] = [], starts: [Int] = []
        var from = 0
        var stopped = false

        init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

        mutating func reset(endingAt end: Int) {
            scalars.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            from = end
            stopped = false
        }

        /// The `k`-th scalar back from the point (0: the last), if the line holds it.
        mutating func back(_ k: Int) -> UInt32? {
            while scalars.count <= k {
                guard !stopped, from > 0 else { return nil }
                let (c, start) = UTF8Scan.decode(p, before: from)
                guard c != 0x0A else { stopped = true; return nil }
                scalars.append(c)
                starts.append(start)
                from = start
            }
            return scalars[k]
        }
    }

    /// Finds the echoes in `p`; returns whether it holds a quotation mark or angle bracket in
    /// ASCII or fullwidth (`"` `'` `<` `>` `＂` `＇` `＜` `＞`), marks that typography pairs and nests.
    @discardableResult
    static func scan(_ p: UnsafeBufferPointer<UInt8>, into edits: inout [LocalEdit]) -> Bool {
        var paired = false
        var back = Back(p)
        // The last four scalars (a letter, space or line end as 0: no echo ends on one).
        var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var i = 0
        while i < p.count {
            // (Most Chinese text: a three-byte scalar, no ideographic space, that doubles neither
            // the scalar before it nor the two before it, ends no echo: only `last` moves.)
            let lead = p[i]
            if lead >= 0xE0 && lead < 0xF0 {
                let c = UTF8Scan.decode(p, at: i).scalar
                if c &- 0xFF02 <= 0x1C, c == 0xFF02 || c == 0xFF07 || c == 0xFF1C || c == 0xFF1E { paired = true }
                if c != 0x3000 && c != last.3 && !(c == last.2 && last.1 == last.3 && last.1 != 0) {
                    last = (last.1, last.2, last.3, c)
                    i += 3
                    continue
                }
            }
            let at = i
            let (c, len) = p[i] < 0x80 ? (UInt32(p[i]), 1) : UTF8Scan.decode(p, at: i)
            i += len
            if c == 0x22 || c == 0x27 || c == 0x3C || c == 0x3E { paired = true }
            var found: LocalEdit?
            if c == 0x0A || CharacterClass.isSpace(c) || CharacterClass.isLatin(c) {
                // An echo cut short at the end of a printed line, which pymupdf4llm ends with a
                // space: its last copy is any length.
                if CharacterClass.isSpace(c), CharacterClass.isHan(last.3) {
                    back.reset(endingAt: at)
                    found = echo(&back, endingAt: at, lastCopy: 3...longestRun)
                }
                last = (last.1, last.2, last.3, 0)
            } else {
                last = (last.1, last.2, last.3, c)
                // An echo ends on its last character doubled, or (that copy skipped) its last two.
                if last.2 == c {
                    back.reset(endingAt: i)
                    found = echo(&back, endingAt: i, lastCopy: 1...1)
                } else if last.1 == c, last.0 == last.2, last.0 != 0 {
                    back.reset(endingAt: i)
                    found = echo(&back, endingAt: i, lastCopy: 2...2)
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
        return paired
    }

    /// Whether the scalars `range` back (read already) hold three different characters, spaces
    /// not counted.
    private static func varied(_ b: Back, _ range: Range<Int>) -> Bool {
        Scalars.holdsThreeDifferent(range.lazy.map { b.scalars[$0] })
    }

    /// Whether the scalars `range` back (read already) are Chinese text: two Han characters or
    /// more, and Han characters and Chinese marks at least two in three (the echoes are of
    /// Chinese text).
    private static func chinese(_ b: Back, _ range: Range<Int>) -> Bool {
        var han = 0, chinese = 0
        for k in range {
            let c = b.scalars[k]
            // (ASCII quotation marks count: in Chinese text they become curly ones, which a
            // second run would count.)
            if CharacterClass.isHan(c) { han += 1; chinese += 1 } else if CharacterClass.isCJKPunct(CharacterClass.widthFolded(c)) || c == 0x22 || c == 0x27 { chinese += 1 }
        }
        return han >= 2 && 3 * chinese >= 2 * range.count
    }

    /// The echo ending at byte `endByte` (where `b` reads back from) whose last copy's length is
    /// in `lastCopy` (the shortest repeated at once before itself), if there is one.
    static func echo(_ b: inout Back, endingAt endByte: Int, lastCopy: ClosedRange<Int>) -> LocalEdit? {
        // Copies from the last one back, counted in characters from the end: each is the one
        // after it with one to three characters more at its front (pymupdf4llm may skip two), and
        // the text before a copy ends with it (the copy before it, or the run).
        func repeated(_ end: Int, _ length: Int) -> Bool {
            guard b.back(end + 2 * length - 1) != nil else { return false }
            for k in 0..<length where b.scalars[end + k] != b.scalars[end + length + k] { return false }
            return true
        }
        guard let last = lastCopy.first(where: { repeated(0, $0) }) else { return nil }
        var at = 0, length = last, copies = 1, skips = 0
        var checked = false
        while length < longestRun, let longer = ((length + 1)...(length + 3)).first(where: { repeated(at + length, $0) }) {
            at += length
            skips += longer - length - 1
            length = longer
            copies += 1
            // (Text of a short period, `0000…`, `ABAB…`, `研究 研究 …`, repeats itself at
            // lengths its period apart: no echo, given up early. An echo skips few copies.)
            if skips > copies { break }
            if !checked && length >= 6 {
                guard varied(b, at..<(at + length)) else { break }
                checked = true
            }
        }
        // (The run before the copies ends with the longest: each copy was found repeated.)
        // (A run of three characters has two copies, `本报讯报讯讯`: the run itself, before the
        // longest copy, must then hold three different characters.)
        let short = copies == minimumRun - 2 && skips == 0 && b.back(at + 2 * length) != nil
        let run = short ? (at + length)..<(at + 2 * length + 1) : at..<(at + length)
        guard copies >= minimumRun - 1 || short, skips <= copies, varied(b, run),
              chinese(b, run) else { return nil }
        let text = Scalars.string(b.scalars[at..<(at + length)].reversed())
        return LocalEdit(id, .remove, range: b.starts[at + length - 1]..<endByte, note: "echo of “\(text)…”")
    }
}

/// Echoes out before the columns are read: an echo in a column's line makes it read on badly.
/// (Run again while it removes one: the text left may end another.)
struct EchoStage: Stage {
    var repeatsUntilSettled: Bool { true }
    /// Run among the typography stages: only where the first scan found a straight or
    /// fullwidth quotation mark or angle bracket (`"` `'` `<` `>` and their fullwidth forms). Those
    /// marks are typeset by pairing and nesting (Q-*, B-NEST), so text unlike an echo before can
    /// read as one after (`<<讦<<论语>>,,,语` → `〈<讦〈<论语〉，语`), as a second run reads it; the
    /// other marks change one for one whatever stands around them, so the text is not scanned
    /// again for them (a scan costs about 3% of a run on Chinese text).
    var afterTypography = false

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.options.isEnabled(NSDupEcho.id) else { return [] }
        if afterTypography && !context.holdsPairedMarks { return [] }
        var edits: [LocalEdit] = []
        let paired = document.text.withUnsafeBufferPointer { NSDupEcho.scan($0, into: &edits) }
        // (No stage puts such a mark in: the structure stages move text, and typography
        // makes these marks curly or Chinese.)
        if !afterTypography { context.holdsPairedMarks = context.holdsPairedMarks || paired }
        return edits
    }
}
