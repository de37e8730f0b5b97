/// MD-CODE — Markdown code stays exactly as written: fenced code blocks and code spans.
///
/// Not in rules.md, whose rules are for prose. CommonMark 0.31.2 makes code literal: a fenced code
/// block (§4.5) runs from a line of three or more backticks or tildes (indented three spaces at
/// most; a backtick fence's info string holds no backtick) to a line of at least as many of the
/// same character and nothing else but spaces, or to the text's end; a code span (§6.1) runs from
/// a run of backticks to the next run of exactly as many. Formatters leave both alone (prettier
/// does), and so does zhtidy: an edit of any stage that touches one is dropped before it is
/// applied, so neither the text nor the edit log changes there. A fenced block's line breaks
/// around it stay too (no join reads its fence into a paragraph), though blank lines may be put
/// before and after it. U-INVISIBLE still runs inside (line ends, invisible characters), before
/// the code is found. Code spans are looked for within a line only (CommonMark lets one run on
/// over a line break inside a paragraph: such a span is read as text here).
///
///     正文 , 这里.                 →  正文，这里。
///     ```swift                         ```swift
///     print("你好 , 世界")             print("你好 , 世界")
///     ```                              ```
///     命令 `zhtidy -` 读标准输入 .  →  命令 `zhtidy -` 读标准输入。
///
/// Only text that holds a backtick or a tilde is looked at (U-INVISIBLE notes one as it passes):
/// Chinese prose seldom has either, and then nothing is scanned again. A stream (``TidyStream``)
/// is cleaned in pieces of 512 KiB or more cut at paragraph breaks: a fenced block that a cut
/// falls inside is kept whole only in the piece that holds its opening fence (to that piece's
/// end, as an unclosed fence); its lines in the next piece read as text.
struct MarkdownCode {
    static let id: RuleID = "MD-CODE"
    static let summary = "Recognize Markdown code (fenced blocks, code spans): no rule edits inside"

    /// A stretch of code in a text: bytes `range`, and whether it is a fenced block (its line
    /// breaks on either side stay as well).
    struct Code: Equatable {
        var range: Range<Int>
        var fenced: Bool
    }

    /// The code in `p`, in order: fenced blocks, then (outside them) code spans.
    static func code(_ p: UnsafeBufferPointer<UInt8>) -> [Code] {
        var out: [Code] = []
        let n = p.count
        var fence: (start: Int, char: UInt8, count: Int)?
        for r in TextLayout.lineRanges(p) {
            let (line, end) = (r.lowerBound, r.upperBound)
            // Up to three spaces, then the fence's characters.
            var k = line
            while k < end && k - line < 3 && p[k] == 0x20 { k += 1 }
            var run = k
            let c = k < end ? p[k] : 0
            if c == 0x60 || c == 0x7E { while run < end && p[run] == c { run += 1 } }
            let count = run - k
            if let f = fence {
                // A closing fence: as many of the same character or more, then spaces only.
                if c == f.char && count >= f.count && (run..<end).allSatisfy({ p[$0] == 0x20 }) {
                    out.append(Code(range: f.start..<end, fenced: true))
                    fence = nil
                }
            } else if count >= 3 && (c == 0x7E || !(run..<end).contains(where: { p[$0] == 0x60 })) {
                fence = (line, c, count)
            } else {
                spans(p, r, into: &out)
            }
        }
        // (An unclosed fence runs to the text's end.)
        if let f = fence { out.append(Code(range: f.start..<n, fenced: true)) }
        return out
    }

    /// The code spans of one line: a run of backticks to the next run of exactly as many (a run
    /// with no such match is text).
    private static func spans(_ p: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into out: inout [Code]) {
        var k = UTF8Scan.find(0x60, p, from: line.lowerBound, to: line.upperBound)
        while k < line.upperBound {
            var e = k
            while e < line.upperBound && p[e] == 0x60 { e += 1 }
            let length = e - k
            // The closing run: exactly `length` backticks.
            var j = UTF8Scan.find(0x60, p, from: e, to: line.upperBound)
            var closed: Int?
            while j < line.upperBound {
                var r = j
                while r < line.upperBound && p[r] == 0x60 { r += 1 }
                if r - j == length { closed = r; break }
                j = UTF8Scan.find(0x60, p, from: r, to: line.upperBound)
            }
            guard let close = closed else {
                k = UTF8Scan.find(0x60, p, from: e, to: line.upperBound)
                continue
            }
            out.append(Code(range: k..<close, fenced: false))
            k = UTF8Scan.find(0x60, p, from: close, to: line.upperBound)
        }
    }

    /// Whether `edit` leaves `code` alone: it changes no byte inside, and inserts nothing inside
    /// (at a fenced block's edges, only line breaks); a fenced block's line breaks on either side
    /// are not changed either.
    static func leaves(_ code: Code, _ edit: LocalEdit) -> Bool {
        let r = edit.range
        if r.isEmpty {
            if code.fenced && (r.lowerBound == code.range.lowerBound || r.lowerBound == code.range.upperBound) {
                return edit.replacement.allSatisfy { $0 == 0x0A }
            }
            return r.lowerBound <= code.range.lowerBound || r.lowerBound >= code.range.upperBound
        }
        let guarded = code.fenced ? (code.range.lowerBound - 1)..<(code.range.upperBound + 1) : code.range
        return r.upperBound <= guarded.lowerBound || r.lowerBound >= guarded.upperBound
    }

    /// `edits` without those that touch `code` (both in order).
    static func outside(_ edits: [LocalEdit], _ code: [Code]) -> [LocalEdit] {
        guard !code.isEmpty else { return edits }
        return edits.filter { e in
            // The first stretch of code that ends at or after the edit's start (a fenced block's
            // line break after it counted).
            var lo = 0, hi = code.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if code[mid].range.upperBound + (code[mid].fenced ? 1 : 0) < e.range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var i = lo
            while i < code.count && code[i].range.lowerBound - (code[i].fenced ? 1 : 0) <= e.range.upperBound {
                if !leaves(code[i], e) { return false }
                i += 1
            }
            return true
        }
    }
}
