import Testing
@testable import HomesData

/// Bars in eighths and stacked rating mixes: what each count draws as.
@Suite struct BarTextTests {
    @Test(arguments: [
        (0, 10, 10, ""), (10, 10, 10, "██████████"), (5, 10, 10, "█████"), (1, 10, 10, "█"),
        (8, 80, 10, "█"), (7, 80, 10, "▉"), (1, 81, 10, "▏"), (1, 640, 10, "▏"), (1, 100_000, 10, "▏"),
        (3, 16, 2, "▍"), (7, 8, 1, "▉"), (12, 10, 5, "█████"),
    ] as [(Int, Int, Int, String)])
    func proportionalBarsInEighths(value: Int, maximum: Int, width: Int, bar: String) {
        #expect(BarText.proportional(value, of: maximum, width: width) == bar)
    }

    @Test(arguments: [
        ([5, 22, 6, 1, 1], 20, [3, 12, 3, 1, 1]),
        ([1, 0, 0, 0, 0], 10, [10, 0, 0, 0, 0]),
        ([1, 1, 1, 1, 1], 10, [2, 2, 2, 2, 2]),
        ([100, 1, 0, 0, 1], 6, [4, 1, 0, 0, 1]),
        ([0, 0, 0, 0, 0], 8, [0, 0, 0, 0, 0]),
        ([3, 3, 3, 3, 3], 3, [1, 1, 1, 0, 0]),
    ] as [([Int], Int, [Int])])
    func stackedCellsAddUpToTheWidth(counts: [Int], width: Int, cells: [Int]) {
        let got = BarText.stackedCells(counts, width: width)
        #expect(got == cells)
        if counts.reduce(0, +) > 0 { #expect(got.reduce(0, +) == width) }
    }

    @Test func stackedTextUsesOnePatternPerJudgement() {
        #expect(BarText.stacked([2, 1, 1, 1, 0], width: 5) == "██▓▒░")
    }
}
