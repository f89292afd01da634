import Testing
import HomesData
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

    @Test(arguments: Array(Canvas.narrowSymbols))
    func theFastPathsSymbolsAreOneColumnAndNeedNoSanitising(symbol: Unicode.Scalar) {
        #expect(TextWidth.of(String(symbol)) == 1)
        #expect(Sanitiser.clean(String(symbol)) == String(symbol))
    }

    /// `cell` draws printable ASCII and the narrow symbols itself: every cell must be what
    /// the general path (sanitise, fit, draw) gives, at every width, both alignments, and
    /// partly off either edge of the grid.
    @Test(arguments: ["", "12", "Leeds", "—", "RI ↓", "▲ Name", "a·b–c…", "↑↓", "Ch. home × 2", "é—", "a\u{1B}—", "中—"])
    func cellDrawsWhatTheGeneralPathDraws(raw: String) {
        for width in 1...8 {
            for x in [-2, 0, 3, 7] {
                for alignment in [TextLayout.Alignment.left, .right] {
                    var fast = Canvas(width: 10, height: 1), general = Canvas(width: 10, height: 1)
                    fast.cell(raw, x: x, y: 0, width: width, style: Style(bold: true), alignment: alignment)
                    let fitted = TextLayout.fit(Sanitiser.clean(raw), width: width, alignment: alignment)
                    general.text(fitted, x: x, y: 0, width: width, style: Style(bold: true), truncate: false)
                    #expect(fast.grid == general.grid, "\(raw) width \(width) at \(x) \(alignment)")
                }
            }
        }
    }
}
