/// A setting registered with Ofsted: a children's home, secure children's home,
/// residential special school, and so on.
public struct Home: Sendable, Hashable {
    /// `SC` and six digits, or seven digits.
    public var urn: String
    /// Nil when Ofsted published it as REDACTED (children's homes) or it is unknown.
    public var name: String?
    /// Ofsted's wording, e.g. "Children's home", "Secure children's home".
    public var provisionType: String
    public var sector: Sector?
    /// The organisation which owns the provider.
    public var organisation: String?
    /// Index into `Snapshot.localAuthorities`; nil if the home's authority is unknown.
    public var localAuthority: Int32?
    /// Ofsted's own region ("North East, Yorkshire and the Humber").
    public var ofstedRegion: String?
    /// Government office region ("Yorkshire and The Humber").
    public var region: String?
    public var places: Int32?
    public var registrationDate: Day?
    public var status: RegistrationStatus?
    public var closureDate: Day?
    public var shortBreakOnly: Bool
    public var multiBuilding: Bool
    /// The needs it is registered for (e.g. "EBD", "LD", "PD", "SI"), as published.
    public var registeredFor: [String]
    /// This home's inspections in `Snapshot.inspections`, sorted by date ascending.
    public var inspections: Range<Int32>

    public init(urn: String, name: String? = nil, provisionType: String, sector: Sector? = nil,
                organisation: String? = nil, localAuthority: Int32? = nil, ofstedRegion: String? = nil,
                region: String? = nil, places: Int32? = nil, registrationDate: Day? = nil,
                status: RegistrationStatus? = nil, closureDate: Day? = nil, shortBreakOnly: Bool = false,
                multiBuilding: Bool = false, registeredFor: [String] = [], inspections: Range<Int32> = 0..<0) {
        self.urn = urn
        self.name = name
        self.provisionType = provisionType
        self.sector = sector
        self.organisation = organisation
        self.localAuthority = localAuthority
        self.ofstedRegion = ofstedRegion
        self.region = region
        self.places = places
        self.registrationDate = registrationDate
        self.status = status
        self.closureDate = closureDate
        self.shortBreakOnly = shortBreakOnly
        self.multiBuilding = multiBuilding
        self.registeredFor = registeredFor
        self.inspections = inspections
    }

    /// What to show where a name is wanted: the name, else the owning organisation
    /// (children's homes' names are published as REDACTED), else the URN.
    public var displayName: String { name ?? organisation ?? urn }

    /// Whether `urn` has one of the two shapes Ofsted uses.
    public static func isValidURN(_ urn: some StringProtocol) -> Bool {
        let u = Array(urn.utf8)
        func digits(_ s: ArraySlice<UInt8>) -> Bool { s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        if u.count == 8, u[0] == UInt8(ascii: "S"), u[1] == UInt8(ascii: "C") { return digits(u[2...]) }
        return u.count == 7 && digits(u[...])
    }
}
