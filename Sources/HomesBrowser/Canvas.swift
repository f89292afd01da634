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

    /// `cell` for printable ASCII, which is nearly every value in a list row: the bytes go
    /// straight into cells, cut with "…" or padded, with no intermediate strings. A row is
    /// a dozen cells and a keystroke redraws every row. False when the text needs the
    /// general path (anything outside printable ASCII).
    private mutating func plainCell(_ raw: String, x: Int, y: Int, width: Int, style: Style,
                                    alignment: TextLayout.Alignment) -> Bool {
        guard y >= 0, y < grid.height else { return true }
        let done: Bool? = raw.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
            let count = bytes.count
            let pad = count < width && alignment == .right ? width - count : 0
            for i in 0..<width {
                let column = x + i
                if column >= grid.width { break }
                guard column >= 0 else { continue }
                let text: String
                if count > width {
                    text = i < width - 1 ? Canvas.ascii[Int(bytes[i])] : "…"
                } else {
                    let k = i - pad
                    text = k >= 0 && k < count ? Canvas.ascii[Int(bytes[k])] : " "
                }
                grid[column, y] = Cell(text, style: style)
            }
            return true
        }
        return done ?? false
    }

    /// One-character strings for the ASCII bytes, made once.
    private static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
