import CNcursesw
import HomesBrowser

/// Turns what curses' `getmouse` reports into the browser's `MouseEvent`s.
///
/// Kept apart from the session, as `KeyTranslation` is, so the decoding can be tested
/// without a terminal. Only the left button's press and the wheel are asked for
/// (`buttonsWanted`): a press, not a click, so a click acts at once instead of after
/// curses' click interval, and a double click is decided here by `DoubleClicks`.
public enum MouseTranslation {
    /// The buttons to ask `mousemask` for: the left press and the wheel (4 up, 5 down).
    public static var buttonsWanted: mmask_t { homes_button1_pressed() | homes_button4_pressed() | homes_button5_pressed() }

    /// `buttons` is MEVENT's `bstate`, `x` and `y` its cell. Nil for anything else (a
    /// release, a middle or right button, a cell off the screen).
    public static func event(buttons: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttons & homes_button4_pressed() != 0 { kind = .wheelUp }
        else if buttons & homes_button5_pressed() != 0 { kind = .wheelDown }
        else if buttons & homes_button1_pressed() != 0 { kind = .press }
        else { return nil }
        return MouseEvent(kind, x: Int(x), y: Int(y))
    }
}

/// Decides double clicks: a press on the same row as the press before it, within
/// `interval` seconds, becomes `.doubleClick` (a third press starts again). The clock
/// is the caller's, so the rule is tested with made-up times; the browser core never
/// reads a clock.
public struct DoubleClicks: Sendable {
    /// As long as most desktops allow for a double click.
    public static let interval = 0.4
    private var lastPress: (y: Int, time: Double)?

    public init() {}

    public mutating func classify(_ event: MouseEvent, at time: Double) -> MouseEvent {
        guard event.kind == .press else { return event }
        if let last = lastPress, last.y == event.y, time - last.time >= 0, time - last.time <= Self.interval {
            lastPress = nil
            return MouseEvent(.doubleClick, x: event.x, y: event.y)
        }
        lastPress = (event.y, time)
        return event
    }
}
