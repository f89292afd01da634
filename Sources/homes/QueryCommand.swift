import ArgumentParser
import Foundation
import HomesData

/// `homes query [QUERY] [PATH…]`: the browser's search from the shell, for scripts
/// and pipes.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List the homes matching a query.",
        discussion: """
            The query language is described in docs/query-language.md, e.g.
              homes query 'rating:ri,inadequate la:leeds'
              homes query 'type:"secure children" inspected<-6m' --sort inspected
              homes query horizon Resources/sample
            Any argument naming an existing file or directory is a snapshot path; the
            others are joined into the query. Put a query starting with '-' after '--', and
            options before it (after '--' every word is the query):
              homes query --format csv -- '-sector:private places>=6'
            Exit status: 0 homes listed (possibly none), 2 the snapshots could not be loaded, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: ArgumentHelp("The query; quote it if it has spaces.", valueName: "query"))
    var query: String?

    @OptionGroup var snapshot: SnapshotOptions

    @Option(help: ArgumentHelp("Sort by: \(SortKey.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "field"))
    var sort: SortKey = .urn

    @Flag(help: "Sort in descending order (homes without a value still come last).")
    var desc = false

    @Option(help: "Show at most this many homes.")
    var limit: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        // Paths and query words can come in any order: whatever exists on disk is a path.
        let (index, parsed) = try QueryWords(query: query, snapshot: snapshot).load()

        let matching = index.matches(parsed)
        var homes = index.sorted(matching, by: sort, descending: desc)
        if let limit, homes.count > limit { homes = Array(homes.prefix(limit)) }
        let results = QueryResults(index: index, homes: homes)
        let output: String = switch format {
        case .table: results.table(total: matching.count, query: parsed)
        case .csv: results.csv()
        case .json: results.json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension SortKey: ExpressibleByArgument {}
