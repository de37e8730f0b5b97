import ArgumentParser
import Glibc
import ZhTidy

/// The `zhtidy` command: argument parsing and I/O only; the work is in the ZhTidy library.
@main
struct ZhTidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtidy",
        abstract: "Repair text extracted from printed Chinese and typeset it as clean Markdown.",
        discussion: """
            zhtidy joins paragraphs that a column or page break split, removes stray copies of \
            text and figure markers such as （如图）, and restores Chinese punctuation, quotes, \
            dashes, ellipses and spacing by the rules of GB/T 15834-2011, GB/T 15835-2011 and \
            W3C clreq — recording every change with the rule behind it.

            Reads the FILEs (or standard input when there are none, or for "-") and writes the \
            cleaned Markdown to standard output. Settings come from .zhtidy.toml in the current \
            directory (or --config FILE), then from the options given here.

            REVIEW: --check reports what would change (exit 1 if anything would); --diff prints \
            a unified diff; --explain lists every edit with its rule; --report writes an HTML \
            page with each paragraph before and after; -i rewrites the files in place.

            EXAMPLES:
              zhtidy page1.txt > page1.md
              pdftotext -raw issue.pdf - | zhtidy > issue.md
              zhtidy --style web --disable Q-,S-HAN-HAN page.txt
              zhtidy --list-rules
              zhtidy --check *.txt && echo clean
              zhtidy --explain --format json page.txt | jq .rule
              zhtidy -i --backup .orig page.txt

            EXIT STATUS:
              0   success (with --check: nothing would change)
              1   --check: some file would change
              2   usage error (an unknown option, rule ID or setting)
              65  bad input data (e.g. invalid UTF-8)
              74  I/O error (a file cannot be read or written)
            """,
        version: "0.1.0"
    )

    @Argument(help: "Input files (UTF-8). Standard input when none is given or for \"-\".")
    var files: [String] = []

    @Option(help: "print: no space between Han and Latin/digits (default); web: one space (pangu).")
    var style: String?

    @Option(help: "zh-Hans (default) or zh-Hant (「」 quotes, 頓號 kept, fullwidth ／ kept).")
    var locale: String?

    @Option(name: .customLong("input-kind"), help: "markdown, wrapped (pdftotext -raw, PyMuPDF, pdfminer) or layout (pdftotext -layout); detected when not given.")
    var inputKind: String?

    @Flag(help: "Start body paragraphs with two U+3000 (print-like plain text).")
    var indent = false

    @Flag(name: .customLong("keep-corner-brackets"), help: "Leave 「」『』 as they are in zh-Hans text.")
    var keepCornerBrackets = false

    @Flag(name: .customLong("keep-figure-markers"), help: "Keep figure markers such as （如图） (NS-FIGREF).")
    var keepFigureMarkers = false

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch rules off: IDs or family prefixes, comma-separated (e.g. Q-,S-HAN-LATIN).", valueName: "ids"))
    var disable: [String] = []

    @Option(name: .customLong("enable"), help: ArgumentHelp("Switch rules on, including those off by default (e.g. O-REPEAT).", valueName: "ids"))
    var enable: [String] = []

    @Option(help: ArgumentHelp("Read the input in this encoding (GB18030, Big5, UTF-16LE …); detected when not given.", valueName: "name"))
    var encoding: String?

    @Flag(help: "Replace bytes that cannot be decoded with U+FFFD (each flagged) instead of failing.")
    var lossy = false

    @Option(help: ArgumentHelp("Read settings from FILE instead of ./.zhtidy.toml.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("list-rules"), help: "List every rule: ID, family, default, action, description.")
    var listRules = false

    @Flag(help: "Print nothing; say on stderr what would change in each file; exit 1 if anything would.")
    var check = false

    @Flag(help: "Print a unified diff of each file and its cleaned text.")
    var diff = false

    @Flag(help: "Print every edit: file:line:col RULE-ID before → after (and why, for removals and flags).")
    var explain = false

    @Option(help: ArgumentHelp("Output format: markdown (default), text (plain paragraphs), json (one document: sources, pages, articles, diagnostics) or jsonl (one article per line). With --explain, json prints one object per edit.", valueName: "format"))
    var format: String = "markdown"

    @Option(help: ArgumentHelp("Write one file per article into DIR, in the chosen format, named from page, number and title.", valueName: "dir"))
    var split: String?

    @Option(help: ArgumentHelp("Colour the diff: auto (when stdout is a terminal and NO_COLOR is unset), always, never.", valueName: "when"))
    var color: String = "auto"

    @Flag(name: [.customShort("i"), .customLong("in-place")], help: "Rewrite the files in place (atomically).")
    var inPlace = false

    @Option(help: ArgumentHelp("With -i, keep the original as FILE+SUFFIX.", valueName: "suffix"))
    var backup: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML page with every paragraph before and after.", valueName: "file.html"))
    var report: String?

    @Option(help: ArgumentHelp("File names to take from directories (repeatable; default *.txt and *.md).", valueName: "pattern"))
    var glob: [String] = []

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write each cleaned file under DIR, mirroring the input tree.", valueName: "dir"))
    var outputDir: String?

    @Option(help: ArgumentHelp("Threads: files cleaned at once in a batch run, pieces of a stream cleaned at once (default: the machine's cores).", valueName: "n"))
    var jobs: Int?

    /// `--jobs`, or the machine's cores.
    var threads: Int { jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if [check, diff, explain, inPlace].filter({ $0 }).count > 1 {
            throw ValidationError("--check, --diff, --explain and -i/--in-place cannot be combined; choose one")
        }
        if !["markdown", "text", "json", "jsonl"].contains(format) {
            throw ValidationError("--format \(format): expected markdown, text, json or jsonl")
        }
        if explain && !["markdown", "json"].contains(format) { throw ValidationError("--explain prints text or json (--format json)") }
        if split != nil && (check || diff || explain || inPlace) { throw ValidationError("--split cannot be combined with --check, --diff, --explain or -i") }
        if !["auto", "always", "never"].contains(color) { throw ValidationError("--color \(color): expected auto, always or never") }
        if backup != nil && !inPlace { throw ValidationError("--backup needs -i/--in-place") }
        if inPlace && (files.isEmpty || files.contains("-")) { throw ValidationError("-i/--in-place needs files (not standard input)") }
    }

    /// Parses, runs, and maps usage errors to exit status 2 (swift-argument-parser uses 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Diagnostics.fail(fullMessage(for: error).replacing("Error: ", with: ""), code: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    mutating func run() throws {
        if listRules {
            Output.write(Array(RuleList.text().utf8))
            return
        }
        let options = resolvedOptions()
        let inputs = files.isEmpty ? ["-"] : files
        // Directories or an output directory: a batch run, each file on its own.
        if !inPlace, outputDir != nil || inputs.contains(where: { FileSystem.kind($0) == .directory }) {
            guard !diff && !explain && !inPlace && report == nil else {
                Diagnostics.fail("directories and --output-dir work with plain output or --check", code: ExitCode(2))
            }
            runBatch(inputs, options)
        }
        // Plain output of standard input or of a large file: piece by piece, in flat memory.
        if !check && !diff && !explain && !inPlace && report == nil && split == nil && ["markdown", "text", "jsonl"].contains(format),
           Streaming.wanted(inputs) {
            Streaming.run(inputs, options: options, format: format, jobs: threads)
            return
        }
        var pages: [[UInt8]] = []
        for name in inputs {
            do {
                pages.append(try Input.read(name))
            } catch let error as InputError {
                Diagnostics.fail(error.message, code: ExitCode(74))
            }
        }
        // The files are the pages of one issue, in the order given. A file that cannot be decoded
        // is named, and nothing is printed.
        let results: [Tidy.Result]
        do {
            results = try Tidy.run(pages: pages, options: options)
        } catch let failure as Tidy.PageError {
            InputCheck.fail(failure.error, file: Input.displayName(inputs[failure.index]))
        } catch {
            Diagnostics.fail("\(error)", code: ExitCode(65))
        }
        for (name, result) in zip(inputs, results) {
            for w in result.warnings {
                Diagnostics.note("zhtidy: \(Input.displayName(name)): warning: \(w)")
            }
        }
        if let report {
            let html = HTMLReport.render(zip(inputs, results).map { (Input.displayName($0), $1) })
            do { try AtomicFile.write(Array(html.utf8), to: report) } catch let error as AtomicFile.Failure {
                Diagnostics.fail(error.message, code: ExitCode(74))
            }
        }
        var output = [UInt8]()
        if check {
            var changed = false
            for (name, result) in zip(inputs, results) {
                Diagnostics.note(ReviewViews.checkSummary(result, file: Input.displayName(name)))
                if result.changed { changed = true }
            }
            if changed { Glibc.exit(1) }
            return
        } else if diff {
            let colored = color == "always" || (color == "auto" && isatty(1) != 0 && getenv("NO_COLOR") == nil)
            for (name, result) in zip(inputs, results) {
                output.append(contentsOf: ReviewViews.unifiedDiff(result, file: Input.displayName(name), color: colored).utf8)
            }
        } else if explain {
            for (name, result) in zip(inputs, results) {
                let text = format == "json" ? ReviewViews.explainJSON(result, file: Input.displayName(name))
                                            : ReviewViews.explain(result, file: Input.displayName(name))
                output.append(contentsOf: text.utf8)
            }
        } else if inPlace {
            for (name, result) in zip(inputs, results) where result.output != result.input {
                do { try AtomicFile.write(result.output, to: name, backupSuffix: backup) } catch let error as AtomicFile.Failure {
                    Diagnostics.fail(error.message, code: ExitCode(74))
                }
            }
            return
        } else if split != nil || format != "markdown" {
            let sources = zip(inputs, results).map { StructuredOutput.Source(file: Input.displayName($0), result: $1) }
            let articles = Articles.of(results)
            if let split {
                writeSplit(articles, into: split, indent: options.indent)
                return
            }
            switch format {
            case "json": output = Array(StructuredOutput.json(sources, articles: articles).utf8)
            case "jsonl": output = Array(StructuredOutput.jsonl(articles).utf8)
            default: output = Array(StructuredOutput.text(articles, indent: options.indent).utf8)
            }
        } else {
            for (n, result) in results.enumerated() {
                if n > 0 && !result.output.isEmpty && !output.isEmpty { output.append(0x0A) }
                output.append(contentsOf: result.output)
            }
        }
        Output.write(output)
    }

    /// `--split DIR`: one file per article (atomically written), named from page, number and title.
    private func writeSplit(_ articles: [Article], into directory: String, indent: Bool) {
        do {
            try FileSystem.createDirectories(directory)
        } catch let error as AtomicFile.Failure {
            Diagnostics.fail(error.message, code: ExitCode(74))
        } catch {
            Diagnostics.fail("\(directory): cannot create the directory: \(error)", code: ExitCode(74))
        }
        let ext = ["markdown": "md", "text": "txt", "json": "json", "jsonl": "jsonl"][format] ?? "md"
        var names = Set<String>()
        for (k, a) in articles.enumerated() {
            var name = StructuredOutput.fileName(a, index: k)
            while names.contains(name) { name += "_" }
            names.insert(name)
            let body: String
            switch format {
            case "json": body = StructuredOutput.article(a, schema: true) + "\n"
            case "jsonl": body = StructuredOutput.jsonl([a])
            case "text": body = StructuredOutput.text([a], indent: indent)
            default: body = StructuredOutput.markdown(a)
            }
            do { try AtomicFile.write(Array(body.utf8), to: directory + "/" + name + "." + ext) } catch let error as AtomicFile.Failure {
                Diagnostics.fail(error.message, code: ExitCode(74))
            } catch {
                Diagnostics.fail("\(error)", code: ExitCode(74))
            }
        }
        Diagnostics.note("zhtidy: \(articles.count) articles written to \(directory)")
    }

    /// A batch run: a summary line at the end; the exit status says whether some file failed.
    private func runBatch(_ inputs: [String], _ options: Options) -> Never {
        let batch = Batch(options: options, globs: glob.isEmpty ? ["*.txt", "*.md"] : glob, outputDirectory: outputDir,
                          jobs: threads, check: check)
        let items = Batch.collect(inputs, globs: batch.globs)
        let start = monotonicSeconds()
        let outcomes = batch.run(items, progress: isatty(2) != 0)
        var failed = 0, changed = 0, bytes = 0
        var status: Int32 = 0
        var output = [UInt8]()
        for (item, outcome) in zip(items, outcomes) {
            switch outcome {
            case .failed(let message, let code):
                failed += 1
                status = status == 0 || code == 65 ? code : status
                Diagnostics.note("zhtidy: \(message)")
            case .cleaned(let c, let n, let out):
                if c { changed += 1 }
                bytes += n
                if check && c { Diagnostics.note("\(item.path): would change") }
                if outputDir == nil && !check {
                    if !output.isEmpty && !out.isEmpty { output.append(0x0A) }
                    output.append(contentsOf: out)
                }
            }
        }
        if !output.isEmpty { Output.write(output) }
        let seconds = monotonicSeconds() - start
        let summary = "zhtidy: \(items.count) file\(items.count == 1 ? "" : "s"), \(changed) changed, \(failed) failed "
            + "(\(fixed(Double(bytes) / 1e6, 1)) MB in \(fixed(seconds, 2)) s)"
        Diagnostics.note(summary)
        if status != 0 { Glibc.exit(status) }
        Glibc.exit(check && changed > 0 ? 1 : 0)
    }

    /// The config file's settings, then the command line's.
    private func resolvedOptions() -> Options {
        var options = Options()
        let path = config ?? ".zhtidy.toml"
        let kind = FileSystem.kind(path)
        if config != nil || kind != .missing {
            guard kind == .file, let data = FileSystem.contents(path) else {
                Diagnostics.fail("\(path): cannot be read", code: ExitCode(74))
            }
            do {
                try Configuration.apply(String(decoding: data, as: UTF8.self), to: &options)
            } catch {
                Diagnostics.fail("\(path): \(error)", code: ExitCode(2))
            }
        }
        if let style {
            guard let s = Options.Style(rawValue: style) else { Diagnostics.fail("--style \(style): expected print or web", code: ExitCode(2)) }
            options.style = s
        }
        if let locale {
            guard let l = Options.Locale(name: locale) else { Diagnostics.fail("--locale \(locale): expected zh-Hans or zh-Hant", code: ExitCode(2)) }
            options.locale = l
        }
        if let inputKind {
            guard let k = InputKind(rawValue: inputKind) else {
                Diagnostics.fail("--input-kind \(inputKind): expected markdown, wrapped or layout", code: ExitCode(2))
            }
            options.inputKind = k
        }
        if let encoding { options.encoding = encoding }
        if lossy { options.lossy = true }
        if indent { options.indent = true }
        if keepCornerBrackets { options.keepCornerBrackets = true }
        if keepFigureMarkers { options.removeFigureMarkers = false }
        do {
            try options.disable(disable.flatMap { $0.split(separator: ",").map(String.init) })
            try options.enable(enable.flatMap { $0.split(separator: ",").map(String.init) })
        } catch {
            Diagnostics.fail("\(error)", code: ExitCode(2))
        }
        return options
    }
}

/// The `--list-rules` table.
enum RuleList {
    static func text() -> String {
        let width = RuleCatalog.all.map { $0.id.rawValue.count }.max() ?? 20
        var out = pad("ID", width + 2) + "FAMILY  DEFAULT  ACTION      DESCRIPTION\n"
        for r in RuleCatalog.all {
            out += pad(r.id.rawValue, width + 2)
            out += pad(r.family, 8)
            out += pad(r.action == .constraint ? "always" : r.enabledByDefault ? "on" : "off", 9)
            out += pad(r.action.rawValue, 12)
            out += r.summary + "\n"
        }
        return out
    }

    /// `s` cut or padded with spaces to `width` characters.
    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? String(s.prefix(width)) : s + String(repeating: " ", count: width - s.count)
    }
}

/// What to do about an input that cannot be decoded.
enum InputCheck {
    /// `file: what is wrong; what to do`.
    static func message(_ error: ZhTidy.DecodingError, file: String) -> String { "\(file): \(error)\(hint(error))" }

    /// Exits: 2 for an unknown `--encoding` (a usage error), 65 for input that cannot be decoded;
    /// `after` is added to the message (what was written before the failure).
    static func fail(_ error: ZhTidy.DecodingError, file: String, after: String = "") -> Never {
        if case .unknownEncoding(let e) = error.problem {
            Diagnostics.fail("--encoding \(e): unknown encoding\(hint(error))", code: ExitCode(2))
        }
        Diagnostics.fail(message(error, file: file) + after, code: ExitCode(65))
    }

    static func hint(_ error: ZhTidy.DecodingError) -> String {
        switch error.problem {
        case .invalid: return "; give --encoding NAME if it is not UTF-8, or --lossy to replace what cannot be decoded"
        case .binary: return "; zhtidy reads text"
        case .unknownEncoding: return "; see ICU's converter names (GB18030, Big5, UTF-16LE …)"
        }
    }
}

struct InputError: Error {
    var message: String
}

enum Input {
    static func displayName(_ name: String) -> String { name == "-" ? "<stdin>" : name }

    /// The whole file (or standard input) as bytes.
    static func read(_ name: String) throws -> [UInt8] {
        if name == "-" {
            guard let bytes = FileSystem.readAll(0) else {
                throw InputError(message: "<stdin>: cannot be read: \(String(cString: strerror(errno)))")
            }
            return bytes
        }
        switch FileSystem.kind(name) {
        case .missing: throw InputError(message: "\(name): no such file")
        case .directory: throw InputError(message: "\(name): is a directory")
        case .file: break
        }
        guard let bytes = FileSystem.contents(name) else {
            throw InputError(message: "\(name): cannot be read: \(String(cString: strerror(errno)))")
        }
        return bytes
    }
}

enum Output {
    /// Writes to stdout; a closed pipe (EPIPE) ends the program quietly with status 0.
    static func write(_ bytes: [UInt8]) {
        signal(SIGPIPE, SIG_IGN)
        let error = FileSystem.writeAll(bytes, to: 1)
        if error == EPIPE { Glibc.exit(0) }
        if error != 0 { Diagnostics.fail("cannot write to standard output: \(String(cString: strerror(error)))", code: ExitCode(74)) }
    }
}

enum Diagnostics {
    static func fail(_ message: String, code: ExitCode) -> Never {
        note("zhtidy: \(message)")
        Glibc.exit(code.rawValue)
    }

    /// One line on standard error.
    static func note(_ line: String) {
        _ = FileSystem.writeAll(Array((line + "\n").utf8), to: 2)
    }
}
