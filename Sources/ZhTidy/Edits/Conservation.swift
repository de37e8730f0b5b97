extension Tidy.Result {
    /// Han characters of the input that are neither in the output nor inside a `remove` record,
    /// counted per character (so a moved or duplicated character cannot hide a loss). Character
    /// rules (U-*) may map one Han code point to another (⼈ → 人); no other `fix` may drop one.
    /// Empty for every run: the conservation property the tests and the fuzzer check.
    public var unaccountedHanCharacters: [String] {
        var counts: [UInt32: Int] = [:]
        func count(_ s: some Sequence<Unicode.Scalar>, _ delta: Int) {
            for u in s where CharacterClass.isHan(u.value) { counts[u.value, default: 0] += delta }
        }
        count(String(decoding: input, as: UTF8.self).unicodeScalars, 1)
        count(String(decoding: output, as: UTF8.self).unicodeScalars, -1)
        // Removals, and the code-point rewrites of the U- rules, also where a later record over
        // the same text absorbed one (`via`: a compatibility ideograph inside joined lines).
        for e in edits where e.kind == .remove || e.rule.family == "U-" || e.via.contains(where: { $0.family == "U-" }) {
            count(e.before.unicodeScalars, -1)
            count(e.after.unicodeScalars, 1)
        }
        return counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            .map { "\(Scalars.string([$0.key])) ×\($0.value)" }
    }
}
