import Testing
import HomesData
@testable import HomesBrowser

/// Whole screens, ratatui-style: scripted keys in, every line of the grid out (trailing
/// spaces trimmed), at 80x24, a small 60x15 and a wide 200x50, on the hand-built snapshot
/// with accents, wide characters, combining marks, a REDACTED name and a hostile name.
@Suite struct ScreenTests {
    static func screen(_ width: Int, _ height: Int, colour: Bool = true, _ script: (inout BrowserApp) -> Void = { _ in }) -> [String] {
        var app = TestSnapshots.app(width: width, height: height, colour: colour)
        script(&app)
        let lines = app.draw(width: width, height: height).trimmedLines
        GoldenDump.write(lines)
        return lines
    }

    static let sizes = [(80, 24), (60, 15), (200, 50)]

    // MARK: 80x24

    @Test func list80x24() {
        #expect(ScreenTests.screen(80, 24) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name ▲       Type      Sector  Authority  Pl. Rating        Last visit",
            " SC100001 Brontë House Ch. home  Private Leeds        4 Outstanding ↑ 2024-07-01",
            " SC100005 Evil␛[31mRe… Ch. home  Private Manchester   3 Good          2024-11-11",
            " SC100002 Manchester … Ch. home  LA      Manchester   2 Inadequate    2023-01-10",
            " SC100003 東京ハウス … Secure CH Vol.    Westminst…   — —             never",
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
            " 4 open homes at 2025-03-31 · sort: Name ▲        / search · c changes · ? help",
        ])
    }

    @Test func queryErrorKeepsTheLastGoodList80x24() {
        #expect(ScreenTests.screen(80, 24) { app in
            app.press(.character("/"))
            app.type("leeds \"")
        } == [
            " homes · test · as of 2025-03-31                               rows for: leeds",
            " URN      Name ▲             Type     Sector  LA    Pl. Rating        Last visit",
            " SC100001 Brontë House       Ch. home Private Leeds   4 Outstanding ↑ 2024-07-01",
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
            "/ leeds \"",
            " ✖ this quote is never closed",
        ])
    }

    @Test func detail80x24() {
        #expect(ScreenTests.screen(80, 24) { app in app.press(.enter) } == [
            " Brontë House  ·  SC100001",
            " Home",
            "  URN                 SC100001",
            "  Name                Brontë House",
            "  Organisation        Brightpath Care Ltd",
            "  Provision type      Children's home",
            "  Sector              Private",
            "  Status              Active · registered 2011-03-04",
            "  Places              4",
            "  Registered for      EBD, LD",
            "  Short breaks only   no",
            "  Multiple buildings  no",
            "  Local authority     Leeds (E08000035) · children's services Good (2023-02-01)",
            "  Region              Yorkshire and the Humber",
            "  Ofsted region       North East, Yorkshire and the Humber",
            "  Latest rating       Outstanding 2024-07-01 ↑ better than the inspection before",
            "  Ratings over time    G  R  O   2019 → 2024",
            "",
            " Inspections (3)",
            "  Date        Type                Overall      Helped & protected  Leaders & ma…",
            "  2024-07-01  Full inspection  ↑  Outstanding  Outstanding         Outstanding",
            "  2022-06-01  Full inspection  ↓  RI           RI                  RI",
            "  2019-05-01  Full inspection     Good         Good                Good",
            " 1/38       Tab section · Enter child journey · A authority · [ ] home · q back",
        ])
    }

    @Test func childJourney80x24() {
        #expect(ScreenTests.screen(80, 24) { app in
            app.press(.enter, .character("G"), .up, .up, .enter)
        } == [
            " Child C0000001  ·  journey",
            " Child C0000001",
            "  Placements          2 in 2 homes across 2 authorities",
            "  Moves               1 in all, 1 in the last 12 months",
            "  Placed by           Manchester",
            "  Homes in            Leeds, Manchester",
            "  Endings             1 unplanned, 1 ongoing",
            "  Span of placements  14 months (ongoing)",
            "",
            " Placements, in date order",
            "  * = a move in the last 12 months",
            "  URN       Home                 Start       End         Length     Ending     …",
            "  SC100002  Manchester City Cou… 2024-01-01  2024-06-01  5 months   unplanned  …",
            "            … gap of 10 days",
            "* SC100001  Brontë House         2024-06-11  ongoing     9 months   ongoing    …",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 14/14                                        Tab section · Enter home · q back",
        ])
    }

    // MARK: 60x15

    @Test func list60x15() {
        #expect(ScreenTests.screen(60, 15) == [
            " homes · test · as of 2025-03-31            every open home",
            " URN      Name ▲        Authority   Rating        Last visit",
            " SC100001 Brontë House  Leeds       Outstanding ↑ 2024-07-01",
            " SC100005 Evil␛[31mRed… Manchester  Good          2024-11-11",
            " SC100002 Manchester C… Manchester  Inadequate    2023-01-10",
            " SC100003 東京ハウス 🏠 Westminster —             never",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 4 open homes at 2025-03-31 · sort: Name ▲           ? help",
        ])
    }

    @Test func queryErrorKeepsTheLastGoodList60x15() {
        #expect(ScreenTests.screen(60, 15) { app in
            app.press(.character("/"))
            app.type("leeds \"")
        } == [
            " homes · test · as of 2025-03-31           rows for: leeds",
            " URN      Name ▲          LA    Pl. Rating        Last visit",
            " SC100001 Brontë House    Leeds   4 Outstanding ↑ 2024-07-01",
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
            "/ leeds \"",
            " ✖ this quote is never closed",
        ])
    }

    @Test func detail60x15() {
        #expect(ScreenTests.screen(60, 15) { app in app.press(.enter) } == [
            " Brontë House  ·  SC100001",
            " Home",
            "  URN                 SC100001",
            "  Name                Brontë House",
            "  Organisation        Brightpath Care Ltd",
            "  Provision type      Children's home",
            "  Sector              Private",
            "  Status              Active · registered 2011-03-04",
            "  Places              4",
            "  Registered for      EBD, LD",
            "  Short breaks only   no",
            "  Multiple buildings  no",
            "  Local authority     Leeds (E08000035) · children's servic…",
            "  Region              Yorkshire and the Humber",
            " 1/38                    Tab · Enter journey · [ ] · q back",
        ])
    }

    @Test func childJourney60x15() {
        #expect(ScreenTests.screen(60, 15) { app in
            app.press(.enter, .character("G"), .up, .up, .enter)
        } == [
            " Child C0000001  ·  journey",
            "  Placements          2 in 2 homes across 2 authorities",
            "  Moves               1 in all, 1 in the last 12 months",
            "  Placed by           Manchester",
            "  Homes in            Leeds, Manchester",
            "  Endings             1 unplanned, 1 ongoing",
            "  Span of placements  14 months (ongoing)",
            "",
            " Placements, in date order",
            "  * = a move in the last 12 months",
            "  URN       Home                 Start       End         Le…",
            "  SC100002  Manchester City Cou… 2024-01-01  2024-06-01  5 …",
            "            … gap of 10 days",
            "* SC100001  Brontë House         2024-06-11  ongoing     9 …",
            " 14/14                    Tab section · Enter home · q back",
        ])
    }

    // MARK: 200x50

    @Test func list200x50() {
        #expect(ScreenTests.screen(200, 50) == [
            " homes · test · as of 2025-03-31                                                                                                                                                        every open home",
            " URN      Name ▲                                               Owner                   Provision type         Sector    Authority   Places Occupancy Placements Unplanned Moves Rating        Last visit",
            " SC100001 Brontë House                                         Brightpath Care Ltd     Children's home        Private   Leeds            4       50%          2         0     1 Outstanding ↑ 2024-07-01",
            " SC100005 Evil␛[31mRed⍰Reversed␍␊Name                          Hostile Ltd             Children's home        Private   Manchester       3        0%          0         0     0 Good          2024-11-11",
            " SC100002 Manchester City Council                              Manchester City Council Children's Home        LA        Manchester       2        0%          1         1     1 Inadequate    2023-01-10",
            " SC100003 東京ハウス 🏠                                        Ωmega Trust             Secure children's home Voluntary Westminster      —         —          0         0     0 —             never",
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
            "",
            "",
            "",
            "",
            "",
            "",
            " 4 open homes at 2025-03-31 · sort: Name ▲                                                                                   / search · f filters · c changes · Enter open · s r sort · ? help · q quit",
        ])
    }

    @Test func queryErrorKeepsTheLastGoodList200x50() {
        #expect(ScreenTests.screen(200, 50) { app in
            app.press(.character("/"))
            app.type("leeds \"")
        } == [
            " homes · test · as of 2025-03-31                                                                                                                                                       rows for: leeds",
            " URN      Name ▲                                                                  Owner               Provision type  Sector  LA    Places Occupancy Placements Unplanned Moves Rating        Last visit",
            " SC100001 Brontë House                                                            Brightpath Care Ltd Children's home Private Leeds      4       50%          2         0     1 Outstanding ↑ 2024-07-01",
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
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "/ leeds \"",
            " ✖ this quote is never closed",
        ])
    }

    @Test func detail200x50() {
        #expect(ScreenTests.screen(200, 50) { app in app.press(.enter) } == [
            " Brontë House  ·  SC100001",
            " Home",
            "  URN                 SC100001",
            "  Name                Brontë House",
            "  Organisation        Brightpath Care Ltd",
            "  Provision type      Children's home",
            "  Sector              Private",
            "  Status              Active · registered 2011-03-04",
            "  Places              4",
            "  Registered for      EBD, LD",
            "  Short breaks only   no",
            "  Multiple buildings  no",
            "  Local authority     Leeds (E08000035) · children's services Good (2023-02-01)",
            "  Region              Yorkshire and the Humber",
            "  Ofsted region       North East, Yorkshire and the Humber",
            "  Latest rating       Outstanding 2024-07-01 ↑ better than the inspection before",
            "  Ratings over time    G  R  O   2019 → 2024",
            "",
            " Inspections (3)",
            "  Date        Type                Overall      Helped & protected  Leaders & managers  Education  Health  Published      Event",
            "  2024-07-01  Full inspection  ↑  Outstanding  Outstanding         Outstanding         —          —       2024-07-31  10000003",
            "  2022-06-01  Full inspection  ↓  RI           RI                  RI                  —          —       2022-07-01  10000002",
            "  2019-05-01  Full inspection     Good         Good                Good                —          —       2019-05-31  10000001",
            "",
            " Register history (1 snapshot)",
            "  Snapshot    Status  Places  Rating       Rated on    Owner",
            "  2025-03-31  Active       4  Outstanding  2024-07-01  Brightpath Care Ltd",
            "",
            " Stability on 2025-03-31 (synthetic placements)",
            "  Children living here  2 of 4 places (50%)",
            "  Median stay           2y 0m (730 days, over 1 ended placement)",
            "  Unplanned endings     no placement ended in the last 12 months",
            "  Started in 12 months  1 placement",
            "",
            " Placements (3)",
            "  Child     Start       End         Days  Length     Placed by    How it ended",
            "  C0000001  2024-06-11  ongoing      293  9 months   Manchester   —",
            "  C0000003  2023-05-05  ongoing      696  22 months  Westminster  —",
            "  C0000002  2022-01-01  2024-01-01   730  2y 0m      Leeds        planned: Change to or implementation of the care plan",
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
            " 1/38                                                                                                                               Tab section · Enter child journey · A authority · [ ] home · q back",
        ])
    }

    @Test func childJourney200x50() {
        #expect(ScreenTests.screen(200, 50) { app in
            app.press(.enter, .character("G"), .up, .up, .enter)
        } == [
            " Child C0000001  ·  journey",
            " Child C0000001",
            "  Placements          2 in 2 homes across 2 authorities",
            "  Moves               1 in all, 1 in the last 12 months",
            "  Placed by           Manchester",
            "  Homes in            Leeds, Manchester",
            "  Endings             1 unplanned, 1 ongoing",
            "  Span of placements  14 months (ongoing)",
            "",
            " Placements, in date order",
            "  * = a move in the last 12 months",
            "  URN       Home                 Start       End         Length     Ending     Home's authority     Why it ended                                  Placed by             Placement type              How…",
            "  SC100002  Manchester City Cou… 2024-01-01  2024-06-01  5 months   unplanned  Manchester           Carer asked to end it: child's behaviour      Manchester            K2 Children's home          S S…",
            "            … gap of 10 days",
            "* SC100001  Brontë House         2024-06-11  ongoing     9 months   ongoing    Leeds                —                                             Manchester            K2 Children's home          P C…",
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
            " 14/14                                                                                                                                                                Tab section · Enter home · q back",
        ])
    }

    // MARK: Other screens at 80x24

    @Test func queryErrorSuggestsTheNearestField() {
        #expect(ScreenTests.screen(80, 24) { app in
            app.press(.character("/"))
            app.type("leeds ratng:good")
        } == [
            " homes · test · as of 2025-03-31                          rows for: leeds ratng",
            " URN      Name ▲       Type       Sector  Authority Pl. Rating        Last visit",
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
            "/ leeds ratng:good",
            " ✖ unknown field 'ratng' — did you mean 'rating'?",
        ])
    }

    @Test func withoutColourJudgementsCarrySymbols() {
        #expect(ScreenTests.screen(80, 24, colour: false) == [
            " homes · test · as of 2025-03-31                                every open home",
            " URN      Name ▲             Sector  Authority   Pl. Rating           Last visit",
            " SC100001 Brontë House       Private Leeds         4 ++ Outstanding ↑ 2024-07-01",
            " SC100005 Evil␛[31mRed⍰Reve… Private Manchester    3 +  Good          2024-11-11",
            " SC100002 Manchester City C… LA      Manchester    2 !! Inadequate    2023-01-10",
            " SC100003 東京ハウス 🏠      Vol.    Westminster   —    —             never",
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
            " 4 open homes at 2025-03-31 · sort: Name ▲        / search · c changes · ? help",
        ])
    }

    @Test func filterPanel() {
        #expect(ScreenTests.screen(80, 24, colour: false) { app in
            app.press(.character("f"), .down, .down, .character(" "))
        } == [
            " Filters · test                                                query: rating:ri",
            " Space ticks · type to jump · Tab next facet · Enter or f keeps · Esc undoes",
            "▸ Rating (1)                [ ] Outstanding               ████████████        1",
            "  Sector                    [ ] Good                      ████████████        1",
            "  Provision type            [x] Requires improvement to…                      0",
            "  Region                    [ ] Inadequate                ████████████        1",
            "  Local authority           [ ] Not yet rated             ████████████        1",
            "  Places",
            "  Registered for",
            "  Last inspected",
            "  Status",
            "  Placements, 12 months",
            "  Occupancy",
            "  Unplanned endings",
            "  Moves, 12 months",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " 0 of 4 open homes · Rating: 5 values",
        ])
    }

    @Test func help() {
        #expect(ScreenTests.screen(80, 24) { app in app.press(.character("?")) } == [
            " Help: finding homes, every key, what the marks mean",
            " Finding homes: / then type",
            "   birmingham inadequate            words: name, owner, authority, type, rating",
            "   la:leeds rating:ri,inadequate    field:value; a comma: either value",
            "   rating:requires improvement      several words need no quotes",
            "   -sector:private                  a leading - leaves those out",
            "   places>=6  unplanned:1..3        numbers: > >= < <= and ranges a..b",
            "   inspected<-12m  registered>=2023 dates, or -30d -6w -12m -2y back",
            "   occupancy>=100  moves>=4         % full now; moves in 12 months",
            "   status:any  child:C0090048       closed homes too; a child's homes",
            "",
            " List of homes  (where you were)",
            "   ↑ k                      Move up one line",
            "   ↓ j                      Move down one line",
            "   PgUp Ctrl-B              Move up one page",
            "   PgDn Ctrl-F Space        Move down one page",
            "   Ctrl-U                   Move up half a page",
            "   Ctrl-D                   Move down half a page",
            "   Home g                   Go to the first line",
            "   End G                    Go to the last line",
            "   Enter                    Open the selected home",
            "   /                        Search: open the query line",
            "   n                        Next match: the next home of the list (wraps round)",
            " 1/419                                              ↑↓ scroll · q back · Q quit",
        ])
    }

    @Test func tooSmall() {
        #expect(ScreenTests.screen(59, 12) == [
            "",
            "",
            "",
            "",
            "                    Terminal too small",
            "                   59×12: needs at least",
            "                           60×12",
            "                          Q quits",
            "",
            "",
            "",
            "",
        ])
    }
}
