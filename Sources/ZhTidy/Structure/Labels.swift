/// Structure labels in the format of rules.md §5.0 (`KIND|key=value…`), one per non-blank line:
/// what the recognizers see, for tests and for `--explain`.
public enum StructureLabels {
    /// The label of each non-blank line of `text`, joined by line feeds.
    public static func labels(_ text: String) -> String {
        var labels: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let s = Array(line.unicodeScalars.map(\.value))
            let trimmed = Array(s.drop { CharacterClass.isSpace($0) }.reversed().drop { CharacterClass.isSpace($0) }.reversed())
            guard !trimmed.isEmpty else { continue }
            labels.append(label(trimmed))
        }
        return labels.joined(separator: "\n")
    }

    static func label(_ s: [UInt32]) -> String {
        if let c = Continuation.match(s) { return "CONTINUATION|dir=\(c.direction.rawValue)|page=\(c.arabicPage)" }
        if let b = Byline.matchTrailing(s) { return b.label }
        if let d = Dateline.match(s) { return d.label }
        let figrefs = UTF8Scan.encode(s).withUnsafeBufferPointer { p in
            NSFigRef.markers(p, 0..<p.count).map { r -> String in
                let inner = UTF8Scan.scalars(p, r)
                return Scalars.string(inner.dropFirst().dropLast())
            }
        }
        return figrefs.isEmpty ? "BODY" : "BODY|figref=" + figrefs.joined(separator: ",")
    }
}

extension Continuation {
    /// The page as an Arabic number (`一` → `1`, `十二` → `12`); Latin-prefixed pages as printed.
    var arabicPage: String { Self.arabic(page) }

    /// `一` → `1`, `十二` → `12`; anything but Han numerals as given.
    static func arabic(_ page: String) -> String {
        let digits = Scalars.of("一二三四五六七八九")
        let s = Scalars.of(page)
        guard s.allSatisfy({ digits.contains($0) || $0 == Scalars.of("十")[0] }) else { return page }
        var value = 0
        var current = 0
        for c in s {
            if let d = digits.firstIndex(of: c) { current = d + 1 } else { value += max(current, 1) * 10; current = 0 }
        }
        return String(value + current)
    }

    /// The jump as page metadata.
    var jump: PageInfo.Jump { PageInfo.Jump(direction: direction.rawValue, page: arabicPage) }
}
