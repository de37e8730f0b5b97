/// NS-BYLINE-TRAIL — the closing byline: a paragraph that is one bracketed credit.
///
/// Source: rules.md §5.3 (NEWS). Kinds, tried in this order:
///
///     （红旗宣）                   dept:   org=红旗 (红旗区委宣传部)
///     （据新华社）                 source: source=新华社
///     （记者 张三 通讯员 李四）    roles:  记者=张三, 通讯员=李四
///     （张志超 罗菲 李萌 文/图）   names:  names=张志超,罗菲,李萌 role=文/图
///
/// Spaces inside a byline separate roles and names: they are data (S-BYLINE).
struct Byline: Equatable {
    static let id: RuleID = "NS-BYLINE-TRAIL"

    enum Kind: String { case dept, source, roles, names }
    var kind: Kind
    /// Ordered key/value pairs of the label (`org`, `source`, a role, `names`, `role`).
    var fields: [(String, String)]
    /// Whether the opening and closing brackets were both present.
    var bracketed: Bool

    static func == (a: Byline, b: Byline) -> Bool {
        a.kind == b.kind && a.bracketed == b.bracketed
            && a.fields.map { $0.0 + "=" + $0.1 } == b.fields.map { $0.0 + "=" + $0.1 }
    }

    private static let xuan = Scalars.of("宣")[0]
    private static let deptSuffixes = ["宣传部", "融媒体中心"].map(Scalars.of)
    private static let sourcePrefixes = ["据", "来源：", "来源:"].map(Scalars.of)
    private static let roleWords = ["记者", "通讯员", "实习生"].map(Scalars.of)
    private static let creditRoles = ["文/图", "图/文", "文／图", "图／文", "文", "图", "摄"].map(Scalars.of)

    /// Recognizes a whole paragraph `s` (trimmed) as a closing byline.
    static func matchTrailing(_ s: [UInt32]) -> Byline? {
        guard s.count >= 3, s.count <= 42 else { return nil }
        let opens = s.first == 0xFF08 || s.first == 0x28
        let closes = s.last == 0xFF09 || s.last == 0x29
        // One bracket missing is a byline still (PAIR-BYLINE adds it); none is body text.
        guard opens || closes else { return nil }
        let inner = Array(s[(opens ? 1 : 0)..<(s.count - (closes ? 1 : 0))])
        guard !inner.isEmpty, inner.count <= 40,
              !inner.contains(where: { $0 == 0xFF08 || $0 == 0xFF09 || $0 == 0x28 || $0 == 0x29 })
        else { return nil }
        if NSFigRef.isMarker(inner.filter { !CharacterClass.isSpace($0) }) { return nil }
        guard var b = classify(inner) else { return nil }
        // A half-bracketed line must be a clear credit: a 宣 department or names with a role.
        if !(opens && closes) && !(b.kind == .dept || b.kind == .roles || b.fields.contains { $0.0 == "role" }) { return nil }
        b.bracketed = opens && closes
        return b
    }

    /// Classifies the content of a credit (without its brackets).
    static func classify(_ c: [UInt32]) -> Byline? {
        // dept: ^\p{Han}{1,6}宣$ or ^\p{Han}{2,14}(宣传部|融媒体中心)$
        if c.count >= 2, c.count <= 7, c.last == xuan, Scalars.allHan(c) {
            return Byline(kind: .dept, fields: [("org", Scalars.string(c.dropLast()))], bracketed: false)
        }
        for suffix in deptSuffixes where Scalars.hasSuffix(c, suffix) {
            let org = c.count - suffix.count
            if org >= 2, org <= 14, Scalars.allHan(c) {
                return Byline(kind: .dept, fields: [("org", Scalars.string(c))], bracketed: false)
            }
        }
        // source: ^(据|来源[：:]\s*)\p{Han}{2,14}$ or 本报综合
        if c == Scalars.of("本报综合") {
            return Byline(kind: .source, fields: [("source", "本报综合")], bracketed: false)
        }
        for prefix in sourcePrefixes where Scalars.hasPrefix(c, prefix) {
            var rest = c[prefix.count...]
            while let f = rest.first, CharacterClass.isSpace(f) { rest = rest.dropFirst() }
            if rest.count >= 2, rest.count <= 14, Scalars.allHan(rest) {
                return Byline(kind: .source, fields: [("source", Scalars.string(rest))], bracketed: false)
            }
        }
        let tokens = split(c)
        if let roles = roleFields(tokens) {
            return Byline(kind: .roles, fields: roles, bracketed: false)
        }
        // names: \p{Han}{2,4}(?:[ 、]\p{Han}{2,4}){0,5} then an optional 文/图|图/文|文|图|摄
        var names = tokens
        var role: String?
        if let last = names.last, creditRoles.contains(last) {
            role = Scalars.string(last.map { $0 == 0xFF0F ? 0x2F : $0 })
            names.removeLast()
        } else if let last = names.last, last.count > 2, let r = creditRoles.first(where: { Scalars.hasSuffix(last, $0) }),
                  Scalars.allHan(last.dropLast(r.count)), last.count - r.count >= 2 {
            // `张三摄`: the role attached to the last name
            role = Scalars.string(r)
            names[names.count - 1] = Array(last.dropLast(r.count))
        }
        // An extractor that drops printed spaces glues the names (`杨恒战罗菲`): one run of up to
        // 12 Han characters is still a names credit, left unsplit.
        let glued = names.count == 1 && (5...12).contains(names[0].count) && Scalars.allHan(names[0])
        guard !names.isEmpty, names.count <= 6,
              glued || names.allSatisfy({ $0.count >= 2 && $0.count <= 4 && Scalars.allHan($0) })
        else { return nil }
        var fields = [("names", names.map { Scalars.string($0) }.joined(separator: ","))]
        if let role { fields.append(("role", role)) }
        return Byline(kind: .names, fields: fields, bracketed: false)
    }

    /// Tokens separated by spaces (ASCII or U+3000) and 、.
    static func split(_ c: [UInt32]) -> [[UInt32]] {
        var tokens: [[UInt32]] = []
        var current: [UInt32] = []
        for x in c {
            if CharacterClass.isSpace(x) || x == 0x3001 {
                if !current.isEmpty { tokens.append(current); current = [] }
            } else {
                current.append(x)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// `记者 张三 通讯员 李四` → [(记者, 张三), (通讯员, 李四)]; nil when no role word leads names.
    static func roleFields(_ tokens: [[UInt32]]) -> [(String, String)]? {
        var fields: [(String, String)] = []
        var currentRole: String?
        var currentNames: [String] = []
        func flush() {
            if let r = currentRole, !currentNames.isEmpty { fields.append((r, currentNames.joined(separator: ","))) }
        }
        for t in tokens {
            // A token that ends with a role word is a role (本报记者, 新乡日报全媒体记者); a token
            // with a role word inside and a name after it (记者张三) is split there.
            var roleEnd: Int?
            for k in 0..<t.count {
                for w in roleWords where Scalars.hasPrefix(t, w, at: k) { roleEnd = k + w.count }
            }
            if let e = roleEnd {
                flush()
                currentRole = Scalars.string(t[..<e])
                currentNames = []
                if e < t.count {
                    // A name attached to the role word (记者张三): 2–4 Han characters, nothing else.
                    let name = t[e...]
                    guard (2...4).contains(name.count), Scalars.allHan(name) else { return nil }
                    currentNames.append(Scalars.string(name))
                }
            } else if currentRole != nil, t.count >= 2, t.count <= 4, Scalars.allHan(t) {
                currentNames.append(Scalars.string(t))
            } else if currentRole != nil, t.count == 1, Scalars.allHan(t) {
                currentNames.append(Scalars.string(t))  // a padded name (王 平), kept as tokens
            } else {
                return nil
            }
        }
        flush()
        return fields.isEmpty ? nil : fields
    }

    /// The label of rules.md §5.0: `BYLINE-TRAIL|type=…|key=value…`.
    var label: String {
        (["BYLINE-TRAIL", "type=\(kind.rawValue)"] + fields.map { "\($0.0)=\($0.1)" }).joined(separator: "|")
    }
}

/// Where the printed spaces of a byline stood, for text whose extractor dropped them
/// (`（杨恒战罗菲）` for `（杨恒战 罗菲）`, `记者焦耀通讯员王凯杰陶建彬`). Rules.md §5.3 gives the
/// shape: roles, then names of two to four Han characters, then perhaps `文/图` or `摄`. A gap goes
/// after each role word, before a role word that follows names, before a closing `文/图`/`摄`,
/// and between two names where the run splits into names of two or three characters in exactly
/// one way with every name opening with a common surname. A run that does not (`洪门`, a place
/// short name) is left whole.
enum BylineGaps {
    /// The 150 commonest surnames of the mainland (one character each).
    static let surnames = Set(Scalars.of(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"))
    private static let roles = ["记者", "通讯员", "实习生"].map(Scalars.of)
    private static let trailing = ["文/图", "图/文", "文／图", "摄", "供图"].map(Scalars.of)

    /// Offsets in `s` (the text inside the brackets, no spaces in it) where a space belongs.
    static func gaps(_ s: [UInt32]) -> [Int] {
        guard s.count >= 4, !s.contains(where: CharacterClass.isSpace) else { return [] }
        var end = s.count
        var out: [Int] = []
        var closing: Int? = nil
        if let t = trailing.first(where: { Scalars.hasSuffix(s, $0) }), s.count > t.count, CharacterClass.isHan(s[s.count - t.count - 1]) {
            end = s.count - t.count
            closing = end
        }
        // Role words split the rest into runs: an organisation before the first role, names after.
        var runs: [(Range<Int>, names: Bool)] = []
        var start = 0, k = 0, sawRole = false
        while k < end {
            if let r = roles.first(where: { Scalars.hasPrefix(s, $0, at: k) && k + $0.count <= end }) {
                if k > start { runs.append((start..<k, sawRole)) }
                if sawRole && k > start { out.append(k) }  // names, then the next role
                k += r.count
                if k < end { out.append(k) }
                start = k
                sawRole = true
                continue
            }
            k += 1
        }
        if start < end { runs.append((start..<end, true)) }
        for (run, names) in runs where names {
            guard run.allSatisfy({ CharacterClass.isHan(s[$0]) }) else { return [] }
            out += splits(Array(s[run])).map { $0 + run.lowerBound }
        }
        // (No gap between a role and the closing credit with no name between: `本报记者摄`.)
        if let c = closing, start < end { out.append(c) }
        return Array(Set(out)).sorted()
    }

    /// Offsets inside a run of names where one name ends and the next begins, when the run splits
    /// one way only into names of 2–3 characters that each open with a common surname.
    static func splits(_ run: [UInt32]) -> [Int] {
        guard run.count >= 4 else { return [] }
        var found: [[Int]] = []
        func walk(_ at: Int, _ cuts: [Int]) {
            if found.count > 1 { return }
            if at == run.count { found.append(cuts); return }
            for len in 2...3 where at + len <= run.count && surnames.contains(run[at]) {
                walk(at + len, at + len < run.count ? cuts + [at + len] : cuts)
            }
        }
        walk(0, [])
        return found.count == 1 ? found[0] : []
    }
}
