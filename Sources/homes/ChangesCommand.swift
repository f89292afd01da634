import ArgumentParser
import Foundation
import HomesData

/// `homes changes [QUERY] [PATH…]`: what changed on the register between two
/// snapshots, for the homes a query selects.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List what changed between two snapshots: homes registered, closed, rated up or down, and more.",
        discussion: """
            Compares the two newest snapshots loaded (a directory of them, several files, \
            or Ofsted's CSVs of several years), or the ones named by --from and --to. \
            The query narrows the homes as everywhere else, closed homes included, e.g.
              homes changes Resources/sample
              homes changes 'la:leeds' Resources/sample --format csv
              homes changes 'type:children' DIR --from 2022-03-31
            Kinds of change: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")) \
            (docs/query-language.md says what each means).
            CSV has the header change,urn,name,authority,before,after,date.
            Exit status: 0 changes listed (possibly none), 2 the snapshots could not be \
            loaded or fewer than two are, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: ArgumentHelp("The query; quote it if it has spaces.", valueName: "query"))
    var query: String?

    @OptionGroup var snapshot: SnapshotOptions

    @Option(help: ArgumentHelp("The older snapshot: the one of this date, or the latest before it (default: the second newest).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The newer snapshot: the one of this date, or the latest before it (default: the newest).", valueName: "date"))
    var to: String?

    @Option(help: "Output format: table, csv or json.")
    var format: QueryCommand.OutputFormat = .table

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(iso: value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date: write it as 2023-08-31")
            }
        }
    }

    func run() throws {
        let (index, parsed) = try QueryWords(query: query, snapshot: snapshot).load()
        let timeline = index.timeline
        let editions = timeline.editions
        guard timeline.hasChanges else {
            let only = editions[0]
            StandardError.write("homes: only one snapshot is loaded (\(only.date.iso), \(TerminalText.escaped(only.file))), so there is nothing to compare.")
            StandardError.write("Give two or more snapshots of different dates, or a directory of them, e.g. 'homes changes Resources/sample'.")
            throw ExitCode(2)
        }
        let newer = try edition(to, default: editions.count - 1, timeline: timeline)
        let older = try edition(from, default: newer - 1, timeline: timeline)
        guard older < newer else {
            StandardError.write("homes: --from (\(editions[older].date.iso)) must be an older snapshot than --to (\(editions[newer].date.iso)).")
            StandardError.write("Snapshots loaded: \(editions.map(\.date.iso).joined(separator: ", ")).")
            throw ExitStatus.badArguments
        }
        let homes = index.matches(parsed, openByDefault: false)
        let changes = timeline.changes(from: older, to: newer, homes: homes, current: index.snapshot)
        let results = ChangeResults(index: index, changes: changes)
        let output: String = switch format {
        case .table: results.table(from: editions[older], to: editions[newer])
        case .csv: results.csv()
        case .json: results.json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The edition a `--from`/`--to` date names: that date's, or the latest before it.
    private func edition(_ text: String?, default fallback: Int, timeline: RegisterTimeline) throws -> Int {
        guard let text, let day = Day(iso: text) else { return max(0, fallback) }
        guard let e = timeline.edition(onOrBefore: day) else {
            StandardError.write("homes: no snapshot is dated on or before \(day.iso); the snapshots loaded are \(timeline.editions.map(\.date.iso).joined(separator: ", ")).")
            throw ExitStatus.badArguments
        }
        return e
    }
}
