/// The rows `homes changes` prints: one per change, in the formats `homes query`
/// offers. The CSV header is exactly `change,urn,name,authority,before,after,date`,
/// so a spreadsheet made from one year's changes lines up with the next year's.
public struct ChangeResults {
    public let index: SnapshotIndex
    public let changes: [RegisterChange]

    public init(index: SnapshotIndex, changes: [RegisterChange]) {
        self.index = index
        self.changes = changes
    }

    static let columns: [TabularText.Column] = [
        .init("change", json: "change", limit: 12),
        .init("urn", json: "urn", limit: 10),
        .init("name", json: "name", limit: 36),
        .init("authority", json: "authority", limit: 24),
        .init("before", json: "before", limit: 32),
        .init("after", json: "after", limit: 32),
        .init("date", json: "date", limit: 10),
    ]

    /// One change's cells, unescaped; nil where there is no value. The name is the
    /// organisation's where Ofsted published the name as REDACTED, as in `homes query`.
    public func cells(_ c: RegisterChange) -> [String?] {
        let h = index.snapshot.homes[Int(c.home)]
        return [c.kind.rawValue, h.urn, h.name ?? h.organisation, index.snapshot.authority(of: h)?.name, c.before, c.after, c.date?.iso]
    }

    var tabular: TabularText { TabularText(columns: Self.columns, rows: changes.map(cells)) }

    /// "Registered 41 · Closed 38 · …": every kind, in a fixed order, zeros included,
    /// so two summaries compare at a glance.
    public static func countsLine(_ changes: [RegisterChange]) -> String {
        var counts = [ChangeKind: Int]()
        for c in changes { counts[c.kind, default: 0] += 1 }
        return ChangeKind.allCases.map { "\($0.title) \(counts[$0] ?? 0)" }.joined(separator: " · ")
    }

    /// The table, then what was compared and the counts per kind.
    public func table(from older: RegisterTimeline.Edition, to newer: RegisterTimeline.Edition) -> String {
        let n = changes.count
        return (changes.isEmpty ? "" : tabular.table())
            + "\(n) change\(n == 1 ? "" : "s") from \(older.date.iso) (\(TerminalText.escaped(older.file))) to \(newer.date.iso) (\(TerminalText.escaped(newer.file)))\n"
            + Self.countsLine(changes) + "\n"
    }

    public func csv() -> String { tabular.csv() }

    public func json() -> String { tabular.json() }
}
