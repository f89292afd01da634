import CNcursesw
import Foundation
import HomesBrowser
@testable import HomesTerminal
import Testing

/// Paints grids into a real curses screen (its output goes to a scratch file, not a
/// terminal) and reads curses' own idea of the screen back, cell by cell: what the
/// terminal would be sent is exactly the grid, including after partial repaints.
@Suite(.serialized) struct ScreenPainterTests {
    /// One curses screen for the whole suite: curses keeps global state.
    nonisolated(unsafe) static let screen: OpaquePointer? = {
        setlocale(LC_ALL, "C.UTF-8")
        let output = fopen(FileManager.default.temporaryDirectory.appendingPathComponent("homes-painter-\(getpid()).out").path, "w")
        let input = fopen("/dev/zero", "r")
        let screen = newterm("xterm-256color", output, input)
        resizeterm(24, 80)
        return screen
    }()

    private func painter() -> ScreenPainter {
        _ = Self.screen
        var painter = ScreenPainter(palette: StylePalette())
        painter.invalidate()
        return painter
    }

    /// The text curses holds at (x, y), and whether it is bold.
    private func cell(_ x: Int, _ y: Int) -> (text: String, bold: Bool) {
        var stored = cchar_t()
        mvwin_wch(homes_stdscr(), Int32(y), Int32(x), &stored)
        var wide = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &wide, &attributes, &pair, nil)
        let scalars = wide.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes & homes_a_bold() != 0)
    }

    private func grid(_ rows: [String], width: Int = 80, height: Int = 24) -> Grid {
        var grid = Grid(width: width, height: height)
        for (y, row) in rows.enumerated() {
            var x = 0
            for character in row {
                let wide = CellText.systemWidth(character.unicodeScalars.first!) == 2
                grid[x, y] = Cell(String(character))
                if wide { grid[x + 1, y] = Cell("") }
                x += wide ? 2 : 1
            }
        }
        return grid
    }

    /// Every cell of the grid that is not the right half of a wide character.
    private func expectScreen(equals grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<grid.height {
            for x in 0..<grid.width where !grid[x, y].text.isEmpty {
                let held = cell(x, y).text
                if held != grid[x, y].text {
                    Issue.record("(\(x), \(y)) holds \(held.debugDescription), the grid \(grid[x, y].text.debugDescription)", sourceLocation: sourceLocation)
                    return
                }
            }
        }
    }

    @Test func copiesTextAndAttributes() {
        var painter = painter()
        var g = grid(["URN      Name", "SC123456 Café Rose"])
        g[0, 0].style = Style(bold: true)
        painter.paint(g, screenWidth: 80, screenHeight: 24)
        expectScreen(equals: g)
        #expect(cell(0, 0).bold)
        #expect(!cell(1, 0).bold)
    }

    @Test func wideCharactersKeepTheColumnsAfterThem() {
        var painter = painter()
        let g = grid(["中文 x", "a中b"])
        painter.paint(g, screenWidth: 80, screenHeight: 24)
        expectScreen(equals: g)
        #expect(cell(5, 0).text == "x")
        #expect(cell(3, 1).text == "b")
    }

    @Test func controlsNeverReachCurses() {
        var painter = painter()
        var g = grid(["abc"])
        g[0, 0] = Cell("\u{1B}")
        g[1, 0] = Cell("\u{9B}")
        g[2, 0] = Cell("\u{202E}")
        painter.paint(g, screenWidth: 80, screenHeight: 24)
        #expect([cell(0, 0).text, cell(1, 0).text, cell(2, 0).text] == ["\u{FFFD}", "\u{FFFD}", "\u{FFFD}"])
    }

    @Test("a repaint of only what changed leaves the screen equal to the new grid", arguments: [
        (["中文字 end", "row two"], ["中x字 end", "row 2"]),
        (["abcdef"], ["a中def"]),
        (["a中def"], ["abcdef"]),
        (["long line of text"], ["short"]),
        (["", "", "bottom"], ["top", "", ""]),
    ])
    func partialRepaint(before: [String], after: [String]) {
        var painter = painter()
        painter.paint(grid(before), screenWidth: 80, screenHeight: 24)
        let next = grid(after)
        painter.paint(next, screenWidth: 80, screenHeight: 24)
        expectScreen(equals: next)
    }

    @Test func aGridSmallerThanTheScreenLeavesTheRestBlank() {
        var painter = painter()
        painter.paint(grid(Array(repeating: String(repeating: "#", count: 80), count: 24)), screenWidth: 80, screenHeight: 24)
        painter.invalidate()
        painter.paint(grid(["small"], width: 10, height: 3), screenWidth: 80, screenHeight: 24)
        #expect(cell(0, 0).text == "s")
        #expect(cell(10, 0).text == " ")
        #expect(cell(0, 3).text == " ")
        #expect(cell(79, 23).text == " ")
    }
}
