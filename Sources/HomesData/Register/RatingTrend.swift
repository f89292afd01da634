/// How a home's latest full inspection compares with the one before it: the mark
/// beside the rating in the list (↑ ↓ =) and the `trend:` query field.
public enum RatingTrend: UInt8, CaseIterable, Sendable, Hashable {
    case up = 1, down, same

    /// Compares two overall judgements on the four-point scale (lower is better).
    public init?(from older: Judgement?, to newer: Judgement?) {
        guard let older, let newer, older.isFourPoint, newer.isFourPoint else { return nil }
        self = newer.rawValue < older.rawValue ? .up : newer.rawValue > older.rawValue ? .down : .same
    }

    public var keyword: String {
        switch self {
        case .up: "up"
        case .down: "down"
        case .same: "same"
        }
    }

    /// The mark drawn beside a rating; a symbol, so it reads without colour.
    public var mark: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .same: "="
        }
    }

    public var wording: String {
        switch self {
        case .up: "better than the inspection before"
        case .down: "worse than the inspection before"
        case .same: "the same as the inspection before"
        }
    }
}
