import Foundation
import HomesData

/// What the browser can write to a file: the list as it stands, the marked homes, the
/// summary, or the changes. The rows are taken when the file name is asked for, so what
/// is written is what was on the screen.
public enum ExportRows: Sendable {
    case homes([Int32])
    case groups(GroupSummary)
    case changes([RegisterChange])
}

public enum ExportFormat: String, Sendable, Hashable {
    case csv, json

    /// `.json` at the end of the name asks for JSON; anything else is CSV.
    static func of(path: String) -> ExportFormat { path.lowercased().hasSuffix(".json") ? .json : .csv }
}

/// A file to write, asked for by the update and carried out by `BrowserApp` (the update
/// does no I/O). `replacing` is set only after the user said yes to overwriting.
public struct ExportRequest: Equatable, Sendable {
    public static func == (a: ExportRequest, b: ExportRequest) -> Bool {
        a.what == b.what && a.path == b.path && a.replacing == b.replacing && a.count == b.count
    }

    /// "home", "marked home", "group", "change": what a row is, for the prompt and the report.
    public let what: String
    public let rows: ExportRows
    public var path: String
    public var replacing = false

    public var format: ExportFormat { ExportFormat.of(path: path) }

    /// "2 marked homes", "1 group".
    public var counted: String { RecordWords.count(count, what) }

    public var count: Int {
        switch rows {
        case .homes(let homes): homes.count
        case .groups(let summary): summary.rows.count
        case .changes(let changes): changes.count
        }
    }

    /// The file's text: the same writers as `homes query`, `homes summary` and
    /// `homes changes` with `--format csv|json`, so the file equals the command's output.
    /// None of them holds a child reference, in or out of meeting mode.
    public func text(index: SnapshotIndex) -> String {
        switch (rows, format) {
        case (.homes(let homes), .csv): QueryResults(index: index, homes: homes).csv()
        case (.homes(let homes), .json): QueryResults(index: index, homes: homes).json()
        case (.groups(let summary), .csv): GroupResults(summary).csv()
        case (.groups(let summary), .json): GroupResults(summary).json()
        case (.changes(let changes), .csv): ChangeResults(index: index, changes: changes).csv()
        case (.changes(let changes), .json): ChangeResults(index: index, changes: changes).json()
        }
    }

    /// Writes the file (never over an existing one unless `replacing`) and says how it went.
    public func perform(index: SnapshotIndex) -> ExportOutcome {
        let data = Data(text(index: index).utf8)
        do {
            try AtomicFile.write(data, to: path, overwrite: replacing)
            return .written(path: path, counted: counted, format: format)
        } catch {
            return error.fileExists ? .exists(path: path) : .failed(error.description)
        }
    }
}

/// How an export went, reported back into the state as an action.
public enum ExportOutcome: Hashable, Sendable {
    case written(path: String, counted: String, format: ExportFormat)
    case exists(path: String)
    case failed(String)
}
