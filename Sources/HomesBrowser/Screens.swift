import HomesData

/// The filter panel: a facet list on the left, the focused facet's values on the right.
public struct FilterPanelState: Equatable, Sendable {
    public var facet: Int = 0
    public var values: [FacetCount] = []
    public var view = CursorView()
    /// The query text when the panel opened: Esc puts it back.
    public var openedWith: String = ""
    /// Letters typed to jump to a value ("lee" → Leeds); cleared by any other key.
    public var jump: String = ""

    /// Columns of the facet list on the left; the values start two further on.
    static func facetWidth(screenWidth: Int) -> Int { min(26, screenWidth / 3) }

    /// The first facet drawn: with more facets than rows (60x15) the list starts late
    /// enough to show the current one. The view draws from it and a click counts from it.
    func firstFacetShown(height: Int) -> Int {
        let rows = max(1, height - 4)
        return max(0, min(facet - rows + 1, Facet.allCases.count - rows))
    }
}

/// A line of a document screen (detail, journey, help): styled runs, and what Enter opens.
public struct DocumentLine: Equatable, Sendable {
    public enum Target: Equatable, Sendable { case none, placement(Int32), home(Int32), authority(Int32) }
    public var runs: [Run]
    public var target: Target = .none
    public var isHeading = false

    public struct Run: Equatable, Sendable {
        public var text: String
        public var style: Style
        /// Column the run starts at, or nil to follow the previous run.
        public var column: Int?
    }

    public init(_ runs: [Run], target: Target = .none, isHeading: Bool = false) {
        self.runs = runs
        self.target = target
        self.isHeading = isHeading
    }

    public var plainText: String { runs.map(\.text).joined() }
}

/// A scrolling document with sections (Tab jumps between them) and a cursor.
public struct DocumentState: Equatable, Sendable {
    public var title: String
    public var lines: [DocumentLine]
    public var sections: [Int]
    public var view = CursorView()
    /// Said in the status line after a key that did nothing (Enter on a heading), until
    /// the next key.
    public var message: String?
    /// A journey's child as the screen it was opened from called it in meeting mode
    /// ("Child B"); nil: Child A.
    public var childLabel: String?
}

public enum Screen: Equatable, Sendable {
    case filters(FilterPanelState)
    case detail(home: Int32, DocumentState)
    case journey(child: Int32, DocumentState)
    case help(DocumentState)
    case changes(ChangesState)
    case summary(SummaryState)
    case children(ChildrenState)
    case authority(authority: Int32, DocumentState)
    /// The marked homes (`M`), one line each.
    case marked(DocumentState)
    /// One home large, for a shared screen (`P`).
    case card(home: Int32)
    /// The saved queries (Ctrl-O in the query line).
    case saved(SavedQueriesState)

    public var kind: ScreenKind {
        switch self {
        case .filters: .filters
        case .changes: .changes
        case .summary(let s): s.line == nil ? .summary : .query
        case .children(let c): c.line == nil ? .children : .query
        case .authority: .authority
        case .detail: .detail
        case .journey: .journey
        case .help: .help
        case .marked: .marked
        case .card: .card
        case .saved: .saved
        }
    }
}
