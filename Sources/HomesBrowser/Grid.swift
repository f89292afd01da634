/// One character cell of the screen: what is drawn and how.
///
/// The browser core draws into a grid of these; only the terminal adapter copies
/// them to a real terminal, so screens are testable as plain arrays of lines.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, already sanitised; "" marks the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A cell's look. Colour is a hint: the adapter falls back to attributes without colour.
public struct Style: Hashable, Sendable {
    public enum Colour: UInt8, Sendable { case none, green, blue, yellow, red, cyan, magenta, grey }
    public var foreground: Colour
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Colour = .none, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
}

/// A width × height array of cells.
public struct Grid: Sendable, Equatable {
    public static func == (a: Grid, b: Grid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public let width: Int
    public let height: Int
    public var cells: [Cell]
    /// Where the terminal cursor should be shown (the query line), or nil to hide it.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of each row, for tests and for plain output.
    public var lines: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }
}
