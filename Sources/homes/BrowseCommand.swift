import ArgumentParser
import Foundation
import HomesTerminal

/// `homes [PATH…]`: opens the browser. Everything that can fail without the terminal
/// (arguments, loading) fails before curses is started, so errors are printed on a normal
/// screen and nothing is left in the alternate screen.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a snapshot (the default command).",
        discussion: """
            Keys are listed by '?' inside the browser and in docs/keys.md.
            Colour follows the NO_COLOR convention: set NO_COLOR=1 or pass --no-color.
            """
    )

    @Argument(help: "Snapshot files or directories (default: the bundled sample).")
    var paths: [String] = []

    @Flag(help: "Refuse a snapshot with any invalid record instead of skipping the record.")
    var strict = false

    @Flag(name: .customLong("no-color"), help: "Use bold, reverse and symbols instead of colour.")
    var noColor = false

    @Flag(name: .customLong("key-test"), help: "Diagnostic: show the keys, size and styles the terminal delivers.")
    var keyTest = false

    func run() throws {
        guard TerminalSession.isInteractive else {
            FileHandle.standardError.write(Data("""
                homes: standard input or output is not a terminal, so there is nothing to draw on.
                Use 'homes query QUERY' to list homes or 'homes show URN' to print one home instead.

                """.utf8))
            throw ExitCode(1)
        }
        let colour = TerminalSession.colourWanted(allowed: !noColor, environment: ProcessInfo.processInfo.environment)
        if keyTest {
            let session = try openTerminal(colour: colour)
            var program = KeyEchoProgram(colour: session.colour)
            session.run(&program)
            session.close()
            return
        }
        throw ValidationError("the browser is not built yet; 'homes --key-test' shows the terminal adapter at work")
    }

    private func openTerminal(colour: Bool) throws -> TerminalSession {
        do {
            return try TerminalSession(colour: colour)
        } catch {
            FileHandle.standardError.write(Data("homes: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
