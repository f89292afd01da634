/// A judgement as Ofsted publishes it: the four-point scale for full inspections,
/// the interim scale for interim inspections, or "Not judged".
///
/// Raw values are Ofsted's own wording so a snapshot reads like the published data.
/// An absent judgement (not applicable, e.g. education at a home with no school) is
/// modelled as `nil`, not as a case.
public enum Judgement: UInt8, CaseIterable, Sendable, Hashable {
    case outstanding = 1
    case good
    case requiresImprovement
    case inadequate
    case sustainedEffectiveness
    case improvedEffectiveness
    case declinedEffectiveness
    case notJudged

    /// Ofsted's wording, used in snapshots and CSV.
    public var ofstedName: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        case .sustainedEffectiveness: "Sustained effectiveness"
        case .improvedEffectiveness: "Improved effectiveness"
        case .declinedEffectiveness: "Declined effectiveness"
        case .notJudged: "Not judged"
        }
    }

    /// Short form for narrow columns.
    public var shortName: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Req. improvement"
        case .inadequate: "Inadequate"
        case .sustainedEffectiveness: "Sustained"
        case .improvedEffectiveness: "Improved"
        case .declinedEffectiveness: "Declined"
        case .notJudged: "Not judged"
        }
    }

    /// The query-language keyword (`rating:ri`).
    public var keyword: String {
        switch self {
        case .outstanding: "outstanding"
        case .good: "good"
        case .requiresImprovement: "requires-improvement"
        case .inadequate: "inadequate"
        case .sustainedEffectiveness: "sustained"
        case .improvedEffectiveness: "improved"
        case .declinedEffectiveness: "declined"
        case .notJudged: "not-judged"
        }
    }

    /// Whether this is on the four-point scale of a full inspection.
    public var isFourPoint: Bool { rawValue <= 4 }

    /// 1 (outstanding) … 4 (inadequate) on the four-point scale, nil otherwise.
    /// Lower is better, so "went up" means rank decreased.
    public var rank: Int? { isFourPoint ? Int(rawValue) : nil }

    public init?(ofstedName: some StringProtocol) {
        guard let j = Judgement.allCases.first(where: { $0.ofstedName == ofstedName }) else { return nil }
        self = j
    }
}
