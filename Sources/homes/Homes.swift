import ArgumentParser

/// `homes`: a terminal browser for the records of children's homes in England.
/// With no subcommand it opens the browser (on the bundled sample when no path is given).
@main
struct Homes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "homes",
        abstract: "Browse the records of children's homes in England, offline, from the keyboard.",
        discussion: """
            With no path, homes opens $HOMES_SNAPSHOTS, else the snapshots directory named in the \
            settings file, else the bundled sample; the browser's top line says which.
            Settings: $XDG_CONFIG_HOME/homes/settings.yaml, else ~/.config/homes/settings.yaml \
            (docs/settings.md). homes never writes a snapshot it reads and has no network code \
            (docs/privacy.md).
            """,
        version: HomesVersion.text,
        subcommands: [
            BrowseCommand.self, ValidateCommand.self, QueryCommand.self, ShowCommand.self, ChangesCommand.self,
            SummaryCommand.self, AuthorityCommand.self, ChildrenCommand.self,
            GenerateCommand.self, ImportCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
