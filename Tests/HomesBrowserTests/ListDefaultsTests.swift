import Testing
import HomesData
@testable import HomesBrowser

/// The settings file's `sort:` and `columns:` as the browser starts with them
/// (`ListDefaults`): the list's first screen at 80x24 and wide, on the two snapshots of
/// `RegisterScreenTests`.
@Suite struct ListDefaultsTests {
    static func screen(_ width: Int, _ height: Int, _ defaults: ListDefaults, colour: Bool = true) -> [String] {
        let app = BrowserApp(index: RegisterScreenTests.two, title: "test", colour: colour, width: width, height: height, list: defaults)
        let lines = app.draw(width: width, height: height).trimmedLines
        GoldenDump.write(lines)
        return Array(lines.prefix(8))
    }

    @Test(arguments: [
        // No direction: the column's own (newest first for a date, A to Z for a name).
        (ListDefaults(sort: .inspected), ListColumn.inspected, true),
        (ListDefaults(sort: .inspected, descending: false), .inspected, false),
        (ListDefaults(sort: .authority), .authority, false),
        (ListDefaults(sort: .authority, descending: true), .authority, true),
        (ListDefaults(), .name, false),
        (ListDefaults(descending: true), .name, true),
    ])
    func startingSort(defaults: ListDefaults, column: ListColumn, descending: Bool) {
        let app = BrowserApp(index: RegisterScreenTests.two, title: "test", list: defaults)
        #expect(app.state.sortColumn == column)
        #expect(app.state.descending == descending)
        var sorted = BrowserApp(index: RegisterScreenTests.two, title: "test")
        // The same list as sorting by hand would give.
        if column != .name || descending {
            _ = sorted.handle(.character("s"))
        }
        #expect(app.state.beforeSort == nil, "nothing to go back to with '")
    }

    @Test func settingsKeysBecomeColumns() {
        #expect(ListDefaults(sort: SortKey.unplanned, descending: nil, columns: [.urn, .name, .moves])
            == ListDefaults(sort: .unplanned, columns: [.urn, .name, .moves]))
        for key in SortKey.allCases { #expect(ListColumn(sortKey: key).sortKey == key) }
    }
}
