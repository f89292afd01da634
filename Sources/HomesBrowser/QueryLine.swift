import HomesData

/// The query line being edited on top of the list. Esc restores everything saved here.
public struct QueryLineState: Equatable, Sendable {
    public var text: [Character]
    /// Caret position, in characters.
    public var caret: Int
    /// The error of the text as typed; the list keeps the last good result meanwhile.
    public var error: QueryError?
    let saved: SavedList
    /// Which history entry is on the line (nil: what the user typed), and what the user
    /// had typed before recalling one, to come back to after the newest entry.
    var recalled: Int?
    var typed: [Character]?

    public var string: String { String(text) }
}

/// What the list looked like before the query line opened, to restore on Esc.
struct SavedList: Equatable, Sendable {
    let queryText: String
    let query: Query
    let results: [Int32]
    let view: CursorView
}

/// Drawing of the query line and of its error: the message in full, over two lines when
/// one is too narrow for it and its "did you mean", so the suggestion is never cut.
enum QueryLineView {
    static func errorStyle(_ colour: Bool) -> Style { Style(foreground: colour ? .red : .none, bold: true, reverse: true) }

    /// The error as lines of at most `width` columns: one when it fits, else the message
    /// and the suggestion each on their own (wrapped if even that is too long).
    static func errorLines(_ error: QueryError, width: Int) -> [String] {
        let room = max(10, width - 2)
        let message = "✖ " + error.message
        let hint = error.suggestion.flatMap { error.message.contains("did you mean") ? nil : "did you mean '\($0)'?" }
        let whole = message + (hint.map { " — " + $0 } ?? "")
        if TextWidth.of(whole) <= room { return [whole] }
        var lines = TextLayout.wrap(message, width: room)
        if let hint { lines += TextLayout.wrap(hint, width: room) }
        return lines
    }

    /// Rows the query line takes above the status line: itself, and the error's lines
    /// beyond the one the status line holds.
    static func rows(_ line: QueryLineState?, width: Int) -> Int {
        guard let line else { return 0 }
        return 1 + max(0, (line.error.map { errorLines($0, width: width).count } ?? 1) - 1)
    }

    static func draw(_ state: BrowserState, _ line: QueryLineState, _ canvas: inout Canvas) {
        let y = canvas.height - 1 - rows(line, width: canvas.width)
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1)
        canvas.text("/", x: 0, y: y, style: Style(bold: true))
        // Keep the caret visible on long queries: scroll the text by whole characters.
        let start = LineEditor.firstShown(line.text, caret: line.caret, room: canvas.width - 3)
        var x = 2
        let text = state.meeting ? MeetingMode.maskedChildValues(line.text, index: state.index) : line.text
        for (i, character) in text.enumerated().dropFirst(start) {
            var style = Style.plain
            if let error = line.error, error.offset == i { style = errorStyle(state.colour) }
            let w = canvas.text(String(character), x: x, y: y, width: canvas.width - x, style: style, truncate: false)
            if i == line.caret { canvas.grid.cursor = (x, y) }
            x += w
            if x >= canvas.width { break }
        }
        if let error = line.error, error.offset >= line.text.count, x < canvas.width {
            canvas.text(" ", x: x, y: y, style: errorStyle(state.colour))
        }
        if line.caret >= line.text.count { canvas.grid.cursor = (min(x, canvas.width - 1), y) }
    }

    /// The error on the status line, its first lines above it when it needs more than one.
    static func drawError(_ error: QueryError, state: BrowserState, _ canvas: inout Canvas) {
        var lines = errorLines(error, width: canvas.width)
        if state.meeting { lines = lines.map(MeetingMode.withoutReferences) }
        for (i, text) in lines.enumerated() {
            let y = canvas.height - lines.count + i
            canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: BrowserView.bar)
            canvas.text(" " + text, x: 0, y: y, style: errorStyle(state.colour))
        }
    }
}
