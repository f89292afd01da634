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

    /// The column's heading in `width` columns: the longest of its titles that fits. A
    /// sort arrow is never cut off: the title gives way first ("Un… ▼").
    func heading(width: Int, arrow: String?) -> String {
        let room = width - (arrow == nil ? 0 : 2)
        let titles = [title] + shortTitles
        let title = titles.first { TextWidth.of($0) <= room } ?? TextLayout.truncate(titles.last!, toWidth: max(1, room))
        return arrow.map { title + " " + $0 } ?? title
    }

    /// Shorter headings, longest first, that read whole in a narrow column.
    var shortTitles: [String] {
        switch self {
        case .places: ["Pl."]
        case .occupancy: ["Occ."]
        case .placements: ["Plc."]
        case .unplanned: ["Unpl."]
        case .type: ["Type"]
        case .authority: ["Authority", "LA"]
        default: []
        }
    }

    /// The narrowest heading, with room for a sort arrow when sorted: the least width of
    /// a column that must show it.
    func headingWidth(sorted: Bool) -> Int {
        TextWidth.of(shortTitles.last ?? title) + (sorted ? 2 : 0)
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
