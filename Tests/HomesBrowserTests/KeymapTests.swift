import Foundation
import Testing
@testable import HomesBrowser

@Suite struct KeymapTests {
    /// docs/keys.md is generated from the keymap; this fails when they drift apart.
    /// To regenerate: `KEYS_MD_WRITE=1 swift test --filter KeymapTests` (or `homes keys > docs/keys.md`
    /// once the command exposes `Keymap.markdown()`).
    @Test func docsKeysMarkdownIsTheGeneratedTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let generated = Keymap.markdown()
        // Compared as it was before any rewrite, so the run that rewrites it still fails
        // (and says so): a stale file never passes.
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        if onDisk != generated, ProcessInfo.processInfo.environment["KEYS_MD_WRITE"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("docs/keys.md was out of date and has been rewritten; run the tests again")
            return
        }
        #expect(onDisk == generated, "docs/keys.md is out of date: run KEYS_MD_WRITE=1 swift test --filter KeymapTests")
    }

    @Test(arguments: [
        (KeyEvent.character("j"), ScreenKind.list, Action.down),
        (.down, .list, .down),
        (.control("d"), .list, .halfPageDown),
        (.character("G"), .detail, .bottom),
        (.character("/"), .list, .openQuery),
        (.character("j"), .query, .insert("j")),
        (.character("q"), .query, .insert("q")),
        (.control("d"), .query, .deleteForward),
        (.escape, .query, .cancelQuery),
        (.enter, .query, .acceptQuery),
        (.character(" "), .filters, .toggleValue),
        (.character(" "), .list, .pageDown),
        (.character("q"), .list, .quit),
        (.character("q"), .detail, .back),
        (.escape, .journey, .back),
        (.character("Q"), .journey, .quit),
        (.character("]"), .detail, .nextHome),
        (.tab, .detail, .nextSection),
        (.tab, .filters, .nextFacet),
        (.down, .filters, .down),
        (.character("?"), .list, .help),
        (.character("3"), .list, .sortBy(ListColumn.type.rawValue)),
        (.character("9"), .list, .sortBy(ListColumn.occupancy.rawValue)),
        (.character("0"), .list, .sortBy(ListColumn.unplanned.rawValue)),
        (.character("'"), .list, .reselect),
        (.escape, .list, .clearQuery),
        (.up, .query, .historyOlder),
        (.control("p"), .query, .historyOlder),
        (.down, .query, .historyNewer),
        (.control("n"), .query, .historyNewer),
        (.character("l"), .filters, .jump("l")),
        (.character("3"), .filters, .jump("3")),
        (.character("f"), .filters, .keepFilters),
        (.enter, .filters, .keepFilters),
        (.escape, .filters, .back),
        (.backspace, .filters, .jumpBackspace),
        (.resize(width: 100, height: 30), .help, .resize(width: 100, height: 30)),
        (.character("c"), .list, .openChanges),
        (.character("2"), .changes, .showKind(2)),
        (.character("0"), .changes, .showKind(0)),
        (.tab, .changes, .nextKind),
        (.backTab, .changes, .previousKind),
        (.enter, .changes, .open),
        (.character("q"), .changes, .back),
        (.character(" "), .changes, .pageDown),
    ])
    func keysMapToActionsPerScreen(key: KeyEvent, screen: ScreenKind, action: Action) {
        #expect(Keymap.action(for: key, on: screen) == action)
    }

    @Test func noKeyIsBoundTwiceOnOneScreenToDifferentActions() {
        for screen in ScreenKind.allCases {
            var seen: [KeyEvent: Action] = [:]
            for binding in Keymap.bindings where binding.screens.contains(screen) {
                for key in binding.keys {
                    if let earlier = seen[key], earlier != binding.action {
                        Issue.record("\(Keymap.name(of: key)) on \(screen): \(earlier) and \(binding.action)")
                    }
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func everyScreenCanBeLeftAndHasHelp() {
        for screen in ScreenKind.allCases {
            let actions = Set(Keymap.bindings.filter { $0.screens.contains(screen) }.map(\.action))
            #expect(actions.contains(.quit), "\(screen) has no quit")
            #expect(!Keymap.entries(for: screen).isEmpty)
        }
    }

    @Test func helpScreenListsEveryBindingOfTheScreenItWasOpenedFrom() {
        let doc = HelpDocument.make(for: .detail, colour: true)
        let text = doc.lines.map(\.plainText).joined(separator: "\n")
        for binding in Keymap.bindings where binding.screens.contains(.detail) {
            #expect(text.contains(binding.help))
        }
    }
}
