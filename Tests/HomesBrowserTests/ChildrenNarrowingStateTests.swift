import Testing
import HomesData
@testable import HomesBrowser

/// The children list narrowing as it is typed — each clause's rows kept in the sort
/// order, a clause typed longer filtering its own rows — against matching every child
/// afresh and sorting, at every keystroke of a query typed and erased, in several orders.
@Suite struct ChildrenNarrowingStateTests {
    static let index = SnapshotIndex(SnapshotGenerator(homes: 300, seed: 5, placementsPerHome: 12).generate())

    @Test(arguments: [ChildColumn.moves, .reference, .home, .inCare], [
        "moves>=1 placed-by:leeds ongoing", "placed-by:l,m unplanned>=1 -c00", "c000 -ongoing moves:0,1", "-placed-in:leeds placements>=2",
    ])
    func typingAndErasingAgreesWithMatching(column: ChildColumn, text: String) throws {
        let index = Self.index
        var state = ChildrenState(index: index)
        state.sort(column, descending: !column.descendingFirst)
        let table = state.table
        let typed = (0...text.count).map { String(text.prefix($0)) }
        var checked = 0
        for prefix in typed + typed.reversed() {
            state.setQuery(prefix, index: index)
            guard state.error == nil else { continue }
            let query = try ChildQuery.parse(prefix, index: index)
            #expect(state.rows == table.sorted(table.matches(query), by: column, descending: !column.descendingFirst), "'\(prefix)'")
            checked += 1
        }
        #expect(checked > text.count, "most prefixes parse")
        // A sort with a query in force keeps the query's children, in the new order.
        state.sort(.reference, descending: false)
        #expect(state.rows == table.sorted(table.matches(try ChildQuery.parse("", index: index)), by: .reference, descending: false))
        state.setQuery(text, index: index)
        state.sort(.placedBy, descending: true)
        #expect(state.rows == table.sorted(table.matches(try ChildQuery.parse(text, index: index)), by: .placedBy, descending: true))
    }

    @Test func theTableIsBuiltOnceAndKept() {
        let first = BrowserState(index: Self.index, title: "t").updated(with: .openChildren)
        guard case .children(let a)? = first.stack.last else { Issue.record("no children screen"); return }
        let again = first.updated(with: .back).updated(with: .openChildren)
        guard case .children(let b)? = again.stack.last else { Issue.record("no children screen"); return }
        #expect(a.table === b.table)
        #expect(a.rows == b.rows)
    }
}
