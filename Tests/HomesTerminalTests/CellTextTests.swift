import HomesTerminal
import Testing

/// Widths as glibc gives them in a UTF-8 locale, for the characters these tests use.
private func utf8Width(_ scalar: Unicode.Scalar) -> Int32 {
    switch scalar.value {
    case 0..<0x20, 0x7F..<0xA0: return -1
    case 0x0300...0x036F, 0xFE0F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069: return 0
    case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: return 2
    default: return 1
    }
}

/// Widths as glibc gives them in the C locale: nothing beyond ASCII is printable.
private func cLocaleWidth(_ scalar: Unicode.Scalar) -> Int32 {
    (0x20..<0x7F).contains(scalar.value) ? 1 : -1
}

@Suite struct CellTextTests {
    @Test("what reaches curses for one cell", arguments: [
        ("a", false, ["a"], 1),
        ("中", true, ["中"], 2),
        ("e\u{301}", false, ["e", "\u{301}"], 1),
        ("⚠\u{FE0F}", false, ["⚠", "\u{FE0F}"], 1),
        ("\u{301}", false, ["\u{25CC}", "\u{301}"], 1),
        ("👨\u{200D}👩\u{200D}👧", true, ["👨"], 2),
        ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", false, ["e", "\u{301}", "\u{302}", "\u{303}", "\u{304}"], 1),
        ("", false, [" "], 1),
    ] as [(String, Bool, [Unicode.Scalar], Int)])
    func printable(text: String, wide: Bool, expected: [Unicode.Scalar], columns: Int) {
        let result = CellText.scalars(for: text.unicodeScalars, wide: wide, width: utf8Width)
        #expect(result.scalars == expected)
        #expect(result.columns == columns)
    }

    @Test("a control never reaches curses", arguments: [
        "\u{1B}", "\u{7}", "\u{0}", "\n", "\r", "\t", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}",
        "\u{200F}", "\u{200B}", "\u{FEFF}", "\u{1B}[31m",
    ])
    func control(text: String) {
        let result = CellText.scalars(for: text.unicodeScalars, wide: false, width: utf8Width)
        #expect(result.scalars == ["\u{FFFD}"])
        #expect(result.columns == 1)
    }

    @Test("marks that reorder text are dropped after a letter", arguments: ["a\u{202E}", "a\u{1B}", "a\u{85}", "a\u{2067}"])
    func controlAfterLetter(text: String) {
        #expect(CellText.scalars(for: text.unicodeScalars, wide: false, width: utf8Width).scalars == ["a"])
    }

    @Test func wideCharacterWithoutRoomIsReplaced() {
        let result = CellText.scalars(for: "中".unicodeScalars, wide: false, width: utf8Width)
        #expect(result.scalars == ["\u{FFFD}"])
        #expect(result.columns == 1)
    }

    @Test("in the C locale anything beyond ASCII becomes ?", arguments: ["é", "中", "\u{FFFD}", "\u{301}"])
    func cLocale(text: String) {
        let result = CellText.scalars(for: text.unicodeScalars, wide: true, width: cLocaleWidth)
        #expect(result.scalars == ["?"])
        #expect(result.columns == 1)
    }

    @Test("isControl covers C0, DEL, C1 and bidi controls but not text", arguments: [
        ("\u{0}", true), ("\u{1F}", true), ("\u{7F}", true), ("\u{80}", true), ("\u{9F}", true),
        ("\u{61C}", true), ("\u{200E}", true), ("\u{202D}", true), ("\u{2069}", true),
        (" ", false), ("~", false), ("\u{A0}", false), ("é", false), ("中", false), ("\u{301}", false),
    ] as [(Unicode.Scalar, Bool)])
    func isControl(scalar: Unicode.Scalar, expected: Bool) {
        #expect(CellText.isControl(scalar) == expected)
    }
}
