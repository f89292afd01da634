import ArgumentParser
import Foundation
import HomesData

/// `homes authority NAME-OR-CODE [PATH…]`: one local authority's card, the document the
/// browser's authority card draws.
struct AuthorityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authority",
        abstract: "Print one local authority's card: its homes, places and where its children live.",
        discussion: """
            Its children's services judgement; the homes open in its area by rating and \
            sector and their places; from the placements, the children it placed in its \
            own area and elsewhere, the children other authorities placed in its area, and \
            the share of its placements that ended unplanned in the last 12 months, e.g.
              homes authority leeds
              homes authority E08000035 Resources/sample
            A name may be any part of one, if only one authority has it.
            Exit status: 0 shown, 1 no authority has that name or code (the nearest are \
            listed), 2 the snapshot could not be loaded, \(ExitStatus.badArgumentsWording).
            """)

    @Argument(help: "The authority's name, part of it, or its ONS code (E08000035).")
    var name: String

    @OptionGroup var snapshot: SnapshotOptions

    @Flag(help: "As the browser's meeting mode shows it: counts of children from 1 to 4 say \"fewer than 5\".")
    var meeting = false

    func run() throws {
        // Words that name files are paths, so `homes authority leeds DIR` reads either way round.
        var options = snapshot
        var words = [name]
        options.paths = []
        for argument in snapshot.paths {
            if FileManager.default.fileExists(atPath: argument) { options.paths.append(argument) } else { words.append(argument) }
        }
        let typed = words.joined(separator: " ")
        let index = SnapshotIndex(try options.load())
        guard let authority = index.authority(named: typed) else {
            StandardError.write("homes: no local authority is called '\(TerminalText.escaped(typed))' in this snapshot.")
            let near = index.nearestAuthorities(to: typed)
            if !near.isEmpty { StandardError.write("Nearest names: \(near.map(TerminalText.escaped).joined(separator: ", "))") }
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(AuthorityCardText(index: index, authority: authority, hidingSmallCounts: meeting).text.utf8))
    }
}
