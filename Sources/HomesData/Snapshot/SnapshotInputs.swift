import Dispatch
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// What a loading command was given, file by file: snapshots are parsed, Ofsted's
/// published CSVs are imported in memory (by the rules of `homes import ofsted`,
/// one snapshot per register date), and anything else is named for what it is.
///
/// A file named on the command line must be readable as one of the two, or the
/// load stops with what the file looks like. A file met inside a directory that is
/// not usable is reported and skipped, so one stray workbook or a broken download
/// never hides the valid snapshots beside it.
extension SnapshotLoader {
    /// One file to read, and whether the user named it or a directory held it.
    struct Input {
        var path: String
        var fromDirectory: Bool
    }

    static let whatHomesReads = "homes reads snapshots (.json, see docs/snapshot-format.md) and Ofsted's published CSV files "
        + "(provider level, places list, closed children's homes, local authority level; see docs/import.md)"

    /// Files as named, and each directory's files (not hidden ones) in name order.
    static func inputs(_ paths: [String]) throws(LoadFailure) -> [Input] {
        if paths.isEmpty {
            throw LoadFailure(LoadProblem(file: "(no path)", location: .file, message: "no snapshot given; name a snapshot file or a directory of them"))
        }
        var out: [Input] = []
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                let reason = String(cString: strerror(errno))
                throw LoadFailure(LoadProblem(file: path, location: .file, message: "cannot open: \(reason.lowercased())"))
            }
            guard st.st_mode & S_IFMT == S_IFDIR else { out.append(Input(path: path, fromDirectory: false)); continue }
            let found = try files(in: path)
            if found.isEmpty {
                throw LoadFailure(LoadProblem(file: path, location: .file, message: "directory holds no files; \(whatHomesReads)"))
            }
            out += found.map { Input(path: $0, fromDirectory: true) }
        }
        return out
    }

    /// The inputs' sizes added up, for a progress line (pipes count 0).
    static func totalSize(_ inputs: [Input]) -> Int64 {
        inputs.reduce(0) { sum, input in
            var st = stat()
            return sum + (stat(input.path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG ? Int64(st.st_size) : 0)
        }
    }

    /// Regular files in `directory`, not hidden, in name order, and the symbolic links
    /// that lead nowhere (dangling, or a loop): those are kept so that opening them
    /// names the file and says why, where skipping them would lose a file silently.
    static func files(in directory: String) throws(LoadFailure) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return try entries(in: directory).filter { name in
            var st = stat()
            if stat(prefix + name, &st) == 0 { return st.st_mode & S_IFMT == S_IFREG }
            return lstat(prefix + name, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
        }.map { prefix + $0 }
    }

    static func entries(in directory: String) throws(LoadFailure) -> [String] {
        guard let dir = opendir(directory) else {
            let reason = String(cString: strerror(errno))
            throw LoadFailure(LoadProblem(file: directory, location: .file, message: "cannot read directory: \(reason.lowercased())"))
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// What one input gave: a parsed snapshot, a CSV's bytes for the importer, or
    /// the reason it was not used.
    enum Reading {
        case snapshot(Snapshot, FileReport)
        case csv([UInt8])
        case unusable(LoadFailure)
    }

    /// Reads every input, several at once: files are independent, and a directory
    /// of a year's monthly snapshots opens in half the time on two cores.
    static func readAll(_ inputs: [Input], options: LoadOptions) -> [Reading] {
        guard inputs.count > 1, options.threads > 1 else { return inputs.map { read($0.path, options: options) } }
        let results = UnsafeMutableBufferPointer<Reading?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        // One core per file: a file's own placement pieces would wait for a thread
        // of the pool these reads already hold (a second's stall, measured).
        let perFile = LoadOptions(strict: options.strict, threads: 1, minimumChunkBytes: options.minimumChunkBytes,
                                  progress: options.progress)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            out[i] = read(inputs[i].path, options: perFile)
        }
        return results.map { $0! }
    }

    /// Reads one file and routes it by its first bytes (`InputKind`).
    static func read(_ path: String, options: LoadOptions) -> Reading {
        let bytes: FileBytes
        do { bytes = try FileBytes.read(path, progress: options.progress) } catch { return .unusable(error) }
        defer { bytes.release() }
        let head = UnsafeBufferPointer(start: bytes.base, count: min(bytes.count, InputKind.prefixLength))
        switch InputKind.detect(bytes: head) {
        case .snapshot:
            let result: Reading
            do {
                let (s, r) = try parse(bytes.base, count: bytes.count, file: path, options: options, releasable: bytes.isMapped)
                result = .snapshot(s, r)
            } catch {
                result = .unusable(error)
            }
            // Whatever the parse made of it, a file that changed under it was not read whole.
            if bytes.changedSinceRead(path) { return .unusable(changedWhileRead(path, cutShort: bytes.cutShortWhileRead)) }
            return result
        case .ofstedCSV:
            return .csv(Array(UnsafeBufferPointer(start: bytes.base, count: bytes.count)))
        case .other(let what):
            return .unusable(LoadFailure(LoadProblem(file: path, location: .file, message: "is \(what), not a snapshot; \(whatHomesReads)")))
        }
    }

    static func changedWhileRead(_ path: String, cutShort: Bool) -> LoadFailure {
        LoadFailure(LoadProblem(file: path, location: .file, message:
            (cutShort ? "was cut short" : "was changed or replaced") + " by another program while homes was reading it, "
            + "so nothing from it was used; open it again once it is written (replace a snapshot by writing a new file and renaming it over the old one)"))
    }

    /// Ofsted's CSVs as snapshots, one per register date, with the import's problems
    /// as load problems (rejected rows are not warnings) and a report per snapshot.
    static func importCSVs(_ files: [(path: String, bytes: [UInt8])], strict: Bool) throws(LoadFailure)
        -> (dated: [SnapshotHistory.Dated], reports: [FileReport], problems: [LoadProblem]) {
        var dated: [SnapshotHistory.Dated] = []
        var reports: [FileReport] = []
        var problems: [LoadProblem] = []
        for (snapshot, report) in OfstedSnapshots.snapshots(from: files) {
            let names = report.files.map(\.path)
            let label = names.count == 1 ? names[0] : "Ofsted CSVs at \(snapshot.metadata.snapshotDate.iso) (\(names.count) files)"
            var found = report.problems.map { p in
                LoadProblem(file: p.file, location: p.line.map { .line($0) } ?? .file,
                            message: (p.column.map { "column \(CSVReader.printable($0)): " } ?? "") + p.message,
                            isWarning: p.severity == .warning)
            }
            for u in report.unmatchedAuthorityNames {
                found.append(LoadProblem(file: u.firstSeen, location: .file, isWarning: true, message:
                    "authority \(CSVReader.printable(u.name)) (\(u.rows) rows) matches no English authority: those homes have no authority"))
            }
            if strict, let first = found.first {
                var p = first
                p.message += " (--strict refuses a file with any problem)"
                throw LoadFailure(p)
            }
            var r = FileReport(path: label, snapshotDate: snapshot.metadata.snapshotDate, bytes: files.filter { names.contains($0.path) }.reduce(0) { $0 + $1.bytes.count })
            r.homes = RecordCounts(loaded: snapshot.homes.count, rejected: report.rowsRejected)
            r.inspections = RecordCounts(loaded: snapshot.inspections.count)
            r.authorities = RecordCounts(loaded: snapshot.localAuthorities.count)
            r.placements = RecordCounts(loaded: snapshot.placements.count)
            r.warnings = found.filter(\.isWarning).count
            r.problems = found
            problems += found
            reports.append(r)
            dated.append(SnapshotHistory.Dated(snapshot, file: label))
        }
        return (dated, reports, problems)
    }
}
