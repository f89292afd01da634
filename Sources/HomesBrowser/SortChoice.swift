/// What the sort keys of a table screen ask for, as the list's keys do: a digit sorts
/// by that column (again: reversed), `s` moves to the next column in its natural
/// direction, `r` reverses. Shared by the summary and the children list.
enum SortChoice {
    /// The column and direction after `action`, or nil when it is not a sort key (or
    /// names no column). `columns` are those the digit keys and `s` go through.
    static func after<Column: Equatable>(_ action: Action, columns: [Column], current: Column, descending: Bool,
                                         descendingFirst: (Column) -> Bool) -> (Column, Bool)? {
        switch action {
        case .sortBy(let n):
            guard n >= 0, n < columns.count else { return nil }
            let column = columns[n]
            return (column, column == current ? !descending : descendingFirst(column))
        case .nextSortColumn:
            let next = columns[((columns.firstIndex(of: current) ?? -1) + 1) % columns.count]
            return (next, descendingFirst(next))
        case .reverseSort:
            return (current, !descending)
        default:
            return nil
        }
    }
}
