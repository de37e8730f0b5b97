import ICUShim
import Testing
@testable import ZhTidy

/// The C++ shim over the system ICU (Swift never sees ICU's headers).
@Suite struct ICUShimTests {
    @Test func versionIsReported() {
        #expect(icuVersion.split(separator: ".").count >= 2)
    }

    @Test func chineseWordBreaksUseTheDictionary() throws {
        let wb = try WordBreaker(locale: "zh")
        let text = Array("提前部署精准施策".utf8)
        let bounds = wb.boundaries(text)
        #expect(bounds.first == 0 && bounds.last == text.count)
        // 精准 | 施策: no boundary inside 精准 (bytes 12..<18), so 精|准 is word-internal.
        #expect(!wb.isBoundary(text, at: 15))
        #expect(wb.isBoundary(text, at: 12))
    }

    @Test func hanIsICUsScriptProperty() {
        for c in Scalars.of("人民日报〇々⺠⼈") { #expect(CharacterClass.isHan(c), "U+\(String(c, radix: 16))") }
        for c in Scalars.of("，。A1ア한") { #expect(!CharacterClass.isHan(c), "U+\(String(c, radix: 16))") }
        #expect(CharacterClass.isHan(0x20000))  // extension B
    }

    /// The bitmap is filled from the ranges of ICU's set Script=Han; it must say what ICU says of
    /// each code point (from U+2E80, where the bitmap is first asked).
    @Test func hanBitmapIsICUsAnswerForEveryBMPCodePoint() {
        var differ: [UInt32] = []
        for c in UInt32(0x2E80)..<0x10000 where CharacterClass.isHan(c) != (zt_is_han(c) != 0) { differ.append(c) }
        #expect(differ.isEmpty, "\(differ.prefix(5).map { String($0, radix: 16) })")
        var count = 0
        for c in UInt32(0x2E80)..<0x10000 where CharacterClass.isHan(c) { count += 1 }
        #expect(count > 20_000)
    }

    @Test func filteredNormalizerLeavesFullwidthPunctuation() {
        for c in Scalars.of("，（）：；！？～…℃①") {
            #expect(CharacterMap.hans.mapping(c) == nil, "U+\(String(c, radix: 16)) must not be normalized")
        }
        #expect(CharacterMap.hans.mapping(0xFF21)?.replacement == [0x41])  // Ａ → A
    }
}
