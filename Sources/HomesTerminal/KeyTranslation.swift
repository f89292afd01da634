import CNcursesw
import HomesBrowser

/// Turns what `get_wch` returns into the browser's `KeyEvent`s.
///
/// Kept apart from the session so every mapping can be tested without a terminal:
/// terminals disagree on Backspace (KEY_BACKSPACE, DEL or ^H) and Enter (\n, \r,
/// KEY_ENTER), and a key we do not know must be dropped rather than guessed at.
public enum KeyTranslation {
    /// `status` is get_wch's result (OK or KEY_CODE_YES), `value` what it stored.
    /// `size` is asked only for KEY_RESIZE, after curses has updated its own size.
    public static func event(status: Int32, value: UInt32, size: () -> (width: Int, height: Int)) -> KeyEvent? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: value), size: size) }
        guard status == OK else { return nil }
        return character(value)
    }

    /// A character code as typed: controls become named keys or `.control`, the rest text.
    public static func character(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26; 8, 9, 10 and 13 were named above.
            return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0:
            // Ctrl-@, Ctrl-\ …, and C1 controls: nothing the browser binds, never text.
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// xterm's bracketed paste: asked for on start, turned off on every way out; the marks
    /// around a paste are given to curses as keys of their own (`define_key`).
    public static let bracketedPasteOn = "\u{1B}[?2004h"
    public static let bracketedPasteOff = "\u{1B}[?2004l"
    static let pasteStartSequence = "\u{1B}[200~"
    static let pasteEndSequence = "\u{1B}[201~"
    /// Codes above curses' own keys for the two marks.
    static let pasteStartCode = KEY_MAX + 0x100
    static let pasteEndCode = KEY_MAX + 0x101

    /// A character of pasted text: newlines (a terminal sends \r) and tabs kept as
    /// text, other controls dropped, never a key.
    public static func pastedCharacter(_ value: UInt32) -> Character? {
        switch value {
        case 10, 13: return "\n"
        case 9: return "\t"
        case 0..<32, 127, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { Character($0) }
        }
    }

    /// A curses key code (KEY_UP, KEY_F(5), KEY_RESIZE …).
    public static func functionKey(_ code: Int32, size: () -> (width: Int, height: Int)) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        // Some terminals send Home/End as the keypad's corner keys or as Find/Select.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE:
            let (width, height) = size()
            return .resize(width: width, height: height)
        case homes_key_f(1)...homes_key_f(63): return .function(Int(code - homes_key_f(0)))
        default: return nil
        }
    }
}
