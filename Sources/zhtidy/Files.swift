import Foundation

/// What the CLI asks of the file system.
enum FileSystem {
    enum Kind { case missing, file, directory }

    static func kind(_ path: String) -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    /// Writes all of `bytes` to `fd`, retrying interrupted writes; returns 0, or the `errno` of
    /// the write that failed.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }
}

/// Atomic file replacement: a temporary file in the same directory, fsync, the original's
/// permissions, rename. Nothing is left half-written: on any failure the target is untouched.
enum AtomicFile {
    struct Failure: Error { var message: String }

    static func write(_ bytes: [UInt8], to path: String, backupSuffix: String? = nil) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard FileSystem.kind(directory) == .directory else {
            throw Failure(message: "\(path): cannot write: directory \(directory) does not exist")
        }
        if FileSystem.kind(path) == .directory {
            throw Failure(message: "\(path): cannot write: is a directory")
        }
        var template = Array((directory + "/.zhtidy-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(message: "\(path): cannot write in \(directory): \(String(cString: strerror(errno)))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        let writeError = FileSystem.writeAll(bytes, to: fd)
        if writeError != 0 {
            close(fd)
            throw Failure(message: "\(path): cannot write: \(String(cString: strerror(writeError)))")
        }
        // The original's permissions (a new file gets the usual 0644 less the umask).
        var st = stat()
        if stat(path, &st) == 0 { fchmod(fd, st.st_mode & 0o7777) } else {
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        guard fsync(fd) == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw Failure(message: "\(path): cannot write: \(message)")
        }
        close(fd)
        if let suffix = backupSuffix, FileManager.default.fileExists(atPath: path) {
            let backup = path + suffix
            unlink(backup)
            guard link(path, backup) == 0 || copy(path, backup) else {
                throw Failure(message: "\(backup): cannot keep a backup: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(temporary, path) == 0 else {
            throw Failure(message: "\(path): cannot replace: \(String(cString: strerror(errno)))")
        }
        ok = true
    }

    private static func copy(_ from: String, _ to: String) -> Bool {
        (try? FileManager.default.copyItem(atPath: from, toPath: to)) != nil
    }
}
