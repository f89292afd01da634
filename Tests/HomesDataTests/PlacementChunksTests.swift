import Foundation
import Testing
@testable import HomesData

/// Reading the placements in pieces on several cores must give exactly what one
/// pass gives: the same records in the same order, the same children with the same
/// indices, and the same problems in the same order with the same paths.
@Suite struct PlacementChunksTests {
    static let generated: String = {
        let snapshot = SnapshotGenerator(homes: 150, seed: 11).generate()
        return String(decoding: SnapshotWriter().write(snapshot), as: UTF8.self)
    }()

    static func load(_ text: String, threads: Int, strict: Bool = false) throws(LoadFailure) -> (Snapshot, FileReport) {
        try SnapshotLoader.loadWithReport(bytes: Array(text.utf8), file: "pieces.json",
                                          options: LoadOptions(strict: strict, threads: threads, minimumChunkBytes: 2_000))
    }

    /// Loads `text` in one pass and in pieces; checks they agree and returns both reports.
    @discardableResult
    static func expectSameInPieces(_ text: String, threads: Int = 4) throws -> (one: FileReport, pieces: FileReport) {
        let (a, ra) = try load(text, threads: 1)
        let (b, rb) = try load(text, threads: threads)
        #expect(ra.placementPieces == 1)
        #expect(b.placements == a.placements)
        #expect(b.children == a.children)
        #expect(b.homes.map(\.urn) == a.homes.map(\.urn))
        #expect(b.inspections.count == a.inspections.count)
        #expect(rb.problems.map(\.description) == ra.problems.map(\.description))
        #expect(rb.placements == ra.placements)
        #expect(rb.warnings == ra.warnings)
        return (ra, rb)
    }

    /// The generated file with `damage` applied to every `every`th placement line.
    static func damaged(every: Int, _ damage: (String) -> String) -> String {
        var n = 0
        return generated.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix(#"{"child":"#) else { return String(line) }
            n += 1
            return n % every == 0 ? damage(String(line)) : String(line)
        }.joined(separator: "\n")
    }

    @Test func aCleanFileReadsTheSameInPieces() throws {
        let (_, pieces) = try Self.expectSameInPieces(Self.generated)
        #expect(pieces.placementPieces >= 2, "the test file should be cut into pieces")
        #expect(pieces.problems.isEmpty)
    }

    /// Replaces a whole placement line, keeping the comma that separates it from the next.
    static func line(_ replacement: String) -> @Sendable (String) -> String {
        { $0.hasSuffix(",") ? replacement + "," : replacement }
    }

    /// Each damage, and whether a problem should be reported for it.
    static let damages: [(name: String, reported: Bool, damage: @Sendable (String) -> String)] = [
        ("a home that does not exist", true, { $0.replacingOccurrences(of: #""home":"SC"#, with: #""home":"SC9"#) }),
        ("an impossible date", true, { $0.replacingOccurrences(of: #""start":"20"#, with: #""start":"19-"#) }),
        ("an unknown key", true, { $0.replacingOccurrences(of: #"{"child":"#, with: #"{"colour":"red","child":"#) }),
        ("an element that is not an object", true, line("42")),
        ("a key given twice", true, { $0.replacingOccurrences(of: #"{"child":"#, with: #"{"child":"C1","child":"#) }),
        ("a missing home and a bad date", true, {
            $0.replacingOccurrences(of: #""home":"SC"#, with: #""home":"SC9"#)
                .replacingOccurrences(of: #""start":"20"#, with: #""start":"21"#)
        }),
        ("a home that is not a URN", true, { $0.replacingOccurrences(of: #""home":"SC"#, with: #""home":"X"#) }),
        ("a child written with escapes", false, { $0.replacingOccurrences(of: #"{"child":"C"#, with: #"{"child":"\u0043"#) }),
        ("no home at all", true, { $0.replacingOccurrences(of: #""home":"#, with: #""hme":"#) }),
        ("a placing authority that does not exist", true, { $0.replacingOccurrences(of: #""placingAuthority":"E"#, with: #""placingAuthority":"E9"#) }),
    ]

    @Test(arguments: damages.indices)
    func damagedRecordsAreReportedAsOnePassReportsThem(_ i: Int) throws {
        let (name, reported, damage) = Self.damages[i]
        let text = Self.damaged(every: 7, damage)
        let (one, pieces) = try Self.expectSameInPieces(text)
        #expect(pieces.placementPieces >= 2, "\(name): the test file should be cut into pieces")
        #expect(one.problems.isEmpty == !reported, "\(name): reported \(one.problems.count) problems")
    }

    @Test func everyRecordDamagedStillAgrees() throws {
        try Self.expectSameInPieces(Self.damaged(every: 1) { $0.replacingOccurrences(of: #""home":"SC"#, with: #""home":"SC9"#) })
    }

    @Test func aSyntaxErrorLateInTheFileIsReportedWhereItIs() throws {
        let text = Self.damaged(every: 400) { String($0.dropLast()) + "]" }
        var messages: [String] = []
        for threads in [1, 4] {
            do {
                _ = try Self.load(text, threads: threads)
                Issue.record("a syntax error should stop the load")
            } catch {
                messages.append(error.description)
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
        #expect(messages.first?.contains("pieces.json:") == true)
    }

    @Test func aFileWithNoLineBreaksIsReadInOnePass() throws {
        let (_, pieces) = try Self.expectSameInPieces(Self.generated.replacingOccurrences(of: "\n", with: ""))
        #expect(pieces.placementPieces == 1)
    }

    @Test func cutsThatFallAmongTheHomesAreNotTrusted() throws {
        // With eight pieces the first cut lands in the homes array: a piece read from
        // there is garbage and must be thrown away; the later ones still count.
        try Self.expectSameInPieces(Self.generated, threads: 8)
        try Self.expectSameInPieces(Self.damaged(every: 5, Self.line("{}")), threads: 8)
    }

    @Test func prettyPrintedFilesAgreeToo() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.generated.utf8))
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
        try Self.expectSameInPieces(String(decoding: pretty, as: UTF8.self))
    }

    @Test func strictLoadingReadsInOnePass() throws {
        let (_, report) = try Self.load(Self.generated, threads: 4, strict: true)
        #expect(report.placementPieces == 1)
    }
}
