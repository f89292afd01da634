/// Bars made of block characters, the same on screen and on standard output.
///
/// A proportional bar is measured in eighths of a cell (`▏▎▍▌▋▊▉█`), so two counts a
/// few homes apart still draw differently. A stacked bar (a rating mix) gives each part
/// whole cells in its own pattern (`█ ▓ ▒ ░ ·`), so the parts stay apart without
/// colour; its numbers are always printed beside it.
public enum BarText {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// `value` out of `maximum` as a bar at most `width` cells long, to the nearest
    /// eighth of a cell; any value above zero shows at least an eighth.
    public static func proportional(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let total = max(1, Int((Double(min(value, maximum)) * Double(width * 8) / Double(maximum)).rounded()))
        var bar = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { bar.append(eighths[total % 8 - 1]) }
        return bar
    }

    /// The cells each part gets of `width`, in proportion, by largest remainder so
    /// they add up to `width` exactly; a part above zero gets at least one cell when
    /// there are cells enough.
    public static func stackedCells(_ counts: [Int], width: Int) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0, width > 0 else { return counts.map { _ in 0 } }
        let exact = counts.map { Double($0) * Double(width) / Double(total) }
        var cells = exact.map { Int($0) }
        let nonzero = counts.filter { $0 > 0 }.count
        if nonzero <= width {
            for i in counts.indices where counts[i] > 0 && cells[i] == 0 { cells[i] = 1 }
        }
        // Hand out what is left by largest remainder (or take back what the minimums overspent).
        let order = counts.indices.filter { counts[$0] > 0 }.sorted { exact[$0] - Double(cells[$0]) > exact[$1] - Double(cells[$1]) }
        var k = 0
        while cells.reduce(0, +) < width {
            cells[order[k % order.count]] += 1
            k += 1
        }
        while cells.reduce(0, +) > width, let i = cells.indices.max(by: { cells[$0] < cells[$1] }) { cells[i] -= 1 }
        return cells
    }

    /// The pattern of the i-th part of a rating mix: outstanding, good, RI, inadequate, not rated.
    public static let patterns: [Character] = ["█", "▓", "▒", "░", "·"]

    /// A rating mix as text, one run of pattern per part.
    public static func stacked(_ counts: [Int], width: Int) -> String {
        zip(stackedCells(counts, width: width), patterns).map { String(repeating: $1, count: $0) }.joined()
    }
}
