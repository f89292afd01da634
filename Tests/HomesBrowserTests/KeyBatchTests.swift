import Testing
import HomesData
@testable import HomesBrowser

/// Keys drained together (a paste, fast typing) are one batch: a query line (the list's,
/// the summary's, the children's) runs its query once for the batch. Whatever the batch, the state and the screen after it
/// must be those of the same keys handled one by one.
@Suite struct KeyBatchTests {
    static func keys(_ text: String) -> [KeyEvent] { text.map { .character($0) } }

    static let sequences: [(name: String, keys: [KeyEvent])] = [
        ("typing a query", keys("/leeds rating:good")),
        ("editing with the caret, Delete, Backspace and Ctrl-U",
         keys("/home") + [.left, .left] + keys("x") + [.backspace, .delete, .home] + keys("z") + [.end, .control("u")] + keys("leeds")),
        ("ending in an error: the list of the last text that parsed", keys("/leeds rating:")),
        ("an error in the middle, fixed by Backspace", keys("/rating:zz") + [.backspace, .backspace] + keys("good")),
        ("an error from the first key", keys("/rating:") + [.left] + keys("x")),
        ("Backspace at the start changes nothing", keys("/") + [.backspace, .backspace, .left]),
        ("kept with Enter, the list moved, the line opened again",
         keys("/lee") + [.enter, .down, .down] + keys("/ds") + [.escape, .down]),
        ("history recalled then edited", keys("/leeds") + [.enter] + keys("/") + [.control("u")] + keys("man") + [.up] + keys("x")),
        ("a resize between keys", keys("/le") + [.resize(width: 100, height: 30)] + keys("eds")),
        ("the summary's own line", keys("S/lee") + [.backspace] + keys("x")),
        ("a paste in the summary's line", keys("S/") + [.paste("lee\nds")] + [.down]),
        ("the children's own line", keys("C/moves>=1") + [.backspace] + keys("2 ongoing") + [.down]),
        ("the children's line ending in an error", keys("C/ongoing moves>=")),
        ("the children's line, an error fixed", keys("C/moves>=x") + [.backspace] + keys("1") + [.enter, .down]),
        ("a paste in the children's line, then Esc", keys("C/") + [.paste("moves>=1 ongoing")] + [.escape]),
        ("q typed into the line, then quit from the list", keys("/q") + [.backspace, .enter] + keys("qj")),
        ("a paste on the list", [.paste("quality\nla:leeds"), .backspace]),
        ("a paste in the query line", keys("/la:") + [.paste("leeds\r\n\trating:good\u{7}")]),
        ("a paste on a detail does nothing", [.enter, .paste("q"), .escape]),
    ]

    /// The effect of the first event that asks to quit or suspend, and how many were handled.
    static func oneByOne(_ app: inout BrowserApp, _ events: [KeyEvent]) -> (effect: Effect, handled: Int) {
        for (i, event) in events.enumerated() {
            let effect = app.handle(event)
            if effect != .none { return (effect, i + 1) }
        }
        return (.none, events.count)
    }

    @Test(arguments: sequences.indices, [false, true])
    func aBatchEndsAsTheKeysOneByOne(sequence: Int, many: Bool) {
        let (name, events) = Self.sequences[sequence]
        let snapshot = many ? TestSnapshots.many(300) : TestSnapshots.small()
        let index = SnapshotIndex(snapshot)
        var single = TestSnapshots.app(index)
        var batched = TestSnapshots.app(index)
        let expected = Self.oneByOne(&single, events)
        let got = batched.handle(events)
        #expect(got.effect == expected.effect, "\(name)")
        #expect(got.handled == expected.handled, "\(name)")
        #expect(batched.state == single.state, "\(name)")
        #expect(batched.screen() == single.screen(), "\(name)")
    }

    /// Every split of the keys into batches ends the same, as the adapter's batches fall
    /// wherever the terminal's reads do.
    @Test func anySplitIntoBatchesEndsTheSame() {
        let events = Self.keys("/leeds rating:") + [.backspace] + Self.keys("good") + [.left, .left, .control("u")] + Self.keys("man")
        let index = SnapshotIndex(TestSnapshots.small())
        var single = TestSnapshots.app(index)
        _ = Self.oneByOne(&single, events)
        for size in [2, 3, 5, 7] {
            var batched = TestSnapshots.app(index)
            var start = 0
            while start < events.count {
                _ = batched.handle(Array(events[start..<min(events.count, start + size)]))
                start += size
            }
            #expect(batched.state == single.state, "batches of \(size)")
        }
    }

    @Test func theErrorKeepsTheListOfTheLastTextThatParsed() {
        var app = TestSnapshots.app()
        _ = app.handle(Self.keys("/leeds rating:"))
        #expect(app.state.queryLine?.error != nil)
        #expect(app.state.queryText == "leeds rating")
    }

    /// An error within the last `errorSearchLimit` texts: the batch finds the last good text
    /// as one by one would. Beyond it, the list stays as it was before the batch.
    @Test func anErrorFoundWithinTheLimitAndBeyondIt() {
        let index = SnapshotIndex(TestSnapshots.small())
        let near = Self.keys("leeds \"") + Self.keys(String(repeating: "x", count: DeferredQueryEdits.errorSearchLimit - 2))
        var single = TestSnapshots.app(index), batched = TestSnapshots.app(index)
        _ = Self.oneByOne(&single, [.character("/")] + near)
        _ = batched.handle([.character("/")] + near)
        #expect(single.state.queryText == "leeds ")
        #expect(batched.state == single.state)

        let far = near + Self.keys("xxxx")
        single = TestSnapshots.app(index)
        batched = TestSnapshots.app(index)
        _ = Self.oneByOne(&single, [.character("/")] + far)
        _ = batched.handle([.character("/")])
        _ = batched.handle(far)
        #expect(single.state.queryText == "leeds ")
        #expect(batched.state.queryText == "")
        #expect(batched.state.results.count == 4)
        #expect(batched.state.queryLine?.error != nil)
    }

    @Test func aPasteOnTheListIsAQueryNotKeys() {
        var app = TestSnapshots.app()
        // As keys, q would quit and c open the changes; pasted, it is text.
        #expect(app.handle(.paste("quality\nc")) == .none)
        #expect(app.state.screenKind == .query)
        #expect(app.state.queryLine?.string == "quality c")
        #expect(app.screen()[22].hasPrefix("/ quality c"))
    }

    @Test func aPastedNewlineRunsNoQueryAndEnterAloneKeepsIt() {
        var app = TestSnapshots.app()
        _ = app.handle([.character("/"), .paste("leeds\n"), .paste("\nmanchester")])
        #expect(app.state.queryLine?.string == "leeds  manchester")
        #expect(app.state.history.entries.isEmpty)
    }

    @Test func aPasteWhereNothingIsTypedDoesNothing() {
        var app = TestSnapshots.app()
        app.press(.enter)
        let before = app.state
        #expect(app.handle(.paste("qQ/\n")) == .none)
        #expect(app.state == before)
    }
}
