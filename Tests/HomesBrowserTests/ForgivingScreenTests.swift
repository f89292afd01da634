import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Issue 9, "the browser forgives and explains": each test starts from the keys a user
/// presses and checks what the screen must then show, at 80x24 unless the point is about
/// another size.
extension BrowserApp {
    /// The screen with trailing spaces trimmed.
    func shown() -> [String] { draw(width: state.width, height: state.terminalHeight).trimmedLines }
}

@Suite struct ForgivingScreenTests {
    static func app(_ snapshot: Snapshot = TestSnapshots.small(), width: Int = 80, height: Int = 24, colour: Bool = true,
                    store: QueryHistoryStore? = nil) -> BrowserApp {
        var app = BrowserApp(index: SnapshotIndex(snapshot), title: "test", colour: colour, historyStore: store)
        _ = app.handle(.resize(width: width, height: height))
        return app
    }

    static func query(_ text: String, on app: inout BrowserApp) {
        app.press(.character("/"), .control("u"))
        app.type(text)
        app.press(.enter)
    }

    // MARK: Never lose the user's place

    /// `245–266 of 4,006`: where the view is, on the status line, as it scrolls.
    @Test(arguments: [
        ([KeyEvent](), " 1–21 of 100 open homes at 2025-03-31"),
        ([.pageDown], " 22–42 of 100 open homes at 2025-03-31"),
        ([.end], " 80–100 of 100 open homes at 2025-03-31"),
    ])
    func theStatusLineSaysWhereTheViewIs(keys: [KeyEvent], expected: String) {
        var app = Self.app(TestSnapshots.many(100))
        for key in keys { app.press(key) }
        #expect(app.shown()[23].hasPrefix(expected))
    }

    @Test func aQueryLongerThanAPageSaysHowManyMatch() {
        var app = Self.app(TestSnapshots.many(100))
        Self.query("home", on: &app)
        app.press(.pageDown)
        #expect(app.shown()[23].hasPrefix(" 22–42 of 100 matching · 100 open homes · sort: Name ▲"))
    }

    /// `6` sorts by places, most first, and shows the top: the row under the titles is a
    /// home with the most places, whichever home was selected before.
    @Test func aFreshSortShowsTheTopOfTheList() {
        var app = Self.app(TestSnapshots.many(100))
        app.press(.pageDown, .pageDown, .down)
        let selected = app.state.selectedHome
        app.type("6")
        let lines = app.shown()
        #expect(lines[1].contains("Pl. ▼"))
        #expect(lines[2].hasSuffix(" 6 —        never"))
        #expect(lines[23].hasPrefix(" 1–21 of 100 open homes"))
        app.type("'")
        #expect(app.state.selectedHome == selected)
    }

    /// `la:brimingham`: the rows are Bristol's (the last query that parsed, `la:bri`), so
    /// the title bar says so, the rows are dim, and the error and its whole suggestion
    /// take two lines at 80 columns.
    @Test func aQueryWithAnErrorShowsWhichQueryTheRowsAnswer() {
        let snapshot = TestSnapshots.small()
        var app = Self.app(snapshot)
        app.press(.character("/"))
        app.type("la:manchesterr")
        let grid = app.draw(width: 80, height: 24)
        let lines = grid.trimmedLines
        #expect(lines[0].hasSuffix("rows for: la:manchester"))
        #expect(lines[2].hasPrefix(" SC100005"))
        #expect((0..<80).allSatisfy { grid[$0, 2].style.dim })
        #expect(lines[21] == "/ la:manchesterr")
        #expect(lines[22] == " ✖ no local authority in this snapshot matches 'manchesterr'")
        #expect(lines[23] == " did you mean 'manchester'?")
        #expect(app.state.listPage == 19)
    }

    /// The error alone: no "No home matches" above it about an older query.
    @Test func anErrorIsShownAloneWhenTheLastGoodQueryFindsNothing() {
        var app = Self.app()
        app.press(.character("/"))
        app.type("placementz>20")
        let lines = app.shown()
        #expect(!lines.contains { $0.contains("No home matches") })
        #expect(lines[23] == " ✖ unknown field 'placementz' — did you mean 'placements'?")
    }

    @Test(arguments: [("occupancyy:", " ✖ unknown field 'occupancyy' — did you mean 'occupancy'?"),
                      ("zzz:", " ✖ unknown field 'zzz'"),
                      ("rating:", " ✖ expected a value after 'rating:'")])
    func aFieldNameIsJudgedBeforeItsMissingValue(typed: String, expected: String) {
        var app = Self.app()
        app.press(.character("/"))
        app.type(typed)
        #expect(app.shown()[23] == expected)
    }

    /// ↑ and Ctrl-P recall kept queries, newest first; ↓ and Ctrl-N come back to what was
    /// being typed. The history is in the file for the next start.
    @Test func queryHistoryIsRecalledAndKeptForTheNextStart() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("homes-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = QueryHistoryStore(url: directory.appendingPathComponent("homes/history"))
        var app = Self.app(store: store)
        Self.query("leeds", on: &app)
        Self.query("rating:good", on: &app)
        #expect(try String(contentsOf: store.url, encoding: .utf8) == "leeds\nrating:good\n")

        var next = Self.app(store: store)
        next.press(.character("/"))
        next.type("man")
        next.press(.up)
        #expect(next.shown()[22] == "/ rating:good")
        next.press(.control("p"))
        #expect(next.shown()[22] == "/ leeds")
        #expect(next.shown()[2].hasPrefix(" SC100001 Brontë House"))
        next.press(.up) // nothing older: stays
        #expect(next.shown()[22] == "/ leeds")
        next.press(.down, .control("n"))
        #expect(next.shown()[22] == "/ man")
        next.press(.escape)
        #expect(next.state.queryText == "")
    }

    @Test func anUnwritableHistoryIsNeverAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("homes-not-a-dir-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let store = QueryHistoryStore(url: file.appendingPathComponent("homes/history"))
        #expect(!store.save(QueryHistory(["leeds"])))
        var app = Self.app(store: store)
        Self.query("leeds", on: &app)
        app.press(.character("/"), .up)
        #expect(app.shown()[22] == "/ leeds")
    }

    @Test(arguments: [
        ([String: String](), nil),
        (["HOME": "/home/i"], "/home/i/.local/state/homes/history"),
        (["HOME": "/home/i", "XDG_STATE_HOME": "/tmp/state"], "/tmp/state/homes/history"),
        (["HOME": "/home/i", "XDG_STATE_HOME": "relative"], "/home/i/.local/state/homes/history"),
    ])
    func historyLivesInTheXDGStateDirectory(environment: [String: String], path: String?) {
        #expect(QueryHistoryStore.standard(environment: environment)?.url.path == path)
    }

    // MARK: Say what people mean

    @Test func aWordThatIsAValueSuggestsItsFieldForm() {
        var app = Self.app()
        Self.query("leeds outstanding", on: &app)
        let lines = app.shown()
        #expect(lines[2].hasPrefix(" SC100001 Brontë House"))
        #expect(lines[23].hasSuffix("try: la:leeds rating:outstanding"))
    }

    @Test func helpTeachesTheQueryLanguageFirst() {
        var app = Self.app()
        app.press(.character("?"))
        let lines = app.shown()
        #expect(lines[1] == " Finding homes: / then type")
        #expect(lines[3] == "   la:leeds rating:ri,inadequate    field:value; a comma: either value")
        #expect(lines[5] == "   -sector:private                  a leading - leaves those out")
        // The keys of the screen it came from follow on the first page.
        #expect(lines.contains { $0.hasPrefix("   ↑ k") && $0.hasSuffix("Move up one line") })
    }

    @Test func helpExplainsDimNamesAndMarks() {
        let text = HelpDocument.make(for: .list, colour: true).lines.map(\.plainText).joined(separator: " ")
        for words in ["A dim name is the owner's", "↑ better, ↓ worse, = the same", "!! Inadequate", "245–266 of 4,006"] {
            #expect(text.contains(words), "\(words)")
        }
    }

    // MARK: Fewer keys

    /// A `child:` query opens a home on that child's placement.
    @Test func openingAHomeFromAChildQuerySelectsThatChildsPlacement() {
        var app = Self.app()
        Self.query("child:C0000001", on: &app)
        app.press(.enter)
        guard case .detail(_, let doc)? = app.state.stack.last else { Issue.record("no detail"); return }
        guard case .placement(let p) = doc.lines[doc.view.cursor].target else { Issue.record("not on a placement"); return }
        #expect(app.state.index.snapshot.placements[Int(p)].child == 0)
        let lines = app.shown()
        #expect(lines.contains { $0.hasPrefix("  C0000001  2024-06-11  ongoing") })
    }

    @Test func enterOnAHeadingSaysWhyNothingOpened() {
        var app = Self.app()
        app.press(.enter, .enter)
        #expect(app.state.screenKind == .detail)
        #expect(app.shown()[23] == " 1/38 · Nothing to open here: Tab to Placements, Enter on a child")
        app.press(.down)
        #expect(!app.shown()[23].contains("Nothing to open"))
    }

    @Test func filterPanelJumpsToTypedValuesAndReopensOnTheLastFacet() {
        var app = Self.app()
        app.press(.character("f"))
        for _ in 0..<4 { app.press(.tab) } // Local authority
        app.type("west")
        guard case .filters(let panel)? = app.state.stack.last else { Issue.record("no panel"); return }
        #expect(panel.values[panel.view.cursor].label == "Westminster")
        #expect(app.shown()[23].hasSuffix("jump: west"))
        app.press(.character(" "), .enter)
        #expect(app.state.queryText == "la:westminster")
        app.press(.character("f"))
        guard case .filters(let again)? = app.state.stack.last else { Issue.record("no panel"); return }
        #expect(Facet.allCases[again.facet] == .authority)
    }

    /// `f` closes the panel, except in the middle of a word being typed to jump.
    @Test func fIsALetterOnceAJumpHasBegun() {
        var app = Self.app()
        app.press(.character("f"), .tab, .tab, .tab, .tab)
        app.type("mf")
        #expect(app.state.screenKind == .filters)
        app.press(.backspace, .backspace, .character("f"))
        #expect(app.state.screenKind == .list)
    }

    @Test func escInTheFilterPanelUndoesItsChangesAndEnterKeepsThem() {
        var app = Self.app()
        Self.query("leeds", on: &app)
        app.press(.character("f"), .down, .character(" "))
        #expect(app.state.queryText == "leeds rating:good")
        app.press(.escape)
        #expect(app.state.screenKind == .list)
        #expect(app.state.queryText == "leeds")
        app.press(.character("f"), .character(" "), .character("f"))
        #expect(app.state.queryText == "leeds rating:outstanding")
    }

    /// The journey states every move, who placed the child, where each home is, and each
    /// ending in words.
    @Test func childJourneyStatesTotalsAuthoritiesAndEndings() {
        var app = Self.app(width: 200, height: 50)
        app.press(.enter, .character("G"), .up, .up, .enter)
        let lines = app.shown()
        #expect(lines[3] == "  Moves               1 in all, 1 in the last 12 months")
        #expect(lines[4] == "  Placed by           Manchester")
        #expect(lines[5] == "  Homes in            Leeds, Manchester")
        #expect(lines[6] == "  Endings             1 unplanned, 1 ongoing")
        #expect(lines.contains { $0.contains("unplanned  Manchester") && $0.contains("Carer asked to end it: child's behaviour") })
        #expect(!lines.contains { $0.contains("CREQB") })
    }

    @Test func endingsAreInWordsAndOneEndingIsOne() {
        var app = Self.app(width: 200, height: 50)
        app.press(.enter)
        let home = app.shown()
        #expect(home.contains { $0.hasSuffix("planned: Change to or implementation of the care plan") })
        app.press(.character("]"), .character("]"))
        let manchester = app.shown()
        #expect(manchester.contains { $0.hasPrefix("  Unplanned endings ") && $0.hasSuffix(" the one ending in the last 12 months was unplanned") })
        #expect(!manchester.contains { $0.contains("1 of 1 endings") })
    }

    @Test func anInterimOutcomeIsSaidWhole() {
        var snapshot = TestSnapshots.small()
        snapshot.inspections.append(Inspection(eventNumber: 10000099, eventType: 0, kind: .interim, date: TestSnapshots.day("2025-02-01"),
                                               published: nil, overall: .declinedEffectiveness, helpedAndProtected: nil,
                                               leadersAndManagers: nil, education: nil, health: nil))
        snapshot.homes[4].inspections = snapshot.homes[4].inspections.lowerBound..<Int32(snapshot.inspections.count)
        for colour in [true, false] {
            var app = Self.app(snapshot, colour: colour)
            Self.query("sc100005", on: &app)
            app.press(.enter, .tab)
            #expect(app.shown().contains { $0.contains("2025-02-01") && $0.contains("Declined effectiveness") }, "colour \(colour)")
        }
    }

    // MARK: Columns

    @Test(arguments: [
        (ListColumn.authority, 9, "▲", "LA ▲"),
        (.authority, 15, "▼", "Authority ▼"),
        (.authority, 17, "▼", "Local authority ▼"),
        (.places, 3, "▼", "… ▼"),
        (.places, 6, "▼", "Pl. ▼"),
        (.name, 12, "▲", "Name ▲"),
        (.unplanned, 5, "▼", "Un… ▼"),
        (.unplanned, 9, "▼", "Unpl. ▼"),
        (.rating, 13, nil as String?, "Rating"),
    ] as [(ListColumn, Int, String?, String)])
    func aSortArrowIsNeverCutFromAHeader(column: ListColumn, width: Int, arrow: String?, expected: String) {
        let heading = column.heading(width: width, arrow: arrow)
        #expect(heading == expected)
        #expect(TextWidth.of(heading) <= width)
    }

    /// A list of Leeds homes needs five columns for the authority: the name gets the rest.
    @Test func columnsGiveTheNameWhatTheyDoNotNeed() {
        var app = Self.app()
        let before = app.state.listLayout.columns.first { $0.column == .name }!.width
        Self.query("la:leeds", on: &app)
        let layout = app.state.listLayout
        #expect(layout.columns.first { $0.column == .authority }!.width == 5) // "Leeds", headed "LA"
        #expect(app.shown()[1].contains(" LA "))
        #expect(layout.columns.first { $0.column == .name }!.width > before)
        #expect(layout.columns.last!.x + layout.columns.last!.width <= 80)
    }

    /// Wide terminals add the owner before names grow past a comfortable width; sorting by
    /// a column not shown at 80 shows it.
    @Test func wideTerminalsAddTheOwnerAndASortedColumnIsAlwaysShown() {
        let wide = Self.app(width: 200, height: 50).shown()
        #expect(wide[1].contains("Owner"))
        #expect(wide[2].contains("Brightpath Care Ltd"))
        let narrow = Self.app().shown()
        #expect(!narrow[1].contains("Owner"))
        var sorted = Self.app()
        sorted.type("0")
        #expect(sorted.shown()[1].contains("Unpl. ▼"))
        #expect(sorted.shown()[1].hasSuffix("Last visit"))
    }
}
