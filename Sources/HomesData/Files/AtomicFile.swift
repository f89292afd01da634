import CFaultGuard
import Foundation

/// Writes a whole file or nothing: the bytes go to a temporary file beside the
/// destination (same directory, so the same file system), are flushed to the disk,
/// and the temporary file is renamed over the destination. A write that fails part
/// way (disk full, a size limit, permission denied) or is interrupted (Ctrl-C, the
/// terminal closed, a kill) leaves no partial file and the old file as it was.
///
/// Used by `homes import`, `homes generate` and the browser's exports: every file
/// `homes` writes for the user goes through here. One write at a time: the signal
/// guard remembers a single temporary file (the program never writes two at once).
public enum AtomicFile {
    /// Why a write failed, worded for the user; the destination is untouched.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        /// What went wrong, e.g. "no space left on the device".
        public var reason: String
        /// The name was taken and overwriting was not allowed: ask, then write again.
        public var fileExists = false
        public var description: String {
            "cannot write '\(CSVReader.escaped(path))': \(reason); nothing written"
        }
    }

    /// `write(_:to:overwrite:)` for Foundation `Data`, as the browser's exports make it.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws(WriteError) {
        var failed: WriteError?
        data.withUnsafeBytes { buffer in
            do throws(WriteError) { try write(buffer, to: path, overwrite: overwrite) } catch { failed = error }
        }
        if let failed { throw failed }
    }

    /// Writes `bytes` to `path`. With `overwrite` false an existing file is an error
    /// (checked at the moment of the rename, so a file created meanwhile is not lost).
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(WriteError) {
        var failed: WriteError?
        bytes.withUnsafeBytes { buffer in
            do throws(WriteError) { try write(buffer, to: path, overwrite: overwrite) } catch { failed = error }
        }
        if let failed { throw failed }
    }

    /// Writes the buffer to `path` (no copy is made: snapshots may be hundreds of MB).
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, overwrite: Bool) throws(WriteError) {
        func failure(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
        // A file bigger than the process's size limit (ulimit -f) would otherwise kill
        // the process with SIGXFSZ mid-write; ignored, the write fails with EFBIG and
        // is reported like a full disk.
        signal(SIGXFSZ, SIG_IGN)

        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) == S_IFDIR { throw failure("it is a directory") }
        if exists && !overwrite { var taken = failure("it exists"); taken.fileExists = true; throw taken }

        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".partial-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw failure(reason(errno, folder: directory)) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard homes_temporary_file_guard(temporary) == 0 else {
            close(fd); unlink(temporary)
            throw failure("the temporary file's name is too long")
        }
        defer { homes_temporary_file_release() }

        /// Removes the temporary file and says why.
        func abandon(_ code: Int32) -> WriteError {
            close(fd)
            unlink(temporary)
            return failure(reason(code, folder: directory))
        }
        var written = 0
        while written < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw abandon(errno)
            }
            if n == 0 { throw abandon(ENOSPC) }
            written += n
        }
        // The new file gets the old one's permissions, or the usual ones for a new file
        // (mkstemp makes it readable by its owner only).
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
        if fchmod(fd, mode) != 0 { throw abandon(errno) }
        // Flushed before the rename, so a crash of the machine cannot leave the new
        // name on an empty file.
        if fsync(fd) != 0 { throw abandon(errno) }
        if close(fd) != 0 { let e = errno; unlink(temporary); throw failure(reason(e, folder: directory)) }

        if overwrite {
            if rename(temporary, path) != 0 { let e = errno; unlink(temporary); throw failure(reason(e, folder: directory)) }
        } else {
            // link fails if the name was taken meanwhile, where rename would replace it.
            if link(temporary, path) != 0 {
                let e = errno
                unlink(temporary)
                var error = failure(e == EEXIST ? "it exists" : reason(e, folder: directory))
                error.fileExists = e == EEXIST
                throw error
            }
            unlink(temporary)
        }
        // The directory entry itself made durable; a failure here loses nothing.
        let dirFD = open(directory, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }

    /// The process's file-creation mask (read by setting it and putting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// The error in words a user can act on.
    static func reason(_ code: Int32, folder: String) -> String {
        switch code {
        case ENOSPC: return "no space left on the device"
        case EFBIG: return "the file is larger than this process may write (ulimit -f)"
        case EDQUOT: return "the disk quota is used up"
        case EACCES, EPERM: return "permission denied in folder '\(CSVReader.escaped(folder))'"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "folder '\(CSVReader.escaped(folder))' does not exist"
        case ENOTDIR: return "'\(CSVReader.escaped(folder))' is not a folder"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
