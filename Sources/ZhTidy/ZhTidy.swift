/// zhtidy's library entry point: clean text extracted from printed Chinese.
///
///     let result = try Tidy.run(bytes)
///     print(result.outputString)        // cleaned Markdown
///     for edit in result.edits { … }     // every change, with its rule
///
/// The output is always the input with ``Result/edits`` applied: nothing is changed or removed
/// without a record.
public enum Tidy {
    /// The outcome of one run.
    public struct Result: Sendable {
        /// The input as given (after decoding to UTF-8).
        public var input: [UInt8]
        /// The cleaned text, UTF-8.
        public var output: [UInt8]
        /// Every fix, removal and flag, sorted by position in the input. (Made from the run's
        /// compact log each time it is read, until it is set: read it once and keep it.)
        public var edits: [Edit] {
            get { madeEdits ?? log?.finished() ?? [] }
            set { madeEdits = newValue; log = nil }
        }
        private var madeEdits: [Edit]?
        private var log: Document.Log?
        /// What the running heads and feet said, jump markers and photo credits taken out.
        public var page: PageInfo = PageInfo()
        /// For an input of several pages (parted by form feeds): each page's own ``page``, and
        /// where pages 2… start in ``output``. Empty for one page.
        public var pages: [PageInfo] = []
        public var pageStarts: [Int] = []
        /// The input's shape as detected (or as given).
        public var inputKind: InputKind = .markdown
        /// Markdown an extractor wrote (pymupdf4llm): its heading levels follow font sizes.
        var extractedMarkdown = false
        /// Messages about the input as a whole, such as interleaved columns.
        public var warnings: [String] = []
        /// The encoding the input was read in.
        public var encoding: String = "UTF-8"

        public var outputString: String { output.utf8String }
        /// Whether any text changed.
        public var changed: Bool {
            if let log { return !log.records.isEmpty }
            return edits.contains { $0.kind != .flag }
        }

        /// The `fix` and `remove` records named for `rule`, each with its range in ``input`` and the
        /// offset in ``output`` where its replacement starts (read from the compact log: no
        /// ``Edit`` is made).
        func placed(_ rule: RuleID) -> [(range: Range<Int>, output: Int)] {
            if let log { return log.placed(rule) }
            var out: [(range: Range<Int>, output: Int)] = []
            var delta = 0
            for e in edits where e.kind != .flag {
                if e.rule == rule { out.append((e.range, e.range.lowerBound + delta)) }
                delta += e.after.utf8.count - e.before.utf8.count
            }
            return out
        }

        init(input: [UInt8], output: [UInt8], edits: [Edit]) {
            self.input = input
            self.output = output
            self.madeEdits = edits
        }

        init(input: [UInt8], output: [UInt8], log: Document.Log) {
            self.input = input
            self.output = output
            self.log = log
        }
    }

    /// Cleans `input` (UTF-8, UTF-16 with a byte-order mark, or a legacy encoding ICU detects;
    /// `options.encoding` forces one). Throws ``DecodingError`` for bytes that cannot be decoded
    /// (unless `options.lossy`) and for binary data. The result's `input` is the decoded UTF-8.
    public static func run(_ input: [UInt8], options: Options = Options()) throws -> Result {
        // One input is a run of one page file (its form feeds may separate several pages): what
        // the command line does with one file.
        do {
            return try run(pages: [input], options: options)[0]
        } catch let failure as PageError {
            throw failure.error
        }
    }

    /// Cleans input that has been decoded.
    static func run(decoded: InputDecoder.Decoded, options: Options) -> Result {
        var result = clean(decoded.utf8, options: options)
        result.encoding = decoded.encoding
        if !decoded.replaced.isEmpty {
            let index = LineIndex(decoded.utf8)
            for (at, original) in decoded.replaced {
                let where_ = original >= 0 ? " at input byte \(original)" : ""
                result.edits.append(Edit(rule: UDecode.id, kind: .flag, range: at..<(at + 3), start: index.position(of: at),
                                         before: "\u{FFFD}", after: "\u{FFFD}",
                                         note: "undecodable bytes\(where_) replaced by U+FFFD"))
            }
            result.edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        }
        return result
    }

    /// A page of ``run(pages:options:)`` that cannot be decoded: which one, and why.
    public struct PageError: Error {
        public var index: Int
        public var error: DecodingError
    }

    /// Cleans the pages of one issue (files given together, in order): each page is cleaned on
    /// its own, and short lines standing at the top or bottom of two or more pages are taken for
    /// running heads and feet (NS-PAGE-HEADER) whatever their wording.
    /// Throws ``PageError`` naming the first page that cannot be decoded.
    public static func run(pages: [[UInt8]], options: Options = Options()) throws -> [Result] {
        var decoded: [InputDecoder.Decoded] = []
        for (index, page) in pages.enumerated() {
            do {
                decoded.append(try InputDecoder.decode(page, encoding: options.encoding, lossy: options.lossy))
            } catch let error as DecodingError {
                throw PageError(index: index, error: error)
            }
        }
        var o = options
        o.repeatedEdgeLines = repeatedEdgeLines(decoded.map(\.utf8))
        return decoded.map { run(decoded: $0, options: o) }
    }

    /// The short lines standing at the top or bottom of two or more of the pages of `texts` (a
    /// text may hold several pages separated by form feeds): running heads and feet.
    static func repeatedEdgeLines(_ texts: [[UInt8]]) -> Set<String> {
        var count: [String: Int] = [:]
        for page in texts {
            page.withUnsafeBufferPointer { all in
                var start = 0
                while start <= all.count {
                    let end = UTF8Scan.find(0x0C, all, from: start, to: all.count)
                    let p = UnsafeBufferPointer(rebasing: all[start..<end])
                    for k in EdgeLines.keys(p) { count[k, default: 0] += 1 }
                    start = end + 1
                }
            }
        }
        return Set(count.filter { $0.value >= 2 }.map(\.key))
    }

    /// Cleans a string.
    public static func run(_ input: String, options: Options = Options()) -> Result {
        clean(Array(input.utf8), options: options)
    }

    /// `relayout: false` finds the blocks of the whole text again after every stage, instead of
    /// only around each stage's edits (tests compare the two).
    static func clean(_ bytes: [UInt8], options: Options, relayout: Bool = true) -> Result {
        var document = Document(original: bytes)
        var context = PipelineContext(options: options)
        let filtering = !options.disabledRules.isEmpty || !options.enabledRules.isEmpty
        /// Runs one stage; returns whether it changed the text.
        /// (`last`: no stage reads the layout after it, so it is not found again.)
        func run(_ stage: any Stage, _ context: inout PipelineContext, flags: Bool = true, last: Bool = false) -> Bool {
            var edits = stage.run(document, &context)
            if filtering {
                edits.removeAll { !options.isEnabled($0.rule) }
            } else {
                // Rules that are off by default only raise flags.
                edits.removeAll { $0.kind == .flag && RuleCatalog.offByDefault.contains($0.rule) }
            }
            if !flags { edits.removeAll { $0.kind == .flag } }
            // (Markdown code is left as written: found on the text as it now stands.)
            if context.mayHoldCode, !(stage is InvisibleStage), !edits.isEmpty, options.isEnabled(MarkdownCode.id) {
                let code = document.text.withUnsafeBufferPointer { MarkdownCode.code($0) }
                edits = MarkdownCode.outside(edits, code)
            }
            let before = document.version
            document.apply(edits)
            context.shiftPositions(by: edits)
            if relayout && !last && document.version != before { context.relayout(by: edits, to: document) }
            return document.version != before
        }
        /// Every stage in order: structure, typography to a fixed point, checks and rendering.
        func pass(_ context: inout PipelineContext) {
            for stage in Pipeline.structure(options) {
                var repeats = stage.repeatsUntilSettled ? Pipeline.stageRepeats : 0
                while run(stage, &context) && repeats > 0 { repeats -= 1 }
            }
            let typography = Pipeline.typography(options)
            // The text version each stage last read: a stage that reads the same text again (no stage
            // after it changed anything since) would find nothing new, and is skipped.
            var lastRead = [Int](repeating: -1, count: typography.count)
            for round in 0..<Pipeline.typographyRounds {
                var changed = false
                for (k, stage) in typography.enumerated() where lastRead[k] != document.version {
                    lastRead[k] = document.version
                    // Flags are raised in the first round only (later rounds would repeat them).
                    if run(stage, &context, flags: round == 0) { changed = true }
                }
                if !changed { break }
            }
            let finish = Pipeline.finish(options)
            for (k, stage) in finish.enumerated() { _ = run(stage, &context, last: k == finish.count - 1) }
        }
        pass(&context)
        // Markdown read as one column whose output reads as glued columns (a join or a space
        // taken out made a line look glued: `〒    工、限 軷医实`) is read once more as a second
        // run would read it, the pages as they were; its warnings join the first pass's. (A
        // reading can leave another box to move: up to ``Pipeline/readings`` in all.)
        for _ in 1..<Pipeline.readings where Pipeline.readsAgain(context, document, options) {
            var again = PipelineContext(options: options)
            again.pageStarts = context.pageStarts
            again.pageOffsets = context.pageOffsets
            pass(&again)
            context.inputKind = again.inputKind
            context.extractedMarkdown = again.extractedMarkdown
            context.interleavedLines = again.interleavedLines
            for w in again.warnings where !context.warnings.contains(w) { context.warnings.append(w) }
        }
        var result = Result(input: bytes, output: document.text, log: document.log)
        for p in context.pages {
            result.page.merge(p)
            result.page.jumps += p.jumps
            result.page.credits += p.credits
        }
        if context.pages.count > 1 {
            result.pages = context.pages
            result.pageStarts = Array(context.pageOffsets.dropFirst())
        }
        result.inputKind = context.inputKind
        result.extractedMarkdown = context.extractedMarkdown
        result.warnings = context.warnings
        // (A paragraph run on past a jump line: boxes read out of order.)
        if result.warnings.isEmpty, let (c, offset) = Articles.jumpsInsideParagraphs(result).first {
            result.warnings.append(Articles.jumpInsideWarning(c, line: LineIndex(result.output).position(of: offset).line))
        }
        // (A paragraph cut off at its article's end, where no other warning explains it.)
        if result.warnings.isEmpty, document.flags.contains(where: { $0.rule == NSTruncated.id }) {
            result.warnings.append(NSTruncated.warning(context.inputKind))
        }
        return result
    }

    /// Applies `edits` (the `fix` and `remove` records of a run) to `input`: the output of a run is
    /// exactly this.
    public static func apply(_ edits: [Edit], to input: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        var at = 0
        for e in edits where e.kind != .flag {
            out.append(contentsOf: input[at..<e.range.lowerBound])
            out.append(contentsOf: e.after.utf8)
            at = e.range.upperBound
        }
        out.append(contentsOf: input[at...])
        return out
    }
}
