import Testing
@testable import HomesData

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2),
        ("🏠", 2), ("👩‍👩‍👧", 2), ("⚠️", 2), ("⚠", 1), ("🇬🇧", 2), ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0),
        ("Ω", 1), ("…", 1), ("\u{1F3FD}", 2),
    ])
    func graphemeWidths(text: String, width: Int) {
        #expect(text.count == 1)
        #expect(TextWidth.of(text.first!) == width)
    }

    @Test(arguments: [
        ("Brontë House", 12), ("東京ハウス 🏠", 13), ("Cafe\u{301} Lodge", 10), ("", 0), ("plain ascii", 11),
    ])
    func stringWidths(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }
}
