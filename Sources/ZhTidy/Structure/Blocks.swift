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
        lines = TextLayout.lines(bytes, 0..<bytes.count)
        blocks = TextLayout.blocks(bytes, lines, 0..<lines.count, classify: classify)
    }

    /// The lines of `bytes[range]` (a range from a line's start to a line's end): each without its
    /// line feed, the text after the last line feed a line too (empty when `range` ends with one).
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Line] {
        var out: [Line] = []
        var start = range.lowerBound
        while true {
            let end = UTF8Scan.lineEnd(bytes, from: start, to: range.upperBound)
            out.append(Line(range: start..<end, content: TextLayout.trim(bytes, start..<end)))
            if end >= range.upperBound { return out }
            start = end + 1
        }
    }

    /// The blocks of `lines[range]` (a range that blank lines or the text's ends bound): maximal
    /// runs of non-blank lines, and each heading line a block of its own even without blank lines
    /// around it; classified unless `classify` is false.
    static func blocks(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ range: Range<Int>, classify: Bool = true) -> [Block] {
        func isHeading(_ l: Line) -> Bool {
            var i = l.content.lowerBound, hashes = 0
            while i < l.content.upperBound && bytes[i] == 0x23 && hashes < 7 { hashes += 1; i += 1 }
            // (An empty heading too, `#` then nothing but spaces: CommonMark's ATX heading, and
            // what a heading of U+3000 alone becomes once its space is taken out.)
            return (1...6).contains(hashes) && (i == l.content.upperBound || bytes[i] == 0x20)
        }
        var out: [Block] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if lines[i].isBlank { i += 1; continue }
            var j = i
            if !isHeading(lines[i]) {
                while j + 1 < range.upperBound && !lines[j + 1].isBlank && !isHeading(lines[j + 1]) { j += 1 }
            }
            var block = Block(lines: i..<(j + 1), content: lines[i].content.lowerBound..<lines[j].content.upperBound, role: .body)
            if classify {
                block.role = BlockClassifier.classify(bytes, block, lines)
                block.features = BlockFeatures.scan(bytes, block.content)
            }
            out.append(block)
            i = j + 1
        }
        return out
    }

    /// `range` without leading and trailing spaces, tabs, U+3000 and CR.
    /// Each line's bytes, its line feed not included; the text after the last line feed is a
    /// line too (empty when the text ends with one).
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while true {
            let e = UTF8Scan.lineEnd(bytes, from: i, to: bytes.count)
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
            else if UTF8Scan.isIdeographicSpace(bytes, at: lo, end: hi) { lo += 3 }
            else { break }
        }
        while hi > lo {
            let b = bytes[hi - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D { hi -= 1 }
            else if hi - 3 >= lo && UTF8Scan.isIdeographicSpace(bytes, at: hi - 3, end: hi) { hi -= 3 }
            else { break }
        }
        return lo..<hi
    }
}

extension TextLayout {
    /// The layout of the text after `edits` (sorted and apart, in this layout's coordinates;
    /// `p` is that text), found again only around them: blocks end at blank lines, and an edit
    /// leaves the blank lines away from it as they were, so from the blank line before an edit
    /// to the blank line after it the lines and blocks are found and classified again, and
    /// elsewhere they are moved by the edits' change in length. The result equals
    /// `TextLayout(p)`, at the cost of the text the edits touch.
    func relaid(by edits: [LocalEdit], in p: UnsafeBufferPointer<UInt8>) -> TextLayout {
        var changes: [(range: Range<Int>, delta: Int)] = []
        for e in edits where e.kind != .flag { changes.append((e.range, e.replacement.count - e.range.count)) }
        guard !changes.isEmpty, !lines.isEmpty else { return self }
        /// The line holding byte `o` (the last that starts at or before it).
        func line(at o: Int) -> Int {
            var lo = 0, hi = lines.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if lines[mid].range.lowerBound <= o { lo = mid + 1 } else { hi = mid }
            }
            return max(0, lo - 1)
        }
        // Stretches of lines `a...b` that blank lines or the text's ends bound, each with the
        // changes `c0..<c1` inside it.
        var regions: [(a: Int, b: Int, c0: Int, c1: Int)] = []
        var k = 0
        while k < changes.count {
            var a = line(at: changes[k].range.lowerBound)
            var b = line(at: changes[k].range.upperBound)
            var c0 = k
            k += 1
            while a > 0 && !lines[a - 1].isBlank { a -= 1 }
            while b + 1 < lines.count && !lines[b + 1].isBlank { b += 1 }
            if let last = regions.last, a <= last.b + 1 {
                regions.removeLast()
                a = last.a
                c0 = last.c0
                b = max(b, last.b)
            }
            // (The changes up to its end, as extended, belong to this stretch too.)
            while k < changes.count && line(at: changes[k].range.lowerBound) <= b {
                b = max(b, line(at: changes[k].range.upperBound))
                while b + 1 < lines.count && !lines[b + 1].isBlank { b += 1 }
                k += 1
            }
            regions.append((a, b, c0, k))
        }
        var out = self
        out.lines = []
        out.blocks = []
        out.lines.reserveCapacity(lines.count + 16)
        out.blocks.reserveCapacity(blocks.count + 16)
        var delta = 0  // new offset - old offset, between stretches
        var nextLine = 0, nextBlock = 0
        /// Old lines and blocks before line `end`, moved.
        func copy(upTo end: Int) {
            let shift = out.lines.count - nextLine
            for i in nextLine..<end {
                var l = lines[i]
                l.range = (l.range.lowerBound + delta)..<(l.range.upperBound + delta)
                l.content = (l.content.lowerBound + delta)..<(l.content.upperBound + delta)
                out.lines.append(l)
            }
            while nextBlock < blocks.count && blocks[nextBlock].lines.upperBound <= end {
                var b = blocks[nextBlock]
                b.lines = (b.lines.lowerBound + shift)..<(b.lines.upperBound + shift)
                b.content = (b.content.lowerBound + delta)..<(b.content.upperBound + delta)
                out.blocks.append(b)
                nextBlock += 1
            }
            nextLine = end
        }
        for r in regions {
            copy(upTo: r.a)
            while nextBlock < blocks.count && blocks[nextBlock].lines.lowerBound <= r.b { nextBlock += 1 }
            var inside = 0
            for c in changes[r.c0..<r.c1] { inside += c.delta }
            let start = lines[r.a].range.lowerBound + delta
            let end = lines[r.b].range.upperBound + delta + inside
            let first = out.lines.count
            out.lines += TextLayout.lines(p, start..<end)
            out.blocks += TextLayout.blocks(p, out.lines, first..<out.lines.count)
            delta += inside
            nextLine = r.b + 1
        }
        copy(upTo: lines.count)
        return out
    }
}
