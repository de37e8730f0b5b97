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
/// (``targetSize`` bytes, at least 1 MiB by default, four times its 256 KiB window).
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
    private enum Cut: Int { case page, paragraph, line, sentence, character }
    /// Offsets in `buffer` of the form feeds scanned: a piece with pages finds its running heads.
    private var formFeeds: [Int] = []
    /// Scanner state: the last scalar of the last line with text ended a sentence; the current
    /// line has text so far; the scalar just before `scanned`.
    private var lastLineClosed = false, lineHasText = false, previous: UInt32 = 0x0A
    /// nil until the first piece decides; false when the input is not UTF-8 (read whole).
    private var streaming: Bool?
    /// How the previous piece ended: nothing written yet, mid-line, or at a line break.
    private var previousEnd: PieceEnd = .none
    private enum PieceEnd { case none, midLine, lineBreak }

    public init(options: Options = Options(), targetSize: Int = 1 << 20) {
        self.options = options
        self.targetSize = max(targetSize, 64)
    }

    /// Takes more input; returns the pieces it completed. Throws ``DecodingError`` (offsets in
    /// the whole input) for bytes that are not UTF-8, unless `options.lossy`.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws -> [Piece] {
        buffer.append(contentsOf: bytes)
        var pieces: [Piece] = []
        while buffer.count >= targetSize {
            if streaming == nil { streaming = Self.isUTF8Stream(buffer) }
            guard streaming == true else { return pieces }
            scan()
            guard let (cut, midLine) = bestCut() else { break }
            pieces.append(try clean(count: cut, midLine: midLine))
        }
        return pieces
    }

    /// Cleans what is left.
    public mutating func finish() throws -> [Piece] {
        guard !buffer.isEmpty || previousEnd == .none else { return [] }
        if streaming == false || (streaming == nil && !Self.isUTF8Stream(buffer)) {
            // Another encoding: the whole input, decoded and cleaned at once.
            let result = try Tidy.run(buffer, options: options)
            buffer = []
            return [Piece(result: result, offset: 0, output: result.output)]
        }
        scan()
        return [try clean(count: buffer.count, midLine: false)]
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

    /// Looks for cut points in the bytes not yet scanned.
    private mutating func scan() {
        buffer.withUnsafeBufferPointer { p in
            var i = scanned
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 0x0C {
                        cuts[Cut.page.rawValue] = i + 1
                        formFeeds.append(i)
                        lineHasText = false; lastLineClosed = true
                    } else if b == 0x0A {
                        if lineHasText {
                            if lastLineClosed { cuts[Cut.line.rawValue] = i + 1 }
                        } else if lastLineClosed {
                            cuts[Cut.paragraph.rawValue] = i + 1
                        }
                        lineHasText = false
                    } else if b != 0x20 && b != 0x09 && b != 0x0D {
                        lineHasText = true
                        lastLineClosed = false
                    }
                    if !(b == 0x0A && previous == 0x0D) { cuts[Cut.character.rawValue] = i }  // never inside CR LF
                    previous = UInt32(b)
                    i += 1
                    continue
                }
                if b & 0xC0 == 0x80 { i += 1; continue }  // a continuation byte (or a bad one)
                guard i + (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2) <= p.count else { break }  // still arriving
                let (c, n) = UTF8Scan.decode(p, at: i)
                if CharacterClass.isHan(c) && CharacterClass.isEnd(previous) { cuts[Cut.sentence.rawValue] = i }
                if c != 0x3000 {
                    lineHasText = true
                    lastLineClosed = CharacterClass.isEnd(c)
                        || (lastLineClosed && (CharacterClass.isClose(c) || c == 0x201D || c == 0x2019))
                }
                cuts[Cut.character.rawValue] = i
                previous = c
                i += max(n, 1)
            }
            scanned = i
        }
    }

    /// The best cut: the highest kind that leaves a piece of at least an eighth of the target.
    private func bestCut() -> (Int, midLine: Bool)? {
        let floor = targetSize / 8
        for kind in [Cut.page, .paragraph, .line, .sentence, .character] {
            if let c = cuts[kind.rawValue], c >= floor {
                return (c, kind == .sentence || kind == .character)
            }
        }
        return buffer.count > 4 * targetSize ? (buffer.count, true) : nil  // no boundary at all: bytes
    }

    /// Cleans the first `count` bytes of the buffer as one piece.
    private mutating func clean(count: Int, midLine: Bool) throws -> Piece {
        let bytes = Array(buffer[..<count])
        let offset = consumed
        let decoded: InputDecoder.Decoded
        do {
            decoded = try previousEnd == .none && offset == 0
                ? InputDecoder.decode(bytes, encoding: options.encoding, lossy: options.lossy)
                : InputDecoder.decodeUTF8(bytes, lossy: options.lossy)
        } catch var error as DecodingError {
            error.shift(by: offset)
            throw error
        }
        // The piece's pages (form feeds) know their running heads by repetition, as files given
        // together do.
        var o = options
        if let f = formFeeds.first, f < count { o.repeatedEdgeLines.formUnion(Tidy.repeatedEdgeLines([decoded.utf8])) }
        let result = Tidy.run(decoded: decoded, options: o)
        var output: [UInt8] = []
        // Pieces cut at a line break are separate paragraphs (one blank line between them, as
        // between files); a piece cut inside a line continues it.
        if previousEnd == .lineBreak && !result.output.isEmpty { output.append(0x0A) }
        output.append(contentsOf: result.output)
        if midLine && output.last == 0x0A { output.removeLast() }
        if !result.output.isEmpty || previousEnd == .none { previousEnd = midLine ? .midLine : .lineBreak }
        buffer.removeFirst(count)
        consumed += count
        scanned -= count
        for k in cuts.indices { cuts[k] = cuts[k].flatMap { $0 > count ? $0 - count : nil } }
        formFeeds = formFeeds.filter { $0 >= count }.map { $0 - count }
        return Piece(result: result, offset: offset, output: output)
    }
}
