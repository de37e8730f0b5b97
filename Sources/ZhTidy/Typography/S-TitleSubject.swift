/// S-TITLE-SUBJECT — a title that opens with the full name of its subject, a place or a body
/// named down two levels or more, sets the name off with a space; an extractor that dropped it is
/// corrected.
///
/// Source: rules.md §5.1 (inside a title a space, about an em in print, stands where running text
/// would put `，`, and a subject's name before its predicate is set off like a merged kicker) and
/// §4.9 S-TITLE-SEP (that space is data). Extractors drop the gap with the other printed spaces
/// (pdftotext `-raw` on Chromium's pages, PyMuPDF on XeLaTeX's). The name is read as a chain of
/// units, each a name and its kind: a two-character name and `省 市 县 区 镇 乡 村`, or a name of
/// 2–10 characters and `街道 社区 公司 集团 中心 学校 医院 银行 大学 协会`. A chain of one unit is
/// an ordinary subject and gets nothing (`红旗区召开…`, `卫滨区领导调研…`); the predicate after
/// the chain must have six characters or more and begin at a word boundary (ICU's dictionary).
/// A title with any space in it is left as it is.
///
///     # 红旗区向阳街道推动民生项目落地见效  →  # 红旗区向阳街道 推动民生项目落地见效
///     # 河南省大方重型机器有限公司“零事故”背后的红色班组力量
///                          →  # 河南省大方重型机器有限公司 “零事故”背后的红色班组力量
struct STitleSubject {
    static let id: RuleID = "S-TITLE-SUBJECT"
    static let summary = "Restore the space after a title's opening subject (a chain of place or body names)"

    /// The kinds of place (after a two-character name) and of body (after a longer one) that
    /// make a unit of the chain; a kicker names the same (``Unwrapper``).
    static let placeKinds = Set(Scalars.of("省市县区镇乡村"))
    static let bodyKinds = ["街道", "社区", "公司", "集团", "中心", "学校", "医院", "银行", "大学", "协会"].map(Scalars.of)

    /// Where the space goes in `title` (an index into it), or nil.
    static func gap(_ title: ArraySlice<UInt32>, _ words: WordBreaker?) -> Int? {
        let t = Array(title)
        guard t.count >= 10, !t.contains(where: CharacterClass.isSpace) else { return nil }
        var at = 0, units = 0
        while let end = unit(t, at) {
            at = end
            units += 1
        }
        guard units >= 2, t.count - at >= 6 else { return nil }
        let next = t[at]
        guard CharacterClass.isHan(next) || next == 0x201C || next == 0x300A else { return nil }
        if let wb = words, CharacterClass.isHan(next),
           !wb.isBoundary(UTF8Scan.encode(t), at: UTF8Scan.encode(Array(t[..<at])).count) { return nil }
        return title.startIndex + at
    }

    /// The end of the unit that starts at `at`, if one does.
    private static func unit(_ t: [UInt32], _ at: Int) -> Int? {
        func han(_ r: Range<Int>) -> Bool { r.upperBound <= t.count && t[r].allSatisfy(CharacterClass.isHan) }
        if han(at..<at + 3), placeKinds.contains(t[at + 2]) { return at + 3 }
        for length in 2...10 {
            let kind = at + length
            guard han(at..<kind + 2) else { return nil }
            if bodyKinds.contains(where: { Scalars.hasPrefix(t, $0, at: kind) }) { return kind + 2 }
        }
        return nil
    }
}
