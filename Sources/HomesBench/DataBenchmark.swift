import Foundation
import HomesData

/// Load, index and query figures at national and large scale.
///
///     homes-bench data [national|large|both] [--keep DIR] [--no-foundation]
///
/// Generates a synthetic snapshot per scale into a temporary directory, then loads
/// it in a child process of this binary (`homes-bench data load FILE`) five times,
/// so each load's peak memory (VmHWM) is its own, and reports the best time (the
/// shared machines this runs on vary by 10-20% from one run to the next). The
/// same file then goes through Foundation's JSONDecoder (also in a child) and
/// `jq '.homes|length'` for comparison.
enum DataBenchmark {
    struct Scale {
        var name: String
        var homes: Int
        var inspectionsPerHome: Double
        var placementsPerHome: Double
    }

    static let scales = [
        Scale(name: "national", homes: 4_500, inspectionsPerHome: 10, placementsPerHome: 33.3),
        Scale(name: "large", homes: 100_000, inspectionsPerHome: 10, placementsPerHome: 30),
    ]

    /// Searches an inspector would type, from the narrow to the broad.
    static let queries = [
        "rating:inadequate", "rating:ri,inadequate", "r:o sector:private", "la:york", "la:leeds rating:good",
        "region:north-west sector:la", "type:secure", "type:school places>=20", "status:suspended,resigned",
        "places>=4", "places:2..3 rating:o", "inspected<2023-06", "inspected>=2024", "registered>=2020",
        "safety:ri", "leaders:inadequate", "oak", "care ltd", "sc10", "north rating:good places<=3",
    ]

    static func run(_ arguments: [String]) {
        switch arguments.first {
        case "load": childLoad(Array(arguments.dropFirst()))
        case "decode": childDecode(Array(arguments.dropFirst()))
        default: parent(arguments)
        }
    }

    // MARK: Parent

    static func parent(_ arguments: [String]) {
        var chosen = scales
        if arguments.contains("national") { chosen = [scales[0]] }
        if arguments.contains("large") { chosen = [scales[1]] }
        let foundation = !arguments.contains("--no-foundation")
        var keep: String?
        if let i = arguments.firstIndex(of: "--keep"), i + 1 < arguments.count { keep = arguments[i + 1] }
        let dir = keep ?? NSTemporaryDirectory() + "homes-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }

        print("data benchmark (targets: national load+index ≤ 0.10 s and ≥ 5× jq; large ≤ 2.5 s; peak ≤ 1.5× file; large p99 query ≤ 2 ms)")
        for scale in chosen {
            let file = "\(dir)/\(scale.name).json"
            if !FileManager.default.fileExists(atPath: file) {
                let t0 = now()
                var snapshot: Snapshot? = SnapshotGenerator(homes: scale.homes, seed: 2024, inspectionsPerHome: scale.inspectionsPerHome,
                                                            placementsPerHome: scale.placementsPerHome).generate()
                var bytes: [UInt8]? = SnapshotWriter().write(snapshot!)
                snapshot = nil
                guard FileManager.default.createFile(atPath: file, contents: Data(bytes!)) else {
                    print("cannot write \(file)")
                    return
                }
                bytes = nil
                print("\n\(scale.name): generated \(file) in \(format(now() - t0)) s")
            } else {
                print("\n\(scale.name): reusing \(file)")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            var best: [String: String] = [:]
            var bestSeconds = Double.infinity
            for run in 0..<5 {
                let result = child(["data", "load", file] + (run == 0 ? ["--queries"] : []))
                guard let seconds = Double(result["seconds"] ?? "") else {
                    print("  load failed: \(result["error"] ?? result.description)")
                    break
                }
                if run == 0 { best.merge(result) { a, _ in a } }
                if seconds < bestSeconds {
                    bestSeconds = seconds
                    best["seconds"] = result["seconds"]
                    best["loadSeconds"] = result["loadSeconds"]
                    best["peakKB"] = result["peakKB"]
                    best["cpuSeconds"] = result["cpuSeconds"]
                    best["loadPeakKB"] = result["loadPeakKB"]
                    best["loadCPUSeconds"] = result["loadCPUSeconds"]
                }
            }
            guard bestSeconds.isFinite else { continue }
            let mb = Double(size) / 1_000_000
            let peak = (Double(best["peakKB"] ?? "0") ?? 0) * 1024
            print("  file            \(format(mb, 1)) MB: \(best["homes"] ?? "?") homes, \(best["inspections"] ?? "?") inspections, \(best["placements"] ?? "?") placements, \(best["children"] ?? "?") children")
            let loadPeak = (Double(best["loadPeakKB"] ?? "0") ?? 0) * 1024
            print("  load            \(format(Double(best["loadSeconds"] ?? "") ?? 0)) s (best of 5); CPU time \(format(Double(best["loadCPUSeconds"] ?? "") ?? 0)) s; peak \(format(loadPeak / 1_000_000, 1)) MB = \(format(loadPeak / Double(max(size, 1)), 2))× file")
            print("  load + index    \(format(bestSeconds)) s (best of 5), \(format(mb / bestSeconds, 0)) MB/s; CPU time \(format(Double(best["cpuSeconds"] ?? "") ?? 0)) s (user + system)")
            print("  peak memory     \(format(peak / 1_000_000, 1)) MB = \(format(peak / Double(max(size, 1)), 2))× file (VmHWM of the loading process)")
            print("  query latency   p50 \(best["p50ms"] ?? "?") ms, p99 \(best["p99ms"] ?? "?") ms, max \(best["maxms"] ?? "?") ms over \(best["queryRuns"] ?? "?") runs of \(queries.count) queries")
            if let q = best["slowestQuery"] { print("  slowest query   \(q)") }
            if let failed = best["queryErrors"], failed != "0" { print("  queries that did not parse: \(failed)") }

            if foundation {
                let decoded = child(["data", "decode", file])
                if let s = Double(decoded["seconds"] ?? "") {
                    let p = (Double(decoded["peakKB"] ?? "0") ?? 0) * 1024
                    print("  JSONDecoder     \(format(s)) s, peak \(format(p / 1_000_000, 0)) MB (\(format(s / bestSeconds, 1))× our load + index)")
                } else {
                    print("  JSONDecoder     failed: \(decoded["error"] ?? decoded.description)")
                }
            }
            if let jq = jqSeconds(file) {
                print("  jq .homes|length \(format(jq)) s (\(format(jq / bestSeconds, 1))× our load + index)")
            } else {
                print("  jq              not installed (apt-get install jq)")
            }
        }
    }

    /// Runs this binary with `arguments`; parses its `key=value` lines.
    static func child(_ arguments: [String]) -> [String: String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
                                : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0])
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch { return ["error": "\(error)"] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        var out: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            out[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        if p.terminationStatus != 0 && out["error"] == nil { out["error"] = "exit status \(p.terminationStatus)" }
        return out
    }

    static func jqSeconds(_ file: String) -> Double? {
        guard let jq = ["/usr/bin/jq", "/usr/local/bin/jq"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: jq)
        p.arguments = [".homes|length", file]
        p.standardOutput = FileHandle.nullDevice
        let t0 = now()
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? now() - t0 : nil
    }

    // MARK: Children

    /// `homes-bench data load FILE [--queries]`: load and index once, print figures.
    static func childLoad(_ arguments: [String]) {
        guard let file = arguments.first else { print("error=usage: homes-bench data load FILE"); return }
        let t0 = now()
        let loaded: LoadedSnapshots
        do {
            loaded = try SnapshotLoader.load(paths: [file], options: LoadOptions())
        } catch {
            print("error=\(error.description)")
            exit(1)
        }
        let t1 = now()
        let loadPeak = peakKilobytes()
        let loadCPU = cpuSeconds()
        let index = SnapshotIndex(loaded)
        let t2 = now()
        let s = loaded.current
        print("seconds=\(t2 - t0)")
        print("cpuSeconds=\(cpuSeconds())")
        print("loadSeconds=\(t1 - t0)")
        print("peakKB=\(peakKilobytes())")
        print("loadPeakKB=\(loadPeak)")
        print("loadCPUSeconds=\(loadCPU)")
        print("homes=\(s.homes.count)")
        print("inspections=\(s.inspections.count)")
        print("placements=\(s.placements.count)")
        print("children=\(s.children.count)")
        print("problems=\(loaded.problems.count)")
        guard arguments.contains("--queries") else { return }
        var samples: [Double] = []
        var slowest: [String: Double] = [:]
        var errors = 0
        var total = 0
        for _ in 0..<25 {
            for q in queries {
                let a = now()
                guard let query = try? Query.parse(q, index: index) else { errors += 1; continue }
                total &+= index.matches(query).count
                let t = now() - a
                samples.append(t)
                slowest[q] = max(slowest[q] ?? 0, t)
            }
        }
        samples.sort()
        if let (q, t) = slowest.max(by: { $0.value < $1.value }) { print("slowestQuery=\(q) (\(format(t * 1000, 3)) ms at worst)") }
        func pct(_ p: Double) -> String {
            guard !samples.isEmpty else { return "?" }
            return format(samples[min(samples.count - 1, Int(Double(samples.count) * p))] * 1000, 3)
        }
        print("p50ms=\(pct(0.5))")
        print("p99ms=\(pct(0.99))")
        print("maxms=\(format((samples.last ?? 0) * 1000, 3))")
        print("queryRuns=\(samples.count)")
        print("queryErrors=\(errors / 25)")
        print("matchedTotal=\(total)")
    }

    /// `homes-bench data decode FILE`: the same file through Foundation's JSONDecoder.
    static func childDecode(_ arguments: [String]) {
        guard let file = arguments.first else { print("error=usage: homes-bench data decode FILE"); return }
        let t0 = now()
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let doc = try JSONDecoder().decode(CodableSnapshot.self, from: data)
            print("seconds=\(now() - t0)")
            print("peakKB=\(peakKilobytes())")
            print("homes=\(doc.homes.count)")
        } catch {
            print("error=\(error)")
            exit(1)
        }
    }

    // MARK: Measuring

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// CPU time used so far (user + system): on a shared machine this, not the wall
    /// clock, says what the code costs.
    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(u.ru_utime) + s(u.ru_stime)
    }

    /// This process's peak resident memory (VmHWM), in kB.
    static func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    static func format(_ v: Double, _ decimals: Int = 3) -> String { String(format: "%.\(decimals)f", v) }
}

/// The snapshot format as Codable structs, for the JSONDecoder comparison.
struct CodableSnapshot: Decodable {
    struct Metadata: Decodable {
        var format: String, schemaVersion: Int, snapshotDate: String, source: String, licence: String
        var syntheticPlacements: Bool, notes: String?
    }
    struct AuthorityInspection: Decodable {
        var date: String, overall: String?, leaders: String?, helpAndProtection: String?, childrenInCare: String?
    }
    struct Authority: Decodable { var code: String, name: String, region: String, inspection: AuthorityInspection? }
    struct Inspection: Decodable {
        var eventNumber: Int64, eventType: String, date: String, published: String?
        var overall: String?, helpedAndProtected: String?, leadersAndManagers: String?, education: String?, health: String?
    }
    struct Home: Decodable {
        var urn: String, name: String?, provisionType: String, sector: String?, organisation: String?
        var localAuthority: String?, ofstedRegion: String?, region: String?, places: Int?, registrationDate: String?
        var status: String?, closureDate: String?, shortBreakOnly: Bool?, multiBuilding: Bool?, registeredFor: [String]?
        var inspections: [Inspection]
    }
    struct Placement: Decodable {
        var child: String, home: String, start: String, end: String?, placingAuthority: String, placementType: String
        var reasonNewEpisode: String, reasonCeased: String?, reasonPlaceChange: String?, planned: Bool?
    }
    var metadata: Metadata
    var localAuthorities: [Authority]
    var homes: [Home]
    var placements: [Placement]
}
