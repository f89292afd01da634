/// One inspection event at a home.
///
/// Kept small (about 32 bytes): a national-scale snapshot has around a million of
/// them, stored in one flat array on `Snapshot` and addressed by range from `Home`.
public struct Inspection: Sendable, Hashable {
    /// Ofsted's event number (e.g. 10169460); unique per event.
    public var eventNumber: Int64
    /// Index into `Snapshot.eventTypes` (Ofsted's wording, e.g. "Full inspection").
    public var eventType: UInt16
    public var kind: InspectionKind
    public var date: Day
    public var published: Day?
    /// Overall experiences and progress of children and young people.
    public var overall: Judgement?
    /// How well children and young people are helped and protected.
    public var helpedAndProtected: Judgement?
    /// The effectiveness of leaders and managers.
    public var leadersAndManagers: Judgement?
    /// Outcomes in education and related learning activities.
    public var education: Judgement?
    /// Health services.
    public var health: Judgement?

    public init(eventNumber: Int64, eventType: UInt16, kind: InspectionKind, date: Day, published: Day?,
                overall: Judgement?, helpedAndProtected: Judgement?, leadersAndManagers: Judgement?,
                education: Judgement?, health: Judgement?) {
        self.eventNumber = eventNumber
        self.eventType = eventType
        self.kind = kind
        self.date = date
        self.published = published
        self.overall = overall
        self.helpedAndProtected = helpedAndProtected
        self.leadersAndManagers = leadersAndManagers
        self.education = education
        self.health = health
    }
}
