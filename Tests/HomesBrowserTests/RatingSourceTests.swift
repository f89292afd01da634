import Testing
import HomesData
@testable import HomesBrowser

/// The detail screen says where the rating came from when it was not a full inspection
/// (issue 11: Ofsted lists some homes by a monitoring inspection's judgement, so the
/// rating can disagree with the latest full inspection in the timeline below it).
@Suite struct RatingSourceTests {
    static func index() -> SnapshotIndex {
        func inspection(_ date: String, _ kind: InspectionKind, _ overall: Judgement?) -> Inspection {
            Inspection(eventNumber: 1, eventType: 0, kind: kind, date: Day(iso: date)!, published: nil, overall: overall,
                       helpedAndProtected: nil, leadersAndManagers: nil, education: nil, health: nil)
        }
        let inspections = [
            inspection("2021-10-12", .full, .good), inspection("2023-05-02", .full, .inadequate),
            inspection("2023-06-21", .monitoring, .good), inspection("2023-07-30", .interim, nil),
            inspection("2022-01-05", .full, .outstanding),
        ]
        let homes = [
            Home(urn: "1155761", provisionType: "Children's home", organisation: "Carbrey Care Ltd", status: .active, inspections: 0..<4),
            Home(urn: "SC400001", provisionType: "Children's home", organisation: "Oak Care", status: .active, inspections: 4..<5),
        ]
        return SnapshotIndex(Snapshot(metadata: SnapshotMetadata(snapshotDate: Day(iso: "2023-08-31")!, source: "t", licence: "OGL", syntheticPlacements: false),
                                      localAuthorities: [], homes: homes, inspections: inspections, eventTypes: ["Full inspection"],
                                      children: [], placements: []))
    }

    static func detail(_ urn: String, colour: Bool) -> [String] {
        var app = TestSnapshots.app(index(), width: 100, height: 30, colour: colour)
        app.type("/urn:\(urn)")
        app.press(.enter, .enter)
        return app.draw(width: 100, height: 30).trimmedLines
    }

    @Test(arguments: [true, false])
    func aMonitoringInspectionsRatingSaysSo(colour: Bool) {
        let lines = Self.detail("1155761", colour: colour)
        // Without colour the judgement carries its symbol ("+  Good").
        let rating = lines.first { $0.hasPrefix("  Latest rating ") } ?? ""
        #expect(rating.contains("Good 2023-06-21 from a monitoring inspection ↑"), "\(lines.joined(separator: "\n"))")
    }

    @Test func aFullInspectionsRatingSaysNothingMore() {
        let lines = Self.detail("SC400001", colour: true)
        let rating = lines.first { $0.hasPrefix("  Latest rating ") } ?? ""
        #expect(rating == "  Latest rating       Outstanding 2022-01-05", "\(lines.joined(separator: "\n"))")
    }
}
