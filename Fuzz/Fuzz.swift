// libFuzzer target over the library entry point. Every input must come through without a crash,
// its output must be the input with the edit records applied, no Han character may be lost
// outside a removal, and a second run over Markdown-like output must change nothing.
//
//   swift build -c release --product zhtidy-fuzz --build-path .build-fuzz \
//       -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
//   .build-fuzz/release/zhtidy-fuzz -runs=10000000 Fuzz/corpus
//
// Built without FUZZING (as `swift build` does) it is a replay driver: `zhtidy-fuzz FILE…` runs
// the same checks on each file (for reproducing a crash).
import ZhTidy
#if canImport(Glibc)
import Glibc
#endif

/// Whether idempotence failures are reported rather than fatal (`ZHTIDY_FUZZ_IDEMPOTENCE=report`).
let reportOnly: Bool = getenv("ZHTIDY_FUZZ_IDEMPOTENCE").map { String(cString: $0) == "report" } ?? false

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = try? Tidy.run(input) else { return 0 }  // undecodable or binary: refused, fine
    precondition(Tidy.apply(first.edits, to: first.input) == first.output, "output is not the input with the edits applied")
    precondition(first.unaccountedHanCharacters.isEmpty, "Han characters lost: \(first.unaccountedHanCharacters)")
    // Idempotence holds where the second run reads the text the way the first did: Markdown-like
    // input (hard-wrapped lines read as Markdown have nothing to unwrap by). The second run
    // is told the kind: on a few lines of punctuation, detection is a coin toss that S-JOIN can
    // tip (it takes a line and a block away), and the property is the pipeline's, not the guess's.
    if first.encoding == "UTF-8" && first.inputKind == .markdown {
        var options = Options()
        options.inputKind = .markdown
        let second = Tidy.run(first.outputString, options: options)
        if second.output != first.output {
            // ZHTIDY_FUZZ_IDEMPOTENCE=report (CI's bounded run): say so, with the input in hex,
            // and go on; crashes and the two properties above always stop the run.
            guard reportOnly else { preconditionFailure("not idempotent") }
            let hex = input.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            _ = ("zhtidy-fuzz: not idempotent: " + hex + "\n").withCString { write(2, $0, strlen($0)) }
        }
    }
    // Articles and their JSON must come out of anything; the stream, cut into pieces of about 1 KB, too.
    _ = StructuredOutput.json([StructuredOutput.Source(file: "fuzz", result: first)], articles: Articles.of([first]))
    var stream = TidyStream(targetSize: 1024)
    var streamed = 0
    if let pieces = try? stream.feed(input), let rest = try? stream.finish() {
        for piece in pieces + rest { streamed += piece.result.input.count }
        precondition(first.encoding != "UTF-8" || streamed == input.count, "the stream's pieces do not add up to the input")
    }
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point under this name; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("zhtidy_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
#else
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let f = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buffer, 1, buffer.count, f)
                if n <= 0 { break }
                bytes += buffer.prefix(n)
            }
            fclose(f)
            _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
            print("\(path): ok")
        }
    }
}
#endif
