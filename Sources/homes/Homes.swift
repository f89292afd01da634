import ArgumentParser

/// `homes`: a terminal browser for the records of children's homes in England.
/// With no subcommand it opens the browser (on the bundled sample when no path is given).
@main
struct Homes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "homes",
        abstract: "Browse the records of children's homes in England, offline, from the keyboard.",
        version: HomesVersion.text,
        subcommands: [
            BrowseCommand.self, ValidateCommand.self, QueryCommand.self, ShowCommand.self, ChangesCommand.self,
            SummaryCommand.self, AuthorityCommand.self, ChildrenCommand.self,
            GenerateCommand.self, ImportCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
