import HomesData

/// The summary screen (`S` on the list): the homes of the list's query grouped by local
/// authority, region, owner, sector, provision type or rating — homes, places, the
/// rating mix as a stacked bar with its counts, and the changes since the previous
/// snapshot. Tab regroups; `/` narrows the groups by name; Enter narrows the list to
/// the selected group; `a` opens an authority's card.
///
/// Grouped once per grouping from the query as it was when opened (back, change the
/// query and open it again to regroup other homes), as with the changes screen.
public struct SummaryState: Equatable, Sendable {
    /// The columns, in the order the digit keys sort by them.
    public static let columns = GroupSummary.Column.allCases

    public let query: Query
    public private(set) var summary: GroupSummary
    public private(set) var sortColumn: GroupSummary.Column = .homes
    public private(set) var descending = true
    /// Text the groups are narrowed by (name or any merged spelling contains it).
    public private(set) var filter = ""
    /// The `/` line while it is open, and the filter to restore on Esc.
    public private(set) var line: LineEditor?
    private var savedFilter = ""
    /// The groups shown: `summary.rows` narrowed by `filter`, in the sort order.
    public private(set) var rows: [GroupRow]
    public var view = CursorView()
    /// With one snapshot there are no changes to count: their columns are left out.
    public let hasChanges: Bool
    /// Groupings already worked out for this query, as last sorted: Tab back to one is
    /// a look-up (an owner summary has tens of thousands of groups).
    private var seen: [GroupBy: (summary: GroupSummary, column: GroupSummary.Column, descending: Bool)] = [:]

    public static func == (a: SummaryState, b: SummaryState) -> Bool {
        a.query == b.query && a.summary == b.summary && a.sortColumn == b.sortColumn && a.descending == b.descending
            && a.filter == b.filter && a.line == b.line && a.rows == b.rows && a.view == b.view
    }

    enum Outcome: Equatable { case stay, back, narrow(String), authority(Int32) }

    init(index: SnapshotIndex, query: Query, by: GroupBy = .authority) {
        self.query = query
        summary = GroupSummary(index: index, query: query, by: by)
        rows = summary.rows
        hasChanges = index.timeline.hasChanges
    }

    public var by: GroupBy { summary.by }
    public var selected: GroupRow? { view.cursor < rows.count ? rows[view.cursor] : nil }

    // MARK: Update

    mutating func update(_ action: Action, index: SnapshotIndex, page: Int) -> Outcome {
        if var editing = line {
            switch action {
            case .acceptQuery: line = nil
            case .cancelQuery:
                line = nil
                narrow(savedFilter)
            case .up, .down: view.move(action, count: rows.count, page: page)
            default:
                let changed = editing.edit(action)
                line = editing
                if changed == true { narrow(editing.string) }
            }
            view.clamp(count: rows.count, page: page)
            return .stay
        }
        switch action {
        case .back: return .back
        case .click(_, let y), .doubleClick(_, let y):
            // A click selects the row under it; a double click then acts as Enter.
            guard view.point(atRow: y, top: 3, count: rows.count, page: page) else { return .stay }
            if case .doubleClick = action { return update(.open, index: index, page: page) }
        case .open: return selected.map { .narrow($0.clause) } ?? .stay
        case .openAuthority:
            guard by == .authority, let row = selected, row.key >= 0 else { return .stay }
            return .authority(row.key)
        case .openQuery:
            savedFilter = filter
            line = LineEditor(filter)
        case .nextGrouping, .previousGrouping:
            let all = GroupBy.allCases
            let step = action == .nextGrouping ? 1 : all.count - 1
            regroup(index, by: all[(all.firstIndex(of: by)! + step) % all.count])
        case .sortBy, .nextSortColumn, .reverseSort:
            // The digits name every column; `s` goes through those with values.
            var columns = visibleColumns
            if case .sortBy = action { columns = Self.columns }
            if let (column, descending) = SortChoice.after(action, columns: columns, current: sortColumn,
                                                           descending: descending, descendingFirst: \.descendingFirst) {
                sort(column, descending: descending)
            }
        default:
            view.move(action, count: rows.count, page: page)
        }
        view.clamp(count: rows.count, page: page)
        return .stay
    }

    /// The columns there are values for: the changes only with two snapshots.
    var visibleColumns: [GroupSummary.Column] {
        hasChanges ? Self.columns : Self.columns.filter { $0.rawValue < GroupSummary.Column.registered.rawValue }
    }

    mutating func regroup(_ index: SnapshotIndex, by: GroupBy) {
        seen[summary.by] = (summary, sortColumn, descending)
        if let known = seen[by] {
            summary = known.summary
            if known.column != sortColumn || known.descending != descending { summary.sort(by: sortColumn, descending: descending) }
        } else {
            summary = GroupSummary(index: index, query: query, by: by, sortedBy: sortColumn, descending: descending)
        }
        view = CursorView()
        narrow(filter)
    }

    mutating func sort(_ column: GroupSummary.Column, descending: Bool) {
        let keep = selected?.key
        sortColumn = column
        self.descending = descending
        summary.sort(by: column, descending: descending)
        narrow(filter)
        if let keep, let i = rows.firstIndex(where: { $0.key == keep }) { view.cursor = i }
    }

    /// The `/` line set to the text a batch of keys typed, and the groups narrowed once.
    mutating func settleLine(_ edits: DeferredQueryEdits) {
        guard line != nil else { return }
        line?.text = edits.current
        line?.caret = edits.currentCaret
        if edits.changes > 0 { narrow(String(edits.current)) }
    }

    mutating func narrow(_ text: String) {
        filter = text
        let wanted = TextFolding.folded(text)
        rows = wanted.isEmpty ? summary.rows : summary.rows.filter { $0.searchText.contains(wanted) }
        if line != nil { view = CursorView() }
    }

    // MARK: Layout

    /// Rows of groups on screen: title, groupings, column titles, the totals (or the
    /// `/` line), an owner's spellings and the status line take the rest.
    func page(height: Int) -> Int { max(1, height - 5 - (by == .organisation ? 1 : 0)) }

    /// Where each column goes at a width: counts as wide as their largest value, the
    /// name and the bar sharing what is left; the change columns go first when there
    /// is no room.
    struct Layout {
        var group = 1, groupWidth = 0
        var homes = 0, homesWidth = 5, places = 0, placesWidth = 6
        var bar = 0, barWidth = 0
        /// Each rating count and each change column: where it starts and how wide it is.
        var ratings: [(x: Int, width: Int)] = [], changes: [(x: Int, width: Int)] = []

        init(width: Int, summary: GroupSummary, changes showChanges: Bool) {
            let rows = summary.rows
            func widest(_ title: String, _ value: (GroupRow) -> Int) -> Int {
                max(title.count, String(rows.reduce(0) { $0 + value($1) }).count)
            }
            homesWidth = max(5, RecordWords.thousands(summary.homes).count)
            placesWidth = max(6, RecordWords.thousands(rows.reduce(0) { $0 + $1.places }).count)
            let ratingWidths = (0..<5).map { i in widest(SummaryState.ratingTitles[i]) { $0.ratings[i] } }
            let changeValues: [(GroupRow) -> Int] = [\.registered, \.closed, \.up, \.down]
            let changeWidths = (0..<4).map { i in widest(SummaryState.changeTitles[i], changeValues[i]) }
            var fixed = homesWidth + placesWidth + 2 + ratingWidths.reduce(0) { $0 + $1 + 1 }
            var withChanges = showChanges
            if withChanges {
                fixed += changeWidths.reduce(0) { $0 + $1 + 1 }
                // The name and the bar need room before the changes do.
                if width - 1 - fixed - 1 < 16 + 6 {
                    withChanges = false
                    fixed -= changeWidths.reduce(0) { $0 + $1 + 1 }
                }
            }
            // The name takes up to 48 columns; a wide terminal's spare width makes the bar finer.
            let remain = width - 1 - fixed - 1
            barWidth = max(4, min(24, remain / 3))
            groupWidth = max(6, min(48, remain - barWidth - 1))
            barWidth = max(barWidth, min(60, remain - groupWidth - 1))
            homes = group + groupWidth + 1
            places = homes + homesWidth + 1
            bar = places + placesWidth + 1
            var x = bar + barWidth
            for w in ratingWidths { x += 1; ratings.append((x, w)); x += w }
            if withChanges { for w in changeWidths { x += 1; changes.append((x, w)); x += w } }
        }
    }

    // MARK: Drawing

    static let ratingTitles = ["O", "G", "RI", "I", "NR"]
    static let changeTitles = ["Reg", "Clo", "Up", "Dn"]
    static let mixJudgements: [Judgement?] = [.outstanding, .good, .requiresImprovement, .inadequate, nil]

    static func draw(_ state: BrowserState, _ summary: SummaryState, _ canvas: inout Canvas) {
        let groups = summary.rows.count == summary.summary.rows.count
            ? RecordWords.count(summary.rows.count, "group") : "\(summary.rows.count) of \(RecordWords.count(summary.summary.rows.count, "group"))"
        BrowserView.headerBar(state, &canvas, left: "Summary by \(summary.by.title.lowercased()) · \(groups)")
        drawGroupings(summary, &canvas)
        let layout = Layout(width: canvas.width, summary: summary.summary, changes: summary.hasChanges)
        drawTitles(summary, layout, &canvas)
        let page = summary.page(height: canvas.height)
        if summary.rows.isEmpty {
            canvas.text(summary.summary.rows.isEmpty ? "No home matches the list's query." : "No group's name contains '\(summary.filter)'. Esc restores.",
                        x: 2, y: 4, style: Style(bold: true))
        }
        let first = summary.view.scroll
        for row in first..<min(summary.rows.count, first + page) {
            let selected = row == summary.view.cursor
            drawRow(summary.rows[row], y: 3 + row - first, layout, selected: selected, colour: state.colour, &canvas)
        }
        var y = canvas.height - 2
        if let line = summary.line {
            line.draw(prompt: "/ ", y: y, errorAt: nil, colour: state.colour, &canvas)
        } else {
            var total = GroupRow(total: "All groups")
            for row in summary.rows {
                total.homes += row.homes; total.places += row.places
                for i in 0..<5 { total.ratings[i] += row.ratings[i] }
                total.registered += row.registered; total.closed += row.closed; total.up += row.up; total.down += row.down
            }
            drawRow(total, y: y, layout, selected: false, colour: state.colour, bold: true, &canvas)
        }
        if summary.by == .organisation {
            y -= 1
            let spellings = summary.selected?.spellings ?? []
            let text = spellings.count > 1 ? "Spellings merged: " + spellings.joined(separator: " · ") : "One spelling."
            canvas.text(" " + text, x: 0, y: y, style: BrowserView.hint)
        }
        drawStatus(summary, &canvas)
    }

    /// The groupings, the shown one bracketed so it reads without reverse video too.
    static func drawGroupings(_ summary: SummaryState, _ canvas: inout Canvas) {
        var x = canvas.text(" Group by: ", x: 0, y: 1, style: BrowserView.hint)
        for (i, by) in GroupBy.allCases.enumerated() {
            if i > 0 { x += canvas.text(" · ", x: x, y: 1, style: BrowserView.hint) }
            let shown = by == summary.by
            x += canvas.text(shown ? "[\(by.title)]" : by.title, x: x, y: 1, style: shown ? Style(bold: true, reverse: true) : .plain)
        }
    }

    static func drawTitles(_ summary: SummaryState, _ layout: Layout, _ canvas: inout Canvas) {
        func title(_ text: String, _ column: GroupSummary.Column?, x: Int, width: Int, right: Bool = true) {
            let sorted = column == summary.sortColumn
            let shown = sorted && !right ? text + (summary.descending ? " ▼" : " ▲") : text
            canvas.cell(shown, x: x, y: 2, width: width, style: Style(bold: true, reverse: sorted, underline: true),
                        alignment: right ? .right : .left)
        }
        title(summary.by.title, .group, x: layout.group, width: layout.groupWidth, right: false)
        title("Homes", .homes, x: layout.homes, width: layout.homesWidth)
        title("Places", .places, x: layout.places, width: layout.placesWidth)
        title(layout.barWidth >= 10 ? "Rating mix" : "Mix", nil, x: layout.bar, width: layout.barWidth, right: false)
        for (i, c) in layout.ratings.enumerated() {
            title(ratingTitles[i], GroupSummary.Column(rawValue: GroupSummary.Column.outstanding.rawValue + i), x: c.x, width: c.width)
        }
        for (i, c) in layout.changes.enumerated() {
            title(changeTitles[i], GroupSummary.Column(rawValue: GroupSummary.Column.registered.rawValue + i), x: c.x, width: c.width)
        }
    }

    static func drawRow(_ row: GroupRow, y: Int, _ layout: Layout, selected: Bool, colour: Bool, bold: Bool = false, _ canvas: inout Canvas) {
        let base = Style(bold: bold || selected, reverse: selected)
        if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: base) }
        let label = row.spellings.count > 1 ? "\(row.label) (+\(row.spellings.count - 1))" : row.label
        canvas.cell(label, x: layout.group, y: y, width: layout.groupWidth, style: base)
        canvas.cell(RecordWords.thousands(row.homes), x: layout.homes, y: y, width: layout.homesWidth, style: base, alignment: .right)
        canvas.cell(RecordWords.thousands(row.places), x: layout.places, y: y, width: layout.placesWidth, style: base, alignment: .right)
        drawMix(row.ratings, x: layout.bar, y: y, width: layout.barWidth, colour: colour, base: base, &canvas)
        for (i, c) in layout.ratings.enumerated() {
            let n = row.ratings[i]
            canvas.cell(String(n), x: c.x, y: y, width: c.width, style: n == 0 && !selected ? BrowserView.hint : base, alignment: .right)
        }
        let changes = [row.registered, row.closed, row.up, row.down]
        for (i, c) in layout.changes.enumerated() {
            canvas.cell(changes[i] == 0 ? "·" : String(changes[i]), x: c.x, y: y, width: c.width,
                        style: changes[i] == 0 && !selected ? BrowserView.hint : base, alignment: .right)
        }
    }

    /// A rating mix as a stacked bar: one pattern per judgement (█ ▓ ▒ ░ ·, so it reads
    /// without colour), coloured as the judgements are elsewhere when there is colour.
    static func drawMix(_ ratings: [Int], x: Int, y: Int, width: Int, colour: Bool, base: Style, _ canvas: inout Canvas) {
        var at = x
        for (i, cells) in BarText.stackedCells(ratings, width: width).enumerated() where cells > 0 {
            var style = base
            if colour, let j = mixJudgements[i] { style.foreground = JudgementStyle.style(j, colour: true).foreground }
            canvas.text(String(repeating: BarText.patterns[i], count: cells), x: at, y: y, width: cells, style: style)
            at += cells
        }
    }

    static func drawStatus(_ summary: SummaryState, _ canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: BrowserView.bar)
        let position = summary.rows.isEmpty ? "no groups" : "\(summary.view.cursor + 1)/\(summary.rows.count)"
        let sort = "sort: \(summary.sortColumn.title) \(summary.descending ? "▼" : "▲")"
        let used = canvas.text(" \(position) · \(sort)", x: 0, y: y, style: Style(bold: true, reverse: true))
        let hints = summary.line != nil ? ["Enter keep · Esc restore · ↑↓ move", "Enter · Esc"]
            : summary.by == .authority
            ? ["Tab grouping · / narrow · Enter list · a card · s r sort · q back", "Tab · / · Enter list · a card · q back", "q back"]
            : ["Tab grouping · / narrow · Enter list · s r sort · q back", "Tab · / · Enter list · q back", "q back"]
        BrowserView.drawHint(hints, after: used, y: y, &canvas)
    }
}
