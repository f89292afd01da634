import Testing
@testable import HomesBrowser

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsTheSecondEmpty() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.text("中a", x: 0, y: 0)
        #expect(canvas.grid[0, 0].text == "中")
        #expect(canvas.grid[1, 0].text == "")
        #expect(canvas.grid[2, 0].text == "a")
        #expect(canvas.grid.lines == ["中a   "])
    }

    @Test func textIsClippedToItsBoxWithAnEllipsis() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.text("abcdefgh", x: 1, y: 0, width: 5)
        #expect(canvas.grid.lines == [" abcd…    "])
    }

    @Test func aWideCharacterThatDoesNotFitLeavesABlankNotAHalf() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.text("a中", x: 0, y: 0, width: 2, truncate: false)
        #expect(canvas.grid.lines == ["a  "])
        #expect(canvas.grid[1, 0].text == " ")
    }

    @Test func textIsSanitisedOnTheWayIn() {
        var canvas = Canvas(width: 8, height: 1)
        canvas.text("a\u{1B}[2J", x: 0, y: 0)
        #expect(canvas.grid.lines == ["a␛[2J   "])
    }

    @Test func drawingOutsideTheGridIsIgnored() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.text("far", x: 10, y: 0)
        canvas.text("low", x: 0, y: 5)
        canvas.text("abc", x: -1, y: 1)
        canvas.fill(x: -3, y: -3, width: 100, height: 1)
        #expect(canvas.grid.lines == ["    ", "bc  "])
    }

    @Test func cellPadsAndAlignsRight() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.cell("12", x: 0, y: 0, width: 4, alignment: .right)
        #expect(canvas.grid.lines == ["  12  "])
    }
}
