/// The rows `homes query` prints, in the three formats it offers.
public struct QueryResults {
    public let index: SnapshotIndex
    public let homes: [Int32]

    public init(index: SnapshotIndex, homes: [Int32]) {
        self.index = index
        self.homes = homes
    }

    static let columns: [TabularText.Column] = [
        .init("URN", json: "urn", limit: 10),
        .init("Name", json: "name", limit: 40),
        .init("Type", json: "type", limit: 32),
        .init("Sector", json: "sector", limit: 16),
        .init("Authority", json: "authority", limit: 26),
        .init("Places", json: "places", limit: 6, numeric: true),
        .init("Rating", json: "rating", limit: 32),
        .init("Trend", json: "trend", limit: 5),
        .init("Last inspected", json: "lastInspected", limit: 14),
        .init("Status", json: "status", limit: 18),
    ]
    public static var headers: [String] { columns.map(\.header) }
    static let ratingColumn = 6, trendColumn = 7

    /// One home's cells, unescaped; nil where there is no value. The name is the
    /// organisation's where Ofsted published the name as REDACTED. Status says
    /// "closed 2023-11-30" in words for a home no longer on the register.
    public func cells(_ home: Int32) -> [String?] {
        let h = index.snapshot.homes[Int(home)]
        return [
            h.urn,
            h.name ?? h.organisation,
            h.provisionType,
            h.sector?.ofstedName,
            index.snapshot.authority(of: h)?.name,
            h.places.map(String.init),
            index.latestOverall(home)?.ofstedName,
            index.trend(home)?.keyword,
            index.lastInspected(home)?.iso,
            index.closedWording(home) ?? h.status?.ofstedName ?? "open",
        ]
    }

    var tabular: TabularText {
        TabularText(columns: Self.columns, rows: homes.map(cells)) { row, column in
            let h = homes[row]
            switch column {
            case Self.ratingColumn: return index.latestOverall(h)?.shortName
            case Self.trendColumn: return index.trend(h)?.mark
            default: return nil
            }
        }
    }

    /// Columns aligned by display width, long text cut with an ellipsis, every
    /// control character escaped, then a count line.
    public func table(total: Int, query: Query = .all) -> String {
        tabular.table() + countLine(total: total, query: query) + "\n"
    }

    /// How many homes matched, in the browser's words ("7 of 3,999 open homes"), and
    /// how many of them are shown when `--limit` cut the list.
    public func countLine(total: Int, query: Query = .all) -> String {
        let matched = CountWording.shown(total, of: query, in: index)
        return homes.count == total ? matched : "\(CountWording.thousands(homes.count)) shown; \(matched)"
    }

    public func csv() -> String { tabular.csv() }

    public func json() -> String { tabular.json() }
}
