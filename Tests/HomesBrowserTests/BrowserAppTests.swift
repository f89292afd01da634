import Testing
import HomesData
@testable import HomesBrowser

@Suite struct BrowserAppTests {
    static func x(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return TextWidth.of(line[line.startIndex..<range.lowerBound])
    }

    /// Every home open at the snapshot date: Café Lodge (closed) is not listed.
    @Test func opensOnTheListOfEveryOpenHomeSortedByName() {
        let app = TestSnapshots.app()
        let lines = app.screen()
        #expect(lines.count == 24)
        #expect(lines[0].contains("every open home"))
        #expect(lines[2].hasPrefix(" SC100001 Brontë House"))
        #expect(lines[23].contains("4 open homes at 2025-03-31"))
    }

    @Test(arguments: [KeyEvent.character("q"), .character("Q"), .control("c")])
    func quitKeysOnTheListQuit(key: KeyEvent) {
        var app = TestSnapshots.app()
        #expect(app.handle(key) == .quit)
    }

    /// Esc on the list never quits: it clears the query, then does nothing.
    @Test func escOnTheListClearsTheQueryAndNeverQuits() {
        var app = TestSnapshots.app()
        app.press(.character("/"))
        app.type("zzzqqq")
        app.press(.enter)
        #expect(app.screen().contains { $0.contains("No home matches this query. Esc clears it; / changes it.") })
        #expect(app.handle(.escape) == .none)
        #expect(app.state.queryText == "")
        #expect(app.screen()[23].contains("4 open homes at 2025-03-31"))
        #expect(app.handle(.escape) == .none)
        #expect(app.state.results.count == 4)
    }

    @Test func qAndEscGoBackALevelAndQQuitsFromAnywhere() {
        var app = TestSnapshots.app()
        app.press(.enter, .character("G"))
        #expect(app.handle(.enter) == .none)
        #expect(app.state.screenKind == .journey)
        #expect(app.handle(.character("q")) == .none)
        #expect(app.state.screenKind == .detail)
        #expect(app.handle(.escape) == .none)
        #expect(app.state.screenKind == .list)
        app.press(.enter, .character("?"))
        #expect(app.handle(.character("Q")) == .quit)
    }

    @Test func ctrlZAsksTheAdapterToSuspend() {
        var app = TestSnapshots.app()
        #expect(app.handle(.control("z")) == .suspend)
    }

    @Test func judgementsAreColouredWithColour() {
        let app = TestSnapshots.app()
        let grid = app.draw(width: 80, height: 24)
        let line = grid.lines[3] // SC100005, Good (row 2 is selected)
        let x = BrowserAppTests.x(of: "Good", in: line)!
        #expect(grid[x, 3].style.foreground == .cyan)
        let inadequate = grid.lines[4]
        let xi = BrowserAppTests.x(of: "Inadequate", in: inadequate)!
        #expect(grid[xi, 4].style.foreground == .red)
        #expect(grid[xi, 4].style.bold)
    }

    @Test func withoutColourNoCellHasAColourAndInadequateIsReversed() {
        let app = TestSnapshots.app(colour: false)
        let grid = app.draw(width: 80, height: 24)
        #expect(grid.cells.allSatisfy { $0.style.foreground == .none })
        let line = grid.lines[4]
        let x = BrowserAppTests.x(of: "!! Inadequate", in: line)!
        #expect(grid[x, 4].style.reverse && grid[x, 4].style.bold)
    }

    @Test func theSelectedRowIsReversedAcrossTheWidth() {
        var app = TestSnapshots.app()
        app.press(.down)
        let grid = app.draw(width: 80, height: 24)
        #expect((0..<80).allSatisfy { grid[$0, 3].style.reverse })
        #expect(!(0..<80).contains { grid[$0, 2].style.reverse })
    }

    @Test func theCursorSitsAtTheCaretOfTheQueryLine() {
        var app = TestSnapshots.app()
        #expect(app.draw(width: 80, height: 24).cursor == nil)
        app.press(.character("/"))
        app.type("東京")
        #expect(app.draw(width: 80, height: 24).cursor.map { [$0.x, $0.y] } == [6, 22])
        app.press(.left)
        #expect(app.draw(width: 80, height: 24).cursor.map { [$0.x, $0.y] } == [4, 22])
    }

    @Test func theOffendingCharacterOfABadQueryIsMarked() {
        var app = TestSnapshots.app()
        app.press(.character("/"))
        app.type("leeds ratng:good")
        let grid = app.draw(width: 80, height: 24)
        // "/ " then the text: 'r' of ratng is at column 2 + 6.
        #expect(grid[8, 22].text == "r")
        #expect(grid[8, 22].style.reverse)
        #expect(!grid[7, 22].style.reverse)
    }

    @Test func resizingRedrawsAtTheNewSizeKeepingTheSelectionVisible() {
        var app = TestSnapshots.app(TestSnapshots.many(100))
        app.press(.character("G"))
        #expect(app.handle(.resize(width: 120, height: 12)) == .none)
        let lines = app.screen()
        #expect(lines.count == 12)
        #expect(lines.contains { $0.contains("Home dv") })
        #expect(app.state.list.scroll == 100 - 9)
    }

    @Test func belowTheMinimumSizeOnlyQuitAndResizeDoAnything() {
        var app = TestSnapshots.app(width: 40, height: 10)
        #expect(app.handle(.enter) == .none)
        #expect(app.state.stack.isEmpty)
        #expect(app.screen().contains { $0.contains("Terminal too small") })
        _ = app.handle(.resize(width: 80, height: 24))
        #expect(app.screen()[0].contains("homes"))
        var small = TestSnapshots.app(width: 40, height: 10)
        #expect(small.handle(.character("Q")) == .quit)
    }

    @Test func drawingAtAnotherSizeThanTheStateKnowsStillFits() {
        let app = TestSnapshots.app()
        let grid = app.draw(width: 100, height: 30)
        #expect(grid.width == 100 && grid.height == 30)
        #expect(grid.lines[29].contains("4 open homes at 2025-03-31"))
    }
}

@Suite struct DegenerateSizeTests {
    @Test(arguments: [(0, 0), (1, 1), (5, 2), (59, 40), (300, 11), (1000, 300)])
    func everyScreenDrawsAtAnySizeWithoutCrashing(width: Int, height: Int) {
        var app = TestSnapshots.app(width: width, height: height)
        for keys in [[KeyEvent](), [.enter], [.character("G"), .enter], [.character("?")], [.escape, .escape, .escape, .character("f")]] {
            app.press(.resize(width: 80, height: 24))
            app.press(contentsOf: keys)
            app.press(.resize(width: width, height: height))
            let grid = app.draw(width: width, height: height)
            #expect(grid.lines.count == height)
            #expect(grid.lines.allSatisfy { TextWidth.of($0) == width })
        }
    }
}

extension BrowserApp {
    mutating func press(contentsOf keys: [KeyEvent]) { for key in keys { _ = handle(key) } }
}
