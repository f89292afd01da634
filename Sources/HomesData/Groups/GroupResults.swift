/// The rows `homes summary` prints: one per group, largest first, in the three
/// formats of `homes query`. The CSV header starts with exactly
/// `group,homes,places,outstanding,good,ri,inadequate,none`, which scripts rely on.
public struct GroupResults {
    public let summary: GroupSummary

    public init(_ summary: GroupSummary) { self.summary = summary }

    static let columns: [TabularText.Column] = [
        .init("group", json: "group", limit: 40),
        .init("homes", json: "homes", limit: 7, numeric: true),
        .init("places", json: "places", limit: 7, numeric: true),
    ] + GroupRow.ratingNames.map { .init($0, json: $0, limit: 11, numeric: true) } + [
        .init("registered", json: "registered", limit: 10, numeric: true),
        .init("closed", json: "closed", limit: 6, numeric: true),
        .init("up", json: "up", limit: 4, numeric: true),
        .init("down", json: "down", limit: 4, numeric: true),
        .init("spellings", json: "spellings", limit: 60),
    ]
    public static var headers: [String] { columns.map(\.header) }

    /// A group's cells, unescaped: the spellings merged into an owner joined by " | ".
    public static func cells(_ row: GroupRow) -> [String?] {
        [row.label, String(row.homes), String(row.places)] + row.ratings.map(String.init)
            + [String(row.registered), String(row.closed), String(row.up), String(row.down),
               row.spellings.count > 1 ? row.spellings.joined(separator: " | ") : nil]
    }

    var tabular: TabularText { TabularText(columns: Self.columns, rows: summary.rows.map(Self.cells)) }

    /// The table, then what was grouped and the total, which the groups' homes add up to.
    public func table() -> String {
        let n = summary.rows.count
        return (summary.rows.isEmpty ? "" : tabular.table())
            + "\(RecordWords.count(n, "group")) by \(summary.by.title.lowercased()), "
            + "\(RecordWords.count(summary.homes, "home")) in all\n"
    }

    public func csv() -> String { tabular.csv() }

    public func json() -> String { tabular.json() }
}
