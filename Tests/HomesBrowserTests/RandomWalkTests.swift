import Testing
import HomesData
@testable import HomesBrowser

/// A short soak in the ordinary suite: random events (`SoakEvents`, as `homes-bench soak`
/// sends a million of) on the small hand-built snapshot and on two snapshots' history,
/// each drawn, the state's invariants checked after every one. A failure names the seed
/// and the step, to replay.
@Suite struct RandomWalkTests {
    @Test(arguments: [(UInt64(1), false), (UInt64(2), true)])
    func randomEventsKeepEveryInvariant(seed: UInt64, history: Bool) {
        let index = history ? TestSnapshots.twoEditions() : SnapshotIndex(TestSnapshots.small())
        var app = TestSnapshots.app(index)
        var events = SoakEvents(seed: seed)
        for step in 1...800 {
            let event = events.next(for: app)
            _ = app.handle(event)
            if app.state.prompt.map({ if case .exportTo = $0.purpose { true } else { false } }) == true {
                Issue.record("seed \(seed), step \(step): the soak asked to export (it must never write files)")
                return
            }
            let grid = app.draw(width: app.state.width, height: app.state.terminalHeight)
            if grid.lines.count != app.state.terminalHeight || app.state.brokenInvariant != nil {
                Issue.record("seed \(seed), step \(step), after \(event): \(app.state.brokenInvariant ?? "drew \(grid.lines.count) lines")")
                return
            }
        }
    }

    /// The invariant check itself finds a cursor off the page.
    @Test func aCursorOffThePageIsReported() {
        var state = TestSnapshots.app(TestSnapshots.many(100)).state
        #expect(state.brokenInvariant == nil)
        state.list = CursorView(cursor: 50, scroll: 0)
        #expect(state.brokenInvariant?.contains("not shown") == true)
    }

    /// And a cursor past the rows of the screen on top, on every screen with rows of its own.
    @Test(arguments: ["C", "S", "c"])
    func aCursorPastTheScreensRowsIsReported(key: Character) {
        var app = TestSnapshots.app(TestSnapshots.twoEditions())
        _ = app.handle(.character(key))
        var state = app.state
        #expect(state.brokenInvariant == nil)
        let past = CursorView(cursor: 10_000, scroll: 9_990)
        switch state.stack.last {
        case .children(var children)?: children.view = past; state.stack[0] = .children(children)
        case .summary(var summary)?: summary.view = past; state.stack[0] = .summary(summary)
        case .changes(var changes)?: changes.view = past; state.stack[0] = .changes(changes)
        default: Issue.record("\(key) opened no screen with rows")
        }
        #expect(state.brokenInvariant?.contains("outside its") == true)
    }
}
