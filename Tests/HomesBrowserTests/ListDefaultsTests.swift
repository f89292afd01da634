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
        // The same list as sorting by hand gives.
        var byHand = BrowserState(index: RegisterScreenTests.two, title: "test")
        byHand.setSort(column, descending: descending)
        #expect(app.state.results == byHand.results)
        #expect(app.state.beforeSort == nil, "nothing to go back to with '")
    }

    @Test func settingsKeysBecomeColumns() {
        #expect(ListDefaults(sort: SortKey.unplanned, descending: nil, columns: [.urn, .name, .moves])
            == ListDefaults(sort: .unplanned, columns: [.urn, .name, .moves]))
        for key in SortKey.allCases { #expect(ListColumn(sortKey: key).sortKey == key) }
    }

    @Test func sortedByLastVisit80x24() {
        #expect(Self.screen(80, 24, ListDefaults(sort: .inspected)) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name                Sector  Authority   Pl. Rating        Last visit ▼",
            " SC100005 Evil␛[31mRed⍰Rever… Private Manchester    3 Good          2024-11-11",
            " SC100001 Brontë House        Private Leeds         4 Outstanding ↑ 2024-07-01",
            " SC100002 Manchester City Co… LA      Manchester    2 Inadequate  ↓ 2023-01-10",
            " SC100003 東京ハウス 🏠       Vol.    Westminster   — —             never",
            "",
            "",
        ])
    }

    @Test func threeColumns80x24() {
        #expect(Self.screen(80, 24, ListDefaults(columns: [.urn, .name, .rating])) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name ▲                                                   Rating",
            " SC100001 Brontë House                                             Outstanding ↑",
            " SC100005 Evil␛[31mRed⍰Reversed␍␊Name                              Good",
            " SC100002 Manchester City Council                                  Inadequate  ↓",
            " SC100003 東京ハウス 🏠                                            —",
            "",
            "",
        ])
    }

    @Test func threeColumnsWithoutColour200x30() {
        #expect(Self.screen(200, 30, ListDefaults(columns: [.urn, .name, .rating]), colour: false) == [
            " homes · test · as of 2025-03-31                                                                                                                                                        every open home",
            " URN      Name ▲                                                                                                                                                                        Rating",
            " SC100001 Brontë House                                                                                                                                                                  ++ Outstanding ↑",
            " SC100005 Evil␛[31mRed⍰Reversed␍␊Name                                                                                                                                                   +  Good",
            " SC100002 Manchester City Council                                                                                                                                                       !! Inadequate  ↓",
            " SC100003 東京ハウス 🏠                                                                                                                                                                    —",
            "",
            "",
        ])
    }

    /// The order given is the order shown; the name joins when left out, after the URN.
    @Test func columnsInTheGivenOrderWithTheName80x24() {
        #expect(Self.screen(80, 24, ListDefaults(columns: [.rating, .authority, .urn, .unplanned])) == [
            " homes · test · as of 2025-03-31                                every open home",
            " Rating        Authority   URN      Name ▲                                 Unpl.",
            " Outstanding ↑ Leeds       SC100001 Brontë House                               0",
            " Good          Manchester  SC100005 Evil␛[31mRed⍰Reversed␍␊Name                0",
            " Inadequate  ↓ Manchester  SC100002 Manchester City Council                    1",
            " —             Westminster SC100003 東京ハウス 🏠                              0",
            "",
            "",
        ])
    }

    /// A sort by a column not listed shows it, at the end: the sorted column always shows.
    @Test func sortedByAColumnNotListed80x24() {
        #expect(Self.screen(80, 24, ListDefaults(sort: .places, columns: [.urn, .name])) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name                                                             Pl. ▼",
            " SC100001 Brontë House                                                         4",
            " SC100005 Evil␛[31mRed⍰Reversed␍␊Name                                          3",
            " SC100002 Manchester City Council                                              2",
            " SC100003 東京ハウス 🏠                                                        —",
            "",
            "",
        ])
    }

    /// More columns than 80 can hold: the least needed give way, as they do by default.
    @Test func everyColumnAt80x24() {
        #expect(Self.screen(80, 24, ListDefaults(columns: ListColumn.allCases)) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name ▲          Authority    Occ.  Plc. Unpl. Rating        Last visit",
            " SC100001 Brontë House    Leeds         50%     2     0 Outstanding ↑ 2024-07-01",
            " SC100005 Evil␛[31mRed⍰R… Manchester     0%     0     0 Good          2024-11-11",
            " SC100002 Manchester Cit… Manchester     0%     1     1 Inadequate  ↓ 2023-01-10",
            " SC100003 東京ハウス 🏠   Westminster     —     0     0 —             never",
            "",
            "",
        ])
    }
}
