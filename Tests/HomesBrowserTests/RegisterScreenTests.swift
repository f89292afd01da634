import Testing
import HomesData
@testable import HomesBrowser

/// The register over time on screen: two snapshots a year apart (`TestSnapshots.older()`
/// and `small()`), so the list has trend marks and a closed home, the changes screen has
/// every kind of change, and the detail has a history of two rows.
@Suite struct RegisterScreenTests {
    static let two = TestSnapshots.twoEditions()

    static func screen(_ width: Int, _ height: Int, colour: Bool = true, index: SnapshotIndex = two,
                       _ script: (inout BrowserApp) -> Void = { _ in }) -> [String] {
        var app = TestSnapshots.app(index, width: width, height: height, colour: colour)
        script(&app)
        let lines = app.draw(width: width, height: height).trimmedLines
        GoldenDump.write(lines)
        return lines
    }

    static func query(_ text: String) -> (inout BrowserApp) -> Void {
        { app in
            app.press(.character("/"))
            app.type(text)
            app.press(.enter)
        }
    }

    // MARK: List

    @Test func listWithAClosedHomeAndTrendMarks80x24() {
        #expect(RegisterScreenTests.screen(80, 24, RegisterScreenTests.query("status:any")) == [
            " homes · test · as of 2025-03-31                              query: status:any",
            " URN      Name ▲       Status            Authority  Pl. Rating        Last visit",
            " SC100001 Brontë House open              Leeds        4 Outstanding ↑ 2024-07-01",
            " 1234567  Café Lodge   closed 2024-12-31 Leeds       12 Good          2018-02-02",
            " SC100005 Evil␛[31mRe… open              Manchester   3 Good          2024-11-11",
            " SC100002 Manchester … open              Manchester   2 Inadequate  ↓ 2023-01-10",
            " SC099999 Old Oak Hou… closed            Leeds        2 —             never",
            " SC100003 東京ハウス … open              Westminst…   — —             never",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 6 of 6 homes, any status · sort: Name ▲          / search · c changes · ? help",
        ])
    }

    @Test func listWithAClosedHomeAndTrendMarksWithoutColour80x24() {
        #expect(RegisterScreenTests.screen(80, 24, colour: false, RegisterScreenTests.query("status:any")) == [
            " homes · test · as of 2025-03-31                              query: status:any",
            " URN      Name ▲       Status            Authority   Rating           Last visit",
            " SC100001 Brontë House open              Leeds       ++ Outstanding ↑ 2024-07-01",
            " 1234567  Café Lodge   closed 2024-12-31 Leeds       +  Good          2018-02-02",
            " SC100005 Evil␛[31mRe… open              Manchester  +  Good          2024-11-11",
            " SC100002 Manchester … open              Manchester  !! Inadequate  ↓ 2023-01-10",
            " SC099999 Old Oak Hou… closed            Leeds          —             never",
            " SC100003 東京ハウス … open              Westminster    —             never",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 6 of 6 homes, any status · sort: Name ▲          / search · c changes · ? help",
        ])
    }

    @Test func listOfClosedHomes60x15() {
        #expect(RegisterScreenTests.screen(60, 15, RegisterScreenTests.query("changed:closed")) == [
            " homes · test · as of 2025-03-31      query: changed:closed",
            " URN      Name ▲            Status            LA    Rating",
            " 1234567  Café Lodge        closed 2024-12-31 Leeds Good",
            " SC099999 Old Oak House     closed            Leeds —",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 2 of 6 homes, any status · sort: Name ▲             ? help",
        ])
    }

    // MARK: Changes

    @Test func changes80x24() {
        #expect(RegisterScreenTests.screen(80, 24) { $0.press(.character("c")) } == [
            " Changes 2024-03-31 → 2025-03-31                                     every home",
            " [All 9] · Registered 1 · Closed 2 · Rating up 1 · Rating down 1",
            " First rating 1 · Places 1 · Owner 1 · Status 1",
            " Change       URN      Name           Local auth… Before → after      Date",
            " Registered   SC100003 東京ハウス 🏠  Westminster not listed → Active —",
            " Closed       1234567  Café Lodge     Leeds       Active → Resigned   2024-12-31",
            " Closed       SC099999 Old Oak House  Leeds       Active → not listed —",
            " Rating up    SC100001 Brontë House   Leeds       RI → Outstanding    2024-07-01",
            " Rating down  SC100002 Manchester Ci… Manchester  Good → Inadequate   2023-01-10",
            " First rating SC100005 Evil␛[31mRed⍰… Manchester  not rated → Good    2024-11-11",
            " Places       SC100001 Brontë House   Leeds       3 → 4               —",
            " Owner        SC100002 Manchester Ci… Manchester  Manches… → Manches… —",
            " Status       SC100005 Evil␛[31mRed⍰… Manchester  Suspended → Active  —",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 1/9 · every kind            Tab or 1–8 kind · 0 all · Enter open home · q back",
        ])
    }

    @Test func changesOfOneKind60x15() {
        #expect(RegisterScreenTests.screen(60, 15) { $0.press(.character("c"), .character("2")) } == [
            " Changes 2024-03-31 → 2025-03-31                 every home",
            " All 9 · Registered 1 · [Closed 2] · Rating up 1",
            " Rating down 1 · First rating 1 · Places 1 · Owner 1",
            " Status 1",
            " Change       URN      Name        Before → after Date",
            " Closed       1234567  Café Lodge  → Resigned     2024-12-31",
            " Closed       SC099999 Old Oak Ho… → not listed   —",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 1/2 · Closed                Tab kind · Enter home · q back",
        ])
    }

    @Test func changes200x50() {
        #expect(RegisterScreenTests.screen(200, 50) { $0.press(.character("c"), .down, .down) } == [
            " Changes 2024-03-31 → 2025-03-31                                                                                                                                                             every home",
            " [All 9] · Registered 1 · Closed 2 · Rating up 1 · Rating down 1 · First rating 1 · Places 1 · Owner 1 · Status 1",
            " Change       URN      Name                                                   Local authority                        Before → after                                                           Date",
            " Registered   SC100003 東京ハウス 🏠                                          Westminster                            not listed → Active                                                      —",
            " Closed       1234567  Café Lodge                                             Leeds                                  Active → Resigned                                                        2024-12-31",
            " Closed       SC099999 Old Oak House                                          Leeds                                  Active → not listed                                                      —",
            " Rating up    SC100001 Brontë House                                           Leeds                                  RI → Outstanding                                                         2024-07-01",
            " Rating down  SC100002 Manchester City Council                                Manchester                             Good → Inadequate                                                        2023-01-10",
            " First rating SC100005 Evil␛[31mRed⍰Reversed␍␊Name                            Manchester                             not rated → Good                                                         2024-11-11",
            " Places       SC100001 Brontë House                                           Leeds                                  3 → 4                                                                    —",
            " Owner        SC100002 Manchester City Council                                Manchester                             Manchester City Council (Children's Services) → Manchester City Council  —",
            " Status       SC100005 Evil␛[31mRed⍰Reversed␍␊Name                            Manchester                             Suspended → Active                                                       —",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 3/9 · every kind                                                                                                                                    Tab or 1–8 kind · 0 all · Enter open home · q back",
        ])
    }

    @Test func changesOfTheQueryWithAnEmptyKind80x24() {
        #expect(RegisterScreenTests.screen(80, 24) { app in
            RegisterScreenTests.query("leeds")(&app)
            app.press(.character("c"), .character("8"))
        } == [
            " Changes 2024-03-31 → 2025-03-31                                   query: leeds",
            " All 4 · Registered 0 · Closed 2 · Rating up 1 · Rating down 0 · First rating 0",
            " Places 1 · Owner 0 · [Status 0]",
            " Change       URN      Name           Local auth… Before → after      Date",
            "",
            "  No change of this kind. 0 shows every kind.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " no changes · Status         Tab or 1–8 kind · 0 all · Enter open home · q back",
        ])
    }

    @Test func oneSnapshotSaysThereIsNothingToCompare80x24() {
        let single = SnapshotIndex(TestSnapshots.small(), timeline: .single(TestSnapshots.small(), file: "/data/homes/2025-03-31.json"))
        #expect(RegisterScreenTests.screen(80, 24, index: single) { $0.press(.character("c")) } == [
            " Changes · one snapshot                                              every home",
            "",
            "  Only one snapshot is loaded, 2025-03-31 (2025-03-31.json), so there is",
            "  nothing to compare it with.",
            "",
            "  To see which homes were registered or closed and whose ratings went up or",
            "  down, open snapshots of two or more dates together:",
            "",
            "    homes DIR                 every snapshot in a directory",
            "    homes OLD.json NEW.json   two files",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " one snapshot: nothing to compare                                        q back",
        ])
    }

    @Test func oneSnapshotSaysThereIsNothingToCompare60x15() {
        let single = SnapshotIndex(TestSnapshots.small(), timeline: .single(TestSnapshots.small(), file: "2025-03-31.json"))
        #expect(RegisterScreenTests.screen(60, 15, index: single) { $0.press(.character("c")) } == [
            " Changes · one snapshot                          every home",
            "",
            "  Only one snapshot is loaded, 2025-03-31",
            "  (2025-03-31.json), so there is nothing to compare it",
            "  with.",
            "",
            "  To see which homes were registered or closed and whose",
            "  ratings went up or down, open snapshots of two or more",
            "  dates together:",
            "",
            "    homes DIR                 every snapshot in a directory",
            "    homes OLD.json NEW.json   two files",
            "",
            "",
            " one snapshot: nothing to compare                    q back",
        ])
    }

    // MARK: Detail

    /// The owner is the table's last column, cut at 80 columns; where it changed, each
    /// owner is given whole under the table.
    @Test func detailOfAHomeWhoseOwnerChanged80x24() {
        #expect(RegisterScreenTests.screen(80, 24) { app in
            RegisterScreenTests.query("SC100002")(&app)
            app.press(.enter, .character("G"))
        } == [
            " Manchester City Council  ·  SC100002",
            "",
            " Inspections (2)",
            "  Date        Type                Overall     Helped & protected  Leaders & man…",
            "  2023-01-10  Full inspection  ↓  Inadequate  Inadequate          Inadequate",
            "  2022-03-01  Full inspection     Good        Good                Good",
            "",
            " Register history (2 snapshots)",
            "  Snapshot    Status  Places  Rating      Rated on    Owner",
            "  2024-03-31  Active       2  Good        2022-03-01  Manchester City Council (…",
            "  2025-03-31  Active       2  Inadequate  2023-01-10  Manchester City Council",
            "  Owner at 2024-03-31  Manchester City Council (Children's Services)",
            "  Owner at 2025-03-31  Manchester City Council",
            "",
            " Stability on 2025-03-31 (synthetic placements)",
            "  Children living here  0 of 2 places (0%)",
            "  Median stay           5 months (152 days, over 1 ended placement)",
            "  Unplanned endings     the one ending in the last 12 months was unplanned",
            "  Started in 12 months  0 placements",
            "",
            " Placements (1)",
            "  Child     Start       End         Days  Length    Placed by   How it ended",
            "  C0000001  2024-01-01  2024-06-01   152  5 months  Manchester  unplanned: Care…",
            " 38/38      Tab section · Enter child journey · A authority · [ ] home · q back",
        ])
    }

    @Test func detailOfAClosedHomeWithItsHistory80x24() {
        #expect(RegisterScreenTests.screen(80, 24) { app in
            RegisterScreenTests.query("changed:closed")(&app)
            app.press(.enter, .character("G"))
        } == [
            " Café Lodge  ·  1234567  ·  closed 2024-12-31",
            "  Region              Yorkshire and the Humber",
            "  Ofsted region       —",
            "  Latest rating       Good 2018-02-02",
            "  Ratings over time    G   2018",
            "",
            " Inspections (1)",
            "  Date        Type             Overall  Helped & protected  Leaders & managers",
            "  2018-02-02  Full inspection  Good     Good                Good",
            "",
            " Register history (2 snapshots)",
            "  Snapshot    Status                       Places  Rating  Rated on    Owner",
            "  2024-03-31  Active                           12  Good    2018-02-02  Academy …",
            "  2025-03-31  Resigned, closed 2024-12-31      12  Good    2018-02-02  Academy …",
            "",
            " Stability on 2025-03-31 (synthetic placements)",
            "  Children living here  0 of 12 places (0%)",
            "  Median stay           — (no placement has ended)",
            "  Unplanned endings     no placement ended in the last 12 months",
            "  Started in 12 months  0 placements",
            "",
            " Placements (0)",
            "  No placements recorded.",
            " 34/34      Tab section · Enter child journey · A authority · [ ] home · q back",
        ])
    }

    @Test func detailOfAClosedHomeFields200x50() {
        #expect(RegisterScreenTests.screen(200, 50) { app in
            RegisterScreenTests.query("changed:closed")(&app)
            app.press(.enter)
        } == [
            " Café Lodge  ·  1234567  ·  closed 2024-12-31",
            " Home",
            "  URN                 1234567",
            "  Name                Café Lodge",
            "  Organisation        Academy Trust",
            "  Provision type      Residential special school (registered as a children's home)",
            "  Sector              Academy",
            "  Status              Resigned · closed 2024-12-31 (not open at 2025-03-31)",
            "  Places              12",
            "  Registered for      —",
            "  Short breaks only   no",
            "  Multiple buildings  no",
            "  Local authority     Leeds (E08000035) · children's services Good (2023-02-01)",
            "  Region              Yorkshire and the Humber",
            "  Ofsted region       —",
            "  Latest rating       Good 2018-02-02",
            "  Ratings over time    G   2018",
            "",
            " Inspections (1)",
            "  Date        Type             Overall  Helped & protected  Leaders & managers  Education  Health  Published      Event",
            "  2018-02-02  Full inspection  Good     Good                Good                —          —       2018-03-04  10000005",
            "",
            " Register history (2 snapshots)",
            "  Snapshot    Status                       Places  Rating  Rated on    Owner",
            "  2024-03-31  Active                           12  Good    2018-02-02  Academy Trust",
            "  2025-03-31  Resigned, closed 2024-12-31      12  Good    2018-02-02  Academy Trust",
            "",
            " Stability on 2025-03-31 (synthetic placements)",
            "  Children living here  0 of 12 places (0%)",
            "  Median stay           — (no placement has ended)",
            "  Unplanned endings     no placement ended in the last 12 months",
            "  Started in 12 months  0 placements",
            "",
            " Placements (0)",
            "  No placements recorded.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 1/34                                                                                                                               Tab section · Enter child journey · A authority · [ ] home · q back",
        ])
    }

    @Test func historyOfAHomeNotListedInTheOlderSnapshot60x15() {
        #expect(RegisterScreenTests.screen(60, 15) { app in
            RegisterScreenTests.query("SC100003")(&app)
            app.press(.enter, .tab, .tab)
        } == [
            " 東京ハウス 🏠  ·  SC100003",
            " Register history (2 snapshots)",
            "  Snapshot    Status      Places  Rating  Rated on  Owner",
            "  2024-03-31  not listed",
            "  2025-03-31  Active           —  —       —         Ωmega T…",
            "",
            " Stability on 2025-03-31 (synthetic placements)",
            "  Children living here  0 (places not published)",
            "  Median stay           — (no placement has ended)",
            "  Unplanned endings     no placement ended in the last 12 m…",
            "  Started in 12 months  0 placements",
            "",
            " Placements (0)",
            "  No placements recorded.",
            " 20/32                   Tab · Enter journey · [ ] · q back",
        ])
    }

    // MARK: Styles the lines cannot show

    /// With colour ↑ is green and ↓ red, and a closed home's row is dimmed; without colour
    /// no cell has a colour, and the marks and the bold "closed" words carry it alone.
    @Test(arguments: [true, false])
    func trendMarksAndClosedRowsStyles(colour: Bool) {
        var app = TestSnapshots.app(RegisterScreenTests.two, colour: colour)
        RegisterScreenTests.query("status:any")(&app)
        app.press(.character("G")) // the selection on the last row, so these rows show their own styles
        let grid = app.draw(width: 80, height: 24)
        func cell(_ text: String, row: Int) -> Cell? {
            guard let x = BrowserAppTests.x(of: text, in: grid.lines[row]) else { return nil }
            return grid[x, row]
        }
        let brontë = 2, café = 3, manchester = 5
        #expect(cell("closed 2024-12-31", row: café)?.style.bold == true)
        #expect(cell("1234567", row: café)?.style.dim == colour)
        #expect(cell("SC100001", row: brontë)?.style.dim == false)
        if colour {
            #expect(cell("↑", row: brontë)?.style.foreground == .green)
            #expect(cell("↓", row: manchester)?.style.foreground == .red)
        } else {
            #expect(grid.cells.allSatisfy { $0.style.foreground == .none })
            #expect(cell("↑", row: brontë)?.style.bold == true)
            #expect(cell("↓", row: manchester)?.style.bold == true)
        }
    }
}
