import Testing
import HomesData
@testable import HomesBrowser

/// The mouse as the browser core sees it: events from the adapter become actions on the
/// screen on top, which finds the row under the cell from its own layout (header rows,
/// scroll). Checked on the lines drawn, as a user would see them.
@Suite struct MouseTests {
    static func mouse(_ app: inout BrowserApp, _ kind: MouseEvent.Kind, x: Int = 10, y: Int) {
        #expect(app.handle(.mouse(MouseEvent(kind, x: x, y: y))) == .none)
    }

    /// A double click as the adapter reports it: a press, then the double click.
    static func doubleClick(_ app: inout BrowserApp, x: Int = 10, y: Int) {
        mouse(&app, .press, x: x, y: y)
        mouse(&app, .doubleClick, x: x, y: y)
    }

    static func urn(_ line: String) -> String { String(line.split(separator: " ").first ?? "") }

    /// The status line's "a/b" (a document's position), or "a–b" (the list's range).
    static func status(_ app: BrowserApp) -> String { app.screen().last ?? "" }

    // MARK: List

    @Test("a click on a list row selects it: Enter then opens that home", arguments: [2, 3, 4, 5])
    func clickSelectsTheRowUnderIt(y: Int) {
        var app = TestSnapshots.app()
        let clicked = Self.urn(app.screen()[y])
        Self.mouse(&app, .press, y: y)
        #expect(app.screen()[y] == TestSnapshots.app().screen()[y], "a click changes no text")
        app.press(.enter)
        #expect(app.screen()[0].contains(clicked), "Enter after the click opened \(app.screen()[0])")
    }

    /// The header, the column titles, the rows past the last home and the status line
    /// hold no home: a click there leaves the selection where it was.
    @Test("a click off the rows selects nothing", arguments: [0, 1, 6, 12, 23])
    func clickOffTheRows(y: Int) {
        var app = TestSnapshots.app()
        app.press(.down)
        Self.mouse(&app, .press, y: y)
        #expect(app.state.list.cursor == 1)
    }

    @Test func doubleClickOpensTheRowUnderIt() {
        var app = TestSnapshots.app()
        let clicked = Self.urn(app.screen()[4])
        Self.doubleClick(&app, y: 4)
        #expect(app.state.screenKind == .detail)
        #expect(app.screen()[0].contains(clicked))
        // Back on the list, the home opened is the one selected.
        app.press(.escape)
        #expect(app.state.selectedHome == app.state.results[2])
    }

    @Test func doubleClickOffTheRowsOpensNothing() {
        var app = TestSnapshots.app()
        Self.doubleClick(&app, y: 1)
        #expect(app.state.screenKind == .list)
    }

    /// The wheel moves three rows a notch, and the list scrolls to keep the cursor shown.
    @Test func wheelMovesThreeRows() {
        var app = TestSnapshots.app(BrowserStateTests.hundred)
        for _ in 0..<8 { Self.mouse(&app, .wheelDown, y: 5) }
        #expect(app.state.list.cursor == 24)
        #expect(Self.status(app).hasPrefix(" 5–25 of 100"), "\(Self.status(app))")
        Self.mouse(&app, .wheelUp, y: 5)
        #expect(app.state.list.cursor == 21)
        // A click counts from the first row shown, not the first home.
        Self.mouse(&app, .press, y: 2)
        #expect(app.state.list.cursor == app.state.list.scroll)
        #expect(app.state.list.scroll == 4)
    }

    /// Meeting mode's banner takes the top row: the rows are one lower, and so is the click.
    @Test func meetingBannerShiftsTheRows() {
        var app = TestSnapshots.app()
        app.press(.function(9))
        #expect(app.state.meeting)
        let clicked = Self.urn(app.screen()[5])
        Self.mouse(&app, .press, y: 5)
        app.press(.enter)
        #expect(app.screen()[1].contains(clicked), "\(app.screen()[1])")
    }

    // MARK: Filter panel

    @Test func clickTicksAFilterValueAndDoubleClickLeavesItTicked() {
        var app = TestSnapshots.app(width: 100)
        app.press(.character("f"))
        app.press(.tab, .tab, .tab, .tab)
        let lines = app.screen()
        guard let y = lines.firstIndex(where: { $0.contains("[ ] Manchester") }) else {
            Issue.record("no Manchester value:\n\(lines.joined(separator: "\n"))")
            return
        }
        let x = lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: "[ ]")!.lowerBound)
        Self.mouse(&app, .press, x: x + 6, y: y)
        #expect(app.screen()[y].contains("[x] Manchester"))
        #expect(app.state.queryText.contains("manchester"))
        // Again: unticked, as Space would.
        Self.mouse(&app, .press, x: x + 6, y: y)
        #expect(app.screen()[y].contains("[ ] Manchester"))
        // A double click ticks it once (the second press only selects).
        Self.doubleClick(&app, x: x + 6, y: y)
        #expect(app.screen()[y].contains("[x] Manchester"))
        // Enter keeps it: the list is narrowed.
        app.press(.enter)
        #expect(app.state.screenKind == .list)
        #expect(app.state.results.count == 2, "the two open homes in Manchester")
    }

    @Test func clickOnAFacetShowsItsValues() {
        var app = TestSnapshots.app(width: 100)
        app.press(.character("f"))
        let lines = app.screen()
        guard let y = lines.firstIndex(where: { $0.hasPrefix("  Local authority") }) else {
            Issue.record("no Local authority facet:\n\(lines.joined(separator: "\n"))")
            return
        }
        Self.mouse(&app, .press, x: 3, y: y)
        #expect(app.screen()[y].hasPrefix("▸ Local authority"))
        #expect(app.screen().last?.contains("Local authority: 3 values") == true, "\(Self.status(app))")
        #expect(app.screen()[2].contains("[ ] Manchester"), "the values of the facet clicked")
        #expect(app.state.queryText == "", "a click on a facet ticks nothing")
    }

    // MARK: Documents

    /// A click on a line of the detail puts the cursor there (the status line says which);
    /// a double click on a placement opens the child's journey, as Enter does.
    @Test func documentClickSelectsALineAndDoubleClickOpensIt() {
        var app = TestSnapshots.app()
        app.press(.enter)
        #expect(app.state.screenKind == .detail)
        Self.mouse(&app, .press, y: 6)
        #expect(Self.status(app).hasPrefix(" 6/"), "\(Self.status(app))")
        // The title bar and the status line are no line of the document.
        Self.mouse(&app, .press, y: 0)
        Self.mouse(&app, .press, y: 23)
        #expect(Self.status(app).hasPrefix(" 6/"))
        app.press(.tab)
        while case .detail(_, let doc) = app.state.stack.last, case .none = doc.lines[doc.view.cursor].target { app.press(.tab) }
        guard case .detail(_, let doc) = app.state.stack.last else { return }
        let y = 1 + doc.view.cursor - doc.view.scroll
        Self.mouse(&app, .press, y: 1)  // away from the placement first
        Self.doubleClick(&app, y: y)
        #expect(app.state.screenKind == .journey, "\(app.screen().joined(separator: "\n"))")
    }

    @Test func wheelScrollsTheHelp() {
        var app = TestSnapshots.app()
        app.press(.character("?"))
        #expect(Self.status(app).hasPrefix(" 1/"))
        Self.mouse(&app, .wheelDown, y: 10)
        Self.mouse(&app, .wheelDown, y: 10)
        #expect(Self.status(app).hasPrefix(" 7/"), "\(Self.status(app))")
        Self.mouse(&app, .wheelUp, y: 10)
        #expect(Self.status(app).hasPrefix(" 4/"))
        // The help has no cursor: a click changes nothing.
        Self.mouse(&app, .press, y: 10)
        #expect(Self.status(app).hasPrefix(" 4/"))
    }

    // MARK: Other screens

    /// The summary, the children and the changes select the row clicked, and a double
    /// click acts as Enter (the summary narrows the list to the group).
    @Test func summaryRowsTakeClicks() {
        var app = TestSnapshots.app()
        app.press(.character("S"))
        guard case .summary(let before)? = app.state.stack.last, before.rows.count >= 2 else {
            Issue.record("no summary with two groups")
            return
        }
        Self.mouse(&app, .press, y: 4)
        guard case .summary(let after)? = app.state.stack.last else { return }
        #expect(after.view.cursor == 1)
        Self.doubleClick(&app, y: 4)
        #expect(app.state.screenKind == .list)
        #expect(!app.state.queryText.isEmpty)
    }

    @Test func childrenRowsTakeClicks() {
        var app = TestSnapshots.app()
        app.press(.character("C"))
        guard case .children(let children)? = app.state.stack.last, !children.rows.isEmpty else {
            Issue.record("no children")
            return
        }
        Self.doubleClick(&app, y: 2)
        #expect(app.state.screenKind == .journey)
    }

    /// The changes screen's rows start under its counts by kind, whose height depends on
    /// the width: a click finds the row the screen drew there, at 80 columns and wide.
    @Test(arguments: [80, 160])
    func changesRowsTakeClicks(width: Int) {
        var app = TestSnapshots.app(RegisterScreenTests.two, width: width)
        app.press(.character("c"))
        guard case .changes(let changes)? = app.state.stack.last, changes.rows.count >= 3 else {
            Issue.record("no changes")
            return
        }
        let top = changes.firstRow(width: width)
        let line = app.screen()[top + 2]
        let urn = app.state.index.snapshot.homes[Int(changes.rows[2].home)].urn
        #expect(line.contains(urn), "row 2 is drawn at \(top + 2): \(line)")
        Self.mouse(&app, .press, y: top - 1)  // the column titles
        guard case .changes(let unmoved)? = app.state.stack.last else { return }
        #expect(unmoved.view.cursor == 0)
        Self.doubleClick(&app, y: top + 2)
        #expect(app.state.screenKind == .detail)
        #expect(app.screen()[0].contains(urn), "\(app.screen()[0])")
    }

    @Test func aPromptTakesNoMouse() {
        var app = TestSnapshots.app()
        app.press(.character("e"))
        #expect(app.state.screenKind == .prompt)
        #expect(app.actions(for: MouseEvent(.press, x: 5, y: 3)).isEmpty)
        #expect(app.actions(for: MouseEvent(.wheelDown, x: 5, y: 3)).isEmpty)
    }
}
