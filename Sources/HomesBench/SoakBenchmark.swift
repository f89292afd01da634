import Foundation
import HomesData
import HomesBrowser

/// `homes-bench soak`: drives the browser core through random events (`SoakEvents`) on a
/// national-scale generated snapshot, drawing after each, and checks the state's
/// invariants after every one. Prints resident memory (current from /proc/self/statm,
/// peak from getrusage) and the time per 10,000 events as it goes, and at the end the
/// first and last windows side by side: memory flat and no slowing down is the pass.
///
///   homes-bench soak [--actions N] [--homes N] [--seed S]
///
/// A broken invariant stops it with the seed and the step, to replay exactly.
enum SoakBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        guard let options = BenchArguments(arguments, known: ["--actions", "--homes", "--seed"], benchmark: "soak") else { return 64 }
        let actions = max(1, options.int("--actions", 1_000_000))
        let homes = options.int("--homes", 4_500)
        let seed = options.seed(1)
        print("== soak: \(actions) random events on \(homes) generated homes, seed \(seed) ==")
        let snapshot = SnapshotGenerator(homes: homes, seed: seed).generate()
        let index = SnapshotIndex(snapshot)
        print("snapshot: \(snapshot.homes.count) homes, \(snapshot.placements.count) placements; " + memory())
        fflush(nil)
        var app = BrowserApp(index: index, title: "soak", colour: true, width: 80, height: 24)
        var events = SoakEvents(seed: seed)
        let window = 10_000
        var windowStart = now(), windowCPU = cpuTime()
        var windows: [(step: Int, ms: Double, cpu: Double, rss: Int, peak: Int)] = []
        var effects = 0
        for step in 1...actions {
            let event = events.next(for: app)
            if app.handle(event) != .none { effects += 1 }  // quit and suspend are the adapter's: the soak goes on
            let grid = app.draw(width: app.state.width, height: app.state.terminalHeight)
            if grid.lines.count != app.state.terminalHeight {
                print("FAIL at step \(step) (seed \(seed)) after \(event): drew \(grid.lines.count) lines for \(app.state.terminalHeight)")
                return 1
            }
            if let problem = app.state.brokenInvariant {
                print("FAIL at step \(step) (seed \(seed)) after \(event): \(problem)")
                print("replay: homes-bench soak --homes \(homes) --seed \(seed) --actions \(step)")
                return 1
            }
            if step % window == 0 || step == actions {
                let ms = Double(now() - windowStart) / 1_000_000
                let cpu = cpuTime() - windowCPU
                windows.append((step, ms, cpu, currentRSS(), peakRSS()))
                if windows.count <= 3 || step % (window * 5) == 0 || step == actions {
                    let s = app.state
                    print("step \(step): \(format(ms)) ms (CPU \(format(cpu)) ms) for the last \(step % window == 0 ? window : step % window) events; "
                          + memory() + "; screens \(s.stack.count + 1), history \(s.history.entries.count), saved \(s.savedQueries.entries.count), marks \(s.marks.count)")
                    fflush(nil)  // shown as it goes, even into a file
                }
                windowStart = now()
                windowCPU = cpuTime()
            }
        }
        if let first = windows.first, let last = windows.last {
            // The first window warms caches (sort orders, recent results): compare the
            // second with the last when there is one.
            let base = windows.count > 2 ? windows[1] : first
            print("first windows: \(format(base.ms)) ms (CPU \(format(base.cpu)) ms) per \(window) events at step \(base.step), current RSS \(base.rss / 1024) MiB, peak \(base.peak / 1024) MiB")
            print("last window:   \(format(last.ms)) ms (CPU \(format(last.cpu)) ms) at step \(last.step), current RSS \(last.rss / 1024) MiB, peak \(last.peak / 1024) MiB")
            print("CPU per window: slowest \(format(windows.map(\.cpu).max()!)) ms, fastest \(format(windows.map(\.cpu).min()!)) ms; "
                  + "\(effects) quit/suspend requests ignored; every invariant held after every event")
        }
        return 0
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// User and system CPU time of the process, ms: on a shared machine the wall clock
    /// says how busy the others are; this says whether the browser itself slowed down.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
        let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    static func format(_ ms: Double) -> String { String(format: "%.1f", ms) }

    /// Peak resident memory so far, KiB (Linux reports ru_maxrss in KiB).
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }

    /// Resident memory now, KiB: the second field of /proc/self/statm, in pages.
    static func currentRSS() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }

    static func memory() -> String { "RSS \(currentRSS() / 1024) MiB, peak \(peakRSS() / 1024) MiB" }
}
