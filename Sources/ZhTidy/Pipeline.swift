/// The stages of a tidy run, in order. Each stage reads the text the previous one produced and
/// proposes edits; ``Document`` composes them into one log in the original's coordinates.
///
/// Structure comes before typography: blocks are classified (and paragraphs repaired) before any
/// punctuation or space rule runs, because those rules depend on a block's role.
///
/// The typography stages run to a fixed point: one rule's output can be another's context (a quote
/// made curly puts an ellipsis next to it into Chinese context), and a second run over the output
/// must change nothing. Ordinary text settles in two rounds; each `<<` nested in another takes one
/// more, and ``typographyRounds`` is only a safety net.
///
/// Markdown code (MD-CODE: fenced blocks, code spans) is no stage: every stage's edits that touch
/// it are dropped before they are applied (``MarkdownCode``), U-INVISIBLE's alone excepted.
enum Pipeline {
    static let typographyRounds = 64
    static let stageRepeats = 8
    /// How many times at most the stages read a text whose output a second run would read
    /// otherwise (``readsAgain(_:_:_:)``).
    static let readings = 4

    /// Structure: characters, layout, figure markers, paragraphs.
    static func structure(_ options: Options) -> [any Stage] {
        [
            InvisibleStage(),           // Characters/  U-INVISIBLE: line ends, invisible characters
            CharacterStage(),           // Characters/  U-RADICAL, U-CJK-COMPAT, U-FW-*, U-*-FORM, U-LING
            EchoStage(),                // Layout/      NS-DUP-ECHO: an extractor's echo of a run of text
            RepeatStage(),              // Layout/      NS-DUP-REPEAT: a run printed twice in a row
            ListMarkerStage(),          // Layout/      MD-LIST-MARKER: `- ` before running text
            ColumnStage(),              // Layout/      LAYOUT-COLUMNS, LAYOUT-INTERLEAVED: columns read in order
            LineOrderStage(),           // Layout/      LAYOUT-LINE-ORDER: a title's lines printed inside a paragraph
            EmphasisStage(),            // Layout/      MD-EMPHASIS: bold on titles, datelines, furniture
            BoxOrderStage(),            // Layout/      LAYOUT-BOX-ORDER: a box printed out of order
            LayoutStage(),              // Layout/      furniture out, hard-wrapped lines into paragraphs
            FigureMarkerStage(),        // Paragraphs/  NS-FIGREF: （如图） and its kin (before joins: a
                                        //              paragraph that was only a marker must not
                                        //              stand between two halves)
            DuplicateFragmentStage(removalsOnly: true, cutOffOnly: true),
                                        // Paragraphs/  NS-DUP-PARA: a stray copy cut off where
                                        //              it ends, before S-JOIN reads it on
            ParagraphRepairStage(),     // Structure/ + Paragraphs/  classify blocks; S-JOIN
            DuplicateFragmentStage(),   // Paragraphs/  NS-DUP-PARA: stray copies of other text
            ParagraphOrderStage(),      // Paragraphs/  S-JOIN-BACK: a paragraph's rest printed before it
        ]
    }

    /// Typography, by role, repeated until nothing changes.
    static func typography(_ options: Options) -> [any Stage] {
        [
            CharacterStage(),           // Characters/  again: a join can put a 〇 between numerals
                                        //              or a ． after a letter (context rules)
            NumberRepairStage(),        // Typography/  N-DECIMAL, N-TIME-RATIO
            EllipsisStage(),            // Typography/  E-ELLIPSIS, E-PARA-OMISSION
            InterpunctStage(),          // Typography/  M-INTERPUNCT, M-INITIAL, M-EVENT-DATE
            DashStage(),                // Typography/  D-DASH, D-CONNECTOR, D-RANGE, N-RANGE-UNIT
            TypographyStage(),          // Typography/  P-*: punctuation width, by role
            BracketStage(),             // Typography/  P-BRACKET-DOCNO, P-BRACKET-SQUARE
            QuoteStage(),               // Typography/  Q-*: quotation marks by pairing
            BookTitleStage(),           // Typography/  B-ANGLE, B-NEST, B-DUN
            SpacingStage(),             // Typography/  S-HAN-HAN: spaces by role
            SequenceStage(),            // Typography/  O-*, T-*, PAIR-BYLINE
            ParagraphRepairStage(),     // S-JOIN again: a paragraph's end may read differently now
            ListMarkerStage(),          // MD-LIST-MARKER and MD-EMPHASIS again: a join may
            EmphasisStage(),            //              make an item running text or a bold span
                                        //              a title's, as a second run reads them
            DuplicateFragmentStage(removalsOnly: true),
                                        // NS-DUP-PARA again: a copy judged on typeset text, as a
                                        //              second run judges it (`>>` became `》`)
            ParagraphOrderStage(),      // S-JOIN-BACK again, on the paragraphs as they now read
            RepeatStage(),              // NS-DUP-REPEAT again: joins, spacing and widths may set
                                        //              two copies side by side, as a second run reads them
            EchoStage(afterTypography: true),
                                        // NS-DUP-ECHO again: quotes and nesting paired make text
                                        //              read as an echo (`>>,,` `〉，〉，`) as a
                                        //              second run reads it
        ]
    }

    /// Checks and rendering.
    static func finish(_ options: Options) -> [any Stage] {
        [
            CheckStage(),               // Paragraphs/  NS-TRUNCATED: flags only
            MarkdownRenderingStage(),   // Rendering/   S-BLANK: blank lines, trailing space, final LF
        ]
    }
}

extension Pipeline {
    /// Whether a run's output is to be read once more, because a second run would read its
    /// columns or boxes otherwise than the first did: Markdown read as one column whose output
    /// now reads as glued columns (a join or a space taken out made a line look glued:
    /// `〒    工、限 軷医实`), or output that reads as glued where LAYOUT-INTERLEAVED or
    /// LAYOUT-BOX-ORDER would change it (S-JOIN left one box open: `同！` ⏎⏎ `工程、` ⏎⏎ `工` …).
    static func readsAgain(_ context: PipelineContext, _ document: Document, _ options: Options) -> Bool {
        guard context.inputKind == .markdown, options.inputKind == nil || options.inputKind == .markdown,
              options.isEnabled(InterleavedColumns.id) || options.isEnabled(BoxOrder.id) else { return false }
        let glued = document.text.withUnsafeBufferPointer { p in
            let verdicts = InputKind.interleaving(p)
            return verdicts.lines || verdicts.joined
        }
        guard glued else { return false }
        if !context.extractedMarkdown { return true }
        // Read as glued both times: the layout stages, asked as a second run asks them.
        let output = Document(original: document.text)
        var probe = PipelineContext(options: options)
        probe.pageStarts = context.pageStarts
        for stage in [ColumnStage(), BoxOrderStage()] as [any Stage] {
            let edits = stage.run(output, &probe).filter { $0.kind != .flag && options.isEnabled($0.rule) }
            if !edits.isEmpty { return true }
        }
        return false
    }
}

/// One step of the pipeline.
protocol Stage {
    /// Proposes edits to `document.text` (sorted by range, non-overlapping).
    func run(_ document: Document, _ context: inout PipelineContext) -> [LocalEdit]
    /// Whether the stage runs again while it changes the text (at most ``Pipeline/stageRepeats``
    /// times): taking `（如图）` out of `（如图（如图））` leaves a marker.
    var repeatsUntilSettled: Bool { get }
}

extension Stage {
    var repeatsUntilSettled: Bool { false }
}

/// What the stages share during one run.
struct PipelineContext {
    let options: Options
    /// ICU's dictionary-based word breaker (created on first use).
    private var breaker: WordBreaker?
    /// The current text's blocks, recomputed only after the text changed.
    private var cachedLayout: (version: Int, layout: TextLayout)?
    /// Blocks of the current text decoded for the rules (by block index), kept while the text
    /// stays the same: the typography stages after a round's last change, and the checks after
    /// them, read the same blocks (on the seed × 1 MB, 9,688 decodings became 6,608).
    private var decodedBlocks: (version: Int, texts: [BlockText?])?

    /// Page metadata gathered by the layout stage.
    var pages: [PageInfo] = []
    /// Offsets in the current text where a page starts after a form feed (U-INVISIBLE made it a
    /// blank line): page numbers are read at each page's edges.
    var pageStarts: [Int] = []
    /// Where each page with text starts (in the current text), beside its ``pages`` entry.
    var pageOffsets: [Int] = []
    /// Messages for the user about the input as a whole (printed on stderr by the CLI).
    var warnings: [String] = []
    /// The input's shape, as the layout stage found it.
    var inputKind: InputKind = .markdown
    /// Markdown that an extractor wrote (pymupdf4llm: its columns look interleaved), whose
    /// headings join their wrapped lines with a space.
    var extractedMarkdown = false
    /// Wrapped lines whose columns looked interleaved (pdftotext's default mode, pdfplumber).
    var interleavedLines = false
    /// Whether the text holds a backtick or a tilde (U-INVISIBLE's scan notes one), so that it
    /// may hold Markdown code, which no stage edits (``MarkdownCode``).
    var mayHoldCode = false
    /// Whether NS-DUP-ECHO's first scan found a quotation mark or angle bracket in ASCII or
    /// fullwidth (see ``EchoStage/afterTypography``).
    var holdsPairedMarks = false

    init(options: Options) { self.options = options }

    mutating func wordBreaker() -> WordBreaker? {
        if breaker == nil { breaker = try? WordBreaker(locale: "zh") }
        return breaker
    }

    /// Block `k` of the layout of `document` (``layout(of:)``) decoded, once per text.
    mutating func blockText(_ k: Int, of document: Document, _ layout: TextLayout, _ p: UnsafeBufferPointer<UInt8>) -> BlockText {
        if decodedBlocks?.version != document.version {
            decodedBlocks = (document.version, [BlockText?](repeating: nil, count: layout.blocks.count))
        }
        if let b = decodedBlocks!.texts[k] { return b }
        let b = BlockText(p, layout.blocks[k])
        decodedBlocks!.texts[k] = b
        return b
    }

    mutating func layout(of document: Document) -> TextLayout {
        if let c = cachedLayout, c.version == document.version { return c.layout }
        let l = document.text.withUnsafeBufferPointer { TextLayout($0) }
        cachedLayout = (document.version, l)
        return l
    }

    /// The layout of the text `document` holds after a stage's `edits`, found again only around
    /// them when the stage read the layout of the text before (``TextLayout/relaid(by:in:)``).
    mutating func relayout(by edits: [LocalEdit], to document: Document) {
        guard let c = cachedLayout, c.version == document.version - 1 else { return }
        let l = document.text.withUnsafeBufferPointer { c.layout.relaid(by: edits, in: $0) }
        cachedLayout = (document.version, l)
    }

    /// Moves the positions the stages keep (page starts) through a stage's edits.
    mutating func shiftPositions(by edits: [LocalEdit]) {
        guard !pageStarts.isEmpty || pageOffsets.count > 1 else { return }
        let changes = edits.filter { $0.kind != .flag }
        guard !changes.isEmpty else { return }
        // One walk over the positions and the edits, both in order (a page per form feed can
        // make thousands of positions in a long input).
        let ordered = changes.sorted {
            ($0.range.upperBound, $0.range.isEmpty ? 1 : 0) < ($1.range.upperBound, $1.range.isEmpty ? 1 : 0)
        }
        func shift(_ positions: [Int]) -> [Int] {
            guard !positions.isEmpty else { return positions }
            var out: [Int] = []
            out.reserveCapacity(positions.count)
            var e = 0, delta = 0
            for pos in positions.sorted() {
                while e < ordered.count {
                    let r = ordered[e].range
                    // An insertion exactly at `pos` stays after it (and counts for later positions).
                    if r.upperBound > pos || (r.isEmpty && r.lowerBound == pos) { break }
                    delta += ordered[e].replacement.count - r.count
                    e += 1
                }
                out.append(pos + delta)
            }
            return out
        }
        pageStarts = shift(pageStarts)
        pageOffsets = shift(pageOffsets)
    }
}
