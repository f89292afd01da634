import Testing
@testable import HomesBrowser
import HomesData

@Suite struct SanitiserTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a\u{1B}[31mb", "a␛[31mb"),
        ("line\r\nbreak\ttab", "line␍␊break␉tab"),
        ("nul\u{0}", "nul␀"),
        ("del\u{7F}", "del␡"),
        ("c1\u{9B}31m", "c1⍰31m"),
        ("abc\u{202E}def", "abc⍰def"),
        ("\u{2066}iso\u{2069}", "⍰iso⍰"),
        ("rlm\u{200F}lrm\u{200E}alm\u{061C}", "rlm⍰lrm⍰alm⍰"),
        ("bom\u{FEFF}", "bom⍰"),
        ("soft\u{AD}hyphen", "soft⍰hyphen"),
        ("sep\u{2028}para\u{2029}", "sep⍰para⍰"),
        ("\u{301}mark first", "◌\u{301}mark first"),
        // A Hangul vowel away from its syllable joins no base (found by the text fuzzer).
        ("\u{FFFD}\u{1183}ト", "\u{FFFD}⍰ト"),
        ("\u{11A8}final", "⍰final"),
        ("\u{1100}\u{1161}\u{11A8}", "\u{1100}\u{1161}\u{11A8}"),
        ("Brontë", "Brontë"),
        ("👩‍👩‍👧 family", "👩‍👩‍👧 family"),
        ("東京", "東京"),
    ])
    func replacesEveryControlWithAVisiblePlaceholder(raw: String, clean: String) {
        #expect(Sanitiser.clean(raw) == clean)
    }

    @Test func everyGraphemeOfCleanTextTakesOneOrTwoColumns() {
        let nasty = "\u{301}\u{200D}\u{FE0F}x\u{20DD}\u{E0001}\u{115F}\u{3164}"
        for character in Sanitiser.clean(nasty) {
            #expect((1...2).contains(TextWidth.of(character)), "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
