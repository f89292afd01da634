import Foundation
import HomesData

/// Queries kept under a name (Ctrl-K in the query line), in the order they were first
/// kept; saving under a name already used replaces its query. A value: the update
/// changes it, `SavedQueryStore` keeps it between runs.
public struct SavedQueries: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var query: String
    }

    public private(set) var entries: [Entry]

    /// Pairs in order; later pairs with a name already seen replace the earlier query.
    /// Names and queries are one line each, without control characters.
    public init(_ pairs: [(name: String, query: String)] = []) {
        entries = []
        for pair in pairs { save(name: pair.name, query: pair.query) }
    }

    public mutating func save(name: String, query: String) {
        let name = Self.oneLine(name), query = Self.oneLine(query)
        guard !name.isEmpty, !query.isEmpty else { return }
        if let i = entries.firstIndex(where: { $0.name == name }) { entries[i].query = query }
        else { entries.append(Entry(name: name, query: query)) }
    }

    public mutating func remove(name: String) { entries.removeAll { $0.name == name } }

    /// The name a query is already kept under, to offer when it is kept again.
    public func name(of query: String) -> String? { entries.first { $0.query == query }?.name }

    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
            .trimmingCharacters(in: .whitespaces)
    }
}

/// Where the saved queries live between runs: the settings file (docs/settings.md), which
/// the `homes` command reaches through two closures, so the browser knows nothing of
/// files or YAML. A store that cannot be written only means the queries last the session,
/// and the user is told why.
public struct SavedQueryStore: Sendable {
    /// The queries kept before, name → query in order.
    let loadPairs: @Sendable () -> [(name: String, query: String)]
    /// Writes the queries in place of those kept before: nil when saved, else what to tell
    /// the user (the file, the line and what is wrong there, and that nothing was saved).
    let savePairs: @Sendable ([(name: String, query: String)]) -> String?

    public init(load: @escaping @Sendable () -> [(name: String, query: String)],
                save: @escaping @Sendable ([(name: String, query: String)]) -> String?) {
        loadPairs = load
        savePairs = save
    }

    public func load() -> SavedQueries { SavedQueries(loadPairs()) }

    /// Nil when saved; otherwise why not, for the browser's bottom line.
    public func save(_ saved: SavedQueries) -> String? {
        savePairs(saved.entries.map { ($0.name, $0.query) })
    }
}

/// The saved-queries screen: a cursor over `BrowserState.savedQueries`.
public struct SavedQueriesState: Equatable, Sendable {
    public var view = CursorView()

    static func draw(_ state: BrowserState, _ saved: SavedQueriesState, _ canvas: inout Canvas) {
        BrowserView.headerBar(state, &canvas, left: "Saved queries · \(state.savedQueries.entries.count)")
        let entries = state.savedQueries.entries
        if entries.isEmpty {
            canvas.text("No saved query yet: Ctrl-K in the query line keeps the query under a name.", x: 2, y: 2, style: Style(bold: true))
        }
        let nameWidth = min(24, max(6, entries.map { TextWidth.of($0.name) }.max() ?? 0))
        if !entries.isEmpty {
            canvas.text("Name", x: 2, y: 1, style: Style(bold: true, underline: true))
            canvas.text("Query", x: 4 + nameWidth, y: 1, style: Style(bold: true, underline: true))
        }
        let page = max(1, state.documentPage - 1)
        let first = saved.view.scroll
        let last = min(entries.count, first + page)
        if first < last {
            for row in first..<last {
                let y = 2 + row - first
                let selected = row == saved.view.cursor
                let style = selected ? Style(bold: true, reverse: true) : Style.plain
                if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: style) }
                canvas.cell(entries[row].name, x: 2, y: y, width: nameWidth, style: style)
                canvas.text(entries[row].query, x: 4 + nameWidth, y: y, width: canvas.width - 5 - nameWidth, style: style)
            }
        }
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: BrowserView.bar)
        let used = canvas.text(entries.isEmpty ? " none" : " \(saved.view.cursor + 1)/\(entries.count)", x: 0, y: y, style: Style(bold: true, reverse: true))
        BrowserView.drawHint(["Enter recall · d forget · Esc back", "Enter · d · Esc"], after: used, y: y, &canvas)
    }
}
