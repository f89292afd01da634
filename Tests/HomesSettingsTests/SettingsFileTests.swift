import Foundation
import HomesData
import HomesSettings
import Testing

/// A settings file in a fresh temporary folder, removed afterwards.
private struct Scratch {
    let folder: URL
    let file: SettingsFile

    init(_ text: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("homes-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        file = SettingsFile(url: folder.appendingPathComponent("homes/settings.yaml"), home: "/home/inspector")
        if let text {
            try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file.url)
        }
    }

    var text: String? { try? String(contentsOf: file.url, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite struct SettingsFileTests {
    @Test func everySettingIsRead() throws {
        let scratch = try Scratch("""
            # my settings
            snapshots: ~/ofsted
            sort: inspected descending
            columns: [urn, name, authority, rating]
            colour: false
            meeting: true
            mouse: false
            queries:
              leeds failing: "la:leeds rating:ri,inadequate"
              secure: type:secure
            """)
        defer { scratch.remove() }
        let reading = scratch.file.read()
        #expect(reading.problems.isEmpty)
        #expect(reading.settings == Settings(
            snapshotDirectory: "/home/inspector/ofsted", sort: .inspected, sortDescending: true,
            columns: [.urn, .name, .authority, .rating], colour: false, meeting: true,
            savedQueries: [SavedQuery(name: "leeds failing", query: "la:leeds rating:ri,inadequate"),
                           SavedQuery(name: "secure", query: "type:secure")]).with(mouse: false))
    }

    @Test func noFileIsNoProblemAndWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let reading = scratch.file.read()
        #expect(!reading.exists)
        #expect(reading.settings == Settings())
        #expect(reading.problems.isEmpty)
        #expect(scratch.text == nil)
    }

    @Test func relativeSnapshotsAreBesideTheFile() throws {
        let scratch = try Scratch("snapshots: data/ofsted\n")
        defer { scratch.remove() }
        #expect(scratch.file.read().settings.snapshotDirectory == scratch.file.url.deletingLastPathComponent().path + "/data/ofsted")
    }

    /// Each broken file: the line and column reported, a few words of the message, and
    /// the settings still read from the rest of the file.
    @Test(arguments: [
        ("meeting: true\nsort: [rating\n", 3, nil, "not valid YAML", Settings()),
        ("colour: false\nmeeting: perhaps\n", 2, 10, "meeting: expected true or false, found 'perhaps'", Settings(colour: false)),
        ("sort: rating sideways\nmeeting: true\n", 1, 7, "'sideways' is not a direction", Settings(meeting: true)),
        ("mouse: off\n", 1, 8, "mouse: expected true or false, found 'off'", Settings()),
        ("sort: postcode\n", 1, 7, "sort: 'postcode' is not a column", Settings()),
        ("columns: [urn, nmae]\ncolour: true\n", 1, 16, "'nmae' is not a column", Settings(colour: true)),
        ("queries:\n  leeds: la:leeds\n  empty: \"\"\n", 3, 10, "'empty' must be a query", Settings(savedQueries: [SavedQuery(name: "leeds", query: "la:leeds")])),
        ("meeting: true\nmeeting: false\n", 1, 1, "the same setting is given twice: 'meeting'", Settings()),
        ("- snapshots\n", 1, 1, "expected settings as 'key: value' lines", Settings()),
        ("queries:\n  bell: \"la:leeds\\u001b[31m\"\n", 2, 9, "'bell' must be a query on one line", Settings(savedQueries: [])),
    ] as [(String, Int, Int?, String, Settings)])
    func brokenFilesSayWhere(text: String, line: Int, column: Int?, words: String, kept: Settings) throws {
        let scratch = try Scratch(text)
        defer { scratch.remove() }
        let reading = scratch.file.read()
        let problem = try #require(reading.problems.first)
        #expect(reading.problems.count == 1)
        #expect(problem.file == scratch.file.url.path)
        #expect(problem.line == line)
        if let column { #expect(problem.column == column) }
        #expect(problem.message.contains(words), "\(problem)")
        #expect(!problem.isWarning)
        #expect(problem.description.hasPrefix("\(scratch.file.url.path):\(line):"))
        #expect(!problem.description.contains("\u{1B}"))
        #expect(reading.settings == kept)
    }

    @Test func anUnknownKeyIsAWarningKeptWhenSaving() throws {
        let scratch = try Scratch("# mine\nmeeting: true\nsotr: rating\n")
        defer { scratch.remove() }
        let reading = scratch.file.read()
        #expect(reading.problems.map(\.line) == [3])
        #expect(reading.problems.first?.isWarning == true)
        #expect(reading.problems.first?.message.contains("unknown setting 'sotr'") == true)
        #expect(reading.settings == Settings(meeting: true))

        try scratch.file.saveQueries([(name: "leeds", query: "la:leeds")])
        let text = try #require(scratch.text)
        #expect(text.hasPrefix("# mine\n"))
        #expect(text.contains("sotr: rating"))
        #expect(scratch.file.read().settings == Settings(meeting: true, savedQueries: [SavedQuery(name: "leeds", query: "la:leeds")]))
    }

    /// Saving a query keeps `columns:` on its one line as written, not as a block list.
    @Test func savingAQueryKeepsTheColumnsLine() throws {
        let scratch = try Scratch("columns: [urn, name, rating]\nsort: places descending\n")
        defer { scratch.remove() }
        try scratch.file.saveQueries([(name: "leeds", query: "la:leeds")])
        let text = try #require(scratch.text)
        #expect(text.contains("columns: [urn, name, rating]\n"))
        #expect(text.contains("sort: places descending\n"))
        #expect(scratch.file.read().settings.columns == [.urn, .name, .rating])
    }

    @Test func aBrokenFileIsNeverOverwritten() throws {
        let broken = "meeting: perhaps\nqueries:\n  mine: la:leeds\n"
        let scratch = try Scratch(broken)
        defer { scratch.remove() }
        #expect(throws: SettingsSaveError.self) { try scratch.file.saveQueries([(name: "new", query: "rating:good")]) }
        do {
            try scratch.file.saveQueries([(name: "new", query: "rating:good")])
        } catch {
            #expect(error.description.contains("settings.yaml:1:10"))
            #expect(error.description.contains("Nothing was saved"))
        }
        #expect(scratch.text == broken)
    }

    @Test func savingQueriesCreatesTheFileAndReadsBack() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let queries = [(name: "leeds: failing", query: "la:leeds rating:ri,inadequate"),
                       (name: "quoted", query: "name:\"st mary's\" #1"),
                       (name: "ünïcode", query: "la:\"st helens\"")]
        try scratch.file.saveQueries(queries)
        let reading = scratch.file.read()
        #expect(reading.problems.isEmpty)
        #expect(reading.settings.savedQueryPairs.map(\.name) == queries.map(\.name))
        #expect(reading.settings.savedQueryPairs.map(\.query) == queries.map(\.query))
        #expect(scratch.text?.hasPrefix("# homes settings") == true)
    }

    @Test func savingChangesOnlyWhatChanged() throws {
        let scratch = try Scratch("snapshots: data\ncolor: false\nqueries:\n  old: la:leeds\n")
        defer { scratch.remove() }
        try scratch.file.update { $0.meeting = true; $0.savedQueries = nil }
        let text = try #require(scratch.text)
        #expect(text.contains("snapshots: data\n"), "a relative path stays relative")
        #expect(text.contains("color: false\n"), "the user's spelling is kept")
        #expect(!text.contains("old"))
        #expect(text.contains("meeting: true"))
        try scratch.file.update { $0.snapshotDirectory = "/home/inspector/ofsted/2024"; $0.sort = .rating; $0.columns = [.urn, .rating] }
        let again = scratch.file.read()
        #expect(again.problems.isEmpty)
        #expect(again.settings.snapshotDirectory == "/home/inspector/ofsted/2024")
        #expect(scratch.text?.contains("snapshots: ~/ofsted/2024") == true)
        #expect(again.settings.sort == .rating && again.settings.columns == [.urn, .rating])
    }

    @Test(arguments: [
        (["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"], "/x/config/homes/settings.yaml"),
        (["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"], "/home/a/.config/homes/settings.yaml"),
        (["HOME": "/home/a"], "/home/a/.config/homes/settings.yaml"),
        ([:], nil),
    ] as [([String: String], String?)])
    func standardPlace(environment: [String: String], path: String?) {
        #expect(SettingsFile.standard(environment: environment)?.url.path == path)
    }
}

/// docs/settings.md is the settings reference: it names every key, and its example file
/// is one homes reads without a problem.
@Suite struct SettingsDocumentTests {
    static let document: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/settings.md"), encoding: .utf8)) ?? ""
    }()

    @Test func namesEveryKey() {
        for key in SettingsKey.allCases {
            #expect(Self.document.contains("| `\(key.rawValue):` |"), "docs/settings.md has no row for \(key.rawValue)")
        }
    }

    @Test func namesEveryColumn() {
        for column in SortKey.allCases {
            #expect(Self.document.contains("`\(column.rawValue)`"), "docs/settings.md does not name the column \(column.rawValue)")
        }
    }

    @Test func theExampleReads() throws {
        let parts = Self.document.components(separatedBy: "```yaml\n")
        let example = try #require(parts.count > 1 ? parts[1].components(separatedBy: "```").first : nil)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("homes-settings-doc-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(example.utf8).write(to: scratch)
        let reading = SettingsFile(url: scratch, home: "/home/me").read()
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.settings.snapshotDirectory == "/home/me/ofsted/snapshots")
        #expect(reading.settings.sort == .inspected && reading.settings.sortDescending == true)
        #expect(reading.settings.savedQueries?.count == 3)
        #expect(reading.settings.meeting == false && reading.settings.colour == true)
    }
}
