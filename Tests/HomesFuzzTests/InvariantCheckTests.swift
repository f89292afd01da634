import Testing
import HomesBrowser
import HomesData
@testable import HomesFuzz

/// The fuzzers are only as good as their checks: each check must say so when what it
/// guards is broken, or hours of fuzzing prove nothing.
@Suite struct InvariantCheckTests {
    /// A grid with one bad cell (its index, what it holds) and what the check must say.
    @Test(arguments: [
        (7, "\u{1B}", "control character reached the grid"),
        (5, "x", "outside its place"), // row 0, above the row drawn
        (6, "東", "without its second cell"),
    ])
    func aBrokenGridIsReported(cell: Int, text: String, says: String) {
        var grid = Grid(width: 6, height: 3)
        grid.cells[cell] = Cell(text)
        #expect(TextFuzz.gridViolations(grid, drawnFrom: 0, to: 6, what: "text").contains { $0.contains(says) })
    }

    @Test func aCleanGridPassesTheCheck() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.text("東京 ok", x: 0, y: 1)
        #expect(TextFuzz.gridViolations(canvas.grid, drawnFrom: 0, to: 10, what: "text").isEmpty)
    }

    @Test func aProblemPlacedAfterTheLastLineIsReported() {
        let bytes = Array("{\n}\n".utf8)
        let inside = LoadProblem(file: "f", location: .text(line: 3, column: 1), isWarning: false, message: "m")
        let outside = LoadProblem(file: "f", location: .text(line: 4, column: 1), isWarning: false, message: "m")
        #expect(SnapshotFuzz.locationsOutside([inside], of: bytes).isEmpty)
        #expect(SnapshotFuzz.locationsOutside([outside], of: bytes).count == 1)
    }

    @Test func snapshotsThatDifferAreReported() {
        let a = SnapshotGenerator(homes: 5, seed: 1).generate()
        var b = a
        b.placements.removeLast()
        #expect(SnapshotFuzz.differences(a, a).isEmpty)
        #expect(SnapshotFuzz.differences(a, b) == ["one pass and pieces load different placements"])
    }

    @Test(arguments: [
        ("one", 1), ("one\n--8<--\ntwo", 2), ("a\n--8<--\nb\n--8<--\nc\n--8<--\nd", 3), ("--8<--", 1),
    ])
    func inputsAreCutIntoAtMostThreeFiles(text: String, files: Int) {
        #expect(CSVFuzz.split(Array(text.utf8)).count == files)
    }

    @Test func csvLinesCountEveryEnding() {
        #expect(CSVFuzz.lineCount(Array("a\r\nb\rc\nd".utf8)) == 4)
    }

    @Test func aChildReferenceOnTheScreenIsFound() throws {
        let reference = try #require(FuzzSnapshot.index.snapshot.children.first)
        #expect(BrowserFuzz.referenceShown(in: ["Child A  moved 3 times", "•••"]) == nil)
        #expect(BrowserFuzz.referenceShown(in: ["journey of \(reference): 2 homes"])?.0 == Substring(reference))
    }

    @Test func theChildrenListOutsideMeetingModeShowsReferencesAndInsideItDoesNot() {
        // Both directions, so the fuzzer's meeting check is known to look at a screen
        // that could show references.
        var app = BrowserApp(index: FuzzSnapshot.index, title: "t", writesFiles: false)
        _ = app.handle(.character("C"))
        #expect(BrowserFuzz.referenceShown(in: app.draw(width: 100, height: 30).lines) != nil)
        _ = app.handle(.function(9))
        #expect(app.state.meeting)
        #expect(BrowserFuzz.referenceShown(in: app.draw(width: 100, height: 30).lines) == nil)
        #expect(BrowserFuzz.check(app, width: 100, height: 30) == nil)
    }
}
