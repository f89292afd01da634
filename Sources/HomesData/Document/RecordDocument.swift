/// A record laid out once — headings, labelled fields, tables, a rating strip — and
/// drawn twice: by the browser into its grid (with colour, a cursor and Enter on the
/// rows) and by the command line as plain text (`homes show`, `homes authority`).
///
/// Both used to word the same facts on their own and drifted ("Helped & protected"
/// and "Protected", "Stability on" and "Stability (as of)"); building the words here
/// once leaves the two renderers nothing to say differently, only how to draw it.
public struct RecordDocument: Sendable, Equatable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    public enum Block: Sendable, Equatable {
        /// A section: the browser's Tab jumps between them.
        case heading(String)
        /// A label and its value; `target` is what Enter on it opens in the browser.
        case field(label: String, value: [Span], target: RecordTarget)
        case table(RecordTable)
        /// A line of prose (a note, "none recorded").
        case note([Span])
        case blank
    }

    mutating func heading(_ text: String) { blocks.append(.heading(text)) }

    mutating func field(_ label: String, _ value: String, _ mark: Span.Mark = .plain, target: RecordTarget = .none) {
        blocks.append(.field(label: label, value: [Span(value, mark)], target: target))
    }

    mutating func field(_ label: String, spans: [Span], target: RecordTarget = .none) {
        blocks.append(.field(label: label, value: spans, target: target))
    }

    mutating func note(_ text: String, _ mark: Span.Mark = .quiet) { blocks.append(.note([Span(text, mark)])) }

    mutating func blank() { blocks.append(.blank) }

    /// The headings in order: what a reader scans for.
    public var headings: [String] {
        blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
    }
}

/// A run of text and what it means, so each renderer can show the meaning its own
/// way (colour or symbols on screen, nothing extra in plain text).
public struct Span: Sendable, Equatable {
    public enum Mark: Sendable, Equatable {
        case plain
        /// Stands out: a change, a warning, an ongoing placement.
        case strong
        /// Secondary: column titles, "none recorded".
        case quiet
        /// A judgement's word, coloured on screen, with a symbol without colour.
        case judgement(Judgement?)
        /// One cell of a rating strip: the judgement's letter on its colour.
        case ratingCell(Judgement)
        case trend(RatingTrend)
        /// Block characters of a bar, in the judgement's colour on screen (nil: no colour).
        case bar(Judgement?)
    }

    public var text: String
    public var mark: Mark

    public init(_ text: String, _ mark: Mark = .plain) {
        self.text = text
        self.mark = mark
    }

    /// The letter a rating strip shows for a judgement: O, G, R (requires improvement) or I.
    public static func letter(_ judgement: Judgement) -> String {
        switch judgement {
        case .outstanding: "O"
        case .good: "G"
        case .requiresImprovement: "R"
        case .inadequate: "I"
        default: "·"
        }
    }
}

/// What Enter on a line of a record opens in the browser.
public enum RecordTarget: Sendable, Equatable {
    case none
    case placement(Int32)
    case home(Int32)
    /// An index into `Snapshot.localAuthorities`: its authority card.
    case authority(Int32)
}

/// Rows under column titles; widths are decided by whoever draws it.
public struct RecordTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        /// Right-aligned (counts, days).
        public var numeric: Bool
        /// Widest a cell is drawn before it is cut with an ellipsis.
        public var limit: Int

        public init(_ title: String, numeric: Bool = false, limit: Int = 40) {
            self.title = title
            self.numeric = numeric
            self.limit = limit
        }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [Span]
        public var target: RecordTarget

        public init(_ cells: [Span], target: RecordTarget = .none) {
            self.cells = cells
            self.target = target
        }
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row] = []) {
        self.columns = columns
        self.rows = rows
    }
}
