import Testing
@testable import HomesData

/// Every kind of file is recognised by what its header has, never by elimination;
/// anything else is refused with the columns it has; blank rows are counted, not rejected.
@Suite struct ImportFileKindTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var header: String
        var kind: ImportFileKind?
        var testDescription: String { header }
    }

    static let cases: [Case] = [
        Case(header: "URN,Provision type,Registration status,Latest full inspection event type,Latest full inspection date,Overall experiences and progress of children and young people", kind: .providersAtDate),
        Case(header: "URN,Provision type,Inspection event type,Inspection date,Inspection event number", kind: .providersInYear),
        Case(header: "Web link,URN,Provision type,Registration status,Places,Organisation name", kind: .placesList),
        Case(header: "URN,Registration status,Date closed", kind: .closedList),
        Case(header: "Web link,Local authority name,Ofsted region,Inspection date,Overall effectiveness", kind: .authorities),
        Case(header: "CHILD,DECOM,DEC,RNE,PLACE,URN,LA", kind: .episodes),
        // Near misses: each lacks what would make it a kind.
        Case(header: "URN,Provision type", kind: nil),
        Case(header: "URN,Registration status", kind: nil),
        Case(header: "URN,Date closed", kind: nil),
        Case(header: "URN,Provision type,Registration status,Date closed,Inspection event type", kind: nil),
        Case(header: "Local authority name,Ofsted region", kind: nil),
        Case(header: "Name,Favourite colour", kind: nil),
    ]

    @Test(arguments: cases)
    func recognisesAKindByWhatItsHeaderHas(c: Case) {
        #expect(ImportFileKind.recognise(header: c.header.split(separator: ",").map(String.init)) == c.kind)
    }

    @Test(arguments: ["2022", "2023"])
    func recognisesEveryRealFile(year: String) {
        let expected: [String: ImportFileKind] = [
            "LA_level": .authorities, "Provider_level_at": .providersAtDate, "Provider_level_in_year": .providersInYear,
            "Providers_places_at": .placesList, "Closed_childrens_homes": .closedList,
        ]
        for path in ImportFixtures.ofsted([year]) {
            let header = IndependentCSV(path: path).header
            let name = String(path.split(separator: "/").last!)
            let want = expected.first { name.hasPrefix($0.key) }?.value
            #expect(want != nil && ImportFileKind.recognise(header: header) == want, "\(name)")
        }
    }

    @Test func anUnrecognisedFileNamesItsColumnsPrintablyAndImportsNothing() {
        var importer = OfstedImport()
        importer.add(path: "odd.csv", bytes: Array("\u{1B}[2JURN?,Colour\nSC000001,blue\n".utf8))
        let (s, report) = importer.build()
        #expect(s.homes.isEmpty)
        #expect(report.files.map(\.kind) == [nil])
        #expect(report.filesNotImported.map(\.path) == ["odd.csv"])
        let message = report.problems.first { $0.severity == .rejected }?.description ?? ""
        #expect(message.hasPrefix("odd.csv:1: not a file of Ofsted's nor an episodes file: its header has '\\u{1b}[2JURN?', 'Colour';"))
        #expect(!report.rendered().contains("\u{1B}"))
    }

    struct BlankCase: Sendable, CustomTestStringConvertible {
        var file: String
        var kind: ImportFileKind
        var read: Int
        var blank: Int
        var testDescription: String { file }
    }

    @Test(arguments: [
        BlankCase(file: "Providers_places_at_31_Aug_2023.csv", kind: .placesList, read: 8, blank: 4),
        BlankCase(file: "Closed_childrens_homes_31Mar23.csv", kind: .closedList, read: 7, blank: 3),
    ])
    func trailingBlankRowsAreCountedNotRejected(c: BlankCase) {
        var importer = OfstedImport()
        importer.add(path: ImportFixtures.path(c.file))
        let (_, report) = importer.build()
        let f = report.files[0]
        #expect(f.kind == c.kind)
        #expect(f.rowsRead == c.read && f.rowsBlank == c.blank && f.rowsRejected == 0)
        #expect(f.homes == c.read - c.blank)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.rendered().contains("\(c.read) rows read, \(c.blank) blank, 0 rejected"))
    }

    @Test func blankRowsInAnEpisodesFileAreCountedToo() {
        let csv = "CHILD,DECOM,RNE,PLACE,URN,LA\nC1,2023-01-05,S,K2,SC000001,E10000017\n,,,,,\n , ,,,,\n"
        var importer = OfstedImport()
        importer.add(path: ImportFixtures.path("Provider_level_at_31_Aug_2023.csv"))
        importer.add(path: "episodes.csv", bytes: Array(csv.utf8))
        let (s, report) = importer.build()
        let episodes = report.files.first { $0.kind == .episodes }
        #expect(episodes?.rowsRead == 3 && episodes?.rowsBlank == 2 && episodes?.rowsRejected == 0)
        #expect(s.placements.count == 1)
    }
}
