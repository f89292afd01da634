import HomesData

/// The columns of the list of homes, in screen order. Each sorts by the index's key of the
/// same name.
public enum ListColumn: Int, CaseIterable, Sendable {
    case urn, name, type, sector, authority, places, rating, inspected

    public var title: String {
        switch self {
        case .urn: "URN"
        case .name: "Name"
        case .type: "Provision type"
        case .sector: "Sector"
        case .authority: "Local authority"
        case .places: "Places"
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
        case .type: .type
        case .sector: .sector
        case .authority: .authority
        case .places: .places
        case .rating: .rating
        case .inspected: .inspected
        }
    }

    /// The column's heading in the list: short where the column is narrow.
    func heading(width: Int) -> String {
        self == .places && width < 6 ? "Pl." : title
    }

    /// Which way the column sorts first: newest inspections and most places first read best.
    var descendingFirst: Bool { self == .inspected || self == .places }
}

/// Where each column sits at a given width. Narrow terminals drop the least needed columns
/// (provision type first) rather than cutting every column to nothing.
struct ListLayout: Equatable {
    struct Placed: Equatable {
        let column: ListColumn
        let x: Int
        let width: Int
    }
    /// A span of columns without a sort key of its own.
    struct Span: Equatable {
        let x: Int
        let width: Int
    }
    let columns: [Placed]
    /// The Status column, after the name: only when the list may hold closed homes.
    let status: Span?

    /// Wide enough for "closed 2023-11-30".
    static let statusWidth = 17

    /// The columns at `width`; with `showStatus` the Status column takes its room after the
    /// name first (it says which homes are closed) and the others share what is left.
    init(width: Int, colour: Bool, showStatus: Bool) {
        guard showStatus else {
            self = ListLayout(width: width, colour: colour)
            return
        }
        let room = ListLayout.statusWidth + 1
        let rest = ListLayout(width: width - room, colour: colour)
        let name = rest.columns.first { $0.column == .name }!
        let x = name.x + name.width + 1
        self = ListLayout(columns: rest.columns.map { $0.x < x ? $0 : Placed(column: $0.column, x: $0.x + room, width: $0.width) },
                          status: Span(x: x, width: ListLayout.statusWidth))
    }

    private init(columns: [Placed], status: Span?) {
        self.columns = columns
        self.status = status
    }

    /// Fixed columns; at 120 columns and more, sector and places get their full words.
    static func fixedWidth(_ column: ListColumn, colour: Bool, roomy: Bool = false) -> Int? {
        switch column {
        case .urn: 8
        case .sector: roomy ? 9 : 7
        case .places: roomy ? 6 : 3
        // The judgement, a space and the trend mark (↑ ↓ =).
        case .rating: colour ? 13 : 16
        case .inspected: 10
        case .name, .type, .authority: nil
        }
    }

    static func flex(_ column: ListColumn) -> (minimum: Int, weight: Int) {
        switch column {
        case .name: (12, 5)
        case .type: (10, 2)
        case .authority: (9, 3)
        default: (0, 0)
        }
    }

    static let dropOrder: [ListColumn] = [.type, .sector, .places, .inspected, .authority]

    init(width: Int, colour: Bool) {
        var shown = ListColumn.allCases
        let roomy = width >= 120
        func fixedWidth(_ column: ListColumn, colour: Bool) -> Int? {
            ListLayout.fixedWidth(column, colour: colour, roomy: roomy)
        }
        func needed(_ set: [ListColumn]) -> Int {
            set.reduce(0) { $0 + (fixedWidth($1, colour: colour) ?? ListLayout.flex($1).minimum) } + set.count - 1 + 1
        }
        for column in ListLayout.dropOrder where needed(shown) > width {
            shown.removeAll { $0 == column }
        }
        let fixed = shown.reduce(0) { $0 + (fixedWidth($1, colour: colour) ?? 0) }
        let flexColumns = shown.filter { fixedWidth($0, colour: colour) == nil }
        let minimums = flexColumns.reduce(0) { $0 + ListLayout.flex($1).minimum }
        let weights = max(1, flexColumns.reduce(0) { $0 + ListLayout.flex($1).weight })
        // One space of margin at the left, one between columns.
        var spare = max(0, width - 1 - fixed - minimums - (shown.count - 1))
        var widths: [ListColumn: Int] = [:]
        for column in flexColumns {
            let extra = spare * ListLayout.flex(column).weight / weights
            widths[column] = ListLayout.flex(column).minimum + extra
        }
        spare -= flexColumns.reduce(0) { $0 + (widths[$1]! - ListLayout.flex($1).minimum) }
        if let first = flexColumns.first { widths[first]! += spare }
        var x = 1
        var placed: [Placed] = []
        for column in shown {
            let w = fixedWidth(column, colour: colour) ?? widths[column]!
            placed.append(Placed(column: column, x: x, width: w))
            x += w + 1
        }
        columns = placed
        status = nil
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
