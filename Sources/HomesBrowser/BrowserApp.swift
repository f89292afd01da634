import HomesData

/// The browser as the terminal adapter runs it: keys in, grids out.
public struct BrowserApp: TerminalProgram {
    public private(set) var state: BrowserState
    /// Where the query history is kept between runs; nil keeps it for this run only.
    let historyStore: QueryHistoryStore?

    /// `colour: false` (NO_COLOR, or a terminal without colours) draws judgements with
    /// symbols and bold/reverse in the grid itself. The history is read from
    /// `historyStore` now and written back whenever a query is kept.
    public init(index: SnapshotIndex, title: String, colour: Bool = true, width: Int = 80, height: Int = 24,
                historyStore: QueryHistoryStore? = nil) {
        self.historyStore = historyStore
        state = BrowserState(index: index, title: title, width: width, height: height, colour: colour,
                             history: historyStore?.load() ?? QueryHistory())
    }

    public mutating func handle(_ event: KeyEvent) -> Effect {
        guard let action = action(for: event) else { return .none }
        if state.isTooSmall, case .resize = action {} else if state.isTooSmall, action != .quit, action != .suspend {
            return .none
        }
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        default:
            let history = state.history
            state = state.updated(with: action)
            if state.history != history { historyStore?.save(state.history) }
            return .none
        }
    }

    /// The keymap's action, except that once a jump has begun in the filter panel every
    /// letter is part of it: `f` closes the panel, but not in the middle of "sheffield".
    func action(for event: KeyEvent) -> Action? {
        if case .filters(let panel)? = state.stack.last, !panel.jump.isEmpty, !state.isTooSmall,
           case .character(let c) = event, c.isLetter || c.isNumber, c != "Q" {
            return .jump(c)
        }
        return Keymap.action(for: event, on: state.isTooSmall ? .help : state.screenKind)
    }

    public func draw(width: Int, height: Int) -> Grid {
        var s = state
        if width != s.width || height != s.height { s = s.updated(with: .resize(width: width, height: height)) }
        return BrowserView.draw(s, width: width, height: height)
    }
}
