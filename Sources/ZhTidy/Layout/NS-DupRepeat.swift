/// NS-DUP-REPEAT — remove an extractor's second copy of a run of text printed right after the
/// first, a space or two between them.
///
/// Source: rules.md §5.9 (extraction damage, the NS-DUP family: stray copies of text). pymupdf4llm
/// prints the rest of a line after a bold span twice on ReportLab's pages: `本报讯 近日,全市科
/// 近日,全市科 技服务业…`, `本报讯 6月8日,牧野 6月8日,牧野 6月8日,牧野 区召开…`. No text is
/// written so: a run of four characters or more, two of them Han characters, three different, no
/// space in it and no sentence's end at its end (the copies are of a line's rest, mid-sentence),
/// repeated whole with one or two spaces between, is one run. The copies after the first are removed,
/// one edit each.
///
///     本报讯 近日,全市科  近日,全市科 技服务业现场推进会…  →  本报讯 近日,全市科 技服务业现场推进会…
///
/// One pass over the bytes, comparing each space-delimited run with the one after it.
struct NSDupRepeat {
    static let id: RuleID = "NS-DUP-REPEAT"
    static let summary = "Remove an extractor's second copy of a run of text printed right after the first"

    /// The shortest run (in scalars) whose repeat is removed.
    static let minimumRun = 4

    /// Whether bytes `r` of `p` are a run that may not repeat: four scalars or more, two of them
    /// Han characters, three different (a laugh, `哈哈哈哈 哈哈哈哈`, may be written so), and no
    /// sentence's end at its end. (Decoded only for the few runs that repeat.)
    static func isRun(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let s = UTF8Scan.scalars(p, r)
        return s.count >= minimumRun && s.lazy.filter(CharacterClass.isHan).count >= 2
            && Scalars.holdsThreeDifferent(s) && !CharacterClass.endsSentence(s)
    }

    static func scan(_ p: UnsafeBufferPointer<UInt8>, into edits: inout [LocalEdit]) {
        // The run before (its bytes) and where its last copy ends.
        var previous: Range<Int>? = nil
        var end = 0
        // Spaces since it, counted as characters (an ideographic space is one, of three bytes:
        // S-TITLE-SEP makes it a space, and a second run must find the copies the first did).
        var gap = 0
        // (An ideographic space ends a run too: S-BLANK takes one off a line's end, and the
        // second run must find the copies the first did, `# 推广…技术 推广…技术\u{3000}`.)
        @inline(__always) func ideographicSpace(_ k: Int) -> Bool { UTF8Scan.isIdeographicSpace(p, at: k, end: p.count) }
        var i = 0
        while i < p.count {
            // The next run of non-space bytes on this line.
            if p[i] == 0x0A { previous = nil; i += 1; continue }
            if p[i] == 0x20 { gap += 1; i += 1; continue }
            if ideographicSpace(i) { gap += 1; i += 3; continue }
            // (A space, a line feed or an ideographic space's lead byte, eight bytes at a time.)
            var e = UTF8Scan.findAny(0x20, 0x0A, 0xE3, p, from: i + 1, to: p.count)
            while e < p.count && p[e] == 0xE3 && !ideographicSpace(e) {
                e = UTF8Scan.findAny(0x20, 0x0A, 0xE3, p, from: e + 1, to: p.count)
            }
            let run = i..<e
            defer { i = e; gap = 0 }
            if let a = previous, gap <= 2, a.count == run.count,
               p[a].elementsEqual(p[run]), isRun(p, a) {
                // (A third copy is compared with the first.)
                edits.append(LocalEdit(id, .remove, range: end..<run.upperBound,
                                       note: "a second copy of “\(String(decoding: p[a], as: UTF8.self))”"))
                end = run.upperBound
                continue
            }
            previous = run
            end = run.upperBound
        }
    }
}

struct RepeatStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        guard context.options.isEnabled(NSDupRepeat.id) else { return [] }
        var edits: [LocalEdit] = []
        document.text.withUnsafeBufferPointer { NSDupRepeat.scan($0, into: &edits) }
        return edits
    }
}
