import Foundation

/// Writes a whole file or nothing: the bytes go to a temporary file in the same directory,
/// which is flushed to disk and then put in place in one step. A full disk, a crash or a
/// kill part way leaves the old file (or no file), never half of the new one. Without
/// `replacing`, an existing file is never touched: the new file is linked into place,
/// which fails if the name is taken (no window between a check and the write).
public enum AtomicFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The name is taken and `replacing` was false: ask before writing again.
        case exists(path: String)
        /// The write could not be done: `path` and the system's reason, in words.
        case failed(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) already exists"
            case .failed(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes `data` to `path` (relative paths are from the current directory).
    public static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var template = Array((directory + "/." + name + ".partial-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .failed(path: path, reason: reason(errno)) }
        let temporary = String(cString: template)
        var done = false
        defer { if !done { unlink(temporary) } }
        var failure: Int32 = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        // The bytes must be on disk before the name points at them; a full disk can show
        // only here (delayed allocation) or at close.
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw .failed(path: path, reason: reason(failure)) }
        // mkstemp makes the file 0600; a written export is an ordinary file (umask applies).
        let mask = umask(0)
        umask(mask)
        chmod(temporary, 0o666 & ~mask)
        if replacing {
            guard rename(temporary, url.path) == 0 else { throw .failed(path: path, reason: reason(errno)) }
        } else {
            guard link(temporary, url.path) == 0 else {
                let code = errno
                if code == EEXIST { throw .exists(path: path) }
                // Filesystems without hard links (FAT, some network ones): check, then rename.
                guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP else { throw .failed(path: path, reason: reason(code)) }
                if access(url.path, F_OK) == 0 { throw .exists(path: path) }
                guard rename(temporary, url.path) == 0 else { throw .failed(path: path, reason: reason(errno)) }
                done = true
                return
            }
        }
        // After a link the temporary name is a second name of the written file: the
        // deferred unlink drops it. After a rename it no longer exists.
        done = replacing
    }

    /// The system's words for an error number ("No space left on device").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
