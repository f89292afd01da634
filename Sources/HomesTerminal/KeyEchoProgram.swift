import HomesBrowser

/// `homes --key-test`: shows each key event as the adapter decodes it, the terminal's size,
/// and every style the browser uses, so a user whose terminal misbehaves (a key that does
/// nothing, colours missing, wide characters misaligned) can see what `homes` receives.
/// The end-to-end tests drive it too. `q` quits, `s` suspends as Ctrl-Z would.
public struct KeyEchoProgram: TerminalProgram {
    /// The most recent events, newest last.
    public private(set) var events: [KeyEvent] = []
    /// Characters typed, shown on a line with the cursor after them.
    public private(set) var typed = ""
    private let colour: Bool
    private let characterWidth: (Unicode.Scalar) -> Int32

    public init(colour: Bool, characterWidth: @escaping (Unicode.Scalar) -> Int32 = CellText.systemWidth) {
        self.colour = colour
        self.characterWidth = characterWidth
    }

    public mutating func handle(_ event: KeyEvent) -> Effect {
        events.append(event)
        if events.count > 200 { events.removeFirst(events.count - 200) }
        switch event {
        case .character("q"): return .quit
        case .character("s"): return .suspend
        case .character(let character): typed.append(character)
        case .backspace: if !typed.isEmpty { typed.removeLast() }
        case .paste(let text): typed += text.filter { !$0.isNewline }
        default: break
        }
        return .none
    }

    public func draw(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= 20, height >= 6 else {
            put("too small", x: 0, y: 0, style: .plain, in: &grid)
            return grid
        }
        put("homes key test — q quits, s suspends", x: 0, y: 0, style: Style(bold: true), in: &grid)
        put("size \(width)x\(height)  colour \(colour ? "on" : "off")", x: 0, y: 1, style: .plain, in: &grid)
        var x = 0
        let samples: [(String, Style)] = [
            ("green", Style(foreground: colour ? .green : .none)), ("blue", Style(foreground: colour ? .blue : .none)),
            ("yellow", Style(foreground: colour ? .yellow : .none)), ("red", Style(foreground: colour ? .red : .none)),
            ("grey", Style(foreground: colour ? .grey : .none)), ("bold", Style(bold: true)),
            ("reverse", Style(reverse: true)), ("underline", Style(underline: true)), ("dim", Style(dim: true)),
            ("中文|é|⚠", .plain),
        ]
        for (text, style) in samples {
            x = put(text, x: x, y: 2, style: style, in: &grid) + 1
        }
        let prompt = "typed: "
        let end = put(prompt + typed, x: 0, y: 3, style: .plain, in: &grid)
        grid.cursor = (x: min(end, width - 1), y: 3)
        let shown = events.suffix(height - 5)
        for (row, event) in shown.enumerated() {
            put("event \(String(describing: event))", x: 0, y: 5 + row, style: .plain, in: &grid)
        }
        return grid
    }

    /// Writes text from column x, a wide character taking two cells; returns the next column.
    @discardableResult
    private func put(_ text: String, x start: Int, y: Int, style: Style, in grid: inout Grid) -> Int {
        var x = start
        for character in text {
            let columns = character.unicodeScalars.first.map { max(1, Int(characterWidth($0))) } ?? 1
            guard x + columns <= grid.width else { break }
            grid[x, y] = Cell(String(character), style: style)
            if columns == 2 { grid[x + 1, y] = Cell("", style: style) }
            x += columns
        }
        return x
    }
}
