import Foundation
@testable import HomesData

/// Where the importer's test inputs live: the fixture CSVs beside these tests, and
/// the real Ofsted files shipped in Resources/ofsted.
enum ImportFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ name: String) -> String { testsDirectory.appendingPathComponent("Fixtures/import/\(name)").path }
    static func bytes(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path(name)) ?? Data()) }

    static func importOfsted(_ years: [String]) -> (Snapshot, ImportReport) {
        var importer = OfstedImport()
        for p in ofsted(years) { importer.add(path: p) }
        return importer.build()
    }

    /// All the real files imported, shared by the tests that need them.
    static let allYears = importOfsted(["2022", "2023"])

    /// The real files, by year, in a fixed order.
    static func ofsted(_ years: [String]) -> [String] {
        years.flatMap { year -> [String] in
            let dir = repository.appendingPathComponent("Resources/ofsted/\(year)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { dir.appendingPathComponent($0).path }
        }
    }
}
