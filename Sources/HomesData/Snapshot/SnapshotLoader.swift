#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Loads snapshot files (docs/snapshot-format.md) into the model, validating every
/// record: invalid ones are rejected and reported, everything valid loads.
public enum SnapshotLoader {
    /// The top-level keys a file must have to be a snapshot (the schema requires the same).
    public static let requiredTopLevelKeys = SnapshotKeys.requiredTopLevel

    /// Loads snapshot files, Ofsted's published CSVs (imported in memory, one
    /// snapshot per register date), or directories of either (`SnapshotInputs`).
    /// The snapshot with the newest `metadata.snapshotDate` becomes `current` (the
    /// first listed wins a tie); older ones add history and the register timeline
    /// (see `SnapshotHistory`).
    public static func load(paths: [String], options: LoadOptions) throws(LoadFailure) -> LoadedSnapshots {
        var dated: [SnapshotHistory.Dated] = []
        var reports: [FileReport] = []
        var problems: [LoadProblem] = []
        var csvs: [(path: String, bytes: [UInt8])] = []
        let inputs = try inputs(paths)
        if let progress = options.progress { progress.expect(totalSize(inputs)) }
        for (input, reading) in zip(inputs, readAll(inputs, options: options)) {
            switch reading {
            case let .snapshot(snapshot, report):
                dated.append(SnapshotHistory.Dated(snapshot, file: input.path))
                problems += report.problems
                reports.append(report)
            case let .csv(bytes):
                csvs.append((input.path, bytes))
            case let .unusable(failure):
                // A file the user named must load; one a directory held is skipped.
                guard input.fromDirectory, !options.strict else { throw failure }
                problems += failure.problems.map { p in
                    var p = p
                    p.message = "not read: " + p.message
                    return p
                }
            }
        }
        if !csvs.isEmpty {
            let imported = try importCSVs(csvs, strict: options.strict)
            dated += imported.dated
            reports += imported.reports
            problems += imported.problems
        }
        guard !dated.isEmpty else {
            throw LoadFailure(problems + [LoadProblem(file: paths.joined(separator: ", "), location: .file,
                                                      message: "no snapshot or Ofsted CSV could be read; \(whatHomesReads)")])
        }
        let (current, timeline, combining) = SnapshotHistory.combine(dated)
        return LoadedSnapshots(current: current, timeline: timeline, problems: problems + combining, files: reports)
    }

    /// Loads a snapshot from bytes already in memory (`file` names it in problems).
    public static func load(bytes: [UInt8], file: String, options: LoadOptions) throws(LoadFailure) -> (Snapshot, [LoadProblem]) {
        let (snapshot, report) = try loadWithReport(bytes: bytes, file: file, options: options)
        return (snapshot, report.problems)
    }

    static func loadWithReport(bytes: [UInt8], file: String, options: LoadOptions) throws(LoadFailure) -> (Snapshot, FileReport) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + JSONScanner.padding)
        defer { buffer.deallocate() }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { buffer.update(from: base, count: b.count) }
        }
        (buffer + bytes.count).initialize(repeating: 0, count: JSONScanner.padding)
        return try parse(buffer, count: bytes.count, file: file, options: options)
    }

    /// Loads one file, with its report.
    /// Loads one snapshot file, with its report. A file that is not a snapshot (an
    /// Ofsted CSV, a workbook) fails with what it is and what to do instead.
    public static func loadFile(_ path: String, options: LoadOptions) throws(LoadFailure) -> (Snapshot, FileReport) {
        switch read(path, options: options) {
        case let .snapshot(s, r): return (s, r)
        case .csv:
            throw LoadFailure(LoadProblem(file: path, location: .file, message:
                "is one of Ofsted's CSV files, not a snapshot: 'homes import ofsted FILE… --out S.json' makes a snapshot of it "
                + "('homes', 'homes query', 'homes show' and 'homes changes' read it directly)"))
        case let .unusable(failure): throw failure
        }
    }

    /// Parses a zero-padded buffer (`JSONScanner.padding` zero bytes after `count`).
    /// `releasable`: the buffer is a file mapping whose pages may be given back once read.
    static func parse(_ buffer: UnsafePointer<UInt8>, count: Int, file: String, options: LoadOptions,
                      releasable: Bool = false) throws(LoadFailure) -> (Snapshot, FileReport) {
        var parser = SnapshotParser(bytes: buffer, count: count, file: file, strict: options.strict)
        parser.s.releasable = releasable
        // A mapped file is counted as it is parsed; bytes read from a pipe were counted
        // as they arrived (`FileBytes.read`).
        parser.s.progress = releasable ? options.progress?.doneCounter : nil
        parser.pieces = options.threads
        parser.minimumChunkBytes = options.minimumChunkBytes
        defer {
            // Pieces still being read use `buffer`; it must outlive them.
            parser.chunks?.wait()
            parser.s.release()
        }
        do {
            let snapshot = try parser.parseDocument()
            return (snapshot, parser.report)
        } catch {
            throw LoadFailure(problem(for: error, scanner: parser.s, file: file))
        }
    }

    static func problem(for stop: ParseStop, scanner: JSONScanner, file: String) -> LoadProblem {
        switch stop {
        case let .syntax(offset, message):
            let (line, column) = scanner.lineAndColumn(of: offset)
            return LoadProblem(file: file, location: .text(line: line, column: column), message: message)
        case let .notSnapshot(path, message):
            return LoadProblem(file: file, location: .path(path), message: "not a homes snapshot: \(message)")
        case let .strict(p):
            var p = p
            p.message += " (--strict refuses a file with any problem)"
            return p
        }
    }

    /// The files named by `paths`, for checking one by one: files as given,
    /// directories as their `*.json` and `*.csv` in name order.
    public static func expand(_ paths: [String]) throws(LoadFailure) -> [String] {
        let files = try inputs(paths).filter { input in
            let lower = input.path.lowercased()
            return !input.fromDirectory || lower.hasSuffix(".json") || lower.hasSuffix(".csv")
        }.map(\.path)
        if files.isEmpty {
            throw LoadFailure(LoadProblem(file: paths.joined(separator: ", "), location: .file,
                                          message: "directory holds no snapshots or CSV files (no *.json or *.csv)"))
        }
        return files
    }
}
