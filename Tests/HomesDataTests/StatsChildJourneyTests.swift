import Testing
@testable import HomesData

@Suite struct StatsChildJourneyTests {
    typealias F = StatsFixtures

    /// Child 0 lives in homes 0 (Leeds), 1 (Wakefield), 0 again and 2 (Hartlepool), placed by
    /// Leeds then Wakefield; child 1 has one placement. Listed out of order on purpose.
    static let s = F.snapshot(places: [4, 3, 2], authorities: [0, 1, 2], children: 2, placements: [
        F.placement(child: 0, home: 2, "2024-12-20", nil, placing: 1),                              // 0: fourth
        F.placement(child: 0, home: 0, "2021-01-01", "2023-05-01", placing: 0, change: "CARPL"),    // 1: first
        F.placement(child: 0, home: 0, "2024-09-01", "2024-12-20", placing: 0, change: "ALLEG"),    // 2: third
        F.placement(child: 0, home: 1, "2023-05-15", "2024-08-25", placing: 0, change: "CREQB"),    // 3: second
        F.placement(child: 1, home: 1, "2024-01-01", nil, placing: 1),
    ])

    @Test func placementsComeInDateOrderWithTheirGaps() {
        let j = ChildJourney(snapshot: Self.s, child: 0, placements: [0, 1, 2, 3], asOf: F.day("2025-03-31"))
        #expect(j.placements == [1, 3, 2, 0])
        #expect(j.gapsDays == [14, 7, 0])
    }

    @Test func countsHomesAuthoritiesAndSuddenEndings() {
        let j = ChildJourney(snapshot: Self.s, child: 0, placements: [0, 1, 2, 3], asOf: F.day("2025-03-31"))
        #expect(j.distinctHomes == 3)
        #expect(j.distinctHomeAuthorities == 3)
        #expect(j.distinctPlacingAuthorities == 2)
        #expect(j.unplannedEndings == 2)
    }

    @Test(arguments: [("2025-03-31", 2, 4), ("2024-10-01", 1, 3), ("2024-05-01", 1, 2), ("2022-01-01", 0, 1)])
    func movesInTheLastYearDependOnTheAsOfDay(asOf: String, moves: Int, known: Int) {
        let j = ChildJourney(snapshot: Self.s, child: 0, placements: [3, 2, 1, 0], asOf: F.day(asOf))
        #expect(j.movesLastYear == moves)
        #expect(j.placements.count == known)
    }

    @Test func aSinglePlacementHasNoGapsAndNoMoves() {
        let j = ChildJourney(snapshot: Self.s, child: 1, placements: [4], asOf: F.day("2025-03-31"))
        #expect(j.gapsDays.isEmpty)
        #expect(j.movesLastYear == 0)
        #expect(j.distinctHomes == 1)
        #expect(j.unplannedEndings == 0)
    }

    @Test func inconsistentRecordsGiveUnknownOrNegativeGaps() {
        let s = F.snapshot(places: [4, 4], authorities: [0, nil], children: 1, placements: [
            F.placement(child: 0, home: 0, "2024-01-01", nil),
            F.placement(child: 0, home: 1, "2024-02-01", "2024-04-01", change: "CARPL"),
            F.placement(child: 0, home: 0, "2024-03-01", "2024-05-01", change: "CARPL"),
        ])
        let j = ChildJourney(snapshot: s, child: 0, placements: [0, 1, 2], asOf: F.day("2025-03-31"))
        #expect(j.gapsDays == [nil, -31])
        #expect(j.distinctHomeAuthorities == 1)
    }

    @Test func generatedJourneysHaveNoOverlaps() {
        let g = SnapshotGenerator(homes: 150, seed: 12).generate()
        var byChild = [[Int]](repeating: [], count: g.children.count)
        for (i, p) in g.placements.enumerated() { byChild[Int(p.child)].append(i) }
        let journeys = byChild.enumerated().map { c, list in
            ChildJourney(snapshot: g, child: Int32(c), placements: list, asOf: g.metadata.snapshotDate)
        }
        #expect(journeys.allSatisfy { j in j.gapsDays.allSatisfy { ($0 ?? -1) >= 0 } })
        #expect(journeys.contains { $0.distinctHomeAuthorities > 1 })
        #expect(journeys.contains { $0.movesLastYear >= 3 })
    }
}
