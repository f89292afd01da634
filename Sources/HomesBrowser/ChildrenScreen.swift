import HomesData

/// The children screen (`C` on the list): every child of the placements, one row each —
/// reference, current or last home, placing authority, placements, moves in the last
/// 12 months, unplanned endings, time in care — with a query of its own (`/`:
/// `moves>=3 placed-by:leeds ongoing`), sortable by any column; Enter opens the
/// child's journey.
public struct ChildrenState: Equatable, Sendable {
    /// Tables of the same snapshot are alike (each browser makes its own).
    public static func == (a: ChildrenState, b: ChildrenState) -> Bool {
        a.table.index === b.table.index && a.query == b.query && a.rows == b.rows && a.view == b.view && a.line == b.line
            && a.error == b.error && a.sortColumn == b.sortColumn && a.descending == b.descending
    }

    public let table: ChildTable
    public private(set) var query = ChildQuery.all
    public private(set) var sortColumn: ChildColumn = .moves
    public private(set) var descending = true
    /// The `/` line while it is open, and the error of its text as typed (the list
    /// keeps the last good result meanwhile, as the homes' query line does).
    public private(set) var line: LineEditor?
    public private(set) var error: QueryError?
    private var saved: (query: ChildQuery, stages: [[Int32]], rows: [Int32], view: CursorView)?
    /// Every child in the sort order (kept by the table, so reopening the list or
    /// sorting by a column again costs nothing).
    private var order: ChildOrder
    /// The children after each clause of the query, in the sort order: typing a clause
    /// filters the rows of the clauses before it, which have not changed, and a clause
    /// typed longer (`placed-by:lee` to `placed-by:leed`) filters its own earlier rows.
    private var stages: [[Int32]] = []
    /// The children shown, in the sort order.
    public private(set) var rows: [Int32]
    public var view = CursorView()

    enum Outcome: Equatable { case stay, back, open(child: Int32) }

    init(table: ChildTable) {
        self.table = table
        order = table.order(by: sortColumn, descending: descending)
        rows = order.order
    }

    init(index: SnapshotIndex) { self.init(table: ChildTable(index: index)) }

    // MARK: Update

    mutating func update(_ action: Action, index: SnapshotIndex, page: Int) -> Outcome {
        if var editing = line {
            switch action {
            case .acceptQuery:
                if error == nil { line = nil; saved = nil } // stays open until the query is fixed or abandoned
            case .cancelQuery:
                if let saved { (query, stages, rows, view) = saved }
                line = nil
                error = nil
                saved = nil
            case .up, .down: view.move(action, count: rows.count, page: page)
            default:
                let changed = editing.edit(action)
                line = editing
                if changed == true { setQuery(editing.string, index: index) }
            }
            view.clamp(count: rows.count, page: page)
            return .stay
        }
        switch action {
        case .back: return .back
        case .click(_, let y), .doubleClick(_, let y):
            // A click selects the row under it; a double click then acts as Enter.
            guard view.point(atRow: y, top: 2, count: rows.count, page: page) else { return .stay }
            if case .doubleClick = action { return update(.open, index: index, page: page) }
        case .open: return view.cursor < rows.count ? .open(child: rows[view.cursor]) : .stay
        case .openQuery:
            saved = (query, stages, rows, view)
            line = LineEditor(query.text)
        case .sortBy, .nextSortColumn, .reverseSort:
            if let (column, descending) = SortChoice.after(action, columns: ChildColumn.allCases, current: sortColumn,
                                                           descending: descending, descendingFirst: \.descendingFirst) {
                sort(column, descending: descending)
            }
        default:
            view.move(action, count: rows.count, page: page)
        }
        view.clamp(count: rows.count, page: page)
        return .stay
    }

    /// Parses and applies a query as typed; a bad one keeps the rows and says why.
    mutating func setQuery(_ text: String, index: SnapshotIndex) {
        do {
            let parsed = try ChildQuery.parse(text, index: index)
            error = nil
            if parsed != query {
                let kept = zip(parsed.clauses, query.clauses).prefix { $0 == $1 }.count
                var source = kept > 0 ? stages[kept - 1] : nil
                // The first changed clause only narrowed (typed on): its own rows hold every child it can now pass.
                if kept < parsed.clauses.count, kept < query.clauses.count, parsed.clauses[kept].isNarrower(than: query.clauses[kept]) {
                    source = stages[kept]
                }
                stages.removeLast(stages.count - kept)
                for (position, clause) in parsed.clauses.enumerated().dropFirst(kept) {
                    // A clause given twice (a paste repeating itself) keeps the rows as they are.
                    let narrowed = parsed.clauses[..<position].contains(clause) ? source ?? order.order
                        : table.narrow(sorted: source, in: order, by: clause)
                    stages.append(narrowed)
                    source = narrowed
                }
                query = parsed
                rows = stages.last ?? order.order
            }
            view = CursorView()
        } catch {
            self.error = error
        }
    }

    /// The `/` line set to the text a batch of keys typed, and its query run once; when
    /// that has an error, the rows are those of the latest text before it that parsed.
    mutating func settleLine(_ edits: DeferredQueryEdits, index: SnapshotIndex) {
        guard line != nil else { return }
        line?.text = edits.current
        line?.caret = edits.currentCaret
        guard edits.changes > 0 else { return }
        setQuery(String(edits.current), index: index)
        guard let error, edits.changes > 1 else { return }
        for candidate in edits.textsBefore where (try? ChildQuery.parse(candidate, index: index)) != nil {
            setQuery(candidate, index: index)
            self.error = error
            return
        }
    }

    mutating func sort(_ column: ChildColumn, descending: Bool) {
        let keep = view.cursor < rows.count ? rows[view.cursor] : nil
        sortColumn = column
        self.descending = descending
        order = table.order(by: column, descending: descending)
        stages = stages.map(order.arrange)
        rows = stages.last ?? order.order
        if let keep, let i = rows.firstIndex(of: keep) { view.cursor = i }
    }

    // MARK: Layout

    /// Rows on screen: title, column titles, the `/` line or the legend, and the status line.
    func page(height: Int) -> Int { max(1, height - 4) }

    /// Columns: counts fixed, the home and the placing authority sharing what is left;
    /// a wide terminal adds the authority the home is in (is the child placed away?).
    struct Layout {
        let child = 1, childWidth: Int
        let home: Int, homeWidth: Int
        let placedBy: Int, placedByWidth: Int
        /// The home's own authority, when there is room for it.
        let homeArea: Int?, homeAreaWidth: Int
        let counts: Int
        static let countWidths = [5, 5, 5, 10, 6]

        init(width: Int, referenceWidth: Int) {
            childWidth = min(16, max(5, referenceWidth))
            let fixed = Layout.countWidths.reduce(0) { $0 + $1 + 1 }
            var remain = max(10, width - 1 - childWidth - 1 - fixed - 1)
            homeAreaWidth = remain >= 90 ? 24 : 0
            if homeAreaWidth > 0 { remain -= homeAreaWidth + 1 }
            homeWidth = max(6, min(40, remain * 3 / 5))
            placedByWidth = max(4, min(28, remain - homeWidth - 1))
            home = child + childWidth + 1
            var x = home + homeWidth + 1
            if homeAreaWidth > 0 {
                homeArea = x
                x += homeAreaWidth + 1
            } else {
                homeArea = nil
            }
            placedBy = x
            counts = placedBy + placedByWidth + 1
        }
    }

    // MARK: Drawing

    static let titles = ["Child", "Current or last home", "Placed by", "Plac.", "Moves", "Unpl.", "In care", "Now"]

    static func draw(_ state: BrowserState, _ children: ChildrenState, _ canvas: inout Canvas) {
        let snapshot = state.index.snapshot
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: BrowserView.bar)
        let queryText = state.meeting ? MeetingMode.withoutReferences(children.query.text) : children.query.text
        let right = (children.query.isEmpty ? "every child" : "query: " + queryText) + " "
        let rightWidth = min(TextWidth.of(right), canvas.width / 2)
        canvas.text(" Children · \(state.title) · as of \(state.index.asOf.iso)", x: 0, y: 0, width: canvas.width - rightWidth - 1,
                    style: Style(bold: true, reverse: true))
        canvas.text(right, x: canvas.width - rightWidth, y: 0, width: rightWidth, style: BrowserView.bar)
        // In meeting mode a row's child is Child A, B… in the order of the rows shown.
        func reference(_ row: Int) -> String { state.meeting ? MeetingMode.label(row) : children.table.reference(children.rows[row]) }
        let references = children.rows.indices.prefix(200).map { TextWidth.of(reference($0)) }.max() ?? 8
        let layout = Layout(width: canvas.width, referenceWidth: references)
        let title = Style(bold: true, underline: true)
        let sorted = ChildColumn.allCases.firstIndex(of: children.sortColumn)!
        var xs = [layout.child, layout.home, layout.placedBy]
        var widths = [layout.childWidth, layout.homeWidth, layout.placedByWidth]
        var x = layout.counts
        for w in Layout.countWidths { xs.append(x); widths.append(w); x += w + 1 }
        for (i, text) in titles.enumerated() {
            var style = title
            if i == sorted { style.reverse = true }
            canvas.cell(text, x: xs[i], y: 1, width: widths[i], style: style, alignment: i >= 3 ? .right : .left)
        }
        if let area = layout.homeArea { canvas.cell("Home's authority", x: area, y: 1, width: layout.homeAreaWidth, style: title) }
        if children.rows.isEmpty {
            canvas.text(children.table.count == 0 ? "This snapshot has no placements." : "No child matches this query. / and Ctrl-U clears it.",
                        x: 2, y: 3, style: Style(bold: true))
        }
        let page = children.page(height: canvas.height)
        let first = children.view.scroll
        for row in first..<min(children.rows.count, first + page) {
            let c = children.rows[row]
            let y = 2 + row - first
            let selected = row == children.view.cursor
            let base = selected ? Style(bold: true, reverse: true) : Style.plain
            if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: base) }
            let t = children.table
            let i = Int(c)
            let home = t.home(c).map { snapshot.homes[Int($0)].displayName } ?? "—"
            let placedBy = t.placingAuthority(c).map { snapshot.localAuthorities[Int($0)].name } ?? "—"
            let inCare = t.daysInCare[i] < 0 ? "—" : RecordWords.length(days: Int(t.daysInCare[i]))
            let now = t.placements[i] == 0 ? "—" : t.ongoing[i] != 0 ? "placed" : "left"
            let cells = [reference(row), home, placedBy, String(t.placements[i]), String(t.moves[i]), String(t.unplanned[i]), inCare, now]
            if let area = layout.homeArea {
                let name = t.homeAuthority[i] < 0 ? "—" : snapshot.localAuthorities[Int(t.homeAuthority[i])].name
                // A child living outside the placing authority's area stands out.
                let away = !selected && t.homeAuthority[i] != t.placedBy[i] && t.placedBy[i] >= 0
                canvas.cell(name, x: area, y: y, width: layout.homeAreaWidth, style: away ? Style(bold: true) : base)
            }
            for (k, text) in cells.enumerated() {
                var style = base
                if !selected, k == 4, t.moves[i] >= 3 { style.bold = true }
                if !selected, (k >= 3 && k < 6 && text == "0") || text == "left" { style = BrowserView.hint }
                canvas.cell(text, x: xs[k], y: y, width: widths[k], style: style, alignment: k >= 3 ? .right : .left)
            }
        }
        let y = canvas.height - 2
        if let line = children.line {
            line.draw(prompt: "/ ", y: y, errorAt: children.error?.offset, colour: state.colour, &canvas)
        } else {
            canvas.text(" Moves: in the 12 months to \(state.index.asOf.iso) · Now: placed, or left (no home now) · / moves>=3 placed-by:NAME placed-in:NAME ongoing",
                        x: 0, y: y, style: BrowserView.hint)
        }
        drawStatus(children, &canvas, colour: state.colour)
    }

    static func drawStatus(_ children: ChildrenState, _ canvas: inout Canvas, colour: Bool) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: BrowserView.bar)
        if let error = children.error {
            var message = "✖ " + error.message
            if let suggestion = error.suggestion { message += " — did you mean '\(suggestion)'?" }
            canvas.text(" " + message, x: 0, y: y, style: Style(foreground: colour ? .red : .none, bold: true, reverse: true))
            return
        }
        let shown = children.query.isEmpty ? RecordWords.count(children.rows.count, "child", plural: "children")
            : "\(RecordWords.thousands(children.rows.count)) of \(RecordWords.count(children.table.count, "child", plural: "children"))"
        let used = canvas.text(" \(shown) · sort: \(children.sortColumn.title) \(children.descending ? "▼" : "▲")", x: 0, y: y,
                               style: Style(bold: true, reverse: true))
        let hints = children.line != nil ? ["Enter keep · Esc restore · ↑↓ move", "Enter · Esc"]
            : ["/ query · Enter journey · 1–7 s r sort · q back", "/ query · Enter journey · q back", "q back"]
        BrowserView.drawHint(hints, after: used, y: y, &canvas)
    }
}
