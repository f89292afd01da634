@testable import HomesData

/// Small hand-built snapshots for the statistics tests: every figure they should give
/// can be worked out on paper.
enum StatsFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func code(_ c: String, _ table: [SSDA903.Code]) -> UInt8 { SSDA903.index(of: c, in: table)! }

    /// A placement; `change` or `ceased` give the ending, `planned` defaults from the codes.
    static func placement(child: Int32 = 0, home: Int32 = 0, _ start: String, _ end: String?, placing: Int32 = 0,
                          change: String? = nil, ceased: String? = nil, planned: Bool?? = .none) -> Placement {
        let changeIndex = change.map { code($0, SSDA903.reasonsForPlacementChange) }
        let ceasedIndex = end == nil ? nil : code(ceased ?? (change == nil ? "E4A" : "X1"), SSDA903.reasonsEpisodeCeased)
        let derived: Bool? = end == nil ? nil : !SSDA903.unplannedEndingCodes.contains(change ?? ceased ?? "E4A")
        return Placement(
            child: child, home: home, start: day(start), end: end.map(day), placingAuthority: placing,
            placementType: code("K2", SSDA903.placementTypes),
            reasonNewEpisode: code("P", SSDA903.reasonsForNewEpisode),
            reasonCeased: ceasedIndex, reasonPlaceChange: changeIndex,
            planned: planned ?? derived)
    }

    static func snapshot(places: [Int32?], authorities: [Int32?], children: Int, placements: [Placement]) -> Snapshot {
        let las = [
            LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and The Humber"),
            LocalAuthority(code: "E08000036", name: "Wakefield", region: "Yorkshire and The Humber"),
            LocalAuthority(code: "E06000001", name: "Hartlepool", region: "North East"),
        ]
        let homes = zip(places, authorities).enumerated().map { i, pa in
            Home(urn: "SC" + String(100_000 + i), provisionType: "Children's home", localAuthority: pa.1, places: pa.0)
        }
        return Snapshot(
            metadata: SnapshotMetadata(snapshotDate: day("2025-03-31"), source: "test", licence: "test", syntheticPlacements: true),
            localAuthorities: las, homes: homes,
            children: (0..<children).map { "C" + String(1_000_000 + $0) }, placements: placements)
    }
}
