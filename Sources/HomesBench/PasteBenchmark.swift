import Foundation
import HomesData
import HomesBrowser

/// Pastes and sort switching at large scale (browser core, no terminal):
/// - a paste of 300 and of 2,000 characters into the query line (and of 2,000 into the
///   children's own line), from the first byte
///   handled to the grid drawn after the last: as one batch of keys (what the terminal
///   adapter drains) and as a bracketed paste; 300 characters also one key at a time with
///   the query run for each, as before batching; and the worst case, a paste whose every
///   prefix has an error (an unclosed quote);
/// - switching the sort column (`s` through every column): the first time, with nothing
///   prepared and after the orders `homes` sorts in the background at launch, then again
///   with every order kept.
///
///   homes-bench paste [--homes N] [--seed S] [--rounds R] [--only pastes|sorts]
enum PasteBenchmark {
    static func run(_ arguments: [String]) {
        guard let options = BenchArguments(arguments, known: ["--homes", "--seed", "--rounds", "--only"], benchmark: "paste") else { return }
        let homes = options.int("--homes", 100_000)
        let seed = options.seed(42)
        let rounds = max(1, options.int("--rounds", 3))
        print("== paste and sort benchmark (browser core, no terminal), \(homes) homes, min of \(rounds) rounds ==")
        let index = SnapshotIndex(SnapshotGenerator(homes: homes, seed: seed).generate())
        let only = options.string("--only")
        if only != "sorts" {
            pastes(index, rounds: rounds)
            childPastes(index, rounds: rounds)
        }
        if only != "pastes" { sorts(index, rounds: rounds) }
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(_ start: UInt64) -> Double { Double(now() - start) / 1_000_000 }
    static func format(_ ms: Double) -> String { String(format: "%.2f", ms) }

    /// Clauses an inspector might paste, repeated to `length` characters (spaces pad the
    /// end, so the text parses whatever the length).
    static func pasteText(_ length: Int) -> String {
        let clauses = ["la:leeds", "rating:good,outstanding", "places>=1", "sector:private", "type:home"]
        var text = ""
        var i = 0
        while text.count + clauses[i % clauses.count].count + 1 <= length {
            text += clauses[i % clauses.count] + " "
            i += 1
        }
        return text + String(repeating: " ", count: length - text.count)
    }

    /// The fastest of `rounds` runs of `body`, each on a fresh app.
    static func fastest(_ rounds: Int, _ index: SnapshotIndex, _ body: (inout BrowserApp) -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<rounds {
            var app = BrowserApp(index: index, title: "bench", colour: true, width: 80, height: 24)
            body(&app)
            best = min(best, lastTime)
        }
        return best
    }

    nonisolated(unsafe) static var lastTime = 0.0

    static func pastes(_ index: SnapshotIndex, rounds: Int) {
        for length in [300, 2_000] {
            let text = pasteText(length)
            let keys = text.map { KeyEvent.character($0) }
            var shown = ""
            var handling = Double.infinity
            let batch = fastest(rounds, index) { app in
                _ = app.handle(.character("/"))
                let t0 = now()
                _ = app.handle(keys)
                handling = min(handling, ms(t0))
                let grid = app.draw(width: 80, height: 24)
                lastTime = ms(t0)
                shown = grid.lines[23]
            }
            let bracketed = fastest(rounds, index) { app in
                let t0 = now()
                _ = app.handle(.paste(text))
                _ = app.draw(width: 80, height: 24)
                lastTime = ms(t0)
            }
            print("paste of \(length) characters settles in \(format(batch)) ms as one batch of keys, "
                  + "\(format(bracketed)) ms as a bracketed paste (target 50 ms for 2,000)")
            print("  of which handling the keys \(format(handling)) ms, the rest drawing")
            var parsing = Double.infinity, matching = Double.infinity
            for _ in 0..<rounds {
                let t0 = now()
                guard let query = try? Query.parse(text, index: index) else { break }
                parsing = min(parsing, ms(t0))
                let t1 = now()
                _ = index.selection(query)
                matching = min(matching, ms(t1))
            }
            print("  the query alone: parsed in \(format(parsing)) ms, matched in \(format(matching)) ms")
            print("  status line after it:\(shown.trimmingCharacters(in: .whitespaces).isEmpty ? "" : " " + shown.trimmingCharacters(in: .whitespaces))")
            if length <= 300 {
                let single = fastest(1, index) { app in
                    _ = app.handle(.character("/"))
                    let t0 = now()
                    for key in keys { _ = app.handle(key) }
                    _ = app.draw(width: 80, height: 24)
                    lastTime = ms(t0)
                }
                print("  one key at a time, the query run for each (before batching): \(format(single)) ms")
            }
            let unclosed = "\"" + String(text.dropFirst())
            let worst = fastest(1, index) { app in
                _ = app.handle(.character("/"))
                let t0 = now()
                _ = app.handle(unclosed.map { KeyEvent.character($0) })
                _ = app.draw(width: 80, height: 24)
                lastTime = ms(t0)
            }
            print("  worst case, every prefix an error (an unclosed quote first): \(format(worst)) ms")
        }
    }

    /// A paste of 2,000 characters into the children's own `/` line (every child of the
    /// placements: 1.6 million at 100,000 homes), one clause repeated and several: the
    /// first straight after opening the list (the search of references still being made
    /// in the background, as `C` starts it), then again once it is made.
    static func childPastes(_ index: SnapshotIndex, rounds: Int) {
        for (name, clause) in [("one clause repeated", "C12 "), ("clauses in turn", "moves>=1 ongoing placed-by:leeds ")] {
            let whole = String(repeating: clause, count: 2_000 / clause.count)
            let text = whole + String(repeating: " ", count: 2_000 - whole.count)
            var shown = ""
            var first = Double.infinity, again = Double.infinity
            for _ in 0..<rounds {
                var app = BrowserApp(index: index, title: "bench", colour: true, width: 80, height: 24)
                _ = app.handle([.character("C"), .character("/")])
                for pass in 0..<2 {
                    _ = app.handle(.control("u"))
                    let t0 = now()
                    _ = app.handle(.paste(text))
                    let grid = app.draw(width: 80, height: 24)
                    if pass == 0 { first = min(first, ms(t0)) } else { again = min(again, ms(t0)) }
                    shown = grid.lines[23].trimmingCharacters(in: .whitespaces)
                }
            }
            print("paste of 2,000 characters into the children's / line (\(name)): \(format(first)) ms straight after C, "
                  + "\(format(again)) ms again: \(shown)")
        }
    }

    /// Each column's first switch, with nothing prepared (a sort of every home) and after
    /// the orders `homes` makes in the background at launch; then every switch again.
    /// Each round has fresh indexes, so no order is left from an earlier round.
    static func sorts(_ index: SnapshotIndex, rounds: Int) {
        for query in ["", "rating:good,outstanding"] {
            var cold: [Double] = [], first: [Double] = [], warm: [Double] = [], launch: [Double] = []
            for _ in 0..<rounds {
                cold += switches(SnapshotIndex(index.snapshot), query: query, passes: 1)[0]
                let prepared = SnapshotIndex(index.snapshot)
                let t0 = now()
                for key in SortKey.allCases { _ = prepared.order(by: key, descending: false) }
                launch.append(ms(t0))
                let times = switches(prepared, query: query, passes: 2)
                first += times[0]
                warm += times[1]
            }
            if query.isEmpty { print("the launch's background sorting (every column's order, one core): \(format(launch.min()!)) ms") }
            let label = query.isEmpty ? "every open home" : "'\(query)'"
            for (name, var times) in [("first time, nothing prepared (a sort)", cold),
                                      ("first time, after the launch's sorting", first), ("every order kept", warm)] {
                times.sort()
                let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
                print("sort switch (s) over \(ListColumn.allCases.count) columns, \(label), \(name): min \(format(times[0])) ms, "
                      + "p50 \(format(times[times.count / 2])) ms, p99 \(format(p99)) ms, max \(format(times.last!)) ms (frame 16 ms)")
            }
        }
    }

    /// The time of each `s` (and the redraw after it) through every column, `passes` times.
    static func switches(_ index: SnapshotIndex, query: String, passes: Int) -> [[Double]] {
        var app = BrowserApp(index: index, title: "bench", colour: true, width: 80, height: 24)
        if !query.isEmpty { _ = app.handle([.character("/")] + query.map { .character($0) } + [.enter]) }
        return (0..<passes).map { _ in
            ListColumn.allCases.map { _ in
                let t0 = now()
                _ = app.handle(.character("s"))
                _ = app.draw(width: 80, height: 24)
                return ms(t0)
            }
        }
    }
}
