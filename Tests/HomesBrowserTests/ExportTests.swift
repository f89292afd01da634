import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Exports from the browser, through its keys: the file equals what `homes query`,
/// `homes summary` and `homes changes` print with `--format csv|json` (the same writers),
/// a file is never overwritten without a y, and a failed write says why.
@Suite struct ExportTests {
    static func directory() -> String {
        let path = NSTemporaryDirectory() + "homes-export-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// `e`, the offered name replaced by `path`, Enter.
    static func export(_ app: inout BrowserApp, to path: String) {
        app.press(.character("e"), .control("u"))
        app.type(path)
        app.press(.enter)
    }

    @Test func theListExportedIsTheQueryCommandsCSV() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.character("/"))
        app.type("la:leeds")
        app.press(.enter)
        Self.export(&app, to: dir + "/leeds.csv")
        let expected = QueryResults(index: app.state.index, homes: app.state.results).csv()
        #expect(Self.text(dir + "/leeds.csv") == expected)
        #expect(expected.hasPrefix("URN,Name,"))
        #expect(app.state.results.count == 1)
        #expect(app.state.notice == "Wrote 1 home to \(dir)/leeds.csv (CSV)")
        #expect(app.state.pendingExport == nil)
    }

    @Test func aNameEndingJsonWritesJSON() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = TestSnapshots.app(RegisterScreenTests.two)
        Self.export(&app, to: dir + "/all.json")
        #expect(Self.text(dir + "/all.json") == QueryResults(index: app.state.index, homes: app.state.results).json())
    }

    @Test func theOfferedNameIsInTheCurrentDirectoryAndSaysWhatAndWhen() {
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.character("e"))
        guard case .exportTo(let request)? = app.state.prompt?.purpose else {
            Issue.record("no export prompt")
            return
        }
        #expect(app.state.prompt?.line.string == "homes-list-2025-03-31.csv")
        #expect(request.path == "homes-list-2025-03-31.csv")
        app.press(.escape)
        #expect(app.state.prompt == nil)
        #expect(app.state.notice == "Cancelled: nothing written")
        app.press(.character("S"), .character("e"))
        #expect(app.state.prompt?.line.string == "homes-summary-authority-2025-03-31.csv")
        app.press(.escape, .escape, .character("c"), .character("e"))
        #expect(app.state.prompt?.line.string == "homes-changes-2025-03-31.csv")
    }

    @Test func anExistingFileIsOverwrittenOnlyAfterY() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/list.csv"
        try! Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        var app = TestSnapshots.app(RegisterScreenTests.two)
        Self.export(&app, to: path)
        guard case .overwrite? = app.state.prompt?.purpose else {
            Issue.record("no overwrite question")
            return
        }
        #expect(app.screen()[22].hasPrefix(" \(path) already exists"))
        #expect(app.screen()[23].hasPrefix("Overwrite it? y/n"))
        app.type("n")
        #expect(Self.text(path) == "keep me")
        #expect(app.state.notice == "Not overwritten: nothing written")
        // Enter alone is not a yes either.
        Self.export(&app, to: path)
        app.press(.enter)
        #expect(Self.text(path) == "keep me")
        Self.export(&app, to: path)
        app.type("y")
        #expect(Self.text(path) == QueryResults(index: app.state.index, homes: app.state.results).csv())
        #expect(AtomicFileNames.leftovers(dir).isEmpty)
    }

    @Test func aFailedWriteSaysWhyAndTheBrowserCarriesOn() {
        var app = TestSnapshots.app(RegisterScreenTests.two)
        Self.export(&app, to: "/nonexistent-homes-dir/list.csv")
        #expect(app.state.notice == "Nothing written: cannot write '/nonexistent-homes-dir/list.csv': folder '/nonexistent-homes-dir' does not exist; nothing written")
        #expect(app.screen()[23].hasPrefix(" Nothing written: cannot write '/nonexistent-homes-dir/list.csv'"))
        app.press(.down)
        #expect(app.state.notice == nil, "the notice lasts until the next key")
    }

    @Test func theSummaryExportedIsTheSummaryCommandsCSV() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.character("S"), .tab)
        Self.export(&app, to: dir + "/regions.csv")
        let expected = GroupResults(GroupSummary(index: app.state.index, query: .all, by: .region)).csv()
        #expect(Self.text(dir + "/regions.csv") == expected)
        #expect(expected.hasPrefix("group,homes,places,outstanding,good,ri,inadequate,none"))
    }

    @Test func theChangesExportedAreTheChangesCommandsCSV() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.character("c"))
        Self.export(&app, to: dir + "/changes.csv")
        guard case .changes(let changes)? = app.state.stack.last else {
            Issue.record("not on the changes screen")
            return
        }
        #expect(!changes.rows.isEmpty)
        #expect(Self.text(dir + "/changes.csv") == ChangeResults(index: app.state.index, changes: changes.all).csv())
    }

    @Test func markedHomesAreExportedInTheOrderMarked() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.down, .character("m"), .character("m"))
        let marked = app.state.marks
        #expect(marked.count == 2)
        app.press(.character("M"))
        Self.export(&app, to: dir + "/marked.csv")
        #expect(Self.text(dir + "/marked.csv") == QueryResults(index: app.state.index, homes: marked).csv())
        // The second and third homes of the list, in the order marked.
        #expect(marked == Array(app.state.results[1...2]))
    }

    @Test func noMarksNothingToExport() {
        var app = TestSnapshots.app(RegisterScreenTests.two)
        app.press(.character("M"), .character("e"))
        #expect(app.state.prompt == nil)
        #expect(app.state.notice == "No home is marked: nothing to export")
    }

    @Test func inMeetingModeAnExportCarriesNoChildReference() {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var app = BrowserApp(index: MeetingModeTests.sample, title: "sample", meeting: true)
        app.press(.character("/"))
        app.type("child:" + MeetingModeTests.child)
        app.press(.enter)
        #expect(app.state.results.count >= 2)
        Self.export(&app, to: dir + "/child.json")
        let text = Self.text(dir + "/child.json") ?? ""
        #expect(text.contains("\"urn\":\"2697992\""))
        #expect(text.range(of: #"C[0-9]{7}"#, options: .regularExpression) == nil)
    }
}

enum AtomicFileNames {
    /// Temporary files an interrupted write would leave (`.NAME.partial-XXXXXX`).
    static func leftovers(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.contains(".partial-") }
    }
}
