import Testing
@testable import HomesData

/// What `homes` makes on another core at launch (sort orders, groupings) or when the
/// children list opens (the search of references) is asked for by the foreground at the
/// same time, as a quick user would: the answers must be those of an index that made
/// everything in the foreground. `scripts/check-sanitizers thread` runs this suite to
/// look for races.
@Suite struct BackgroundPreparationTests {
    static let snapshot = SnapshotGenerator(homes: 2000, seed: 31, placementsPerHome: 3).generate()
    /// Everything made in the foreground, for the expected answers.
    static let plain = SnapshotIndex(snapshot)

    @Test func sortOrdersAskedWhileTheyAreBeingMade() {
        let index = SnapshotIndex(Self.snapshot)
        index.prepareSortOrdersInBackground()
        for key in SortKey.allCases.reversed() {
            for descending in [true, false] {
                #expect(index.order(by: key, descending: descending)
                        == Self.plain.sorted(Self.plain.allHomes, by: key, descending: descending), "\(key)")
            }
        }
    }

    @Test func groupingsAskedWhileTheyAreBeingMade() {
        let index = SnapshotIndex(Self.snapshot)
        index.prepareGroupingsInBackground()
        for a in 0..<Int32(Self.snapshot.localAuthorities.count) {
            #expect(index.placements(placedBy: a) == Self.plain.placements(placedBy: a))
        }
        for home in 0..<Int32(Self.snapshot.homes.count) {
            #expect(index.ownerGroup(home) == Self.plain.ownerGroup(home))
        }
        for child in stride(from: Int32(0), to: Int32(Self.snapshot.children.count), by: 7) {
            #expect(index.placements(ofChild: child) == Self.plain.placements(ofChild: child))
        }
    }

    @Test(arguments: ["C1", "c12 ongoing", "moves>=1 -C9"])
    func childSearchAskedWhileItIsBeingMade(text: String) throws {
        let table = ChildTable(index: Self.plain)
        table.prepareSearchInBackground()
        let query = try ChildQuery.parse(text, index: Self.plain)
        #expect(table.matches(query) == ChildTable(index: Self.plain).matches(query))
    }
}
