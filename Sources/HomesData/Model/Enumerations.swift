/// Who runs a home, as in Ofsted's "Sector" column.
public enum Sector: UInt8, CaseIterable, Sendable, Hashable {
    case localAuthority = 1, privateSector, voluntary, academy, healthAuthority

    public var ofstedName: String {
        switch self {
        case .localAuthority: "Local Authority"
        case .privateSector: "Private"
        case .voluntary: "Voluntary"
        case .academy: "Academy"
        case .healthAuthority: "Health Authority"
        }
    }

    public var keyword: String {
        switch self {
        case .localAuthority: "la"
        case .privateSector: "private"
        case .voluntary: "voluntary"
        case .academy: "academy"
        case .healthAuthority: "health"
        }
    }

    public init?(ofstedName: some StringProtocol) {
        // Exact spellings first: every home of a snapshot goes through here.
        if let s = Sector.allCases.first(where: { ofstedName == $0.ofstedName }) { self = s; return }
        let lower = ofstedName.lowercased()
        guard let s = Sector.allCases.first(where: { $0.ofstedName.lowercased() == lower }) else { return nil }
        self = s
    }
}

/// Registration status, as in Ofsted's "Registration status" column.
public enum RegistrationStatus: UInt8, CaseIterable, Sendable, Hashable {
    case active = 1, suspended, resigned, cancelled, closed

    public var ofstedName: String {
        switch self {
        case .active: "Active"
        case .suspended: "Suspended"
        case .resigned: "Resigned"
        case .cancelled: "Cancelled"
        case .closed: "Closed"
        }
    }

    public var keyword: String { ofstedName.lowercased() }

    /// Registered on the date in question: active, or suspended (a suspended home is
    /// still on Ofsted's register and counted in its figures). Resigned, cancelled
    /// and closed homes are not.
    public var isOpen: Bool { self == .active || self == .suspended }

    public init?(ofstedName: some StringProtocol) {
        if let s = RegistrationStatus.allCases.first(where: { ofstedName == $0.ofstedName }) { self = s; return }
        let lower = ofstedName.lowercased()
        guard let s = RegistrationStatus.allCases.first(where: { $0.ofstedName.lowercased() == lower }) else { return nil }
        self = s
    }
}

/// The kind of an inspection event. Ofsted's wording varies by year
/// ("SC – Emergency inspection"), so the snapshot keeps the wording and this
/// classifies it.
public enum InspectionKind: UInt8, CaseIterable, Sendable, Hashable {
    case full = 1, interim, monitoring, assurance, emergency, other

    public var ofstedName: String {
        switch self {
        case .full: "Full inspection"
        case .interim: "Interim inspection"
        case .monitoring: "Monitoring inspection"
        case .assurance: "Assurance visit"
        case .emergency: "Emergency inspection"
        case .other: "Other"
        }
    }

    public var keyword: String {
        switch self {
        case .full: "full"
        case .interim: "interim"
        case .monitoring: "monitoring"
        case .assurance: "assurance"
        case .emergency: "emergency"
        case .other: "other"
        }
    }

    /// Classifies Ofsted's free-text event type.
    public init(eventType: some StringProtocol) {
        let t = eventType.lowercased()
        if t.contains("emergency") { self = .emergency }
        else if t.contains("interim") { self = .interim }
        else if t.contains("monitoring") { self = .monitoring }
        else if t.contains("assurance") { self = .assurance }
        else if t.contains("full") { self = .full }
        else { self = .other }
    }
}
