import HomesData

/// The browser as the terminal adapter runs it: keys in, grids out.
public struct BrowserApp: TerminalProgram {
    public internal(set) var state: BrowserState
    /// Where the query history is kept between runs; nil keeps it for this run only.
    let historyStore: QueryHistoryStore?
    /// Where the saved queries are kept (the settings file, wired by the `homes` command);
    /// nil keeps them for this run only. When it cannot save, its reason replaces the
    /// notice, so "Kept" is never said of a query that was not written.
    let savedQueryStore: SavedQueryStore?
    /// Whether exports are written. The fuzzer's random keys can type any file name, so
    /// it runs the browser with this off: an export then fails with a reason, as a
    /// write the system refused would.
    let writesFiles: Bool

    /// `colour: false` (NO_COLOR, or a terminal without colours) draws judgements with
    /// symbols and bold/reverse in the grid itself. The history is read from
    /// `historyStore` now and written back whenever a query is kept. `meeting` and `list`
    /// are how the settings file (or `--meeting`) says to start.
    public init(index: SnapshotIndex, title: String, colour: Bool = true, width: Int = 80, height: Int = 24,
                historyStore: QueryHistoryStore? = nil, savedQueryStore: SavedQueryStore? = nil, meeting: Bool = false,
                list defaults: ListDefaults = ListDefaults(), writesFiles: Bool = true) {
        self.writesFiles = writesFiles
        self.historyStore = historyStore
        self.savedQueryStore = savedQueryStore
        state = BrowserState(index: index, title: title, width: width, height: height, colour: colour,
                             history: historyStore?.load() ?? QueryHistory(),
                             savedQueries: savedQueryStore?.load() ?? SavedQueries(), meeting: meeting, list: defaults)
    }

    public mutating func handle(_ event: KeyEvent) -> Effect {
        if case .paste = event { return handle([event]).effect }
        if case .mouse(let mouse) = event {
            for action in actions(for: mouse) { _ = perform(action) }
            return .none
        }
        guard let action = action(for: event) else { return .none }
        return perform(action)
    }

    /// What the mouse asks for, as actions: the wheel moves three lines (as in htop and
    /// less), a click or double click goes to the screen on top with its cell, less the
    /// meeting banner's row. Nothing while a prompt waits for an answer (it has no rows)
    /// or the terminal is too small to draw.
    func actions(for mouse: MouseEvent) -> [Action] {
        guard !state.isTooSmall, state.prompt == nil else { return [] }
        let y = mouse.y - (state.meeting ? 1 : 0)
        switch mouse.kind {
        case .wheelUp: return Array(repeating: .up, count: Self.wheelLines)
        case .wheelDown: return Array(repeating: .down, count: Self.wheelLines)
        case .press: return y >= 0 ? [.click(x: mouse.x, y: y)] : []
        case .doubleClick: return y >= 0 ? [.doubleClick(x: mouse.x, y: y)] : []
        }
    }

    /// Lines one notch of the wheel moves.
    static let wheelLines = 3

    /// Runs one action: quit and suspend go to the adapter, the rest to the update.
    mutating func perform(_ action: Action) -> Effect {
        if state.isTooSmall, case .resize = action {} else if state.isTooSmall, action != .quit, action != .suspend {
            return .none
        }
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        default:
            let history = state.history, saved = state.savedQueries
            state = state.updated(with: action)
            if state.history != history { historyStore?.save(state.history) }
            if state.savedQueries != saved, let problem = savedQueryStore?.save(state.savedQueries) {
                state.notice = problem.split(whereSeparator: \.isNewline).joined(separator: " ")
            }
            // The update asked for a file: write it here (I/O stays out of the update) and
            // tell the state how it went (written, exists: ask, or why not).
            if let request = state.pendingExport {
                let outcome = writesFiles ? request.perform(index: state.index) : .failed("this browser writes no files")
                state = state.updated(with: .exportFinished(outcome))
            }
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
        if width != s.width || height != s.terminalHeight { s = s.updated(with: .resize(width: width, height: height)) }
        return BrowserView.draw(s, width: width, height: height)
    }
}
