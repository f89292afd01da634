import Testing
import HomesData
@testable import HomesBrowser

extension HostileStringsTests {
    /// Every string as an owner, an authority, a provision type and a child's reference:
    /// the summary grouped each way (its owner spellings line included), the authority
    /// card and the children list draw clean cells at 80 and 60 columns.
    @Test func everyStringDrawsCleanlyInTheSummaryTheAuthorityCardAndTheChildren() {
        for (i, string) in HostileStringsTests.strings.enumerated() {
            let index = SnapshotIndex(HostileStringsTests.snapshot(named: string))
            for width in [80, 60] {
                var app = TestSnapshots.app(index, width: width, height: 24)
                app.press(.character("S"))
                for by in GroupBy.allCases {
                    HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] summary by \(by) at \(width)")
                    app.press(.tab)
                }
                app.press(.character("G"), .character("a"))
                HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] authority card at \(width)")
                app.press(.character("q"), .character("q"), .character("C"))
                HostileStringsTests.checkClean(app.draw(width: width, height: 24), "blns[\(i)] children at \(width)")
            }
            // On standard output the same strings are escaped, never printed as controls.
            for text in [AuthorityCardText(index: index, authority: 0).text,
                         GroupResults(GroupSummary(index: index, query: .all, by: .organisation)).table()] {
                #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "blns[\(i)]")
            }
        }
    }
}
