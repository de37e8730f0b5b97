/// S-TITLE-CLAUSE — a title of two parallel clauses sets them apart with a space; an extractor
/// that dropped it is corrected.
///
/// Source: rules.md §4.9 S-TITLE-SEP (inside a heading a space "separates kicker/title parts or
/// two parallel clauses — newspapers use a space where body text would use `，`") and NEWS house
/// practice: a two-clause title (对仗式标题) states a fact, then what it achieves, the second
/// clause opening with one of the figurative verbs headline writers reserve for it (`筑牢`
/// `守护` `绘就` `擦亮` `奏响` `助力` …). Extractors drop the printed gap with the other spaces
/// (pdftotext `-raw` on Chromium's pages, PyMuPDF on XeLaTeX's), or a title wrapped at it is
/// joined without it. The space goes back before such a verb when
/// - the title has no space and no pause or stop mark (a clause in it would be punctuated);
/// - the verb is a word of its own (ICU's dictionary: boundaries before and after it) and does not
///   follow a linking character (`的 和 与 及 在 为 对 把 将 向 从 被 让 使`);
/// - the clauses are parallel: each 6–16 ems, within 3 ems of each other (quotes count an em).
/// Where two places qualify, the more even split wins. Generic verbs (`推动 推进 提升 加强`) are
/// not in the list: they head the predicate of a one-clause title as often as a second clause
/// (`研究部署推动…工作`), and a title that only opens with a subject is S-TITLE-SUBJECT's.
///
///     # 重拳整治违法建筑筑牢城乡安全防线  →  # 重拳整治违法建筑 筑牢城乡安全防线
///     # 七旬企业家返乡助农守护“三夏”粮食丰收  →  # 七旬企业家返乡助农 守护“三夏”粮食丰收
struct STitleClause {
    static let id: RuleID = "S-TITLE-CLAUSE"
    static let summary = "Restore the space between a title's two parallel clauses"

    /// Verbs that open a headline's second, figurative clause.
    static let verbs = Set([
        "筑牢", "守护", "绘就", "绘出", "描绘", "勾勒", "奏响", "唱响", "谱写", "书写", "擦亮", "点亮", "照亮",
        "点燃", "激活", "激发", "激荡", "织密", "守牢", "守住", "守好", "兜牢", "兜住", "夯实", "厚植", "助力",
        "护航", "护佑", "赋能", "托起", "撑起", "扛起", "扛牢", "共绘", "共筑", "共谱", "铺就", "铸就", "铸牢",
        "跑出", "蹚出", "闯出", "跑好", "走好", "答好", "下好", "打好", "唱好", "写好", "按下", "撬动", "焕发",
        "绽放", "释放", "汇聚", "凝聚", "开启", "开创", "解锁", "打开", "续写", "刷新", "跑赢", "守望", "温暖",
        "种下", "播下", "结出", "串起", "连起", "架起", "搭起", "拉开", "吹响", "擂响", "敲响", "跑稳", "稳住",
    ].map { Array(Scalars.of($0)) })

    /// Characters that link what follows into the clause before: no clause ends on them.
    private static let linking = Set(Scalars.of("的和与及在为对把将向从被让使"))

    /// Where the space goes in `title` (an index into it), or nil.
    static func gap(_ title: ArraySlice<UInt32>, _ words: WordBreaker?) -> Int? {
        // (A point at its end aside: T-TITLE-PUNCT takes it out, and the title must read alike
        // before and after.)
        var t = Array(title)
        while let l = t.last, TTitlePunct.strippedAnyWidth.contains(l) { t.removeLast() }
        guard t.count >= 12, t.count <= 34, !t.contains(where: { CharacterClass.isSpace($0) || CharacterClass.isPause($0) })
        else { return nil }
        // Places where a listed verb opens two parallel clauses, the most even first.
        let places = (6...(t.count - 6)).filter { k in
            verbs.contains(Array(t[k..<k + 2])) && CharacterClass.isHan(t[k - 1]) && !linking.contains(t[k - 1])
                && k <= 16 && t.count - k <= 16 && abs(2 * k - t.count) <= 3
        }.sorted { (abs(2 * $0 - t.count), $0) < (abs(2 * $1 - t.count), $1) }
        guard !places.isEmpty else { return nil }
        guard let wb = words else { return title.startIndex + places[0] }
        // The verb must be a word of its own: a boundary before it and after it.
        let bytes = UTF8Scan.encode(t)
        func offset(_ k: Int) -> Int { UTF8Scan.encode(t[..<k]).count }
        return places.first { wb.isBoundary(bytes, at: offset($0)) && wb.isBoundary(bytes, at: offset($0 + 2)) }
            .map { title.startIndex + $0 }
    }
}
