import HomesData

/// The columns of the list of homes, in screen order. Each sorts by the index's key of the
/// same name. Owner and the placement figures show on wide terminals (or when the list
/// is sorted by them); the others from 80 columns.
public enum ListColumn: Int, CaseIterable, Sendable {
    case urn, name, owner, type, sector, authority, places, occupancy, placements, unplanned, moves, rating, inspected

    public var title: String {
        switch self {
        case .urn: "URN"
        case .name: "Name"
        case .owner: "Owner"
        case .type: "Provision type"
        case .sector: "Sector"
        case .authority: "Local authority"
        case .places: "Places"
        case .occupancy: "Occupancy"
        case .placements: "Placements"
        case .unplanned: "Unplanned"
        case .moves: "Moves"
        case .rating: "Rating"
        // The latest inspection of any kind, which may be newer than the full inspection
        // the rating comes from: "Inspected" beside a rating read as that inspection's date.
        case .inspected: "Last visit"
        }
    }

    public var sortKey: SortKey {
        switch self {
        case .urn: .urn
        case .name: .name
        case .owner: .owner
        case .type: .type
        case .sector: .sector
        case .authority: .authority
        case .places: .places
        case .occupancy: .occupancy
        case .placements: .placements
        case .unplanned: .unplanned
        case .moves: .moves
        case .rating: .rating
        case .inspected: .inspected
        }
    }

    /// The digit keys that sort by a column: the columns every width shows first, then the
    /// two figures an inspector sorts by most (how full, how many unplanned endings).
    /// Owner, placements and moves are reached with `s` and `<`.
    static let digitOrder: [(Character, ListColumn)] = [
        ("1", .urn), ("2", .name), ("3", .type), ("4", .sector), ("5", .authority), ("6", .places),
        ("7", .rating), ("8", .inspected), ("9", .occupancy), ("0", .unplanned),
    ]

    /// The column's heading in `width` columns. A sort arrow is never cut off: the title
    /// gives up its end first ("Local au… ▲").
    func heading(width: Int, arrow: String?) -> String {
        var title = self.title
        if TextWidth.of(title) > width - (arrow == nil ? 0 : 2), let short = shortTitle { title = short }
        guard let arrow else { return title }
        return TextLayout.truncate(title, toWidth: max(1, width - 2)) + " " + arrow
    }

    /// A heading that reads whole in a narrow column.
    var shortTitle: String? {
        switch self {
        case .places: "Pl."
        case .occupancy: "Occ."
        case .placements: "Plc."
        case .unplanned: "Unpl."
        case .type: "Type"
        case .authority: "Authority"
        default: nil
        }
    }

    /// Which way the column sorts first: newest inspections, most places and the highest
    /// figures first read best.
    var descendingFirst: Bool {
        switch self {
        case .inspected, .places, .occupancy, .placements, .unplanned, .moves: true
        default: false
        }
    }

    /// Numbers, aligned right.
    var isNumeric: Bool {
        switch self {
        case .places, .occupancy, .placements, .unplanned, .moves: true
        default: false
        }
    }
}

/// How judgements look: a colour when the terminal has colours, and otherwise a symbol and
/// bold/reverse in the grid itself, so the difference survives NO_COLOR and vt100.
enum JudgementStyle {
    static func label(_ judgement: Judgement?, colour: Bool, short: Bool = true) -> String {
        guard let judgement else { return colour ? "—" : "   —" }
        let word: String
        switch judgement {
        case .requiresImprovement: word = short ? "RI" : "Requires improvement"
        default: word = short ? judgement.shortName : judgement.ofstedName
        }
        return colour ? word : symbol(judgement) + " " + word
    }

    static func symbol(_ judgement: Judgement) -> String {
        switch judgement {
        case .outstanding: "++"
        case .good: "+ "
        case .requiresImprovement: "- "
        case .inadequate: "!!"
        case .improvedEffectiveness: "+ "
        case .declinedEffectiveness: "- "
        case .sustainedEffectiveness, .notJudged: "  "
        }
    }

    static func style(_ judgement: Judgement?, colour: Bool) -> Style {
        guard let judgement else { return Style(dim: true) }
        if colour {
            switch judgement {
            case .outstanding, .improvedEffectiveness: return Style(foreground: .green)
            case .good, .sustainedEffectiveness: return Style(foreground: .cyan)
            case .requiresImprovement: return Style(foreground: .yellow)
            case .inadequate, .declinedEffectiveness: return Style(foreground: .red, bold: true)
            case .notJudged: return Style(dim: true)
            }
        }
        switch judgement {
        case .outstanding: return Style(bold: true)
        case .inadequate: return Style(bold: true, reverse: true)
        case .requiresImprovement: return Style(underline: true)
        default: return .plain
        }
    }
}

/// How a rating trend looks: the mark itself reads without colour; with colour, better is
/// green and worse red, as the judgements' own colours go.
enum TrendStyle {
    static func style(_ trend: RatingTrend, colour: Bool) -> Style {
        switch trend {
        case .up: colour ? Style(foreground: .green, bold: true) : Style(bold: true)
        case .down: colour ? Style(foreground: .red, bold: true) : Style(bold: true)
        case .same: colour ? Style(dim: true) : .plain
        }
    }
}
