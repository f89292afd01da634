import Testing
@testable import HomesData

/// The status rules on the fixture files: the newest file giving a status wins, a
/// register closes the homes it no longer lists, the closed list closes (and dates)
/// the homes it names, and each file says how many homes it opened and closed.
@Suite struct ImportHomeMergeTests {
    static let files = ImportOfstedImportTests.yearFiles + ["Providers_places_at_31_Aug_2023.csv", "Closed_childrens_homes_31Mar23.csv"]
    static let imported = ImportOfstedImportTests.run(files)

    struct Expected: Sendable, CustomTestStringConvertible {
        var urn: String
        var status: RegistrationStatus
        var closed: String?
        var why: String
        var testDescription: String { "\(urn): \(why)" }
    }

    static let homes: [Expected] = [
        Expected(urn: "SC000001", status: .active, closed: nil, why: "resigned in the March closed list, active in the August register: open, date cleared"),
        Expected(urn: "SC000002", status: .resigned, closed: "2022-06-15", why: "active in 2022, resigned in the closed list"),
        Expected(urn: "1234567", status: .closed, closed: nil, why: "active in 2022, on neither 2023 register"),
        Expected(urn: "SC000003", status: .active, closed: nil, why: "on both registers of 31 August 2023"),
        Expected(urn: "SC000004", status: .resigned, closed: nil, why: "resigned in the in-year file, off the register: the more specific status kept"),
        Expected(urn: "SC000005", status: .active, closed: nil, why: "registered, not yet inspected: only in the places list"),
        Expected(urn: "SC000006", status: .suspended, closed: nil, why: "suspended in the places list: open"),
        Expected(urn: "SC000007", status: .cancelled, closed: "2023-02-01", why: "only in the closed list"),
        Expected(urn: "SC000008", status: .closed, closed: nil, why: "'Active' in the March closed list, not on the August register"),
    ]

    @Test(arguments: homes)
    func eachHomesStatusFollowsTheNewestFile(expected: Expected) {
        let (s, _) = Self.imported
        let h = s.homes.first { $0.urn == expected.urn }
        #expect(h?.status == expected.status)
        #expect(h?.closureDate == expected.closed.flatMap { Day(iso: $0) })
    }

    @Test func homesOnlyInTheClosedListAreChildrensHomes() {
        let (s, _) = Self.imported
        #expect(s.homes.first { $0.urn == "SC000007" }?.provisionType == "Children's home")
        #expect(s.homes.first { $0.urn == "SC000005" }?.provisionType == "Supported accommodation")
        #expect(s.homes.count == Self.homes.count)
    }

    @Test func thePlacesListIsTheFullerRegisterOfItsDate() {
        let (s, _) = Self.imported
        let h = s.homes.first { $0.urn == "SC000003" }!
        // The providers file says 3 places and Brightpath; the places list of the same date, 4 and Harbour Homes.
        #expect(h.places == 4 && h.organisation == "Harbour Homes")
        // Its inspections still come from the providers file.
        #expect(!s.inspections(of: h).isEmpty)
    }

    /// (file, opened, closed), in the order the files are applied.
    @Test(arguments: [
        ("Provider_level_in_year_2021-22.csv", 1, 0),
        ("Provider_level_at_31_Mar_2022.csv", 2, 0),
        ("Closed_childrens_homes_31Mar23.csv", 1, 3),
        ("Provider_level_in_year_2022-23.csv", 1, 1),
        ("Provider_level_at_31_Aug_2023.csv", 1, 0),
        ("Providers_places_at_31_Aug_2023.csv", 2, 2),
    ])
    func eachFileCountsTheHomesItOpenedAndClosed(file: String, opened: Int, closed: Int) {
        let (_, report) = Self.imported
        let f = report.files.first { $0.path.hasSuffix("/" + file) }
        #expect(f?.homesOpened == opened)
        #expect(f?.homesClosed == closed)
    }

    @Test func theReportSaysWhatIsOpenAndWhatTheRegisterIs() {
        let (_, report) = Self.imported
        #expect(report.homesOpen == 4 && report.homesClosed == 5)
        #expect(report.newestRegisterFiles.map { String($0.split(separator: "/").last!) } == ["Provider_level_at_31_Aug_2023.csv", "Providers_places_at_31_Aug_2023.csv"])
        let text = report.rendered()
        #expect(text.contains("Closed_childrens_homes_31Mar23.csv: closed children's homes list, UTF-8, dated 2023-03-31 (from the file name)"))
        #expect(text.contains("7 rows read, 3 blank, 0 rejected; 4 homes; opened 1, closed 3"))
        #expect(text.contains("9 homes (4 open, 5 closed)"))
    }

    @Test func theSameFilesGiveTheSameBytesInAnyOrder() {
        let reversed = ImportOfstedImportTests.run(Self.files.reversed()).0
        #expect(SnapshotWriter().write(reversed) == SnapshotWriter().write(Self.imported.0))
    }
}
