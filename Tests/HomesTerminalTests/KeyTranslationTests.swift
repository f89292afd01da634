import CNcursesw
import HomesBrowser
import HomesTerminal
import Testing

@Suite struct KeyTranslationTests {
    private static func size() -> (width: Int, height: Int) { (width: 132, height: 43) }

    @Test("characters typed become the keys a user means", arguments: [
        (UInt32(10), KeyEvent.enter), (13, .enter), (9, .tab), (27, .escape),
        (127, .backspace), (8, .backspace),
        (1, .control("a")), (4, .control("d")), (21, .control("u")), (26, .control("z")),
        (32, .character(" ")), (47, .character("/")), (113, .character("q")), (81, .character("Q")),
        (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F600, .character("😀")),
    ])
    func character(value: UInt32, expected: KeyEvent) {
        #expect(KeyTranslation.event(status: OK, value: value, size: Self.size) == expected)
    }

    /// Pasted text is text: Enter and Tab stay characters for the browser to join lines
    /// with, Escape, Backspace, Ctrl-letters and C1 controls are dropped, never keys.
    @Test("a paste's characters are text, never keys", arguments: [
        (UInt32(13), Character?("\n")), (10, "\n"), (9, "\t"), (113, "q"), (0xE9, "é"), (0x4E2D, "中"),
        (27, nil), (127, nil), (8, nil), (3, nil), (26, nil), (0, nil), (0x9B, nil), (0xD800, nil),
    ])
    func pastedCharacter(value: UInt32, expected: Character?) {
        #expect(KeyTranslation.pastedCharacter(value) == expected)
    }

    @Test("controls nobody binds never arrive as text", arguments: [UInt32(0), 28, 29, 30, 31, 0x80, 0x9B, 0x9F, 0xD800])
    func unboundControl(value: UInt32) {
        #expect(KeyTranslation.event(status: OK, value: value, size: Self.size) == nil)
    }

    @Test("curses key codes become named keys", arguments: [
        (KEY_UP, KeyEvent.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_A1, .home), (KEY_C1, .end), (KEY_FIND, .home), (KEY_SELECT, .end),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
        (homes_key_f(1), .function(1)), (homes_key_f(10), .function(10)), (homes_key_f(12), .function(12)),
        (KEY_RESIZE, .resize(width: 132, height: 43)),
    ])
    func keyCode(code: Int32, expected: KeyEvent) {
        #expect(KeyTranslation.event(status: KEY_CODE_YES, value: UInt32(code), size: Self.size) == expected)
    }

    @Test func unknownKeyCodeIsDropped() {
        #expect(KeyTranslation.event(status: KEY_CODE_YES, value: UInt32(KEY_MOUSE), size: Self.size) == nil)
        #expect(KeyTranslation.event(status: KEY_CODE_YES, value: UInt32(KEY_SRESET), size: Self.size) == nil)
    }

    @Test func errorIsNoEvent() {
        #expect(KeyTranslation.event(status: ERR, value: 65, size: Self.size) == nil)
    }
}
