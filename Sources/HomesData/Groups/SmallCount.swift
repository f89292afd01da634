/// Counts of children from 1 to 4 are not shown where others can read them (meeting mode):
/// the convention of published children's statistics, which say "fewer than 5" so that a
/// child cannot be picked out of a small group. Zero stays zero: it identifies no one.
public enum SmallCount {
    public static let wording = "fewer than 5"

    public static func isSmall(_ n: Int) -> Bool { n >= 1 && n <= 4 }

    /// The count in figures ("1,234"), or "fewer than 5" when hiding and small.
    public static func figure(_ n: Int, hiding: Bool) -> String {
        hiding && isSmall(n) ? wording : RecordWords.thousands(n)
    }

    /// The count with its noun ("12 children", "fewer than 5 children").
    public static func count(_ n: Int, _ noun: String, plural: String, hiding: Bool) -> String {
        hiding && isSmall(n) ? "\(wording) \(plural)" : RecordWords.count(n, noun, plural: plural)
    }
}
