import Foundation
import HomesData
import HomesBrowser

/// Figures for the grouped views (issue 10), at 100,000 homes and about 3,000,000
/// placements, from a key arriving in `BrowserApp.handle` to the whole grid drawn:
///
///     homes-bench groups [--homes N] [--placements-per-home P] [--seed S] [--part summary|children|authority]
///
/// Targets: regrouping the summary ≤ 16 ms p99 with the redraw; opening the children
/// list ≤ 150 ms; narrowing it ≤ 5 ms p99 a keystroke; the authority card ≤ 20 ms.
enum GroupsBenchmark {
    static func run(_ arguments: [String]) {
        guard let options = BenchArguments(arguments, known: ["--homes", "--placements-per-home", "--seed", "--part"], benchmark: "groups") else { return }
        let homes = options.int("--homes", 100_000)
        let perHome = options.double("--placements-per-home", 30)
        let seed = options.seed(42)
        let g0 = now()
        let snapshot = SnapshotGenerator(homes: homes, seed: seed, placementsPerHome: perHome).generate()
        let g1 = now()
        let index = SnapshotIndex(snapshot)
        let g2 = now()
        print("== groups benchmark: \(homes) homes, \(snapshot.placements.count) placements, \(snapshot.children.count) children "
              + "(generated \(f(ms(g0, g1))) ms, indexed \(f(ms(g1, g2))) ms) ==")
        // One part alone, to profile it (`perf record`) without the others.
        let part = options.string("--part")
        for (width, height) in [(80, 24), (200, 50)] {
            if part == nil || part == "summary" { summary(index, width: width, height: height) }
            if part == nil || part == "children" { children(index, width: width, height: height) }
            if part == nil || part == "authority" { authority(index, width: width, height: height) }
        }
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(b - a) / 1_000_000 }
    static func f(_ x: Double) -> String { String(format: "%.2f", x) }

    /// One key handled and the grid drawn, in milliseconds.
    static func key(_ app: inout BrowserApp, _ event: KeyEvent, width: Int, height: Int) -> Double {
        let t0 = now()
        _ = app.handle(event)
        let grid = app.draw(width: width, height: height)
        let t1 = now()
        precondition(grid.width == width)
        return ms(t0, t1)
    }

    static func percentiles(_ times: [Double]) -> String {
        let t = times.sorted()
        return "p50 \(f(t[t.count / 2])) ms, p99 \(f(t[min(t.count - 1, Int(Double(t.count) * 0.99))])) ms, max \(f(t.last!)) ms over \(t.count) keys"
    }

    static func summary(_ index: SnapshotIndex, width: Int, height: Int) {
        var app = BrowserApp(index: index, title: "bench", colour: true, width: width, height: height)
        let open = key(&app, .character("S"), width: width, height: height)
        // The first grouping by owner works out every owner's normalised name, once.
        var firstOwner = 0.0
        for g in 0..<GroupBy.allCases.count {
            let t = key(&app, .tab, width: width, height: height)
            if g == 1 { firstOwner = t }
        }
        // Each grouping worked out afresh: the summary reopened, so none is remembered.
        var regroup: [Double] = []
        var slowest = [Double](repeating: 0, count: GroupBy.allCases.count)
        for _ in 0..<8 {
            _ = app.handle(.character("q"))
            _ = app.handle(.character("S"))
            for g in 0..<GroupBy.allCases.count {
                let t = key(&app, .tab, width: width, height: height)
                let shown = (g + 1) % GroupBy.allCases.count // Tab from grouping g shows g + 1
                regroup.append(t)
                slowest[shown] = max(slowest[shown], t)
            }
        }
        // Back to groupings already shown on this screen.
        var again: [Double] = []
        for _ in 0..<5 { for _ in GroupBy.allCases { again.append(key(&app, .tab, width: width, height: height)) } }
        var narrow: [Double] = [key(&app, .character("/"), width: width, height: height)]
        for _ in 0..<5 {
            for c in "north" { narrow.append(key(&app, .character(c), width: width, height: height)) }
            for _ in 0..<5 { narrow.append(key(&app, .backspace, width: width, height: height)) }
        }
        _ = app.handle(.enter)
        let enter = key(&app, .enter, width: width, height: height)
        print("summary at \(width)x\(height): open \(f(open)) ms; regroup (Tab) + redraw, each grouping worked out \(percentiles(regroup)) "
              + "(budget 16 ms); first grouping by owner \(f(firstOwner)) ms (owners' names normalised once)")
        print("  Tab back to a grouping already shown \(percentiles(again))")
        print("  slowest regroup by " + zip(GroupBy.allCases, slowest).map { "\($0.rawValue) \(f($1))" }.joined(separator: ", ") + " ms")
        print("  / narrowing the groups \(percentiles(narrow)); Enter back to the narrowed list \(f(enter)) ms")
    }

    static func children(_ index: SnapshotIndex, width: Int, height: Int) {
        var app = BrowserApp(index: index, title: "bench", colour: true, width: width, height: height)
        let open = key(&app, .character("C"), width: width, height: height)
        var typing: [Double] = []
        var slowest: [(ms: Double, text: String)] = []
        let typed = "moves>=2 placed-by:leeds ongoing"
        for round in 0..<4 {
            _ = app.handle(.character("/"))
            var times: [Double] = []
            for c in typed { times.append(key(&app, .character(c), width: width, height: height)) }
            for _ in typed { times.append(key(&app, .backspace, width: width, height: height)) }
            _ = app.handle(.escape)
            guard round > 0 else { continue } // the first round warms up
            typing += times
            // The query each key left, to say which keys are the slow ones.
            let texts = (1...typed.count).map { String(typed.prefix($0)) } + (0..<typed.count).reversed().map { String(typed.prefix($0)) }
            slowest = (slowest + zip(times, texts).map { ($0, $1) }).sorted { $0.ms > $1.ms }.prefix(3).map { $0 }
        }
        _ = app.handle(.character("/"))
        var reference: [Double] = []
        for c in "C12" { reference.append(key(&app, .character(c), width: width, height: height)) }
        _ = app.handle(.escape)
        let sort = key(&app, .character("1"), width: width, height: height)
        let journey = key(&app, .enter, width: width, height: height)
        print("children at \(width)x\(height): open \(f(open)) ms (budget 150 ms); narrowing \"\(typed)\" typed and erased "
              + "\(percentiles(typing)) (budget 5 ms)")
        print("  slowest narrowing keys: " + slowest.map { "'\($0.text)' \(f($0.ms)) ms" }.joined(separator: ", "))
        print("  free text on references (first use folds them) \(reference.map(f).joined(separator: ", ")) ms; "
              + "sort by reference \(f(sort)) ms; Enter to a journey \(f(journey)) ms")
        // What opening costs, worked out again apart: the table (a pass over the placements) and the first order.
        let t0 = now()
        let table = ChildTable(index: index)
        let t1 = now()
        _ = table.order(by: .moves, descending: true)
        let t2 = now()
        print("  of the open, afresh: the table \(f(ms(t0, t1))) ms, ordered by moves \(f(ms(t1, t2))) ms")
    }

    static func authority(_ index: SnapshotIndex, width: Int, height: Int) {
        var app = BrowserApp(index: index, title: "bench", colour: true, width: width, height: height)
        _ = app.handle(.character("S"))
        var times: [Double] = []
        for _ in 0..<20 {
            times.append(key(&app, .character("a"), width: width, height: height))
            _ = app.handle(.character("q"))
            _ = app.handle(.down)
        }
        let first = times.removeFirst()
        print("authority card at \(width)x\(height): first \(f(first)) ms (cold: placements by placing authority grouped now; `homes` groups them in the background at launch, as this is at 200x50), "
              + "then \(percentiles(times)) (budget 20 ms)")
    }
}
