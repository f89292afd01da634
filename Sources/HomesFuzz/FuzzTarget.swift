/// The parts of `homes` that read untrusted bytes or untrusted action sequences, each as
/// one function from bytes to the invariants those bytes broke.
///
/// libFuzzer (`scripts/fuzz`) calls `violations(_:)` millions of times and stops on the
/// first non-empty answer or crash; the ordinary test suite replays the kept corpora
/// (`Tests/HomesFuzzTests/Corpus`) through the same function, so every input a fuzzer
/// once found wrong stays a regression test.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The snapshot loader: read in one pass (the oracle) and in pieces on several threads.
    case snapshot
    /// The CSV reader and Ofsted import, through every text encoding.
    case csv
    /// The query lexer and parser: errors point inside the text.
    case query
    /// The text sanitiser and width tables: no control character reaches a cell, and
    /// nothing draws wider than it measures.
    case text
    /// The browser core fed random keys on a small snapshot: cursor, scroll and stack stay valid.
    case browser

    /// What the bytes broke, in words; empty when every invariant held.
    public func violations(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .snapshot: SnapshotFuzz.violations(bytes)
        case .csv: CSVFuzz.violations(bytes)
        case .query: QueryFuzz.violations(bytes)
        case .text: TextFuzz.violations(bytes)
        case .browser: BrowserFuzz.violations(bytes)
        }
    }

    /// Inputs larger than this are cut: the targets are about structure, not size, and a
    /// long input only slows the search down.
    public static let maximumInputBytes = 64 * 1024
}
