import Testing
@testable import HomesData

/// The kept orders the list switches columns along must be exactly what sorting gives:
/// a descending order made by reversing the ascending one's runs must still keep equal
/// values in URN order and homes with no value last.
@Suite struct SortOrdersTests {
    static let index = SnapshotIndex(SnapshotGenerator(homes: 3000, seed: 5, placementsPerHome: 2).generate())

    static let cases = SortKey.allCases.flatMap { [($0, false), ($0, true)] }

    @Test(arguments: cases)
    func aKeptOrderIsTheSortOfEveryHome(key: SortKey, descending: Bool) {
        let index = Self.index
        let kept = index.order(by: key, descending: descending)
        #expect(kept == index.sorted(index.allHomes, by: key, descending: descending))
        #expect(index.order(by: key, descending: descending) == kept)
    }

    /// The small snapshot's hand-checked orders, through the kept orders: ties by URN,
    /// missing values last in both directions.
    @Test(arguments: [(SortKey.places, ["1234567", "SC100004", "SC100001", "SC100006", "SC100002", "SC100007", "SC100003"]),
                      (.rating, ["SC100003", "SC100001", "1234567", "SC100002", "SC100007", "SC100004", "SC100006"]),
                      (.inspected, ["SC100003", "SC100002", "SC100007", "SC100001", "1234567", "SC100004", "SC100006"])])
    func descendingOrdersKeepTiesInURNOrderAndMissingLast(key: SortKey, expected: [String]) {
        #expect(IndexTestSnapshot.urns(IndexTestSnapshot.index.order(by: key, descending: true)) == expected)
    }

    @Test func ordersMadeInTheBackgroundAreTheSame() async {
        let index = SnapshotIndex(SnapshotGenerator(homes: 1500, seed: 9).generate())
        index.prepareSortOrdersInBackground()
        for key in SortKey.allCases {
            #expect(index.order(by: key, descending: false) == index.sorted(index.allHomes, by: key, descending: false))
        }
    }
}
