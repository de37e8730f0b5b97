/// U-INVISIBLE — line ends, invisible and control characters.
///
/// Source: rules.md §4.1 (U-INVISIBLE); clreq (U+3000 is not touched here: the S-rules decide).
/// CRLF and CR become LF; U+200B, U+200E/200F, U+2060, U+FEFF, U+00AD and C0/C1 controls other
/// than LF are deleted; U+00A0, U+2000–200A, U+202F, U+205F and TAB become U+0020; U+200C/200D
/// are kept only between emoji. A form feed (a page break from pdftotext) becomes a blank line.
///
///     红旗​区   (U+200B inside)  →  红旗区
///     新乡 日报 (U+00A0)        →  新乡 日报, then S-HAN-HAN
struct UInvisible {
    static let id: RuleID = "U-INVISIBLE"
    static let summary = "Normalize line ends; delete invisible and control characters; NBSP and TAB to space"

    /// Appends the edits for `bytes` to `edits`; returns whether the text holds a backtick or a
    /// tilde (Markdown code may stand there, see ``MarkdownCode``). One pass; ASCII bytes below
    /// the backtick cost one comparison.
    @discardableResult
    static func scan(_ p: UnsafeBufferPointer<UInt8>, into edits: inout [LocalEdit]) -> Bool {
        let space: [UInt8] = [0x20], lf: [UInt8] = [0x0A]
        var i = 0
        var code = false
        let n = p.count
        while i < n {
            let b = p[i]
            if b >= 0x20 && b < 0x60 { i += 1; continue }
            if b >= 0x60 && b < 0x7F {
                if b == 0x60 || b == 0x7E { code = true }
                i += 1
                continue
            }
            if b == 0x0A { i += 1; continue }
            // U+3000–U+EFFF (most Han) hold nothing invisible: stepped over without decoding.
            if b >= 0xE3 && b <= 0xEE { i += 3; continue }
            if b < 0x80 {
                switch b {
                case 0x0D:
                    let crlf = i + 1 < n && p[i + 1] == 0x0A
                    edits.append(LocalEdit(id, range: i..<(i + (crlf ? 2 : 1)), replacement: lf))
                    i += crlf ? 2 : 1
                case 0x09:
                    edits.append(LocalEdit(id, range: i..<(i + 1), replacement: space))
                    i += 1
                case 0x0C:
                    edits.append(LocalEdit(id, range: i..<(i + 1), replacement: [0x0A, 0x0A], note: "form feed (page break)"))
                    i += 1
                default:  // other C0 controls and DEL
                    edits.append(LocalEdit(id, .remove, range: i..<(i + 1), note: "control character"))
                    i += 1
                }
                continue
            }
            let (c, len) = UTF8Scan.decode(p, at: i)
            switch c {
            case 0x80...0x9F:
                edits.append(LocalEdit(id, .remove, range: i..<(i + len), note: "control character"))
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
                edits.append(LocalEdit(id, range: i..<(i + len), replacement: space))
            case 0x00AD, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF:
                edits.append(LocalEdit(id, .remove, range: i..<(i + len), note: "invisible character"))
            case 0x200C, 0x200D:
                let prevEmoji = i > 0 && UTF8Scan.decode(p, before: i).scalar >= 0x1F000
                let nextEmoji = i + len < n && UTF8Scan.decode(p, at: i + len).scalar >= 0x1F000
                if !(prevEmoji && nextEmoji) {
                    edits.append(LocalEdit(id, .remove, range: i..<(i + len), note: "invisible character"))
                }
            default:
                break
            }
            i += len
        }
        return code
    }
}

/// Line ends and invisible characters first, so that the code-point rules see clean text (a
/// control character inside `二零二四年` must not hide the year from U-LING).
struct InvisibleStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { p in
            context.mayHoldCode = UInvisible.scan(p, into: &edits)
            // Where each page starts: after its form feed, in order (the pipeline moves the
            // offsets through the edits).
            context.pageStarts = edits.filter { p[$0.range.lowerBound] == 0x0C }.map(\.range.upperBound)
        }
        return edits
    }
}

/// The code-point rules: one table built with ICU, applied by a byte loop.
struct CharacterStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        var edits: [LocalEdit] = []
        let map = context.options.locale == .hant ? CharacterMap.hant : CharacterMap.hans
        document.text.withUnsafeBufferPointer { CharacterMap.scan($0, map, into: &edits) }
        return edits
    }
}
