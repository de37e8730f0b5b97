import ICUShim

/// An error reported by ICU through the shim.
public struct ICUError: Error, CustomStringConvertible {
    public let code: Int32
    public let operation: String
    public var description: String { "ICU \(operation) failed (error \(code))" }
}

/// ICU's version, e.g. "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    zt_icu_version(&buffer, Int32(buffer.count))
    return string(fromCBuffer: buffer)
}

/// The NUL-terminated text the shim wrote into `buffer`.
func string(fromCBuffer buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// ICU's word-break iterator with its Chinese dictionary, over UTF-8 text.
///
/// Used as evidence when a paragraph break falls inside a word (`潘|店镇`, `精|准施策`). One
/// instance per thread: ICU break iterators keep state.
final class WordBreaker {
    private let handle: OpaquePointer

    init(locale: String = "zh") throws {
        var status: Int32 = 0
        guard let h = zt_wordbreaker_open(locale, &status) else {
            throw ICUError(code: status, operation: "ubrk_open(word, \(locale))")
        }
        handle = h
    }

    deinit { zt_wordbreaker_close(handle) }

    /// Whether `offset` (a UTF-8 byte offset into `text`) is a word boundary.
    func isBoundary(_ text: [UInt8], at offset: Int) -> Bool {
        text.withUnsafeBufferPointer {
            zt_wordbreaker_is_boundary(handle, $0.baseAddress, Int32($0.count), Int32(offset)) != 0
        }
    }

    /// All word boundaries of `text`, as UTF-8 byte offsets.
    func boundaries(_ text: [UInt8]) -> [Int] {
        var out = [Int32](repeating: 0, count: text.count + 1)
        let n = text.withUnsafeBufferPointer {
            zt_wordbreaker_boundaries(handle, $0.baseAddress, Int32($0.count), &out, Int32(out.count))
        }
        return out.prefix(Int(max(0, n))).map(Int.init)
    }
}
