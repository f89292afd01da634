import HomesData

/// Draws text into a `Grid`: clipped to a box, by display width, always sanitised.
///
/// Widgets draw only through this, so no unsanitised string and no half of a wide
/// character can end up in a cell.
public struct Canvas {
    public var grid: Grid

    public init(width: Int, height: Int) { grid = Grid(width: width, height: height) }

    public var width: Int { grid.width }
    public var height: Int { grid.height }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain) {
        let x0 = max(0, x), x1 = min(grid.width, x + width)
        let y0 = max(0, y), y1 = min(grid.height, y + height)
        guard x0 < x1, y0 < y1 else { return }
        let blank = Cell(" ", style: style)
        for row in y0..<y1 { for column in x0..<x1 { grid[column, row] = blank } }
    }

    /// Sets the style of a row segment without changing its text (selection bars).
    public mutating func restyle(x: Int, y: Int, width: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < grid.height else { return }
        for column in max(0, x)..<min(grid.width, x + width) { change(&grid[column, y].style) }
    }

    /// Draws text at (x, y) within `width` columns (default: to the right edge), cut with
    /// "…" if it does not fit. Returns the columns used. The text is sanitised here.
    @discardableResult
    public mutating func text(_ raw: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain,
                              truncate: Bool = true) -> Int {
        guard y >= 0, y < grid.height, x < grid.width else { return 0 }
        let limit = min(width ?? (grid.width - x), grid.width - x)
        guard limit > 0 else { return 0 }
        let clean = Sanitiser.clean(raw)
        let shown = truncate ? TextLayout.truncate(clean, toWidth: limit) : clean
        var column = x
        let end = x + limit
        if Sanitiser.isPlainASCII(shown) {
            for byte in shown.utf8 {
                if column >= end { break }
                if column >= 0 { grid[column, y] = Cell(String(UnicodeScalar(byte)), style: style) }
                column += 1
            }
            return column - x
        }
        for character in shown {
            let w = TextWidth.of(character)
            if w == 0 { continue } // cannot happen after sanitising; never give a cell no width
            if column + w > end {
                // A wide character that does not fit: blank the remaining column instead.
                if column < end, column >= 0 { grid[column, y] = Cell(" ", style: style) ; column += 1 }
                break
            }
            if column >= 0 {
                grid[column, y] = Cell(String(character), style: style)
                if w == 2 { grid[column + 1, y] = Cell("", style: style) }
            }
            column += w
        }
        return column - x
    }

    /// Draws text padded or cut to exactly `width` columns, aligned left or right.
    public mutating func cell(_ raw: String, x: Int, y: Int, width: Int, style: Style = .plain,
                              alignment: TextLayout.Alignment = .left) {
        guard width > 0 else { return }
        if plainCell(raw, x: x, y: y, width: width, style: style, alignment: alignment) { return }
        let fitted = TextLayout.fit(Sanitiser.clean(raw), width: width, alignment: alignment)
        text(fitted, x: x, y: y, width: width, style: style, truncate: false)
    }

    /// `cell` for printable ASCII and the few one-column symbols the screens draw (a dash for
    /// a missing value, trend arrows, sort triangles, separators), which is nearly every
    /// value in a list row: each character goes straight into its cell, cut with "…" or
    /// padded, with no intermediate strings and no sanitising (none of them needs it). A row
    /// is a dozen cells and a keystroke redraws every row. False when the text needs the
    /// general path (anything else).
    private mutating func plainCell(_ raw: String, x: Int, y: Int, width: Int, style: Style,
                                    alignment: TextLayout.Alignment) -> Bool {
        guard y >= 0, y < grid.height else { return true }
        var count = 0
        var ascii = true
        for byte in raw.utf8 {
            if byte < 0x20 || byte >= 0x7F { ascii = false; break }
            count += 1
        }
        if !ascii {
            count = 0
            for scalar in raw.unicodeScalars {
                guard scalar.isASCII ? scalar.value >= 0x20 && scalar.value < 0x7F : Canvas.narrowSymbols.contains(scalar) else { return false }
                count += 1
            }
        }
        let pad = count < width && alignment == .right ? width - count : 0
        let cut = count > width
        let rowStart = y * grid.width
        let gridWidth = grid.width
        grid.cells.withUnsafeMutableBufferPointer { cells in
            @inline(__always) func put(_ text: String, at i: Int) {
                let column = x + i
                guard column >= 0, column < gridWidth else { return }
                cells[rowStart + column] = Cell(text, style: style)
            }
            for i in 0..<min(pad, width) { put(" ", at: i) }
            var i = pad
            if ascii {
                for byte in raw.utf8 {
                    if i >= width || (cut && i == width - 1) { break }
                    put(Canvas.ascii[Int(byte)], at: i)
                    i += 1
                }
            } else {
                for scalar in raw.unicodeScalars {
                    if i >= width || (cut && i == width - 1) { break }
                    put(scalar.isASCII ? Canvas.ascii[Int(scalar.value)] : String(scalar), at: i)
                    i += 1
                }
            }
            if cut { put("…", at: width - 1); i = width }
            while i < width { put(" ", at: i); i += 1 }
        }
        return true
    }

    /// Symbols one column wide that the sanitiser leaves as they are (CanvasTests checks
    /// both), drawn by the fast path: they are in nearly every row (— for a missing value,
    /// the trend arrows) and in every status line.
    static let narrowSymbols: Set<Unicode.Scalar> = ["—", "–", "·", "•", "…", "↑", "↓", "▲", "▼", "▸", "×"]

    /// One-character strings for the ASCII bytes, made once.
    private static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
