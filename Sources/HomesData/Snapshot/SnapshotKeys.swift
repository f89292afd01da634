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
    /// The same names for problem paths: a `StaticString` costs no reference counting
    /// in the hot loop, where a `String` would be retained and released per member.
    let fields: [StaticString]
    private let bytes: [[UInt8]]
    /// Each name as it appears in a compact file, `"name":`, for `JSONScanner.skipKey`.
    let quoted: [QuotedKey]

    init(_ fields: [StaticString]) {
        self.fields = fields
        names = fields.map { "\($0)" }
        bytes = names.map { Array($0.utf8) }
        quoted = names.map { QuotedKey("\"\($0)\":") }
    }

    var count: Int { bytes.count }

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

/// A member name with its quotes and colon, packed into three words and masks so
/// that one comparison per word tells whether the bytes at the cursor are exactly
/// this key: no string scan, no escapes to decode, no `memcmp` call. Names too long
/// to fit never match this way and take the general path.
struct QuotedKey: Sendable {
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var masks: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// Bytes to skip on a match; 0 when the name does not fit.
    var length = 0

    init(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count <= 24 else { return }
        var w: [UInt64] = [0, 0, 0], m: [UInt64] = [0, 0, 0]
        for (i, b) in bytes.enumerated() {
            w[i / 8] |= UInt64(b) << (8 * UInt64(i % 8))
            m[i / 8] |= 0xFF << (8 * UInt64(i % 8))
        }
        words = (w[0], w[1], w[2])
        masks = (m[0], m[1], m[2])
        length = bytes.count
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
