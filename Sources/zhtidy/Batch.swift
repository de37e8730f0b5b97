import Dispatch
import Foundation
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
                let base = URL(fileURLWithPath: arg).standardizedFileURL.path
                var found: [Item] = []
                if let e = FileManager.default.enumerator(atPath: base) {
                    while let rel = e.nextObject() as? String {
                        let name = (rel as NSString).lastPathComponent
                        guard globs.contains(where: { fnmatch($0, name, 0) == 0 }) else { continue }
                        if FileSystem.kind(base + "/" + rel) == .file {
                            found.append(Item(path: base + "/" + rel, relative: rel))
                        }
                    }
                }
                items += found.sorted { $0.relative < $1.relative }
            } else {
                items.append(Item(path: arg, relative: (arg as NSString).lastPathComponent))
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
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
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
final class Results: @unchecked Sendable {
    private var items: [Batch.Outcome?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ o: Batch.Outcome) { lock.lock(); items[i] = o; lock.unlock() }
    func all() -> [Batch.Outcome] { lock.lock(); defer { lock.unlock() }; return items.map { $0 ?? .failed("not processed", 74) } }
}

/// `[=====>    ] 412/1000 files  8.3 MB/s  ETA 3s` on stderr, redrawn in place.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private var done = 0, bytes = 0
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int) { self.total = total }

    func advance(bytes n: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += n
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let rate = Double(bytes) / 1e6 / elapsed
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        FileHandle.standardError.write(Data(String(format: "\r[%@] %d/%d files  %.1f MB/s  ETA %.0fs ", bar, done, total, rate, eta).utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
