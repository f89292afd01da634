import ArgumentParser
import Foundation
import HomesData

/// `homes children [QUERY] [PATH…]`: the browser's children list from the shell, one
/// row per child reference.
struct ChildrenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "children",
        abstract: "List the children of the placements: home, placing authority, moves, unplanned endings.",
        discussion: """
            One row per distinct child reference in the snapshot, so with no query the rows \
            are as many as the children. The query has fields of its own (see "Children" in \
            docs/query-language.md), e.g.
              homes children 'moves>=3'
              homes children 'placed-by:leeds -placed-in:leeds ongoing' --format csv
            Moves and unplanned endings count the 12 months up to the snapshot date.
            Exit status: 0 children listed (possibly none), 2 the snapshots could not be loaded, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: ArgumentHelp("The query; quote it if it has spaces.", valueName: "query"))
    var query: String?

    @OptionGroup var snapshot: SnapshotOptions

    @Option(help: ArgumentHelp("Sort by: \(ChildColumn.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "column"))
    var sort: ChildColumn = .reference

    @Flag(help: "Sort in descending order.")
    var desc = false

    @Option(help: "Output format: table, csv or json.")
    var format: QueryCommand.OutputFormat = .table

    func run() throws {
        let words = QueryWords(query: query, snapshot: snapshot)
        words.checkOptions()
        let index = SnapshotIndex(try words.options.load())
        let parsed: ChildQuery
        do { parsed = try ChildQuery.parse(words.text, index: index) } catch { QueryWords.fail(error) }
        let table = ChildTable(index: index)
        let children = table.sorted(table.matches(parsed), by: sort, descending: desc)
        let results = ChildResults(table: table, children: children)
        let output: String = switch format {
        case .table: results.table(total: table.count)
        case .csv: results.csv()
        case .json: results.json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension ChildColumn: ExpressibleByArgument {}
