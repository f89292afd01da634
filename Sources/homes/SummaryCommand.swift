import ArgumentParser
import Foundation
import HomesData

/// `homes summary [QUERY] [PATH…] --by FACET`: the browser's summary screen from the
/// shell — the query's homes grouped, largest group first.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Group the homes of a query by authority, region, owner, sector, type or rating.",
        discussion: """
            One row per group, largest first: homes, places, homes by rating (outstanding, \
            good, RI, inadequate, not yet rated) and, with two snapshots loaded, homes \
            registered, closed, rated up and rated down since the previous one. Owners are \
            grouped by a normalised name ("Ltd" and "Limited", case); the spellings merged \
            are listed. The groups' homes add up to what 'homes query' lists, e.g.
              homes summary --by organisation
              homes summary 'rating:inadequate' Resources/sample --by authority --format csv
            CSV starts with the header group,homes,places,outstanding,good,ri,inadequate,none.
            Exit status: 0 groups listed (possibly none), 2 the snapshots could not be loaded, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: ArgumentHelp("The query; quote it if it has spaces.", valueName: "query"))
    var query: String?

    @OptionGroup var snapshot: SnapshotOptions

    @Option(help: ArgumentHelp("Group by: \(GroupBy.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "facet"))
    var by: GroupBy = .authority

    @Option(help: "Output format: table, csv or json.")
    var format: QueryCommand.OutputFormat = .table

    func run() throws {
        let (index, parsed) = try QueryWords(query: query, snapshot: snapshot).load()
        let results = GroupResults(GroupSummary(index: index, query: parsed, by: by))
        let output: String = switch format {
        case .table: results.table()
        case .csv: results.csv()
        case .json: results.json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension GroupBy: ExpressibleByArgument {
    public init?(argument: String) {
        let a = argument.lowercased()
        let aliases: [String: GroupBy] = ["la": .authority, "org": .organisation, "organization": .organisation, "owner": .organisation,
                                          "provision": .type, "r": .rating]
        guard let by = GroupBy(rawValue: a) ?? aliases[a] else { return nil }
        self = by
    }
}
