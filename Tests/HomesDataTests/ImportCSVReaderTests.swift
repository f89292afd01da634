import Testing
@testable import HomesData

@Suite struct ImportCSVReaderTests {
    static func fields(_ text: String) -> [[String]] { CSVReader.read(Array(text.utf8)).records.map(\.fields) }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r1,2", [["a", "b"], ["1", "2"]]),
        ("a,\"b,c\"\n", [["a", "b,c"]]),
        ("\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
        ("\"two\nlines\",x\r\n", [["two\nlines", "x"]]),
        ("a,,\n", [["a", "", ""]]),
        ("a,b,", [["a", "b", ""]]),
        ("a\n\n\nb\n", [["a"], ["b"]]),
        ("\"\",x\n", [["", "x"]]),
        ("5\" tall,x\n", [["5\" tall", "x"]]),
    ])
    func readsRFC4180(text: String, expected: [[String]]) {
        #expect(Self.fields(text) == expected)
    }

    @Test func recordsCarryTheLineTheyStartOn() {
        let (records, problems) = CSVReader.read(Array("h1,h2\r\n\"multi\r\nline\",x\r\nlast,y\r\n".utf8))
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func anUnclosedQuoteDropsOnlyTheLastRecordAndSaysWhere() {
        let (records, problems) = CSVReader.read(Array("a,b\n1,2\n3,\"oops\n4,5\n".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3 && problems.first?.column == 3)
        #expect(problems.first?.message.contains("never closed") == true)
    }

    @Test func textAfterAClosingQuoteIsKeptAndReported() {
        let (records, problems) = CSVReader.read(Array("\"ab\"cd,e\n".utf8))
        #expect(records.first?.fields == ["abcd", "e"])
        #expect(problems.first?.line == 1 && problems.first?.column == 5)
    }

    @Test func printableEscapesControlAndBidiCharacters() {
        #expect(CSVReader.printable("a\u{1B}[2Jb\n\u{202E}") == "'a\\u{1b}[2Jb\\n\\u{202e}'")
    }
}

@Suite struct ImportCSVReaderHostileTests {
    @Test func oneEnormousLineOfBadFieldsIsReadInLinearTimeAndCounted() {
        let text = String(repeating: "\"a\"b,", count: 200_000) + "\n"
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(records.count == 1 && records[0].fields.count == 200_001)
        #expect(problems.count == CSVReader.problemLimit + 1)
        #expect(problems.last?.message.contains("199000 more") == true)
    }
}
