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
