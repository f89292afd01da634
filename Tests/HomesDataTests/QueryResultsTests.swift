import Testing
@testable import HomesData

@Suite struct QueryResultsTests {
    /// The test snapshot with a hostile name and a wide one added.
    static let index: SnapshotIndex = {
        var s = IndexTestSnapshot.snapshot
        s.homes.append(Home(urn: "SC200001", name: "Evil\u{1B}[2J, \"quoted\"\u{202E}", provisionType: "Children's home"))
        s.homes.append(Home(urn: "SC200002", name: "名前ハウス", provisionType: "Children's home", places: 2))
        return SnapshotIndex(s)
    }()

    func results(_ urns: [String]) -> QueryResults {
        QueryResults(index: Self.index, homes: urns.map { Self.index.home(urn: $0)! })
    }

    @Test func tableEscapesControlCharactersAndAlignsWideText() {
        let table = results(["SC200001", "SC200002", "SC100003"]).table(total: 9, query: try! Query.parse("status:any"))
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(table.contains("Evil\\u{1B}[2J"))
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.last == "3 shown; 9 of 9 homes, any status")
        // The Type column starts at the same display column in the header and both rows.
        func column(_ line: String, _ text: String) -> Int { TextWidth.of(line.components(separatedBy: text)[0]) }
        #expect(column(lines[1], "Children's home") == column(lines[0], "Type"))
        #expect(column(lines[2], "Children's home") == column(lines[0], "Type"))
        #expect(lines[0].hasPrefix("URN"))
    }

    @Test func tableShowsTheOrganisationWhereTheNameIsRedacted() {
        let table = results(["SC100001"]).table(total: 1, query: try! Query.parse("horizon"))
        #expect(table.contains("Horizon Care Ltd"))
        // The browser's words for the same list (SC100006, also Horizon's, has resigned).
        #expect(table.hasSuffix("\n1 of 8 open homes\n"))
    }

    @Test func csvQuotesAndDoublesQuotes() {
        let csv = results(["SC200001", "SC100003"]).csv()
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "URN,Name,Type,Sector,Authority,Places,Rating,Trend,Last inspected,Status")
        #expect(lines[1] == "SC200001,\"Evil\\u{1B}[2J, \"\"quoted\"\"\\u{202E}\",Children's home,,,,,,,open")
        #expect(lines[2] == "SC100003,Brontë House,Residential special school (registered as a children's home),Voluntary,Leeds,,Inadequate,,2024-01-15,Active")
    }

    /// A home no longer on the register says so in words in every format, and
    /// the trend of its rating is a word in CSV and a mark in the table.
    @Test func closedHomesAndTrendsAreWrittenOut() {
        let closed = results(["SC100006"])
        #expect(closed.csv().components(separatedBy: "\r\n")[1].hasSuffix(",closed"))
        #expect(closed.json().contains("\"status\":\"closed\""))
        #expect(closed.table(total: 1).contains("closed"))
        // SC100001: Good in 2021, then Requires improvement in 2023.
        let worse = results(["SC100001"])
        #expect(Self.index.trend(Self.index.home(urn: "SC100001")!) == .down)
        #expect(worse.csv().contains(",Requires improvement to be good,down,"))
        #expect(worse.table(total: 1).contains("Req. improvement  ↓"))
    }

    @Test func jsonIsAnArrayOfObjectsWithNulls() throws {
        let json = results(["SC100003", "SC200001"]).json()
        #expect(json.hasPrefix("[\n{\"urn\":\"SC100003\",\"name\":\"Brontë House\""))
        #expect(json.contains("\"places\":null"))
        #expect(json.contains("\\u001b[2J"))
        #expect(json.contains("\\u202e"))
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(results([]).json() == "[]\n")
    }
}

@Suite struct HomeRecordTextTests {
    @Test func showsEveryPartOfTheRecord() {
        let index = IndexTestSnapshot.index
        let text = HomeRecordText(index: index, home: 0).text
        #expect(text.hasPrefix("Horizon Care Ltd  ·  SC100001\n"))
        #expect(text.contains("Name                (not published: REDACTED)"))
        #expect(text.contains("Local authority     York (E06000014) · children's services"))
        #expect(text.contains("Latest rating       Requires improvement to be good 2023-06-12"))
        #expect(text.contains("Inspections (2)"))
        #expect(text.contains("2023-06-12  Full inspection  ↓  RI       RI                  Good"))
        #expect(text.contains("Placements (2)"))
        #expect(text.contains("C002   2023-01-01  ongoing      455"))
        #expect(text.contains("C001   2022-01-01  2022-06-01   151"))
        #expect(text.contains("Children living here"))
    }

    /// `homes show` prints the document the detail screen draws: every heading and label
    /// of it is in the text, in the same order, and the words the issue found
    /// differing ("Protected", "Stability (as of") are in neither.
    @Test func theTextAndTheDetailScreenAreOneDocument() {
        let index = IndexTestSnapshot.index
        let document = HomeRecordText(index: index, home: 0).document
        let text = HomeRecordText(index: index, home: 0).text
        var at = text.startIndex
        for block in document.blocks {
            let words: String
            switch block {
            case .heading(let h): words = h
            case .field(let label, _, _): words = label
            default: continue
            }
            guard let found = text.range(of: words, range: at..<text.endIndex) else {
                Issue.record("'\(words)' is missing from the text, or out of order")
                return
            }
            at = found.upperBound
        }
        for stale in ["Protected  ", "Stability (as of", "LA inspection", "Occupancy"] { #expect(!text.contains(stale)) }
        #expect(text.contains("Helped & protected"))
        #expect(text.contains("Stability on 2024-03-31"))
    }

    @Test func escapesControlCharactersInRecordText() {
        let text = HomeRecordText(index: QueryResultsTests.index, home: QueryResultsTests.index.home(urn: "SC200001")!).text
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("Evil\\u{1B}[2J"))
    }
}
