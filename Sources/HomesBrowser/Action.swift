/// Everything a user can ask the browser to do. Keys map to these through `Keymap`;
/// `BrowserState.updated(with:)` is the only place they take effect.
public enum Action: Hashable, Sendable {
    // Movement (every screen with a cursor or scroll)
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    // Navigation
    case open, back, quit, suspend, help
    // List
    case sortBy(Int), nextSortColumn, previousSortColumn, reverseSort, openQuery, nextMatch, previousMatch
    case openFilters, clearFilters
    /// Esc on the list: clear the query (nothing on an unfiltered list).
    case clearQuery
    /// Select again the home that was selected before the last sort.
    case reselect
    // Query line
    case insert(Character), deleteBackward, deleteForward, caretLeft, caretRight, caretHome, caretEnd
    case clearLine, acceptQuery, cancelQuery
    /// Recall an earlier query (older) or a later one (newer) from the history.
    case historyOlder, historyNewer
    // Filter panel: keep the changes and close, or jump to values starting with typed text
    case toggleValue, nextFacet, previousFacet, keepFilters, jump(Character), jumpBackspace
    // Detail
    case nextSection, previousSection, previousHome, nextHome
    // Changes between snapshots: open from the list; show one kind (0 for every kind) or cycle kinds
    case openChanges, showKind(Int), nextKind, previousKind
    // Groups: the summary (regroup with next/previous grouping), the children list, an authority's card
    case openSummary, nextGrouping, previousGrouping, openChildren, openAuthority
    // Meeting mode, marks, exports, saved queries, the home card
    case toggleMeeting, toggleMark, openMarked, clearMarks, export, openCard
    case saveQuery, openSavedQueries, removeSaved
    /// How a requested export went (`BrowserApp` reports it; no key sends it).
    case exportFinished(ExportOutcome)
    /// The mouse: a click selects the row (or ticks the filter value) under the screen's
    /// cell x, y; a double click opens the row as Enter does. The screen that gets it
    /// knows its own layout (header rows, scroll), so only it can tell which row that is.
    case click(x: Int, y: Int), doubleClick(x: Int, y: Int)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
}
