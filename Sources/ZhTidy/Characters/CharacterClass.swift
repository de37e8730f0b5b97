import ICUShim

/// Character classes of rules.md §2 (H, D, L, OPEN, CLOSE, PAUSE, END, CJKP), as table lookups.
///
/// The Han set comes from ICU's Script property: the shim fills a BMP bitmap once, and Swift tests
/// membership with a shift and a mask. Supplementary-plane ideographs (extensions B–H, U+20000 and
/// up) are tested by range.
enum CharacterClass {
    /// One bit per BMP code point: ICU Script=Han.
    private static let hanBitmap: [UInt8] = {
        var bitmap = [UInt8](repeating: 0, count: 8192)
        bitmap.withUnsafeMutableBufferPointer { zt_han_bitmap_bmp($0.baseAddress!) }
        return bitmap
    }()

    /// rules.md H: Han ideographs, including 〇 and 々. Radicals count too: they are ideograph
    /// look-alikes that U-RADICAL maps to unified ideographs.
    @inline(__always)
    static func isHan(_ c: UInt32) -> Bool {
        if c < 0x2E80 { return false }
        if c < 0x10000 {
            return hanBitmap.withUnsafeBufferPointer { $0[Int(c >> 3)] & (1 << UInt8(c & 7)) != 0 }
        }
        return c >= 0x20000 && c < 0x40000
    }

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    /// rules.md L: ASCII letters and the Latin blocks up to U+024F.
    @inline(__always)
    static func isLatin(_ c: UInt32) -> Bool {
        (c | 0x20) &- 0x61 < 26 || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
    }

    @inline(__always) static func isLatinOrDigit(_ c: UInt32) -> Bool { isLatin(c) || isDigit(c) }

    /// rules.md OPEN: `“‘「『（《〈【〔〖［｛`.
    @inline(__always)
    static func isOpen(_ c: UInt32) -> Bool {
        switch c {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x300A, 0x3008, 0x3010, 0x3014, 0x3016, 0xFF3B, 0xFF5B:
            return true
        default: return false
        }
    }

    /// rules.md CLOSE: `”’」』）》〉】〕〗］｝`.
    @inline(__always)
    static func isClose(_ c: UInt32) -> Bool {
        switch c {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x300B, 0x3009, 0x3011, 0x3015, 0x3017, 0xFF3D, 0xFF5D:
            return true
        default: return false
        }
    }

    /// rules.md PAUSE (点号): `，、；：。？！`.
    @inline(__always)
    static func isPause(_ c: UInt32) -> Bool {
        switch c {
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x3002, 0xFF1F, 0xFF01: return true
        default: return false
        }
    }

    /// rules.md END (句末点号): `。？！`.
    @inline(__always)
    static func isEnd(_ c: UInt32) -> Bool { c == 0x3002 || c == 0xFF1F || c == 0xFF01 }

    /// A PAUSE mark or a closing quote, bracket or title mark (`”）》`): what no line or
    /// column opens with, and what only continues a sentence.
    @inline(__always)
    static func isCloseOrPause(_ c: UInt32) -> Bool { isPause(c) || c == 0x201D || c == 0xFF09 || c == 0x300B }

    /// Whether a line or text holds a PAUSE mark (fullwidth or halfwidth): a sentence's, not a
    /// title's.
    static func hasPause(_ s: [UInt32]) -> Bool { s.contains { isPause(widthFolded($0)) } }

    /// Whether a line or text ends on an END mark (fullwidth or halfwidth).
    static func endsSentence(_ s: [UInt32]) -> Bool { s.last.map { isEnd(widthFolded($0)) } ?? false }

    /// rules.md OTHER: `…—～·`.
    @inline(__always)
    static func isOther(_ c: UInt32) -> Bool { c == 0x2026 || c == 0x2014 || c == 0xFF5E || c == 0xB7 }

    /// rules.md CJKP = OPEN ∪ CLOSE ∪ PAUSE ∪ OTHER.
    @inline(__always)
    static func isCJKPunct(_ c: UInt32) -> Bool { isOpen(c) || isClose(c) || isPause(c) || isOther(c) }

    /// Horizontal whitespace inside a line: U+0020, TAB and the ideographic space U+3000.
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x3000 }

    /// The fullwidth mark an ASCII mark stands for after NFKC damage, or nil.
    @inline(__always)
    static func fullwidth(ofASCII c: UInt32) -> UInt32? {
        switch c {
        case 0x2C: return 0xFF0C  // ,
        case 0x3B: return 0xFF1B  // ;
        case 0x3A: return 0xFF1A  // :
        case 0x21: return 0xFF01  // !
        case 0x3F: return 0xFF1F  // ?
        case 0x28: return 0xFF08  // (
        case 0x29: return 0xFF09  // )
        case 0x2E: return 0x3002  // .
        default: return nil
        }
    }

    /// Folds ASCII look-alikes onto the CJK mark they stand for, for context tests that must not
    /// depend on which width a neighbour happens to have yet.
    @inline(__always)
    static func widthFolded(_ c: UInt32) -> UInt32 { c < 0x80 ? (fullwidth(ofASCII: c) ?? c) : c }
}
