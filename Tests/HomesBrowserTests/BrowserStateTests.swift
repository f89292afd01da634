import Testing
import HomesData
@testable import HomesBrowser

/// Table-driven update tests: a state, actions, the fields that must follow.
@Suite struct BrowserStateTests {
    static let hundred = SnapshotIndex(TestSnapshots.many(100))
    static let small = SnapshotIndex(TestSnapshots.small())

    static func state(_ index: SnapshotIndex = hundred, width: Int = 80, height: Int = 24) -> BrowserState {
        BrowserState(index: index, title: "t", width: width, height: height)
    }

    static func run(_ actions: [Action], from start: BrowserState = state()) -> BrowserState {
        actions.reduce(start) { $0.updated(with: $1) }
    }

    // 80x24: 21 list rows.
    @Test(arguments: [
        ([Action.down], 1, 0),
        ([.down, .up, .up], 0, 0),
        ([.pageDown], 21, 21),
        ([.pageDown, .pageDown, .pageDown, .pageDown, .pageDown], 99, 79),
        ([.halfPageDown], 10, 10),
        ([.bottom], 99, 79),
        ([.bottom, .top], 0, 0),
        ([.bottom, .pageUp], 78, 58),
        ([.bottom, .up, .up], 97, 79),
        (Array(repeating: Action.down, count: 21), 21, 1),
        ([.resize(width: 80, height: 10), .bottom], 99, 93),
        ([.bottom, .resize(width: 80, height: 50)], 99, 53),
        ([.nextMatch], 1, 0),
        ([.previousMatch], 99, 79),
    ])
    func listMovement(actions: [Action], cursor: Int, scroll: Int) {
        let s = BrowserStateTests.run(actions)
        #expect(s.list.cursor == cursor)
        #expect(s.list.scroll == scroll)
    }

    @Test func scrollKeepsTheCursorOnScreenAtEverySize() {
        var s = BrowserStateTests.state()
        for (i, action) in [Action.bottom, .resize(width: 80, height: 13), .up, .resize(width: 80, height: 40), .pageUp, .halfPageDown].enumerated() {
            s = s.updated(with: action)
            #expect(s.list.cursor >= s.list.scroll && s.list.cursor < s.list.scroll + s.listPage, "after step \(i)")
        }
    }

    @Test(arguments: [
        (["d", "v"], 1, "Home dv"),
        (["d", "v", "x"], 0, nil),
        (["z"], 3, "Home az"),
        (["c", "z"], 1, "Home cz"),
    ])
    func typingNarrowsTheListOnEveryKeystroke(typed: [Character], count: Int, first: String?) {
        var s = BrowserStateTests.state().updated(with: .openQuery)
        for c in typed { s = s.updated(with: .insert(c)) }
        #expect(s.results.count == count)
        #expect(s.selectedHome.flatMap { s.index.snapshot.homes[Int($0)].name } == first)
    }

    @Test func escRestoresTheQueryTheListAndTheSelection() {
        let before = BrowserStateTests.run([.down, .down, .down, .openQuery, .insert("9"), .acceptQuery])
        let during = BrowserStateTests.run([.openQuery, .insert("1"), .down], from: before)
        #expect(during.queryText == "91")
        let after = during.updated(with: .cancelQuery)
        #expect(after.queryText == "9")
        #expect(after.results == before.results)
        #expect(after.list == before.list)
        #expect(after.queryLine == nil)
    }

    static func typing(_ text: String, from start: BrowserState) -> BrowserState {
        text.reduce(start.updated(with: .openQuery)) { $0.updated(with: .insert($1)) }
    }

    @Test func aBadQueryShowsItsErrorAndKeepsTheLastGoodResult() {
        let s = BrowserStateTests.typing("leeds \"", from: BrowserStateTests.state(BrowserStateTests.small))
        #expect(s.queryLine?.error != nil)
        #expect(s.queryText == "leeds ")
        #expect(s.results.count == 1) // Brontë House; Café Lodge closed, so it is not listed by default
        #expect(s.updated(with: .deleteBackward).queryLine?.error == nil)
    }

    @Test func theErrorPointsAtTheFaultAndFixingItAppliesTheQuery() {
        let s = BrowserStateTests.typing("leeds ratng:good status:any", from: BrowserStateTests.state(BrowserStateTests.small))
        #expect(s.queryLine?.error?.offset == 6)
        #expect(s.queryLine?.error?.suggestion == "rating")
        let fixed = BrowserStateTests.run(Array(repeating: .caretLeft, count: 18) + [.insert("i")], from: s)
        #expect(fixed.queryLine?.error == nil)
        #expect(fixed.queryText == "leeds rating:good status:any")
        // The Good home in Leeds is closed: status:any lists it.
        #expect(fixed.results.map { fixed.index.snapshot.homes[Int($0)].urn } == ["1234567"])
        #expect(fixed.updated(with: .acceptQuery).queryLine == nil)
    }

    @Test func enterWithAnErrorKeepsTheLineOpen() {
        let s = BrowserStateTests.run([.openQuery, .insert("x"), .insert("x"), .insert(":"), .acceptQuery])
        #expect(s.queryLine != nil)
        #expect(s.screenKind == .query)
    }

    @Test(arguments: [
        ([Action.sortBy(0)], ListColumn.urn, false),
        ([.sortBy(1)], .name, true), // name is already the sort: again reverses
        ([.sortBy(ListColumn.places.rawValue)], .places, true),
        ([.sortBy(ListColumn.places.rawValue), .sortBy(ListColumn.places.rawValue)], .places, false),
        ([.nextSortColumn], .owner, false),
        ([.previousSortColumn], .urn, false),
        ([.sortBy(ListColumn.unplanned.rawValue)], .unplanned, true),
        ([.reverseSort], .name, true),
    ])
    func sorting(actions: [Action], column: ListColumn, descending: Bool) {
        let s = BrowserStateTests.run(actions)
        #expect(s.sortColumn == column)
        #expect(s.descending == descending)
    }

    /// After `6` the most places must be on screen: a new sort shows the top, and `'`
    /// goes back to the home that was selected.
    @Test(arguments: [Action.sortBy(ListColumn.places.rawValue), .reverseSort, .nextSortColumn, .previousSortColumn])
    func aNewSortShowsTheTopAndQuoteGoesBackToTheSelection(sort: Action) {
        let s = BrowserStateTests.run(Array(repeating: .down, count: 40))
        let home = s.selectedHome
        let sorted = s.updated(with: sort)
        #expect(sorted.list == CursorView())
        #expect(sorted.selectedHome == sorted.results.first)
        let back = sorted.updated(with: .reselect)
        #expect(back.selectedHome == home)
        #expect(back.list.scroll <= back.list.cursor && back.list.cursor < back.list.scroll + back.listPage)
    }

    @Test func backReturnsToExactlyWhereYouWere() {
        let list = BrowserStateTests.run([.bottom, .top], from: BrowserStateTests.state(BrowserStateTests.small))
        let detail = BrowserStateTests.run([.open, .down, .down, .nextSection], from: list)
        guard case .detail(_, let doc)? = detail.stack.last else { Issue.record("no detail"); return }
        let journey = BrowserStateTests.run([.bottom, .open], from: detail)
        #expect(journey.screenKind == .journey)
        let backToDetail = journey.updated(with: .back)
        guard case .detail(_, let doc2)? = backToDetail.stack.last else { Issue.record("no detail"); return }
        #expect(doc2.view.cursor == doc.lines.count - 1)
        let backToList = backToDetail.updated(with: .back)
        #expect(backToList.stack.isEmpty)
        #expect(backToList.list == list.list)
    }

    @Test func previousAndNextHomeFollowTheListAndMoveItsSelection() {
        let s = BrowserStateTests.run([.open, .nextHome, .nextHome])
        guard case .detail(let home, _)? = s.stack.last else { Issue.record("no detail"); return }
        #expect(home == s.results[2])
        #expect(s.list.cursor == 2)
        let back = BrowserStateTests.run([.previousHome, .previousHome, .previousHome], from: s)
        guard case .detail(let first, _)? = back.stack.last else { Issue.record("no detail"); return }
        #expect(first == s.results[0])
        #expect(back.stack.count == 1)
    }

    @Test func tabJumpsBetweenDetailSections() {
        let s = BrowserStateTests.run([.open], from: BrowserStateTests.state(BrowserStateTests.small))
        guard case .detail(_, let doc)? = s.stack.last else { Issue.record("no detail"); return }
        #expect(doc.sections.count == 5) // home, inspections, register history, stability, placements
        var t = s
        for section in doc.sections.dropFirst() + [doc.sections[0]] {
            t = t.updated(with: .nextSection)
            guard case .detail(_, let d)? = t.stack.last else { return }
            // A section is entered on its first line that opens something (the first
            // placement, the local authority's card), else on its heading.
            let end = doc.sections.first { $0 > section } ?? d.lines.count
            let firstOpenable = (section..<end).first { d.lines[$0].target != .none }
            #expect(d.view.cursor == (firstOpenable ?? section))
            if section == doc.sections.last, let p = firstOpenable, case .placement = d.lines[p].target {} else if section == doc.sections.last {
                Issue.record("the placements section has no placement to land on")
            }
            #expect(d.view.scroll == min(section, d.lines.count - t.documentPage))
        }
        // Shift-Tab from a placement goes to the section before, not to its own heading.
        let last = BrowserStateTests.run([.previousSection, .previousSection], from: s)
        guard case .detail(_, let d)? = last.stack.last else { return }
        #expect(d.view.cursor == doc.sections[3])
    }

    @Test func filterPanelTogglesTheQueryAndTheQueryLineAgrees() {
        var s = BrowserStateTests.run([.openFilters], from: BrowserStateTests.state(BrowserStateTests.small))
        guard case .filters(let panel)? = s.stack.last else { Issue.record("no panel"); return }
        let good = panel.values.firstIndex { $0.value == "good" }!
        for _ in 0..<good { s = s.updated(with: .down) }
        s = s.updated(with: .toggleValue)
        #expect(s.queryText == "rating:good")
        #expect(s.results.count == 1) // the other Good home is closed
        guard case .filters(let after)? = s.stack.last else { return }
        #expect(after.values[good].selected)
        // The query line opened now shows the same text, and clearing empties both.
        let line = BrowserStateTests.run([.keepFilters, .openQuery], from: s)
        #expect(line.queryLine?.string == "rating:good")
        let cleared = BrowserStateTests.run([.clearFilters], from: s)
        #expect(cleared.queryText == "")
        #expect(cleared.results.count == 4) // every open home
    }

    /// Counts follow the rest of the query, status included: under "leeds" the closed Good
    /// home counts only once `status:any` lifts the open-homes default.
    @Test(arguments: [("leeds", 0), ("leeds status:any", 1)])
    func facetCountsAreUnderTheOtherFilters(query: String, good: Int) {
        let s = BrowserStateTests.run([.acceptQuery, .openFilters],
                                      from: BrowserStateTests.typing(query, from: BrowserStateTests.state(BrowserStateTests.small)))
        guard case .filters(let panel)? = s.stack.last else { Issue.record("no panel"); return }
        let counts = Dictionary(uniqueKeysWithValues: panel.values.map { ($0.value, $0.count) })
        #expect(counts["outstanding"] == 1)
        #expect(counts["good"] == good)
        #expect(counts["inadequate"] == 0)
    }

    @Test func helpOpensFromAnyScreenAndGoesBack() {
        let s = BrowserStateTests.run([.open, .help])
        #expect(s.screenKind == .help)
        #expect(s.updated(with: .back).screenKind == .detail)
    }
}

@Suite struct RecentResultsTests {
    /// Backspacing reuses remembered lists; they must be exactly what a fresh query gives,
    /// in the current sort order, also after re-sorting.
    @Test func rememberedResultsEqualFreshOnes() {
        let index = BrowserStateTests.hundred
        var s = BrowserStateTests.typing("home d", from: BrowserStateTests.state(index))
        let byPlaces = Action.sortBy(ListColumn.places.rawValue)
        s = BrowserStateTests.run([.deleteBackward, .acceptQuery, byPlaces, .openQuery, .insert("d"), .deleteBackward], from: s)
        let fresh = BrowserStateTests.typing("home ", from: BrowserStateTests.run([byPlaces], from: BrowserStateTests.state(index)))
        #expect(s.queryText == "home ")
        #expect(s.results == fresh.results)
        #expect(s.results.count == 100)
        let places = s.results.map { index.snapshot.homes[Int($0)].places ?? 0 }
        #expect(places == places.sorted(by: >))
    }

    /// Typing narrows the list already made (and lists remembered before); after every
    /// key the list must be what asking the whole index for that text gives, in order.
    @Test(arguments: ["care rating:i -ltd", "home d places:2..", "lodge sector:private good", "e e e"])
    func typingListsWhatTheWholeIndexLists(query: String) throws {
        let index = Self.generated
        let order = SortedHomes(index: index, column: .name, descending: false)
        var s = BrowserStateTests.state(index).updated(with: .openQuery)
        var lastParsed = Query.all
        for c in query {
            s = s.updated(with: .insert(c))
            let text = s.queryLine?.string ?? ""
            if let parsed = try? Query.parse(text, index: index) { lastParsed = parsed }
            let wanted = order.filter(index.matches(lastParsed), everything: lastParsed.isEmpty)
            #expect(s.results == wanted, "after typing \"\(text)\"")
        }
    }

    static let generated = SnapshotIndex(SnapshotGenerator(homes: 2000, seed: 5, placementsPerHome: 1).generate())

    /// A closed home is not on the register: sorting the list with no query must not
    /// bring closed homes in.
    @Test func sortingWithNoQueryListsOnlyOpenHomes() {
        let index = BrowserStateTests.small
        let sorted = BrowserStateTests.run([.sortBy(ListColumn.places.rawValue)], from: BrowserStateTests.state(index))
        #expect(index.openHomes.count < index.count)
        #expect(Set(sorted.results) == Set(index.openHomes))
    }

    @Test func onlyTheLastFewAreKept() {
        var recent = RecentResults()
        for i in 0..<(RecentResults.capacity + 5) { recent.remember(try! Query.parse("q\(i)"), [Int32(i)]) }
        #expect(recent[try! Query.parse("q0")] == nil)
        #expect(recent[try! Query.parse("q\(RecentResults.capacity + 4)")] == [Int32(RecentResults.capacity + 4)])
    }

    /// The same clauses typed differently are the same list: erasing back to `leeds`
    /// finds the list made for `leeds ` (no scan), and what it finds is that list.
    @Test func resultsAreKeptByClausesNotByText() {
        var recent = RecentResults()
        recent.remember(try! Query.parse("leeds "), [7, 3])
        #expect(recent[try! Query.parse("leeds")] == [7, 3])
        #expect(recent[try! Query.parse("  leeds")] == [7, 3])
        #expect(recent[try! Query.parse("leed")] == nil)
        recent.remember(try! Query.parse("leeds"), [3])
        #expect(recent[try! Query.parse("leeds ")] == [3])
    }
}

@Suite struct QueryTextTests {
    @Test func aTrailingSpaceKeepsTheListAndTheQueryText() {
        let s = BrowserStateTests.typing("lee", from: BrowserStateTests.state(BrowserStateTests.small))
        let spaced = s.updated(with: .insert(" "))
        #expect(spaced.queryText == "lee ")
        #expect(spaced.query.text == "lee ")
        #expect(spaced.results == s.results)
        #expect(spaced.results.count == 1)
    }
}
