/// Scalar-level access to UTF-8 bytes, for the byte-first hot paths.
///
/// The pipeline validates its input once (``InputDecoder``); after that every buffer it scans is
/// well-formed UTF-8, so these helpers decode without re-validating.
enum UTF8Scan {
    /// Whether the bytes at `i` (`i < end`), before `end`, are an ideographic space (U+3000:
    /// `E3 80 80`). The lead byte is tested first: most bytes are no `E3`.
    @inline(__always)
    static func isIdeographicSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        bytes[i] == 0xE3 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
    }

    /// The offset of the first line feed in `bytes[i..<end]`, or `end`.
    @inline(__always)
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
        find(0x0A, bytes, from: i, to: end)
    }

    /// The offset of the first `byte` in `bytes[i..<end]`, or `end`: ``findAny(_:_:_:_:from:to:)``
    /// with one byte (inlined, its three tests are one).
    @inline(__always)
    static func find(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
        findAny(byte, byte, byte, bytes, from: i, to: end)
    }

    /// The offset of the first of the bytes `a`, `b` or `c` in `bytes[i..<end]`, or `end`. Eight
    /// bytes at a time: a word XORed with a byte repeated has a zero byte where one was, and the
    /// zero-byte test flags every true zero and nothing below the lowest one (a false flag needs a
    /// borrow from a zero below), so the lowest flag of the three tests together is the first
    /// true match.
    @inline(__always)
    static func findAny(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
        var i = i
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let pa = UInt64(a) &* ones, pb = UInt64(b) &* ones, pc = UInt64(c) &* ones
            while i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let wa = w ^ pa, wb = w ^ pb, wc = w ^ pc
                let zero = ((wa &- ones) & ~wa | (wb &- ones) & ~wb | (wc &- ones) & ~wc) & highs
                if zero != 0 { return i + (zero.trailingZeroBitCount >> 3) }
                i += 8
            }
        }
        while i < end && bytes[i] != a && bytes[i] != b && bytes[i] != c { i += 1 }
        return i
    }

    /// The offset of the first opening bracket, `(` or `（` (`EF BC 88`, whole before `end`), in
    /// `bytes[i..<end]`, or `end`; its first byte found eight bytes at a time (no other byte of
    /// well-formed UTF-8 is `28` or `EF`).
    static func findOpenBracket(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
        var i = i
        while true {
            i = findAny(0x28, 0xEF, 0xEF, bytes, from: i, to: end)
            guard i < end, bytes[i] == 0xEF else { return i }
            if i + 2 < end && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x88 { return i }
            i += 1
        }
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar starting at `i`; returns it and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6)
                | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    /// The start of the scalar that ends just before `i` (i > 0).
    @inline(__always)
    static func start(before i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Decodes the scalar that ends just before `i`; returns it and its start offset.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> (scalar: UInt32, start: Int) {
        let s = start(before: i, in: bytes)
        return (decode(bytes, at: s).scalar, s)
    }

    /// The number of UTF-8 bytes of `scalars`.
    @inline(__always)
    static func byteCount(_ scalars: some Sequence<UInt32>) -> Int {
        scalars.reduce(0) { $0 + ($1 < 0x80 ? 1 : $1 < 0x800 ? 2 : $1 < 0x10000 ? 3 : 4) }
    }

    /// Appends the UTF-8 encoding of `scalar` to `out`.
    @inline(__always)
    static func append(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// The UTF-8 encoding of one scalar. The punctuation blocks the typography rules write most
    /// (U+2000–207F, U+3000–307F, U+FF00–FF7F) come from a table made once: an edit's replacement
    /// shares one of its arrays instead of allocating its own (on the seed × 10 MB, 197,000 of
    /// them).
    static func encode(_ scalar: UInt32) -> [UInt8] {
        let block: Int
        switch scalar & ~0x7F {
        case 0x2000: block = 0
        case 0x3000: block = 1
        case 0xFF00: block = 2
        default: return encoded(scalar)
        }
        return punctuation[block << 7 | Int(scalar & 0x7F)]
    }

    private static let punctuation: [[UInt8]] = [0x2000, 0x3000, 0xFF00].flatMap { (base: UInt32) in
        (base..<(base + 0x80)).map { encoded($0) }
    }

    private static func encoded(_ scalar: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4)
        append(scalar, to: &out)
        return out
    }

    /// The UTF-8 encoding of `scalars`.
    static func encode(_ scalars: some Sequence<UInt32>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount * 3)
        for c in scalars { append(c, to: &out) }
        return out
    }

    /// Decodes `bytes[range]` into scalars (for short spans such as one line's head).
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int = .max) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(Swift.min(limit, range.count))
        var i = range.lowerBound
        while i < range.upperBound && out.count < limit {
            let (s, n) = decode(bytes, at: i)
            out.append(s)
            i += n
        }
        return out
    }

    /// The scalars of a block as the rendered output will have them: the whitespace at the edges
    /// of its inner lines (S-INDENT and S-BLANK take it out) dropped, at most `limit` of them.
    static func blockScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int) -> [UInt32] {
        // (Written in place, at most one scalar per byte. Whitespace after text on a line waits
        // until text follows it on that line: a run of `pending` scalars from byte `pendingFrom`,
        // decoded again then, so no array is made for it.)
        let capacity = Swift.min(limit, range.count)
        return [UInt32](unsafeUninitializedCapacity: Swift.max(capacity, 0)) { out, count in
            var k = 0, pendingFrom = 0, pending = 0
            var lineStart = false
            var i = range.lowerBound
            while i < range.upperBound && k < capacity {
                let (s, n) = decode(bytes, at: i)
                let at = i
                i += n
                if s == 0x20 || s == 0x09 || s == 0x3000 {
                    if !lineStart {
                        if pending == 0 { pendingFrom = at }
                        pending += 1
                    }
                    continue
                }
                if s == 0x0A {
                    pending = 0
                    lineStart = true
                } else {
                    if pending > 0 {
                        var j = pendingFrom
                        while pending > 0 && k < capacity {
                            let (w, wn) = decode(bytes, at: j)
                            out[k] = w
                            k += 1
                            j += wn
                            pending -= 1
                        }
                        pending = 0
                        if k == capacity { break }
                    }
                    lineStart = false
                }
                out[k] = s
                k += 1
            }
            count = k
        }
    }
}

extension Array where Element == UInt8 {
    /// The bytes as a `String` (they are valid UTF-8 wherever the pipeline builds them).
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}

extension ArraySlice where Element == UInt8 {
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}
