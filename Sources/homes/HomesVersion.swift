import HomesData

/// What `homes --version` prints: this program's version and the snapshot format it
/// reads, so an inspector given a snapshot can tell whether this homes reads it.
enum HomesVersion {
    static let number = "0.11.0"

    static var text: String {
        "homes \(number)\nreads snapshots: \(SnapshotMetadata.formatName), schema version \(SnapshotMetadata.currentSchemaVersion)"
    }
}
