import Testing
@testable import HomesData

/// The children list's faster structures against the plain computations they replace:
/// the table filled a child's run at a time against placements in no order, the
/// reference order by prefix against comparing in full, a query narrowed in a sort
/// order against matching then sorting, and which clauses narrow which.
@Suite struct ChildNarrowingTests {
    static let index = GroupsTests.placed

    /// The generated snapshot with its placements scattered (each child's no longer
    /// together), which the table must read the same.
    static let scattered: SnapshotIndex = {
        var snapshot = GroupsTests.placed.snapshot
        let n = snapshot.placements.count
        var step = 7919
        while gcd(step, n) != 1 { step += 2 }
        snapshot.placements = (0..<n).map { snapshot.placements[($0 * step) % n] }
        return SnapshotIndex(snapshot)
    }()

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    @Test func placementsInAnyOrderGiveTheSameTable() {
        let grouped = ChildTable(index: Self.index), scattered = ChildTable(index: Self.scattered)
        #expect(grouped.count == scattered.count)
        #expect(grouped.placements == scattered.placements)
        #expect(grouped.moves == scattered.moves)
        #expect(grouped.unplanned == scattered.unplanned)
        #expect(grouped.daysInCare == scattered.daysInCare)
        #expect(grouped.ongoing == scattered.ongoing)
        #expect(grouped.placedBy == scattered.placedBy)
        #expect(grouped.homeAuthority == scattered.homeAuthority)
        #expect(grouped.placements.contains { $0 > 1 }, "children with several placements, so order matters")
        func latest(_ t: ChildTable, _ c: Int) -> Day? { t.latest[c] < 0 ? nil : t.index.snapshot.placements[Int(t.latest[c])].start }
        for c in 0..<grouped.count { #expect(latest(grouped, c) == latest(scattered, c), "child \(c)") }
    }

    @Test(arguments: [
        ["C0000012", "c0000012", "C0000003", "C000001", "", "C00000123", "C00000122", "c00000123", "C0000012a", "Zed", "ab"],
        (0..<300).map { "REF-\(($0 * 37) % 101)-\($0 % 3 == 0 ? "x" : "")" },
    ])
    func referenceOrderByPrefixIsTheFullComparison(values: [String]) {
        let column = FoldedColumn(count: values.count) { values[$0] }
        #expect(column.sortedOrderByPrefix() == column.sortedOrder(tieBreak: nil))
    }

    @Test func generatedReferencesInOrder() {
        let table = ChildTable(index: Self.index)
        #expect(table.references.sortedOrderByPrefix() == table.references.sortedOrder(tieBreak: nil))
    }

    static let queries = ["moves>=1", "moves>=2 placed-by:leeds", "ongoing -placed-in:leeds", "unplanned>=1 moves:0,2",
                          "placements:2..3 c0", "-ongoing", "c00 ongoing", "zzz", "-zzz moves>=1", "placed-by:l,m unplanned:0",
                          // A count on the sorted column: a run of the order.
                          "moves>=2", "moves:1..2 ongoing", "placements>=2", "placements:1", "unplanned:1", "unplanned>=1", "moves:2..2", "moves:0",
                          "moves>=99"]

    @Test(arguments: ChildColumn.allCases, [false, true])
    func narrowingInASortOrderIsMatchingThenSorting(column: ChildColumn, descending: Bool) throws {
        let table = ChildTable(index: Self.index)
        let order = table.order(by: column, descending: descending)
        #expect(order === table.order(by: column, descending: descending), "worked out once")
        #expect(order.order == table.sorted((0..<Int32(table.count)).map { $0 }, by: column, descending: descending))
        for text in Self.queries {
            let query = try ChildQuery.parse(text, index: Self.index)
            let rows = query.clauses.reduce(nil as [Int32]?) { table.narrow(sorted: $0, in: order, by: $1) } ?? order.order
            #expect(rows == table.sorted(table.matches(query), by: column, descending: descending), "\(text)")
            #expect(order.arrange(table.matches(query)) == rows, "\(text)")
        }
    }

    @Test(arguments: [
        ("placed-by:leeds", "placed-by:le", true), ("placed-by:le", "placed-by:leeds", false),
        ("moves>=3", "moves>=2", true), ("moves>=2", "moves>=3", false), ("moves:1,3", "moves>=1", true),
        ("moves>=1", "moves:1,3", false), ("c123", "c12", true), ("c12", "c123", false),
        ("-c12", "-c123", true), ("-c123", "-c12", false), ("-c123", "c12", false),
        ("ongoing", "ongoing", true), ("unplanned>=2", "moves>=2", false), ("placed-in:leeds", "placed-by:leeds", false),
    ])
    func whichClausesNarrowWhich(narrow: String, wide: String, expected: Bool) throws {
        let a = try ChildQuery.parse(narrow, index: Self.index).clauses[0]
        let b = try ChildQuery.parse(wide, index: Self.index).clauses[0]
        #expect(a.isNarrower(than: b) == expected)
        // What it claims holds on the children.
        if expected {
            let table = ChildTable(index: Self.index)
            let narrowed = Set(table.narrow(nil, by: a)), widened = Set(table.narrow(nil, by: b))
            #expect(narrowed.isSubset(of: widened))
        }
    }
}
