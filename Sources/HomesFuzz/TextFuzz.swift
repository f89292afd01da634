import HomesData
import HomesBrowser

/// Every string in a snapshot is untrusted and reaches the screen through the sanitiser
/// and the width tables. No control, bidi or format character may reach a cell, and
/// nothing may take more columns than it was measured to take: a wrong width shifts
/// every column after it, and a control character can rewrite the screen.
///
/// Input: one byte for the width to draw in, one for where to start, one for the
/// alignment, then the text (as UTF-8, invalid bytes replaced).
enum TextFuzz {
    static let gridWidth = 40

    static func violations(_ bytes: [UInt8]) -> [String] {
        guard bytes.count >= 3 else { return [] }
        let width = Int(bytes[0]) % (gridWidth + 4)
        let x = Int(bytes[1]) % 8 - 2
        let right = bytes[2] & 1 == 1
        let text = String(decoding: bytes.dropFirst(3).prefix(1024), as: UTF8.self)
        var found: [String] = []

        let clean = Sanitiser.clean(text)
        for scalar in clean.unicodeScalars where Sanitiser.placeholder(for: scalar) != nil {
            found.append("clean text still holds U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        for character in clean where !(1...2).contains(TextWidth.of(character)) {
            found.append("clean text holds \(character.debugDescription), \(TextWidth.of(character)) columns wide")
        }
        let measured = TextWidth.of(clean)

        var canvas = Canvas(width: gridWidth, height: 3)
        let used = canvas.text(text, x: x, y: 1, width: width)
        let limit = max(0, min(width, gridWidth - x))
        if used > limit { found.append("text drew \(used) columns in \(limit)") }
        if measured <= limit, used != measured { found.append("text measured \(measured) columns and drew \(used)") }
        found += gridViolations(canvas.grid, drawnFrom: x, to: x + limit, what: "text")

        var cellCanvas = Canvas(width: gridWidth, height: 3)
        cellCanvas.cell(text, x: x, y: 1, width: width, alignment: right ? .right : .left)
        let cellEnd = min(gridWidth, x + width)
        found += gridViolations(cellCanvas.grid, drawnFrom: x, to: cellEnd, what: "cell")
        let row = (max(0, x)..<max(max(0, x), cellEnd)).reduce(0) { $0 + TextWidth.of(cellCanvas.grid[$1, 1].text) }
        if width > 0, x >= 0, row != cellEnd - x {
            found.append("a cell \(width) wide at column \(x) filled \(row) columns")
        }

        for scalar in TerminalText.escaped(text).unicodeScalars where TerminalText.isUnsafe(scalar.value) {
            found.append("escaped text still holds U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        let cut = TerminalText.truncated(clean, width: width)
        if TextWidth.of(cut) > width { found.append("truncated to \(width) columns, the text is \(TextWidth.of(cut)) wide") }
        if width > 0 {
            for line in TextLayout.wrap(clean, width: width) where TextWidth.of(line) > width {
                found.append("a line wrapped at \(width) columns is \(TextWidth.of(line)) wide")
            }
        }
        return found
    }

    /// Rows 0 and 2 and the cells outside `start..<end` were not touched; no cell holds a
    /// character the sanitiser would replace; a two-column character is followed by the
    /// empty cell it covers.
    static func gridViolations(_ grid: Grid, drawnFrom start: Int, to end: Int, what: String) -> [String] {
        var found: [String] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                let inside = y == 1 && x >= start && x < end
                if !inside, cell.text != " " {
                    found.append("\(what) drew \(cell.text.debugDescription) at column \(x), row \(y), outside its place")
                }
                if cell.text.unicodeScalars.contains(where: { Sanitiser.placeholder(for: $0) != nil }) {
                    found.append("\(what) put \(cell.text.debugDescription) in a cell: a control character reached the grid")
                }
                if cell.text.count > 1 {
                    found.append("\(what) put \(cell.text.count) characters in one cell")
                }
                if TextWidth.of(cell.text) == 2 {
                    if x + 1 >= grid.width || grid[x + 1, y].text != "" {
                        found.append("\(what) drew a wide character at column \(x) without its second cell")
                    }
                    x += 2
                    continue
                }
                if cell.text.isEmpty { found.append("\(what) left an empty cell at column \(x) with no wide character before it") }
                x += 1
            }
        }
        return found
    }
}
