import CNcursesw

/// The last line of defence between a grid cell and curses.
///
/// The browser core already sanitises what it draws, but one control byte reaching the
/// terminal could retitle the window, hide text or move the cursor in an inspector's
/// session, so the adapter checks again: C0, DEL, C1 and bidi/format controls become
/// U+FFFD, a cluster is cut to what one curses cell can hold (a spacing character and up
/// to four combining marks), and a character whose width curses disagrees about is
/// replaced so columns stay where the grid put them.
public enum CellText {
    /// What curses can hold in one cell besides the spacing character.
    static let maximumMarks = 4

    /// The scalars to give `setcchar` for one cell's text, and how many columns curses will
    /// use for them. `wide` says whether the grid reserved the next cell (text "") for it.
    /// `width` is the C library's `wcwidth` (given, so tests can pin a locale's answers).
    public static func scalars(
        for text: String.UnicodeScalarView, wide: Bool, width: (Unicode.Scalar) -> Int32
    ) -> (scalars: [Unicode.Scalar], columns: Int) {
        var iterator = text.makeIterator()
        guard let first = iterator.next() else { return ([" "], 1) }
        let replacement = replacementCharacter(width: width)
        var base = first
        var columns = Int(width(first))
        if isControl(first) || columns < 0 {
            base = replacement
            columns = 1
        } else if columns == 0 {
            // A mark with nothing to sit on: show it on a dotted circle, as fonts do.
            let circle: Unicode.Scalar = "\u{25CC}"
            if width(circle) == 1 && !isFormatControl(first) {
                var result: [Unicode.Scalar] = [circle, first]
                appendMarks(from: &iterator, to: &result, width: width)
                return (result, 1)
            }
            base = replacement
            columns = 1
        }
        if columns == 2 && !wide { return ([replacement], 1) }
        var result: [Unicode.Scalar] = [base]
        if base != replacement { appendMarks(from: &iterator, to: &result, width: width) }
        return (result, columns)
    }

    /// U+FFFD where the locale can show it, else "?" (the C locale).
    static func replacementCharacter(width: (Unicode.Scalar) -> Int32) -> Unicode.Scalar {
        width("\u{FFFD}") == 1 ? "\u{FFFD}" : "?"
    }

    /// Follows a base character with its zero-width marks, stopping at anything else.
    private static func appendMarks(
        from iterator: inout String.UnicodeScalarView.Iterator, to result: inout [Unicode.Scalar],
        width: (Unicode.Scalar) -> Int32
    ) {
        while result.count <= maximumMarks, let scalar = iterator.next() {
            guard !isControl(scalar), width(scalar) == 0 else { return }
            result.append(scalar)
        }
    }

    /// C0, DEL, C1, and the characters that reorder or hide text (bidi overrides,
    /// isolates, marks, zero-width and invisible formatting).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isFormatControl(scalar)
    }

    static func isFormatControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    /// The C library's idea of a scalar's width in the current locale.
    public static func systemWidth(_ scalar: Unicode.Scalar) -> Int32 {
        homes_wcwidth(wchar_t(bitPattern: scalar.value))
    }
}
