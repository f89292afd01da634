import Foundation

/// How strictly to load.
public struct LoadOptions: Sendable {
    /// Refuse the whole load on the first problem of any kind (warnings included),
    /// instead of rejecting invalid records and loading the rest.
    public var strict: Bool
    /// How many cores may read one file's placements at once (see `PlacementChunks`).
    public var threads: Int
    /// The least share of a file worth handing to another core. Tests lower it to
    /// cut small files into pieces.
    public var minimumChunkBytes: Int
    /// Where to count the bytes read, for a progress line; nil counts nothing.
    public var progress: ProgressCounter?

    public init(strict: Bool = false, threads: Int = LoadOptions.processors, minimumChunkBytes: Int = 1 << 20,
                progress: ProgressCounter? = nil) {
        self.progress = progress
        self.strict = strict
        self.threads = max(1, threads)
        self.minimumChunkBytes = minimumChunkBytes
    }

    /// Cores this process may use, at most eight: beyond that, joining the pieces
    /// costs more than reading them saves.
    public static var processors: Int { min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) }
}

/// One thing wrong with a snapshot file, precise enough to find and fix it.
public struct LoadProblem: Error, Sendable, CustomStringConvertible, Hashable {
    public enum Location: Sendable, Hashable, CustomStringConvertible {
        /// A place in the text (1-based line and column, column in characters): syntax errors.
        case text(line: Int, column: Int)
        /// A JSON path such as `$.homes[12].inspections[0].date`: problems with a record.
        case path(String)
        /// A line of a CSV file (1-based), for rows the in-memory import used in part or not at all.
        case line(Int)
        /// The file as a whole (unreadable, missing, not a snapshot).
        case file

        public var description: String {
            switch self {
            case let .text(line, column): "\(line):\(column)"
            case let .path(p): p
            case let .line(n): String(n)
            case .file: ""
            }
        }
    }

    public var file: String
    public var location: Location
    /// What was wrong and what was expected, quoting the bad value (made printable).
    public var message: String
    /// A warning leaves the record loaded (an unknown key, say); anything else
    /// means a record, or the whole file, was rejected.
    public var isWarning: Bool

    public init(file: String, location: Location, isWarning: Bool, message: String) {
        self.init(file: file, location: location, message: message, isWarning: isWarning)
    }

    public init(file: String, location: Location, message: String, isWarning: Bool = false) {
        self.file = file
        self.location = location
        self.message = message
        self.isWarning = isWarning
    }

    public var description: String {
        // A file name may hold a newline or an escape sequence: shown escaped, so the
        // message stays one line and the terminal is never driven by it.
        let file = CSVReader.escaped(self.file)
        return switch location {
        case let .text(line, column): "\(file):\(line):\(column): \(message)"
        case let .path(p): "\(file): \(p): \(message)"
        case let .line(n): "\(file):\(n): \(message)"
        case .file: "\(file): \(message)"
        }
    }
}

/// A load that could not go on: the file is unreadable, is not JSON, is not a
/// snapshot, or (in strict mode) has a problem. Carries what went wrong.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [LoadProblem]

    public init(_ problems: [LoadProblem]) { self.problems = problems }
    public init(_ problem: LoadProblem) { self.problems = [problem] }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// How many records of one kind a file held, and how many of them were rejected.
public struct RecordCounts: Sendable, Hashable {
    public var loaded = 0
    public var rejected = 0
    public init(loaded: Int = 0, rejected: Int = 0) { self.loaded = loaded; self.rejected = rejected }
}

/// What loading one file found.
public struct FileReport: Sendable {
    public var path: String
    public var snapshotDate: Day
    public var bytes: Int
    public var authorities = RecordCounts()
    public var homes = RecordCounts()
    /// Inspections rejected on their own, plus those of rejected homes.
    public var inspections = RecordCounts()
    public var placements = RecordCounts()
    public var warnings = 0
    /// How many pieces the placements were read in, each on its own core (1: read
    /// in one pass; see `PlacementChunks`).
    public var placementPieces = 1
    /// Problems found in this file (also in `LoadedSnapshots.problems`).
    public var problems: [LoadProblem] = []

    public init(path: String, snapshotDate: Day, bytes: Int) {
        self.path = path
        self.snapshotDate = snapshotDate
        self.bytes = bytes
    }

    public var rejectedRecords: Int { authorities.rejected + homes.rejected + inspections.rejected + placements.rejected }
}

/// The result of loading one or more snapshot files.
public struct LoadedSnapshots: Sendable {
    /// The snapshot with the newest `metadata.snapshotDate`, with inspections and
    /// homes that only older snapshots hold merged in.
    public var current: Snapshot
    /// Every snapshot's view of every home of `current`, oldest first.
    public var timeline: RegisterTimeline
    public var problems: [LoadProblem]
    /// One per file, in the order given (a directory's files in name order).
    public var files: [FileReport]

    public init(current: Snapshot, timeline: RegisterTimeline, problems: [LoadProblem], files: [FileReport]) {
        self.current = current
        self.timeline = timeline
        self.problems = problems
        self.files = files
    }
}

extension String {
    /// The value as a message may quote it: in double quotes, control characters and
    /// other unprintables escaped, cut at `limit` characters.
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 60) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        return quoted(s, limit: limit)
    }

    static func quoted(_ s: String, limit: Int = 60) -> String {
        var out = "\""
        var n = 0
        for scalar in s.unicodeScalars {
            if n == limit { out += "…"; break }
            n += 1
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
