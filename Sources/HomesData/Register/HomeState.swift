/// What one snapshot says of one home: the facts whose changes between snapshots
/// inspectors ask about (open or closed, places, owner, sector, rating).
public struct HomeState: Sendable, Hashable {
    public var status: RegistrationStatus?
    /// On the register at the snapshot's date (`Home.isOpen(on:)`).
    public var isOpen: Bool
    public var closureDate: Day?
    public var places: Int32?
    public var organisation: String?
    public var sector: Sector?
    /// The overall judgement of the latest full inspection this snapshot holds.
    public var rating: Judgement?
    public var ratedOn: Day?

    public init(status: RegistrationStatus? = nil, isOpen: Bool = true, closureDate: Day? = nil, places: Int32? = nil,
                organisation: String? = nil, sector: Sector? = nil, rating: Judgement? = nil, ratedOn: Day? = nil) {
        self.status = status
        self.isOpen = isOpen
        self.closureDate = closureDate
        self.places = places
        self.organisation = organisation
        self.sector = sector
        self.rating = rating
        self.ratedOn = ratedOn
    }

    /// The home as `snapshot` (as loaded, before any merging) describes it.
    public init(_ home: Home, in snapshot: Snapshot) {
        let latest = snapshot.latestFullJudgement(of: home)
        self.init(status: home.status, isOpen: home.isOpen(on: snapshot.metadata.snapshotDate), closureDate: home.closureDate,
                  places: home.places, organisation: home.organisation, sector: home.sector,
                  rating: latest?.overall, ratedOn: latest?.date)
    }

    /// "Active", "Resigned", "closed" (not listed, or a closed status unnamed), "open".
    public var statusWording: String {
        if let status { return status.ofstedName }
        return isOpen ? "open" : "closed"
    }
}
