import ArgumentParser
import Foundation
import HomesData

/// The snapshot arguments every data command shares: which files to read and how strictly.
/// Commands include it with `@OptionGroup var snapshot: SnapshotOptions` and call `load()`.
struct SnapshotOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Snapshot files, Ofsted's published CSVs, or directories of either. The newest snapshot is current; older ones add history and changes.",
        discussion: "With none: $HOMES_SNAPSHOTS, else the settings file's snapshots directory, else the bundled sample.",
        valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Refuse to load if any record has a problem, instead of skipping invalid records.")
    var strict = false

    /// Where the snapshots come from: the paths given, or the default (`SnapshotSource`).
    var source: SnapshotSource { paths.isEmpty ? SnapshotSource.forNoPath() : .given }

    /// The paths given, or the default's.
    var resolvedPaths: [String] { paths.isEmpty ? [source.path!] : paths }

    /// How many problems to list on stderr before pointing at `homes validate`.
    static let problemsShown = 10

    /// Loads the snapshots, listing any problems on stderr; on a fatal problem prints
    /// what went wrong and exits with code 2.
    func load() throws -> LoadedSnapshots {
        let paths = resolvedPaths
        do {
            let progress = ProgressCounter()
            let loaded = try ProgressLine.around({ elapsed in
                ProgressWording.reading(read: progress.done, expected: progress.expected, elapsed: elapsed)
            }) { () throws(LoadFailure) in
                try SnapshotLoader.load(paths: paths, options: LoadOptions(strict: strict, progress: progress))
            }
            let problems = loaded.problems
            for p in problems.prefix(Self.problemsShown) { StandardError.write("\(p.isWarning ? "warning" : "rejected"): \(p)") }
            if problems.count > Self.problemsShown {
                StandardError.write("… and \(problems.count - Self.problemsShown) more problems; run 'homes validate \(Self.shellQuoted(paths))' to list them all")
            }
            return loaded
        } catch {
            for p in error.problems { StandardError.write("Error: \(p)") }
            StandardError.write(Self.advice(for: error, paths: paths))
            throw ExitCode(2)
        }
    }

    static func advice(for failure: LoadFailure, paths: [String]) -> String {
        let first = failure.problems.first
        if first?.message.contains(", not a snapshot;") == true || first?.message.hasPrefix("is one of Ofsted's CSV files") == true {
            return "Help: give a snapshot (.json), one of Ofsted's CSV files as published, or a directory of them; 'homes import ofsted FILE… --out S.json' keeps an import."
        }
        if first?.message.hasPrefix("cannot open") == true || first?.message.hasPrefix("directory holds") == true {
            return "Help: give a snapshot file (.json) or a directory holding some, e.g. 'homes validate Resources/sample'."
        }
        if first?.message.contains("--strict") == true {
            return "Help: run without --strict to load the valid records and skip the rest, or 'homes validate \(shellQuoted(paths))' to list every problem."
        }
        return "Help: the file cannot be loaded; fix it at the place shown (see docs/snapshot-format.md), or regenerate it with 'homes generate' or 'homes import'."
    }

    static func shellQuoted(_ paths: [String]) -> String {
        paths.map { p in
            p.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) } ? p : "'" + p.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
