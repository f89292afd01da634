import Testing
@testable import HomesBrowser

@Suite struct GridTests {
    @Test func newGridIsBlankLinesOfItsWidth() {
        let g = Grid(width: 5, height: 2)
        #expect(g.lines == ["     ", "     "])
    }
}
