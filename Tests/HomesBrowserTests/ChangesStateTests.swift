import Testing
import HomesData
@testable import HomesBrowser

/// The changes screen's update: kinds, movement, Enter and back, on the two-snapshot
/// index of `TestSnapshots.twoEditions()` (nine changes, every kind at least once).
@Suite struct ChangesStateTests {
    static func state(width: Int = 80, height: Int = 24, index: SnapshotIndex = RegisterScreenTests.two) -> BrowserState {
        BrowserState(index: index, title: "t", width: width, height: height).updated(with: .openChanges)
    }

    static func changes(_ s: BrowserState) -> ChangesState? {
        if case .changes(let c)? = s.stack.last { return c }
        return nil
    }

    static func urns(_ s: BrowserState) -> [String] {
        changes(s)?.rows.map { s.index.snapshot.homes[Int($0.home)].urn } ?? []
    }

    @Test func opensOnEveryChangeOfEveryKindInKindOrder() {
        let s = ChangesStateTests.state()
        #expect(s.screenKind == .changes)
        let c = ChangesStateTests.changes(s)
        #expect(c?.rows.map(\.kind) == [.registered, .closed, .closed, .ratingUp, .ratingDown, .firstRating, .places, .owner, .status])
        #expect(c?.counts == [1, 2, 1, 1, 1, 1, 1, 1])
    }

    @Test(arguments: [
        ([Action.showKind(2)], ChangeKind.closed as ChangeKind?, ["1234567", "SC099999"]),
        ([.showKind(2), .showKind(0)], nil, ["SC100003", "1234567", "SC099999", "SC100001", "SC100002", "SC100005", "SC100001", "SC100002", "SC100005"]),
        ([.nextKind], .registered, ["SC100003"]),
        ([.nextKind, .nextKind], .closed, ["1234567", "SC099999"]),
        ([.previousKind], .status, ["SC100005"]),
        ([.showKind(9)], nil, ["SC100003", "1234567", "SC099999", "SC100001", "SC100002", "SC100005", "SC100001", "SC100002", "SC100005"]),
    ])
    func kindsFilterTheRows(actions: [Action], kind: ChangeKind?, urns: [String]) {
        let s = actions.reduce(ChangesStateTests.state()) { $0.updated(with: $1) }
        #expect(ChangesStateTests.changes(s)?.kind == kind)
        #expect(ChangesStateTests.urns(s) == urns)
    }

    /// Tab skips kinds without changes: under "leeds" only closed, rating up and places have any.
    @Test func tabSkipsEmptyKinds() {
        var s = BrowserState(index: RegisterScreenTests.two, title: "t")
        s = "leeds".reduce(s.updated(with: .openQuery)) { $0.updated(with: .insert($1)) }
        s = [Action.acceptQuery, .openChanges].reduce(s) { $0.updated(with: $1) }
        var seen: [ChangeKind?] = []
        for _ in 0..<4 {
            s = s.updated(with: .nextKind)
            seen.append(ChangesStateTests.changes(s)?.kind)
        }
        #expect(seen == [.closed, .ratingUp, .places, nil])
    }

    // 60x15: 3 lines of counts, so a page of 9 rows.
    @Test(arguments: [
        ([Action.down], 1, 0),
        ([.down, .down, .up], 1, 0),
        ([.bottom], 8, 0),
        ([.pageDown], 8, 0),
        ([.resize(width: 60, height: 12), .bottom], 8, 3),
        ([.resize(width: 60, height: 12), .bottom, .top], 0, 0),
        ([.showKind(2), .bottom], 1, 0),
        ([.bottom, .showKind(2)], 0, 0),
    ])
    func movement(actions: [Action], cursor: Int, scroll: Int) {
        let s = actions.reduce(ChangesStateTests.state(width: 60, height: 15)) { $0.updated(with: $1) }
        #expect(ChangesStateTests.changes(s)?.view == CursorView(cursor: cursor, scroll: scroll))
    }

    @Test func enterOpensTheHomeAndBackReturnsToTheSameRow() {
        let s = [Action.showKind(2), .down, .open].reduce(ChangesStateTests.state()) { $0.updated(with: $1) }
        guard case .detail(let home, let doc)? = s.stack.last else { Issue.record("no detail"); return }
        #expect(s.index.snapshot.homes[Int(home)].urn == "SC099999")
        #expect(doc.title.contains("closed"))
        let back = s.updated(with: .back)
        #expect(back.screenKind == .changes)
        #expect(ChangesStateTests.changes(back)?.view.cursor == 1)
        #expect(back.updated(with: .back).screenKind == .list)
    }

    @Test func theChangesAreThoseOfTheQueryClosedHomesIncluded() {
        var s = BrowserState(index: RegisterScreenTests.two, title: "t")
        s = "oak".reduce(s.updated(with: .openQuery)) { $0.updated(with: $1 == " " ? .insert(" ") : .insert($1)) }
        s = s.updated(with: .acceptQuery)
        #expect(s.results.isEmpty) // Old Oak House is closed: not in the default list
        let c = ChangesStateTests.changes(s.updated(with: .openChanges))
        #expect(c?.rows.map(\.kind) == [.closed])
    }

    /// One snapshot, an empty kind, a list with nothing: every key is safe at the smallest size.
    @Test(arguments: [
        SnapshotIndex(TestSnapshots.small()),
        RegisterScreenTests.two,
        SnapshotIndex(TestSnapshots.many(0)),
    ])
    func neverCrashesOnNothingOrATinyTerminal(index: SnapshotIndex) {
        var app = TestSnapshots.app(index, width: 60, height: 12)
        for key: KeyEvent in [.character("c"), .character("8"), .down, .end, .pageDown, .enter, .escape, .tab, .backTab,
                              .character("0"), .end, .resize(width: 3, height: 2), .up, .resize(width: 60, height: 12), .enter] {
            _ = app.handle(key)
            let grid = app.draw(width: app.state.width, height: app.state.height)
            #expect(grid.lines.allSatisfy { TextWidth.of($0) == app.state.width })
        }
    }
}
