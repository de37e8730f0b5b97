/// S-BLANK — trailing space and blank lines.
///
/// Source: rules.md §4.9 S-BLANK; the Markdown output of §0.1 (paragraphs separated by one blank
/// line). Trailing spaces, tabs and U+3000 are stripped; whitespace-only lines count as blank;
/// runs of blank lines collapse to one; blank lines at the start and end go; the text ends with
/// exactly one line feed.
///
///     第一段。⏎⏎⏎⏎第二段。   →  第一段。⏎⏎第二段。⏎
struct SBlank {
    static let id: RuleID = "S-BLANK"
    static let summary = "Strip trailing space; one blank line between blocks; one final line feed"
}

/// Markdown rendering: the blocks, one blank line apart, and a final line feed.
struct MarkdownRenderingStage: Stage {
    private static let indent: [UInt8] = Array("\u{3000}\u{3000}".utf8)

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        let text = document.text
        var edits: [LocalEdit] = []
        guard let first = layout.blocks.first else {
            // Nothing but whitespace: the output is empty.
            if !text.isEmpty { edits.append(LocalEdit(SBlank.id, .remove, range: 0..<text.count, note: "whitespace only")) }
            return edits
        }
        // Blank lines before the first block.
        let firstLine = layout.lines[first.lines.lowerBound].range.lowerBound
        if firstLine > 0 { edits.append(LocalEdit(SBlank.id, .remove, range: 0..<firstLine, note: "leading blank lines")) }
        for (k, block) in layout.blocks.enumerated() {
            for li in block.lines {
                let line = layout.lines[li]
                // S-INDENT: leading whitespace; in indent mode running text opens with two U+3000.
                let lead = line.range.lowerBound..<line.content.lowerBound
                let wantsIndent = context.options.indent && block.role.isRunningText && li == block.lines.lowerBound
                if wantsIndent {
                    if !text[lead].elementsEqual(Self.indent) {
                        edits.append(LocalEdit(SIndent.id, range: lead, replacement: Self.indent))
                    }
                } else if !lead.isEmpty {
                    edits.append(LocalEdit(SIndent.id, range: lead))
                }
                // S-BLANK: trailing whitespace of every line but the block's last (its end is
                // handled with the gap that follows).
                if li + 1 < block.lines.upperBound && line.content.upperBound < line.range.upperBound {
                    edits.append(LocalEdit(SBlank.id, range: line.content.upperBound..<line.range.upperBound))
                }
            }
            // The gap to the next block: exactly one blank line. At the end: exactly one line feed.
            let gapStart = block.content.upperBound
            let gapEnd: Int
            let wanted: [UInt8]
            if k + 1 < layout.blocks.count {
                gapEnd = layout.lines[layout.blocks[k + 1].lines.lowerBound].range.lowerBound
                wanted = [0x0A, 0x0A]
            } else {
                gapEnd = text.count
                wanted = [0x0A]
            }
            if !text[gapStart..<gapEnd].elementsEqual(wanted) {
                edits.append(LocalEdit(SBlank.id, range: gapStart..<gapEnd, replacement: wanted))
            }
        }
        return edits
    }
}
