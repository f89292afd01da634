import Testing
@testable import HomesData

/// SSDA903 episodes joined to imported homes as placements.
@Suite struct ImportEpisodesTests {
    static func run(_ extra: [String] = ["episodes.csv"], placingAuthority: String? = nil) -> (Snapshot, ImportReport) {
        ImportOfstedImportTests.run(ImportOfstedImportTests.yearFiles + extra, .init(placingAuthority: placingAuthority))
    }

    @Test func episodesAmongTheOfstedFilesBecomePlacements() {
        let (s, report) = Self.run()
        #expect(s.placements.count == 3)
        #expect(s.children == ["C0000001", "C0000002"])
        let first = s.placements[0]
        #expect(s.homes[Int(first.home)].urn == "SC000001")
        #expect(first.start == Day(iso: "2022-04-01") && first.end == Day(iso: "2022-09-30"))
        #expect(s.localAuthorities[Int(first.placingAuthority)].code == "E10000017")
        #expect(SSDA903.placementTypes[Int(first.placementType)].code == "K2")
        #expect(SSDA903.reasonsEpisodeCeased[Int(first.reasonCeased!)].code == "X1")
        #expect(first.planned == false)  // CREQB: the carer asked for it to end
        let ongoing = s.placements[1]
        #expect(ongoing.end == nil && ongoing.planned == nil)  // dd/mm/yyyy start, authority by name
        #expect(s.placements[2].planned == true)  // E4A, CARPL; authority by DfE code 888
        let episodes = report.files.first { $0.kind == .episodes }!
        #expect(episodes.rowsRead == 8 && episodes.rowsRejected == 4 && episodes.placements == 3)
        #expect(episodes.ignoredColumns == ["LS"])
    }

    @Test(arguments: [
        (5, "URN 'SC999999' is not a home in the snapshot"),
        (6, "unknown placement type 'Q9'"),
        (7, "ends 2022-05-01, before it starts (2022-06-01)"),
        (8, "placing authority 'Atlantis' is not an English authority"),
        (9, "the same episode as an earlier row"),
    ])
    func eachBadEpisodeIsReportedByLine(line: Int, fragment: String) {
        let (_, report) = Self.run()
        #expect(report.problems.contains { $0.file.hasSuffix("episodes.csv") && $0.line == line && $0.message.contains(fragment) },
                "\(report.problems.filter { $0.file.hasSuffix("episodes.csv") })")
    }

    @Test func aPlacingAuthorityCanBeGivenForAFileWithoutOne() {
        var importer = OfstedImport()
        importer.add(path: ImportFixtures.path("Provider_level_at_31_Aug_2023.csv"))
        importer.add(path: "council.csv", bytes: Array("CHILD,DECOM,DEC,RNE,PLACE,REC,REASON_PLACE_CHANGE,URN\nX1,2023-01-01,,S,K2,,,SC000003\n".utf8))
        let without = importer.build()
        #expect(without.snapshot.placements.isEmpty)
        #expect(without.report.problems.contains { $0.message.contains("no LA column and no --placing-authority") })
        let with = importer.build(.init(placingAuthority: "Kent"))
        #expect(with.snapshot.placements.count == 1)
        #expect(with.snapshot.localAuthorities[Int(with.snapshot.placements[0].placingAuthority)].name == "Kent")
    }

    @Test func episodesJoinAnExistingSnapshot() {
        let (base, _) = ImportOfstedImportTests.run(ImportOfstedImportTests.yearFiles)
        let (s, report) = OfstedImport.joinEpisodes(paths: [ImportFixtures.path("episodes.csv")], into: base)
        #expect(s.placements.count == 3)
        #expect(s.homes.count == base.homes.count && s.inspections.count == base.inspections.count)
        #expect(report.placements == 3 && report.rowsRejected == 4)
        // Joining the same file again adds nothing: every episode is already there.
        let (again, _) = OfstedImport.joinEpisodes(paths: [ImportFixtures.path("episodes.csv")], into: s)
        #expect(again.placements.count == 3)
    }
}

/// A council's episodes file in the Department for Education's own SSDA903 layout,
/// with the imperfections real returns have: nothing valid in it may be lost.
@Suite struct ImportEpisodesDfELayoutTests {
    static func run() -> (Snapshot, ImportReport) {
        let (base, _) = ImportOfstedImportTests.run(ImportOfstedImportTests.yearFiles)
        return OfstedImport.joinEpisodes(paths: [ImportFixtures.path("ssda903-episodes.csv")], into: base, placingAuthority: "Kent")
    }

    static func placement(_ s: Snapshot, child: String) -> [Placement] {
        guard let c = s.children.firstIndex(of: child) else { return [] }
        return s.placements.filter { $0.child == Int32(c) }
    }

    @Test func everyEpisodeInAHomeIsKeptAndOnlyTheFosterPlacementLeftOut() {
        let (s, report) = Self.run()
        let file = report.files[0]
        #expect(file.rowsRead == 8 && file.rowsBlank == 1)
        #expect(file.placements == 6 && file.rowsRejected == 1, "\(report.problems)")
        #expect(file.ignoredColumns == ["LS", "CIN", "PLACE_PROVIDER", "HOME_POST", "PL_POST"])
        #expect(file.unknownColumns.isEmpty)
        #expect(Set(s.children) == ["101", "102", "104", "105", "106"])
        let rejected = report.problems.filter { $0.severity == .rejected }
        #expect(rejected.map(\.line) == [5])
        #expect(rejected.first?.message.contains("URN 'XXXXXXX' is not a home in the snapshot") == true)
    }

    @Test(arguments: ["101", "102", "106"])
    func anOngoingEpisodeWithAReasonCeasedIsKeptAsOngoing(child: String) {
        let (s, _) = Self.run()
        let ongoing = Self.placement(s, child: child).filter { $0.end == nil }
        #expect(ongoing.count == 1)
        #expect(ongoing.first?.reasonCeased == nil && ongoing.first?.planned == nil)
    }

    @Test(arguments: [
        (3, "REC", "a reason the episode ceased ('X1') but no end date: kept as ongoing, the reason left out"),
        (4, "REC", "a reason the episode ceased ('E4A') but no end date: kept as ongoing"),
        (8, "REC", "a reason the episode ceased ('X1') but no end date: kept as ongoing"),
        (6, "REASON_PLACE_CHANGE", "unknown reason for placement change 'ZZZZZ'"),
        (7, "REC", "unknown reason episode ceased 'Q7'"),
    ])
    func eachDroppedFieldIsAWarningWithItsLineAndColumn(line: Int, column: String, fragment: String) {
        let (_, report) = Self.run()
        let found = report.problems.filter { $0.line == line && $0.severity == .warning }
        #expect(found.contains { $0.column == column && $0.message.contains(fragment) }, "\(found)")
    }

    @Test func aFieldDroppedLeavesTheRestOfTheEnding() {
        let (s, _) = Self.run()
        // 104: REC E11 kept, the unknown reason for the change dropped: planned.
        let adopted = Self.placement(s, child: "104")
        #expect(adopted.count == 1 && adopted[0].end == Day(iso: "2022-12-01"))
        #expect(adopted[0].reasonCeased.map { SSDA903.reasonsEpisodeCeased[Int($0)].code } == "E11")
        #expect(adopted[0].reasonPlaceChange == nil && adopted[0].planned == true)
        // 105: the unknown REC dropped, CREQB kept: unplanned.
        let ended = Self.placement(s, child: "105")
        #expect(ended.count == 1 && ended[0].reasonCeased == nil && ended[0].planned == false)
    }
}
