import ArgumentParser
import Foundation
import HomesData

/// `homes generate`: writes a synthetic snapshot of any size, for trying the browser
/// and measuring the loader without real (confidential) placement records.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic snapshot: made-up homes, inspections, children and placements.",
        discussion: "The same arguments always give the same bytes. Everything in the file is made up "
            + "except the names, codes and regions of the 153 English local authorities."
    )

    @Option(name: .long, parsing: .unconditional, help: "How many homes to make.")
    var homes: String?

    @Option(name: .long, help: ArgumentHelp(
        "Instead of new homes, a later snapshot of this one's register: some homes close, new ones register, some are inspected again, a few change places, owner or suspension.",
        valueName: "snapshot"))
    var from: String?

    @Option(name: .long, parsing: .unconditional, help: "With --from: how many months later (default 12).")
    var months: String = "12"

    @Option(name: .long, parsing: .unconditional, help: "Seed for the generator (0 to 18446744073709551615).")
    var seed: String = "1"

    @Option(name: .long, help: "Where to write the snapshot (JSON).")
    var out: String

    @Option(name: .long, parsing: .unconditional, help: "Snapshot date, yyyy-mm-dd.")
    var date: String = "2025-03-31"

    @Option(name: .long, parsing: .unconditional, help: "Average inspections per home.")
    var inspectionsPerHome: String = "10"

    @Option(name: .long, parsing: .unconditional, help: "Average placements per home.")
    var placementsPerHome: String = "33"

    /// Checked before anything is generated, so a mistake costs no waiting and the
    /// message comes with this command's usage.
    func validate() throws {
        switch (homes, from) {
        case (nil, nil): throw ValidationError("give --homes N for a new snapshot, or --from SNAPSHOT for a later one of the same register")
        case (.some, .some): throw ValidationError("--homes and --from cannot be used together: --from keeps the homes of SNAPSHOT")
        default: break
        }
        if from != nil, Int(months).map({ (1...120).contains($0) }) != true {
            throw ValidationError("--months must be a whole number from 1 to 120, not '\(months)'")
        }
        _ = try settings()
        try GenerateSettings.checkWritable(URL(fileURLWithPath: out))
    }

    private func settings() throws -> GenerateSettings {
        try GenerateSettings(homes: homes ?? "1", seed: seed, date: date, inspectionsPerHome: inspectionsPerHome,
                             placementsPerHome: placementsPerHome)
    }

    /// A new snapshot, or (with `--from`) a later one of the given snapshot's register.
    private func make(_ settings: GenerateSettings) throws -> Snapshot {
        guard let from else {
            let progress = ProgressCounter()
            let homes = settings.homes
            return ProgressLine.around({ elapsed in
                // Placements are made bed by bed and then linked into journeys: no count
                // of that work means anything, so that phase shows only the time taken.
                let done = Int(progress.done)
                let what = "Generating \(homes.formatted(.number.grouping(.automatic))) homes"
                if done < homes { return ProgressWording.counting(done, of: homes, "homes", elapsed: elapsed, doing: what + ", drawing") }
                if done < 2 * homes { return ProgressWording.counting(done - homes, of: homes, "homes", elapsed: elapsed, doing: what + ", inspecting") }
                return what + ", placing children · \(ProgressWording.seconds(elapsed))"
            }) {
                SnapshotGenerator(homes: settings.homes, seed: settings.seed, snapshotDate: settings.date,
                                  inspectionsPerHome: settings.inspectionsPerHome,
                                  placementsPerHome: settings.placementsPerHome).generate(progress: progress)
            }
        }
        let older: Snapshot
        do {
            older = try SnapshotLoader.loadFile(from, options: LoadOptions()).0
        } catch {
            for p in error.problems { StandardError.write("Error: \(p)") }
            throw ExitCode(2)
        }
        return SnapshotEvolution(months: Int(months)!, seed: settings.seed).evolve(older)
    }

    func run() throws {
        let settings = try settings()

        let clock = ContinuousClock()
        let started = clock.now
        let cpuStarted = clock_t_seconds()
        let snapshot = try make(settings)
        let generated = clock.now
        let cpuGenerated = clock_t_seconds()
        let bytes = ProgressLine.around({ elapsed in "Writing \(snapshot.homes.count) homes to \(out) · \(ProgressWording.seconds(elapsed))" }) {
            SnapshotWriter().write(snapshot)
        }
        do {
            // The buffer is written as it is, not copied: large snapshots are hundreds of MB.
            try bytes.withUnsafeBytes { buffer in
                try AtomicFile.write(buffer, to: out, overwrite: true)
            }
        } catch {
            FileHandle.standardError.write(Data("homes generate: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let written = clock.now
        let cpuWritten = clock_t_seconds()
        func seconds(_ d: Duration) -> String {
            let ms = Int(d.components.seconds) * 1000 + Int(d.components.attoseconds / 1_000_000_000_000_000)
            return "\(ms / 1000).\(String(ms % 1000 + 1000).dropFirst()) s"
        }
        print("wrote \(out): \(snapshot.homes.count) homes, \(snapshot.inspections.count) inspections, "
            + "\(snapshot.children.count) children, \(snapshot.placements.count) placements, "
            + "\(snapshot.localAuthorities.count) authorities")
        func cpu(_ s: Double) -> String { "\(Int(s))." + String(Int(s * 1000) % 1000 + 1000).dropFirst() + " s CPU" }
        print("\(bytes.count) bytes; generated in \(seconds(generated - started)) (\(cpu(cpuGenerated - cpuStarted))), "
            + "written in \(seconds(written - generated)) (\(cpu(cpuWritten - cpuGenerated)))")
    }
}

/// Processor time used so far: on a shared machine wall time says more about the neighbours.
private func clock_t_seconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

/// The command's arguments, checked, with messages that say what was wrong.
struct GenerateSettings {
    var homes: Int
    var seed: UInt64
    var date: Day
    var inspectionsPerHome: Double
    var placementsPerHome: Double

    static let maximumHomes = 2_000_000

    init(homes: String, seed: String, date: String, inspectionsPerHome: String, placementsPerHome: String) throws {
        guard let n = Int(homes), n >= 1, n <= Self.maximumHomes else {
            throw ValidationError("--homes must be a whole number from 1 to \(Self.maximumHomes), not '\(homes)'")
        }
        guard let s = UInt64(seed) else {
            throw ValidationError("--seed must be a whole number from 0 to \(UInt64.max), not '\(seed)'")
        }
        guard let d = Day(iso: date) else {
            throw ValidationError("--date must be a real date written yyyy-mm-dd, not '\(date)'")
        }
        guard (1990...2100).contains(d.components.year) else {
            throw ValidationError("--date must be between 1990 and 2100, not '\(date)'")
        }
        guard let i = Double(inspectionsPerHome), i.isFinite, i >= 0, i <= 100 else {
            throw ValidationError("--inspections-per-home must be a number from 0 to 100, not '\(inspectionsPerHome)'")
        }
        guard let p = Double(placementsPerHome), p.isFinite, p >= 0, p <= 1000 else {
            throw ValidationError("--placements-per-home must be a number from 0 to 1000, not '\(placementsPerHome)'")
        }
        self.homes = n
        self.seed = s
        self.date = d
        self.inspectionsPerHome = i
        self.placementsPerHome = p
    }

    /// Fails before the (possibly long) generation when the file could not be written.
    static func checkWritable(_ url: URL) throws {
        let path = url.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw ValidationError("cannot write \(path): it is a directory") }
            if !FileManager.default.isWritableFile(atPath: path) {
                throw ValidationError("cannot write \(path): permission denied")
            }
            return
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("cannot write \(path): folder \(folder) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw ValidationError("cannot write \(path): folder \(folder) is not writable")
        }
    }
}
