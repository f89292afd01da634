import HomesData

/// The changes screen (`c` on the list): what changed between the two newest snapshots
/// for the homes of the query — registrations, closures, ratings, places, owners,
/// suspensions — with a count per kind at the top, one kind at a time on 1–8 or Tab.
///
/// Computed once when opened, from the query as it was: back and opening it again is
/// how a new query is taken into account, as with the detail of a home.
public struct ChangesState: Equatable, Sendable {
    /// Every edition loaded, oldest first; the last two are compared.
    public let editions: [RegisterTimeline.Edition]
    /// Every change of the query's homes, by kind then URN.
    public let all: [RegisterChange]
    /// How many changes of each `ChangeKind`, in `ChangeKind.allCases` order.
    public let counts: [Int]
    /// The query the homes came from, for the title bar.
    public let queryText: String
    /// The kind shown, or nil for every kind.
    public private(set) var kind: ChangeKind?
    /// The changes shown: `all`, or those of `kind`.
    public private(set) var rows: [RegisterChange]
    public var view = CursorView()

    /// What the top state does after an action here.
    enum Outcome: Equatable { case stay, back, open(Int32) }

    /// The changes between the two newest editions for the homes `query` matches,
    /// closed ones included (a closure is a change to a home no longer open).
    init(index: SnapshotIndex, query: Query, queryText: String) {
        let timeline = index.timeline
        editions = timeline.editions
        let newest = timeline.editions.count - 1
        let homes = query.isEmpty ? nil : index.matches(query, openByDefault: false)
        all = timeline.changes(from: newest - 1, to: newest, homes: homes, current: index.snapshot)
        var counts = [Int](repeating: 0, count: ChangeKind.allCases.count)
        for change in all { counts[ChangeKind.allCases.firstIndex(of: change.kind)!] += 1 }
        self.counts = counts
        self.queryText = queryText
        rows = all
    }

    public var comparesTwoSnapshots: Bool { editions.count >= 2 }

    // MARK: Update

    /// `width` places the rows for a click: the counts by kind above them wrap.
    mutating func update(_ action: Action, page: Int, width: Int = 80) -> Outcome {
        switch action {
        case .back:
            return .back
        case .open:
            return view.cursor < rows.count ? .open(rows[view.cursor].home) : .stay
        case .click(_, let y), .doubleClick(_, let y):
            // A click selects the row under it; a double click then opens it as Enter does.
            guard view.point(atRow: y, top: firstRow(width: width), count: rows.count, page: page) else { return .stay }
            if case .doubleClick = action { return update(.open, page: page, width: width) }
        case .showKind(let n):
            guard n >= 0, n <= ChangeKind.allCases.count else { return .stay }
            show(n == 0 ? nil : ChangeKind.allCases[n - 1])
        case .nextKind, .previousKind:
            // Every kind, then each kind that has changes: empty kinds are not worth a key.
            let cycle: [ChangeKind?] = [nil] + ChangeKind.allCases.enumerated().filter { counts[$0.offset] > 0 }.map(\.element)
            let here = cycle.firstIndex(of: kind) ?? 0
            let step = action == .nextKind ? 1 : cycle.count - 1
            show(cycle[(here + step) % cycle.count])
        default:
            view.move(action, count: rows.count, page: page)
        }
        view.clamp(count: rows.count, page: page)
        return .stay
    }

    mutating func show(_ kind: ChangeKind?) {
        self.kind = kind
        rows = kind.map { k in all.filter { $0.kind == k } } ?? all
        view = CursorView()
    }

    // MARK: Layout

    /// The count items at the top ("All 335", "Registered 41"…) flowed into lines that fit.
    /// The shown one is bracketed, so it reads without reverse video too.
    func countLines(width: Int) -> [[(text: String, shown: Bool, empty: Bool)]] {
        var items = [(text: "All \(BrowserView.thousands(all.count))", shown: kind == nil, empty: all.isEmpty)]
        for (i, k) in ChangeKind.allCases.enumerated() {
            items.append(("\(k.title) \(BrowserView.thousands(counts[i]))", kind == k, counts[i] == 0))
        }
        var lines: [[(text: String, shown: Bool, empty: Bool)]] = [[]]
        var used = 1
        for var item in items {
            if item.shown { item.text = "[" + item.text + "]" }
            let w = TextWidth.of(item.text) + (lines[lines.count - 1].isEmpty ? 0 : 3)
            if used + w > width - 1, !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 1
            }
            used += TextWidth.of(item.text) + (lines[lines.count - 1].isEmpty ? 0 : 3)
            lines[lines.count - 1].append(item)
        }
        return lines
    }

    /// Rows of changes on screen: the title bar, the counts, the column titles and the
    /// status line take the rest.
    /// The screen row of the first change: under the title bar, the counts by kind and the
    /// column titles (drawn as `draw` draws them).
    func firstRow(width: Int) -> Int { 2 + countLines(width: width).count }

    func page(width: Int, height: Int) -> Int {
        max(1, height - 3 - (comparesTwoSnapshots ? countLines(width: width).count : 0))
    }

    /// Columns of the table: kind, URN and date fixed; name, authority and before → after
    /// share the rest; the authority goes first when there is no room.
    struct Columns {
        let kind = 1, kindWidth = 12
        let urn = 14, urnWidth = 8
        var name = 23, nameWidth = 10
        var authority: Int?, authorityWidth = 0
        var change = 0, changeWidth = 12
        var date = 0
        static let dateWidth = 10

        init(width: Int) {
            // Left of the name: margin, kind and URN with their spaces; right: the spaces
            // after name and change, and the date.
            let available = width - name - 1 - 1 - Columns.dateWidth
            let minimums = nameWidth + changeWidth
            if available >= minimums + 10 {
                let spare = available - minimums - 10
                nameWidth += spare * 3 / 9
                authorityWidth = 9 + spare * 2 / 9
            } else {
                nameWidth += max(0, available - minimums) / 3
            }
            changeWidth = max(1, available - nameWidth - (authorityWidth > 0 ? authorityWidth + 1 : 0))
            var x = name + nameWidth + 1
            if authorityWidth > 0 {
                authority = x
                x += authorityWidth + 1
            }
            change = x
            date = change + changeWidth + 1
        }
    }

    // MARK: Drawing

    static func draw(_ state: BrowserState, _ changes: ChangesState, _ canvas: inout Canvas) {
        let newest = changes.editions.last
        let left = changes.comparesTwoSnapshots
            ? "Changes \(changes.editions[changes.editions.count - 2].date.iso) → \(newest!.date.iso)"
            : "Changes · one snapshot"
        BrowserView.headerBar(state, &canvas, left: left, everything: "every home")
        guard changes.comparesTwoSnapshots else {
            drawSingleSnapshot(newest, &canvas)
            return
        }
        var y = 1
        for line in changes.countLines(width: canvas.width) {
            var x = 1
            for (i, item) in line.enumerated() {
                if i > 0 { x += canvas.text(" · ", x: x, y: y, style: BrowserView.hint) }
                let style = item.shown ? Style(bold: true, reverse: true) : item.empty ? BrowserView.hint : .plain
                x += canvas.text(item.text, x: x, y: y, style: style)
            }
            y += 1
        }
        let columns = Columns(width: canvas.width)
        let title = Style(bold: true, underline: true)
        canvas.cell("Change", x: columns.kind, y: y, width: columns.kindWidth, style: title)
        canvas.cell("URN", x: columns.urn, y: y, width: columns.urnWidth, style: title)
        canvas.cell("Name", x: columns.name, y: y, width: columns.nameWidth, style: title)
        if let x = columns.authority { canvas.cell("Local authority", x: x, y: y, width: columns.authorityWidth, style: title) }
        canvas.cell("Before → after", x: columns.change, y: y, width: columns.changeWidth, style: title)
        canvas.cell("Date", x: columns.date, y: y, width: Columns.dateWidth, style: title)
        y += 1
        if changes.rows.isEmpty {
            let message = changes.all.isEmpty
                ? "No home of this query changed between these snapshots."
                : "No change of this kind. 0 shows every kind."
            canvas.text(message, x: 2, y: y + 1, style: Style(bold: true))
        }
        let page = changes.page(width: canvas.width, height: canvas.height)
        let first = changes.view.scroll
        let last = min(changes.rows.count, first + page)
        if first < last {
            for row in first..<last {
                drawRow(state, changes.rows[row], y: y + row - first, columns: columns,
                        selected: row == changes.view.cursor, &canvas)
            }
        }
        drawStatus(changes, &canvas)
    }

    static func drawRow(_ state: BrowserState, _ change: RegisterChange, y: Int, columns: Columns, selected: Bool,
                        _ canvas: inout Canvas) {
        let snapshot = state.index.snapshot
        let home = snapshot.homes[Int(change.home)]
        let base = selected ? Style(bold: true, reverse: true) : Style.plain
        if selected { canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: base) }
        canvas.cell(change.kind.title, x: columns.kind, y: y, width: columns.kindWidth,
                    style: selected ? base : kindStyle(change.kind, colour: state.colour))
        canvas.cell(home.urn, x: columns.urn, y: y, width: columns.urnWidth, style: base)
        canvas.cell(home.displayName, x: columns.name, y: y, width: columns.nameWidth, style: base)
        if let x = columns.authority {
            canvas.cell(snapshot.authority(of: home)?.name ?? "—", x: x, y: y, width: columns.authorityWidth, style: base)
        }
        canvas.cell(beforeAfter(change, width: columns.changeWidth), x: columns.change, y: y,
                    width: columns.changeWidth, style: base)
        canvas.cell(change.date?.iso ?? "—", x: columns.date, y: y, width: Columns.dateWidth, style: base)
    }

    /// "before → after" in `width` columns. When it does not fit the before side gets at
    /// most half, so the after side (where the home is now) is never cut away entirely.
    static func beforeAfter(_ change: RegisterChange, width: Int) -> String {
        let missing = change.kind == .registered ? "not listed" : change.kind == .firstRating ? "not rated" : "—"
        let before = wording(change.before, missing: missing), after = wording(change.after, missing: "—")
        let whole = before + " → " + after
        guard TextWidth.of(whole) > width, width > 6 else { return whole }
        let side = TextWidth.of(after) + 3 >= width ? (width - 3) / 2 : width - 3 - TextWidth.of(after)
        // A before cut to "…" or "A…" says nothing: leave it out and keep the arrow.
        return side < 4 ? "→ " + after : TextLayout.truncate(before, toWidth: side) + " → " + after
    }

    /// A value as a row shows it: judgements in their short form ("RI", not "Requires
    /// improvement to be good"), so before → after fits beside the name.
    static func wording(_ value: String?, missing: String) -> String {
        guard let value else { return missing }
        if let judgement = Judgement(ofstedName: value) { return JudgementStyle.label(judgement, colour: true) }
        // Owners come from a snapshot: cleaned here, as the halves are measured before drawing.
        return Sanitiser.clean(value)
    }

    /// Closures and falls stand out without colour (bold); with colour, ups are green and
    /// downs red as in the list.
    static func kindStyle(_ kind: ChangeKind, colour: Bool) -> Style {
        switch kind {
        case .closed: Style(bold: true)
        case .ratingUp: TrendStyle.style(.up, colour: colour)
        case .ratingDown: TrendStyle.style(.down, colour: colour)
        default: .plain
        }
    }

    static func drawStatus(_ changes: ChangesState, _ canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: BrowserView.bar)
        let position = changes.rows.isEmpty ? "no changes" : "\(changes.view.cursor + 1)/\(changes.rows.count)"
        let shown = changes.kind?.title ?? "every kind"
        let used = canvas.text(" \(position) · \(shown)", x: 0, y: y, style: Style(bold: true, reverse: true))
        BrowserView.drawHint(["Tab or 1–8 kind · 0 all · Enter open home · q back", "Tab kind · Enter home · q back", "q back"],
                             after: used, y: y, &canvas)
    }

    /// With one snapshot there is nothing to compare: say so, which one it is, and how to
    /// open two.
    static func drawSingleSnapshot(_ edition: RegisterTimeline.Edition?, _ canvas: inout Canvas) {
        let file = edition.map { $0.file.split(separator: "/").last.map(String.init) ?? $0.file } ?? ""
        let date = edition?.date.iso ?? "?"
        let named = file.isEmpty ? date : "\(date) (\(Sanitiser.clean(file)))"
        let paragraphs = [
            "Only one snapshot is loaded, \(named), so there is nothing to compare it with.",
            "To see which homes were registered or closed and whose ratings went up or down, open snapshots of two or more dates together:",
        ]
        let room = canvas.width - 4
        var y = 2
        for (i, paragraph) in paragraphs.enumerated() {
            for line in TextLayout.wrap(paragraph, width: room) {
                canvas.text(line, x: 2, y: y, width: room, style: i == 0 ? Style(bold: true) : .plain)
                y += 1
            }
            y += 1
        }
        for (command, meaning) in [("homes DIR", "every snapshot in a directory"), ("homes OLD.json NEW.json", "two files")] {
            canvas.text(command, x: 4, y: y, style: Style(bold: true))
            canvas.text(meaning, x: 30, y: y, width: canvas.width - 31, style: BrowserView.hint)
            y += 1
        }
        let status = canvas.height - 1
        canvas.fill(x: 0, y: status, width: canvas.width, height: 1, style: BrowserView.bar)
        let used = canvas.text(" one snapshot: nothing to compare", x: 0, y: status, style: Style(bold: true, reverse: true))
        BrowserView.drawHint(["q back"], after: used, y: status, &canvas)
    }
}
