import HomesData

/// The browser as the terminal adapter runs it: keys in, grids out.
public struct BrowserApp: TerminalProgram {
    public private(set) var state: BrowserState

    /// `colour: false` (NO_COLOR, or a terminal without colours) draws judgements with
    /// symbols and bold/reverse in the grid itself.
    public init(index: SnapshotIndex, title: String, colour: Bool = true, width: Int = 80, height: Int = 24) {
        state = BrowserState(index: index, title: title, width: width, height: height, colour: colour)
    }

    public mutating func handle(_ event: KeyEvent) -> Effect {
        guard let action = Keymap.action(for: event, on: state.isTooSmall ? .help : state.screenKind) else {
            return .none
        }
        if state.isTooSmall, case .resize = action {} else if state.isTooSmall, action != .quit, action != .suspend {
            return .none
        }
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        default:
            state = state.updated(with: action)
            return .none
        }
    }

    public func draw(width: Int, height: Int) -> Grid {
        var s = state
        if width != s.width || height != s.height { s = s.updated(with: .resize(width: width, height: height)) }
        return BrowserView.draw(s, width: width, height: height)
    }
}
