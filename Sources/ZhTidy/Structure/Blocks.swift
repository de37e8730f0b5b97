/// Lines and blocks (paragraphs: maximal runs of non-blank lines) of a UTF-8 text.
struct Line {
    /// The line without its line feed.
    var range: Range<Int>
    /// The line without leading and trailing horizontal whitespace (empty when blank).
    var content: Range<Int>
    var isBlank: Bool { content.isEmpty }
}

/// A paragraph of the current text and the role the structure stage gave it.
struct Block {
    /// Indices into ``TextLayout/lines``.
    var lines: Range<Int>
    /// From the first content byte of the first line to the last content byte of the last line.
    var content: Range<Int>
    var role: BlockRole
    /// What the block contains (for the stages' quick skips).
    var features: BlockFeatures = []
}

/// The lines and blocks of one text, classified.
struct TextLayout {
    var lines: [Line] = []
    var blocks: [Block] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, classify: Bool = true) {
        var start = 0
        let n = bytes.count
        while start <= n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            lines.append(Line(range: start..<end, content: TextLayout.trim(bytes, start..<end)))
            if end == n { break }
            start = end + 1
        }
        // A heading line is a block of its own even without blank lines around it.
        func isHeading(_ l: Line) -> Bool {
            var i = l.content.lowerBound, hashes = 0
            while i < l.content.upperBound && bytes[i] == 0x23 && hashes < 7 { hashes += 1; i += 1 }
            return (1...6).contains(hashes) && i < l.content.upperBound && bytes[i] == 0x20
        }
        var i = 0
        while i < lines.count {
            if lines[i].isBlank { i += 1; continue }
            var j = i
            if !isHeading(lines[i]) {
                while j + 1 < lines.count && !lines[j + 1].isBlank && !isHeading(lines[j + 1]) { j += 1 }
            }
            blocks.append(Block(
                lines: i..<(j + 1),
                content: lines[i].content.lowerBound..<lines[j].content.upperBound,
                role: .body))
            i = j + 1
        }
        if classify {
            for b in blocks.indices {
                blocks[b].role = BlockClassifier.classify(bytes, blocks[b], lines)
                blocks[b].features = BlockFeatures.scan(bytes, blocks[b].content)
            }
        }
    }

    /// `range` without leading and trailing spaces, tabs, U+3000 and CR.
    /// Each line's bytes, its line feed not included; the text after the last line feed is a
    /// line too (empty when the text ends with one).
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while true {
            var e = i
            while e < bytes.count && bytes[e] != 0x0A { e += 1 }
            out.append(i..<e)
            if e == bytes.count { return out }
            i = e + 1
        }
    }

    /// ``lineRanges(_:)``, each ``trim(_:_:)``-ed.
    static func trimmedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        lineRanges(bytes).map { trim(bytes, $0) }
    }

    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let b = bytes[lo]
            if b == 0x20 || b == 0x09 || b == 0x0D { lo += 1 }
            else if b == 0xE3 && lo + 2 < hi && bytes[lo + 1] == 0x80 && bytes[lo + 2] == 0x80 { lo += 3 }
            else { break }
        }
        while hi > lo {
            let b = bytes[hi - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D { hi -= 1 }
            else if hi - 3 >= lo && bytes[hi - 3] == 0xE3 && bytes[hi - 2] == 0x80 && b == 0x80 { hi -= 3 }
            else { break }
        }
        return lo..<hi
    }
}

extension TextLayout {
    /// The layout after `edits` (sorted, none touching a line feed or crossing a block edge);
    /// nil when an edit straddles a line or block boundary.
    func shifted(by edits: [LocalEdit]) -> TextLayout? {
        var changes: [(lower: Int, upper: Int, delta: Int)] = []
        changes.reserveCapacity(edits.count)
        for e in edits where e.kind != .flag {
            changes.append((e.range.lowerBound, e.range.upperBound, e.replacement.count - e.range.count))
        }
        guard !changes.isEmpty else { return self }
        var emptied = false
        // Prefix sums of deltas, by edit order (edits are sorted by position).
        var prefix = [0]
        prefix.reserveCapacity(changes.count + 1)
        for c in changes { prefix.append(prefix.last! + c.delta) }
        var ok = true
        /// The new offset of `o`; `upper` positions take an insertion made exactly at them.
        func map(_ o: Int, upper: Bool) -> Int {
            // Count edits that lie before `o`.
            var lo = 0, hi = changes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let c = changes[mid]
                let before = c.upper < o || (c.upper == o && (upper || c.lower < c.upper))
                if before { lo = mid + 1 } else { hi = mid }
            }
            if lo < changes.count, changes[lo].lower < o, changes[lo].upper > o { ok = false }
            return o + prefix[lo]
        }
        /// The new range of `lower..<upper`; an edit across one of its ends (a marker removed
        /// across a line break) fails the shift instead of inverting the range.
        func span(_ lower: Int, _ upper: Int) -> Range<Int> {
            let l = map(lower, upper: false), u = map(upper, upper: true)
            if l > u { ok = false; return l..<l }
            return l..<u
        }
        var out = self
        for i in out.lines.indices {
            let l = out.lines[i]
            out.lines[i].range = span(l.range.lowerBound, l.range.upperBound)
            if l.content.isEmpty {
                let at = map(l.content.lowerBound, upper: false)
                out.lines[i].content = at..<at
            } else {
                out.lines[i].content = span(l.content.lowerBound, l.content.upperBound)
            }
        }
        for i in out.blocks.indices {
            let c = out.blocks[i].content
            out.blocks[i].content = span(c.lowerBound, c.upperBound)
            if out.blocks[i].content.isEmpty { emptied = true }
        }
        // A block whose text all went (a paragraph that was only a figure marker) changes the
        // structure: find the blocks again.
        return ok && !emptied ? out : nil
    }
}
