import Foundation
import Testing
@testable import HomesData

/// The shipped sample is exactly what importing Resources/ofsted and attaching the
/// synthetic placements produces (`scripts/build-sample`), and it is what it says.
@Suite struct ImportSampleTests {
    static let shipped = [UInt8](FileManager.default.contents(atPath: ImportFixtures.repository.appendingPathComponent("Resources/sample.json").path) ?? Data())

    static let rebuilt: Snapshot = {
        var s = ImportFixtures.allYears.0
        BundledSample.attachSyntheticPlacements(to: &s)
        return s
    }()

    @Test func theShippedSampleIsWhatTheImportProduces() {
        let bytes = SnapshotWriter().write(Self.rebuilt)
        #expect(bytes.count == Self.shipped.count, "Resources/sample.json is stale: run scripts/build-sample")
        #expect(bytes == Self.shipped, "Resources/sample.json is stale: run scripts/build-sample")
    }

    @Test func theSampleIsSmallRealAndSaysWhatIsSynthetic() throws {
        #expect(Self.shipped.count < 5_000_000)
        let (s, problems) = try SnapshotLoader.load(bytes: Self.shipped, file: "Resources/sample.json", options: LoadOptions())
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(s.homes.count == 4006)
        #expect(s.inspections.count == 9037)
        #expect(s.metadata.syntheticPlacements)
        #expect(s.metadata.notes?.contains("SYNTHETIC") == true)
        #expect(s.metadata.licence.contains("Open Government Licence v3.0"))
        #expect(s.placements.count > 5_000)
        // Placements are only at children's homes.
        #expect(s.placements.allSatisfy { s.homes[Int($0.home)].provisionType.lowercased().contains("children's home") })
    }

    @Test func theImportedSnapshotPassesTheLoadersValidation() throws {
        let bytes = SnapshotWriter().write(ImportFixtures.allYears.0)
        let (_, problems) = try SnapshotLoader.load(bytes: bytes, file: "import.json", options: LoadOptions(strict: true))
        #expect(problems.isEmpty)
    }
}
