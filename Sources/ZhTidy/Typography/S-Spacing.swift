/// S-HAN-HAN — spurious spaces between two Han characters in running text.
///
/// Source: rules.md §4.9 S-HAN-HAN (clreq: Chinese text has no word spaces; justification and
/// extraction insert them). In body text every run of spaces (U+0020, U+3000) between two Han
/// characters is deleted. Spaces that are data stay: after a dateline token and inside its credit
/// (S-DATELINE, S-BYLINE), in headings (S-TITLE-SEP), bylines, captions and credits.
///
///     区委 书记刘怀斌主持会议  →  区委书记刘怀斌主持会议
///     本报讯 近日，            →  unchanged (S-DATELINE)
struct SHanHan {
    static let id: RuleID = "S-HAN-HAN"
    static let summary = "Delete spaces between two Han characters in body text"

    /// Appends deletions for the Han–space–Han runs in `range`.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into edits: inout [LocalEdit]) {
        var i = range.lowerBound
        var lastHanEnd = -1  // end of the last Han scalar when only spaces followed it
        var spaceStart = -1
        while i < range.upperBound {
            let b = p[i]
            if b == 0x20 || b == 0x09 {
                if lastHanEnd >= 0 && spaceStart < 0 { spaceStart = i }
                i += 1
                continue
            }
            if b < 0x80 { lastHanEnd = -1; spaceStart = -1; i += 1; continue }
            let (c, n) = UTF8Scan.decode(p, at: i)
            if c == 0x3000 {
                if lastHanEnd >= 0 && spaceStart < 0 { spaceStart = i }
                i += n
                continue
            }
            if CharacterClass.isHan(c) {
                if spaceStart >= 0 { edits.append(LocalEdit(id, range: spaceStart..<i)) }
                lastHanEnd = i + n
            } else {
                lastHanEnd = -1
            }
            spaceStart = -1
            i += n
        }
    }
}

/// The whitespace stage: space rules by role.
struct SpacingStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let layout = context.layout(of: document)
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { p in
            for block in layout.blocks {
                var start = block.content.lowerBound
                switch block.role {
                case .body: break
                case .dateline(let d):
                    // Past the token and its credit: those spaces are data.
                    start = Self.offset(p, block.content, afterScalars: d.tokenLength)
                    if d.credit != nil { start = Self.afterClosingBracket(p, start..<block.content.upperBound) }
                default: continue
                }
                for li in block.lines {
                    let line = layout.lines[li].content
                    let r = max(line.lowerBound, start)..<line.upperBound
                    if !r.isEmpty { SHanHan.scan(p, r, into: &edits) }
                }
            }
        }
        return edits
    }

    static func offset(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, afterScalars n: Int) -> Int {
        var i = r.lowerBound
        for _ in 0..<n where i < r.upperBound { i += UTF8Scan.sequenceLength(p[i]) }
        return i
    }

    static func afterClosingBracket(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while i < r.upperBound {
            let (c, n) = UTF8Scan.decode(p, at: i)
            i += n
            if c == 0xFF09 || c == 0x29 { return i }
        }
        return r.lowerBound
    }
}
