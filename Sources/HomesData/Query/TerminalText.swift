/// Record text made safe to print: control characters (C0, DEL, C1) and the
/// Unicode controls that reorder or hide text (bidi overrides, line and paragraph
/// separators) are shown as visible `\u{1B}` escapes, so no byte of a record can
/// reach the terminal as a control sequence.
public enum TerminalText {
    public static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x200E...0x200F).contains(v) || (0x2028...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0xFEFF
    }

    public static func escaped(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0.value) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isUnsafe(u.value) {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// `s` cut to at most `width` terminal columns, ending in "…" when something was
    /// cut. The one truncation rule for the command line and the browser
    /// (`TextLayout.truncate`), so a table and a screen cut the same text alike.
    public static func truncated(_ s: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var plainASCII = true
        for byte in s.utf8 where byte < 0x20 || byte >= 0x7F { plainASCII = false; break }
        if plainASCII {
            if s.utf8.count <= width { return s }
            return String(s.utf8.prefix(width - 1))! + "…"
        }
        guard TextWidth.of(s) > width else { return s }
        var out = ""
        var w = 0
        for c in s {
            let cw = TextWidth.of(c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    /// `s` padded with spaces to `width` columns (left-aligned, or right for numbers).
    public static func padded(_ s: String, width: Int, right: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, width - TextWidth.of(s)))
        return right ? pad + s : s + pad
    }
}
