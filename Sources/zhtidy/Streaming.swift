import ArgumentParser
import CSystem
import Dispatch
import Glibc
import ZhTidy

/// Plain output of standard input and of large files: read, cleaned and written piece by piece
/// (``TidyStream``), so memory stays flat and output starts before the input ends.
enum Streaming {
    /// Files larger than this are streamed rather than read whole: an issue's pages are far
    /// smaller, and a file read whole costs about 18 times its size in memory (186 MiB for
    /// 10 MB) and one thread.
    static let fileThreshold = 4 << 20

    /// Whether plain output of `inputs` streams: standard input, or a file above the threshold.
    static func wanted(_ inputs: [String]) -> Bool {
        inputs.contains { name in
            name == "-" || (FileSystem.size(name) ?? 0) > fileThreshold
        }
    }

    /// Streams each input in turn to standard output (a blank line between inputs).
    /// `jobs` cuts of the input are cleaned at once, on as many threads; pieces are written in
    /// input order.
    static func run(_ inputs: [String], options: Options, format: String = "markdown", jobs: Int = 1) {
        // glibc gives each thread that finds the others' arenas busy an arena of its own, and
        // keeps what each frees: over a long stream, on Dispatch's changing threads, that adds
        // up (67 MiB for 1 GB). One arena per cleaning thread keeps the peak flat (47 MiB for
        // 100 MB, against 53) at the same speed.
        if jobs > 1 { _ = zt_limit_malloc_arenas(Int32(min(jobs, 8))) }
        var wroteAny = false
        for name in inputs {
            let display = Input.displayName(name)
            let fd: Int32 = name == "-" ? 0 : open(name, O_RDONLY)
            if fd < 0 {
                let reason = FileSystem.kind(name) == .missing ? "no such file" : String(cString: strerror(errno))
                Diagnostics.fail("\(name): \(reason)", code: ExitCode(74))
            }
            defer { if fd != 0 { close(fd) } }
            var stream = TidyStream(options: options)
            let cleaner = CutCleaner(options: options, jobs: jobs)
            var warned = Set<String>()
            var first = true
            func emit(_ pieces: [TidyStream.Piece]) {
                for piece in pieces {
                    for w in piece.result.warnings where warned.insert(w).inserted {
                        Diagnostics.note("zhtidy: \(display): warning: \(w)")
                    }
                    // Articles, for the structured formats: those of each piece (a jump is
                    // stitched only within a piece).
                    let bytes: [UInt8]
                    switch format {
                    case "jsonl": bytes = Array(StructuredOutput.jsonl(Articles.of([piece.result])).utf8)
                    case "text":
                        let text = StructuredOutput.text(Articles.of([piece.result]), indent: options.indent)
                        bytes = Array(((first && !wroteAny) || text.isEmpty ? text : "\n" + text).utf8)
                    default: bytes = piece.output
                    }
                    guard !bytes.isEmpty else { continue }
                    if format == "markdown" && first && wroteAny { Output.write([0x0A]) }
                    first = false
                    Output.write(bytes)
                    wroteAny = true
                }
            }
            /// Writes cleaned cuts, in order, as pieces (a cut that failed throws its error here).
            func write(_ done: [CutCleaner.Done]) throws {
                for (cut, result) in done { emit([stream.piece(cut, try result.get())]) }
            }
            var block = [UInt8](repeating: 0, count: 1 << 18)
            do {
                while true {
                    let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if n < 0 {
                        if errno == EINTR { continue }
                        Diagnostics.fail("\(display): cannot be read: \(String(cString: strerror(errno)))", code: ExitCode(74))
                    }
                    if n == 0 { break }
                    for cut in stream.cut(block[..<n]) { try write(cleaner.submit(cut)) }
                }
                for cut in stream.cutRest() { try write(cleaner.submit(cut)) }
                try write(cleaner.drain())
            } catch let error as ZhTidy.DecodingError {
                InputCheck.fail(error, file: display,
                                after: wroteAny ? " (the text before it was written; the output stops there)" : "")
            } catch {
                Diagnostics.fail("\(display): \(error)", code: ExitCode(65))
            }
        }
    }
}

/// Cleans the cuts of a stream on up to `jobs` threads at once and hands them back in the order
/// they were submitted: a cut is handed back once `jobs` newer ones wait, or at ``drain()``. At
/// most `jobs` cuts are held, so memory stays bounded.
final class CutCleaner {
    typealias Done = (TidyStream.Cut, Result<Tidy.Result, any Error>)
    /// One cut's result, written by its worker before its group leaves.
    private final class Slot: @unchecked Sendable {
        var result: Result<Tidy.Result, any Error>?
    }
    private let options: Options
    private let jobs: Int
    private let queue = DispatchQueue(label: "zhtidy.clean", attributes: .concurrent)
    private var waiting: [(cut: TidyStream.Cut, group: DispatchGroup, slot: Slot)] = []

    init(options: Options, jobs: Int) {
        self.options = options
        self.jobs = max(1, jobs)
    }

    /// Starts cleaning `cut`; returns the oldest cuts done once more than `jobs` wait.
    func submit(_ cut: TidyStream.Cut) -> [Done] {
        let options = self.options
        if jobs == 1 { return [(cut, Result { try TidyStream.clean(cut, options: options) })] }
        let group = DispatchGroup(), slot = Slot()
        queue.async(group: group) { slot.result = Result { try TidyStream.clean(cut, options: options) } }
        waiting.append((cut, group, slot))
        var done: [Done] = []
        while waiting.count > jobs { done.append(next()) }
        return done
    }

    /// Waits for every cut submitted; returns them in order.
    func drain() -> [Done] {
        var done: [Done] = []
        while !waiting.isEmpty { done.append(next()) }
        return done
    }

    private func next() -> Done {
        let w = waiting.removeFirst()
        w.group.wait()
        return (w.cut, w.slot.result!)
    }
}
