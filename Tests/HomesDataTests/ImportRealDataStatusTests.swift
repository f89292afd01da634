import Testing
@testable import HomesData

/// Open and closed homes on Ofsted's real files, against figures computed inside
/// the test from the CSVs with `IndependentCSV` (not the importer's reader, decoder
/// or column matching): the register says who is open; the closed list and the
/// homes that left the register are closed.
@Suite struct ImportRealDataStatusTests {
    static let places = IndependentCSV(path: ImportFixtures.realFile("2023", "Providers_places_at"))
    static let closedList = IndependentCSV(path: ImportFixtures.realFile("2023", "Closed_childrens_homes"))
    static let at2023 = IndependentCSV(path: ImportFixtures.realFile("2023", "Provider_level_at"))
    static let inYear2023 = IndependentCSV(path: ImportFixtures.realFile("2023", "Provider_level_in_year"))
    static let at2022 = IndependentCSV(path: ImportFixtures.realFile("2022", "Provider_level_at"))
    static let inYear2022 = IndependentCSV(path: ImportFixtures.realFile("2022", "Provider_level_in_year"))

    static func urns(_ s: Snapshot, _ open: Bool) -> Set<String> {
        Set(s.homes.filter { $0.status.map { $0.isOpen == open } ?? false }.map(\.urn))
    }

    /// The closed list's date cell, dd/mm/yyyy, read here by hand.
    static func closedOn(_ cell: String) -> Day? {
        let parts = cell.split(separator: "/").compactMap { Int($0) }
        return parts.count == 3 ? Day(year: parts[2], month: parts[1], day: parts[0]) : nil
    }

    static let bothYearSets = [["2023"], ["2022", "2023"]]

    @Test(arguments: bothYearSets)
    func theHomesOpenOn31August2023AreThePlacesListsActiveAndSuspendedRows(years: [String]) {
        let (s, report) = ImportFixtures.imported(years)
        let activeRows = Self.places.column("Registration status").filter { IndependentCSV.open.contains($0) }.count
        let expected = Self.places.urns(status: IndependentCSV.open)
        #expect(activeRows == 3999 && expected.count == activeRows)
        #expect(Self.urns(s, true) == expected)
        #expect(report.homesOpen == activeRows)
        // The providers file of the same date lists a subset: one register, not two.
        #expect(Self.at2023.urns().isSubset(of: Self.places.urns()))
    }

    @Test(arguments: bothYearSets)
    func theClosedHomesAreTheClosedListAndTheHomesOffTheRegister(years: [String]) {
        let (s, report) = ImportFixtures.imported(years)
        let register = Self.places.urns().union(Self.at2023.urns())
        let closedByList = Self.closedList.urns(status: IndependentCSV.closed)
        var others = Self.at2023.urns().union(Self.inYear2023.urns())
        if years.contains("2022") { others.formUnion(Self.at2022.urns().union(Self.inYear2022.urns())) }
        let offRegister = others.subtracting(register).subtracting(closedByList)
        #expect(closedByList.count == Self.closedList.rows.count)  // 1,328 distinct URNs, all Resigned or Cancelled
        #expect(Self.urns(s, false) == closedByList.union(offRegister))
        #expect(report.homesClosed == closedByList.count + offRegister.count)
        #expect(s.homes.count == report.homesOpen + report.homesClosed)  // no home without a status
    }

    @Test(arguments: bothYearSets)
    func everyHomeOnTheClosedListIsClosedWithItsDate(years: [String]) {
        let (s, _) = ImportFixtures.imported(years)
        let byURN = Dictionary(uniqueKeysWithValues: s.homes.map { ($0.urn, $0) })
        let rows = zip(Self.closedList.column("URN"), zip(Self.closedList.column("Registration status"), Self.closedList.column("Date closed")))
        var checked = 0
        for (urn, (status, date)) in rows {
            let h = byURN[urn]
            #expect(h?.status?.ofstedName == status, "\(urn)")
            #expect(h?.closureDate != nil && h?.closureDate == Self.closedOn(date), "\(urn)")
            checked += 1
        }
        #expect(checked == 1328)
    }

    /// No real home is in both the March closed list and the August register, so a
    /// register naming three of them is made here: the newer file wins, and the
    /// closure date goes with the closed status.
    @Test func aHomeOnTheClosedListAndANewerRegisterIsOpen() {
        let reopened = Array(Self.closedList.column("URN").prefix(3))
        var csv = "URN,Provision type,Registration status,Places\n"
        for urn in reopened { csv += "\(urn),Children's home,Active,3\n" }
        var importer = OfstedImport()
        importer.add(path: ImportFixtures.realFile("2023", "Closed_childrens_homes"))
        importer.add(path: "Providers_places_at_31_Aug_2023.csv", bytes: Array(csv.utf8))
        let (s, report) = importer.build()
        #expect(report.files.map(\.kind) == [.closedList, .placesList])
        for urn in reopened {
            let h = s.homes.first { $0.urn == urn }
            #expect(h?.status == .active && h?.closureDate == nil, "\(urn)")
        }
        #expect(report.files[1].homesOpened == 3)
        #expect(report.homesOpen == 3 && report.homesClosed == 1325)
    }

    @Test func the2022FilesAloneOpenTheHomesOnTheir31MarchRegister() {
        let (s, report) = ImportFixtures.only2022
        let expected = Self.at2022.urns(status: IndependentCSV.open)
        #expect(expected.count == Self.at2022.rows.count)  // 3,576: the register lists only the open
        #expect(Self.urns(s, true) == expected)
        // In-year homes off the register: closed, keeping "Resigned"/"Cancelled" where given.
        let off = Self.inYear2022.urns().subtracting(expected)
        #expect(Self.urns(s, false) == off)
        #expect(report.homesClosed == off.count)
        let resigned = Self.inYear2022.urns(status: ["Resigned"]).subtracting(expected)
        #expect(!resigned.isEmpty && resigned.allSatisfy { urn in s.homes.first { $0.urn == urn }?.status == .resigned })
    }
}
