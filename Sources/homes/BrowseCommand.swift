import ArgumentParser
import Foundation
import HomesBrowser
import HomesData
import HomesTerminal

/// `homes [PATH…]`: opens the browser. Everything that can fail without the terminal
/// (arguments, loading) fails before curses starts, so errors are printed on the normal
/// screen and nothing is left behind in the alternate screen.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a snapshot (the default command).",
        discussion: """
            Keys are listed by '?' inside the browser and in docs/keys.md.
            Colour follows the NO_COLOR convention: set NO_COLOR=1 or pass --no-color.
            Without a terminal (a pipe, a file, a script) use 'homes query' or 'homes show'.
            """
    )

    @OptionGroup var snapshot: SnapshotOptions

    @Flag(name: .customLong("no-color"), help: "Use bold, reverse and symbols instead of colour.")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection); also 'mouse: false' in the settings.")
    var noMouse = false

    @Flag(help: "Meeting mode: no child references, counts of children under 5 hidden, a banner (F9 turns it off and on).")
    var meeting = false

    @Flag(name: .customLong("key-test"), help: "Diagnostic: show the keys, size and styles the terminal delivers, instead of browsing.")
    var keyTest = false

    func run() throws {
        guard TerminalSession.isInteractive else {
            StandardError.write("""
                homes: standard input or output is not a terminal, so there is nothing to draw on.
                Use 'homes query QUERY' to list homes or 'homes show URN' to print one home instead.
                """)
            throw ExitCode(1)
        }
        let colour = TerminalSession.colourWanted(allowed: StartupSettings.colourAllowed(noColorFlag: noColor), environment: ProcessInfo.processInfo.environment)
        if keyTest {
            let session = try openTerminal(colour: colour, mouse: StartupSettings.mouseAllowed(noMouseFlag: noMouse))
            var program = KeyEchoProgram(colour: session.colour)
            session.run(&program)
            session.close()
            return
        }
        let loaded = try snapshot.load()
        let problems = loaded.problems.count + StartupSettings.problemsPrinted
        if problems > 0, !Self.confirmAfterProblems(problems) { return }
        let index = ProgressLine.around({ _ in "Indexing \(loaded.current.homes.count.formatted(.number.grouping(.automatic))) homes…" }) { SnapshotIndex(loaded) }
        let session = try openTerminal(colour: colour, mouse: StartupSettings.mouseAllowed(noMouseFlag: noMouse))
        var browser = BrowserApp(index: index, title: title(of: loaded), colour: session.colour,
                                 historyStore: QueryHistoryStore.standard(), savedQueryStore: Self.settingsQueryStore,
                                 meeting: StartupSettings.meeting(flag: meeting), list: Self.listDefaults)
        // The authority card, journeys and the summary by owner need groupings of every
        // placement, and each sort column an order of every home; made now, on another
        // core, their first opening is not slower than the next.
        index.prepareGroupingsInBackground()
        index.prepareSortOrdersInBackground()
        session.run(&browser)
        session.close()
    }

    /// Saved queries live in the settings file: one place for them, read and written by
    /// `StartupSettings`, which says (file, line, what is wrong) when it cannot write.
    static var settingsQueryStore: SavedQueryStore {
        SavedQueryStore(load: { StartupSettings.savedQueries() }, save: { StartupSettings.saveQueries($0) })
    }

    /// The settings file's `sort:` and `columns:`, for the list's start.
    static var listDefaults: ListDefaults {
        let settings = StartupSettings.current
        return ListDefaults(sort: settings.sort, descending: settings.sortDescending, columns: settings.columns)
    }

    /// The problems just listed on the normal screen would vanish behind the
    /// browser's, so (as vim does with start-up messages) wait until they are read.
    /// False when the user chose to quit.
    static func confirmAfterProblems(_ count: Int) -> Bool {
        StandardError.write("\(count) problem\(count == 1 ? "" : "s") above. Press Enter to browse what loaded, or q and Enter to quit.")
        guard let answer = readLine(strippingNewline: true) else { return false }
        return !answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("q")
    }

    /// The header names the file, or how many were merged, and where a default came
    /// from (the bundled sample, the settings file, $HOMES_SNAPSHOTS).
    private func title(of loaded: LoadedSnapshots) -> String {
        let paths = snapshot.resolvedPaths
        let count = "\(loaded.files.count) snapshot\(loaded.files.count == 1 ? "" : "s")"
        if let source = snapshot.source.label { return "\(source) · \(count)" }
        return paths.count == 1 && loaded.files.count == 1 ? URL(fileURLWithPath: paths[0]).lastPathComponent : count
    }

    private func openTerminal(colour: Bool, mouse: Bool) throws -> TerminalSession {
        do {
            return try TerminalSession(colour: colour, mouse: mouse)
        } catch {
            StandardError.write("homes: \(error)")
            throw ExitCode(2)
        }
    }
}
