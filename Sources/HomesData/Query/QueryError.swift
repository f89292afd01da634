/// A query that could not be understood, with where and why, for a caret under
/// the offending character and a "did you mean" hint.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The query as typed.
    public let text: String
    /// What was wrong, in a sentence for an inspector.
    public let message: String
    /// Character offset into `text` of the offending character (may equal
    /// `text.count` when something is missing at the end).
    public let offset: Int
    /// The nearest field or value, when one is close enough to be a likely typo.
    public let suggestion: String?

    public init(text: String, message: String, offset: Int, suggestion: String? = nil) {
        self.text = text
        self.message = message
        self.offset = offset
        self.suggestion = suggestion
    }

    /// One line: the message and the suggestion.
    public var description: String {
        var s = "\(Self.printable(message)) (at character \(offset + 1))"
        if let suggestion { s += " — did you mean '\(Self.printable(suggestion))'?" }
        return s
    }

    /// The query, a caret under the offending character, the message and the hint,
    /// as printed by `homes query` and shown under the browser's query line.
    /// Control characters in the query are shown as `?` so the caret stays aligned.
    public var rendered: String {
        let shown = Self.printable(text)
        var caretColumn = 0
        for c in shown.prefix(offset) { caretColumn += TextWidth.of(c) } // measured as shown
        // The message quotes what was typed, control characters and all (the query
        // fuzzer found a rendering that carried them to the terminal).
        var lines = [shown, String(repeating: " ", count: caretColumn) + "^", Self.printable(message)]
        if let suggestion { lines.append("did you mean '\(Self.printable(suggestion))'?") }
        return lines.joined(separator: "\n")
    }

    /// The text with each character holding a control character (C0, DEL, C1) shown as `?`.
    static func printable(_ text: String) -> String {
        String(text.map { c -> Character in
            c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) } ? "?" : c
        })
    }
}
