/// Input that is not valid UTF-8.
public struct DecodingError: Error, Equatable, CustomStringConvertible {
    /// Byte offset of the first byte that is not part of a valid UTF-8 sequence.
    public var offset: Int
    public var description: String { "invalid UTF-8 at byte \(offset)" }

    /// The error for `bytes`, or nil when they are valid UTF-8.
    public static func firstInvalid(in bytes: [UInt8]) -> DecodingError? {
        InputDecoder.firstInvalidUTF8(bytes).map { DecodingError(offset: $0) }
    }
}

/// Checks and prepares the input bytes: strict UTF-8 (an initial BOM is kept for U-INVISIBLE to
/// remove with a record).
enum InputDecoder {
    static func decodeUTF8(_ bytes: [UInt8]) throws -> [UInt8] {
        if let bad = firstInvalidUTF8(bytes) { throw DecodingError(offset: bad) }
        return bytes
    }

    /// The offset of the first invalid byte, or nil when `bytes` is well-formed UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            let n = p.count
            while i < n {
                let b0 = p[i]
                if b0 < 0x80 { i += 1; continue }
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
                default: return i
                }
                guard i + need < n else { return i }
                let b1 = p[i + 1]
                if b1 < lo || b1 > hi { return i }
                for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return i }
                i += need + 1
            }
            return nil
        }
    }
}
