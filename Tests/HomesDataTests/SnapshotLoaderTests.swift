import Foundation
import Testing
@testable import HomesData

@Suite struct SnapshotLoaderTests {
    @Test func writerOutputLoadsBackIdentically() throws {
        let original = SnapshotText.richSnapshot()
        let bytes = SnapshotWriter().write(original)
        let (loaded, problems) = try SnapshotLoader.load(bytes: bytes, file: "rich.json", options: LoadOptions())
        #expect(problems.isEmpty)
        #expect(loaded.metadata == original.metadata)
        #expect(loaded.localAuthorities == original.localAuthorities)
        #expect(loaded.homes == original.homes)
        #expect(loaded.inspections == original.inspections)
        #expect(loaded.eventTypes == original.eventTypes)
        #expect(loaded.children == original.children)
        #expect(loaded.placements == original.placements)
        #expect(SnapshotWriter().write(loaded) == bytes)
    }

    @Test func childReferencesAreInternedAcrossPlacements() throws {
        let second = SnapshotText.placement.replacingOccurrences(of: "2023-01-05", with: "2023-03-01")
        let other = SnapshotText.placement.replacingOccurrences(of: "C0001", with: "C0002")
        let (s, _) = try SnapshotText.load(SnapshotText.document(placements: [SnapshotText.placement, second, other]))
        #expect(s.children == ["C0001", "C0002"])
        #expect(s.placements.map(\.child) == [0, 0, 1])
    }

    @Test func inspectionsAreSortedByDateWithinAHome() throws {
        let home = #"{"urn":"SC000001","provisionType":"Children's home","inspections":[{"eventNumber":3,"eventType":"Full inspection","date":"2023-05-01"},{"eventNumber":1,"eventType":"Full inspection","date":"2020-01-01"}]}"#
        let (s, problems) = try SnapshotText.load(SnapshotText.document(homes: [home], placements: []))
        #expect(problems.isEmpty)
        #expect(s.inspections(of: s.homes[0]).map(\.eventNumber) == [1, 3])
    }

    @Test func listsInAnyOrderResolveTheirReferences() throws {
        let text = "{\"placements\":[\(SnapshotText.placement)],\"homes\":[\(SnapshotText.home)],\(SnapshotText.authorities),\(SnapshotText.metadata)}"
        let (s, problems) = try SnapshotText.load(text)
        #expect(problems.isEmpty)
        #expect(s.homes.count == 1 && s.placements.count == 1)
        #expect(s.homes[0].localAuthority == 0)
        #expect(s.placements[0].placingAuthority == 1)
    }

    @Test func escapedStringsDecode() throws {
        let home = #"{"urn":"1234567","name":"Caf\u00e9 \"Rose\" \ud83c\udf39\n","provisionType":"Children's home"}"#
        let (s, _) = try SnapshotText.load(SnapshotText.document(homes: [home], placements: []))
        #expect(s.homes[0].name == "Café \"Rose\" 🌹\n")
    }

    @Test func newestSnapshotIsCurrentAndHistoryAddsMissingInspections() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("homes-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let oldHome = #"{"urn":"SC123456","provisionType":"Children's home","inspections":[{"eventNumber":9,"eventType":"Monitoring inspection","date":"2019-03-01"},{"eventNumber":10001,"eventType":"Full inspection","date":"2023-05-01"}]}"#
        let oldMeta = SnapshotText.metadata.replacingOccurrences(of: "2023-08-31", with: "2022-03-31")
        try SnapshotText.document(homes: [oldHome], placements: [], metadata: oldMeta)
            .write(to: dir.appendingPathComponent("a-2022.json"), atomically: true, encoding: .utf8)
        try SnapshotText.document().write(to: dir.appendingPathComponent("b-2023.json"), atomically: true, encoding: .utf8)
        try "not a snapshot".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let loaded = try SnapshotLoader.load(paths: [dir.path], options: LoadOptions())
        #expect(loaded.files.count == 2)
        #expect(loaded.current.metadata.snapshotDate.iso == "2023-08-31")
        #expect(loaded.timeline.editions.map(\.date.iso) == ["2022-03-31", "2023-08-31"])
        let timeline = loaded.current.inspections(of: loaded.current.homes[0])
        #expect(timeline.map(\.eventNumber) == [9, 10001])
        #expect(loaded.current.eventTypes[Int(timeline.first!.eventType)] == "Monitoring inspection")
        #expect(timeline.first!.kind == .monitoring)
    }

    @Test func fileReportCountsLoadedAndRejected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("homes-loader-\(UUID().uuidString).json")
        let bad = SnapshotText.placement.replacingOccurrences(of: "K2", with: "ZZ")
        try SnapshotText.document(placements: [SnapshotText.placement, bad]).write(to: dir, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let loaded = try SnapshotLoader.load(paths: [dir.path], options: LoadOptions())
        let report = try #require(loaded.files.first)
        #expect(report.homes == RecordCounts(loaded: 1, rejected: 0))
        #expect(report.inspections == RecordCounts(loaded: 1, rejected: 0))
        #expect(report.authorities == RecordCounts(loaded: 2, rejected: 0))
        #expect(report.placements == RecordCounts(loaded: 1, rejected: 1))
        #expect(report.snapshotDate.iso == "2023-08-31")
        #expect(loaded.problems.count == 1)
    }
}
