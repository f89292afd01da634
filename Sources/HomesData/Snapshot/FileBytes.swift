import CFaultGuard
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// A snapshot file's bytes, followed by the zero padding the scanner relies on.
///
/// A regular file is mapped read-only rather than read: its pages are already in
/// the page cache, so mapping them costs a few milliseconds, where copying them into
/// fresh memory costs the kernel (and, on a virtual machine, the host) a first touch
/// of every page: 1.7 s for an 822 MB snapshot here, against 0.03 s to map it. The
/// mapping is private and read-only, so nothing can ever be written to the file.
/// Anything that cannot be mapped (a pipe, an empty file) is read into memory.
struct FileBytes {
    let base: UnsafePointer<UInt8>
    let count: Int
    private let storage: Storage

    private enum Storage {
        /// `guardSlot`: the range registered with CFaultGuard (-1 if not guarded).
        case mapped(UnsafeMutableRawPointer, length: Int, guardSlot: Int32)
        case allocated(UnsafeMutablePointer<UInt8>)
    }

    /// The file as it was when opened: size, modification time and identity, so a
    /// file rewritten or replaced while it was read can be told apart afterwards.
    struct Identity: Equatable {
        var size: Int64, device: UInt64, inode: UInt64, modifiedSeconds: Int, modifiedNanoseconds: Int
        init(_ st: stat) {
            size = Int64(st.st_size)
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            modifiedSeconds = Int(st.st_mtim.tv_sec)
            modifiedNanoseconds = Int(st.st_mtim.tv_nsec)
        }
    }
    var identity: Identity?

    /// Whether, while the bytes were read, the file was cut short under its mapping
    /// (a page past its new end was touched and read as zeros instead of crashing).
    var cutShortWhileRead: Bool {
        if case let .mapped(_, _, slot) = storage { return homes_guard_faulted(slot) != 0 }
        return false
    }

    /// Whether the file at `path` is no longer the one that was read: cut short under
    /// the mapping, or now of another size, time or identity (rewritten or replaced).
    func changedSinceRead(_ path: String) -> Bool {
        if cutShortWhileRead { return true }
        guard let identity else { return false }
        var st = stat()
        guard stat(path, &st) == 0 else { return true }
        return Identity(st) != identity
    }

    /// Whether the bytes are a mapping of the file (so pages read can be given back).
    var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }

    func release() {
        switch storage {
        case let .mapped(region, length, slot):
            homes_guard_unregister(slot)
            munmap(region, length)
        case let .allocated(p): free(p)
        }
    }

    /// `progress` counts the bytes of what cannot be mapped (a pipe) as they arrive.
    static func read(_ path: String, progress: ProgressCounter? = nil) throws(LoadFailure) -> FileBytes {
        func failure(_ what: String) -> LoadFailure {
            let reason = String(cString: strerror(errno)).lowercased()
            return LoadFailure(LoadProblem(file: path, location: .file, message: "\(what): \(reason)"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure("cannot open") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure("cannot read") }
        if st.st_mode & S_IFMT == S_IFDIR {
            throw LoadFailure(LoadProblem(file: path, location: .file, message: "is a directory, not a snapshot file"))
        }
        if st.st_mode & S_IFMT == S_IFREG, st.st_size > 0, var mapped = map(fd, size: Int(st.st_size)) {
            mapped.identity = Identity(st)
            return mapped
        }
        var bytes = try readAll(fd, sizeHint: max(Int(st.st_size), 0), progress: progress, failure: failure)
        if st.st_mode & S_IFMT == S_IFREG { bytes.identity = Identity(st) }
        return bytes
    }

    /// Maps `size` bytes of `fd`, plus at least one zero page after them for the
    /// padding: an anonymous zero region is reserved first and the file mapped over
    /// its start. (The rest of the file's last page reads as zeros by definition.)
    private static func map(_ fd: Int32, size: Int) -> FileBytes? {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let fileSpan = (size + page - 1) / page * page
        let length = fileSpan + max(page, JSONScanner.padding)
        guard let region = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              region != MAP_FAILED else { return nil }
        // Not MAP_POPULATE: that would make the whole file resident at once, where
        // faulting pages in as the parsers reach them (64 kB at a time) costs about
        // the same and lets `JSONScanner.releaseBehind` keep the resident part small.
        guard let file = mmap(region, fileSpan, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0), file == region else {
            munmap(region, length)
            return nil
        }
        // A file cut short by another program while mapped must end the load with a
        // message, not a SIGBUS (CFaultGuard answers faults inside this range).
        let slot = homes_guard_install() == 0 ? homes_guard_register(region, fileSpan) : -1
        return FileBytes(base: UnsafePointer(region.assumingMemoryBound(to: UInt8.self)), count: size,
                         storage: .mapped(region, length: length, guardSlot: slot))
    }

    private static func systemRead(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
        #if canImport(Darwin)
        Darwin.read(fd, p, n)
        #else
        Glibc.read(fd, p, n)
        #endif
    }

    private static func allocate(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        guard let p = malloc(max(n, 1)) else { fatalError("out of memory reading a snapshot of \(n) bytes") }
        return p.bindMemory(to: UInt8.self, capacity: n)
    }

    /// One `read(2)` loop, for what cannot be mapped, no Foundation `Data` copy.
    private static func readAll(_ fd: Int32, sizeHint: Int, progress: ProgressCounter?,
                                failure: (String) -> LoadFailure) throws(LoadFailure) -> FileBytes {
        var capacity = sizeHint
        var buffer = allocate(capacity + JSONScanner.padding)
        var count = 0
        while true {
            if count == capacity {
                // Read all the size promised: check for more (the file grew, or is a
                // pipe) with a one-byte read before making room, so the usual case
                // never copies the buffer.
                var probe: UInt8 = 0
                let m = systemRead(fd, &probe, 1)
                if m == 0 { break }
                if m < 0 {
                    if errno == EINTR { continue }
                    free(buffer)
                    throw failure("cannot read")
                }
                let bigger = allocate(capacity * 2 + 65536 + JSONScanner.padding)
                bigger.update(from: buffer, count: count)
                free(buffer)
                buffer = bigger
                capacity = capacity * 2 + 65536
                buffer[count] = probe
                count += 1
                progress?.add(1)
                continue
            }
            let n = systemRead(fd, buffer + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                free(buffer)
                throw failure("cannot read")
            }
            if n == 0 { break }
            count += n
            progress?.add(n)
        }
        (buffer + count).initialize(repeating: 0, count: JSONScanner.padding)
        return FileBytes(base: UnsafePointer(buffer), count: count, storage: .allocated(buffer))
    }
}
