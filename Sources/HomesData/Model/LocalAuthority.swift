/// An English local authority with children's services.
public struct LocalAuthority: Sendable, Hashable {
    /// ONS code, e.g. E08000035.
    public var code: String
    public var name: String
    /// Government office region, e.g. "Yorkshire and The Humber".
    public var region: String
    /// The latest inspection of its children's services, where known.
    public var inspection: AuthorityInspection?

    public init(code: String, name: String, region: String, inspection: AuthorityInspection? = nil) {
        self.code = code
        self.name = name
        self.region = region
        self.inspection = inspection
    }
}

/// An inspection of local authority children's services (ILACS).
public struct AuthorityInspection: Sendable, Hashable {
    public var date: Day
    public var overall: Judgement?
    /// Impact of leaders on social work practice with children and families.
    public var leaders: Judgement?
    /// Experiences and progress of children who need help and protection.
    public var helpAndProtection: Judgement?
    /// Experiences and progress of children in care and care leavers.
    public var childrenInCare: Judgement?

    public init(date: Day, overall: Judgement?, leaders: Judgement?, helpAndProtection: Judgement?, childrenInCare: Judgement?) {
        self.date = date
        self.overall = overall
        self.leaders = leaders
        self.helpAndProtection = helpAndProtection
        self.childrenInCare = childrenInCare
    }
}
