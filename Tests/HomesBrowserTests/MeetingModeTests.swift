import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Meeting mode over the bundled sample: every screen, reached through its keys, holds no
/// string of the shape of a child reference ("C" and seven digits, as the sample's and
/// the generator's are), and the banner is on its top row. The same walks without
/// meeting mode do show references where a screen is about children, so the check can fail.
@Suite struct MeetingModeTests {
    static let sample: SnapshotIndex = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = try! SnapshotLoader.load(paths: [root.appendingPathComponent("Resources/sample").path], options: LoadOptions(strict: false))
        return SnapshotIndex(loaded)
    }()

    /// The help's example of `child:` is a child of the bundled sample: tried as the help
    /// writes it, it lists that child's homes.
    @Test func theHelpsChildExampleListsHomesOfTheSample() throws {
        #expect(Self.sample.child(reference: Keymap.childExample) != nil)
        let query = try Query.parse("status:any child:\(Keymap.childExample)", index: Self.sample)
        #expect(!Self.sample.matches(query).isEmpty)
    }

    static func hasReference(_ line: String) -> Bool {
        line.range(of: #"C[0-9]{7}"#, options: .regularExpression) != nil
    }

    struct Walk: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [KeyEvent]
        /// Whether the screen shows a child reference outside meeting mode.
        let showsChildren: Bool
        var testDescription: String { name }
    }

    static func typed(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    /// A child of the sample with four placements in homes open now (`homes children 'moves>=2'`).
    static let child = "C0371496"

    static let walks: [Walk] = [
        Walk(name: "list", keys: [], showsChildren: false),
        Walk(name: "detail, placements", keys: [.enter, .end], showsChildren: true),
        Walk(name: "journey from the detail", keys: [.enter, .end, .enter], showsChildren: true),
        Walk(name: "authority card from the detail", keys: [.enter, .character("A")], showsChildren: false),
        Walk(name: "authority card, its tables", keys: [.enter, .character("A"), .end], showsChildren: false),
        Walk(name: "children", keys: [.character("C")], showsChildren: true),
        Walk(name: "journey from the children", keys: [.character("C"), .down, .enter], showsChildren: true),
        Walk(name: "summary", keys: [.character("S")], showsChildren: false),
        Walk(name: "summary's authority card", keys: [.character("S"), .character("a")], showsChildren: false),
        Walk(name: "changes", keys: [.character("c")], showsChildren: false),
        Walk(name: "filters", keys: [.character("f")], showsChildren: false),
        Walk(name: "help", keys: [.character("?")], showsChildren: true),
        Walk(name: "a child's query: the list", keys: [.character("/")] + typed("child:" + child) + [.enter], showsChildren: true),
        Walk(name: "a child's query: the home", keys: [.character("/")] + typed("child:" + child) + [.enter, .enter], showsChildren: true),
        Walk(name: "a child's query: the journey",
             keys: [.character("/")] + typed("child:" + child) + [.enter, .enter, .enter], showsChildren: true),
        Walk(name: "a child's query on the query line", keys: [.character("/")] + typed("child:" + child), showsChildren: true),
        Walk(name: "a child's reference as free text", keys: [.character("/")] + typed(child), showsChildren: true),
        Walk(name: "an unknown child", keys: [.character("/")] + typed("child:C9999999"), showsChildren: true),
        Walk(name: "the children's query", keys: [.character("C"), .character("/")] + typed(child) + [.enter], showsChildren: true),
        Walk(name: "marked homes", keys: [.character("m"), .character("m"), .character("M")], showsChildren: false),
        Walk(name: "home card", keys: [.character("P")], showsChildren: false),
        Walk(name: "export prompt", keys: [.character("e")], showsChildren: false),
    ]

    static func shown(_ walk: Walk, meeting: Bool, width: Int, height: Int, colour: Bool) -> [String] {
        var app = BrowserApp(index: sample, title: "sample", colour: colour, width: width, height: height, meeting: meeting)
        for key in walk.keys { _ = app.handle(key) }
        return app.draw(width: width, height: height).lines
    }

    @Test(arguments: walks)
    func noChildReferenceInMeetingMode(_ walk: Walk) {
        for (width, height, colour) in [(80, 24, true), (80, 24, false), (200, 50, true), (200, 50, false)] {
            let lines = Self.shown(walk, meeting: true, width: width, height: height, colour: colour)
            let leaks = lines.filter(Self.hasReference)
            #expect(leaks.isEmpty, "\(walk.name) at \(width)x\(height): \(leaks)")
            #expect(lines[0].contains("MEETING MODE"), "\(walk.name): no banner at \(width)x\(height)")
        }
    }

    @Test(arguments: walks.filter(\.showsChildren))
    func theSameScreenShowsReferencesOutsideMeetingMode(_ walk: Walk) {
        let lines = Self.shown(walk, meeting: false, width: 200, height: 50, colour: true)
        #expect(lines.contains(where: Self.hasReference), "\(walk.name) shows no reference even without meeting mode: the check above proves nothing")
        #expect(!lines[0].contains("MEETING MODE"))
    }

    @Test func placementsAndJourneyAreLabelledInOrderOfAppearance() {
        var app = BrowserApp(index: Self.sample, title: "sample", width: 200, height: 50, meeting: true)
        app.press(.enter, .end)
        let detail = app.screen()
        #expect(detail.contains { $0.hasPrefix("  Child A ") })
        #expect(detail.contains { $0.hasPrefix("  Child B ") })
        // The last line is Child B's placement: its journey calls the child Child B too.
        app.press(.enter)
        let journey = app.screen()
        #expect(journey[1].hasPrefix(" Child B  ·  journey"))
        #expect(journey[2] == " Child B" + String(repeating: " ", count: 192))
    }

    @Test func f9TurnsMeetingModeOffAndOnAndTheScreenKeepsItsRows() {
        var app = BrowserApp(index: Self.sample, title: "sample", width: 80, height: 24)
        app.press(.character("C"))
        #expect(app.screen().contains(where: Self.hasReference))
        #expect(!app.screen()[0].contains("MEETING MODE"))
        app.press(.function(9))
        #expect(app.state.meeting)
        let on = app.screen()
        #expect(on[0].contains("MEETING MODE"))
        #expect(on[1].hasPrefix(" Children"))
        #expect(!on.contains(where: Self.hasReference))
        #expect(on[23].contains("Meeting mode on"))
        app.press(.function(9))
        #expect(!app.state.meeting)
        #expect(app.screen()[0].hasPrefix(" Children"))
        #expect(app.screen().contains(where: Self.hasReference))
    }

    /// References that are common words are replaced where they stand, and nowhere else.
    @Test func referencesThatAreCommonWordsGarbleNothing() {
        var snapshot = TestSnapshots.small()
        snapshot.children = ["1", "Leeds", "2024"]
        var app = TestSnapshots.app(snapshot, width: 120, height: 60)
        app.press(.function(9), .enter)
        let lines = app.screen()
        #expect(lines[1].hasPrefix(" Brontë House"))
        // The references are at most 5 wide: the labels are the letters alone, under "Child".
        let placements = lines.filter { $0.range(of: #"^  [A-C]      20"#, options: .regularExpression) != nil }
        #expect(placements.count == 3, "\(lines.joined(separator: "\n"))")
        #expect(placements.allSatisfy { $0.contains("2024") || $0.contains("2023") || $0.contains("2022") })
        #expect(lines.contains { $0.contains("Local authority") && $0.contains("Leeds") })
        app.press(.end, .enter)
        #expect(app.screen()[1].hasPrefix(" Child C  ·  journey"))
        #expect(app.screen()[2].hasPrefix(" Child C "))
    }

    @Test func labelsGoOnPastZ() {
        #expect(MeetingMode.letters(0) == "A")
        #expect(MeetingMode.letters(25) == "Z")
        #expect(MeetingMode.letters(26) == "AA")
        #expect(MeetingMode.letters(27) == "AB")
        #expect(MeetingMode.letters(701) == "ZZ")
        #expect(MeetingMode.letters(702) == "AAA")
    }

    @Test func childrenBeyondTheAlphabetOnTheChildrenScreen() {
        var app = BrowserApp(index: Self.sample, title: "sample", width: 80, height: 24, meeting: true)
        app.press(.character("C"))
        for _ in 0..<30 { app.press(.down) }
        let lines = app.screen()
        #expect(lines.contains { $0.hasPrefix(" Child AE ") }, "row 31 is Child AE")
    }

    @Test func authorityCardHidesCountsOfChildrenUnderFive() {
        // Somerset's card in the sample: some authorities place 1 to 4 of its children.
        let somerset = Int32(Self.sample.snapshot.localAuthorities.firstIndex { $0.name == "Somerset" }!)
        let plain = AuthorityCardText(index: Self.sample, authority: somerset).text
        let hidden = AuthorityCardText(index: Self.sample, authority: somerset, hidingSmallCounts: true).text
        let small = plain.split(separator: "\n").filter { $0.range(of: #"  [1-4]$"#, options: .regularExpression) != nil }
        #expect(!small.isEmpty, "the card has counts from 1 to 4 to hide")
        #expect(hidden.split(separator: "\n").allSatisfy { $0.range(of: #"  [1-4]$"#, options: .regularExpression) == nil })
        #expect(hidden.contains("fewer than 5"))
        // Homes and places are not counts of children: they stay.
        #expect(hidden.contains("Homes         55") || hidden.contains("55"))
    }
}
