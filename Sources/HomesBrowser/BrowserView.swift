import HomesData

/// Draws a `BrowserState` into a grid. Reads the state only: every offset it uses was
/// decided by the update for this size.
enum BrowserView {
    static let bar = Style(reverse: true)
    static let hint = Style(dim: true)

    static func draw(_ state: BrowserState, width: Int, height: Int) -> Grid {
        var canvas = Canvas(width: width, height: height)
        if width < BrowserState.minimumWidth || height < BrowserState.minimumHeight {
            drawTooSmall(&canvas)
            return canvas.grid
        }
        switch state.stack.last {
        case nil: drawList(state, &canvas)
        case .filters(let panel)?: drawFilters(state, panel, &canvas)
        case .detail(_, let doc)?: drawDocument(state, doc, cursor: true, &canvas)
        case .journey(_, let doc)?: drawDocument(state, doc, cursor: true, &canvas)
        case .help(let doc)?: drawDocument(state, doc, cursor: false, &canvas)
        case .changes(let changes)?: ChangesState.draw(state, changes, &canvas)
        case .summary(let summary)?: SummaryState.draw(state, summary, &canvas)
        case .children(let children)?: ChildrenState.draw(state, children, &canvas)
        case .authority(_, let doc)?: drawDocument(state, doc, cursor: true, &canvas)
        }
        return canvas.grid
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

    static func thousands(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// The title bar: `left` names the screen, the right says which homes it is about.
    static func headerBar(_ state: BrowserState, _ canvas: inout Canvas, left: String, everything: String = "every open home") {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: bar)
        let query = state.queryText.isEmpty ? everything : "query: " + state.queryText
        let right = query + " "
        let rightWidth = min(TextWidth.of(right), canvas.width / 2)
        canvas.text(" " + left, x: 0, y: 0, width: canvas.width - rightWidth - 1, style: Style(bold: true, reverse: true))
        canvas.text(right, x: canvas.width - rightWidth, y: 0, width: rightWidth, style: bar)
    }

    /// What the list holds, in words: "3,999 open homes at 2023-08-31" for the register
    /// itself, "7 of 3,999 open homes" under a query, and "12 of 5,470 homes, any status"
    /// when the query asks about status, closure or changes and closed homes may be listed.
    static func shownWording(_ state: BrowserState) -> String {
        let index = state.index
        let shown = thousands(state.results.count)
        guard index.isOpenByDefault(state.query) else { return "\(shown) of \(thousands(index.count)) homes, any status" }
        let open = "open home" + (index.openCount == 1 ? "" : "s")
        if state.query.isEmpty { return "\(thousands(index.openCount)) \(open) at \(index.asOf.iso)" }
        return "\(shown) of \(thousands(index.openCount)) \(open)"
    }

    // MARK: List

    static func drawList(_ state: BrowserState, _ canvas: inout Canvas) {
        let index = state.index
        let snapshot = index.snapshot
        headerBar(state, &canvas, left: "homes · \(state.title) · as of \(index.asOf.iso)")
        let layout = ListLayout(width: canvas.width, colour: state.colour, showStatus: !index.isOpenByDefault(state.query))
        if let status = layout.status {
            canvas.cell("Status", x: status.x, y: 1, width: status.width, style: Style(bold: true, underline: true))
        }
        for placed in layout.columns {
            var title = placed.column.heading(width: placed.width)
            if placed.column == state.sortColumn { title += state.descending ? " ▼" : " ▲" }
            let alignment: TextLayout.Alignment = placed.column == .places ? .right : .left
            canvas.cell(title, x: placed.x, y: 1, width: placed.width, style: Style(bold: true, underline: true), alignment: alignment)
        }
        let page = state.listPage
        let results = state.results
        if results.isEmpty {
            canvas.text(snapshot.homes.isEmpty ? "This snapshot has no homes." : "No home matches this query. Esc or x clears it.",
                        x: 2, y: 3, style: Style(bold: true))
        }
        let first = state.list.scroll
        let last = min(results.count, first + page)
        if first < last {
            for row in first..<last {
                let y = 2 + row - first
                let h = results[row]
                let selected = row == state.list.cursor
                drawListRow(state, home: h, y: y, layout: layout, selected: selected, &canvas)
            }
        }
        if let line = state.queryLine { drawQueryLine(state, line, y: canvas.height - 2, &canvas) }
        drawListStatus(state, &canvas)
    }

    static func drawListRow(_ state: BrowserState, home h: Int32, y: Int, layout: ListLayout, selected: Bool, _ canvas: inout Canvas) {
        let index = state.index
        let home = index.snapshot.homes[Int(h)]
        let closed = index.closedWording(h)
        // A closed home's row is dimmed with colour; its Status cell says "closed" either way.
        let base = selected ? Style(bold: true, reverse: true) : Style(dim: closed != nil && state.colour)
        if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: base) }
        if let status = layout.status {
            let open = home.status == .suspended ? "suspended" : "open"
            var style = base
            if !selected { style = closed == nil ? Style(dim: true) : Style(bold: true) }
            canvas.cell(closed ?? open, x: status.x, y: y, width: status.width, style: style)
        }
        for placed in layout.columns {
            var style = base
            var alignment = TextLayout.Alignment.left
            let text: String
            switch placed.column {
            case .urn: text = home.urn
            case .name:
                if let name = home.name { text = name } else {
                    text = home.organisation ?? "(name not published)"
                    style.dim = !selected
                }
            case .type: text = typeLabel(home.provisionType, width: placed.width)
            case .sector: text = home.sector.map { sectorLabel($0, width: placed.width) } ?? "—"
            case .authority: text = home.localAuthority.flatMap { Int($0) < index.snapshot.localAuthorities.count ? index.snapshot.localAuthorities[Int($0)].name : nil } ?? "—"
            case .places:
                text = home.places.map(String.init) ?? "—"
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

    static func drawQueryLine(_ state: BrowserState, _ line: QueryLineState, y: Int, _ canvas: inout Canvas) {
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1)
        canvas.text("/", x: 0, y: y, style: Style(bold: true))
        // Keep the caret visible on long queries: scroll the text by whole characters.
        let room = canvas.width - 3
        var start = 0
        while start < line.caret, TextWidth.of(String(line.text[start..<line.caret])) > room { start += 1 }
        var x = 2
        for (i, character) in line.text.enumerated().dropFirst(start) {
            var style = Style.plain
            if let error = line.error, error.offset == i { style = Style(foreground: state.colour ? .red : .none, bold: true, reverse: true) }
            let w = canvas.text(String(character), x: x, y: y, width: canvas.width - x, style: style, truncate: false)
            if i == line.caret { canvas.grid.cursor = (x, y) }
            x += w
            if x >= canvas.width { break }
        }
        if let error = line.error, error.offset >= line.text.count, x < canvas.width {
            canvas.text(" ", x: x, y: y, style: Style(foreground: state.colour ? .red : .none, reverse: true))
        }
        if line.caret >= line.text.count { canvas.grid.cursor = (min(x, canvas.width - 1), y) }
    }

    static func drawListStatus(_ state: BrowserState, _ canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: bar)
        if let error = state.queryLine?.error {
            var message = "✖ " + error.message
            if let suggestion = error.suggestion, !error.message.contains("did you mean") { message += " — did you mean '\(suggestion)'?" }
            canvas.text(" " + message, x: 0, y: y, style: Style(foreground: state.colour ? .red : .none, bold: true, reverse: true))
            return
        }
        let sort = "sort: \(state.sortColumn.title) \(state.descending ? "▼" : "▲")"
        let hints = state.queryLine != nil
            ? ["Enter keep · Esc restore · ↑↓ move", "Enter · Esc"]
            : ["/ search · f filters · c changes · Enter open · s r sort · ? help · q quit",
               "/ search · f filters · c changes · ? help · q quit", "/ search · c changes · ? help", "c changes · ? help", "? help"]
        let used = canvas.text(" " + shownWording(state) + " · " + sort, x: 0, y: y, style: Style(bold: true, reverse: true))
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
        canvas.text(" Space toggles · Tab/→ next facet · x clears all filters · f or Esc closes", x: 0, y: 1, style: hint)
        let facets = Facet.allCases
        let leftWidth = min(26, canvas.width / 3)
        for (i, facet) in facets.enumerated() where 2 + i < canvas.height - 2 {
            let chosen = QueryEditing.selectedValues(facet, in: state.queryText).count
            let label = (i == panel.facet ? "▸ " : "  ") + facet.title + (chosen > 0 ? " (\(chosen))" : "")
            canvas.cell(label, x: 0, y: 2 + i, width: leftWidth,
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
        canvas.text(" \(shownWording(state)) · \(facets[panel.facet].title): \(panel.values.count) value\(panel.values.count == 1 ? "" : "s")",
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
        default: hints = ["↑↓ scroll · q back · Q quit", "q back"]
        }
        let used = canvas.text(position, x: 0, y: y, style: Style(bold: true, reverse: true))
        drawHint(hints, after: used, y: y, &canvas)
    }
}
