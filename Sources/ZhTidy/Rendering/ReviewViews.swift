/// Views of the edit log for review: `--explain`, `--diff`, `--check`. Each is computed from a
/// ``Tidy/Result`` alone (the input, the output and the records); none looks at the text again.
public enum ReviewViews {
    // MARK: --explain

    /// One line per record: `file:line:col RULE-ID before → after`, with the reason for removals
    /// and flags, in the original's coordinates.
    public static func explain(_ r: Tidy.Result, file: String) -> String {
        var out = ""
        for e in r.edits {
            out += "\(file):\(e.start.line):\(e.start.column) \(e.rule) "
            switch e.kind {
            case .fix: out += "\(visible(e.before)) → \(visible(e.after))"
            case .remove: out += "\(visible(e.before)) → (removed)"
            case .flag: out += "\(visible(e.before))"
            }
            if e.kind != .fix || e.note != nil, let note = e.note { out += " (\(e.kind == .flag ? "flag: " : "")\(note))" }
            else if e.kind == .flag { out += " (flag)" }
            if !e.via.isEmpty { out += " [after \(e.via.map(\.rawValue).joined(separator: ", "))]" }
            out += "\n"
        }
        return out
    }

    /// The same records as JSON objects, one per line, with byte offsets.
    public static func explainJSON(_ r: Tidy.Result, file: String) -> String {
        var out = ""
        for e in r.edits {
            var fields: [(String, String)] = [
                ("file", JSON.string(file)), ("rule", JSON.string(e.rule.rawValue)), ("kind", JSON.string(e.kind.rawValue)),
                ("line", String(e.start.line)), ("column", String(e.start.column)),
                ("byteStart", String(e.range.lowerBound)), ("byteEnd", String(e.range.upperBound)),
                ("before", JSON.string(e.before)), ("after", JSON.string(e.after)),
            ]
            if let note = e.note { fields.append(("note", JSON.string(note))) }
            if !e.via.isEmpty { fields.append(("via", "[" + e.via.map { JSON.string($0.rawValue) }.joined(separator: ",") + "]")) }
            out += "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}\n"
        }
        return out
    }

    /// Control and invisible characters shown as `⏎`, `\u{…}`, so a record is readable on one line.
    static func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: out += "⏎"
            case 0x20: out += "␠"
            case 0x09: out += "⇥"
            case 0x3000: out += "\\u{3000}"
            case 0..<0x20, 0x7F...0x9F, 0x200B...0x200F, 0x2060, 0xFEFF, 0xA0, 0xAD:
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out.isEmpty ? "∅" : out
    }

    // MARK: --check

    /// `file: N edits (P- 320, S- 14, …), F flags` — or `file: clean`.
    public static func checkSummary(_ r: Tidy.Result, file: String) -> String {
        let all = r.edits
        let changes = all.filter { $0.kind != .flag }
        let flags = all.count - changes.count
        guard !changes.isEmpty else { return "\(file): clean" + (flags > 0 ? ", \(flags) flag\(flags == 1 ? "" : "s")" : "") }
        var byFamily: [String: Int] = [:]
        for e in changes { byFamily[e.rule.family, default: 0] += 1 }
        let families = byFamily.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(file): \(changes.count) edit\(changes.count == 1 ? "" : "s") (\(families))"
            + (flags > 0 ? ", \(flags) flag\(flags == 1 ? "" : "s")" : "")
    }

    // MARK: --diff

    /// A unified diff (`diff -u` conventions, three lines of context) of the input and the output.
    /// The line alignment comes from the standard library's `difference(from:)`.
    public static func unifiedDiff(_ r: Tidy.Result, file: String, color: Bool = false) -> String {
        let old = lines(r.input), new = lines(r.output)
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // The edit script: (kind, old index, new index).
        enum Op { case same, del, add }
        var script: [(Op, Int, Int)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count && removed.contains(i) { script.append((.del, i, j)); i += 1 }
            else if j < new.count && inserted.contains(j) { script.append((.add, i, j)); j += 1 }
            else { script.append((.same, i, j)); i += 1; j += 1 }
        }
        guard script.contains(where: { $0.0 != .same }) else { return "" }
        let (red, green, cyan, bold, reset) = color ? ("\u{1B}[31m", "\u{1B}[32m", "\u{1B}[36m", "\u{1B}[1m", "\u{1B}[0m") : ("", "", "", "", "")
        var out = "\(bold)--- a/\(file)\(reset)\n\(bold)+++ b/\(file)\(reset)\n"
        let context = 3
        var k = 0
        while k < script.count {
            guard script[k].0 != .same else { k += 1; continue }
            // A hunk: from `context` lines before the change to `context` after the last change
            // that is no more than 2 × context away.
            let start = max(0, k - context)
            var end = k
            var last = k
            while end < script.count {
                if script[end].0 != .same { last = end }
                if end - last > 2 * context { break }
                end += 1
            }
            end = min(script.count, last + context + 1)
            let hunk = script[start..<end]
            let oldStart = hunk.first!.1, newStart = hunk.first!.2
            let oldCount = hunk.filter { $0.0 != .add }.count, newCount = hunk.filter { $0.0 != .del }.count
            out += "\(cyan)@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\(reset)\n"
            for (op, oi, nj) in hunk {
                switch op {
                case .same: out += " " + old[oi] + "\n"
                case .del: out += red + "-" + old[oi] + reset + "\n"
                case .add: out += green + "+" + new[nj] + reset + "\n"
                }
            }
            k = end
        }
        return out
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        var out = bytes.utf8String.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if out.last == "" { out.removeLast() }
        return out
    }
}

/// Minimal JSON string escaping (the library stays free of Foundation).
enum JSON {
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
