import HomesData

/// Draws a `BrowserState` into a grid. Reads the state only: every offset it uses was
/// decided by the update for this size.
enum BrowserView {
    static let bar = Style(reverse: true)
    static let hint = Style(dim: true)

    static func draw(_ state: BrowserState, width: Int, height: Int) -> Grid {
        guard state.meeting, height > 1 else { return drawScreen(state, width: width, height: height) }
        // Meeting mode: the banner on the top row, the screen below it.
        let screen = drawScreen(state, width: width, height: height - 1)
        var canvas = Canvas(width: width, height: height)
        MeetingMode.drawBanner(colour: state.colour, &canvas)
        for y in 0..<screen.height {
            for x in 0..<screen.width { canvas.grid[x, y + 1] = screen[x, y] }
        }
        canvas.grid.cursor = screen.cursor.map { ($0.x, $0.y + 1) }
        return canvas.grid
    }

    /// The screen on top, then a prompt or a notice on its bottom row.
    static func drawScreen(_ state: BrowserState, width: Int, height: Int) -> Grid {
        var canvas = Canvas(width: width, height: height)
        if width < BrowserState.minimumWidth || height < BrowserState.minimumHeight {
            drawTooSmall(&canvas)
            return canvas.grid
        }
        drawTop(state, &canvas)
        if let prompt = state.prompt {
            PromptState.draw(prompt, colour: state.colour, &canvas)
        } else if let notice = state.notice {
            let y = canvas.height - 1
            canvas.grid.cursor = nil
            canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: bar)
            canvas.text(" " + notice, x: 0, y: y, style: Style(bold: true, reverse: true))
        }
        return canvas.grid
    }

    static func drawTop(_ state: BrowserState, _ canvas: inout Canvas) {
        switch state.stack.last {
        case nil: drawList(state, &canvas)
        case .filters(let panel)?: drawFilters(state, panel, &canvas)
        case .detail(let h, let doc)?:
            var shown = state.meeting ? MeetingMode.redacted(doc, index: state.index) : doc
            if state.marks.contains(h) { shown.title += "  ·  marked" }
            drawDocument(state, shown, cursor: true, &canvas)
        case .journey(let child, let doc)?:
            let shown = state.meeting ? MeetingMode.redacted(doc, index: state.index, child: child, firstLabel: doc.childLabel) : doc
            drawDocument(state, shown, cursor: true, &canvas)
        case .help(let doc)?: drawDocument(state, state.meeting ? MeetingMode.redactedHelp(doc) : doc, cursor: false, &canvas)
        case .marked(let doc)?: drawDocument(state, doc, cursor: true, &canvas)
        case .card(let home)?: HomeCard.draw(state, home: home, &canvas)
        case .saved(let saved)?: SavedQueriesState.draw(state, saved, &canvas)
        case .changes(let changes)?: ChangesState.draw(state, changes, &canvas)
        case .summary(let summary)?: SummaryState.draw(state, summary, &canvas)
        case .children(let children)?: ChildrenState.draw(state, children, &canvas)
        case .authority(_, let doc)?: drawDocument(state, doc, cursor: true, &canvas)
        }
    }

    static func drawTooSmall(_ canvas: inout Canvas) {
        let lines = ["Terminal too small", "\(canvas.width)×\(canvas.height): needs at least",
                     "\(BrowserState.minimumWidth)×\(BrowserState.minimumHeight)", "Q quits"]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let w = TextWidth.of(line)
            canvas.text(line, x: max(0, (canvas.width - w) / 2), y: top + i, style: i == 0 ? Style(bold: true) : .plain)
        }
    }

    static func thousands(_ n: Int) -> String { CountWording.thousands(n) }

    /// The title bar: `left` names the screen, the right says which homes it is about.
    static func headerBar(_ state: BrowserState, _ canvas: inout Canvas, left: String, everything: String = "every open home") {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: bar)
        let text = state.meeting ? MeetingMode.shownQuery(state.queryText, index: state.index) : state.queryText
        var query = text.isEmpty ? everything : "query: " + text
        // While the query line holds an error the rows still answer the last query that
        // parsed: say which, so `la:brimingham` is not read as Bristol's homes.
        if state.queryLine?.error != nil { query = "rows for: " + (text.isEmpty ? everything : text) }
        let right = query + " "
        let rightWidth = min(TextWidth.of(right), canvas.width / 2)
        canvas.text(" " + left, x: 0, y: 0, width: canvas.width - rightWidth - 1, style: Style(bold: true, reverse: true))
        canvas.text(right, x: canvas.width - rightWidth, y: 0, width: rightWidth, style: bar)
    }

    /// What the list holds, in words (`CountWording`, shared with `homes query`).
    static func shownWording(_ state: BrowserState) -> String {
        CountWording.shown(state.results.count, of: state.query, in: state.index)
    }

    /// The list's status in words with where the view is when the list is longer than a
    /// page: "245–266 of 4,006 open homes at 2023-08-31", "1–21 of 245 matching · 3,999
    /// open homes", so a sorted list never seems to start where it does not.
    static func positionWording(_ state: BrowserState) -> String {
        let count = state.results.count
        let first = state.list.scroll + 1, last = min(count, state.list.scroll + state.listPage)
        guard count > state.listPage else { return shownWording(state) }
        let range = "\(thousands(first))–\(thousands(last)) of "
        if state.query.isEmpty { return range + shownWording(state) }
        let total = state.index.isOpenByDefault(state.query)
            ? "\(thousands(state.index.openCount)) open homes" : "\(thousands(state.index.count)) homes, any status"
        return range + "\(thousands(count)) matching · " + total
    }

    // MARK: List

    static func drawList(_ state: BrowserState, _ canvas: inout Canvas) {
        let index = state.index
        let snapshot = index.snapshot
        headerBar(state, &canvas, left: "homes · \(state.title) · as of \(index.asOf.iso)")
        let layout = state.listLayout
        if let status = layout.status {
            canvas.cell("Status", x: status.x, y: 1, width: status.width, style: Style(bold: true, underline: true))
        }
        for placed in layout.columns {
            let arrow = placed.column == state.sortColumn ? (state.descending ? "▼" : "▲") : nil
            let title = placed.column.heading(width: placed.width, arrow: arrow)
            let alignment: TextLayout.Alignment = placed.column.isNumeric ? .right : .left
            canvas.cell(title, x: placed.x, y: 1, width: placed.width, style: Style(bold: true, underline: true), alignment: alignment)
        }
        let page = state.listPage
        let results = state.results
        // Under a query error the error line says what is wrong; "no home matches" would
        // be about the last query that parsed, not the one on the line.
        if results.isEmpty, state.queryLine?.error == nil {
            let message = snapshot.homes.isEmpty ? "This snapshot has no homes."
                : state.queryText.isEmpty ? "No open home in this snapshot. / and status:any lists closed ones."
                : "No home matches this query. Esc clears it; / changes it."
            canvas.text(message, x: 2, y: 3, style: Style(bold: true))
        }
        let first = state.list.scroll
        let last = min(results.count, first + page)
        if first < last {
            // Short type labels worked out once a frame, not once a row.
            var shortTypes: [String: String] = [:]
            for row in first..<last {
                let y = 2 + row - first
                let h = results[row]
                let selected = row == state.list.cursor
                drawListRow(state, home: h, y: y, layout: layout, selected: selected, shortTypes: &shortTypes, &canvas)
            }
            // Rows that answer an older query than the one on the line are dimmed.
            if state.queryLine?.error != nil {
                for y in 2..<(2 + last - first) { canvas.restyle(x: 0, y: y, width: canvas.width) { $0.dim = true; $0.foreground = .none } }
            }
        }
        if let line = state.queryLine { QueryLineView.draw(state, line, &canvas) }
        drawListStatus(state, &canvas)
    }

    static func drawListRow(_ state: BrowserState, home h: Int32, y: Int, layout: ListLayout, selected: Bool,
                            shortTypes: inout [String: String], _ canvas: inout Canvas) {
        // The home is read in place: a copy of the record would retain and release every
        // one of its strings and arrays, for every row of every frame.
        state.index.snapshot.homes.withUnsafeBufferPointer { homes in
            drawListRow(state, home: h, record: homes.baseAddress! + Int(h), y: y, layout: layout, selected: selected,
                        shortTypes: &shortTypes, &canvas)
        }
    }

    private static func drawListRow(_ state: BrowserState, home h: Int32, record home: UnsafePointer<Home>, y: Int, layout: ListLayout,
                                    selected: Bool, shortTypes: inout [String: String], _ canvas: inout Canvas) {
        let index = state.index
        let closed = index.closedWording(h)
        // A closed home's row is dimmed with colour; its Status cell says "closed" either way.
        let base = selected ? Style(bold: true, reverse: true) : Style(dim: closed != nil && state.colour)
        if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: base) }
        if state.marks.contains(h) { canvas.text("•", x: 0, y: y, width: 1, style: selected ? base : Style(bold: true)) }
        if let status = layout.status {
            let open = home.pointee.status == .suspended ? "suspended" : "open"
            var style = base
            if !selected { style = closed == nil ? Style(dim: true) : Style(bold: true) }
            canvas.cell(closed ?? open, x: status.x, y: y, width: status.width, style: style)
        }
        for placed in layout.columns {
            var style = base
            var alignment = TextLayout.Alignment.left
            let text: String
            switch placed.column {
            case .urn: text = home.pointee.urn
            case .name:
                if let name = home.pointee.name { text = name } else {
                    text = home.pointee.organisation ?? "(name not published)"
                    style.dim = !selected
                }
            case .type:
                if let known = shortTypes[home.pointee.provisionType] { text = known } else {
                    text = typeLabel(home.pointee.provisionType, width: placed.width)
                    shortTypes[home.pointee.provisionType] = text
                }
            case .sector: text = home.pointee.sector.map { sectorLabel($0, width: placed.width) } ?? "—"
            case .authority: text = home.pointee.localAuthority.flatMap { Int($0) < index.snapshot.localAuthorities.count ? index.snapshot.localAuthorities[Int($0)].name : nil } ?? "—"
            case .owner: text = home.pointee.organisation ?? "—"
            case .places:
                text = home.pointee.places.map(String.init) ?? "—"
                alignment = .right
            case .occupancy:
                let o = index.figures.occupancy[Int(h)]
                text = o < 0 ? "—" : "\(o)%"
                alignment = .right
            case .placements, .unplanned, .moves:
                let column = placed.column == .placements ? index.figures.placements : placed.column == .unplanned ? index.figures.unplanned : index.figures.moves
                text = String(column[Int(h)])
                alignment = .right
            case .rating:
                let j = index.latestOverall(h)
                if !selected { style = JudgementStyle.style(j, colour: state.colour) }
                canvas.cell(JudgementStyle.label(j, colour: state.colour), x: placed.x, y: y, width: placed.width - 2, style: style)
                if let trend = index.trend(h) {
                    canvas.cell(trend.mark, x: placed.x + placed.width - 1, y: y, width: 1,
                                style: selected ? base : TrendStyle.style(trend, colour: state.colour))
                }
                continue
            case .inspected: text = index.lastInspected(h)?.iso ?? "never"
            }
            canvas.cell(text, x: placed.x, y: y, width: placed.width, style: style, alignment: alignment)
        }
    }

    /// Ofsted's provision types are long; in a narrow column a recognisable short form
    /// beats "Children'…" for every row.
    static func typeLabel(_ type: String, width: Int) -> String {
        if TextWidth.of(type) <= width { return type }
        let t = type.lowercased()
        if t.contains("secure") { return "Secure CH" }
        if t.contains("special school") { return t.contains("children's home") ? "School (CH)" : "Res. school" }
        if t.contains("family centre") { return "Family ctr" }
        if t.contains("children's home") { return "Ch. home" }
        return type
    }

    static func sectorLabel(_ sector: Sector, width: Int) -> String {
        switch sector {
        case .localAuthority: "LA"
        case .healthAuthority: "Health"
        case .voluntary: width < 9 ? "Vol." : "Voluntary"
        default: sector.ofstedName
        }
    }

    static func drawListStatus(_ state: BrowserState, _ canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: bar)
        if let error = state.queryLine?.error {
            QueryLineView.drawError(error, state: state, &canvas)
            return
        }
        let sort = "sort: \(state.sortColumn.title) \(state.descending ? "▼" : "▲")"
        let used = canvas.text(" " + positionWording(state) + " · " + sort, x: 0, y: y, style: Style(bold: true, reverse: true))
        // Free-text words that are exactly a field's value: offer the precise form first.
        let tips = state.fieldSuggestions
        if !tips.isEmpty {
            var clauses = tips.map(\.clause).joined(separator: " ")
            if state.meeting { clauses = MeetingMode.shownQuery(clauses, index: state.index) }
            drawHint(["try: " + clauses, clauses], after: used, y: y, &canvas)
            return
        }
        let hints = state.queryLine != nil
            ? ["Enter keep · Esc restore · ↑↓ history", "Enter · Esc"]
            : ["/ search · f filters · c changes · Enter open · s r sort · ? help · q quit",
               "/ search · f filters · c changes · ? help · q quit", "/ search · c changes · ? help", "c changes · ? help", "? help"]
        drawHint(hints, after: used, y: y, &canvas)
    }

    /// The longest key hint that fits at the right of a status line.
    static func drawHint(_ hints: [String], after used: Int, y: Int, _ canvas: inout Canvas) {
        for hint in hints {
            let width = TextWidth.of(hint) + 1
            if used + 2 + width <= canvas.width {
                canvas.text(hint, x: canvas.width - width, y: y, style: bar)
                return
            }
        }
    }

    // MARK: Filter panel

    static func drawFilters(_ state: BrowserState, _ panel: FilterPanelState, _ canvas: inout Canvas) {
        headerBar(state, &canvas, left: "Filters · \(state.title)")
        canvas.text(" Space ticks · type to jump · Tab next facet · Enter or f keeps · Esc undoes", x: 0, y: 1, style: hint)
        let facets = Facet.allCases
        let leftWidth = FilterPanelState.facetWidth(screenWidth: canvas.width)
        let firstFacet = panel.firstFacetShown(height: canvas.height)
        for (i, facet) in facets.enumerated() where i >= firstFacet && 2 + i - firstFacet < canvas.height - 2 {
            let chosen = QueryEditing.selectedValues(facet, in: state.queryText).count
            let label = (i == panel.facet ? "▸ " : "  ") + facet.title + (chosen > 0 ? " (\(chosen))" : "")
            canvas.cell(label, x: 0, y: 2 + i - firstFacet, width: leftWidth,
                        style: i == panel.facet ? Style(bold: true, reverse: true) : (chosen > 0 ? Style(bold: true) : .plain))
        }
        let x = leftWidth + 2
        let valueWidth = canvas.width - x - 1
        if panel.values.isEmpty {
            canvas.text("No values.", x: x, y: 2, style: hint)
        }
        let countWidth = 9
        // Beside the counts, bars to the same scale, where there is room for them.
        let barWidth = valueWidth >= 40 ? min(16, valueWidth / 4) : 0
        let most = panel.values.map(\.count).max() ?? 0
        let first = panel.view.scroll
        let last = min(panel.values.count, first + state.filterPage)
        if first < last {
            // Short type labels worked out once a frame, not once a row.
            var shortTypes: [String: String] = [:]
            for row in first..<last {
                let value = panel.values[row]
                let y = 2 + row - first
                let selected = row == panel.view.cursor
                var style = value.count == 0 && !value.selected ? hint : Style.plain
                if value.selected { style.bold = true }
                if selected { style.reverse = true; style.dim = false }
                canvas.fill(x: x, y: y, width: valueWidth, height: 1, style: selected ? Style(reverse: true) : .plain)
                canvas.cell((value.selected ? "[x] " : "[ ] ") + value.label, x: x, y: y,
                            width: max(0, valueWidth - countWidth - 1 - (barWidth > 0 ? barWidth + 1 : 0)), style: style)
                if barWidth > 0 {
                    canvas.text(BarText.proportional(value.count, of: most, width: barWidth), x: x + valueWidth - countWidth - barWidth,
                                y: y, width: barWidth, style: style)
                }
                canvas.cell(thousands(value.count), x: x + valueWidth - countWidth, y: y, width: countWidth, style: style, alignment: .right)
            }
        }
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: bar)
        let jump = panel.jump.isEmpty ? "" : " · jump: \(panel.jump)" + (FilterJump.row(for: panel.jump, in: panel.values) == nil ? " (no value begins so)" : "")
        canvas.text(" \(shownWording(state)) · \(facets[panel.facet].title): \(panel.values.count) value\(panel.values.count == 1 ? "" : "s")" + jump,
                    x: 0, y: y, style: Style(bold: true, reverse: true))
    }

    // MARK: Documents (detail, journey, help)

    static func drawDocument(_ state: BrowserState, _ doc: DocumentState, cursor: Bool, _ canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: bar)
        canvas.text(" " + doc.title, x: 0, y: 0, style: Style(bold: true, reverse: true))
        let page = state.documentPage
        let first = doc.view.scroll
        let last = min(doc.lines.count, first + page)
        if first < last {
            // Short type labels worked out once a frame, not once a row.
            var shortTypes: [String: String] = [:]
            for row in first..<last {
                let y = 1 + row - first
                let line = doc.lines[row]
                let highlighted = cursor && row == doc.view.cursor
                if highlighted { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: Style(reverse: true)) }
                var x = 0
                for (i, part) in line.runs.enumerated() {
                    if let column = part.column { x = max(x, column) }
                    guard x < canvas.width else { break }
                    var style = part.style
                    if highlighted { style.reverse = true; style.dim = false }
                    // Leave a space before the next fixed column so cut text stays readable.
                    let next = i + 1 < line.runs.count ? line.runs[i + 1].column : nil
                    let room = next.map { max(0, $0 - x - 1) } ?? (canvas.width - x)
                    x += canvas.text(part.text, x: x, y: y, width: room, style: style)
                }
            }
        }
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: bar)
        let position = doc.lines.isEmpty ? "" : " \(min(doc.lines.count, (cursor ? doc.view.cursor : doc.view.scroll) + 1))/\(doc.lines.count)"
        let hints: [String]
        switch state.screenKind {
        case .detail: hints = ["Tab section · Enter child journey · A authority · [ ] home · q back", "Tab section · Enter child journey · [ ] home · q back", "Tab · Enter journey · [ ] · q back", "q back"]
        case .journey: hints = ["Tab section · Enter home · q back", "q back"]
        case .authority: hints = ["Tab section · Enter authority · q back", "q back"]
        case .marked: hints = ["Enter open · m unmark · x clear · e export · q back", "Enter · m · x · e · q back", "q back"]
        default: hints = ["↑↓ scroll · q back · Q quit", "q back"]
        }
        let used = canvas.text(position, x: 0, y: y, style: Style(bold: true, reverse: true))
        // Why a key did nothing comes before the key hints.
        if let message = doc.message {
            canvas.text(" · " + message, x: used, y: y, style: Style(bold: true, reverse: true))
            return
        }
        drawHint(hints, after: used, y: y, &canvas)
    }
}
