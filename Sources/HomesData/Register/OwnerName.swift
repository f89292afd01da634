/// An owning organisation's name reduced to what identifies it, so that the same
/// owner spelt two ways in two years' files ("Hexagon Care Services Ltd" and
/// "Hexagon Care Services Limited", "Calderdale Metropolitan Borough Council" and
/// "Calderdale Council") is not reported as a home changing hands.
public enum OwnerName {
    /// Words that say what kind of body an owner is, not which one.
    static let formWords: Set<String> = [
        "ltd", "limited", "plc", "llp", "cic", "inc", "co", "company", "the", "uk",
        "incorporated", "council", "la", "metropolitan", "borough", "city", "county", "district", "of", "and",
    ]

    /// The folded words of `name` without its form words, run together (so
    /// "Smooth Stone" and "Smoothstone" are one owner).
    public static func key(_ name: String) -> String {
        let words = TextFolding.folded(name).split(separator: " ").filter { !formWords.contains(String($0)) }
        return words.isEmpty ? TextFolding.folded(name) : words.joined()
    }

    public static func same(_ a: String, _ b: String) -> Bool { a == b || key(a) == key(b) }
}
