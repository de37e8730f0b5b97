import ICUShim

/// Input that cannot be read as text.
public struct DecodingError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// Bytes that are not valid in `encoding`, first at `offset`.
        case invalid(encoding: String, offset: Int)
        /// A NUL byte or mostly control bytes: not text.
        case binary(offset: Int)
        /// An encoding name ICU does not know.
        case unknownEncoding(String)
    }

    public var problem: Problem

    /// Byte offset of the first offending byte.
    public var offset: Int {
        switch problem {
        case .invalid(_, let o), .binary(let o): return o
        case .unknownEncoding: return 0
        }
    }

    public init(offset: Int) { problem = .invalid(encoding: "UTF-8", offset: offset) }

    /// Moves the offset by `delta` bytes (a piece of a stream reports offsets in the whole input).
    public mutating func shift(by delta: Int) {
        switch problem {
        case .invalid(let e, let o): problem = .invalid(encoding: e, offset: o + delta)
        case .binary(let o): problem = .binary(offset: o + delta)
        case .unknownEncoding: break
        }
    }
    public init(_ problem: Problem) { self.problem = problem }

    public var description: String {
        switch problem {
        case .invalid(let e, let o): return "invalid \(e) at byte \(o)"
        case .binary(let o): return "binary data (a NUL byte at byte \(o)), not text"
        case .unknownEncoding(let e): return "unknown encoding '\(e)'"
        }
    }
}

/// Turns input bytes into UTF-8: strict UTF-8 first, then a byte-order mark, then ICU's charset
/// detector (GB18030, Big5 …) and converters. `--encoding` forces one; `--lossy` replaces what
/// cannot be decoded with U+FFFD and says where.
enum InputDecoder {
    struct Decoded {
        var utf8: [UInt8]
        var encoding: String
        /// Offsets (in `utf8`) of U+FFFD put in for undecodable bytes, with the input byte offset.
        var replaced: [(output: Int, input: Int)] = []
    }

    static func decode(_ bytes: [UInt8], encoding forced: String? = nil, lossy: Bool = false) throws -> Decoded {
        if let name = forced {
            let upper = name.uppercased()
            if upper == "UTF-8" || upper == "UTF8" { return try utf8(bytes, lossy: lossy) }
            return try convert(bytes, from: name, lossy: lossy)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", lossy: lossy) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", lossy: lossy) }
        if let nul = firstNUL(bytes) { throw DecodingError(.binary(offset: nul)) }
        guard let bad = firstInvalidUTF8(bytes) else { return Decoded(utf8: bytes, encoding: "UTF-8") }
        // Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not another encoding.
        if looksLikeUTF8(bytes) { return try utf8(bytes, lossy: lossy, firstBad: bad) }
        // A legacy encoding: ICU's detector needs enough text (about a dozen Han characters).
        if bytes.count >= 24, let (name, confidence) = detect(bytes), confidence >= 10,
           !name.hasPrefix("UTF-8"), !name.hasPrefix("ISO-8859"), !name.hasPrefix("windows-125") {
            if let decoded = try? convert(bytes, from: name, lossy: false) { return decoded }
        }
        return try utf8(bytes, lossy: lossy, firstBad: bad)
    }

    /// A piece of a UTF-8 stream after the first: binary data refused, then strict or lossy UTF-8.
    static func decodeUTF8(_ bytes: [UInt8], lossy: Bool) throws -> Decoded {
        if let nul = firstNUL(bytes) { throw DecodingError(.binary(offset: nul)) }
        return try utf8(bytes, lossy: lossy)
    }

    /// Strict or lossy UTF-8.
    private static func utf8(_ bytes: [UInt8], lossy: Bool, firstBad: Int? = nil) throws -> Decoded {
        guard let bad = firstBad ?? firstInvalidUTF8(bytes) else { return Decoded(utf8: bytes, encoding: "UTF-8") }
        guard lossy else { throw DecodingError(offset: bad) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var replaced: [(Int, Int)] = []
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let n = validSequenceLength(p, at: i)
                if n > 0 {
                    out.append(contentsOf: p[i..<(i + n)])
                    i += n
                } else {
                    replaced.append((out.count, i))
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1
                }
            }
        }
        return Decoded(utf8: out, encoding: "UTF-8", replaced: replaced)
    }

    private static func convert(_ bytes: [UInt8], from name: String, lossy: Bool) throws -> Decoded {
        guard !bytes.isEmpty else { return Decoded(utf8: [], encoding: name) }
        var capacity = bytes.count * 2 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var errorOffset: Int32 = 0
            let n = bytes.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    zt_convert_to_utf8(name, input.baseAddress, Int32(input.count), output.baseAddress, Int32(capacity),
                                       lossy ? 1 : 0, &errorOffset)
                }
            }
            if n == -1 { throw DecodingError(.unknownEncoding(name)) }
            if n == -2 { throw DecodingError(.invalid(encoding: name, offset: Int(errorOffset))) }
            if Int(n) <= capacity {
                var decoded = Decoded(utf8: Array(out.prefix(Int(n))), encoding: name)
                if lossy {
                    // ICU's substitutions: report where U+FFFD now stands.
                    var i = 0
                    while i + 2 < decoded.utf8.count {
                        if decoded.utf8[i] == 0xEF && decoded.utf8[i + 1] == 0xBF && decoded.utf8[i + 2] == 0xBD {
                            decoded.replaced.append((i, -1))
                        }
                        i += 1
                    }
                }
                return decoded
            }
            capacity = Int(n) + 16
        }
    }

    /// ICU's best guess and its confidence.
    private static func detect(_ bytes: [UInt8]) -> (String, Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let sample = Array(bytes.prefix(64 * 1024))
        let confidence = sample.withUnsafeBufferPointer { zt_detect_charset($0.baseAddress, Int32($0.count), &name, 64) }
        guard confidence >= 0 else { return nil }
        return (string(fromCBuffer: name), Int(confidence))
    }

    /// Most non-ASCII bytes form valid UTF-8 sequences (damaged UTF-8 rather than GBK or Big5).
    static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                let n = validSequenceLength(p, at: i)
                if n > 0 { valid += 1; i += n } else { invalid += 1; i += 1 }
            }
        }
        return valid > 0 && invalid * 20 <= valid
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0.
    static func validSequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return 0
        }
        guard i + need < p.count else { return 0 }
        if p[i + 1] < lo || p[i + 1] > hi { return 0 }
        for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return 0 }
        return need + 1
    }

    /// The offset of the first NUL byte (binary data), eight bytes at a time.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            let i = UTF8Scan.find(0, p, from: 0, to: p.count)
            return i < p.count ? i : nil
        }
    }

    /// The offset of the first invalid byte, or nil when `bytes` is well-formed UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress else { return nil }
            var i = 0
            while i < p.count {
                // Eight ASCII bytes at a time, and a three-byte sequence whose lead byte sets no
                // bound on the next (E1–EC, EE, EF: most Han) by its two continuation bytes.
                if i + 8 <= p.count,
                   UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                if b >= 0xE1 && b != 0xED && b <= 0xEF && i + 2 < p.count
                    && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80 {
                    i += 3
                    continue
                }
                let n = validSequenceLength(p, at: i)
                if n == 0 { return i }
                i += n
            }
            return nil
        }
    }
}
