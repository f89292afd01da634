import Testing
@testable import HomesData

/// The per-home placement figures the index builds in one pass must be the figures
/// `HomeStability` gives home by home, and what the query fields and facets read.
@Suite struct StatsHomePlacementFiguresTests {
    static let snapshot = SnapshotGenerator(homes: 400, seed: 3, placementsPerHome: 6).generate()

    @Test func onePassAgreesWithHomeStabilityForEveryHome() {
        let snapshot = Self.snapshot
        let index = SnapshotIndex(snapshot)
        let figures = index.figures
        var checked = 0
        for h in snapshot.homes.indices {
            let placements = index.placements(ofHome: Int32(h)).map(Int.init)
            let stability = HomeStability(snapshot: snapshot, home: h, placements: placements, asOf: index.asOf)
            #expect(Int(figures.ongoing[h]) == stability.ongoing)
            #expect(Int(figures.unplanned[h]) == stability.unplannedEndingsLastYear)
            #expect(Int(figures.moves[h]) == stability.startsLastYear + stability.endingsLastYear)
            let occupancy = stability.occupancy.map { Int32(($0 * 100).rounded()) } ?? -1
            #expect(figures.occupancy[h] == occupancy)
            checked += placements.isEmpty ? 0 : 1
        }
        #expect(checked > 100)
    }

    /// On paper: a year to 2025-03-31. Home 0 (4 places): one child since 2024 (ongoing),
    /// one ended unplanned in the year, one ended planned two years ago. Home 1 (no places
    /// known): one placement starting after the snapshot date, left out.
    @Test func figuresWorkedOutOnPaper() {
        let snapshot = StatsFixtures.snapshot(places: [4, nil], authorities: [0, 1], children: 4, placements: [
            StatsFixtures.placement(child: 0, home: 0, "2024-05-01", nil),
            StatsFixtures.placement(child: 1, home: 0, "2023-01-01", "2024-09-01", change: "CREQB"),
            StatsFixtures.placement(child: 2, home: 0, "2021-01-01", "2023-02-01", change: "CARPL"),
            StatsFixtures.placement(child: 3, home: 1, "2025-06-01", nil),
        ])
        let figures = HomePlacementFigures(snapshot: snapshot, asOf: StatsFixtures.day("2025-03-31"))
        #expect(figures.placements == [2, 0])
        #expect(figures.ongoing == [1, 0])
        #expect(figures.occupancy == [25, -1])
        #expect(figures.unplanned == [1, 0])
        #expect(figures.moves == [2, 0]) // one start, one ending in the year
    }

    /// Every value of a figure facet counts what ticking it shows.
    @Test(arguments: [Facet.placements, .occupancy, .unplanned, .moves])
    func figureFacetsCountWhatTheyWrite(facet: Facet) throws {
        let index = SnapshotIndex(Self.snapshot)
        let rows = index.facetCounts(facet, under: .all)
        #expect(rows.reduce(0) { $0 + $1.count } == index.openCount)
        for row in rows {
            let text = QueryEditing.toggling(facet, value: row.value, in: "")
            #expect(index.matches(try Query.parse(text)).count == row.count, "\(text)")
        }
    }
}
