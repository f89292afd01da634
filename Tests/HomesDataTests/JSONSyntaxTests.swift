import Foundation
import Testing
@testable import HomesData

/// Every file of JSONTestSuite through the loader's own scanner (`JSONSyntax`) and
/// through the loader itself.
@Suite struct JSONSyntaxTests {
    static let directory = Bundle.module.url(forResource: "Fixtures/JSONTestSuite/test_parsing", withExtension: nil)!

    static func files(_ prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
    }

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](try! Data(contentsOf: directory.appendingPathComponent(name)))
    }

    @Test func corpusIsPresent() {
        #expect(Self.files("y_").count == 95)
        #expect(Self.files("n_").count == 188)
        #expect(Self.files("i_").count == 35)
    }

    @Test(arguments: files("y_"))
    func acceptsValidJSON(name: String) {
        let failure = JSONSyntax.validate(Self.bytes(name))
        #expect(failure == nil, "\(name): \(failure?.description ?? "")")
    }

    @Test(arguments: files("n_"))
    func rejectsInvalidJSONNamingThePlace(name: String) throws {
        let bytes = Self.bytes(name)
        let failure = try #require(JSONSyntax.validate(bytes), "\(name) was accepted")
        #expect(failure.line >= 1 && failure.column >= 1)
        #expect(failure.offset <= bytes.count)
        #expect(!failure.message.isEmpty)
    }

    @Test(arguments: files("i_"))
    func decidesImplementationDefinedCasesWithoutCrashing(name: String) {
        if let failure = JSONSyntax.validate(Self.bytes(name)) {
            #expect(!failure.message.isEmpty)
        }
    }

    /// The loader sees the same verdicts: valid JSON that is not a snapshot is refused
    /// as "not a homes snapshot", invalid JSON with a line and column.
    @Test(arguments: files("y_") + files("n_") + files("i_"))
    func loaderGivesAClearVerdict(name: String) {
        let bytes = Self.bytes(name)
        let isJSON = JSONSyntax.validate(bytes) == nil
        do {
            _ = try SnapshotLoader.load(bytes: bytes, file: name, options: LoadOptions())
            Issue.record("\(name) loaded as a snapshot")
        } catch {
            let problem = error.problems[0]
            #expect(problem.file == name)
            if isJSON {
                #expect(problem.message.hasPrefix("not a homes snapshot"), "\(problem)")
            } else {
                guard case .text = problem.location else { Issue.record("\(problem)"); return }
            }
        }
    }

    @Test(arguments: [
        ("[1,]", 1, 4, "expected a value"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[\"abc", 1, 2, "unterminated string"),
        ("\n\n  [tru]", 3, 7, "expected 'true'"),
        ("[01]", 1, 3, "leading zeros"),
        ("[\"\\ud800\"]", 1, 3, "lone surrogate"),
        ("[\"a\u{1}\"]", 1, 4, "control character"),
        ("{} x", 1, 4, "after the end"),
        ("", 1, 1, "expected a value, found end of file"),
        ("[\"é\", x]", 1, 7, "expected a value, found 'x'"),
    ])
    func reportsLineColumnAndWhatWasExpected(text: String, line: Int, column: Int, fragment: String) throws {
        let failure = try #require(JSONSyntax.validate(Array(text.utf8)))
        #expect(failure.line == line)
        #expect(failure.column == column)
        #expect(failure.message.contains(fragment), "\(failure.message)")
    }

    @Test func invalidUTF8IsRejected() throws {
        for bad: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82]] {
            let failure = try #require(JSONSyntax.validate(bad))
            #expect(failure.message.contains("UTF-8") || failure.message.contains("unterminated"))
        }
    }

    @Test func nestingIsLimitedNotRecursive() throws {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let failure = try #require(JSONSyntax.validate(deep))
        #expect(failure.message.contains("nesting deeper than"))
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(JSONSyntax.validate(Array(fine.utf8)) == nil)
    }
}
