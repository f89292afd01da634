import HomesData

/// A question on the bottom row of any screen: the file to export to, whether to
/// overwrite one, the name to keep a query under. While it is open every key answers it.
public struct PromptState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case exportTo(ExportRequest)
        case overwrite(ExportRequest)
        case saveQuery(String)
    }

    public var purpose: Purpose
    public var question: String
    public var line: LineEditor
    /// Said on the row above the question: what the answer does.
    public var hint: String?
    /// Why Enter did nothing ("Type a file name"), until the next key; shown instead of the hint.
    public var message: String?

    /// Draws the question and the answer on the bottom row, over the screen's status line.
    static func draw(_ prompt: PromptState, colour: Bool, _ canvas: inout Canvas) {
        let y = canvas.height - 1
        if let above = prompt.message ?? prompt.hint, canvas.height >= 2 {
            canvas.fill(x: 0, y: y - 1, width: canvas.width, height: 1, style: BrowserView.bar)
            canvas.text(" " + above, x: 0, y: y - 1, style: Style(bold: prompt.message != nil, reverse: true))
        }
        var question = prompt.question
        // Keep room to type: a long question gives way to the answer.
        let most = max(10, canvas.width / 2)
        if TextWidth.of(question) > most { question = TerminalText.truncated(question, width: most - 1) + " " }
        prompt.line.draw(prompt: question, y: y, errorAt: nil, colour: colour, &canvas)
    }
}
