/// The sample that ships in Resources/sample/: one dated snapshot per year of
/// Ofsted's real files (2022's, and 2023's with the places and closed lists), so the
/// browser opens on the newest with the older adding history, each with made-up
/// placements attached to the real children's homes (real placement records are
/// confidential). `scripts/build-sample` and the test that checks the shipped files
/// both come through here, so they cannot drift apart.
public enum BundledSample {
    /// One shipped snapshot: the folder of Resources/ofsted it is imported from and
    /// the file it is written to (named by its snapshot date).
    public struct Edition: Sendable, Hashable {
        public var year: String
        public var fileName: String
    }

    public static let directory = "Resources/sample"
    public static let editions = [
        Edition(year: "2022", fileName: "ofsted-2022-03-31.json"),
        Edition(year: "2023", fileName: "ofsted-2023-08-31.json"),
    ]

    public static let placementSeed: UInt64 = 1
    /// Kept low so the sample stays under 5 MB with every real home and inspection.
    public static let placementsPerHome = 3.5

    /// Adds synthetic placements and says so in the metadata.
    public static func attachSyntheticPlacements(to snapshot: inout Snapshot, seed: UInt64 = placementSeed,
                                                 placementsPerHome: Double = placementsPerHome) {
        SnapshotGenerator.attachPlacements(to: &snapshot, seed: seed, placementsPerHome: placementsPerHome)
        snapshot.metadata.syntheticPlacements = true
        snapshot.metadata.notes = "Homes, inspections and local authority judgements are Ofsted's published data. "
            + "Children and placements are SYNTHETIC: made up (seed \(seed), about \(placementsPerHome.formatted1) per active children's home) "
            + "and attached to real homes' URNs; they describe no real child."
    }

    /// Imports the given Ofsted files and attaches the sample's placements.
    public static func build(ofstedFiles: [String]) -> (snapshot: Snapshot, report: ImportReport) {
        var importer = OfstedImport()
        for f in ofstedFiles { importer.add(path: f) }
        var (snapshot, report) = importer.build()
        attachSyntheticPlacements(to: &snapshot)
        report.placements = snapshot.placements.count
        report.children = snapshot.children.count
        return (snapshot, report)
    }
}

extension Double {
    /// One decimal place, without Foundation's locale-dependent formatting.
    var formatted1: String {
        let tenths = Int((self * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
