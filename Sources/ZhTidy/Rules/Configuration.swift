/// An invalid setting: an unknown rule or key, or a value out of range.
public enum OptionsError: Error, Equatable, CustomStringConvertible {
    case unknownRule(String)
    case unknownKey(String, line: Int)
    case invalidValue(key: String, value: String, expected: String, line: Int)
    case syntax(String, line: Int)

    public var description: String {
        switch self {
        case .unknownRule(let r): return "unknown rule '\(r)' (see --list-rules)"
        case .unknownKey(let k, let line): return "line \(line): unknown key '\(k)' (known: \(Configuration.keys.joined(separator: ", ")))"
        case .invalidValue(let k, let v, let expected, let line): return "line \(line): \(k) = \(v): expected \(expected)"
        case .syntax(let m, let line): return "line \(line): \(m)"
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

extension Options {
    /// Switches rules (IDs or family prefixes) off.
    public mutating func disable(_ names: [String]) throws {
        for n in names { for id in try RuleCatalog.resolve(n) { disabledRules.insert(id); enabledRules.remove(id) } }
    }

    /// Switches rules (IDs or family prefixes) on, including those off by default.
    public mutating func enable(_ names: [String]) throws {
        for n in names { for id in try RuleCatalog.resolve(n) { enabledRules.insert(id); disabledRules.remove(id) } }
    }

    /// Whether edits of rule `id` (or of the rule that owns flag code `id`) are kept.
    public func isEnabled(_ id: RuleID) -> Bool {
        let owner = RuleCatalog.owner(of: id)
        if disabledRules.contains(owner) { return false }
        if enabledRules.contains(owner) { return true }
        return RuleCatalog.info(owner)?.enabledByDefault ?? true
    }
}

/// The settings file `.zhtidy.toml`: the command-line options as TOML keys.
///
///     style = "web"              # print | web
///     locale = "zh-Hant"         # zh-Hans | zh-Hant
///     indent = true
///     keep-corner-brackets = false
///     keep-figure-markers = false
///     disable = ["Q-", "S-HAN-LATIN"]
///     enable = ["O-REPEAT"]
///
/// A small TOML subset: `key = value` with strings, booleans and arrays of strings (which may
/// span lines), and `#` comments. Anything else is an error naming the line.
public enum Configuration {
    public static let keys = ["style", "locale", "indent", "keep-corner-brackets", "keep-figure-markers", "disable", "enable"]

    /// Applies the settings in `text` to `options`.
    public static func apply(_ text: String, to options: inout Options) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var n = 0
        while n < lines.count {
            let number = n + 1
            var line = stripComment(lines[n]).trimmingSpaces
            n += 1
            if line.isEmpty { continue }
            if line.hasPrefix("[") { throw OptionsError.syntax("tables are not supported; write top-level keys", line: number) }
            guard let eq = line.firstIndex(of: "=") else { throw OptionsError.syntax("expected key = value", line: number) }
            let key = String(line[..<eq]).trimmingSpaces.trimmingCharacters(in: "\"")
            var value = String(line[line.index(after: eq)...]).trimmingSpaces
            // A multi-line array.
            while value.hasPrefix("[") && !value.hasSuffix("]") && n < lines.count {
                value += " " + stripComment(lines[n]).trimmingSpaces
                n += 1
            }
            line = value
            switch key {
            case "style":
                guard let s = Options.Style(rawValue: try string(value, key, number)) else {
                    throw OptionsError.invalidValue(key: key, value: value, expected: "\"print\" or \"web\"", line: number)
                }
                options.style = s
            case "locale":
                guard let l = Options.Locale(name: try string(value, key, number)) else {
                    throw OptionsError.invalidValue(key: key, value: value, expected: "\"zh-Hans\" or \"zh-Hant\"", line: number)
                }
                options.locale = l
            case "indent": options.indent = try bool(value, key, number)
            case "keep-corner-brackets": options.keepCornerBrackets = try bool(value, key, number)
            case "keep-figure-markers": options.removeFigureMarkers = !(try bool(value, key, number))
            case "disable": try options.disable(try strings(value, key, number))
            case "enable": try options.enable(try strings(value, key, number))
            default: throw OptionsError.unknownKey(key, line: number)
            }
        }
    }

    private static func stripComment(_ line: String) -> String {
        var inString = false
        var out = ""
        for ch in line {
            if ch == "\"" { inString.toggle() }
            if ch == "#" && !inString { break }
            out.append(ch)
        }
        return out
    }

    private static func string(_ v: String, _ key: String, _ line: Int) throws -> String {
        guard v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") else {
            throw OptionsError.invalidValue(key: key, value: v, expected: "a quoted string", line: line)
        }
        return String(v.dropFirst().dropLast())
    }

    private static func bool(_ v: String, _ key: String, _ line: Int) throws -> Bool {
        switch v {
        case "true": return true
        case "false": return false
        default: throw OptionsError.invalidValue(key: key, value: v, expected: "true or false", line: line)
        }
    }

    private static func strings(_ v: String, _ key: String, _ line: Int) throws -> [String] {
        guard v.hasPrefix("["), v.hasSuffix("]") else {
            throw OptionsError.invalidValue(key: key, value: v, expected: "an array of strings", line: line)
        }
        let inner = v.dropFirst().dropLast()
        return try inner.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            .map { try string($0, key, line) }
    }
}

extension Options.Locale {
    /// `zh-Hans`/`zh-CN` or `zh-Hant`/`zh-TW`/`zh-HK`.
    public init?(name: String) {
        switch name {
        case "zh-Hans", "zh-CN", "zh-SG": self = .hans
        case "zh-Hant", "zh-TW", "zh-HK", "zh-MO": self = .hant
        default: return nil
        }
    }
}

private extension String {
    func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
