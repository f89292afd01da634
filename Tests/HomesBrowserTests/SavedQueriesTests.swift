import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Saved queries: kept under a name from the query line (Ctrl-K), listed and recalled
/// (Tab, Enter), forgotten (d), and kept between runs by `SavedQueryStore` (the settings
/// file in `homes`; here a `KeptQueries` in memory that can be told to fail).
@Suite struct SavedQueriesTests {
    static func store() -> SavedQueryStore { KeptQueries().store }

    static func app(_ store: SavedQueryStore) -> BrowserApp {
        BrowserApp(index: RegisterScreenTests.two, title: "test", savedQueryStore: store)
    }

    @Test func keptUnderANameAndThereAtTheNextStart() {
        let store = Self.store()
        var app = Self.app(store)
        app.press(.character("/"))
        app.type("la:leeds rating:outstanding")
        app.press(.control("k"))
        app.type("leeds best")
        app.press(.enter)
        #expect(app.state.savedQueries.entries == [.init(name: "leeds best", query: "la:leeds rating:outstanding")])
        #expect(app.state.notice == "Kept \"leeds best\": Tab in the query line lists saved queries")
        #expect(app.state.queryLine != nil, "the query line stays open after keeping the query")
        #expect(store.load() == app.state.savedQueries)

        var next = Self.app(store)
        next.press(.character("/"), .tab)
        #expect(next.state.screenKind == .saved)
        next.press(.enter)
        #expect(next.state.screenKind == .query)
        #expect(next.state.queryLine?.string == "la:leeds rating:outstanding")
        #expect(next.state.queryText == "la:leeds rating:outstanding")
        #expect(next.state.results.count == 1)
        next.press(.enter)
        #expect(next.state.history.entries.last == "la:leeds rating:outstanding")
    }

    @Test func savingUnderTheSameNameReplacesAndDForgets() {
        let store = Self.store()
        var app = Self.app(store)
        for query in ["la:leeds", "la:manchester"] {
            app.press(.character("/"), .control("u"))
            app.type(query)
            app.press(.control("k"), .control("u"))
            app.type("mine")
            app.press(.enter, .enter)
        }
        #expect(app.state.savedQueries.entries == [.init(name: "mine", query: "la:manchester")])
        app.press(.character("/"), .tab, .character("d"))
        #expect(app.state.savedQueries.entries.isEmpty)
        #expect(app.state.notice == "Forgot \"mine\"")
        #expect(store.load().entries.isEmpty)
    }

    @Test func nothingToKeepFromAnEmptyOrBrokenQuery() {
        var app = Self.app(Self.store())
        app.press(.character("/"), .control("k"))
        #expect(app.state.prompt == nil)
        #expect(app.state.notice == "Type a query first: an empty query is the whole list")
        app.type("rating:")
        app.press(.control("k"))
        #expect(app.state.prompt == nil)
        #expect(app.state.notice == "Fix the query before keeping it")
    }

    @Test func aSaveThatFailsSaysWhyInsteadOfKept() {
        let kept = KeptQueries(pairs: [("old", "la:york")])
        kept.failure = "/home/me/.config/homes/settings.yaml:2:10: meeting: expected true or false, found 'perhaps'\nNothing was saved: fix the settings file first."
        var app = Self.app(kept.store)
        #expect(app.state.savedQueries.entries == [.init(name: "old", query: "la:york")])
        app.press(.character("/"))
        app.type("la:leeds")
        app.press(.control("k"))
        app.type("leeds")
        app.press(.enter)
        #expect(app.state.notice == "/home/me/.config/homes/settings.yaml:2:10: meeting: expected true or false, found 'perhaps' Nothing was saved: fix the settings file first.")
        #expect(app.state.savedQueries.entries.count == 2, "the query still lasts the session")
        let bottom = app.draw(width: 200, height: 24).trimmedLines.last ?? ""
        #expect(bottom.contains("settings.yaml:2:10: meeting: expected true or false"))
    }
}

/// Saved queries in memory, standing in for the settings file: what was last saved, and
/// a failure to report instead of saving.
final class KeptQueries: @unchecked Sendable {
    var pairs: [(name: String, query: String)]
    var failure: String?

    init(pairs: [(name: String, query: String)] = []) { self.pairs = pairs }

    var store: SavedQueryStore {
        SavedQueryStore(load: { self.pairs }, save: { pairs in
            if let failure = self.failure { return failure }
            self.pairs = pairs
            return nil
        })
    }
}
