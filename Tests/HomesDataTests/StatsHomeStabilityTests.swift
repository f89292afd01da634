import Testing
@testable import HomesData

@Suite struct StatsHomeStabilityTests {
    typealias F = StatsFixtures

    /// Home 0, four places, as of 2025-03-31 (12 months back: after 2024-03-31).
    /// Ended stays of 10, 20, 30 and 100 days; two ongoing; one starting after the day.
    static let home = F.snapshot(places: [4, nil], authorities: [0, 1], children: 8, placements: [
        F.placement(child: 0, "2023-01-01", "2023-01-11", change: "CARPL"),                  // 10 days, before the year
        F.placement(child: 1, "2024-06-01", "2024-06-21", change: "CREQB"),                  // 20, unplanned by code
        F.placement(child: 2, "2024-09-01", "2024-10-01", ceased: "E4B"),                    // 30, unplanned (E4B)
        F.placement(child: 3, "2024-10-01", "2025-01-09", change: "CHILD", planned: .some(nil)), // 100, planned unrecorded: by code
        F.placement(child: 4, "2024-12-01", nil),                                            // ongoing
        F.placement(child: 5, "2025-03-01", "2025-06-01", change: "CARPL"),                  // ends after as-of: ongoing
        F.placement(child: 6, "2025-04-02", nil),                                            // starts after as-of: ignored
        F.placement(child: 7, home: 1, "2024-05-01", nil),                                   // another home's
    ])

    @Test func countsOngoingAgainstPlaces() {
        let st = HomeStability(snapshot: Self.home, home: 0, placements: 0..<7, asOf: F.day("2025-03-31"))
        #expect(st.ongoing == 2)
        #expect(st.places == 4)
        #expect(st.occupancy == 0.5)
        #expect(st.ended == 4)
    }

    @Test func medianOfEndedStays() {
        let st = HomeStability(snapshot: Self.home, home: 0, placements: 0..<7, asOf: F.day("2025-03-31"))
        #expect(st.medianStayDays == 25)
        let odd = HomeStability(snapshot: Self.home, home: 0, placements: [0, 1, 3], asOf: F.day("2025-03-31"))
        #expect(odd.medianStayDays == 20)
    }

    @Test func unplannedShareOfTheLastYearsEndings() {
        let st = HomeStability(snapshot: Self.home, home: 0, placements: 0..<7, asOf: F.day("2025-03-31"))
        #expect(st.endingsLastYear == 3)
        #expect(st.unplannedEndingsLastYear == 3)
        #expect(st.unplannedShareLastYear == 1)
        #expect(st.startsLastYear == 5)
    }

    @Test(arguments: [
        // as of, ongoing, ended, endings in the year, unplanned in the year, starts in the year
        ("2024-06-10", 1, 1, 0, 0, 1),
        ("2024-09-15", 1, 2, 1, 1, 2),
        ("2025-06-01", 2, 5, 4, 3, 5),
    ])
    func figuresDependOnTheAsOfDay(asOf: String, ongoing: Int, ended: Int, endings: Int, unplanned: Int, starts: Int) {
        let st = HomeStability(snapshot: Self.home, home: 0, placements: 0..<7, asOf: F.day(asOf))
        #expect(st.ongoing == ongoing)
        #expect(st.ended == ended)
        #expect(st.endingsLastYear == endings)
        #expect(st.unplannedEndingsLastYear == unplanned)
        #expect(st.startsLastYear == starts)
    }

    @Test func aPlannedEndingIsNotCountedAsUnplanned() {
        let s = F.snapshot(places: [2], authorities: [0], children: 2, placements: [
            F.placement(child: 0, "2024-05-01", "2024-07-01", change: "CARPL"),
            F.placement(child: 1, "2024-05-01", "2024-08-01", change: "CREQB"),
        ])
        let st = HomeStability(snapshot: s, home: 0, placements: [0, 1], asOf: F.day("2025-03-31"))
        #expect(st.unplannedShareLastYear == 0.5)
        #expect(st.occupancy == 0)
    }

    @Test func withoutPlacesOrEndingsTheFiguresAreUnknownNotZero() {
        let st = HomeStability(snapshot: Self.home, home: 1, placements: [7], asOf: F.day("2025-03-31"))
        #expect(st.places == nil)
        #expect(st.occupancy == nil)
        #expect(st.medianStayDays == nil)
        #expect(st.unplannedShareLastYear == nil)
        #expect(st.ongoing == 1)
    }

    @Test(arguments: [
        ("CARPL", nil, Bool?.none, false), ("CREQB", nil, nil, true), (nil, "E4B", nil, true), (nil, "E4A", nil, false),
        ("CARPL", nil, false, true), ("CREQB", nil, true, false),
    ] as [(String?, String?, Bool?, Bool)])
    func unplannedEndingFollowsPlannedThenCodes(change: String?, ceased: String?, planned: Bool?, unplanned: Bool) {
        let p = F.placement("2024-01-01", "2024-02-01", change: change, ceased: ceased, planned: .some(planned))
        #expect(p.isUnplannedEnding == unplanned)
    }

    @Test func anOngoingPlacementHasNoEndingToJudge() {
        #expect(!F.placement("2024-01-01", nil, planned: .some(false)).isUnplannedEnding)
    }

    @Test func generatedHomesHaveSensibleFigures() {
        let s = SnapshotGenerator(homes: 120, seed: 4).generate()
        var byHome = [[Int]](repeating: [], count: s.homes.count)
        for (i, p) in s.placements.enumerated() { byHome[Int(p.home)].append(i) }
        for (h, list) in byHome.enumerated() where !list.isEmpty {
            let st = HomeStability(snapshot: s, home: h, placements: list, asOf: s.metadata.snapshotDate)
            #expect(st.ongoing <= st.places!)
            #expect(st.ongoing + st.ended == list.count)
            #expect((st.medianStayDays ?? 1) > 0)
        }
    }
}
