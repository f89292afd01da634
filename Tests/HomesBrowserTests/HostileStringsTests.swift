import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Every string of the Big List of Naughty Strings, as a home's name, organisation and
/// authority, draws without a control or bidi character in any cell and without moving the
/// columns after it.
@Suite struct HostileStringsTests {
    static let strings: [String] = {
        let url = Bundle.module.url(forResource: "blns", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode([String].self, from: Data(contentsOf: url))
    }()

    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if v == 0x200D || v == 0x200C { return false }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate: return true
        default: return false
        }
    }

    /// Checks the invariants of a drawn grid: clean cells, each grapheme 1 or 2 wide with
    /// its continuation cell after it, so each row is exactly as wide as the grid.
    static func checkClean(_ grid: Grid, _ label: String) {
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let text = grid[x, y].text
                for scalar in text.unicodeScalars where forbidden(scalar) {
                    Issue.record("\(label): U+\(String(scalar.value, radix: 16)) in cell \(x),\(y)")
                }
                // Plain checks, not #expect: this runs for millions of cells.
                if text.count != 1 { Issue.record("\(label): cell \(x),\(y) holds \(text.count) graphemes") }
                let w = TextWidth.of(text)
                if w != 1 && w != 2 { Issue.record("\(label): cell \(x),\(y) is \(w) wide") }
                if w == 2 {
                    if !(x + 1 < grid.width && grid[x + 1, y].text == "") {
                        Issue.record("\(label): wide cell \(x),\(y) without its continuation")
                    }
                    x += 2
                } else {
                    x += 1
                }
            }
        }
    }

    static func snapshot(named name: String) -> Snapshot {
        var s = TestSnapshots.small()
        s.homes[0].name = name
        s.homes[0].organisation = name
        s.homes[0].provisionType = name
        s.localAuthorities[0].name = name
        s.children[0] = name
        return s
    }

    @Test func theCorpusIsThere() {
        #expect(HostileStringsTests.strings.count > 500)
    }

    @Test func everyStringDrawsCleanlyInTheListAndKeepsColumnsInPlace() {
        let reference = TestSnapshots.app(HostileStringsTests.snapshot(named: "x"), width: 200, height: 12)
        let referenceGrid = reference.draw(width: 200, height: 12)
        let placesX = ListLayout(width: 200, colour: true).columns.first { $0.column == .places }!.x
        for (i, string) in HostileStringsTests.strings.enumerated() {
            let app = TestSnapshots.app(HostileStringsTests.snapshot(named: string), width: 200, height: 12)
            let grid = app.draw(width: 200, height: 12)
            HostileStringsTests.checkClean(grid, "blns[\(i)] list")
            // The home's row: everything from the places column on is as in the reference.
            guard let row = (2..<12).first(where: { grid[1, $0].text == "S" && grid.lines[$0].contains("SC100001") }),
                  let referenceRow = (2..<12).first(where: { referenceGrid.lines[$0].contains("SC100001") }) else {
                Issue.record("blns[\(i)]: home row not found")
                continue
            }
            for x in placesX..<200 where grid[x, row].text != referenceGrid[x, referenceRow].text {
                Issue.record("blns[\(i)]: column \(x) moved")
                break
            }
        }
    }

    @Test func everyStringDrawsCleanlyInDetailAndJourney() {
        for (i, string) in HostileStringsTests.strings.enumerated() {
            var app = TestSnapshots.app(HostileStringsTests.snapshot(named: string), width: 80, height: 24)
            app.press(.character("1")) // sort by URN: SC100001 is not first (1234567 is)
            app.press(.down, .enter)
            HostileStringsTests.checkClean(app.draw(width: 80, height: 24), "blns[\(i)] detail")
            app.press(.character("G"), .enter)
            HostileStringsTests.checkClean(app.draw(width: 80, height: 24), "blns[\(i)] journey")
            app.press(.escape, .escape, .character("/"))
            app.type(String(string.prefix(20)))
            HostileStringsTests.checkClean(app.draw(width: 80, height: 24), "blns[\(i)] query line")
        }
    }

    /// The changes screen (names, authorities, an owner changing from one hostile string to
    /// another), the detail's register history, and the one-snapshot message naming a
    /// hostile file: clean cells at 80 and 60 columns.
    @Test func everyStringDrawsCleanlyInChangesHistoryAndTheOneSnapshotMessage() {
        for (i, string) in HostileStringsTests.strings.enumerated() {
            var older = TestSnapshots.older()
            older.homes[0].name = string
            older.homes[0].organisation = "Before " + string
            older.localAuthorities[0].name = string
            let index = TestSnapshots.twoEditions(HostileStringsTests.snapshot(named: string), older: older)
            for width in [80, 60] {
                var app = TestSnapshots.app(index, width: width, height: 24)
                app.press(.character("c"))
                HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] changes at \(width)")
                app.press(.character("7"))
                HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] owner changes at \(width)")
                app.press(.character("4"), .enter, .tab, .tab)
                HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] history at \(width)")
            }
            let single = SnapshotIndex(TestSnapshots.small(), timeline: .single(TestSnapshots.small(), file: "/tmp/" + string))
            var app = TestSnapshots.app(single, width: 60, height: 15)
            app.press(.character("c"))
            HostileStringsTests.checkClean(app.draw(width: 60, height: 15), "blns[\(i)] one snapshot")
        }
    }
}
