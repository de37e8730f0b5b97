/// S-JOIN-PAST-BYLINE — a paragraph's rest, printed after its article's closing byline, is
/// joined back to it; the byline follows.
///
/// Not in rules.md: S-JOIN (a) never joins across a byline, and NS-TRUNCATED flags a paragraph
/// that stops mid-sentence before one. Extractors that read a multi-column page line by line
/// (pdftotext's default mode, pdfplumber, pymupdf4llm) can read a column's closing byline before
/// the column beside it is done, so a paragraph stops mid-sentence at the byline and goes on right
/// after it. The evidence must hold at both ends: P1 would be joined to P3 by S-JOIN (it ends
/// mid-sentence, P3 is body text that no list, jump line or colon keeps apart), and P3 cannot open a
/// paragraph — it opens with a pause or closing mark, or the break splits a word in ICU's
/// dictionary (`繁|忙`). P1, the byline and P3 are each one line (paragraphs as the layout stage
/// leaves them).
///
///     …毅然放下郑州繁⏎⏎（杨恒战 罗菲）⏎⏎忙的生意返乡助农。
///         →  …毅然放下郑州繁忙的生意返乡助农。⏎⏎（杨恒战 罗菲）
struct SJoinPastByline {
    static let id: RuleID = "S-JOIN-PAST-BYLINE"
    static let summary = "Join a paragraph's rest printed after its article's closing byline back to it"

    /// The edit that joins `b3` to `b1` past the closing byline `b2` (from `b1`'s end to `b3`'s),
    /// or nil.
    static func edit(
        _ p: UnsafeBufferPointer<UInt8>, _ b1: Block, _ b2: Block, _ b3: Block, balance: Completeness.Balance,
        context: inout PipelineContext
    ) -> LocalEdit? {
        guard b2.role.isByline, b3.role == .body, b1.lines.count == 1, b2.lines.count == 1, b3.lines.count == 1,
              let reason = SJoin.decide(p, b1, b3, balance: balance, context: &context) else { return nil }
        let tail = Completeness.tail(p, b1.content, count: 12)
        let head = UTF8Scan.scalars(p, b3.content, limit: 12)
        guard let last = tail.last, let first = head.first else { return nil }
        let opensMidSentence = CharacterClass.isCloseOrPause(CharacterClass.widthFolded(first))
        guard opensMidSentence || SJoin.splitsWord(tail, head, &context) else { return nil }
        var replacement = SJoin.glue(last, first)
        replacement += p[b3.content]
        replacement += [0x0A, 0x0A]
        replacement += p[b2.content]
        let evidence = opensMidSentence ? "P3 opens with a mark no paragraph opens with" : reason
        return LocalEdit(id, range: b1.content.upperBound..<b3.content.upperBound, replacement: replacement,
                         note: "\(evidence); its rest was printed after the byline, which now follows it")
    }
}
