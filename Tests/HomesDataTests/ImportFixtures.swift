import Foundation

/// Where the importer's test inputs live: the fixture CSVs beside these tests, and
/// the real Ofsted files shipped in Resources/ofsted.
enum ImportFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ name: String) -> String { testsDirectory.appendingPathComponent("Fixtures/import/\(name)").path }
    static func bytes(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path(name)) ?? Data()) }

    /// The real files, by year, in a fixed order.
    static func ofsted(_ years: [String]) -> [String] {
        years.flatMap { year -> [String] in
            let dir = repository.appendingPathComponent("Resources/ofsted/\(year)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { dir.appendingPathComponent($0).path }
        }
    }
}
