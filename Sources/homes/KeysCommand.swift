import ArgumentParser
import HomesBrowser

/// Prints every key of the browser, from the same table that drives the browser and
/// its help screen (docs/keys.md is this output).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "List the browser's keys (Markdown).")

    func run() {
        print(Keymap.markdown(), terminator: "")
    }
}
