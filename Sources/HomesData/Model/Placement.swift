/// One episode of a child living in a home (an SSDA903 episode with a provider URN).
///
/// A large snapshot holds millions, so codes are stored as small integers into the
/// `SSDA903` tables and the child as an index into `Snapshot.children`.
public struct Placement: Sendable, Hashable {
    /// Index into `Snapshot.children` (the pseudonymous child references).
    public var child: Int32
    /// Index into `Snapshot.homes`.
    public var home: Int32
    public var start: Day
    /// Nil while the placement is ongoing.
    public var end: Day?
    /// Index into `Snapshot.localAuthorities`.
    public var placingAuthority: Int32
    /// Index into `SSDA903.placementTypes`.
    public var placementType: UInt8
    /// Index into `SSDA903.reasonsForNewEpisode`.
    public var reasonNewEpisode: UInt8
    /// Index into `SSDA903.reasonsEpisodeCeased`; nil while ongoing.
    public var reasonCeased: UInt8?
    /// Index into `SSDA903.reasonsForPlacementChange`; nil where none was recorded.
    public var reasonPlaceChange: UInt8?
    /// Whether the ending was planned; nil while ongoing or unrecorded.
    public var planned: Bool?

    public init(child: Int32, home: Int32, start: Day, end: Day?, placingAuthority: Int32, placementType: UInt8,
                reasonNewEpisode: UInt8, reasonCeased: UInt8?, reasonPlaceChange: UInt8?, planned: Bool?) {
        self.child = child
        self.home = home
        self.start = start
        self.end = end
        self.placingAuthority = placingAuthority
        self.placementType = placementType
        self.reasonNewEpisode = reasonNewEpisode
        self.reasonCeased = reasonCeased
        self.reasonPlaceChange = reasonPlaceChange
        self.planned = planned
    }

    /// Whether the placement covers `day` (end day exclusive: a child who moves on the
    /// 5th lives in the new home that night).
    public func isOngoing(on day: Day) -> Bool { start <= day && (end.map { day < $0 } ?? true) }
}
