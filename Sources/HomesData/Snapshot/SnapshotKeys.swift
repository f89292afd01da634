#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// The member names one kind of record may have, in the order `SnapshotWriter`
/// writes them. Matching tries the key after the last one matched first: in files
/// the writer made, that guess is nearly always right and costs one comparison.
struct KeyTable: Sendable {
    let names: [String]
    private let bytes: [[UInt8]]

    init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
    }

    /// The index of `key`, or -1 if it is not one of ours.
    @inline(__always) func match(_ key: ByteSlice, predicted: inout Int) -> Int {
        if predicted < bytes.count, bytes[predicted].count == key.count, equal(predicted, key) {
            predicted += 1
            return predicted - 1
        }
        for i in 0..<bytes.count where bytes[i].count == key.count && equal(i, key) {
            predicted = i + 1
            return i
        }
        return -1
    }

    @inline(__always) private func equal(_ i: Int, _ key: ByteSlice) -> Bool {
        bytes[i].withUnsafeBufferPointer { memcmp($0.baseAddress!, key.start, key.count) == 0 }
    }
}

/// The snapshot format's member names (docs/snapshot-format.md; SnapshotWriter writes them).
enum SnapshotKeys {
    static let topLevel = KeyTable(["metadata", "localAuthorities", "homes", "placements"])
    /// Top-level members a file must have to be a snapshot at all.
    static let requiredTopLevel = ["metadata", "homes"]
    static let metadata = KeyTable(["format", "schemaVersion", "snapshotDate", "source", "licence", "syntheticPlacements", "notes"])
    static let authority = KeyTable(["code", "name", "region", "inspection"])
    static let authorityInspection = KeyTable(["date", "overall", "leaders", "helpAndProtection", "childrenInCare"])
    static let home = KeyTable([
        "urn", "name", "provisionType", "sector", "organisation", "localAuthority", "ofstedRegion", "region",
        "places", "registrationDate", "status", "closureDate", "shortBreakOnly", "multiBuilding", "registeredFor",
        "inspections",
    ])
    static let inspection = KeyTable([
        "eventNumber", "eventType", "date", "published", "overall", "helpedAndProtected", "leadersAndManagers",
        "education", "health",
    ])
    static let placement = KeyTable([
        "child", "home", "start", "end", "placingAuthority", "placementType", "reasonNewEpisode", "reasonCeased",
        "reasonPlaceChange", "planned",
    ])
}
