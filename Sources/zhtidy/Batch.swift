import Dispatch
import Glibc
import Synchronization
import ZhTidy

/// Batch runs: directories given as arguments (searched recursively), many files cleaned in
/// parallel, each on its own; one bad file does not stop the others.
struct Batch {
    var options: Options
    var globs: [String]
    var outputDirectory: String?
    var jobs: Int
    var check: Bool

    struct Item: Sendable {
        var path: String
        /// Where the cleaned file goes under `--output-dir` (the path below the argument).
        var relative: String
    }

    enum Outcome: Sendable {
        case cleaned(changed: Bool, bytes: Int, output: [UInt8])
        case failed(String, Int32)
    }

    /// The files under `arguments`: files as given, directories walked for `globs`, sorted.
    static func collect(_ arguments: [String], globs: [String]) -> [Item] {
        var items: [Item] = []
        for arg in arguments {
            if FileSystem.kind(arg) == .directory {
                let base = String(FileSystem.withoutTrailingSlashes(Substring(arg)))
                let found = FileSystem.walk(base)
                    .filter { rel in globs.contains { fnmatch($0, FileSystem.lastComponent(of: rel), 0) == 0 } }
                    .map { Item(path: base + "/" + $0, relative: $0) }
                items += found.sorted { $0.relative < $1.relative }
            } else {
                items.append(Item(path: arg, relative: FileSystem.lastComponent(of: arg)))
            }
        }
        return items
    }

    /// Cleans `items` with up to `jobs` at a time; calls `done` (on one thread) as each finishes.
    func run(_ items: [Item], progress: Bool) -> [Outcome] {
        let options = self.options
        let outputDirectory = self.outputDirectory
        let check = self.check
        let results = Results(count: items.count)
        let bar = progress ? ProgressBar(total: items.count) : nil
        let semaphore = DispatchSemaphore(value: 0)
        let jobs = max(1, self.jobs)
        Task.detached {
            await withTaskGroup(of: Void.self) { group in
                var next = 0
                func add() {
                    guard next < items.count else { return }
                    let index = next
                    next += 1
                    group.addTask {
                        let outcome = Batch.clean(items[index], options: options, outputDirectory: outputDirectory, check: check)
                        results.set(index, outcome)
                        bar?.advance(bytes: outcome.bytes)
                    }
                }
                for _ in 0..<min(jobs, items.count) { add() }
                while await group.next() != nil { add() }
            }
            semaphore.signal()
        }
        semaphore.wait()
        bar?.finish()
        return results.all()
    }

    static func clean(_ item: Item, options: Options, outputDirectory: String?, check: Bool) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try Input.read(item.path)
        } catch let error as InputError {
            return .failed(error.message, 74)
        } catch {
            return .failed("\(item.path): \(error)", 74)
        }
        let result: Tidy.Result
        do {
            result = try Tidy.run(bytes, options: options)
        } catch let error as ZhTidy.DecodingError {
            return .failed(InputCheck.message(error, file: item.path), 65)
        } catch {
            return .failed("\(item.path): \(error)", 65)
        }
        if let dir = outputDirectory, !check {
            let target = dir + "/" + item.relative
            do {
                try FileSystem.createDirectories(FileSystem.directory(of: target))
                try AtomicFile.write(result.output, to: target)
            } catch let error as AtomicFile.Failure {
                return .failed(error.message, 74)
            } catch {
                return .failed("\(target): \(error)", 74)
            }
            return .cleaned(changed: result.changed, bytes: bytes.count, output: [])
        }
        return .cleaned(changed: result.changed, bytes: bytes.count, output: check ? [] : result.output)
    }
}

extension Batch.Outcome {
    var bytes: Int { if case .cleaned(_, let n, _) = self { return n } else { return 0 } }
}

/// Results filled in by parallel tasks.
final class Results: Sendable {
    private let items: Mutex<[Batch.Outcome?]>
    init(count: Int) { items = Mutex(Array(repeating: nil, count: count)) }
    func set(_ i: Int, _ o: Batch.Outcome) { items.withLock { $0[i] = o } }
    func all() -> [Batch.Outcome] { items.withLock { $0.map { $0 ?? .failed("not processed", 74) } } }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// `x` with `digits` decimals (as `%.Nf` prints it, for the small positive figures shown here).
func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((max(0, x) * scale).rounded())
    guard digits > 0 else { return String(n) }
    let whole = String(n / Int(scale))
    let fraction = String(n % Int(scale))
    return whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}

/// `[=====>    ] 412/1000 files  8.3 MB/s  ETA 3s` on stderr, redrawn in place.
final class ProgressBar: Sendable {
    private struct State {
        var done = 0, bytes = 0
        var lastDraw = -Double.infinity
    }
    private let total: Int
    private let start = monotonicSeconds()
    private let state = Mutex(State())

    init(total: Int) { self.total = total }

    func advance(bytes n: Int) {
        let line: String? = state.withLock { s in
            s.done += 1
            s.bytes += n
            let now = monotonicSeconds()
            guard now - s.lastDraw > 0.1 || s.done == total else { return nil }
            s.lastDraw = now
            let elapsed = max(0.001, now - start)
            let rate = Double(s.bytes) / 1e6 / elapsed
            let eta = s.done > 0 ? elapsed / Double(s.done) * Double(total - s.done) : 0
            let width = 30
            let filled = total > 0 ? width * s.done / total : width
            let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
            return "\r[\(bar)] \(s.done)/\(total) files  \(fixed(rate, 1)) MB/s  ETA \(fixed(eta, 0))s "
        }
        if let line { _ = FileSystem.writeAll(Array(line.utf8), to: 2) }
    }

    func finish() { _ = FileSystem.writeAll(Array("\r\u{1B}[K".utf8), to: 2) }
}
