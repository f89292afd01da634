/// `--name value` options of a benchmark, checked against the names it knows, so each
/// benchmark reads its numbers instead of walking the arguments itself.
struct BenchArguments {
    private var values: [String: String] = [:]

    /// Nil (after saying which) when an option is unknown.
    init?(_ arguments: [String], known: [String], benchmark: String) {
        var i = 0
        while i < arguments.count {
            guard known.contains(arguments[i]) else {
                print("\(benchmark) benchmark: unknown option \(arguments[i]) (known: \(known.joined(separator: ", ")))")
                return nil
            }
            values[arguments[i]] = i + 1 < arguments.count ? arguments[i + 1] : ""
            i += 2
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap { Int($0) } ?? fallback }
    func double(_ name: String, _ fallback: Double) -> Double { values[name].flatMap { Double($0) } ?? fallback }
    func string(_ name: String, _ fallback: String) -> String { values[name] ?? fallback }
    func string(_ name: String) -> String? { values[name] }
    func seed(_ fallback: UInt64) -> UInt64 { values["--seed"].flatMap { UInt64($0) } ?? fallback }
}
