import HomesData

/// Parses snapshot bytes for the first-screen figure. The loader lives on another branch
/// until it lands; until then `available` is false and the figure starts from memory.
enum BrowserBenchmarkLoading {
    static let available = false
    static func parse(_ bytes: [UInt8]) -> Snapshot? { nil }
}
