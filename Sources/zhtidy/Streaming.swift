import ArgumentParser
import Foundation
import ZhTidy

/// Plain output of standard input and of large files: read, cleaned and written piece by piece
/// (``TidyStream``), so memory stays flat and output starts before the input ends.
enum Streaming {
    /// Files larger than this are streamed rather than read whole.
    static let fileThreshold = 32 << 20

    /// Whether plain output of `inputs` streams: standard input, or a file above the threshold.
    static func wanted(_ inputs: [String]) -> Bool {
        inputs.contains { name in
            name == "-" || ((try? FileManager.default.attributesOfItem(atPath: name)[.size] as? Int) ?? 0) > fileThreshold
        }
    }

    /// Streams each input in turn to standard output (a blank line between inputs).
    static func run(_ inputs: [String], options: Options, format: String = "markdown") {
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
            var block = [UInt8](repeating: 0, count: 1 << 18)
            do {
                while true {
                    let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if n < 0 {
                        if errno == EINTR { continue }
                        Diagnostics.fail("\(display): cannot be read: \(String(cString: strerror(errno)))", code: ExitCode(74))
                    }
                    if n == 0 { break }
                    emit(try stream.feed(block[..<n]))
                }
                emit(try stream.finish())
            } catch let error as ZhTidy.DecodingError {
                InputCheck.fail(error, file: display,
                                after: wroteAny ? " (the text before it was written; the output stops there)" : "")
            } catch {
                Diagnostics.fail("\(display): \(error)", code: ExitCode(65))
            }
        }
    }
}
