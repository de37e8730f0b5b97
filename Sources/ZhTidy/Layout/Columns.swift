/// LAYOUT-COLUMNS — columns printed side by side (`pdftotext -layout`) are read one after another.
///
/// Not in rules.md (§3 step 3 names layout repair without an ID). `-layout` output pads each
/// printed column to a fixed character position, so within a band of lines (between blank lines)
/// the columns start at the same positions line after line. Those positions are found by counting
/// where text starts after a space; each line is cut there, and the band is rewritten column by
/// column — every character kept, in reading order — for the wrapped-text rules to unwrap.
///
///     牧野区召开…调度 李博强调，要认清…      →  牧野区召开…调度
///     会。区委书记…部长 基。以“时时放…          会。区委书记…部长
///                                               李博强调，要认清…
///                                               基。以“时时放…
struct LayoutColumns {
    static let id: RuleID = "LAYOUT-COLUMNS"
    static let summary = "Read side-by-side columns (pdftotext -layout) one after another"

    /// The column starts of a band: positions where text starts after a space on enough lines,
    /// merged with the indented starts just right of them.
    static func starts(_ band: [[UInt32]]) -> [Int] {
        var count: [Int: Int] = [:]
        for line in band {
            for p in 1..<max(1, line.count) where line[p] != 0x20 && line[p - 1] == 0x20 {
                count[p, default: 0] += 1
            }
        }
        let need = max(2, band.count / 4)
        var candidates = count.filter { $0.value >= need }.map(\.key).sorted()
        // An indented first line starts 1–3 cells right of its column: keep the leftmost.
        var merged: [Int] = []
        for c in candidates where merged.last.map({ c - $0 > 3 }) ?? true { merged.append(c) }
        candidates = merged
        return candidates.filter { $0 >= 4 }
    }

    /// The band's text read column by column (lines joined by line feeds).
    static func reorder(_ band: [[UInt32]]) -> [UInt32]? {
        let cuts = starts(band)
        guard !cuts.isEmpty else { return nil }
        var columns = [[[UInt32]]](repeating: [], count: cuts.count + 1)
        for line in band {
            var bounds = [0]
            for c in cuts where c < line.count && c > 0 && line[c - 1] == 0x20 { bounds.append(c) }
            bounds.append(line.count)
            for (k, lo) in bounds.dropLast().enumerated() {
                let hi = bounds[k + 1]
                let column = k == 0 ? 0 : (cuts.firstIndex(of: lo).map { $0 + 1 } ?? 0)
                var seg = Array(line[lo..<hi])
                while seg.last == 0x20 { seg.removeLast() }
                while seg.first == 0x20 { seg.removeFirst() }
                if !seg.isEmpty { columns[column].append(seg) }
            }
        }
        let used = columns.filter { !$0.isEmpty }
        guard used.count > 1 else { return nil }
        return Array(used.map { Array($0.joined(separator: [0x0A])) }.joined(separator: [0x0A]))
    }
}

/// For `-layout` input: each band of lines rewritten column by column.
struct ColumnStage: Stage {
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        document.text.withUnsafeBufferPointer { p -> [LocalEdit] in
            let kind = context.options.inputKind ?? InputKind.detect(p)
            context.inputKind = kind
            if kind != .layout && InputKind.looksInterleaved(p) {
                context.warnings.append(
                    "the columns look interleaved (lines of neighbouring columns glued with spaces); the text is "
                        + "kept as it is, but its paragraphs cannot be repaired: extract with `pdftotext -raw` "
                        + "(or PyMuPDF's get_text(\"text\")) for clean paragraphs")
            }
            guard kind == .layout else { return [] }
            var edits: [LocalEdit] = []
            let lines = RawLine.split(p)
            var k = 0
            while k < lines.count {
                guard !lines[k].content.isEmpty else { k += 1; continue }
                var e = k
                while e < lines.count && !lines[e].content.isEmpty { e += 1 }
                // Lines of the band as scalars, with leading spaces (positions matter).
                let band = lines[k..<e].map { UTF8Scan.scalars(p, $0.range.lowerBound..<$0.content.upperBound) }
                if let text = LayoutColumns.reorder(band) {
                    let range = lines[k].range.lowerBound..<lines[e - 1].content.upperBound
                    edits.append(LocalEdit(LayoutColumns.id, range: range, replacement: UTF8Scan.encode(text),
                                           note: "columns read in order"))
                }
                k = e
            }
            return edits
        }
    }
}
