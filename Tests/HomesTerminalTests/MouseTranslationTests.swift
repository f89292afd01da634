import CNcursesw
import HomesBrowser
import HomesTerminal
import Testing

@Suite struct MouseTranslationTests {
    @Test("curses' mouse reports become presses and wheel notches at their cell", arguments: [
        (homes_button1_pressed(), MouseEvent.Kind.press),
        (homes_button4_pressed(), .wheelUp),
        (homes_button5_pressed(), .wheelDown),
    ])
    func decoded(buttons: mmask_t, kind: MouseEvent.Kind) {
        #expect(MouseTranslation.event(buttons: buttons, x: 12, y: 7) == MouseEvent(kind, x: 12, y: 7))
    }

    /// A release, the middle or right button, or a cell curses could not place: dropped,
    /// never guessed at (a stray press would move the selection).
    @Test func otherReportsAreDropped() {
        #expect(MouseTranslation.event(buttons: 0, x: 1, y: 1) == nil)
        #expect(MouseTranslation.event(buttons: homes_button1_pressed(), x: -1, y: 3) == nil)
        #expect(MouseTranslation.event(buttons: homes_button1_pressed(), x: 3, y: -1) == nil)
    }

    @Test func theButtonsAskedForAreTheOnesDecoded() {
        let wanted = MouseTranslation.buttonsWanted
        for buttons in [homes_button1_pressed(), homes_button4_pressed(), homes_button5_pressed()] {
            #expect(wanted & buttons == buttons)
        }
    }

    static func press(_ x: Int, _ y: Int) -> MouseEvent { MouseEvent(.press, x: x, y: y) }

    @Test("a second press on the same row within 0.4 s is a double click", arguments: [
        // (second press x, y, seconds after the first, double?)
        (10, 5, 0.1, true),
        (40, 5, 0.3, true),   // same row, another column: still the row's double click
        (10, 5, 0.35, true),
        (10, 5, 0.5, false),  // too slow: two single clicks
        (10, 6, 0.1, false),  // another row
    ])
    func doubleClick(x: Int, y: Int, after: Double, double: Bool) {
        var clicks = DoubleClicks()
        #expect(clicks.classify(Self.press(10, 5), at: 100).kind == .press)
        #expect(clicks.classify(Self.press(x, y), at: 100 + after).kind == (double ? .doubleClick : .press))
    }

    /// A third quick press starts a new click rather than a second double click, and the
    /// wheel passes through untouched.
    @Test func aThirdPressStartsAgainAndTheWheelPassesThrough() {
        var clicks = DoubleClicks()
        _ = clicks.classify(Self.press(1, 2), at: 0)
        #expect(clicks.classify(Self.press(1, 2), at: 0.1).kind == .doubleClick)
        #expect(clicks.classify(Self.press(1, 2), at: 0.2).kind == .press)
        #expect(clicks.classify(MouseEvent(.wheelDown, x: 1, y: 2), at: 0.25) == MouseEvent(.wheelDown, x: 1, y: 2))
    }
}
