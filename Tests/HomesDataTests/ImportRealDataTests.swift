import Testing
@testable import HomesData

/// The importer on Ofsted's real 2022 and 2023 files (Resources/ofsted).
///
/// The expected counts are computed here, straight from the CSVs, by
/// `IndependentCounts` (its own CSV reader, dates and column matching; none of the
/// importer's code): the rules are in its comment and in docs/import.md, whose table
/// gives the figures of the bundled files.
@Suite struct ImportRealDataTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var years: [String]
        var snapshotDate: String
        var testDescription: String { years.joined(separator: "+") }
        var expected: IndependentCounts { IndependentCounts(files: ImportFixtures.ofsted(years)) }
    }

    static let cases: [Case] = [
        Case(years: ["2022"], snapshotDate: "2022-03-31"),
        Case(years: ["2023"], snapshotDate: "2023-08-31"),
        Case(years: ["2022", "2023"], snapshotDate: "2023-08-31"),
    ]

    static func run(_ years: [String]) -> (Snapshot, ImportReport) { ImportFixtures.imported(years) }

    @Test(arguments: cases)
    func countsMatchTheCSVs(c: Case) {
        let expected = c.expected
        let (s, report) = Self.run(c.years)
        // A reader that found nothing would make every comparison below vacuous.
        #expect(expected.homes > 3000 && expected.inspections > 4000 && expected.inadequateChildrensHomes > 50, "\(expected)")
        #expect(s.homes.count == expected.homes)
        #expect(s.inspections.count == expected.inspections)
        #expect(s.metadata.snapshotDate == Day(iso: c.snapshotDate))
        let childrensHomes = s.homes.filter { $0.provisionType.lowercased().contains("children's home") }
        #expect(childrensHomes.count == expected.childrensHomes)
        #expect(childrensHomes.filter { s.latestFullJudgement(of: $0)?.overall == .inadequate }.count == expected.inadequateChildrensHomes)
        #expect(report.rowsRejected == 0)
        #expect(report.homes == expected.homes && report.inspections == expected.inspections)
    }

    /// What a user types: the query language over the imported snapshot gives the
    /// same counts as the CSVs.
    @Test(arguments: cases)
    func theQueryLanguageFindsTheSameHomes(c: Case) throws {
        let expected = c.expected
        let index = SnapshotIndex(Self.run(c.years).0)
        let inadequate = try Query.parse("type:\"children's home\" rating:inadequate status:any", index: index)
        #expect(index.matches(inadequate).count == expected.inadequateExactlyChildrensHome)
        let all = try Query.parse("type:\"children's home\" status:any", index: index)
        #expect(index.matches(all).count == expected.exactlyChildrensHome)
    }

    @Test func noFileHasAnUnknownColumnThatCarriesData() {
        let (_, report) = Self.run(["2022", "2023"])
        #expect(report.files.count == 7)
        for f in report.files {
            #expect(f.kind != nil, "\(f.path)")
            #expect(f.unknownColumns.filter(\.carriesData).isEmpty, "\(f.path): \(f.unknownColumns.map(\.header))")
        }
        #expect(report.files.map(\.kind) == [.authorities, .providersAtDate, .providersInYear,
                                             .closedList, .providersAtDate, .providersInYear, .placesList])
        #expect(report.files.map { $0.encoding } == [.utf8, .utf8, .utf8, .utf8, .utf8, .windows1252, .utf8])
        #expect(report.files[5].trailingEmptyColumns == 15)
        #expect(report.rowsBlank == 0)
    }

    @Test func reportsWhatIsOddInTheRealFiles() {
        let (s, report) = Self.run(["2022", "2023"])
        // Two 2022 registration dates are spreadsheet serial numbers (in both 2022 files).
        #expect(report.problems.filter { $0.message.contains("spreadsheet serial") }.count == 4)
        #expect(s.homes.first { $0.urn == "SC013743" }?.registrationDate == Day(iso: "1973-04-26"))
        // One 2022-23 event is published before it took place: the date is left out, the event kept.
        #expect(report.problems.filter { $0.message.contains("before it took place") }.map(\.line) == [2602])
        // Cumbria (abolished 2023) appears in the 2022 files only.
        #expect(report.unmatchedAuthorityNames.map(\.name) == ["Cumbria"])
        // 152 LA rows: two "No full inspection", and Cumbria.
        #expect(report.authoritiesWithInspection == 149)
        #expect(report.problems.allSatisfy { $0.severity == .warning })
    }

    @Test func everyHomeIsValidForTheSnapshotFormat() {
        let (s, _) = Self.run(["2022", "2023"])
        var urns = Set<String>()
        for h in s.homes {
            #expect(Home.isValidURN(h.urn))
            #expect(urns.insert(h.urn).inserted)
            let ins = s.inspections(of: h)
            #expect(zip(ins, ins.dropFirst()).allSatisfy { ($0.date, $0.eventNumber) < ($1.date, $1.eventNumber) })
            #expect(ins.allSatisfy { i in i.published.map { $0 >= i.date } ?? true })
        }
        #expect(Set(s.homes.map(\.provisionType)).count == 12)
    }
}
