/// The rows `homes children` prints: one per child, in the three formats of
/// `homes query`. Every child of the snapshot is a row when nothing is asked.
public struct ChildResults {
    public let table: ChildTable
    public let children: [Int32]

    public init(table: ChildTable, children: [Int32]) {
        self.table = table
        self.children = children
    }

    static let columns: [TabularText.Column] = [
        .init("Child", json: "child", limit: 16),
        .init("Home URN", json: "homeUrn", limit: 10),
        .init("Current or last home", json: "home", limit: 32),
        .init("Home authority", json: "homeAuthority", limit: 24),
        .init("Placed by", json: "placedBy", limit: 24),
        .init("Placements", json: "placements", limit: 10, numeric: true),
        .init("Moves 12m", json: "movesLastYear", limit: 9, numeric: true),
        .init("Unplanned", json: "unplannedEndings", limit: 9, numeric: true),
        .init("Days in care", json: "daysInCare", limit: 12, numeric: true),
        .init("Ongoing", json: "ongoing", limit: 7),
    ]
    public static var headers: [String] { columns.map(\.header) }

    /// One child's cells, unescaped; nil where there is no value.
    public func cells(_ child: Int32) -> [String?] {
        let snapshot = table.index.snapshot
        let c = Int(child)
        let home = table.home(child).map { snapshot.homes[Int($0)] }
        func authority(_ a: Int32?) -> String? { a.flatMap { $0 >= 0 ? snapshot.localAuthorities[Int($0)].name : nil } }
        return [table.reference(child), home?.urn, home?.displayName, authority(table.homeAuthority[c] < 0 ? nil : table.homeAuthority[c]),
                authority(table.placingAuthority(child)), String(table.placements[c]), String(table.moves[c]),
                String(table.unplanned[c]), table.daysInCare[c] < 0 ? nil : String(table.daysInCare[c]),
                table.placements[c] == 0 ? nil : table.ongoing[c] != 0 ? "yes" : "no"]
    }

    var tabular: TabularText { TabularText(columns: Self.columns, rows: children.map(cells)) }

    public func table(total: Int) -> String {
        (children.isEmpty ? "" : tabular.table())
            + "\(RecordWords.thousands(children.count)) of \(RecordWords.count(total, "child", plural: "children"))\n"
    }

    public func csv() -> String { tabular.csv() }

    public func json() -> String { tabular.json() }
}
