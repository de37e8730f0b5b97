/// Cleans a stream of UTF-8 text piece by piece, in bounded memory: output starts before the input
/// ends, and memory stays flat however long the input is (a single 1 GB line included).
///
///     var stream = TidyStream()
///     while let bytes = read() {
///         for piece in try stream.feed(bytes) { write(piece.output) }
///     }
///     for piece in try stream.finish() { write(piece.output) }
///
/// The input is cut where no rule reaches across, best first: after a form feed (a page break);
/// at a blank line after a finished sentence (a paragraph break S-JOIN would keep); after a line
/// that ends a sentence; inside a line after a sentence's end mark (a line longer than a piece);
/// and, in text with none of these, at a character boundary. Each piece is cleaned on its own, so
/// look-back is bounded by the piece: NS-DUP-PARA finds copies within a piece
/// (``targetSize`` bytes, at least 512 KiB by default, twice its 256 KiB window).
///
/// Pieces are independent: ``cut(_:)`` makes them, ``clean(_:options:)`` cleans one (on any
/// thread), and ``piece(_:_:)`` joins the cleaned pieces in order; ``feed(_:)`` does all three.
///
/// Only UTF-8 streams: input that starts in another encoding (a UTF-16 byte-order mark, GB18030,
/// Big5) is read whole and cleaned in one piece at ``finish()``.
public struct TidyStream {
    /// A cleaned piece of the input.
    public struct Piece: Sendable {
        /// The piece's result; its `input` and edits are in the piece's own coordinates.
        public var result: Tidy.Result
        /// Where the piece starts in the whole input (bytes).
        public var offset: Int
        /// The bytes to write: the cleaned text, with what separates it from the previous piece.
        public var output: [UInt8]
    }

    public let options: Options
    /// Pieces are cut once this many bytes are waiting.
    public let targetSize: Int

    private var buffer: [UInt8] = []
    /// Input bytes before `buffer`.
    private var consumed = 0
    /// Bytes of `buffer` looked at for cut points.
    private var scanned = 0
    /// The last cut point of each kind, best first (offsets in `buffer`; nil: none yet).
    private var cuts: [Int?] = [nil, nil, nil, nil, nil]
    private enum CutKind: Int { case page, paragraph, line, sentence, character }
    /// Offsets in `buffer` of the form feeds scanned: a piece with pages finds its running heads.
    private var formFeeds: [Int] = []
    /// Scanner state: the last scalar of the last line with text ended a sentence; the current
    /// line has text so far; the scalar just before `scanned`.
    private var lastLineClosed = false, lineHasText = false, previous: UInt32 = 0x0A
    /// nil until the first piece decides; false when the input is not UTF-8 (read whole).
    private var streaming: Bool?
    /// Whether a cut was made.
    private var started = false
    /// How the previous piece ended: nothing written yet, mid-line, or at a line break.
    private var previousEnd: PieceEnd = .none
    private enum PieceEnd { case none, midLine, lineBreak }

    public init(options: Options = Options(), targetSize: Int = 1 << 19) {
        self.options = options
        self.targetSize = max(targetSize, 64)
    }

    /// Takes more input; returns the pieces it completed. Throws ``DecodingError`` (offsets in
    /// the whole input) for bytes that are not UTF-8, unless `options.lossy`.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws -> [Piece] {
        try cut(bytes).map { try piece($0, Self.clean($0, options: options)) }
    }

    /// Cleans what is left.
    public mutating func finish() throws -> [Piece] {
        try cutRest().map { try piece($0, Self.clean($0, options: options)) }
    }

    /// A stretch of the input cut where no rule reaches across, not yet cleaned. Cuts are cleaned
    /// on their own, so they may be cleaned at the same time on several threads
    /// (``clean(_:options:)``), then turned into pieces in order (``piece(_:_:)``).
    public struct Cut: Sendable {
        /// The cut's bytes.
        public var bytes: [UInt8]
        /// Where the cut starts in the whole input (bytes).
        public var offset: Int
        /// Whether the cut ends inside a line (the next cut goes on with it).
        var midLine: Bool
        /// Whether it holds a form feed: its pages find their running heads by repetition.
        var hasPages: Bool
        /// The whole input, in another encoding than UTF-8: decoded and cleaned at once.
        var whole: Bool
    }

    /// Takes more input; returns the cuts it completed (``feed(_:)`` without the cleaning).
    public mutating func cut(_ bytes: some Collection<UInt8>) -> [Cut] {
        buffer.append(contentsOf: bytes)
        var made: [Cut] = []
        while buffer.count >= targetSize {
            if streaming == nil { streaming = Self.isUTF8Stream(buffer) }
            guard streaming == true else { return made }
            scan()
            guard let (count, midLine) = bestCut() else { break }
            made.append(take(count: count, midLine: midLine))
        }
        return made
    }

    /// What is left, as cuts (``finish()`` without the cleaning).
    public mutating func cutRest() -> [Cut] {
        guard !buffer.isEmpty || !started else { return [] }
        if streaming == false || (streaming == nil && !Self.isUTF8Stream(buffer)) {
            defer { buffer = [] }
            started = true
            return [Cut(bytes: buffer, offset: 0, midLine: false, hasPages: false, whole: true)]
        }
        scan()
        return [take(count: buffer.count, midLine: false)]
    }

    /// Cleans one cut. Throws ``DecodingError`` (offsets in the whole input) for bytes that are
    /// not UTF-8, unless `options.lossy`.
    public static func clean(_ cut: Cut, options: Options) throws -> Tidy.Result {
        if cut.whole { return try Tidy.run(cut.bytes, options: options) }
        let decoded: InputDecoder.Decoded
        do {
            decoded = try cut.offset == 0
                ? InputDecoder.decode(cut.bytes, encoding: options.encoding, lossy: options.lossy)
                : InputDecoder.decodeUTF8(cut.bytes, lossy: options.lossy)
        } catch var error as DecodingError {
            error.shift(by: cut.offset)
            throw error
        }
        // The cut's pages (form feeds) know their running heads by repetition, as files given
        // together do.
        var o = options
        if cut.hasPages { o.repeatedEdgeLines.formUnion(Tidy.repeatedEdgeLines([decoded.utf8])) }
        return Tidy.run(decoded: decoded, options: o)
    }

    /// The piece a cleaned cut makes, with what separates it from the piece before. Call it for
    /// each cut in the order the cuts were made.
    public mutating func piece(_ cut: Cut, _ result: Tidy.Result) -> Piece {
        if cut.whole { return Piece(result: result, offset: 0, output: result.output) }
        var output: [UInt8] = []
        // Pieces cut at a line break are separate paragraphs (one blank line between them, as
        // between files); a piece cut inside a line continues it.
        if previousEnd == .lineBreak && !result.output.isEmpty { output.append(0x0A) }
        output.append(contentsOf: result.output)
        if cut.midLine && output.last == 0x0A { output.removeLast() }
        if !result.output.isEmpty || previousEnd == .none { previousEnd = cut.midLine ? .midLine : .lineBreak }
        return Piece(result: result, offset: cut.offset, output: output)
    }

    /// Whether the input can be read piece by piece as UTF-8: no UTF-16 byte-order mark, and the
    /// first bytes are UTF-8 (a sequence cut at the end aside) or damaged UTF-8.
    static func isUTF8Stream(_ b: [UInt8]) -> Bool {
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return false }
        var end = b.count
        var back = 0
        while end > 0 && back < 3 && b[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > 0 && b[end - 1] >= 0xC0 { end -= 1 }
        let head = Array(b[..<end])
        return InputDecoder.firstInvalidUTF8(head) == nil || InputDecoder.looksLikeUTF8(head)
    }

    /// Looks for cut points in the bytes not yet scanned. (The scanner's state lives in locals
    /// while it runs: a write to a stored array per byte costs a uniqueness check each time.)
    private mutating func scan() {
        var page = cuts[CutKind.page.rawValue], paragraph = cuts[CutKind.paragraph.rawValue]
        var line = cuts[CutKind.line.rawValue], sentence = cuts[CutKind.sentence.rawValue]
        var character = cuts[CutKind.character.rawValue]
        var closed = lastLineClosed, hasText = lineHasText, previous = self.previous
        var feeds: [Int] = []
        scanned = buffer.withUnsafeBufferPointer { p in
            var i = scanned
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 0x0C {
                        page = i + 1
                        feeds.append(i)
                        hasText = false; closed = true
                    } else if b == 0x0A {
                        if hasText {
                            if closed { line = i + 1 }
                        } else if closed {
                            paragraph = i + 1
                        }
                        hasText = false
                    } else if b != 0x20 && b != 0x09 && b != 0x0D {
                        hasText = true
                        closed = false
                    }
                    if !(b == 0x0A && previous == 0x0D) { character = i }  // never inside CR LF
                    previous = UInt32(b)
                    i += 1
                    continue
                }
                if b & 0xC0 == 0x80 { i += 1; continue }  // a continuation byte (or a bad one)
                guard i + (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2) <= p.count else { break }  // still arriving
                let (c, n) = UTF8Scan.decode(p, at: i)
                if CharacterClass.isEnd(previous) && CharacterClass.isHan(c) { sentence = i }
                if c != 0x3000 {
                    hasText = true
                    closed = CharacterClass.isEnd(c)
                        || (closed && (CharacterClass.isClose(c) || c == 0x201D || c == 0x2019))
                }
                character = i
                previous = c
                i += max(n, 1)
            }
            return i
        }
        cuts = [page, paragraph, line, sentence, character]
        formFeeds += feeds
        lastLineClosed = closed; lineHasText = hasText; self.previous = previous
    }

    /// The best cut: the highest kind that leaves a piece of at least an eighth of the target.
    private func bestCut() -> (Int, midLine: Bool)? {
        let floor = targetSize / 8
        for kind in [CutKind.page, .paragraph, .line, .sentence, .character] {
            if let c = cuts[kind.rawValue], c >= floor {
                return (c, kind == .sentence || kind == .character)
            }
        }
        return buffer.count > 4 * targetSize ? (buffer.count, true) : nil  // no boundary at all: bytes
    }

    /// Cuts the first `count` bytes off the buffer.
    private mutating func take(count: Int, midLine: Bool) -> Cut {
        let cut = Cut(bytes: Array(buffer[..<count]), offset: consumed, midLine: midLine,
                      hasPages: formFeeds.first.map { $0 < count } ?? false, whole: false)
        started = true
        buffer.removeFirst(count)
        consumed += count
        scanned -= count
        for k in cuts.indices { cuts[k] = cuts[k].flatMap { $0 > count ? $0 - count : nil } }
        formFeeds = formFeeds.filter { $0 >= count }.map { $0 - count }
        return cut
    }
}
