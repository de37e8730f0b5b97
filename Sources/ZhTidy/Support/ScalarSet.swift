/// A few scalars, found by comparing each in turn.
///
/// For the handful of marks a rule looks for this beats `Set<UInt32>`, which hashes every scalar
/// it is asked about (SipHash, some 75 instructions a lookup: hashing was 4% of a run's
/// instructions on the seed before the hot sets became these).
///
///     static let opens: ScalarSet = [0x28, 0xFF08]
///     opens.contains(c)
struct ScalarSet: ExpressibleByArrayLiteral, Sendable {
    private let members: [UInt32]

    init(arrayLiteral elements: UInt32...) { members = elements }
    init(_ elements: some Sequence<UInt32>) { members = Array(elements) }

    /// These scalars and `others`.
    func union(_ others: [UInt32]) -> ScalarSet { ScalarSet(members + others) }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        members.withUnsafeBufferPointer { m in
            for x in m where x == c { return true }
            return false
        }
    }
}
