/// Fitting text into columns by display width, not by character count.
public enum TextLayout {
    public static let ellipsis = "…"

    public enum Alignment: Sendable { case left, right }

    /// The text cut to at most `width` columns, ending in "…" when something was cut.
    /// Expects sanitised text (every grapheme 1 or 2 wide).
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if Sanitiser.isPlainASCII(text) {
            let count = text.utf8.count
            if count <= width { return text }
            return String(text.utf8.prefix(width - 1))! + ellipsis
        }
        let total = TextWidth.of(text)
        if total <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = TextWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// The text truncated and then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, toWidth: width)
        let pad = String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        return alignment == .left ? cut + pad : pad + cut
    }
}
