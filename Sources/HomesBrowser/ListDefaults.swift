import HomesData

/// How the list starts: the settings file's `sort:` and `columns:` (docs/settings.md),
/// handed to the browser as values so it knows nothing of the file. Empty is the
/// browser's own start: by name, the usual columns for the terminal's width.
public struct ListDefaults: Equatable, Sendable {
    /// The starting sort column; nil sorts by name.
    public var sort: ListColumn?
    /// The starting direction; nil takes the column's own (newest and largest first).
    public var descending: Bool?
    /// The columns to show, in this order; nil shows the usual ones (and more on wide
    /// terminals). The name is always shown, and so is the column the list is sorted by.
    public var columns: [ListColumn]?

    public init(sort: ListColumn? = nil, descending: Bool? = nil, columns: [ListColumn]? = nil) {
        self.sort = sort
        self.descending = descending
        self.columns = columns
    }

    /// From the settings' sort keys: every key `homes query --sort` takes is a column.
    public init(sort: SortKey?, descending: Bool?, columns: [SortKey]?) {
        self.init(sort: sort.map(ListColumn.init(sortKey:)), descending: descending,
                  columns: columns.map { $0.map(ListColumn.init(sortKey:)) })
    }

    /// The column the list starts sorted by and which way.
    var startingSort: (column: ListColumn, descending: Bool) {
        let column = sort ?? .name
        return (column, descending ?? (sort == nil ? false : column.descendingFirst))
    }

    /// The columns chosen, each once, with the name where the user would look for it
    /// (after the URN, else first) when it was left out: every row needs a name.
    var chosenColumns: [ListColumn]? {
        guard let columns else { return nil }
        var once: [ListColumn] = []
        for column in columns where !once.contains(column) { once.append(column) }
        if !once.contains(.name) { once.insert(.name, at: once.firstIndex(of: .urn).map { $0 + 1 } ?? 0) }
        return once
    }
}

extension ListColumn {
    /// The column that sorts by `key`: there is one for every key.
    public init(sortKey key: SortKey) {
        self = ListColumn.allCases.first { $0.sortKey == key }!
    }
}
