import HomesData

/// Everything the browser shows, as a value. `updated(with:)` is the only way it changes
/// and it never draws; `BrowserView` draws it and never changes it (bubbletea's
/// model/update/view). Scroll offsets are decided here, for the current size.
public struct BrowserState: Equatable, Sendable {
    public static func == (a: BrowserState, b: BrowserState) -> Bool {
        a.index === b.index && a.width == b.width && a.height == b.height && a.colour == b.colour
            && a.queryText == b.queryText && a.query == b.query && a.results == b.results
            && a.sortColumn == b.sortColumn && a.descending == b.descending && a.list == b.list
            && a.queryLine == b.queryLine && a.stack == b.stack && a.title == b.title && a.history == b.history
            && a.lastFacet == b.lastFacet && a.beforeSort == b.beforeSort
            && a.meeting == b.meeting && a.marks == b.marks && a.savedQueries == b.savedQueries && a.prompt == b.prompt
            && a.pendingExport == b.pendingExport && a.notice == b.notice && a.chosenColumns == b.chosenColumns
    }

    /// The smallest terminal the browser draws in; below it, it says so.
    public static let minimumWidth = 60
    public static let minimumHeight = 12

    public let index: SnapshotIndex
    public let title: String
    public var colour: Bool
    public var width: Int
    /// Rows the screens draw in: the terminal's, less the banner's row in meeting mode.
    public var height: Int
    /// Meeting mode (`MeetingMode`): no child references, small counts hidden, a banner.
    public internal(set) var meeting = false
    /// Homes marked with `m`, in the order they were marked.
    public internal(set) var marks: [Int32] = []
    /// Queries saved under a name (Ctrl-S in the query line); `BrowserApp` keeps them.
    public internal(set) var savedQueries: SavedQueries
    /// A question on the bottom row (a file name, overwrite?, a name for a query).
    public internal(set) var prompt: PromptState?
    /// A file the update asked to write; `BrowserApp` writes it and reports back.
    public internal(set) var pendingExport: ExportRequest?
    /// What the last key did, when it needs saying ("Wrote 7 homes to…"), until the next key.
    public internal(set) var notice: String?

    /// The terminal's rows, banner included.
    public var terminalHeight: Int { height + (meeting ? 1 : 0) }

    /// The active query (the last one that parsed) and its text.
    public private(set) var queryText = ""
    public private(set) var query: Query
    /// Home indices matching the query, in the current sort order.
    public private(set) var results: [Int32] = []
    /// How wide the listed homes' values are, for the columns to give up what they do not
    /// need: measured when the set of homes changes (a new query), not when it is re-sorted.
    private(set) var content = ColumnContent()
    /// The columns the settings chose (`ListDefaults.columns`), or nil for the usual ones.
    public let chosenColumns: [ListColumn]?
    public private(set) var sortColumn: ListColumn = .name
    public private(set) var descending = false
    /// Selection and scroll of the list.
    public internal(set) var list = CursorView()
    /// The query line, when open (drawn on top of the list).
    public internal(set) var queryLine: QueryLineState?
    /// Screens opened on top of the list; back pops one, so each keeps its selection.
    public internal(set) var stack: [Screen] = []
    /// Queries kept with Enter, for ↑/↓ in the query line; `BrowserApp` saves it.
    public internal(set) var history: QueryHistory
    /// The facet the filter panel was last on: it reopens there.
    public private(set) var lastFacet = 0
    /// The home selected before the last sort, for `'` to go back to it.
    public private(set) var beforeSort: Int32?

    /// All homes in the current sort order, so a new query only filters (no sort per key).
    private var sortedAll: SortedHomes
    /// Every order sorted so far, by column and direction: switching back to a column
    /// filters its order instead of sorting 100,000 homes again. The index never changes
    /// under a state, so an order stays right for the state's life.
    private var sortOrders = SortOrders()
    /// The sorted results of the last few queries, by query text: backspacing through a
    /// query returns to lists already computed instead of scanning every home again.
    private var recent = RecentResults()
    /// Each home's column widths, measured once so a new result list is measured cheaply.
    private let widths: HomeColumnWidths
    /// The children list's table, built on first use and kept (`ChildTableStore`).
    let childTables = ChildTableStore()

    public init(index: SnapshotIndex, title: String, width: Int = 80, height: Int = 24, colour: Bool = true,
                history: QueryHistory = QueryHistory(), savedQueries: SavedQueries = SavedQueries(), meeting: Bool = false,
                list defaults: ListDefaults = ListDefaults()) {
        self.index = index
        chosenColumns = defaults.chosenColumns
        self.history = history
        self.savedQueries = savedQueries
        self.meeting = meeting
        self.title = title
        self.width = width
        self.height = max(0, height - (meeting ? 1 : 0))
        self.colour = colour
        query = BrowserState.emptyQuery(index)
        let sort = defaults.startingSort
        sortColumn = sort.column
        descending = sort.descending
        sortedAll = sortOrders.order(index: index, column: sort.column, descending: sort.descending)
        widths = HomeColumnWidths(index: index)
        // The empty query lists the open homes: the register at the snapshot date.
        results = sortedResults(query)
        content = ColumnContent(index: index, homes: results, colour: colour, widths: widths)
    }

    static func emptyQuery(_ index: SnapshotIndex) -> Query { Query.all }

    /// Which keymap applies now.
    public var screenKind: ScreenKind {
        if prompt != nil { return .prompt }
        if let top = stack.last { return top.kind }
        return queryLine == nil ? .list : .query
    }

    public var isTooSmall: Bool { width < BrowserState.minimumWidth || height < BrowserState.minimumHeight }

    /// Rows of the list body: header, column titles and status line take three rows, an
    /// open query line one more.
    public var listPage: Int { max(1, height - 3 - QueryLineView.rows(queryLine, width: width)) }

    /// The list's columns at the current size, for the homes listed and the sort.
    var listLayout: ListLayout {
        ListLayout(width: width, colour: colour, showStatus: !index.isOpenByDefault(query), sortColumn: sortColumn, content: content,
                   chosen: chosenColumns)
    }

    /// Field forms for free-text words that are exactly a value (`leeds` → `la:leeds`).
    var fieldSuggestions: [(word: String, clause: String)] { FieldSuggestions.forQuery(query, index: index) }

    /// Lines of a document screen: title bar and status line take two rows.
    public var documentPage: Int { max(1, height - 2) }

    public var selectedHome: Int32? { results.isEmpty ? nil : results[list.cursor] }

    // MARK: - Update

    /// The state after an action. Pure: same state and action, same result.
    public func updated(with action: Action) -> BrowserState {
        var next = self
        next.apply(action)
        return next
    }

    mutating func apply(_ action: Action) {
        if case .resize(let w, let h) = action {
            width = max(0, w)
            height = max(0, h - (meeting ? 1 : 0))
            reclampAll()
            return
        }
        if case .exportFinished(let outcome) = action {
            finishExport(outcome)
            return
        }
        notice = nil
        if prompt != nil {
            applyPrompt(action)
            return
        }
        if action == .toggleMeeting {
            toggleMeeting()
            return
        }
        if applyTakeAway(action) { return }
        if action == .help, screenKind != .help, screenKind != .query {
            stack.append(.help(HelpDocument.make(for: screenKind, colour: colour, width: width)))
            reclampTop()
            return
        }
        switch screenKind {
        case .list: applyList(action)
        case .query:
            // The list's query line, or the `/` line of the summary or children on top.
            switch stack.last {
            case .summary?: applySummary(action)
            case .children?: applyChildren(action)
            default: applyQueryLine(action)
            }
        case .filters: applyFilters(action)
        case .changes: applyChanges(action)
        case .summary: applySummary(action)
        case .children: applyChildren(action)
        case .detail, .journey, .authority, .marked: applyDocument(action)
        case .card: applyCard(action)
        case .saved: applySavedQueries(action)
        case .prompt: break
        case .help:
            if action == .back { stack.removeLast() } else if case .help(var doc) = stack.last {
                doc.view.scrollOnly(action, count: doc.lines.count, page: documentPage)
                stack[stack.count - 1] = .help(doc)
            }
        }
    }

    // MARK: List

    mutating func applyList(_ action: Action) {
        if list.move(action, count: results.count, page: listPage) { return }
        switch action {
        case .open:
            if let home = selectedHome { openDetail(home) }
        case .click(_, let y), .doubleClick(_, let y):
            // The rows start under the header and the column titles.
            guard list.point(atRow: y, top: 2, count: results.count, page: listPage) else { return }
            if case .doubleClick = action, let home = selectedHome { openDetail(home) }
        case .openQuery:
            queryLine = QueryLineState(text: Array(queryText), caret: queryText.count, error: nil,
                                       saved: SavedList(queryText: queryText, query: query, results: results, view: list))
            list.clamp(count: results.count, page: listPage)
        case .nextMatch, .previousMatch:
            guard !results.isEmpty else { return }
            let step = action == .nextMatch ? 1 : results.count - 1
            list.cursor = (list.cursor + step) % results.count
            list.clamp(count: results.count, page: listPage)
        case .sortBy(let n):
            guard let column = ListColumn(rawValue: n) else { return }
            if column == sortColumn { setSort(column, descending: !descending) }
            else { setSort(column, descending: column.descendingFirst) }
        case .nextSortColumn, .previousSortColumn:
            let all = ListColumn.allCases
            let step = action == .nextSortColumn ? 1 : all.count - 1
            let column = all[(sortColumn.rawValue + step) % all.count]
            setSort(column, descending: column.descendingFirst)
        case .reselect:
            guard let home = beforeSort else { return }
            select(home)
        case .clearQuery:
            // Esc on the list undoes the query, never quits: only q and Q quit from here.
            guard !queryText.isEmpty else { return }
            setQuery(text: "")
            list = CursorView()
            list.clamp(count: results.count, page: listPage)
        case .reverseSort:
            setSort(sortColumn, descending: !descending)
        case .openFilters:
            var panel = FilterPanelState(facet: lastFacet, openedWith: queryText)
            panel.values = facetValues(Facet.allCases[lastFacet])
            stack.append(.filters(panel))
            reclampTop()
        case .clearFilters:
            setQuery(text: QueryEditing.clearingFilters(in: queryText))
        case .openChanges:
            stack.append(.changes(ChangesState(index: index, query: query, queryText: queryText)))
            reclampTop()
        case .openSummary: openSummary()
        case .openChildren: openChildren()
        default:
            break
        }
    }

    /// Re-sorts and shows the top of the list: after `6` the most places are what the user
    /// asked to see. The home selected before is remembered for `'`.
    mutating func setSort(_ column: ListColumn, descending: Bool) {
        beforeSort = selectedHome
        sortColumn = column
        self.descending = descending
        sortedAll = sortOrders.order(index: index, column: column, descending: descending)
        // The same homes in the new order: a walk of the order, no query run, no sort.
        results = sortedAll.filter(results, everything: false)
        recent = RecentResults()
        recent.remember(query, results)
        list = CursorView()
        list.clamp(count: results.count, page: listPage)
    }

    mutating func select(_ home: Int32?) {
        if let home, let i = results.firstIndex(of: home) { list.cursor = i }
        list.clamp(count: results.count, page: listPage)
    }

    /// The homes matching a query in the current sort order.
    mutating func sortedResults(_ query: Query) -> [Int32] {
        if let known = recent[query] { return known }
        let found = query.isEmpty && index.isOpenByDefault(query) ? sortedAll.filter(index.openHomes, everything: true)
            : sortedAll.filter(index.selection(query))
        recent.remember(query, found)
        return found
    }

    /// Parses and applies a query text; a bad one leaves the list as it was and returns the error.
    @discardableResult
    mutating func setQuery(text: String) -> QueryError? {
        let parsed: Query
        do { parsed = try Query.parse(text, index: index) } catch { return error }
        let selected = selectedHome
        queryText = text
        // A trailing space or a reordered clause changes the text, not the homes: no new scan.
        if parsed.clauses != query.clauses {
            if recent[parsed] == nil,
               let narrowed = index.refine(results, from: query, to: parsed) ?? recent.narrowed(to: parsed, in: index) {
                // A narrowing keystroke: only the homes of a list already made are looked at.
                results = narrowed
                recent.remember(parsed, narrowed)
            } else {
                results = sortedResults(parsed)
            }
            content = ColumnContent(index: index, homes: results, colour: colour, widths: widths)
        }
        query = parsed
        select(selected)
        return nil
    }

    // MARK: Query line

    mutating func applyQueryLine(_ action: Action) {
        guard var line = queryLine else { return }
        switch action {
        case .insert, .deleteBackward, .deleteForward, .clearLine, .caretLeft, .caretRight, .caretHome, .caretEnd:
            let changed = LineEditor.edit(action, text: &line.text, caret: &line.caret) == true
            queryLine = line
            guard changed else { return }
        case .historyOlder, .historyNewer:
            guard recall(action == .historyOlder, into: &line) else { return }
        case .acceptQuery:
            if line.error != nil { return } // keep the line open until the query is fixed or abandoned
            history.add(line.string)
            queryLine = nil
            list.clamp(count: results.count, page: listPage)
            return
        case .cancelQuery:
            queryText = line.saved.queryText
            query = line.saved.query
            results = line.saved.results
            content = ColumnContent(index: index, homes: results, colour: colour, widths: widths)
            list = line.saved.view
            queryLine = nil
            list.clamp(count: results.count, page: listPage)
            return
        default:
            return
        }
        if action != .historyOlder, action != .historyNewer {
            // An edited recall is the user's own text now.
            line.recalled = nil
            line.typed = nil
        }
        queryLine = line
        runQueryLine()
    }

    /// Runs the query line's text: the list narrows to it, or keeps its last good result
    /// and the line shows the error.
    mutating func runQueryLine() {
        guard var line = queryLine else { return }
        line.error = setQuery(text: line.string)
        queryLine = line
        if line.error == nil {
            // Each new text starts at the top of the narrowed list, as fzf does.
            list.cursor = 0
        }
        list.clamp(count: results.count, page: listPage)
    }

    /// Puts an older or newer history entry on the line; past the newest, what the user
    /// had typed comes back. False when there is nothing further that way.
    func recall(_ older: Bool, into line: inout QueryLineState) -> Bool {
        let entries = history.entries
        let here = line.recalled ?? entries.count
        let next = older ? here - 1 : here + 1
        guard next >= 0, next <= entries.count, next != here else { return false }
        if line.recalled == nil { line.typed = line.text }
        if next == entries.count {
            line.text = line.typed ?? []
            line.recalled = nil
        } else {
            line.text = Array(entries[next])
            line.recalled = next
        }
        line.caret = line.text.count
        return true
    }

    // MARK: Filter panel

    func facetValues(_ facet: Facet) -> [FacetCount] {
        index.facetCounts(facet, under: query)
    }

    /// Rows of the filter panel's value list.
    public var filterPage: Int { max(1, height - 4) }

    mutating func applyFilters(_ action: Action) {
        guard case .filters(var panel) = stack.last else { return }
        let facets = Facet.allCases
        if case .jump = action {} else if action != .jumpBackspace { panel.jump = "" }
        switch action {
        case .back, .keepFilters:
            // Esc undoes what was ticked since the panel opened, as Esc does on the query line.
            if action == .back, queryText != panel.openedWith { setQuery(text: panel.openedWith) }
            stack.removeLast()
            list.clamp(count: results.count, page: listPage)
            return
        case .nextFacet, .previousFacet:
            let step = action == .nextFacet ? 1 : facets.count - 1
            panel.facet = (panel.facet + step) % facets.count
            lastFacet = panel.facet
            panel.values = facetValues(facets[panel.facet])
            panel.view = CursorView()
        case .jump(let c):
            panel.jump.append(c)
            if let row = FilterJump.row(for: panel.jump, in: panel.values) { panel.view.cursor = row }
        case .jumpBackspace:
            guard !panel.jump.isEmpty else { return }
            panel.jump.removeLast()
            if let row = FilterJump.row(for: panel.jump, in: panel.values) { panel.view.cursor = row }
        case .toggleValue:
            guard panel.view.cursor < panel.values.count else { return }
            let value = panel.values[panel.view.cursor].value
            setQuery(text: QueryEditing.toggling(facets[panel.facet], value: value, in: queryText))
            panel.values = facetValues(facets[panel.facet])
        case .clearFilters:
            setQuery(text: QueryEditing.clearingFilters(in: queryText))
            panel.values = facetValues(facets[panel.facet])
        case .click(let x, let y), .doubleClick(let x, let y):
            if x < FilterPanelState.facetWidth(screenWidth: width) {
                // A facet: show its values, as Tab to it would.
                let first = panel.firstFacetShown(height: height)
                let facet = first + y - 2
                guard y >= 2, y < height - 2, facet < facets.count, facet != panel.facet else { return }
                panel.facet = facet
                lastFacet = facet
                panel.values = facetValues(facets[facet])
                panel.view = CursorView()
            } else if panel.view.point(atRow: y, top: 2, count: panel.values.count, page: filterPage), case .click = action {
                // A click ticks (or unticks) the value; the second press of a double click
                // only selects, so a double click leaves it ticked.
                let value = panel.values[panel.view.cursor].value
                setQuery(text: QueryEditing.toggling(facets[panel.facet], value: value, in: queryText))
                panel.values = facetValues(facets[panel.facet])
            }
        default:
            panel.view.move(action, count: panel.values.count, page: filterPage)
        }
        panel.view.clamp(count: panel.values.count, page: filterPage)
        stack[stack.count - 1] = .filters(panel)
    }

    // MARK: Changes

    /// Rows of the changes screen's table at the current size.
    public var changesPage: Int {
        guard case .changes(let changes) = stack.last else { return 1 }
        return changes.page(width: width, height: height)
    }

    mutating func applyChanges(_ action: Action) {
        guard case .changes(var changes) = stack.last else { return }
        let outcome = changes.update(action, page: changesPage, width: width)
        stack[stack.count - 1] = .changes(changes)
        switch outcome {
        case .stay: break
        case .back:
            stack.removeLast()
            reclampTop()
        case .open(let home):
            openDetail(home)
        }
    }

    // MARK: Detail and journey

    mutating func openDetail(_ home: Int32) {
        var doc = DetailDocument.make(home: home, index: index, colour: colour)
        // From a `child:` query the home is open because of that child: select its placement.
        if let child = queriedChild, let line = doc.lines.lastIndex(where: { line in
            if case .placement(let p) = line.target { return index.snapshot.placements[Int(p)].child == child }
            return false
        }) {
            doc.view.cursor = line
        }
        stack.append(.detail(home: home, doc))
        reclampTop()
    }

    /// The child a `child:` clause of the query names, when it names one.
    var queriedChild: Int32? {
        for clause in query.clauses where clause.field == .child && !clause.negated {
            if case .text(_, let raw)? = clause.values.first, let child = index.child(reference: raw) { return child }
        }
        return nil
    }

    mutating func applyDocument(_ action: Action) {
        guard let top = stack.last else { return }
        var doc: DocumentState
        switch top {
        case .detail(_, let d), .journey(_, let d), .help(let d), .authority(_, let d), .marked(let d): doc = d
        case .filters, .changes, .summary, .children, .card, .saved: return
        }
        doc.message = nil
        switch action {
        case .back:
            stack.removeLast()
            reclampTop()
            return
        case .click(_, let y), .doubleClick(_, let y):
            // The lines start under the title bar; a double click then opens as Enter does.
            guard doc.view.point(atRow: y, top: 1, count: doc.lines.count, page: documentPage) else { return }
            replaceTop(with: doc)
            if case .doubleClick = action { applyDocument(.open) }
            return
        case .openAuthority:
            openAuthorityOfDetail()
            return
        case .nextSection, .previousSection:
            guard !doc.sections.isEmpty else { return }
            let here = doc.view.cursor
            let heading: Int
            // The section the cursor is in counts as "here": Shift-Tab from a placement goes
            // to the section before, not to its own heading.
            let current = doc.sections.last(where: { $0 <= here }) ?? here
            if action == .nextSection {
                heading = doc.sections.first(where: { $0 > here }) ?? doc.sections[0]
            } else {
                heading = doc.sections.last(where: { $0 < current }) ?? doc.sections[doc.sections.count - 1]
            }
            // Land on the section's first line that opens something (the first placement,
            // not its heading), else on the heading.
            let end = doc.sections.first(where: { $0 > heading }) ?? doc.lines.count
            doc.view.cursor = (heading..<end).first { doc.lines[$0].target != .none } ?? heading
            // Put the section's heading at the top of the page where possible.
            doc.view.scroll = heading
            doc.view.clamp(count: doc.lines.count, page: documentPage)
        case .open:
            guard doc.view.cursor < doc.lines.count else { return }
            switch doc.lines[doc.view.cursor].target {
            case .placement(let p):
                let child = index.snapshot.placements[Int(p)].child
                var journey = JourneyDocument.make(child: child, focus: p, index: index, colour: colour)
                // In meeting mode the journey calls the child what the detail called it.
                journey.childLabel = MeetingMode.labelOfPlacement(p, in: doc, index: index)
                stack.append(.journey(child: child, journey))
                reclampTop()
            case .home(let h):
                openDetail(h)
            case .authority(let a):
                openAuthority(a)
            case .none:
                doc.message = top.kind == .journey
                    ? "Nothing to open here: Enter on a placement opens its home"
                    : "Nothing to open here: Tab to Placements, Enter on a child"
            }
            if doc.message == nil { return }
        case .previousHome, .nextHome, .previousMatch, .nextMatch:
            // Only a home of the list has a previous and next (not one reached from a journey).
            guard case .detail(let home, _) = top, let position = results.firstIndex(of: home) else { return }
            let forward = action == .nextHome || action == .nextMatch
            let next = forward ? min(results.count - 1, position + 1) : max(0, position - 1)
            guard results[next] != home else { return }
            list.cursor = next
            list.clamp(count: results.count, page: listPage)
            stack[stack.count - 1] = .detail(home: results[next], DetailDocument.make(home: results[next], index: index, colour: colour))
            reclampTop()
            return
        default:
            doc.view.move(action, count: doc.lines.count, page: documentPage)
        }
        replaceTop(with: doc)
    }

    /// Puts a changed document back as the screen on top, whichever kind of document it is.
    mutating func replaceTop(with doc: DocumentState) {
        switch stack.last {
        case .detail(let h, _)?: stack[stack.count - 1] = .detail(home: h, doc)
        case .journey(let c, _)?: stack[stack.count - 1] = .journey(child: c, doc)
        case .authority(let a, _)?: stack[stack.count - 1] = .authority(authority: a, doc)
        case .marked?: stack[stack.count - 1] = .marked(doc)
        default: break
        }
    }

    // MARK: Resize

    mutating func reclampTop() {
        guard let top = stack.last else { return }
        switch top {
        case .filters(var panel):
            panel.view.clamp(count: panel.values.count, page: filterPage)
            stack[stack.count - 1] = .filters(panel)
        case .detail(let h, var doc):
            doc.view.clamp(count: doc.lines.count, page: documentPage)
            stack[stack.count - 1] = .detail(home: h, doc)
        case .journey(let c, var doc):
            doc.view.clamp(count: doc.lines.count, page: documentPage)
            stack[stack.count - 1] = .journey(child: c, doc)
        case .help(var doc):
            doc.view.scrollOnly(.open, count: doc.lines.count, page: documentPage)
            stack[stack.count - 1] = .help(doc)
        case .changes(var changes):
            changes.view.clamp(count: changes.rows.count, page: changes.page(width: width, height: height))
            stack[stack.count - 1] = .changes(changes)
        case .summary, .children, .authority:
            reclampGroups()
        case .marked(var doc):
            doc.view.clamp(count: doc.lines.count, page: documentPage)
            stack[stack.count - 1] = .marked(doc)
        case .saved(var saved):
            saved.view.clamp(count: savedQueries.entries.count, page: documentPage - 1)
            stack[stack.count - 1] = .saved(saved)
        case .card:
            break
        }
    }

    /// After a resize every screen on the stack keeps its cursor visible at the new size.
    mutating func reclampAll() {
        list.clamp(count: results.count, page: listPage)
        let saved = stack
        stack = []
        for screen in saved {
            stack.append(screen)
            reclampTop()
        }
    }
}

/// A few recent query results, oldest forgotten first. Only valid for one sort order.
/// Kept by clauses, not by text: `leeds ` and `leeds` list the same homes, so erasing
/// back to either finds the list made for the other.
struct RecentResults: Sendable {
    static let capacity = 24
    private var entries: [(query: Query, homes: [Int32])] = []

    subscript(query: Query) -> [Int32]? {
        entries.last { $0.query.clauses == query.clauses }?.homes
    }

    mutating func remember(_ query: Query, _ found: [Int32]) {
        entries.removeAll { $0.query.clauses == query.clauses }
        entries.append((query, found))
        if entries.count > RecentResults.capacity { entries.removeFirst() }
    }

    /// The remembered results that `query` narrows, newest first: after `leeds rating`,
    /// `leeds rating:i` narrows the list kept for `leeds`, not the whole register.
    func narrowed(to query: Query, in index: SnapshotIndex) -> [Int32]? {
        for earlier in entries.reversed() {
            if let narrowed = index.refine(earlier.homes, from: earlier.query, to: query) { return narrowed }
        }
        return nil
    }
}

/// The orders of every home sorted so far, by column and direction (at most two per
/// column: 8 bytes a home each, 0.8 MB at 100,000 homes).
struct SortOrders: Sendable {
    private var orders: [Int: SortedHomes] = [:]

    /// The order, sorted now when it is the first time it is asked for.
    mutating func order(index: SnapshotIndex, column: ListColumn, descending: Bool) -> SortedHomes {
        let key = column.rawValue * 2 + (descending ? 1 : 0)
        if let known = orders[key] { return known }
        let sorted = SortedHomes(index: index, column: column, descending: descending)
        orders[key] = sorted
        return sorted
    }
}

/// Every home in one sort order, so narrowing a query filters this order through a bitmap
/// (one pass over the homes) instead of sorting the matches on every keystroke.
struct SortedHomes: Sendable {
    let order: [Int32]
    /// Position of each home in `order`.
    let rank: [Int32]

    /// Along the index's kept order (made at launch, in the background).
    init(index: SnapshotIndex, column: ListColumn, descending: Bool) {
        self.init(order: index.order(by: column.sortKey, descending: descending))
    }

    /// Any items `0..<order.count` in an order (the children list's children too).
    init(order: [Int32]) {
        self.order = order
        var r = [Int32](repeating: 0, count: order.count)
        for (i, home) in order.enumerated() { r[Int(home)] = Int32(i) }
        rank = r
    }

    /// The selected items in this order, from a bitmap by item and its count of ones.
    func filter(_ selection: (bitmap: [UInt8], count: Int)) -> [Int32] {
        let (bitmap, count) = selection
        if count == order.count { return order }
        var result: [Int32] = []
        result.reserveCapacity(count)
        bitmap.withUnsafeBufferPointer { selected in
            if count * 16 < order.count {
                // Few matches: sorting them by rank is cheaper than a pass over every item.
                for i in 0..<selected.count where selected[i] != 0 { result.append(Int32(i)) }
                result.sort { rank[Int($0)] < rank[Int($1)] }
            } else {
                order.withUnsafeBufferPointer { order in
                    for item in order where selected[Int(item)] != 0 { result.append(item) }
                }
            }
        }
        return result
    }

    func filter(_ matches: [Int32], everything: Bool) -> [Int32] {
        if everything && matches.count == order.count { return order }
        if matches.count * 16 < order.count {
            // Few matches: sorting them by rank is cheaper than a pass over every home.
            return matches.sorted { rank[Int($0)] < rank[Int($1)] }
        }
        var member = [Bool](repeating: false, count: order.count)
        for home in matches { member[Int(home)] = true }
        var result: [Int32] = []
        result.reserveCapacity(matches.count)
        for home in order where member[Int(home)] { result.append(home) }
        return result
    }
}
