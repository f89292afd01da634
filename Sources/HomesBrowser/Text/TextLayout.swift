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
}
