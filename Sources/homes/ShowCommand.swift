import ArgumentParser
import Foundation
import HomesData

/// `homes show URN [PATH…]`: one home's whole record on standard output.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print everything recorded about one home.",
        discussion: """
            Every field, its authority and region, its inspections with each judgement, the \
            placements of children there and how settled they have been.
            Exit status: 0 shown, 1 no home has that URN, 2 the snapshot could not be loaded, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: "The home's URN (SC123456 or 1234567; case does not matter).")
    var urn: String

    @OptionGroup var snapshot: SnapshotOptions

    func run() throws {
        let loaded = try snapshot.load()
        let index = SnapshotIndex(loaded)
        guard let home = index.home(urn: urn) else {
            StandardError.write("homes: no home has URN '\(TerminalText.escaped(urn))' in this snapshot.")
            let near = index.nearestURNs(to: urn)
            if !near.isEmpty { StandardError.write("Nearest URNs: \(near.map(TerminalText.escaped).joined(separator: ", "))") }
            StandardError.write("Search by name or other fields with: homes query 'WORDS'")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(HomeRecordText(index: index, home: home).text.utf8))
    }
}
