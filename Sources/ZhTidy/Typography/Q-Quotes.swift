/// Q-DOUBLE-STRAIGHT — straight double quotes become curly, by pairing.
///
/// Source: GB/T 15834-2011 4.8 (“ ” outer, ‘ ’ inner); rules.md §4.3 (the pairing algorithm).
/// Each mark is classified by its neighbours — OPEN after a line start, space, opening mark or
/// `：，、；—`; CLOSE before a line end, space, closing mark or a pause mark; otherwise ambiguous —
/// and resolved left to right by depth (ambiguous opens at depth 0, closes inside a quote).
///
///     坚持"三个结合"，推动  →  坚持“三个结合”，推动
struct QDoubleStraight {
    static let id: RuleID = "Q-DOUBLE-STRAIGHT"
    static let summary = "Straight double quotes → “ ” by pairing"
}

/// Q-CURLY-REPAIR — mis-oriented curly quotes are re-paired.
///
/// Source: rules.md §4.3. When the curly marks of a paragraph do not form a balanced, ordered
/// sequence, they are classified and paired like straight ones (an ambiguous curly mark keeps its
/// glyph where its orientation is possible).
///
///     坚持”三个结合”，推动  →  坚持“三个结合”，推动
struct QCurlyRepair {
    static let id: RuleID = "Q-CURLY-REPAIR"
    static let summary = "Mis-oriented curly quotes → paired “ ”"
}

/// Q-NEST — a quotation inside a quotation uses ‘ ’; a third level goes back to “ ”.
///
/// Source: GB/T 15834-2011 4.8; rules.md §4.3.
///
///     他说：“我认为"学习"是关键。”  →  他说：“我认为‘学习’是关键。”
struct QNest {
    static let id: RuleID = "Q-NEST"
    static let summary = "Nested quotations alternate “ ” and ‘ ’"
}

/// Q-SINGLE-APOS — single quotes versus apostrophes.
///
/// Source: rules.md §4.3. `'` between two Latin letters (`Xi'an`) or after a digit (`5'`) stays.
/// Other `'` pairs in Chinese context become ‘ ’; outside a double quotation they are flagged
/// Q-SINGLE-OUTER (GB wants “ ” at the outer level, but a lost outer level cannot be guessed).
///
///     他说：'你好'。  →  他说：‘你好’。
struct QSingleApos {
    static let id: RuleID = "Q-SINGLE-APOS"
    static let summary = "Straight single quotes → ‘ ’ (apostrophes kept)"
}

/// Q-CORNER-CN — corner brackets in mainland horizontal text become curly quotes.
///
/// Source: GB/T 15834-2011 4.8, 5.2.3 (corner brackets are for vertical text); rules.md §4.3 and
/// §7 #11. `「」` → `“”`, `『』` → `‘’`, nesting kept. Off with `keepCornerBrackets`.
///
///     他说：「你好」。  →  他说：“你好”。
struct QCornerCN {
    static let id: RuleID = "Q-CORNER-CN"
    static let summary = "Corner brackets → curly quotes (zh-Hans)"
}

/// Q-CORNER-TW — Taiwan and Hong Kong quote with corner brackets.
///
/// Source: MOE 重訂標點符號手冊 (先單後雙, via clreq); rules.md §4.3 and §6. After pairing, outer
/// “” → 「」, inner ‘’ → 『』, a third level back to 「」.
///
///     他說：“你好”。  →  他說：「你好」。
struct QCornerTW {
    static let id: RuleID = "Q-CORNER-TW"
    static let summary = "Curly quotes → corner brackets (zh-Hant)"
}

/// Q-MULTIPARA — a quotation over several paragraphs: each opens, only the last closes.
///
/// Source: GB/T 15834-2011 4.8; clreq. A paragraph left inside an open quotation is accepted when
/// the next paragraph opens with a quote; otherwise PAIR-QUOTE is flagged.
struct QMultipara {
    static let id: RuleID = "Q-MULTIPARA"
    static let summary = "Check quotations that span paragraphs (flags PAIR-QUOTE)"
}

/// The pairing of rules.md §4.3, for one paragraph.
struct QuotePairing {
    enum Glyph { case straight, open, close }
    struct Mark {
        var index: Int
        var glyph: Glyph
        var single: Bool
        var isCorner: Bool
        /// Resolved: opening?, and the nesting level of its pair (0 = outer).
        var opens = false
        var level = 0
        var resolved = false
    }

    static func glyph(_ c: UInt32, corners: Bool) -> (Glyph, single: Bool, corner: Bool)? {
        switch c {
        case 0x22, 0xFF02: return (.straight, false, false)
        case 0x201C, 0x201E, 0x301D: return (.open, false, false)
        case 0x201D, 0x201F, 0x301E, 0x301F: return (.close, false, false)
        case 0x27, 0xFF07: return (.straight, true, false)
        case 0x2018, 0x201A, 0x201B: return (.open, true, false)
        case 0x2019: return (.close, true, false)
        case 0x300C: return corners ? (.open, false, true) : nil
        case 0x300D: return corners ? (.close, false, true) : nil
        case 0x300E: return corners ? (.open, true, true) : nil
        case 0x300F: return corners ? (.close, true, true) : nil
        default: return nil
        }
    }

    enum Class { case open, close, ambiguous }

    static func classify(_ b: BlockText, _ k: Int) -> Class {
        let prev = b.at(k - 1), next = b.at(k + 1)
        func isPrevOpenContext(_ c: UInt32?) -> Bool {
            guard let c else { return true }
            if c == 0x0A || CharacterClass.isSpace(c) || CharacterClass.isOpen(c) { return true }
            return c == 0xFF1A || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0x2014 || c == 0x3A || c == 0x2C
        }
        func isNextCloseContext(_ c: UInt32?) -> Bool {
            guard let c else { return true }
            if c == 0x0A || CharacterClass.isSpace(c) || CharacterClass.isClose(c) || CharacterClass.isPause(c) { return true }
            return c == 0x2014 || c == 0x2026 || c == 0x2C || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B
        }
        let prevOpenish = isPrevOpenContext(prev)
        let nextCloseish = isNextCloseContext(next)
        if prevOpenish && !nextCloseish { return .open }
        let prevBlocksClose = prev == nil || prev == 0x0A || CharacterClass.isSpace(prev!) || CharacterClass.isOpen(prev!)
        if nextCloseish && !prevBlocksClose { return .close }
        return .ambiguous
    }

    /// Resolves `marks` (one level's candidates, in order) with the depth walk of rules.md step 4.
    /// Returns the depth left open at the end.
    static func resolve(_ b: BlockText, _ marks: inout [Mark], startDepth: Int = 0, balancedCount: Bool) -> Int {
        var depth = startDepth
        var openLevels: [Int] = []
        for i in marks.indices {
            let k = marks[i].index
            let cls = classify(b, k)
            var opens: Bool
            switch cls {
            case .open: opens = true
            case .close: opens = false
            case .ambiguous:
                switch marks[i].glyph {
                case .open where depth <= 1 && balancedCount: opens = true
                case .close where depth >= 1 && balancedCount: opens = false
                case .open where !balancedCount: opens = true
                case .close where !balancedCount: opens = false
                default: opens = depth == 0
                }
            }
            // With an odd count a curly glyph keeps its orientation unless the context says the
            // definite opposite.
            if !balancedCount && marks[i].glyph != .straight && cls == .ambiguous { opens = marks[i].glyph == .open }
            if !opens && depth == 0 {
                // A closing mark with nothing open: keep its glyph's reading.
                opens = marks[i].glyph == .open || (marks[i].glyph == .straight && cls != .close)
            }
            if opens {
                marks[i].opens = true
                marks[i].level = depth
                openLevels.append(depth)
                depth += 1
            } else {
                marks[i].opens = false
                depth -= 1
                marks[i].level = openLevels.popLast() ?? max(0, depth)
            }
            marks[i].resolved = true
        }
        return depth
    }

    /// Whether the curly marks alone are balanced and properly ordered.
    static func curlyBalanced(_ marks: [Mark]) -> Bool {
        var d = 0
        for m in marks where m.glyph != .straight {
            d += m.glyph == .open ? 1 : -1
            if d < 0 { return false }
        }
        return d == 0
    }
}

struct QuoteStage: Stage {

    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit] {
        let hant = context.options.locale == .hant
        let corners = hant || !context.options.keepCornerBrackets
        let layout = context.layout(of: document)
        var out = EditCollector()
        document.text.withUnsafeBufferPointer { p in
            for (bi, block) in layout.blocks.enumerated() {
                // Balanced, unnested curly quotes need nothing (unless zh-Hant turns them into
                // corner brackets); a block that ends inside a quotation is checked.
                guard block.features.contains(.quotes) || (hant && block.features.contains(.curlyQuotes)) else { continue }
                let b = context.blockText(bi, of: document, layout, p)
                let nextOpens: Bool = {
                    guard bi + 1 < layout.blocks.count else { return false }
                    let c = UTF8Scan.decode(p, at: layout.blocks[bi + 1].content.lowerBound).scalar
                    return c == 0x201C || c == 0x22 || c == 0x300C || c == 0x2018
                }()
                pair(b, hant: hant, corners: corners, nextOpens: nextOpens, &out)
            }
        }
        return out.finished()
    }

    private func pair(_ b: BlockText, hant: Bool, corners: Bool, nextOpens: Bool, _ out: inout EditCollector) {
        let mask = b.protectedMask()
        var doubles: [QuotePairing.Mark] = []
        var singles: [QuotePairing.Mark] = []
        for k in b.contentStart..<b.count where !mask[k] {
            guard let (g, single, corner) = QuotePairing.glyph(b[k], corners: corners) else { continue }
            let m = QuotePairing.Mark(index: k, glyph: g, single: single, isCorner: corner)
            if single {
                // Apostrophes and primes: Xi'an, don't, 5'.
                if g == .straight || b[k] == 0x2019 {
                    let prevLatin = b.at(k - 1).map(CharacterClass.isLatin) ?? false
                    let nextLatin = b.at(k + 1).map(CharacterClass.isLatin) ?? false
                    let prevDigit = b.at(k - 1).map(CharacterClass.isDigit) ?? false
                    if (prevLatin && nextLatin) || (g == .straight && prevDigit) { continue }
                }
                singles.append(m)
            } else {
                doubles.append(m)
            }
        }
        // An inch mark: a lone " right after a digit when the count is odd.
        if doubles.count % 2 == 1, let i = doubles.firstIndex(where: {
            $0.glyph == .straight && b.at($0.index - 1).map(CharacterClass.isDigit) == true
        }) {
            doubles.remove(at: i)
        }
        guard !doubles.isEmpty || !singles.isEmpty else { return }

        // Double level.
        var openAtEnd = 0
        if QuotePairing.curlyBalanced(doubles) && doubles.contains(where: { $0.glyph != .straight }) {
            // Trust step: curly marks keep their pairing; straight marks inside a curly span pair
            // among themselves one level down; those outside pair at the outer level.
            var depth = 0
            var levels: [Int] = []
            var inner: [[Int]] = []  // straight marks per curly depth run
            var outside: [Int] = []
            for i in doubles.indices {
                switch doubles[i].glyph {
                case .open:
                    doubles[i].opens = true; doubles[i].level = depth; levels.append(depth); depth += 1
                    doubles[i].resolved = true
                    inner.append([])
                case .close:
                    depth -= 1; doubles[i].opens = false; doubles[i].level = levels.popLast() ?? 0
                    doubles[i].resolved = true
                    if let straights = inner.popLast() { pairSequentially(&doubles, straights, level: depth + 1) }
                case .straight:
                    if depth > 0 { inner[inner.count - 1].append(i) } else { outside.append(i) }
                }
            }
            if !outside.isEmpty {
                var sub = outside.map { doubles[$0] }
                openAtEnd = QuotePairing.resolve(b, &sub, balancedCount: sub.count % 2 == 0)
                for (j, i) in outside.enumerated() { doubles[i] = sub[j] }
            }
        } else {
            openAtEnd = QuotePairing.resolve(b, &doubles, balancedCount: doubles.count % 2 == 0 || nextOpens)
        }
        if openAtEnd != 0 && !(openAtEnd > 0 && nextOpens) {
            let at = doubles.last { $0.opens }?.index ?? doubles[0].index
            out.flag(b, at..<(at + 1), "PAIR-QUOTE", openAtEnd > 0 ? "quotation not closed" : "closing quote without an opening one")
        }

        // Single level: each straight pair's level is one below the double span it sits in.
        var spans: [(Int, Int)] = []  // open/close index ranges of double pairs at level 0
        var stack: [Int] = []
        for m in doubles where m.resolved {
            if m.opens { stack.append(m.index) } else if let o = stack.popLast() { spans.append((o, m.index)) }
        }
        func doubleDepth(_ k: Int) -> Int { spans.filter { $0.0 < k && k < $0.1 }.count }
        var straightSingles = singles.filter { $0.glyph == .straight }
        if !straightSingles.isEmpty {
            _ = QuotePairing.resolve(b, &straightSingles, balancedCount: straightSingles.count % 2 == 0)
            var outerFlagged = false
            for m in straightSingles {
                let d = doubleDepth(m.index)
                let glyph: UInt32 = m.opens ? 0x2018 : 0x2019
                write(b, m, glyph: level(glyph, max(1, d) + m.level, hant: hant), rule: QSingleApos.id, &out)
                if d == 0 && !outerFlagged {
                    out.flag(b, m.index..<(m.index + 1), "Q-SINGLE-OUTER", "single quotes with no double quotation around them")
                    outerFlagged = true
                }
            }
        }
        for m in singles where m.glyph != .straight {
            // Curly singles and 『』 keep their orientation; only the locale's form may change.
            let g: UInt32 = m.glyph == .open ? 0x2018 : 0x2019
            let target = hant ? (m.glyph == .open ? 0x300E : 0x300F) : g
            if b[m.index] != target && (m.isCorner || hant || b[m.index] == 0x201A || b[m.index] == 0x201B) {
                write(b, m, glyph: target, rule: m.isCorner && !hant ? QCornerCN.id : (hant ? QCornerTW.id : QCurlyRepair.id), &out)
            }
        }
        for m in doubles where m.resolved {
            // In a paragraph whose quotation marks do not balance, curly marks stay as they are
            // (flagged above): rewriting them on a guess would not survive a second run.
            if openAtEnd != 0 && m.glyph != .straight && !(m.isCorner && !hant) { continue }
            let base: UInt32 = m.opens ? 0x201C : 0x201D
            let glyph = level(base, m.level, hant: hant)
            let rule: RuleID
            if m.glyph == .straight { rule = QDoubleStraight.id }
            else if m.isCorner && !hant { rule = QCornerCN.id }
            else if hant && !m.isCorner { rule = QCornerTW.id }
            else if (m.glyph == .open) != m.opens { rule = QCurlyRepair.id }
            else { rule = QNest.id }
            write(b, m, glyph: glyph, rule: rule, &out)
        }
    }

    /// Straight marks inside one curly span, paired in order at `level`.
    private func pairSequentially(_ marks: inout [QuotePairing.Mark], _ indices: [Int], level: Int) {
        for (n, i) in indices.enumerated() {
            marks[i].opens = n % 2 == 0
            marks[i].level = level
            marks[i].resolved = true
        }
    }

    /// The glyph for a double-level mark at `level`: even levels “ ”, odd ‘ ’ (GB/T 15834 4.8);
    /// in zh-Hant 「」 and 『』.
    private func level(_ base: UInt32, _ level: Int, hant: Bool) -> UInt32 {
        let opens = base == 0x201C || base == 0x2018
        let outer = level % 2 == 0
        if hant { return outer ? (opens ? 0x300C : 0x300D) : (opens ? 0x300E : 0x300F) }
        return outer ? (opens ? 0x201C : 0x201D) : (opens ? 0x2018 : 0x2019)
    }

    private func write(_ b: BlockText, _ m: QuotePairing.Mark, glyph: UInt32, rule: RuleID, _ out: inout EditCollector) {
        guard b[m.index] != glyph else { return }
        out.replace(b, m.index..<(m.index + 1), with: glyph, rule)
    }
}
