import Testing
@testable import HomesData

/// Every validation rule: the record is rejected (or warned about), the problem names
/// the JSON path and says what was expected, and the valid records beside it load.
@Suite struct SnapshotValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var homes: [String] = [SnapshotText.home]
        var placements: [String] = [SnapshotText.placement]
        var path: String
        var fragment: String
        var warning = false
        var testDescription: String { name }
    }

    static let home = SnapshotText.home
    static let placement = SnapshotText.placement
    /// A second, valid home the bad records sit beside.
    static let otherHome = #"{"urn":"1234567","provisionType":"Residential special school","inspections":[]}"#

    static func homeWith(_ from: String, _ to: String) -> String { home.replacingOccurrences(of: from, with: to) }
    static func placementWith(_ from: String, _ to: String) -> String { placement.replacingOccurrences(of: from, with: to) }

    static let cases: [Case] = [
        Case(name: "impossible date", homes: [otherHome, homeWith("2023-05-01", "2023-02-30")],
             path: "$.homes[1].inspections[0].date", fragment: "\"2023-02-30\" is not a real date; expected yyyy-mm-dd; inspection rejected"),
        Case(name: "date in another shape", homes: [homeWith("2023-05-01", "01/05/2023")],
             path: "$.homes[0].inspections[0].date", fragment: "\"01/05/2023\" is not a real date"),
        Case(name: "absurd year", homes: [homeWith("2023-05-01\",\"published", "1850-05-01\",\"published")],
             path: "$.homes[0].inspections[0].date", fragment: "expected a year from 1900 to 2100"),
        Case(name: "unknown judgement", homes: [homeWith("\"Good\"", "\"good\"")],
             path: "$.homes[0].inspections[0].overall", fragment: "unknown judgement \"good\"; expected one of \"Outstanding\", \"Good\""),
        Case(name: "unknown sector", homes: [homeWith("Private", "Privat")],
             path: "$.homes[0].sector", fragment: "unknown sector \"Privat\"; expected one of \"Local Authority\""),
        Case(name: "unknown status", homes: [homeWith("Active", "Open")],
             path: "$.homes[0].status", fragment: "unknown registration status \"Open\""),
        Case(name: "bad URN", homes: [homeWith("SC123456", "SC12345")], placements: [],
             path: "$.homes[0].urn", fragment: "\"SC12345\" is not a URN; expected SC and 6 digits"),
        Case(name: "duplicate URN", homes: [home, otherHome, home],
             path: "$.homes[2].urn", fragment: "duplicate URN \"SC123456\": $.homes[0] has it already; home rejected"),
        Case(name: "duplicate event number", homes: [homeWith("}]}", "},{\"eventNumber\":10001,\"eventType\":\"Full inspection\",\"date\":\"2023-06-01\"}]}")],
             path: "$.homes[0].inspections[1].eventNumber", fragment: "duplicate event number 10001"),
        Case(name: "published before inspection", homes: [homeWith("2023-05-20", "2023-04-20")],
             path: "$.homes[0].inspections[0].published", fragment: "published 2023-04-20 before the inspection took place on 2023-05-01"),
        Case(name: "placement ends before it starts", placements: [placement, placementWith("\"start\":\"2023-01-05\"", "\"start\":\"2023-01-05\",\"end\":\"2022-12-01\"")],
             path: "$.placements[1].end", fragment: "placement ends 2022-12-01 before it starts on 2023-01-05; placement rejected"),
        Case(name: "placement at an unknown home", placements: [placementWith("SC123456", "SC999999")],
             path: "$.placements[0].home", fragment: "no home with URN \"SC999999\" in $.homes"),
        Case(name: "placement by an unknown authority", placements: [placementWith("E09000033", "E09000099")],
             path: "$.placements[0].placingAuthority", fragment: "no local authority with code \"E09000099\""),
        Case(name: "home in an unknown authority", homes: [homeWith("E08000035", "E08000099")], placements: [],
             path: "$.homes[0].localAuthority", fragment: "no local authority with code \"E08000099\" in $.localAuthorities; home rejected"),
        Case(name: "unknown SSDA903 code", placements: [placementWith("\"K2\"", "\"K9\"")],
             path: "$.placements[0].placementType", fragment: "unknown SSDA903 code \"K9\"; expected one of K1, K2"),
        Case(name: "negative places", homes: [homeWith("\"places\":4", "\"places\":-2")],
             path: "$.homes[0].places", fragment: "-2 places is impossible; expected 0 to 5000"),
        Case(name: "absurd places", homes: [homeWith("\"places\":4", "\"places\":40000")],
             path: "$.homes[0].places", fragment: "40000 places is impossible"),
        Case(name: "huge number", homes: [homeWith("\"places\":4", "\"places\":123456789012345678901234567890")],
             path: "$.homes[0].places", fragment: "number \"123456789012345678901234567890\" is too large"),
        Case(name: "fraction where a count is wanted", homes: [homeWith("\"places\":4", "\"places\":4.5")],
             path: "$.homes[0].places", fragment: "expected a whole number, found \"4.5\""),
        Case(name: "wrong type", homes: [homeWith("\"places\":4", "\"places\":\"4\"")],
             path: "$.homes[0].places", fragment: "expected a whole number, found a string; home rejected"),
        Case(name: "wrong type for a list", homes: [homeWith("\"inspections\":[", "\"registeredFor\":\"EBD\",\"inspections\":[")],
             path: "$.homes[0].registeredFor", fragment: "expected an array of strings, found a string"),
        Case(name: "record that is not an object", homes: [home, "[1,2]"],
             path: "$.homes[1]", fragment: "expected an object, found an array; home rejected"),
        Case(name: "missing required key", homes: [homeWith("\"provisionType\":\"Children's home\",", "")],
             path: "$.homes[0]", fragment: "missing \"provisionType\""),
        Case(name: "key given twice", placements: [placementWith("\"start\"", "\"start\":\"2023-01-01\",\"start\"")],
             path: "$.placements[0].start", fragment: "key \"start\" appears twice"),
        Case(name: "control character in a key's name is quoted printably", homes: [homeWith("\"places\"", "\"col\\u001b[2Jour\":1,\"places\"")],
             path: "$.homes[0].col\\u{1b}[2Jour", fragment: "unknown key \"col\\u{1b}[2Jour\" ignored", warning: true),
        Case(name: "bad URN is quoted printably", homes: [homeWith("SC123456", "SC\\u001b[2J")], placements: [],
             path: "$.homes[0].urn", fragment: "\"SC\\u{1b}[2J\" is not a URN"),
        Case(name: "unknown key", homes: [homeWith("\"places\"", "\"colour\":\"blue\",\"places\"")],
             path: "$.homes[0].colour", fragment: "unknown key \"colour\" ignored", warning: true),
        Case(name: "unknown key in a nested record (an inspection of a home)",
             homes: [homeWith("\"overall\"", "\"inspector\":{\"n\":[1]},\"overall\"")],
             path: "$.homes[0].inspections[0].inspector", fragment: "unknown key \"inspector\" ignored", warning: true),
    ]

    @Test(arguments: cases)
    func reportsPathAndMessage(c: Case) throws {
        let homes = c.homes
        // A rejected home takes its placements with it (tested below); leave them out here.
        let homeRejected = c.path.hasPrefix("$.homes") && !c.path.contains("inspections") && !c.warning
        let text = SnapshotText.document(homes: homes, placements: homeRejected ? [] : c.placements)
        let (snapshot, problems) = try SnapshotText.load(text)
        #expect(problems.count == 1, "\(problems)")
        let p = try #require(problems.first)
        #expect(p.location == .path(c.path), "\(p)")
        #expect(p.message.contains(c.fragment), "\(p.message)")
        #expect(p.isWarning == c.warning)
        #expect(p.description.hasPrefix("test.json: \(c.path): "))
        #expect(!p.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "a control character in: \(p)")
        // Valid records beside the bad one still load; a warning rejects nothing.
        let validHomes = homes.filter { $0 == Self.otherHome || $0 == Self.home }.count
        if c.name != "duplicate URN" { #expect(snapshot.homes.count >= (c.warning ? homes.count : validHomes)) }
        if c.warning { #expect(snapshot.placements.count == c.placements.count) }
        // Strict mode refuses on the same problem.
        #expect(throws: LoadFailure.self) { try SnapshotText.load(text, strict: true) }
        do {
            _ = try SnapshotText.load(text, strict: true)
        } catch {
            #expect(error.problems.first?.location == .path(c.path))
        }
    }

    @Test func rejectedHomeTakesItsInspectionsAndSaysSo() throws {
        let bad = Self.homeWith("\"places\":4", "\"places\":-1")
        let text = SnapshotText.document(homes: [Self.otherHome, bad], placements: [])
        let (snapshot, _) = try SnapshotText.load(text)
        #expect(snapshot.homes.map(\.urn) == ["1234567"])
        #expect(snapshot.inspections.isEmpty)
        let (_, report) = try SnapshotLoader.parseForTest(text)
        #expect(report.homes == RecordCounts(loaded: 1, rejected: 1))
        #expect(report.inspections == RecordCounts(loaded: 0, rejected: 1))
    }

    @Test func placementsOfARejectedHomeAreRejectedWithAReason() throws {
        let bad = Self.homeWith("Private", "Nobody")
        let (snapshot, problems) = try SnapshotText.load(SnapshotText.document(homes: [bad]))
        #expect(snapshot.placements.isEmpty)
        #expect(problems.map(\.location) == [.path("$.homes[0].sector"), .path("$.placements[0].home")])
    }

    struct Fatal: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var fragment: String
        var testDescription: String { name }
    }

    static let fatal: [Fatal] = [
        Fatal(name: "wrong format name", text: SnapshotText.document(metadata: SnapshotText.metadata.replacingOccurrences(of: "homes-snapshot", with: "geojson")),
              fragment: "test.json: $.metadata.format: not a homes snapshot: format is \"geojson\"; expected \"homes-snapshot\""),
        Fatal(name: "newer schema", text: SnapshotText.document(metadata: SnapshotText.metadata.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":7")),
              fragment: "$.metadata.schemaVersion: not a homes snapshot: schema version 7 is not one this homes reads; expected 1"),
        Fatal(name: "bad snapshot date", text: SnapshotText.document(metadata: SnapshotText.metadata.replacingOccurrences(of: "2023-08-31", with: "2023-08-32")),
              fragment: "missing or invalid \"snapshotDate\""),
        Fatal(name: "no metadata", text: #"{"homes":[]}"#, fragment: "$: not a homes snapshot: no \"metadata\" object"),
        Fatal(name: "array at top", text: "[1,2,3]", fragment: "not a homes snapshot: the document is an array"),
        Fatal(name: "homes not a list", text: "{\(SnapshotText.metadata),\"homes\":{}}", fragment: "$.homes: not a homes snapshot: expected an array, found an object"),
        Fatal(name: "syntax error", text: "{\(SnapshotText.metadata),\n\"homes\":[{\"urn\" \"SC123456\"}]}", fragment: "test.json:2:17: expected ':' after a member name, found '\"'"),
        Fatal(name: "truncated", text: String(SnapshotText.document().dropLast(40)), fragment: "test.json:4:"),
    ]

    @Test(arguments: fatal)
    func fatalProblemsRefuseTheFile(c: Fatal) {
        do {
            _ = try SnapshotText.load(c.text)
            Issue.record("loaded")
        } catch {
            #expect(error.description.contains(c.fragment), "\(error.description)")
        }
    }

    /// An unknown key beside the four a snapshot has is a warning naming it; every
    /// record still loads.
    @Test func unknownTopLevelKeyIsAWarning() throws {
        let text = SnapshotText.document().dropLast() + ",\n\"comments\":[\"a\",{\"b\":1}]}"
        let (snapshot, problems) = try SnapshotText.load(String(text))
        #expect(problems.count == 1, "\(problems)")
        let p = try #require(problems.first)
        #expect(p.isWarning && p.location == .path("$.comments"))
        #expect(p.message.hasPrefix("unknown key \"comments\" ignored (a snapshot has metadata, localAuthorities, homes, placements"), "\(p.message)")
        #expect(snapshot.homes.count == 1 && snapshot.placements.count == 1)
    }

    /// A second "homes" (say, two files pasted together) cannot be told from the first:
    /// the file is refused, naming the key, rather than one list silently winning.
    @Test(arguments: ["homes", "placements", "metadata"])
    func topLevelKeyGivenTwiceRefusesTheFile(key: String) {
        let again = key == "metadata" ? SnapshotText.metadata : "\"\(key)\":[]"
        let text = SnapshotText.document().dropLast() + ",\n" + again + "}"
        do {
            _ = try SnapshotText.load(String(text))
            Issue.record("loaded")
        } catch {
            #expect(error.description == "test.json: $.\(key): not a homes snapshot: key \"\(key)\" appears twice; a snapshot has one of each", "\(error.description)")
        }
    }
}

extension SnapshotLoader {
    static func parseForTest(_ text: String) throws(LoadFailure) -> (Snapshot, FileReport) {
        var bytes = Array(text.utf8)
        bytes += [UInt8](repeating: 0, count: JSONScanner.padding)
        return try bytes.withUnsafeBufferPointer { b throws(LoadFailure) in
            try SnapshotLoader.parse(b.baseAddress!, count: b.count - JSONScanner.padding, file: "test.json", options: LoadOptions())
        }
    }
}
