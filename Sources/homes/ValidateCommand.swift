import ArgumentParser
import Foundation
import HomesData

/// `homes validate`: checks snapshot files and reports, file by file, what loads,
/// what is rejected and why.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check snapshot files (or Ofsted's CSVs) and list every problem.",
        discussion: """
            Prints, for each file, its snapshot date, how many records of each kind load and \
            how many are rejected, and each problem on its own line (file:line:column for \
            syntax errors, file: $.json.path for records).

            Exit status: 0 every file is valid (warnings allowed), 1 files loaded but records \
            were rejected, 2 a file could not be loaded at all, \(ExitStatus.badArgumentsWording).
            """)

    @OptionGroup var snapshot: SnapshotOptions

    func run() throws {
        let options = LoadOptions(strict: snapshot.strict)
        let files: [String]
        do {
            files = try SnapshotLoader.expand(snapshot.resolvedPaths)
        } catch {
            for p in error.problems { print("Error: \(p)") }
            print(SnapshotOptions.advice(for: error, paths: snapshot.resolvedPaths))
            throw ExitCode(2)
        }
        var unloadable = 0, withRejections = 0, rejected = 0, warnings = 0
        for (i, file) in files.enumerated() {
            if i > 0 { print("") }
            // One of Ofsted's CSVs: check it as `homes import` reads it.
            if Self.isOfstedCSV(file) {
                var importer = OfstedImport()
                importer.add(path: file)
                let report = importer.build().report
                print("\(CSVReader.escaped(file)): Ofsted CSV, read as 'homes import ofsted' reads it")
                print(report.rendered(problemLimit: nil), terminator: "")
                rejected += report.rowsRejected
                if report.rowsRejected > 0 { withRejections += 1 }
                if !report.filesNotImported.isEmpty { unloadable += 1 }
                continue
            }
            do {
                let (_, report) = try SnapshotLoader.loadFile(file, options: options)
                print(Self.describe(report))
                rejected += report.rejectedRecords
                warnings += report.warnings
                if report.rejectedRecords > 0 { withRejections += 1 }
            } catch {
                unloadable += 1
                print("\(CSVReader.escaped(file)): could not be loaded")
                for p in error.problems { print("  \(p)") }
            }
        }
        let n = files.count
        var summary = "\(n) file\(n == 1 ? "" : "s"): "
        if unloadable > 0 {
            summary += "\(unloadable) could not be loaded"
            if withRejections > 0 { summary += ", \(withRejections) loaded with \(rejected) rejected record\(rejected == 1 ? "" : "s")" }
        } else if withRejections > 0 {
            summary += "\(rejected) rejected record\(rejected == 1 ? "" : "s") in \(withRejections) file\(withRejections == 1 ? "" : "s"); everything else loads"
        } else {
            summary += "valid"
        }
        if warnings > 0 { summary += " (\(warnings) warning\(warnings == 1 ? "" : "s"))" }
        print("\n" + summary)
        if unloadable > 0 { throw ExitCode(2) }
        if withRejections > 0 { throw ExitCode(1) }
    }

    /// Whether the file's first bytes are one of Ofsted's CSV headers.
    static func isOfstedCSV(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: InputKind.prefixLength)) ?? Data()
        return InputKind.detect(bytes: [UInt8](head)) == .ofstedCSV
    }

    static func describe(_ r: FileReport) -> String {
        // A name from a directory listing may hold a newline or an escape sequence.
        var first = "\(CSVReader.escaped(r.path)): snapshot of \(r.snapshotDate), \(formatBytes(r.bytes))"
        if r.placementPieces > 1 { first += "; placements read in \(r.placementPieces) pieces on separate cores" }
        var lines = [first]
        func row(_ name: String, _ c: RecordCounts) {
            lines.append("  \(name.padding(toLength: 18, withPad: " ", startingAt: 0))\(String(c.loaded).leftAligned(9)) loaded, \(c.rejected) rejected")
        }
        row("local authorities", r.authorities)
        row("homes", r.homes)
        row("inspections", r.inspections)
        row("placements", r.placements)
        for p in r.problems {
            lines.append("  \(p.isWarning ? "warning" : "rejected"): \(p)")
        }
        return lines.joined(separator: "\n")
    }

    static func formatBytes(_ n: Int) -> String {
        if n >= 1_000_000 { return String(format: "%.1f MB", Double(n) / 1_000_000) }
        if n >= 1_000 { return String(format: "%.1f kB", Double(n) / 1_000) }
        return "\(n) bytes"
    }
}

private extension String {
    func leftAligned(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
