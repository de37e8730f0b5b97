import ArgumentParser
import Foundation
import ZhTidy

/// The `zhtidy` command: argument parsing and I/O only; the work is in the ZhTidy library.
@main
struct ZhTidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtidy",
        abstract: "Repair text extracted from printed Chinese and typeset it as clean Markdown.",
        discussion: """
            zhtidy joins paragraphs that a column or page break split, removes stray copies of \
            text and figure markers such as （如图）, and restores Chinese punctuation that NFKC \
            made ASCII — recording every change with the rule behind it.

            Reads the FILEs (or standard input when there are none, or for "-") and writes the \
            cleaned Markdown to standard output.

            EXAMPLES:
              zhtidy page1.txt > page1.md
              pdftotext -raw issue.pdf - | zhtidy > issue.md

            EXIT STATUS:
              0   success
              2   usage error
              65  bad input data (e.g. invalid UTF-8)
              74  I/O error (a file cannot be read or written)
            """,
        version: "0.1.0"
    )

    @Argument(help: "Input files (UTF-8). Standard input when none is given or for \"-\".")
    var files: [String] = []

    @Flag(name: .customLong("keep-figure-markers"), help: "Keep figure markers such as （如图） (NS-FIGREF).")
    var keepFigureMarkers = false

    /// Parses, runs, and maps usage errors to exit status 2 (swift-argument-parser uses 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Diagnostics.fail(fullMessage(for: error).replacingOccurrences(of: "Error: ", with: ""), code: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    mutating func run() throws {
        var options = Options()
        options.removeFigureMarkers = !keepFigureMarkers
        let inputs = files.isEmpty ? ["-"] : files
        var output = [UInt8]()
        for (n, name) in inputs.enumerated() {
            let bytes: [UInt8]
            do {
                bytes = try Input.read(name)
            } catch let error as InputError {
                Diagnostics.fail(error.message, code: ExitCode(74))
            }
            let result: Tidy.Result
            do {
                result = try Tidy.run(bytes, options: options)
            } catch let error as ZhTidy.DecodingError {
                Diagnostics.fail("\(Input.displayName(name)): \(error); convert it to UTF-8 first", code: ExitCode(65))
            }
            if n > 0 && !result.output.isEmpty && !output.isEmpty { output.append(0x0A) }
            output.append(contentsOf: result.output)
        }
        Output.write(output)
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
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
            throw InputError(message: "\(name): no such file")
        }
        if isDirectory.boolValue { throw InputError(message: "\(name): is a directory") }
        guard let data = FileManager.default.contents(atPath: name) else {
            throw InputError(message: "\(name): cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }
}

enum Output {
    /// Writes to stdout; a closed pipe (EPIPE) ends the program quietly with status 0.
    static func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { Foundation.exit(0) }
                Diagnostics.fail("cannot write to standard output: \(String(cString: strerror(errno)))", code: ExitCode(74))
            }
            offset += n
        }
    }
}

enum Diagnostics {
    static func fail(_ message: String, code: ExitCode) -> Never {
        FileHandle.standardError.write(Data("zhtidy: \(message)\n".utf8))
        Foundation.exit(code.rawValue)
    }
}
