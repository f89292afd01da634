/// A cursor over a number of lines and the first line shown, kept so the cursor is
/// always visible. Every screen with a list uses one; the update moves it, drawing only
/// reads it.
public struct CursorView: Equatable, Sendable {
    public var cursor: Int = 0
    public var scroll: Int = 0

    public init(cursor: Int = 0, scroll: Int = 0) {
        self.cursor = cursor
        self.scroll = scroll
    }

    /// Applies a movement action over `count` lines shown `page` at a time.
    /// Returns false for actions that are not movements.
    @discardableResult
    public mutating func move(_ action: Action, count: Int, page: Int) -> Bool {
        let page = max(1, page)
        switch action {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor -= page; scroll -= page
        case .pageDown: cursor += page; scroll += page
        case .halfPageUp: cursor -= max(1, page / 2); scroll -= max(1, page / 2)
        case .halfPageDown: cursor += max(1, page / 2); scroll += max(1, page / 2)
        case .top: cursor = 0
        case .bottom: cursor = count - 1
        default: return false
        }
        clamp(count: count, page: page)
        return true
    }

    /// Keeps cursor and scroll in range and the cursor on screen.
    public mutating func clamp(count: Int, page: Int) {
        let page = max(1, page)
        cursor = max(0, min(cursor, count - 1))
        scroll = max(0, min(scroll, count - page))
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + page { scroll = cursor - page + 1 }
        scroll = max(0, scroll)
    }

    /// The mouse: puts the cursor on the line drawn at screen row `y`, where the first line
    /// shown is drawn at row `top` and `page` lines are shown. False, and nothing changes,
    /// when no line is drawn there (a title, a status line, the empty rows past the end).
    @discardableResult
    public mutating func point(atRow y: Int, top: Int, count: Int, page: Int) -> Bool {
        let line = scroll + y - top
        guard y >= top, y < top + max(1, page), line < count else { return false }
        cursor = line
        return true
    }

    /// Scroll-only movement (help): the view moves, there is no cursor to show.
    public mutating func scrollOnly(_ action: Action, count: Int, page: Int) {
        let page = max(1, page)
        let last = max(0, count - page)
        switch action {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .halfPageUp: scroll -= max(1, page / 2)
        case .halfPageDown: scroll += max(1, page / 2)
        case .top: scroll = 0
        case .bottom: scroll = last
        default: break
        }
        scroll = max(0, min(scroll, last))
        cursor = scroll
    }
}
