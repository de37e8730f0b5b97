import Glibc

/// What the CLI asks of the file system: POSIX calls, so the CLI loads no Foundation (whose
/// libraries cost a few milliseconds of start-up on every run).
enum FileSystem {
    enum Kind { case missing, file, directory }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        return st.st_mode & S_IFMT == S_IFDIR ? .directory : .file
    }

    /// The size of the file at `path`, or nil.
    static func size(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }

    /// Everything `fd` holds, read to its end; nil (and `errno`) when a read fails.
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: block[..<n])
        }
    }

    /// The whole file at `path`; nil (and `errno`) when it cannot be opened or read.
    static func contents(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return readAll(fd)
    }

    /// `path` without the slashes that end it (`/` stays `/`).
    static func withoutTrailingSlashes(_ path: Substring) -> Substring {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
        return p
    }

    /// The directory part of `path` (`.` for a bare name), as `dirname` has it.
    static func directory(of path: String) -> String {
        let p = withoutTrailingSlashes(Substring(path))
        guard let slash = p.lastIndex(of: "/") else { return "." }
        let d = withoutTrailingSlashes(p[..<slash])
        return d.isEmpty ? "/" : String(d)
    }

    /// The last component of `path`.
    static func lastComponent(of path: String) -> String {
        let p = withoutTrailingSlashes(Substring(path))
        guard let slash = p.lastIndex(of: "/"), p.count > 1 else { return String(p) }
        return String(p[p.index(after: slash)...])
    }

    /// Creates `path` and the directories above it (as `mkdir -p`); throws the `errno` message.
    static func createDirectories(_ path: String) throws {
        if kind(path) == .directory { return }
        let parent = directory(of: path)
        if parent != path && kind(parent) == .missing { try createDirectories(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw AtomicFile.Failure(message: "\(path): cannot create the directory: \(String(cString: strerror(errno)))")
        }
    }

    /// The files below `directory` (links to files included, links to directories not walked), as
    /// paths relative to it, in no particular order.
    static func walk(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            // A real directory is walked; a link to one is not (it could loop back).
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                found += walk(path).map { name + "/" + $0 }
            } else if kind(path) == .file {
                found.append(name)
            }
        }
        return found
    }

    /// Writes all of `bytes` to `fd`, retrying interrupted writes; returns 0, or the `errno` of
    /// the write that failed.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
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
        let directory = FileSystem.directory(of: path)
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
        if let suffix = backupSuffix, FileSystem.kind(path) == .file {
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

    /// Copies the file `from` to `to` (a new file, the original's permissions).
    private static func copy(_ from: String, _ to: String) -> Bool {
        guard let bytes = FileSystem.contents(from) else { return false }
        var st = stat()
        guard stat(from, &st) == 0 else { return false }
        let fd = open(to, O_WRONLY | O_CREAT | O_EXCL, st.st_mode & 0o7777)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return FileSystem.writeAll(bytes, to: fd) == 0
    }
}
