/// How many homes a list holds, in the words the browser's status line and
/// `homes query` both use, so the two never describe the same list differently.
public enum CountWording {
    /// "3,999 open homes at 2023-08-31" for the register itself, "7 of 3,999 open
    /// homes" under a query, and "12 of 5,470 homes, any status" when the query asks
    /// about status, closure or changes and closed homes may be listed.
    public static func shown(_ shown: Int, of query: Query, in index: SnapshotIndex) -> String {
        guard index.isOpenByDefault(query) else { return "\(thousands(shown)) of \(thousands(index.count)) homes, any status" }
        let open = "open home" + (index.openCount == 1 ? "" : "s")
        if query.isEmpty { return "\(thousands(index.openCount)) \(open) at \(index.asOf.iso)" }
        return "\(thousands(shown)) of \(thousands(index.openCount)) \(open)"
    }

    /// 4006 → "4,006".
    public static func thousands(_ n: Int) -> String { RecordWords.thousands(n) }
}
