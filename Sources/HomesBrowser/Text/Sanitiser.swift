import HomesData

/// Makes text from a snapshot safe to put in a cell.
///
/// Snapshot text is untrusted: a name could hold an escape sequence, a carriage return or a
/// right-to-left override that would move the cursor, recolour the screen or reorder the
/// columns after it. Every string from a snapshot goes through `clean` before it is drawn
/// (the `Canvas` does it), and what was hidden is shown as a visible placeholder:
///
/// - C0 controls U+0000–U+001F become their Control Pictures (`␀`…`␟`, so ESC is `␛`,
///   a tab `␉`, a line feed `␊`), DEL becomes `␡`.
/// - C1 controls U+0080–U+009F, bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9),
///   every other format character (U+FEFF, U+2060–4, U+206A–F, soft hyphen, tags…),
///   line/paragraph separators and invisible fillers (U+115F, U+3164, U+FFA0) become `⍰`.
///   ZWJ stays (emoji sequences need it); a ZWJ on its own is zero width anyway.
/// - A grapheme that would take no column (a combining mark with nothing to combine with)
///   gets a dotted circle `◌` as its base, so every grapheme takes 1 or 2 columns and
///   nothing after it shifts. One that would still take none (a Hangul vowel or final
///   consonant away from its syllable) becomes `⍰`.
public enum Sanitiser {
    public static let otherControlPlaceholder: Unicode.Scalar = "\u{2370}" // ⍰
    public static let deletePlaceholder: Unicode.Scalar = "\u{2421}" // ␡
    public static let danglingMarkBase: Unicode.Scalar = "\u{25CC}" // ◌

    /// The placeholder for a scalar that must not reach the terminal, or nil if it may.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v < 0x7F { return nil }
        if v == 0x7F { return deletePlaceholder }
        if v < 0xA0 { return otherControlPlaceholder }
        if v == 0x200D || v == 0x200C { return nil }
        if v == 0x115F || v == 0x3164 || v == 0xFFA0 || v == 0x2028 || v == 0x2029 { return otherControlPlaceholder }
        switch scalar.properties.generalCategory {
        case .format, .control, .surrogate, .unassigned, .lineSeparator, .paragraphSeparator:
            return otherControlPlaceholder
        default:
            return nil
        }
    }

    /// Whether the text can be drawn as it is (fast check: printable ASCII only).
    @inline(__always)
    static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }

    /// The text with every control, bidi and format character replaced by a visible
    /// placeholder and every zero-width grapheme given a visible base.
    public static func clean(_ text: some StringProtocol) -> String {
        if isPlainASCII(text) { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(placeholder(for: scalar) ?? scalar)
        }
        let replaced = String(scalars)
        var needsBase = false
        for character in replaced where TextWidth.of(character) == 0 { needsBase = true; break }
        guard needsBase else { return replaced }
        var result = ""
        for character in replaced {
            guard TextWidth.of(character) == 0 else { result.append(character); continue }
            // A combining mark joins the dotted circle; a Hangul vowel or final consonant
            // on its own does not (it joins only jamo), and would stay zero wide beside
            // it: it is shown as the placeholder instead. Found by the text fuzzer.
            let based = String(danglingMarkBase) + String(character)
            if based.count == 1, TextWidth.of(based) > 0 {
                result += based
            } else {
                result.unicodeScalars.append(otherControlPlaceholder)
            }
        }
        return result
    }
}
