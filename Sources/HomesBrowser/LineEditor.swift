import HomesData

/// A line of text being typed on a screen of its own (the summary's `/`, the children's
/// query): the characters, the caret, and the editing actions of the query line's
/// keymap. The screen decides what the text means; this only edits it.
public struct LineEditor: Equatable, Sendable {
    public var text: [Character]
    public var caret: Int

    public init(_ text: String = "") {
        self.text = Array(text)
        caret = self.text.count
    }

    public var string: String { String(text) }

    /// Applies an editing action. Returns whether the text changed (the screen then
    /// narrows again), false for caret moves, nil for actions that are not edits.
    public mutating func edit(_ action: Action) -> Bool? { Self.edit(action, text: &text, caret: &caret) }

    /// The editing actions on any text and caret (the list's query line keeps its own):
    /// true when the text changed, false for caret moves and edits with nothing to do
    /// (Backspace at the start), nil for actions that are not edits.
    static func edit(_ action: Action, text: inout [Character], caret: inout Int) -> Bool? {
        switch action {
        case .insert(let c):
            text.insert(c, at: caret)
            caret += 1
        case .deleteBackward:
            guard caret > 0 else { return false }
            text.remove(at: caret - 1)
            caret -= 1
        case .deleteForward:
            guard caret < text.count else { return false }
            text.remove(at: caret)
        case .clearLine:
            text = []
            caret = 0
        case .caretLeft: caret = max(0, caret - 1); return false
        case .caretRight: caret = min(text.count, caret + 1); return false
        case .caretHome: caret = 0; return false
        case .caretEnd: caret = text.count; return false
        default: return nil
        }
        return true
    }

    /// The first character shown when the text before the caret must fit in `room`
    /// columns: as many characters before the caret as fit, counted back from it (one
    /// pass: a pasted line of 2,000 characters is measured once, not once per start).
    static func firstShown(_ text: [Character], caret: Int, room: Int) -> Int {
        var start = caret, used = 0
        while start > 0 {
            let width = TextWidth.of(text[start - 1])
            if used + width > room { break }
            used += width
            start -= 1
        }
        return start
    }

    /// Draws the line at row `y` after a prompt, the terminal cursor at the caret;
    /// long text scrolls so the caret stays visible. `error` marks an offending character.
    func draw(prompt: String, y: Int, errorAt error: Int?, colour: Bool, _ canvas: inout Canvas) {
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1)
        let used = canvas.text(prompt, x: 0, y: y, style: Style(bold: true))
        let start = Self.firstShown(text, caret: caret, room: canvas.width - used - 1)
        var x = used
        let bad = Style(foreground: colour ? .red : .none, bold: true, reverse: true)
        for (i, character) in text.enumerated().dropFirst(start) {
            if i == caret { canvas.grid.cursor = (x, y) }
            x += canvas.text(String(character), x: x, y: y, width: canvas.width - x, style: i == error ? bad : .plain, truncate: false)
            if x >= canvas.width { break }
        }
        if let error, error >= text.count, x < canvas.width { canvas.text(" ", x: x, y: y, style: bad) }
        if caret >= text.count { canvas.grid.cursor = (min(x, canvas.width - 1), y) }
    }
}
