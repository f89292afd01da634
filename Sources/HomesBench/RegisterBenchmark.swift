import Foundation
import HomesData

/// Figures for the register over time:
///
///     homes-bench register [--ofsted DIR] [--homes N]
///
/// - changes between two national-scale snapshots (target ≤ 20 ms);
/// - opening a directory of 12 monthly snapshots made from Ofsted's real 2023 files
///   (about 2.5 MB each), load and index (target ≤ 0.15 s);
/// - the open-register default against the same queries over every home, at
///   100,000 homes (target: no measurable cost; keystroke p99 stays ≤ 2 ms, which
///   `homes-bench browser` measures end to end).
enum RegisterBenchmark {
    static func run(_ arguments: [String]) {
        var ofsted = "Resources/ofsted/2023"
        var large = 100_000
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--ofsted": ofsted = value; i += 1
            case "--homes": large = Int(value) ?? large; i += 1
            default: print("register benchmark: unknown option \(arguments[i])"); return
            }
            i += 1
        }
        let dir = NSTemporaryDirectory() + "homes-register-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        print("== register benchmark (targets: changes ≤ 20 ms at national scale; 12 real snapshots open ≤ 0.15 s; open default costs nothing) ==")
        nationalChanges(dir: dir + "/national")
        twelveSnapshots(ofsted: ofsted, dir: dir + "/monthly")
        openDefault(homes: large)
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(b - a) / 1_000_000 }
    static func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

    static func write(_ s: Snapshot, to path: String) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(SnapshotWriter().write(s)))
    }

    /// p50 and max of `runs` timings of `body`, in milliseconds.
    static func timings(_ runs: Int, _ body: () -> Void) -> (p50: Double, p99: Double, max: Double) {
        var t: [Double] = []
        for _ in 0..<runs {
            let a = now()
            body()
            t.append(ms(a, now()))
        }
        t.sort()
        return (t[t.count / 2], t[min(t.count - 1, Int(Double(t.count) * 0.99))], t.last!)
    }

    static func nationalChanges(dir: String) {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let older = SnapshotGenerator(homes: 4_500, seed: 2024, placementsPerHome: 33.3).generate()
        let newer = SnapshotEvolution(months: 12, seed: 7).evolve(older)
        guard write(older, to: dir + "/a.json"), write(newer, to: dir + "/b.json") else { print("cannot write \(dir)"); return }
        let t0 = now()
        guard let loaded = try? SnapshotLoader.load(paths: [dir], options: LoadOptions()) else { print("  the two snapshots did not load"); return }
        let index = SnapshotIndex(loaded)
        let t1 = now()
        var changes: [RegisterChange] = []
        let all = timings(50) { changes = loaded.timeline.changes(from: 0, to: 1, current: loaded.current) }
        let masks = timings(50) { _ = loaded.timeline.latestChangeMasks(current: loaded.current) }
        print("\nnational: two snapshots a year apart (\(older.homes.count) and \(newer.homes.count) homes, \(loaded.current.placements.count) placements)")
        print("  load both + index  \(f(ms(t0, t1) / 1000, 3)) s")
        print("  changes            p50 \(f(all.p50)) ms, max \(f(all.max)) ms over 50 runs: \(changes.count) changes")
        print("                     \(ChangeResults.countsLine(changes))")
        print("  changed: column    p50 \(f(masks.p50)) ms (built with the index)")
        _ = index
    }

    static func twelveSnapshots(ofsted: String, dir: String) {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: ofsted).filter({ $0.hasSuffix(".csv") }), !names.isEmpty else {
            print("\n12 snapshots: no Ofsted CSVs in \(ofsted) (run from the repository, or give --ofsted DIR)")
            return
        }
        var importer = OfstedImport()
        for n in names.sorted() { importer.add(path: ofsted + "/" + n) }
        var snapshot = importer.build().snapshot
        var sizes: [Int] = []
        for month in 0..<12 {
            if month > 0 { snapshot = SnapshotEvolution(months: 1, seed: UInt64(month)).evolve(snapshot) }
            let path = dir + "/\(snapshot.metadata.snapshotDate.iso).json"
            let bytes = SnapshotWriter().write(snapshot)
            sizes.append(bytes.count)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { print("cannot write \(path)"); return }
        }
        var best = Double.infinity, bestLoad = Double.infinity
        var editions = 0, homes = 0, problems = 0
        for _ in 0..<5 {
            let t0 = now()
            guard let loaded = try? SnapshotLoader.load(paths: [dir], options: LoadOptions()) else { print("  did not load"); return }
            let t1 = now()
            let index = SnapshotIndex(loaded)
            let t2 = now()
            best = min(best, ms(t0, t2))
            bestLoad = min(bestLoad, ms(t0, t1))
            editions = loaded.timeline.editions.count
            homes = index.count
            problems = loaded.problems.count
        }
        let mb = Double(sizes.reduce(0, +)) / 1_000_000
        print("\n12 monthly snapshots from Ofsted's real 2023 files (\(f(Double(sizes.min()!) / 1_000_000, 1))–\(f(Double(sizes.max()!) / 1_000_000, 1)) MB each, \(f(mb, 1)) MB in all)")
        print("  open the directory \(f(best / 1000, 3)) s load + combine + index (best of 5; load + combine \(f(bestLoad / 1000, 3)) s): \(editions) editions, \(homes) homes, \(problems) problems")
    }

    static func openDefault(homes: Int) {
        let snapshot = SnapshotGenerator(homes: homes, seed: 42).generate()
        let index = SnapshotIndex(snapshot)
        let queries = DataBenchmark.queries.compactMap { try? Query.parse($0, index: index) }
        var open: [Double] = [], every: [Double] = []
        for _ in 0..<20 {
            for q in queries {
                var a = now()
                _ = index.matches(q)
                open.append(ms(a, now()))
                a = now()
                _ = index.matches(q, openByDefault: false)
                every.append(ms(a, now()))
            }
        }
        func p(_ t: [Double], _ q: Double) -> String { f(t.sorted()[min(t.count - 1, Int(Double(t.count) * q))], 3) }
        print("\n\(homes) homes (\(index.openCount) open): \(queries.count) queries × 20")
        print("  open at the snapshot date (default)  p50 \(p(open, 0.5)) ms, p99 \(p(open, 0.99)) ms")
        print("  every home (status:any)              p50 \(p(every, 0.5)) ms, p99 \(p(every, 0.99)) ms")
    }
}
