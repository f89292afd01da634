import Foundation
import Testing
@testable import HomesData

/// The shipped sample (Resources/sample/, one snapshot per year) is exactly what
/// importing each year of Resources/ofsted and attaching the synthetic placements
/// produces (`scripts/build-sample`), and it is what it says.
@Suite struct ImportSampleTests {
    struct Edition: Sendable, CustomTestStringConvertible {
        var edition: BundledSample.Edition
        var homes: Int
        var open: Int
        var inspections: Int
        var testDescription: String { edition.fileName }
    }

    /// Homes and inspections as in ImportRealDataTests (Python over the CSVs); open
    /// homes as the register of the year lists them (ImportRealDataStatusTests).
    static let editions = [
        Edition(edition: BundledSample.editions[0], homes: 3638, open: 3576, inspections: 4171),
        Edition(edition: BundledSample.editions[1], homes: 5396, open: 3999, inspections: 5171),
    ]

    static func shipped(_ e: BundledSample.Edition) -> [UInt8] {
        let path = ImportFixtures.repository.appendingPathComponent("\(BundledSample.directory)/\(e.fileName)").path
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    static func rebuilt(_ e: BundledSample.Edition) -> Snapshot {
        var s = ImportFixtures.imported([e.year]).0
        BundledSample.attachSyntheticPlacements(to: &s)
        return s
    }

    @Test func theEditionsAreTheYearsShipped() throws {
        #expect(BundledSample.editions.map(\.year) == ["2022", "2023"])
        let dir = ImportFixtures.repository.appendingPathComponent(BundledSample.directory).path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == BundledSample.editions.map(\.fileName), "Resources/sample holds something build-sample does not make")
    }

    @Test(arguments: editions)
    func theShippedSampleIsWhatTheImportProduces(e: Edition) {
        let shipped = Self.shipped(e.edition)
        let bytes = SnapshotWriter().write(Self.rebuilt(e.edition))
        #expect(bytes.count == shipped.count, "\(e.edition.fileName) is stale: run scripts/build-sample")
        // Name the first differing offset: #expect on two 4 MB arrays would print both, for minutes.
        let firstDifference = bytes.indices.first { $0 >= shipped.count || bytes[$0] != shipped[$0] }
        #expect(firstDifference == nil, "\(e.edition.fileName) is stale from byte \(firstDifference ?? 0): run scripts/build-sample")
    }

    @Test(arguments: editions)
    func theSampleIsSmallRealAndSaysWhatIsSynthetic(e: Edition) throws {
        let shipped = Self.shipped(e.edition)
        #expect(shipped.count < 5_000_000)
        let (s, problems) = try SnapshotLoader.load(bytes: shipped, file: e.edition.fileName, options: LoadOptions())
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect("ofsted-\(s.metadata.snapshotDate.iso).json" == e.edition.fileName)
        #expect(s.homes.count == e.homes)
        #expect(s.homes.filter { $0.status?.isOpen == true }.count == e.open)
        #expect(s.inspections.count == e.inspections)
        #expect(s.metadata.syntheticPlacements)
        #expect(s.metadata.notes?.contains("SYNTHETIC") == true)
        #expect(s.metadata.licence.contains("Open Government Licence v3.0"))
        #expect(s.placements.count > 7_000)
        // Placements are only at children's homes that are open.
        #expect(s.placements.allSatisfy { p in
            let h = s.homes[Int(p.home)]
            return h.provisionType.lowercased().contains("children's home") && h.status?.isOpen == true
        })
    }

    @Test(arguments: ["2022", "2023"])
    func theImportedSnapshotPassesTheLoadersValidation(year: String) throws {
        let bytes = SnapshotWriter().write(ImportFixtures.imported([year]).0)
        let (_, problems) = try SnapshotLoader.load(bytes: bytes, file: "import.json", options: LoadOptions(strict: true))
        #expect(problems.isEmpty)
    }

    /// The directory loads as the browser will load it: 2023 current, 2022 history.
    @Test func theSampleDirectoryLoadsWithTheNewestCurrent() throws {
        let dir = ImportFixtures.repository.appendingPathComponent(BundledSample.directory).path
        let loaded = try SnapshotLoader.load(paths: [dir], options: LoadOptions())
        #expect(loaded.current.metadata.snapshotDate == Day(iso: "2023-08-31"))
        #expect(loaded.timeline.editions.map(\.date) == [Day(iso: "2022-03-31"), Day(iso: "2023-08-31")])
        #expect(loaded.problems.isEmpty)
    }
}
