import Testing
import HomesData
@testable import HomesBrowser

/// The updates of the summary, children and authority card screens, and how the top
/// state routes them: Enter on a group narrows the list, back returns, `/` narrows or
/// queries and Esc restores, Enter on a child opens its journey.
@Suite struct GroupsStateTests {
    static func run(_ actions: [Action], width: Int = 80, height: Int = 24) -> BrowserState {
        actions.reduce(BrowserState(index: RegisterScreenTests.two, title: "t", width: width, height: height)) { $0.updated(with: $1) }
    }

    static func typed(_ text: String) -> [Action] { text.map { .insert($0) } }

    static func summary(_ s: BrowserState) -> SummaryState? {
        if case .summary(let x)? = s.stack.last { return x }
        return nil
    }

    static func children(_ s: BrowserState) -> ChildrenState? {
        if case .children(let x)? = s.stack.last { return x }
        return nil
    }

    // MARK: Summary

    @Test(arguments: [
        ([Action.openSummary], GroupBy.authority, ["Manchester", "Leeds", "Westminster"]),
        ([.openSummary, .nextGrouping], .region, ["North West", "London", "Yorkshire and the Humber"]),
        ([.openSummary, .previousGrouping], .rating, ["Good", "Inadequate", "Outstanding", "Not yet rated"]),
        ([.openSummary, .nextGrouping, .nextGrouping, .nextGrouping], .sector, ["Private", "Local Authority", "Voluntary", "Academy"]),
        ([.openSummary, .sortBy(0)], .authority, ["Leeds", "Manchester", "Westminster"]),
        ([.openSummary, .sortBy(0), .sortBy(0)], .authority, ["Westminster", "Manchester", "Leeds"]),
        ([.openSummary, .sortBy(10)], .authority, ["Leeds", "Manchester", "Westminster"]),
        ([.openSummary, .reverseSort], .authority, ["Leeds", "Westminster", "Manchester"]),
    ])
    func groupingAndSorting(actions: [Action], by: GroupBy, labels: [String]) {
        let s = Self.summary(Self.run(actions))
        #expect(s?.by == by)
        #expect(s?.rows.map(\.label) == labels)
    }

    /// Enter goes back to the list with the group's clause added: its count is the group's.
    @Test(arguments: [
        ([Action.openSummary, .down], "la:leeds", 1),
        ([.openSummary, .previousGrouping], "rating:good", 1),
        ([.openSummary, .nextGrouping, .nextGrouping], "owned-by:\"Brightpath Care Ltd\"", 1),
    ])
    func enterNarrowsTheListToTheGroup(actions: [Action], query: String, count: Int) {
        let s = Self.run(actions + [.open])
        #expect(s.stack.isEmpty)
        #expect(s.queryText == query)
        #expect(s.results.count == count)
    }

    @Test func enterAddsTheGroupToTheQueryItCameFrom() {
        let s = Self.run([.openQuery] + Self.typed("sector:private") + [.acceptQuery, .openSummary, .open])
        // Two private homes, one in Leeds and one in Manchester: equal groups go A to Z.
        #expect(s.queryText == "sector:private la:leeds")
        #expect(s.results.count == 1)
    }

    @Test func slashNarrowsTheGroupsAndEscRestores() {
        var s = Self.run([.openSummary, .openQuery] + Self.typed("ches"))
        #expect(s.screenKind == .query)
        #expect(Self.summary(s)?.rows.map(\.label) == ["Manchester"])
        s = s.updated(with: .cancelQuery)
        #expect(s.screenKind == .summary)
        #expect(Self.summary(s)?.rows.count == 3)
        s = ([.openQuery] + Self.typed("lee") + [.acceptQuery]).reduce(s) { $0.updated(with: $1) }
        #expect(Self.summary(s)?.filter == "lee")
        #expect(Self.summary(s)?.rows.map(\.label) == ["Leeds"])
        // The narrowing survives regrouping (no region contains "lee": nothing shown).
        s = s.updated(with: .nextGrouping)
        #expect(Self.summary(s)?.rows.isEmpty == true)
    }

    @Test func authorityCardOnlyWhenGroupedByAuthority() {
        let card = Self.run([.openSummary, .down, .openAuthority])
        #expect(card.screenKind == .authority)
        if case .authority(let a, let doc)? = card.stack.last {
            #expect(card.index.snapshot.localAuthorities[Int(a)].name == "Leeds")
            #expect(doc.title.hasPrefix("Leeds (E08000035)"))
        }
        #expect(Self.run([.openSummary, .nextGrouping, .openAuthority]).screenKind == .summary)
        #expect(card.updated(with: .back).screenKind == .summary)
    }

    // MARK: Authority card from a home's detail

    @Test func authorityCardFromTheDetailByKeyAndByEnterOnItsLine() {
        let byKey = Self.run([.open, .openAuthority])
        #expect(byKey.screenKind == .authority)
        // Enter on the "Local authority" line of the detail opens the same card.
        var s = Self.run([.open])
        guard case .detail(_, let doc)? = s.stack.last, let line = doc.lines.firstIndex(where: { $0.plainText.contains("Local authority") }) else {
            Issue.record("no local authority line")
            return
        }
        s = (0..<line).reduce(s) { s, _ in s.updated(with: .down) }.updated(with: .open)
        #expect(s.screenKind == .authority)
        if case .authority(let a, _)? = s.stack.last, case .authority(let b, _)? = byKey.stack.last { #expect(a == b) }
        #expect(s.updated(with: .back).screenKind == .detail)
    }

    // MARK: Children

    @Test func childrenOpenOnEveryChildMostMovesFirst() {
        let s = Self.run([.openChildren])
        let c = Self.children(s)
        #expect(s.screenKind == .children)
        #expect(c?.rows.count == s.index.snapshot.children.count)
        #expect(c?.rows.map { c!.table.reference($0) } == ["C0000001", "C0000002", "C0000003"])
    }

    @Test(arguments: [
        ("moves>=1", ["C0000001"]),
        ("-ongoing", ["C0000002"]),
        ("placed-by:leeds", ["C0000002"]),
        ("placed-in:leeds", ["C0000001", "C0000002", "C0000003"]),
        ("0003", ["C0000003"]),
    ])
    func queryNarrowsTheChildren(text: String, references: [String]) {
        let s = Self.run([.openChildren, .openQuery] + Self.typed(text) + [.acceptQuery])
        let c = Self.children(s)
        #expect(s.screenKind == .children)
        #expect(c?.rows.map { c!.table.reference($0) } == references)
    }

    @Test func aBadQueryKeepsTheRowsAndTheLineUntilFixedOrAbandoned() {
        var s = Self.run([.openChildren, .openQuery] + Self.typed("moves>=1 unplaned>=1"))
        #expect(Self.children(s)?.error?.message.hasPrefix("unknown field 'unplaned'") == true)
        // The rows are those of the last text that parsed, "moves>=1 unplaned" (a reference
        // containing "unplaned": none), as the homes' list keeps its last good result.
        #expect(Self.children(s)?.rows.count == 0)
        #expect(Self.children(s)?.query.text == "moves>=1 unplaned")
        s = s.updated(with: .acceptQuery)
        #expect(s.screenKind == .query)
        s = s.updated(with: .cancelQuery)
        #expect(s.screenKind == .children)
        #expect(Self.children(s)?.rows.count == 3)
        #expect(Self.children(s)?.query.isEmpty == true)
    }

    @Test func enterOpensTheChildsJourneyAndBackReturns() {
        let s = Self.run([.openChildren, .down, .open])
        guard case .journey(let child, let doc)? = s.stack.last else {
            Issue.record("no journey")
            return
        }
        #expect(s.index.snapshot.children[Int(child)] == "C0000002")
        #expect(doc.title.hasPrefix("Child C0000002"))
        #expect(s.updated(with: .back).screenKind == .children)
        #expect(s.updated(with: .back).updated(with: .back).screenKind == .list)
    }

    @Test(arguments: [
        ([Action.openChildren, .sortBy(0)], ["C0000001", "C0000002", "C0000003"]),
        ([.openChildren, .sortBy(0), .sortBy(0)], ["C0000003", "C0000002", "C0000001"]),
        ([.openChildren, .sortBy(6)], ["C0000002", "C0000003", "C0000001"]),
        ([.openChildren, .sortBy(2)], ["C0000002", "C0000001", "C0000003"]),
    ])
    func childrenSortByAnyColumn(actions: [Action], references: [String]) {
        let c = Self.children(Self.run(actions))
        #expect(c?.rows.map { c!.table.reference($0) } == references)
    }

    // MARK: Every new screen keeps the browser's promises

    @Test(arguments: [[Action.openSummary], [.openChildren], [.open, .openAuthority]])
    func helpAndBackFromEveryNewScreen(actions: [Action]) {
        let s = Self.run(actions)
        #expect(s.updated(with: .help).screenKind == .help)
        #expect(s.updated(with: .help).updated(with: .back) == s)
        #expect(s.updated(with: .back).stack.count == s.stack.count - 1)
    }

    @Test func resizingKeepsTheCursorVisible() {
        var s = Self.run([.openChildren, .bottom])
        s = s.updated(with: .resize(width: 60, height: 12))
        let c = Self.children(s)!
        #expect(c.view.cursor >= c.view.scroll && c.view.cursor < c.view.scroll + c.page(height: 12))
    }
}
