import ArgumentParser
import Foundation
import HomesData

/// `homes import`: turns published data into a snapshot.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert Ofsted's published CSVs (and a council's SSDA903 episodes) into a snapshot.",
        discussion: "Exit status: 0 written, every file imported; 2 nothing written (a file that could not be read or is not of a kind recognised, --out unwritable); "
            + "\(ExitStatus.badArgumentsWording), nothing written.",
        subcommands: [ImportOfstedCommand.self, ImportEpisodesCommand.self]
    )
}

struct ImportOfstedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ofsted",
        abstract: "Convert Ofsted's published children's social care CSVs into one snapshot.",
        discussion: """
            Give any mix of years: the "Provider level at <date>" files (latest full inspection), the \
            "Provider level in year" files (every inspection event), the places list ("Providers places at \
            <date>"), the closed children's homes list and the "LA level" file; each is told apart by its \
            header. An SSDA903 episodes CSV among them (CHILD, DECOM, … URN columns) is joined as placements. \
            If any file cannot be read or is none of these, nothing is written. See docs/import.md.
            """
    )

    @Argument(help: "Ofsted CSV files (and optionally SSDA903 episodes CSVs).")
    var files: [String]

    @Option(name: .long, help: "Where to write the snapshot (JSON).")
    var out: String

    @Option(name: .long, help: "The snapshot date (yyyy-mm-dd), instead of the newest file's.")
    var date: String?

    @Option(name: .long, help: "Placing authority for episode rows without an LA column (ONS code, DfE code or name).")
    var placingAuthority: String?

    @Flag(name: .long, help: "Attach made-up placements to the active children's homes (how the bundled sample is built); the metadata says they are synthetic.")
    var syntheticPlacements = false

    @Option(name: .long, help: "Seed for --synthetic-placements.")
    var seed: UInt64 = BundledSample.placementSeed

    @Option(name: .long, help: "Placements per active children's home for --synthetic-placements.")
    var placementsPerHome: Double = BundledSample.placementsPerHome

    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    @Flag(name: .long, help: "List every problem, not the first 20 per file.")
    var allProblems = false

    func validate() throws {
        if let date, Day(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; expected yyyy-mm-dd, e.g. --date 2023-08-31")
        }
        if placementsPerHome < 0 || !placementsPerHome.isFinite {
            throw ValidationError("--placements-per-home \(placementsPerHome) must be a number of 0 or more, e.g. 3")
        }
        try ImportOutput.check(out: out, inputs: files, force: force)
    }

    func run() throws {
        let started = ContinuousClock.now
        var importer = OfstedImport()
        let progress = ProgressCounter()
        let count = files.count
        let names = files
        var (snapshot, report) = ProgressLine.around({ elapsed in
            let done = Int(progress.done)
            return done < count
                ? "Importing \(CSVReader.escaped(names[done])) (\(done + 1) of \(count) files) · \(ProgressWording.seconds(elapsed))"
                : "Joining \(count) files into a snapshot · \(ProgressWording.seconds(elapsed))"
        }) {
            for f in files {
                importer.add(path: f)
                progress.add(1)
            }
            return importer.build(.init(snapshotDate: date.flatMap { Day(iso: $0) }, placingAuthority: placingAuthority))
        }
        if syntheticPlacements {
            BundledSample.attachSyntheticPlacements(to: &snapshot, seed: seed, placementsPerHome: placementsPerHome)
            report.placements = snapshot.placements.count
            report.children = snapshot.children.count
        }
        try ImportOutput.finish(snapshot: snapshot, report: report, out: out, force: force, allProblems: allProblems, started: started)
    }
}

struct ImportEpisodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "episodes",
        abstract: "Join a council's SSDA903 episodes CSV to an existing snapshot as placements.",
        discussion: "Columns: CHILD, DECOM, DEC, RNE, PLACE, REC, REASON_PLACE_CHANGE, URN and LA (see docs/import.md). The snapshot given with --into is read, never written."
    )

    @Argument(help: "Episodes CSV files.")
    var files: [String]

    @Option(name: .long, help: "The snapshot to join the episodes to (read only).")
    var into: String

    @Option(name: .long, help: "Where to write the new snapshot.")
    var out: String

    @Option(name: .long, help: "Placing authority for rows without an LA column (ONS code, DfE code or name).")
    var placingAuthority: String?

    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    @Flag(name: .long, help: "List every problem, not the first 20 per file.")
    var allProblems = false

    func validate() throws {
        try ImportOutput.check(out: out, inputs: files + [into], force: force)
    }

    func run() throws {
        let started = ContinuousClock.now
        let base: Snapshot
        do {
            base = try SnapshotLoader.loadFile(into, options: LoadOptions(strict: true)).0
        } catch {
            FileHandle.standardError.write(Data("homes import episodes: cannot use --into '\(into)':\n\(error.description)\nRun 'homes validate \(into)' and import into a snapshot with no problems, so nothing in it is lost.\n".utf8))
            throw ExitCode(2)
        }
        if base.metadata.syntheticPlacements && !base.placements.isEmpty {
            FileHandle.standardError.write(Data("homes import episodes: '\(into)' holds synthetic placements; joining real episodes would mix made-up and real children. Import the Ofsted files again without --synthetic-placements and join to that.\n".utf8))
            throw ExitCode(2)
        }
        var (snapshot, report) = OfstedImport.joinEpisodes(paths: files, into: base, placingAuthority: placingAuthority)
        let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        snapshot.metadata.source += "; placements: SSDA903 episodes from \(names.joined(separator: ", "))"
        report.snapshotDateSource = "from \(into)"
        try ImportOutput.finish(snapshot: snapshot, report: report, out: out, force: force, allProblems: allProblems, started: started)
    }
}

/// What every import subcommand does with its result.
enum ImportOutput {
    static func check(out: String, inputs: [String], force: Bool) throws {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL == outURL }) {
            throw ValidationError("--out '\(out)' is also an input; write the snapshot to a new file")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw ValidationError("--out '\(out)' is a directory; give a file name, e.g. --out \(out)/snapshot.json") }
            if !force { throw ValidationError("--out '\(out)' exists; add --force to replace it, or choose another name") }
        }
    }

    static func finish(snapshot: Snapshot, report: ImportReport, out: String, force: Bool, allProblems: Bool, started: ContinuousClock.Instant) throws {
        print(report.rendered(problemLimit: allProblems ? nil : 20), terminator: "")
        // A snapshot missing a file the user named would be quietly wrong (a register
        // left out turns open homes into closed ones), so nothing is written.
        let failed = report.filesNotImported
        if !failed.isEmpty {
            let names = failed.map { CSVReader.escaped($0.path) }.joined(separator: ", ")
            FileHandle.standardError.write(Data("homes import: \(failed.count) of \(report.files.count) files could not be imported (\(names)): nothing written; the report above says why. Remove them from the command or fix them.\n".utf8))
            throw ExitCode(2)
        }
        let bytes = ProgressLine.around({ elapsed in "Writing \(snapshot.homes.count) homes to \(out) · \(ProgressWording.seconds(elapsed))" }) {
            SnapshotWriter().write(snapshot)
        }
        do {
            try AtomicFile.write(bytes, to: out, overwrite: force)
        } catch {
            FileHandle.standardError.write(Data("homes import: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print("wrote \(out): \(bytes.count) bytes in \(String(format: "%.0f", ms)) ms")
    }
}
