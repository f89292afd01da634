import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Saved queries: kept under a name from the query line (Ctrl-K), listed and recalled
/// (Tab, Enter), forgotten (d), and kept between runs by `SavedQueryStore`.
@Suite struct SavedQueriesTests {
    static func store() -> SavedQueryStore {
        SavedQueryStore(url: URL(fileURLWithPath: NSTemporaryDirectory() + "homes-saved-\(UUID().uuidString)/saved-queries"))
    }

    static func app(_ store: SavedQueryStore) -> BrowserApp {
        BrowserApp(index: RegisterScreenTests.two, title: "test", savedQueryStore: store)
    }

    @Test func keptUnderANameAndThereAtTheNextStart() {
        let store = Self.store()
        defer { try? FileManager.default.removeItem(at: store.url.deletingLastPathComponent()) }
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
        defer { try? FileManager.default.removeItem(at: store.url.deletingLastPathComponent()) }
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

    @Test func theStoreSkipsLinesItCannotRead() throws {
        let store = Self.store()
        defer { try? FileManager.default.removeItem(at: store.url.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("good\tla:leeds\nno tab here\n\tno name\nbell\u{7}\tla:york\n".utf8).write(to: store.url)
        #expect(store.load().entries == [.init(name: "good", query: "la:leeds"), .init(name: "bell", query: "la:york")])
        #expect(SavedQueryStore(url: URL(fileURLWithPath: "/nonexistent/saved")).load().entries.isEmpty)
        #expect(!SavedQueryStore(url: URL(fileURLWithPath: "/proc/version/saved")).save(SavedQueries([("a", "b")])))
    }
}
