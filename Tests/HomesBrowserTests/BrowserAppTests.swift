import Testing
import HomesData
@testable import HomesBrowser

@Suite struct BrowserAppTests {
    @Test func opensOnTheListOfEveryHomeSortedByName() {
        let app = TestSnapshots.app()
        let lines = app.screen()
        #expect(lines.count == 24)
        #expect(lines[0].contains("all homes"))
        #expect(lines[2].hasPrefix(" SC100001 Brontë House"))
        #expect(lines[23].contains("5 of 5 homes"))
    }

    @Test func quitKeysOnTheListQuit() {
        for key in [KeyEvent.character("q"), .escape, .character("Q"), .control("c")] {
            var app = TestSnapshots.app()
            #expect(app.handle(key) == .quit)
        }
    }
}
