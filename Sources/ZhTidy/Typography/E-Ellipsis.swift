/// E-ELLIPSIS — the 省略号 is two U+2026.
///
/// Source: GB/T 15834-2011 4.11 (six dots, two em); clreq (two U+2026); rules.md §4.4. In Chinese
/// context, a run of 3 or more of `.．。·・`, or 1 or more of `…⋯‥︙` (mixtures too), becomes
/// `……`. A `。` before or after the ellipsis is kept (GB B.2.4 allows it; E-POINT-BEFORE/AFTER
/// flag it). Left alone: runs inside a Latin sentence (`Wait...`), table-of-contents leaders (≥10
/// dots then a page number), and in zh-Hant an existing `⋯⋯`.
///
///     大豆、玉米...  →  大豆、玉米……
///     他说⋯⋯       →  他说……
struct EEllipsis {
    static let id: RuleID = "E-ELLIPSIS"
    static let summary = "Ellipsis runs in Chinese text → ……"

    @inline(__always) static func isDotLike(_ c: UInt32) -> Bool {
        c == 0x2E || c == 0xFF0E || c == 0x3002 || c == 0xB7 || c == 0x30FB
    }
    @inline(__always) static func isEllipsis(_ c: UInt32) -> Bool {
        c == 0x2026 || c == 0x22EF || c == 0x2025 || c == 0xFE19
    }
    /// A dot-like mark or an ellipsis character: what an ellipsis run is made of.
    @inline(__always) static func isRunPart(_ c: UInt32) -> Bool { isDotLike(c) || isEllipsis(c) }
}

/// E-PARA-OMISSION — omitted paragraphs: a line of only ≥7 dots or ≥3 ellipsis characters
/// becomes `…………` (12 dots; GB/T 15834-2011 4.11: two 省略号 on a line of their own).
///
///     ............  →  …………
struct EParaOmission {
    static let id: RuleID = "E-PARA-OMISSION"
    static let summary = "A line of only dots → ………… (omitted paragraphs)"
}

struct EllipsisStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let hant = context.options.locale == .hant
        return collectEdits(document, &context, visit: { $0.features.contains(.ellipsisLike) }) { b, out in
            let mask = b.protectedMask()
            for line in b.lines {
                let lo = max(line.lowerBound, b.contentStart)
                // A line that is nothing but an ellipsis: omitted paragraphs.
                let content = line.filter { !CharacterClass.isSpace(b[$0]) }
                if !content.isEmpty, content.allSatisfy({ EEllipsis.isRunPart(b[$0]) }) {
                    let dots = content.filter { EEllipsis.isDotLike(b[$0]) }.count
                    let ells = content.count - dots
                    let isCanonicalPair = content.count == 2 && ells == 2 && content.allSatisfy { b[$0] == 0x2026 }
                    if !isCanonicalPair && (dots >= 7 || ells >= 3) {
                        let target: [UInt32] = [0x2026, 0x2026, 0x2026, 0x2026]
                        if !(content.count == 4 && content.allSatisfy { b[$0] == 0x2026 }) {
                            out.replace(b, content.first!..<(content.last! + 1), with: target, EParaOmission.id)
                        }
                        continue
                    }
                }
                var k = lo
                while k < line.upperBound {
                    guard EEllipsis.isRunPart(b[k]) else { k += 1; continue }
                    var e = k
                    while e < line.upperBound && EEllipsis.isRunPart(b[e]) { e += 1 }
                    defer { k = e }
                    var s = k, t = e
                    // A 。 leading or trailing an ellipsis proper is a point, not part of it.
                    let ells = (k..<e).filter { EEllipsis.isEllipsis(b[$0]) }.count
                    if ells > 0 {
                        while s < t && b[s] == 0x3002 { s += 1 }
                        while t > s && b[t - 1] == 0x3002 { t -= 1 }
                    }
                    let run = s..<t
                    guard !run.isEmpty, !(run.contains { mask[$0] }) else { continue }
                    let dots = run.filter { EEllipsis.isDotLike(b[$0]) }.count
                    guard ells > 0 || dots >= 3 else { continue }
                    if ells == 0 && dots >= 10 && b.at(t).map(CharacterClass.isDigit) == true { continue }  // leaders
                    if hant && run.count == 2 && run.allSatisfy({ b[$0] == 0x22EF }) { continue }
                    if run.count == 2 && run.allSatisfy({ b[$0] == 0x2026 }) { continue }
                    // Chinese context of the run, or a Chinese paragraph around it.
                    let latinNeighbours = (b.at(s - 1).map(CharacterClass.isLatin) ?? false)
                    guard b.isChineseContext(s, t) || (!latinNeighbours && b.hasHan) else { continue }
                    // A single · or ・ between Han is an interpunct, not an ellipsis (needs ≥3 anyway).
                    out.replace(b, run, with: [0x2026, 0x2026], EEllipsis.id)
                }
            }
        }
    }
}
