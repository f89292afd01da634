import Foundation

/// Queries kept with Enter, oldest first, for ↑/↓ (Ctrl-P/Ctrl-N) in the query line, as a
/// shell keeps its commands. A value: the update adds to it, `QueryHistoryStore` keeps it
/// between runs.
public struct QueryHistory: Equatable, Sendable {
    /// At most this many are kept; the oldest go first.
    public static let capacity = 200
    public private(set) var entries: [String]

    public init(_ entries: [String] = []) {
        self.entries = Array(entries.filter { !$0.isEmpty }.suffix(QueryHistory.capacity))
    }

    /// Adds a kept query as the newest entry; one already there moves to the end, so
    /// recalling never walks through the same query twice.
    public mutating func add(_ query: String) {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        entries.removeAll { $0 == text }
        entries.append(text)
        if entries.count > QueryHistory.capacity { entries.removeFirst(entries.count - QueryHistory.capacity) }
    }
}

/// Where the query history lives between runs: `$XDG_STATE_HOME/homes/history`, else
/// `~/.local/state/homes/history` (state, not configuration or cache, in the XDG sense).
/// One query a line. Written whole to a temporary file and renamed over the old one, so a
/// crash or a second browser never leaves half a file; a directory that cannot be written
/// only means the history is not kept, never an error in the browser.
public struct QueryHistoryStore: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The standard place for this environment, or nil when neither XDG_STATE_HOME nor HOME
    /// is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> QueryHistoryStore? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return QueryHistoryStore(url: URL(fileURLWithPath: state).appendingPathComponent("homes/history"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return QueryHistoryStore(url: URL(fileURLWithPath: home).appendingPathComponent(".local/state/homes/history"))
    }

    /// The kept queries; empty when there is no file or it cannot be read. Lines holding
    /// control characters are left out: they cannot have been typed into the query line.
    public func load() -> QueryHistory {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return QueryHistory() }
        let lines = text.split(separator: "\n").map(String.init).filter { line in
            !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }
        return QueryHistory(lines)
    }

    /// Writes the history; false when it could not (the browser carries on regardless).
    @discardableResult
    public func save(_ history: QueryHistory) -> Bool {
        let manager = FileManager.default
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".history.\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            let text = history.entries.map { $0 + "\n" }.joined()
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                try? manager.removeItem(at: temporary)
                return false
            }
            return true
        } catch {
            try? manager.removeItem(at: temporary)
            return false
        }
    }
}
