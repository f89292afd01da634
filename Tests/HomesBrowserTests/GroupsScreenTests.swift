import Testing
import HomesData
@testable import HomesBrowser

/// The summary, the authority card and the children list on screen, at 80x24, 60x15 and
/// 200x50, with and without colour, on the two snapshots of `RegisterScreenTests` (so
/// the summary has changes to count and the detail a local authority to open).
@Suite struct GroupsScreenTests {
    static func screen(_ width: Int, _ height: Int, colour: Bool = true, _ script: (inout BrowserApp) -> Void) -> [String] {
        RegisterScreenTests.screen(width, height, colour: colour, script)
    }

    // MARK: Summary

    @Test func summaryByAuthority80x24() {
        #expect(Self.screen(80, 24) { $0.press(.character("S")) } == [
            " Summary by local authority · 3 groups                          every open home",
            " Group by: [Local authority] · Region · Owner · Sector · Provision type · Rating",
            " Local authority           Homes Places Rating mix    O G RI I NR Reg Clo Up Dn",
            " Manchester                    2      5 ▓▓▓▓▓▓▓░░░░░░ 0 1  0 1  0   ·   ·  ·  1",
            " Leeds                         1      4 █████████████ 1 0  0 0  0   ·   2  1  ·",
            " Westminster                   1      0 ············· 0 0  0 0  1   1   ·  ·  ·",
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
            " All groups                    4      9 ████▓▓▓░░░··· 1 1  0 1  1   1   2  1  1",
            " 1/3 · sort: Homes ▼                     Tab · / · Enter list · a card · q back",
        ])
    }

    @Test func summaryByAuthorityWithoutColour80x24() {
        #expect(Self.screen(80, 24, colour: false) { $0.press(.character("S")) } == [
            " Summary by local authority · 3 groups                          every open home",
            " Group by: [Local authority] · Region · Owner · Sector · Provision type · Rating",
            " Local authority           Homes Places Rating mix    O G RI I NR Reg Clo Up Dn",
            " Manchester                    2      5 ▓▓▓▓▓▓▓░░░░░░ 0 1  0 1  0   ·   ·  ·  1",
            " Leeds                         1      4 █████████████ 1 0  0 0  0   ·   2  1  ·",
            " Westminster                   1      0 ············· 0 0  0 0  1   1   ·  ·  ·",
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
            " All groups                    4      9 ████▓▓▓░░░··· 1 1  0 1  1   1   2  1  1",
            " 1/3 · sort: Homes ▼                     Tab · / · Enter list · a card · q back",
        ])
    }

    @Test func summaryByOwner200x50() {
        #expect(Self.screen(200, 50) { $0.press(.character("S"), .tab, .tab) } == [
            " Summary by owner · 6 groups                                                                                                                                                            every open home",
            " Group by: Local authority · Region · [Owner] · Sector · Provision type · Rating",
            " Owner                                            Homes Places Rating mix                                                   O G RI I NR Reg Clo Up Dn",
            " Brightpath Care Ltd                                  1      4 ████████████████████████████████████████████████████████████ 1 0  0 0  0   ·   ·  1  ·",
            " Hostile Ltd                                          1      3 ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓ 0 1  0 0  0   ·   ·  ·  ·",
            " Manchester City Council                              1      2 ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0 0  0 1  0   ·   ·  ·  1",
            " Ωmega Trust                                          1      0 ···························································· 0 0  0 0  1   1   ·  ·  ·",
            " Academy Trust                                        0      0                                                              0 0  0 0  0   ·   1  ·  ·",
            " Oak Care Ltd                                         0      0                                                              0 0  0 0  0   ·   1  ·  ·",
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
            " One spelling.",
            " All groups                                           4      9 ███████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░░░░░░░░░░··············· 1 1  0 1  1   1   2  1  1",
            " 1/6 · sort: Homes ▼                                                                                                                           Tab grouping · / narrow · Enter list · s r sort · q back",
        ])
    }

    @Test func summaryByRatingNarrowed60x15() {
        #expect(Self.screen(60, 15) { app in
            app.press(.character("S"), .backTab, .character("/"))
            app.type("good")
        } == [
            " Summary by rating · 1 of 4 groups          every open home",
            " Group by: Local authority · Region · Owner · Sector · Prov…",
            " Rating                Homes Places Rating mix  O G RI I NR",
            " Good                      1      3 ▓▓▓▓▓▓▓▓▓▓▓ 0 1  0 0  0",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "/ good",
            " 1/1 · sort: Homes ▼     Enter keep · Esc restore · ↑↓ move",
        ])
    }

    // MARK: Authority card

    @Test func authorityCardFromTheSummary80x24() {
        #expect(Self.screen(80, 24) { $0.press(.character("S"), .character("a")) } == [
            " Manchester (E08000003)  ·  authority card",
            " Manchester",
            "  ONS code             E08000003",
            "  Region               North West",
            "  Children's services  no inspection recorded",
            "",
            " Homes in its area (open at 2025-03-31)",
            "  Homes         2",
            "  Places        5",
            "  Rating mix    ▓▓▓▓▓▓▓▓▓▓░░░░░░░░░░  O 0 · G 1 · R 0 · I 1 · none 0",
            "",
            " Children placed, on 2025-03-31 (synthetic placements)",
            "  Placed by Manchester          1 child",
            "    in its own area             0 (0%)",
            "    elsewhere                   1 (100%)",
            "  Placed in its area by others  0 children",
            "  Unplanned endings             1 of 1 endings of its placements, last 12 month…",
            "",
            " Homes by rating and sector",
            "  Rating                           Homes  Share",
            "  Outstanding                          0     0%",
            "  Good                                 1    50%  ████████████████████████",
            "  Requires improvement to be good      0     0%",
            " 1/32                                    Tab section · Enter authority · q back",
        ])
    }

    @Test func authorityCardFromADetailWithoutColour200x50() {
        #expect(Self.screen(200, 50, colour: false) { $0.press(.enter, .character("A")) } == [
            " Leeds (E08000035)  ·  authority card",
            " Leeds",
            "  ONS code             E08000035",
            "  Region               Yorkshire and the Humber",
            "  Children's services  +  Good, inspected 2023-02-01",
            "  Leaders              +  Good",
            "  Help and protection  +  Good",
            "  Children in care     +  Good",
            "",
            " Homes in its area (open at 2025-03-31)",
            "  Homes         1",
            "  Places        4",
            "  Rating mix    ████████████████████  O 1 · G 0 · R 0 · I 0 · none 0",
            "",
            " Children placed, on 2025-03-31 (synthetic placements)",
            "  Placed by Leeds               0 children",
            "    in its own area             0 (—)",
            "    elsewhere                   0 (—)",
            "  Placed in its area by others  2 children",
            "  Unplanned endings             none of its placements ended in the last 12 months",
            "",
            " Homes by rating and sector",
            "  Rating                              Homes  Share",
            "  ++ Outstanding                          1   100%  ████████████████████████",
            "  +  Good                                 0     0%",
            "  -  Requires improvement to be good      0     0%",
            "  !! Inadequate                           0     0%",
            "  Not yet rated                           0     0%",
            "",
            "  Sector   Homes  Share",
            "  Private      1   100%",
            "",
            " Authorities its children live in, and authorities placing children in its area",
            "  Who places children in its area  Children",
            "  Manchester                              1",
            "  Westminster                             1",
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
            " 1/35                                                                                                                                                            Tab section · Enter authority · q back",
        ])
    }

    // MARK: Children

    @Test func children80x24() {
        #expect(Self.screen(80, 24) { $0.press(.character("C")) } == [
            " Children · test · as of 2025-03-31                                 every child",
            " Child    Current or last ho… Placed by     Plac. Moves Unpl.    In care    Now",
            " C0000001 Brontë House        Manchester        2     1     1  14 months placed",
            " C0000002 Brontë House        Leeds             1     0     0      2y 0m   left",
            " C0000003 Brontë House        Westminster       1     0     0  22 months placed",
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
            " Moves: in the 12 months to 2025-03-31 · Now: placed, or left (no home now) · /…",
            " 3 children · sort: Moves 12m ▼                / query · Enter journey · q back",
        ])
    }

    @Test func childrenQueriedWithoutColour200x50() {
        #expect(Self.screen(200, 50, colour: false) { app in
            app.press(.character("C"), .character("/"))
            app.type("placed-by:manchester ongoing")
        } == [
            " Children · test · as of 2025-03-31                                                                                                                                 query: placed-by:manchester ongoing",
            " Child    Current or last home                     Home's authority         Placed by                    Plac. Moves Unpl.    In care    Now",
            " C0000001 Brontë House                             Leeds                    Manchester                       2     1     1  14 months placed",
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
            "/ placed-by:manchester ongoing",
            " 1 of 3 children · sort: Moves 12m ▼                                                                                                                                 Enter keep · Esc restore · ↑↓ move",
        ])
    }

    @Test func childrenQueryError60x15() {
        #expect(Self.screen(60, 15) { app in
            app.press(.character("C"), .character("/"))
            app.type("movse>=1")
        } == [
            " Children · test · as of 2025-03-31            query: movse",
            " Child    Curren… Plac… Plac. Moves Unpl.    In care    Now",
            "",
            "  No child matches this query. / and Ctrl-U clears it.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "/ movse>=1",
            " ✖ unknown field 'movse' for children: use moves, unplanned…",
        ])
    }

    // MARK: Without colour the bars keep their meaning

    /// The rating mix draws one pattern per judgement in both modes; colour only adds
    /// the judgement's colour, so nothing is lost without it.
    @Test(arguments: [true, false])
    func ratingMixPatternsWithAndWithoutColour(colour: Bool) {
        var app = TestSnapshots.app(RegisterScreenTests.two, width: 80, height: 24, colour: colour)
        app.press(.character("S"))
        let grid = app.draw(width: 80, height: 24)
        let leeds = (0..<grid.height).first { grid.lines[$0].contains(" Leeds ") }!
        let mix = (0..<grid.width).map { grid[$0, leeds] }.filter { BarText.patterns.dropLast().map(String.init).contains($0.text) }
        #expect(!mix.isEmpty)
        #expect(mix.allSatisfy { ($0.style.foreground != .none) == colour })
    }
}
