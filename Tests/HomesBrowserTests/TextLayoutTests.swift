import Testing
@testable import HomesBrowser
import HomesData

@Suite struct TextLayoutTests {
    @Test(arguments: [
        ("Brontë House", 12, "Brontë House"),
        ("Brontë House", 8, "Brontë …"),
        ("東京ハウス", 6, "東京…"),
        ("東京ハウス", 5, "東京…"),
        ("abcdef", 1, "…"),
        ("abcdef", 0, ""),
        ("abc", 6, "abc"),
    ])
    func truncatesByDisplayWidth(text: String, width: Int, expected: String) {
        let cut = TextLayout.truncate(text, toWidth: width)
        #expect(cut == expected)
        #expect(TextWidth.of(cut) <= width)
    }

    @Test(arguments: [
        ("中", 4, TextLayout.Alignment.left, "中  "),
        ("中", 4, .right, "  中"),
        ("abcdef", 4, .left, "abc…"),
        ("東京ハウス", 5, .left, "東京…"),
        ("東京ハウス", 4, .left, "東… "),
    ])
    func fitsToExactWidth(text: String, width: Int, alignment: TextLayout.Alignment, expected: String) {
        let fitted = TextLayout.fit(text, width: width, alignment: alignment)
        #expect(fitted == expected)
        #expect(TextWidth.of(fitted) == width)
    }

    @Test(arguments: [
        ("one two three", 7, ["one two", "three"]),
        ("one two three", 13, ["one two three"]),
        ("one  two", 3, ["one", "two"]),
        ("東京ハウス is wide", 10, ["東京ハウス", "is wide"]),
        ("abcdefgh ij", 4, ["abc…", "ij"]),
        ("", 10, [""]),
    ])
    func wrapsAtSpacesByDisplayWidth(text: String, width: Int, expected: [String]) {
        let lines = TextLayout.wrap(text, width: width)
        #expect(lines == expected)
        #expect(lines.allSatisfy { TextWidth.of($0) <= width })
    }
}
