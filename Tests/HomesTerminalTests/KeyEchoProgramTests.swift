import HomesBrowser
import HomesTerminal
import Testing

@Suite struct KeyEchoProgramTests {
    private func width(_ scalar: Unicode.Scalar) -> Int32 { scalar.value >= 0x4E00 && scalar.value <= 0x9FFF ? 2 : 1 }

    @Test func echoesEventsAndPlacesTheCursorAfterTypedText() {
        var program = KeyEchoProgram(colour: false, characterWidth: width)
        #expect(program.handle(.resize(width: 40, height: 10)) == .none)
        #expect(program.handle(.character("中")) == .none)
        #expect(program.handle(.character("x")) == .none)
        #expect(program.handle(.up) == .none)
        let grid = program.draw(width: 40, height: 10)
        #expect(grid.lines[3].hasPrefix("typed: 中x "))
        #expect(grid[7, 3].text == "中" && grid[8, 3].text == "")
        #expect(grid.cursor?.x == 10 && grid.cursor?.y == 3)
        #expect(grid.lines[5].hasPrefix("event resize(width: 40, height: 10)"))
        #expect(grid.lines[8].hasPrefix("event up"))
        #expect(grid.lines[1].hasPrefix("size 40x10  colour off"))
    }

    @Test func quitsOnQAndSuspendsOnS() {
        var program = KeyEchoProgram(colour: true, characterWidth: width)
        #expect(program.handle(.character("s")) == .suspend)
        #expect(program.handle(.character("q")) == .quit)
    }

    @Test func saysSoWhenTooSmall() {
        let program = KeyEchoProgram(colour: true, characterWidth: width)
        #expect(program.draw(width: 10, height: 3).lines[0] == "too small ")
    }
}
