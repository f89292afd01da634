import HomesData

/// Fitting text into columns by display width, not by character count.
public enum TextLayout {
    public enum Alignment: Sendable { case left, right }

    /// The text cut to at most `width` columns, ending in "…" when something was cut
    /// (`TerminalText.truncated`, shared with the command line's tables).
    /// Expects sanitised text (every grapheme 1 or 2 wide).
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        TerminalText.truncated(text, width: width)
    }

    /// The text truncated and then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, toWidth: width)
        let pad = String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        return alignment == .left ? cut + pad : pad + cut
    }

    /// The text broken at spaces into lines of at most `width` columns (a word longer
    /// than a line is cut by `truncate`), for prose such as help notes and messages that
    /// must be read whole at 60 columns as at 200.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let w = TextWidth.of(String(word))
            if lineWidth > 0, lineWidth + 1 + w > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 { line += " "; lineWidth += 1 }
            line += w > width ? truncate(String(word), toWidth: width) : String(word)
            lineWidth += min(w, width)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
