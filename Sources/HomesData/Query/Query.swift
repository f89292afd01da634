/// A parsed query: free-text words and `field:value` clauses, all of which a home
/// must satisfy. See docs/query-language.md for the language.
public struct Query: Sendable, Equatable {
    /// The text as typed.
    public let text: String
    public let clauses: [QueryClause]

    /// True when the query selects every home.
    public var isEmpty: Bool { clauses.isEmpty }

    public static let all = Query(text: "", clauses: [])

    init(text: String, clauses: [QueryClause]) {
        self.text = text
        self.clauses = clauses
    }

    /// Parses `text`. With an index, values of `la:`, `region:`, `type:` and `needs:`
    /// that match nothing in the snapshot are errors with a suggestion, rather than
    /// silently empty results.
    public static func parse(_ text: String, index: SnapshotIndex? = nil) throws(QueryError) -> Query {
        try QueryParser(text: text, index: index).parse()
    }
}

/// One clause: a home satisfies it when any of its values matches (or, when
/// negated, none does).
public struct QueryClause: Sendable, Hashable {
    /// Nil for free text, which searches URN, name, organisation and authority.
    public var field: QueryField?
    public var negated: Bool
    public var values: [QueryValue]
}

/// One alternative of a clause, already in the form the index compares.
public enum QueryValue: Sendable, Hashable {
    /// Folded text (see `TextFolding`); `raw` is as typed, for messages.
    case text(folded: [UInt8], raw: String)
    /// A keyword's code in the index column (judgement, sector, status); 0 = none.
    case keyword(UInt8)
    /// Inclusive bounds; nil is open.
    case numbers(lower: Int?, upper: Int?)
    /// Inclusive bounds; nil is open.
    case dates(lower: DateBound?, upper: DateBound?)
    /// The field is empty: `places:none`, `inspected:never`, `name:none` (REDACTED).
    case missing
}

/// A date in a query: a calendar day, or a distance back from the snapshot date
/// (`-12m`), so that a saved query means the same against any snapshot.
public struct DateBound: Sendable, Hashable {
    public enum Anchor: Sendable, Hashable {
        case day(Day)
        /// The snapshot date moved by months and days (negative = earlier).
        case relative(months: Int, days: Int)
    }
    public var anchor: Anchor
    /// Days added after resolving, for strict comparisons (`>` is `>=` the next day).
    public var adjustment: Int

    public init(_ anchor: Anchor, adjustment: Int = 0) {
        self.anchor = anchor
        self.adjustment = adjustment
    }

    public func resolved(asOf: Day) -> Day {
        switch anchor {
        case .day(let d): d.adding(days: adjustment)
        case .relative(let months, let days): asOf.adding(months: months).adding(days: days + adjustment)
        }
    }
}
