/// A key press or terminal event, as the terminal adapter reports it.
/// The browser core maps these to actions through its keymap; it never sees curses codes.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, any Unicode).
    case character(Character)
    /// Ctrl plus a letter, given in lower case: `.control("d")` is Ctrl-D.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// A mouse button or wheel, at a cell of the terminal (0-based, top-left origin).
    case mouse(MouseEvent)
    /// Text the terminal said was pasted (bracketed paste): text to type, never keys to
    /// obey. Newlines and tabs are kept as they came; the browser decides what they mean.
    case paste(String)
}

/// What the mouse did, as the adapter decoded it. A double click is decided in the
/// adapter (it has the clock); the browser core only maps it to actions.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down (a single click).
        case press
        /// A second press on the same row soon after the first.
        case doubleClick
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the program asks of the adapter after handling an event.
public enum Effect: Equatable, Sendable {
    case none
    /// Restore the terminal and exit.
    case quit
    /// Restore the terminal, stop the process (as Ctrl-Z would), and redraw on resume.
    case suspend
}

/// A full-screen program as the terminal adapter sees it: events in, a grid out.
/// Keeping the adapter this ignorant lets every screen be tested without a terminal.
public protocol TerminalProgram {
    mutating func handle(_ event: KeyEvent) -> Effect
    /// Handles events that arrived together (drained before one redraw), in order, up to
    /// the first that asks to quit or suspend: that effect and how many events were
    /// handled (the adapter keeps the rest for after a resume). A program may coalesce
    /// the work of a batch; the result must be what the events one by one would give.
    mutating func handle(_ events: [KeyEvent]) -> (effect: Effect, handled: Int)
    /// Draws the whole screen; must not change state (scrolling is decided in `handle`).
    func draw(width: Int, height: Int) -> Grid
}

extension TerminalProgram {
    /// One by one, for programs with nothing to coalesce.
    public mutating func handle(_ events: [KeyEvent]) -> (effect: Effect, handled: Int) {
        for (i, event) in events.enumerated() {
            let effect = handle(event)
            if effect != .none { return (effect, i + 1) }
        }
        return (.none, events.count)
    }
}
