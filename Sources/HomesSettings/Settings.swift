import HomesData

/// What the user chose to keep between runs, read from the settings file
/// (docs/settings.md). Every field is optional: nil means "not set", and the program's
/// own default applies. A plain value, so the browser and the commands are handed only
/// the values, never the file.
public struct Settings: Equatable, Sendable {
    /// The directory (or file) `homes` opens when no path is given. Already expanded:
    /// `~/` is the home directory, a relative path is relative to the settings file's folder.
    public var snapshotDirectory: String?
    /// The list's sort column.
    public var sort: SortKey?
    /// The sort direction; nil follows the column's natural direction (newest, most first).
    public var sortDescending: Bool?
    /// The list's columns, in the order given (named by their sort keys).
    public var columns: [SortKey]?
    /// false draws without colour, as NO_COLOR or --no-color do; true changes nothing
    /// where NO_COLOR is set (the environment wins over the file).
    public var colour: Bool?
    /// Whether the browser starts in meeting mode (as `--meeting` does).
    public var meeting: Bool?
    /// false leaves the mouse to the terminal (its own text selection), as `--no-mouse` does.
    public var mouse: Bool?
    /// Saved queries by name, in the file's order.
    public var savedQueries: [SavedQuery]?

    public init(snapshotDirectory: String? = nil, sort: SortKey? = nil, sortDescending: Bool? = nil,
                columns: [SortKey]? = nil, colour: Bool? = nil, meeting: Bool? = nil, savedQueries: [SavedQuery]? = nil) {
        self.snapshotDirectory = snapshotDirectory
        self.sort = sort
        self.sortDescending = sortDescending
        self.columns = columns
        self.colour = colour
        self.meeting = meeting
        self.savedQueries = savedQueries
    }

    /// The same settings with `mouse:` set (kept out of the initialiser so no caller changes).
    public func with(mouse: Bool?) -> Settings {
        var copy = self
        copy.mouse = mouse
        return copy
    }

    /// The saved queries as name → query pairs, in order (empty when none are saved).
    public var savedQueryPairs: [(name: String, query: String)] {
        (savedQueries ?? []).map { ($0.name, $0.query) }
    }
}

/// A query kept under a name the user chose.
public struct SavedQuery: Equatable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}

/// The keys of the settings file, as written. One table, so reading, writing, the
/// unknown-key message and docs/settings.md name the same keys.
public enum SettingsKey: String, CaseIterable, Sendable {
    case snapshots, sort, columns, colour, meeting, mouse, queries

    /// Read as these keys too: the spelling people bring from other tools.
    static let aliases: [String: SettingsKey] = ["color": .colour]

    init?(spelled: String) {
        if let key = SettingsKey(rawValue: spelled) { self = key } else if let key = SettingsKey.aliases[spelled] { self = key } else { return nil }
    }
}
