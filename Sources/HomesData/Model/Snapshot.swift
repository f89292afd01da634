/// Everything one snapshot file holds, in compact form.
///
/// Inspections live in one flat array (each home holds a range into it) and
/// children's references in one table (placements hold an index), so a snapshot of
/// a million inspections and millions of placements stays within about the size of
/// its file in memory.
public struct Snapshot: Sendable {
    public var metadata: SnapshotMetadata
    public var localAuthorities: [LocalAuthority]
    public var homes: [Home]
    /// All inspections; `Home.inspections` ranges into this, each range sorted by date.
    public var inspections: [Inspection]
    /// Ofsted's event-type wording, indexed by `Inspection.eventType`.
    public var eventTypes: [String]
    /// Pseudonymous child references, indexed by `Placement.child`.
    public var children: [String]
    public var placements: [Placement]

    public init(metadata: SnapshotMetadata, localAuthorities: [LocalAuthority] = [], homes: [Home] = [],
                inspections: [Inspection] = [], eventTypes: [String] = [], children: [String] = [],
                placements: [Placement] = []) {
        self.metadata = metadata
        self.localAuthorities = localAuthorities
        self.homes = homes
        self.inspections = inspections
        self.eventTypes = eventTypes
        self.children = children
        self.placements = placements
    }

    public func inspections(of home: Home) -> ArraySlice<Inspection> {
        inspections[Int(home.inspections.lowerBound)..<Int(home.inspections.upperBound)]
    }

    /// The most recent inspection with an overall judgement on the four-point scale.
    public func latestFullJudgement(of home: Home) -> Inspection? {
        inspections(of: home).last { $0.overall?.isFourPoint == true }
    }

    public func authority(of home: Home) -> LocalAuthority? {
        home.localAuthority.map { localAuthorities[Int($0)] }
    }
}

public struct SnapshotMetadata: Sendable, Hashable {
    public static let formatName = "homes-snapshot"
    public static let currentSchemaVersion = 1

    public var format: String
    public var schemaVersion: Int
    public var snapshotDate: Day
    public var source: String
    public var licence: String
    public var syntheticPlacements: Bool
    /// Which parts of the snapshot are made up, in words, when any are.
    public var notes: String?

    public init(format: String = SnapshotMetadata.formatName, schemaVersion: Int = SnapshotMetadata.currentSchemaVersion,
                snapshotDate: Day, source: String, licence: String, syntheticPlacements: Bool, notes: String? = nil) {
        self.format = format
        self.schemaVersion = schemaVersion
        self.snapshotDate = snapshotDate
        self.source = source
        self.licence = licence
        self.syntheticPlacements = syntheticPlacements
        self.notes = notes
    }
}
