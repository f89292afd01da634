import Testing
import HomesData
@testable import HomesBrowser

/// The query line's caret and delete actions and the filter panel's facet stepping,
/// driven through `BrowserState.updated(with:)` as the keys drive them (issue 12).
@Suite struct QueryLineAndFilterStateTests {
    static func state() -> BrowserState { BrowserStateTests.state(BrowserStateTests.small) }

    /// Types "leeds" into the query line, then the actions.
    @Test(arguments: [
        ([Action.caretLeft, .caretLeft, .insert("x")], "leexds", 4),
        ([.caretHome, .deleteForward], "eeds", 0),
        ([.caretHome, .deleteBackward], "leeds", 0),         // nothing before the caret
        ([.deleteForward], "leeds", 5),                      // nothing after it
        ([.caretHome, .caretLeft, .caretLeft], "leeds", 0),  // the caret stops at the start
        ([.caretEnd, .caretRight], "leeds", 5),              // and at the end
        ([.caretHome, .caretRight, .deleteBackward], "eeds", 0),
        ([.caretLeft, .deleteBackward], "lees", 3),
        ([.caretHome, .caretEnd, .deleteBackward], "leed", 4),
        ([.caretHome, .insert("-")], "-leeds", 1),
        ([.clearLine], "", 0),
        ([.clearLine, .insert("l")], "l", 1),
    ] as [([Action], String, Int)])
    func caretAndDelete(actions: [Action], text: String, caret: Int) {
        let s = BrowserStateTests.run(actions, from: BrowserStateTests.typing("leeds", from: Self.state()))
        #expect(s.queryLine?.string == text)
        #expect(s.queryLine?.caret == caret)
        // The list follows the line as it is edited, not only on Enter.
        #expect(s.queryText == text)
    }

    @Test func anEditInTheMiddleNarrowsTheList() {
        // "status:any" typed, then the caret moved into it and "any" made "active".
        let typed = BrowserStateTests.typing("status:any", from: Self.state())
        let all = typed.results.count
        let edited = BrowserStateTests.run([.deleteBackward, .deleteBackward, .insert("c"), .insert("t"), .insert("i"),
                                            .insert("v"), .insert("e")], from: typed)
        #expect(edited.queryText == "status:active")
        #expect(edited.results.count < all)
        let index = BrowserStateTests.small
        #expect(edited.results.allSatisfy { index.snapshot.homes[Int($0)].status == .active })
    }

    static func panel(_ s: BrowserState) -> FilterPanelState? {
        guard case .filters(let panel)? = s.stack.last else { return nil }
        return panel
    }

    @Test func facetsStepForwardAndBackAndWrap() {
        let facets = Facet.allCases
        var s = BrowserStateTests.run([.openFilters], from: Self.state())
        #expect(Self.panel(s)?.facet == 0)
        s = BrowserStateTests.run([.down, .nextFacet], from: s)
        #expect(Self.panel(s)?.facet == 1)
        // Each step shows that facet's values, counted under the query, cursor at the top.
        #expect(Self.panel(s)?.values == s.index.facetCounts(facets[1], under: s.query))
        #expect(Self.panel(s)?.view.cursor == 0)
        s = BrowserStateTests.run([.previousFacet, .previousFacet], from: s)
        #expect(Self.panel(s)?.facet == facets.count - 1)
        #expect(Self.panel(s)?.values == s.index.facetCounts(facets[facets.count - 1], under: s.query))
        s = s.updated(with: .nextFacet)
        #expect(Self.panel(s)?.facet == 0)
        #expect(Self.panel(s)?.values == s.index.facetCounts(facets[0], under: s.query))
    }

    @Test(arguments: [Action.keepFilters, .back])
    func thePanelReopensOnTheFacetLastUsed(close: Action) {
        let s = BrowserStateTests.run([.openFilters, .nextFacet, .nextFacet, close, .openFilters], from: Self.state())
        #expect(Self.panel(s)?.facet == 2)
        #expect(Self.panel(s)?.values == s.index.facetCounts(Facet.allCases[2], under: s.query))
    }

    @Test func aTickOnOneFacetCountsOnTheNext() {
        // Ticking sector "private" then stepping to rating: the rating counts are of private homes.
        var s = BrowserStateTests.run([.openFilters, .nextFacet], from: Self.state())
        guard let sectors = Self.panel(s)?.values, let row = sectors.firstIndex(where: { $0.value == "private" }) else {
            Issue.record("no private sector in the panel"); return
        }
        for _ in 0..<row { s = s.updated(with: .down) }
        s = BrowserStateTests.run([.toggleValue, .previousFacet], from: s)
        #expect(s.queryText == "sector:private")
        let ratings = Self.panel(s)?.values ?? []
        #expect(ratings.map(\.count).reduce(0, +) <= s.results.count)
        #expect(ratings == s.index.facetCounts(.rating, under: s.query))
    }
}
