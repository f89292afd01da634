import Foundation
import Testing
@testable import HomesData

/// Telling a snapshot from Ofsted's CSVs and from what people give by mistake, and
/// loading a directory of Ofsted's files as one snapshot per register date.
@Suite struct ImportOfstedSnapshotsTests {
    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var kind: InputKind
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "snapshot", bytes: Array("{\"metadata\":{}}".utf8), kind: .snapshot),
        Case(name: "snapshot after BOM and white space", bytes: [0xEF, 0xBB, 0xBF] + Array(" \r\n\t{".utf8), kind: .snapshot),
        Case(name: "places list header", bytes: Array("Web link,URN,Provision type,Registration status,Places\nx,SC000001,Children's home,Active,3\n".utf8), kind: .ofstedCSV),
        Case(name: "closed list with BOM and CRLF", bytes: [0xEF, 0xBB, 0xBF] + Array("URN,Registration status,Date closed\r\n".utf8), kind: .ofstedCSV),
        Case(name: "episodes", bytes: Array("CHILD,DECOM,RNE,PLACE,URN\n".utf8), kind: .ofstedCSV),
        Case(name: "xlsx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], kind: .other("a ZIP archive (perhaps an .xlsx workbook: save it as CSV)")),
        Case(name: "xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], kind: .other("an old Excel .xls workbook (save it as CSV)")),
        Case(name: "pdf", bytes: Array("%PDF-1.7\n".utf8), kind: .other("a PDF document")),
        Case(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], kind: .other("binary data, not text")),
        Case(name: "empty", bytes: [], kind: .other("an empty file")),
        Case(name: "JSON array", bytes: Array("[1, 2]".utf8), kind: .other("JSON that is not a snapshot (it starts with '[', a snapshot with '{')")),
        Case(name: "other CSV", bytes: Array("URN?,Colour\nSC1,blue\n".utf8), kind: .other("a CSV file whose header is not one of Ofsted's: 'URN?', 'Colour'")),
        Case(name: "prose", bytes: Array("Dear Ofsted\n".utf8), kind: .other("text that is neither a JSON snapshot nor a CSV file (first line 'Dear Ofsted')")),
    ]

    @Test(arguments: cases)
    func detectsWhatAFileIs(c: Case) {
        #expect(InputKind.detect(bytes: c.bytes) == c.kind)
    }

    @Test(arguments: ["2022", "2023"])
    func everyRealFileIsAnOfstedCSV(year: String) {
        for path in ImportFixtures.ofsted([year]) { #expect(InputKind.detect(bytes: Self.bytes(path)) == .ofstedCSV, "\(path)") }
    }

    @Test func looksOnlyAtTheFirstBytes() {
        // A snapshot-looking start followed by megabytes of anything: judged by the start.
        let big = Array("{".utf8) + [UInt8](repeating: 0, count: 4 << 20)
        #expect(InputKind.detect(bytes: big) == .snapshot)
        // Rows of text to the end of the prefix, then NUL bytes it never reaches.
        var csv = Array("URN,Registration status,Date closed\n".utf8)
        while csv.count < InputKind.prefixLength { csv += Array("SC000001,Resigned,01/02/2023\n".utf8) }
        #expect(InputKind.detect(bytes: csv + [UInt8](repeating: 0, count: 1024)) == .ofstedCSV)
        #expect(InputKind.detect(bytes: Array(csv.prefix(100)) + [0, 0]) == .other("binary data, not text"))
    }

    /// The real 2022 and 2023 files, given together in any order, are two snapshots
    /// exactly as `homes import ofsted` makes of each year's files.
    @Test func theRealFilesAreOneSnapshotPerRegisterDate() {
        let paths = ImportFixtures.ofsted(["2022", "2023"]).reversed()
        let result = OfstedSnapshots.snapshots(from: paths.map { ($0, Self.bytes($0)) })
        #expect(result.map(\.snapshot.metadata.snapshotDate) == [Day(iso: "2022-03-31"), Day(iso: "2023-08-31")])
        let names = result.map { $0.report.files.map { String($0.path.split(separator: "/").last!) }.sorted() }
        #expect(names == [
            ["LA_level_at_31_Mar_2022.csv", "Provider_level_at_31_Mar_2022.csv", "Provider_level_in_year_2021-22.csv"],
            ["Closed_childrens_homes_31Mar23.csv", "Provider_level_at_31_Aug_2023.csv", "Provider_level_in_year_2022-23.csv", "Providers_places_at_31_Aug_2023.csv"],
        ])
        for (got, year) in zip(result, ["2022", "2023"]) {
            let expected = ImportFixtures.imported([year]).0
            #expect(SnapshotWriter().write(got.snapshot) == SnapshotWriter().write(expected), "\(year)")
        }
    }

    struct Grouping: Sendable, CustomTestStringConvertible {
        var files: [String]
        var dates: [String]
        var testDescription: String { files.joined(separator: " + ") }
    }

    /// Fixture files named for the tests' purposes (their bytes decide their kind).
    @Test(arguments: [
        // No register: one snapshot of everything, dated by its newest file.
        Grouping(files: ["Provider_level_in_year_2021-22.csv", "LA_level_at_31_Mar_2022.csv"], dates: ["2022-03-31"]),
        // A closed list newer than every register joins the newest.
        Grouping(files: ["Provider_level_at_31_Mar_2022.csv", "Closed_childrens_homes_31Mar23.csv"], dates: ["2023-03-31"]),
        // Two registers: the closed list joins the first on or after its date.
        Grouping(files: ["Provider_level_at_31_Mar_2022.csv", "Closed_childrens_homes_31Mar23.csv", "Providers_places_at_31_Aug_2023.csv"],
                 dates: ["2022-03-31", "2023-08-31"]),
    ])
    func otherFilesJoinTheFirstRegisterOnOrAfterTheirDate(g: Grouping) {
        let result = OfstedSnapshots.snapshots(from: g.files.map { (ImportFixtures.path($0), ImportFixtures.bytes($0)) })
        #expect(result.map { $0.snapshot.metadata.snapshotDate.iso } == g.dates)
        #expect(result.reduce(0) { $0 + $1.report.files.count } == g.files.count)
    }

    @Test func anUnrecognisedFileIsReportedWithTheNewestSnapshot() {
        let files = [("notes.csv", Array("Name,Colour\n".utf8)),
                     (ImportFixtures.path("Provider_level_at_31_Mar_2022.csv"), ImportFixtures.bytes("Provider_level_at_31_Mar_2022.csv")),
                     (ImportFixtures.path("Providers_places_at_31_Aug_2023.csv"), ImportFixtures.bytes("Providers_places_at_31_Aug_2023.csv"))]
        let result = OfstedSnapshots.snapshots(from: files.map { (path: $0.0, bytes: $0.1) })
        #expect(result.count == 2)
        #expect(result.last?.report.filesNotImported.map(\.path) == ["notes.csv"])
        #expect(result.first?.report.filesNotImported.isEmpty == true)
    }
}
