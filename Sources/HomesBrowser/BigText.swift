import Foundation
import HomesData

/// Letters five rows high in block cells, to be read across a room (the home card).
/// Three cells wide and a gap: a line of n characters takes 4n − 1 columns. Only capitals,
/// digits and a little punctuation; `BigText.lines` says nil for anything else, and the
/// card then writes the text normally.
enum BigText {
    static let height = 5

    /// Each glyph: five rows of three, "#" a filled cell.
    static let glyphs: [Character: [String]] = [
        "A": [" # ", "# #", "###", "# #", "# #"], "B": ["## ", "# #", "## ", "# #", "## "],
        "C": [" ##", "#  ", "#  ", "#  ", " ##"], "D": ["## ", "# #", "# #", "# #", "## "],
        "E": ["###", "#  ", "## ", "#  ", "###"], "F": ["###", "#  ", "## ", "#  ", "#  "],
        "G": [" ##", "#  ", "# #", "# #", " ##"], "H": ["# #", "# #", "###", "# #", "# #"],
        "I": ["###", " # ", " # ", " # ", "###"], "J": ["  #", "  #", "  #", "# #", " # "],
        "K": ["# #", "# #", "## ", "# #", "# #"], "L": ["#  ", "#  ", "#  ", "#  ", "###"],
        "M": ["# #", "###", "###", "# #", "# #"], "N": ["## ", "# #", "# #", "# #", "# #"],
        "O": [" # ", "# #", "# #", "# #", " # "], "P": ["## ", "# #", "## ", "#  ", "#  "],
        "Q": [" # ", "# #", "# #", "## ", " ##"], "R": ["## ", "# #", "## ", "# #", "# #"],
        "S": [" ##", "#  ", " # ", "  #", "## "], "T": ["###", " # ", " # ", " # ", " # "],
        "U": ["# #", "# #", "# #", "# #", "###"], "V": ["# #", "# #", "# #", "# #", " # "],
        "W": ["# #", "# #", "###", "###", "# #"], "X": ["# #", "# #", " # ", "# #", "# #"],
        "Y": ["# #", "# #", " # ", " # ", " # "], "Z": ["###", "  #", " # ", "#  ", "###"],
        "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["## ", "  #", " # ", "#  ", "###"], "3": ["## ", "  #", " # ", "  #", "## "],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "## ", "  #", "## "],
        "6": [" ##", "#  ", "###", "# #", "###"], "7": ["###", "  #", " # ", " # ", " # "],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "## "],
        " ": ["   ", "   ", "   ", "   ", "   "], "-": ["   ", "   ", "###", "   ", "   "],
        ".": ["   ", "   ", "   ", "   ", " # "], ",": ["   ", "   ", "   ", " # ", "#  "],
        "'": [" # ", " # ", "   ", "   ", "   "], "&": [" # ", "# #", " # ", "# #", " ##"],
        "(": [" # ", "#  ", "#  ", "#  ", " # "], ")": [" # ", "  #", "  #", "  #", " # "],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
    ]

    /// Columns `text` takes when drawn big; `double` draws each cell two columns wide
    /// (terminal cells are about twice as tall as wide, so the letters come out square).
    static func width(_ text: String, double: Bool = false) -> Int { max(0, text.count * (double ? 8 : 4) - (double ? 2 : 1)) }

    /// The five rows of `text` drawn big, or nil when a character has no glyph. Letters
    /// are drawn as capitals, accents dropped ("Brontë" → "BRONTE").
    static func lines(_ text: String, double: Bool = false) -> [String]? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        var rows = [String](repeating: "", count: height)
        for (i, character) in folded.enumerated() {
            guard let glyph = glyphs[character] else { return nil }
            for r in 0..<height {
                if i > 0 { rows[r] += double ? "  " : " " }
                rows[r] += glyph[r].map { $0 == "#" ? (double ? "██" : "█") : (double ? "  " : " ") }.joined()
            }
        }
        return rows
    }
}
