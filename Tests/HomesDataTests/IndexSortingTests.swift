import Testing
@testable import HomesData

@Suite struct IndexSortingTests {
    let index = IndexTestSnapshot.index

    @Test(arguments: [
        (SortKey.urn, false, ["1234567", "SC100001", "SC100002", "SC100003", "SC100004", "SC100006", "SC100007"]),
        (.urn, true, ["SC100007", "SC100006", "SC100004", "SC100003", "SC100002", "SC100001", "1234567"]),
        // Display name: name, else organisation; "Brontë" sorts as "bronte".
        (.name, false, ["SC100003", "SC100001", "SC100006", "SC100007", "1234567", "SC100004", "SC100002"]),
        (.places, false, ["SC100007", "SC100002", "SC100006", "SC100001", "SC100004", "1234567", "SC100003"]),
        (.places, true, ["1234567", "SC100004", "SC100001", "SC100006", "SC100002", "SC100007", "SC100003"]),
        (.rating, false, ["SC100002", "SC100007", "1234567", "SC100001", "SC100003", "SC100004", "SC100006"]),
        (.rating, true, ["SC100003", "SC100001", "1234567", "SC100002", "SC100007", "SC100004", "SC100006"]),
        (.inspected, false, ["1234567", "SC100001", "SC100007", "SC100002", "SC100003", "SC100004", "SC100006"]),
        (.inspected, true, ["SC100003", "SC100002", "SC100007", "SC100001", "1234567", "SC100004", "SC100006"]),
        (.authority, false, ["1234567", "SC100003", "SC100002", "SC100004", "SC100001", "SC100007", "SC100006"]),
        (.sector, false, ["SC100002", "SC100004", "SC100001", "SC100006", "SC100003", "1234567", "SC100007"]),
        (.type, false, ["SC100001", "SC100002", "SC100006", "SC100007", "1234567", "SC100003", "SC100004"]),
    ])
    func sortsWithTiesByURNAndMissingValuesLast(key: SortKey, descending: Bool, expected: [String]) {
        let all = index.matches(.all, openByDefault: false)
        #expect(IndexTestSnapshot.urns(index.sorted(all, by: key, descending: descending)) == expected)
    }

    @Test func sortsOnlyTheHomesGiven() {
        let some: [Int32] = [6, 0, 3]
        #expect(IndexTestSnapshot.urns(index.sorted(some, by: .places, descending: false)) == ["SC100007", "SC100001", "SC100004"])
    }
}
