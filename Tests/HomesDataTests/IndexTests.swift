import Testing
@testable import HomesData

@Suite struct IndexTests {
    let index = IndexTestSnapshot.index

    @Test(arguments: [("SC100003", 2), ("sc100003", 2), (" Sc100003 ", 2), ("1234567", 4), ("SC999999", nil), ("", nil)] as [(String, Int32?)])
    func findsHomesByURNIgnoringCase(urn: String, expected: Int32?) {
        #expect(index.home(urn: urn) == expected)
    }

    @Test func suggestsNearestURNsForAnUnknownOne() {
        let near = index.nearestURNs(to: "SC100008", limit: 2)
        #expect(near.count == 2)
        #expect(near.allSatisfy { $0.hasPrefix("SC10000") })
        #expect(index.nearestURNs(to: "SC100017", limit: 1) == ["SC100007"])
    }

    @Test func latestOverallIgnoresInterimOutcomes() {
        // SC100002: Outstanding at full inspection, then "Sustained effectiveness" at interim.
        #expect(index.latestOverall(1) == .outstanding)
        #expect(index.latestOverall(0) == .requiresImprovement)
        #expect(index.latestOverall(3) == nil)
    }

    @Test func lastInspectedCountsEveryKindOfInspection() {
        #expect(index.lastInspected(1) == Day(iso: "2023-11-20"))
        #expect(index.lastInspected(5) == nil)
    }

    @Test func placementsOfAHomeAreByStartDate() {
        let p = index.placements(ofHome: 0)
        #expect(p == [1, 0]) // stored out of order; 2022 start before 2023 start
        #expect(index.placements(ofHome: 1) == [2])
        #expect(index.placements(ofHome: 6).isEmpty)
    }

    @Test func placementsOfAChildAreByStartDate() {
        #expect(index.child(reference: "C001") == 0)
        #expect(index.child(reference: "c002") == 1)
        #expect(index.child(reference: "C00") == nil)
        #expect(index.placements(ofChild: 0) == [1, 2])
        #expect(index.placements(ofChild: 1) == [0])
    }

    @Test func homesInAnAuthorityAreByURN() {
        #expect(IndexTestSnapshot.urns(index.homes(inAuthority: 0)) == ["SC100001", "SC100007"])
        #expect(index.homes(inAuthority: 3) == [4])
    }

    @Test func ratingHistoryKeepsFullJudgementsOldestFirst() {
        let h = index.ratingHistory(0)
        #expect(h.map(\.date.iso) == ["2021-05-10", "2023-06-12"])
        #expect(h.map(\.judgement) == [.good, .requiresImprovement])
        #expect(index.ratingHistory(1).map(\.judgement) == [.outstanding])
        #expect(index.ratingHistory(3).isEmpty)
    }

    @Test func anEmptySnapshotIndexesAndMatchesNothing() throws {
        let empty = SnapshotIndex(Snapshot(metadata: SnapshotMetadata(snapshotDate: IndexTestSnapshot.asOf, source: "", licence: "", syntheticPlacements: false)))
        #expect(empty.matches(.all).isEmpty)
        #expect(empty.matches(try Query.parse("bronte rating:good")).isEmpty)
        #expect(empty.home(urn: "SC100001") == nil)
        #expect(empty.sorted([], by: .name, descending: true).isEmpty)
        #expect(empty.facetCounts(.rating, under: .all).allSatisfy { $0.count == 0 })
    }
}
