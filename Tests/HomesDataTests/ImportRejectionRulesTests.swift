import Foundation
import Testing
@testable import HomesData

/// Each rule of docs/import.md's "Bad rows" table, one row at a time: what is kept,
/// what is left out, and the line and column the report names.
@Suite struct ImportRejectionRulesTests {
    static let inYearHeader = "URN,Provision type,Name,Local authority,Inspection event type,Inspection date,Inspection event number,"
        + "Inspection overall experiences and progress of children and young people,Short break only children's home,Places"

    /// One in-year provider file: the header above, then the given rows.
    static func importRows(_ rows: [String], header: String = inYearHeader, name: String = "Provider_level_in_year_2022-23.csv") -> (Snapshot, ImportReport) {
        var importer = OfstedImport()
        importer.add(path: name, bytes: Array(([header] + rows).joined(separator: "\n").utf8 + [10]))
        return importer.build()
    }

    static let good = "SC200001,Children's home,Elm House,Kent,Full inspection,2023-02-07,30000001,Good,N,4"

    struct Rule: CustomTestStringConvertible, Sendable {
        var name: String
        var row: String
        /// The URN still imported, or nil when the row is rejected.
        var kept: String?
        var inspectionKept: Bool
        var column: String?
        var fragment: String
        var testDescription: String { name }
    }

    static let rules: [Rule] = [
        Rule(name: "no provision type", row: "SC200002,,Oak House,Kent,Full inspection,2023-02-07,30000002,Good,N,4",
             kept: nil, inspectionKept: false, column: "Provision type", fragment: "no provision type: row left out"),
        Rule(name: "more cells than headers, with data", row: "SC200002,Children's home,Oak House,Kent,Full inspection,2023-02-07,30000002,Good,N,4,extra,more",
             kept: "SC200002", inspectionKept: true, column: nil, fragment: "12 cells but 10 headers: the cells beyond the header are not imported"),
        Rule(name: "an inspection with no date", row: "SC200002,Children's home,Oak House,Kent,Full inspection,,30000002,Good,N,4",
             kept: "SC200002", inspectionKept: false, column: "Inspection date", fragment: "an inspection with no date (event number '30000002'): inspection left out, the rest of the row imported"),
        Rule(name: "an inspection with no event type", row: "SC200002,Children's home,Oak House,Kent,,2023-02-07,30000002,Good,N,4",
             kept: "SC200002", inspectionKept: false, column: "Inspection event type", fragment: "inspection 30000002 has no event type: inspection left out, the rest of the row imported"),
        Rule(name: "an impossible inspection date", row: "SC200002,Children's home,Oak House,Kent,Full inspection,30/02/2023,30000002,Good,N,4",
             kept: "SC200002", inspectionKept: false, column: "Inspection date", fragment: "inspection date '30/02/2023' is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100): inspection left out"),
        Rule(name: "a yes/no flag that is neither", row: "SC200002,Children's home,Oak House,Kent,Full inspection,2023-02-07,30000002,Good,sometimes,4",
             kept: "SC200002", inspectionKept: true, column: "Short break only children's home", fragment: "expected yes or no, found 'sometimes': taken as no"),
        // Found by the import fuzzer: the loader refused the whole home for it.
        Rule(name: "more places than any home has", row: "SC200002,Children's home,Oak House,Kent,Full inspection,2023-02-07,30000002,Good,N,20000005",
             kept: "SC200002", inspectionKept: true, column: "Places", fragment: "places '20000005' is impossible (expected 0 to 5000): left out"),
        Rule(name: "an inspection date in the year 4038", row: "SC200002,Children's home,Oak House,Kent,Full inspection,4038-06-03,30000002,Good,N,4",
             kept: "SC200002", inspectionKept: false, column: "Inspection date", fragment: "inspection date '4038-06-03' is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100): inspection left out"),
    ]

    @Test(arguments: rules)
    func eachRuleKeepsWhatIsValid(rule: Rule) throws {
        let (s, report) = Self.importRows([Self.good, rule.row])
        // The good row beside it always imports whole.
        #expect(s.homes.contains { $0.urn == "SC200001" })
        let problems = report.problems.filter { $0.line == 3 }
        #expect(problems.count == 1, "\(report.problems)")
        let p = try #require(problems.first)
        #expect(p.column == rule.column && p.message.contains(rule.fragment), "\(p)")
        #expect(p.severity == (rule.kept == nil ? .rejected : .warning))
        #expect(report.rowsRejected == (rule.kept == nil ? 1 : 0))
        if let urn = rule.kept {
            let home = try #require(s.homes.first { $0.urn == urn })
            #expect(s.inspections(of: home).isEmpty != rule.inspectionKept)
        } else {
            #expect(!s.homes.contains { $0.urn == "SC200002" })
        }
    }

    @Test func theYesNoFallbackIsNo() {
        let (s, _) = Self.importRows([Self.good.replacingOccurrences(of: ",N,4", with: ",Y,4"),
                                      "SC200002,Children's home,Oak House,Kent,Full inspection,2023-02-07,30000002,Good,sometimes,4"])
        #expect(s.homes.first { $0.urn == "SC200001" }?.shortBreakOnly == true)
        #expect(s.homes.first { $0.urn == "SC200002" }?.shortBreakOnly == false)
    }

    /// Found by the import fuzzer: a closed list closing a home on a date before a
    /// register says it was registered made a home the loader refused. The home is kept
    /// without the closure date, the closed list's line named.
    @Test func aClosureBeforeTheRegistrationIsLeftOutAndTheHomeKept() throws {
        var importer = OfstedImport()
        importer.add(path: "Provider_level_at_31_Mar_2022.csv", bytes: Array("""
            URN,Provision type,Registration date,Registration status,Name,Local authority,Sector,Places
            SC000001,Children's home,12/06/2021,Active,Next Steps,Leeds,Private,4
            SC000002,Children's home,01/02/2019,Active,Elm House,Kent,Private,3

            """.utf8))
        importer.add(path: "Closed_childrens_homes_31Mar23.csv", bytes: Array("""
            URN,Registration status,Date closed
            SC000002,Resigned,15/06/2022
            SC000001,Resigned,10/01/2021

            """.utf8))
        let (s, report) = importer.build()
        let next = try #require(s.homes.first { $0.urn == "SC000001" })
        #expect(next.closureDate == nil && next.registrationDate == Day(iso: "2021-06-12"))
        #expect(s.homes.first { $0.urn == "SC000002" }?.closureDate == Day(iso: "2022-06-15"))
        let warning = try #require(report.problems.first { $0.message.contains("SC000001") })
        #expect(warning.file == "Closed_childrens_homes_31Mar23.csv" && warning.line == 3 && warning.severity == .warning)
        #expect(warning.message == "SC000001 closed on 2021-01-10, before it was registered on 2021-06-12 as another file says: "
                + "the closure date left out, the home kept")
        // What was imported loads with no problem and nothing lost.
        let loaded = try SnapshotText.load(String(decoding: SnapshotWriter().write(s), as: UTF8.self))
        #expect(loaded.1.isEmpty && loaded.0.homes.count == s.homes.count)
    }

    @Test func anAuthorityRowWithNoNameIsRejectedAndTheOthersKept() throws {
        let header = "Local authority name,Inspection date,Overall effectiveness,Impact of leaders,"
            + "Experiences and progress of children who need help and protection,Experiences and progress of children in care and care leavers"
        let (s, report) = Self.importRows(["Kent,2022-03-01,Good,Good,Good,Good", ",2022-03-01,Inadequate,Inadequate,Inadequate,Inadequate",
                                           "Leeds,31/02/2022,Good,Good,Good,Good"],
                                          header: header, name: "LA_level_at_31_Mar_2022.csv")
        let rejected = report.problems.filter { $0.severity == .rejected }
        #expect(rejected.count == 1 && rejected.first?.line == 3, "\(report.problems)")
        #expect(rejected.first?.column == "Local authority name" && rejected.first?.message == "no local authority name: row left out")
        #expect(s.localAuthorities.first { $0.name == "Kent" }?.inspection?.overall == .good)
        // Leeds: the date is impossible, so its judgements are left out with a warning.
        let leeds = report.problems.filter { $0.line == 4 }
        #expect(leeds.count == 1 && leeds.first?.severity == .warning && leeds.first?.message.contains("the judgements left out, the authority kept") == true)
        #expect(s.localAuthorities.first { $0.name == "Leeds" }?.inspection == nil)
        #expect(s.localAuthorities.filter { $0.inspection != nil }.count == 1)
    }

    /// The report shows 20 problems per file and says how many more; --all-problems
    /// (`problemLimit: nil`) shows every one.
    @Test func problemsBeyondTwentyAreCountedOrListedWithAllProblems() {
        let rows = (0..<25).map { "SC2000\(String(10 + $0)),,Oak House,Kent,Full inspection,2023-02-07,300000\(10 + $0),Good,N,4" }
        let (_, report) = Self.importRows(rows)
        #expect(report.problems.count == 25)
        func listed(_ text: String) -> Int {
            text.split(separator: "\n").filter { $0.hasPrefix("  Provider_level_in_year_2022-23.csv:") }.count
        }
        let limited = report.rendered(problemLimit: 20)
        #expect(listed(limited) == 20)
        #expect(limited.contains("… and 5 more problems in this file (--all-problems lists them)"))
        let all = report.rendered(problemLimit: nil)
        #expect(listed(all) == 25)
        #expect(!all.contains("more problems in this file"))
        #expect(all.contains("Provider_level_in_year_2022-23.csv:26:"))
    }
}
