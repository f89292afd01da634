import CNcursesw
import HomesBrowser

/// Copies grids to curses' screen, touching only what changed since the last one.
///
/// curses already sends the terminal only the difference between its screens; keeping
/// the previous grid here also saves building a cchar for every cell of every frame,
/// which matters at 250x60 while typing in the query line.
struct ScreenPainter {
    private var previous: Grid?
    let palette: StylePalette

    init(palette: StylePalette) { self.palette = palette }

    /// Forget what is on screen (after a resize, a suspend, or anything else that may have
    /// changed the terminal behind curses' back): the next paint writes every cell.
    mutating func invalidate() {
        previous = nil
        wclear(homes_stdscr())
    }

    /// Writes `grid` into curses' standard screen (nothing reaches the terminal until
    /// `doupdate`). The screen may differ in size from the grid: the overlap is drawn and
    /// the rest blanked.
    mutating func paint(_ grid: Grid, screenWidth: Int, screenHeight: Int) {
        let window = homes_stdscr()
        if let previous, previous.width != grid.width || previous.height != grid.height { invalidate() }
        let width = min(grid.width, screenWidth)
        let height = min(grid.height, screenHeight)
        for y in 0..<height {
            guard let range = changedColumns(in: grid, row: y, width: width) else { continue }
            paintRow(grid, row: y, columns: range, window: window)
        }
        if previous == nil, width < screenWidth || height < screenHeight {
            wattr_set(window, homes_a_normal(), 0, nil)
            for y in 0..<screenHeight where y >= height || width < screenWidth {
                wmove(window, Int32(y), Int32(y >= height ? 0 : width))
                wclrtoeol(window)
            }
        }
        previous = grid
    }

    /// The first and last column of `row` that differ from the previous grid, widened so a
    /// wide character is always rewritten whole.
    private func changedColumns(in grid: Grid, row y: Int, width: Int) -> ClosedRange<Int>? {
        guard let previous else { return width > 0 ? 0...(width - 1) : nil }
        let base = y * grid.width
        var first = -1
        for x in 0..<width where grid.cells[base + x] != previous.cells[base + x] {
            first = x
            break
        }
        guard first >= 0 else { return nil }
        var last = first
        for x in stride(from: width - 1, to: first, by: -1) where grid.cells[base + x] != previous.cells[base + x] {
            last = x
            break
        }
        while first > 0 && grid.cells[base + first].text.isEmpty { first -= 1 }
        if last + 1 < width && grid.cells[base + last + 1].text.isEmpty { last += 1 }
        return first...last
    }

    private func paintRow(_ grid: Grid, row y: Int, columns: ClosedRange<Int>, window: UnsafeMutablePointer<WINDOW>?) {
        let base = y * grid.width
        var coveredUntil = columns.lowerBound
        var character = cchar_t()
        var wide: [wchar_t] = Array(repeating: 0, count: CellText.maximumMarks + 3)
        for x in columns {
            let cell = grid.cells[base + x]
            if x < coveredUntil { continue }  // the right half of a wide character just written
            let (attributes, pair) = palette.attributes(cell.style)
            let scalars: [Unicode.Scalar]
            let columnsUsed: Int
            if cell.text.isEmpty {
                // A right half whose left half was not wide after all: blank it.
                (scalars, columnsUsed) = ([" "], 1)
            } else {
                let nextIsRightHalf = x + 1 < grid.width && x + 1 <= columns.upperBound && grid.cells[base + x + 1].text.isEmpty
                (scalars, columnsUsed) = CellText.scalars(
                    for: cell.text.unicodeScalars, wide: nextIsRightHalf, width: CellText.systemWidth)
            }
            for (i, scalar) in scalars.enumerated() { wide[i] = wchar_t(bitPattern: scalar.value) }
            wide[scalars.count] = 0
            setcchar(&character, wide, attributes, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x), &character)
            coveredUntil = x + columnsUsed
        }
    }
}
