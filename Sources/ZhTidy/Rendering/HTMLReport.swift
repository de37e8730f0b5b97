/// The `--report FILE.html` page: one self-contained file (no network) showing each paragraph of
/// the input before and after, every edit highlighted and labelled with its rule ID, a filter by
/// rule family, and counts. Built from the edit log alone.
public enum HTMLReport {
    public static func render(_ results: [(file: String, result: Tidy.Result)]) -> String {
        var counts: [RuleID: Int] = [:]
        var families = Set<String>()
        var body = ""
        for (file, r) in results {
            body += "<h2>\(escape(file))</h2>\n<table class=\"pairs\">\n<tr><th>before</th><th>after</th></tr>\n"
            let all = regions(r.input)
            let recorded = r.edits
            for (n, region) in all.enumerated() {
                // An edit belongs to the region it starts in (one at the very end, to the last).
                let last = n == all.count - 1
                let edits = recorded.filter {
                    region.contains($0.range.lowerBound) && !($0.range.isEmpty && $0.range.lowerBound == region.upperBound)
                        || (last && $0.range.lowerBound == region.upperBound)
                }
                for e in edits { counts[e.rule, default: 0] += 1; families.insert(e.rule.family) }
                let fams = Set(edits.map(\.rule.family)).sorted().joined(separator: " ")
                body += "<tr class=\"row\" data-families=\"\(fams)\"><td class=\"before\">"
                body += renderSide(r, region, edits, after: false)
                body += "</td><td class=\"after\">"
                body += renderSide(r, region, edits, after: true)
                body += "</td></tr>\n"
            }
            body += "</table>\n"
        }
        let total = counts.values.reduce(0, +)
        var filter = "<div id=\"filter\">Show: "
        for f in families.sorted() {
            filter += "<label><input type=\"checkbox\" class=\"family\" value=\"\(escape(f))\" checked> \(escape(f))</label> "
        }
        filter += "<label><input type=\"checkbox\" id=\"unchanged\" checked> unchanged paragraphs</label></div>\n"
        var table = "<table id=\"counts\"><tr><th>rule</th><th>edits</th></tr>\n"
        for (rule, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            table += "<tr><td class=\"rule\">\(escape(rule.rawValue))</td><td>\(n)</td></tr>\n"
        }
        table += "<tr><td><b>all</b></td><td id=\"total\">\(total)</td></tr></table>\n"
        return """
            <!DOCTYPE html>
            <html lang="zh"><head><meta charset="utf-8"><title>zhtidy report</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 1.5em; }
            table.pairs { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.pairs td { vertical-align: top; border-top: 1px solid #ddd; padding: .4em; white-space: pre-wrap; word-break: break-all; }
            .edit { border-radius: 3px; }
            del.edit { background: #fdd; text-decoration: line-through; }
            ins.edit { background: #dfd; text-decoration: none; }
            span.flag { background: #ffd; border-bottom: 2px dotted #c90; }
            .edit::after, .flag::after { content: attr(data-rule); font-size: 60%; color: #555; vertical-align: super; margin-left: 2px; }
            tr.hidden { display: none; }
            #counts td, #counts th { padding: 0 .8em; text-align: left; }
            </style></head><body>
            <h1>zhtidy report</h1>
            \(table)\(filter)\(body)
            <script>
            function apply() {
              const on = new Set([...document.querySelectorAll('input.family')].filter(c => c.checked).map(c => c.value));
              const unchanged = document.getElementById('unchanged').checked;
              for (const row of document.querySelectorAll('tr.row')) {
                const fams = row.dataset.families ? row.dataset.families.split(' ') : [];
                const show = fams.length === 0 ? unchanged : fams.some(f => on.has(f));
                row.classList.toggle('hidden', !show);
              }
              for (const el of document.querySelectorAll('[data-family]')) {
                el.style.opacity = on.has(el.dataset.family) ? '1' : '0.25';
              }
            }
            document.querySelectorAll('input').forEach(c => c.addEventListener('change', apply));
            </script>
            </body></html>

            """
    }

    /// Paragraph regions of the input: each block with the blank lines after it.
    static func regions(_ input: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        var sawText = false
        while i < input.count {
            // A blank line after text ends the region (at the start of the next text).
            if input[i] == 0x0A {
                var j = i + 1
                var blank = false
                while j < input.count && (input[j] == 0x0A || input[j] == 0x20 || input[j] == 0x0D || input[j] == 0x09) {
                    if input[j] == 0x0A { blank = true }
                    j += 1
                }
                if blank && sawText && j < input.count {
                    out.append(start..<j)
                    start = j
                    sawText = false
                    i = j
                    continue
                }
            } else if input[i] != 0x20 {
                sawText = true
            }
            i += 1
        }
        if start < input.count || out.isEmpty { out.append(start..<input.count) }
        return out
    }

    private static func renderSide(_ r: Tidy.Result, _ region: Range<Int>, _ edits: [Edit], after: Bool) -> String {
        var html = ""
        var at = region.lowerBound
        for e in edits {
            if e.kind == .flag && e.range.lowerBound < at { continue }  // inside an edit already shown
            let lo = max(at, e.range.lowerBound)
            if lo > at { html += escape(r.input[at..<lo].utf8String) }
            let rule = escape(e.rule.rawValue), fam = escape(e.rule.family)
            let title = escape(e.note ?? e.rule.rawValue)
            switch e.kind {
            case .flag:
                html += "<span class=\"flag\" data-rule=\"\(rule)\" data-family=\"\(fam)\" title=\"\(title)\">\(escape(e.before))</span>"
            case .fix, .remove:
                if after {
                    html += "<ins class=\"edit\" data-rule=\"\(rule)\" data-family=\"\(fam)\" title=\"\(title)\">\(escape(shown(e.after)))</ins>"
                } else {
                    html += "<del class=\"edit\" data-rule=\"\(rule)\" data-family=\"\(fam)\" title=\"\(title)\">\(escape(shown(e.before)))</del>"
                }
            }
            at = max(at, min(region.upperBound, e.range.upperBound))
        }
        if at < region.upperBound { html += escape(r.input[at..<region.upperBound].utf8String) }
        return html
    }

    /// Whitespace made visible inside a highlighted edit.
    private static func shown(_ s: String) -> String {
        s.isEmpty ? "∅" : String(s.unicodeScalars.map { $0 == "\n" ? "⏎" : Character($0) })
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
