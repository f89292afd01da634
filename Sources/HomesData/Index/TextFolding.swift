import Foundation

/// The one normal form every searchable string and every query word is reduced to,
/// so that matching is a plain byte comparison.
///
/// Folding lower-cases, strips accents ("Brontë" → "bronte"), drops apostrophes
/// ("Children's" → "childrens", so `childrens` and `children's` both match), turns
/// every other punctuation, symbol, space or control character into one space, and
/// trims the ends ("St. Helens" → "st helens", so `ST HELENS` finds it). ASCII is
/// folded by hand; only strings with non-ASCII bytes go through Foundation, because
/// index build folds hundreds of thousands of strings.
public enum TextFolding {
    /// The folded UTF-8 bytes of `text`.
    public static func fold(_ text: some StringProtocol) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }

    /// The folded form as a String (for display of tokens and for tests).
    public static func folded(_ text: some StringProtocol) -> String {
        String(decoding: fold(text), as: UTF8.self)
    }

    /// A token usable as a bare query value: folded, spaces as hyphens
    /// ("Bristol, City of" → "bristol-city-of").
    public static func slug(_ text: some StringProtocol) -> String {
        String(decoding: fold(text).map { $0 == 0x20 ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }

    /// Letters that have no decomposition to strip, spelled as an English reader
    /// would type them.
    static let unaccented: [String: String] = [
        "æ": "ae", "œ": "oe", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// Appends the folded bytes of `text` to `out`.
    public static func append(_ text: some StringProtocol, to out: inout [UInt8]) {
        let start = out.count
        var pendingSpace = false
        var isASCII = true
        for b in text.utf8 where b >= 0x80 { isASCII = false; break }
        @inline(__always) func emit(_ b: UInt8) {
            if pendingSpace {
                if out.count > start { out.append(0x20) }
                pendingSpace = false
            }
            out.append(b)
        }
        if isASCII {
            for b in text.utf8 {
                switch b {
                case 0x61...0x7A, 0x30...0x39: emit(b)
                case 0x41...0x5A: emit(b | 0x20)
                case 0x27, 0x60: continue // ' and ` vanish: "children's" == "childrens"
                default: pendingSpace = true
                }
            }
            return
        }
        let decomposed = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in decomposed.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case 0x61...0x7A, 0x30...0x39: emit(b)
                case 0x41...0x5A: emit(b | 0x20)
                case 0x27, 0x60: continue
                default: pendingSpace = true
                }
                continue
            }
            switch v {
            case 0x2018, 0x2019, 0x02BC: continue // curly and modifier apostrophes
            case 0x0300...0x036F: continue // combining marks folding left behind
            default: break
            }
            let props = scalar.properties
            if props.isWhitespace || props.generalCategory.isPunctuationOrSymbolOrControl {
                pendingSpace = true
                continue
            }
            let lower = props.lowercaseMapping
            if let plain = Self.unaccented[lower] {
                for b in plain.utf8 { emit(b) }
            } else {
                for b in lower.utf8 { emit(b) }
            }
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbolOrControl: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .surrogate, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }
}
