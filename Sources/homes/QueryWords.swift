import ArgumentParser
import Foundation
import HomesData

/// Commands that take a query and snapshot paths in any order (`homes query`,
/// `homes changes`, `homes summary`, `homes children`): whatever names an existing
/// file or directory is a path, the other arguments are joined into the query.
struct QueryWords {
    var options: SnapshotOptions
    var text: String
    /// A word that looks like one of the command's options (`--format`) but was read
    /// as a query word, because it came after `--`. Reported rather than searched for:
    /// searching for it would quietly list nothing.
    var misplacedOption: String?

    init(query: String?, snapshot: SnapshotOptions) {
        var options = snapshot
        var words: [String] = []
        options.paths = []
        for argument in (query.map { [$0] } ?? []) + snapshot.paths {
            if FileManager.default.fileExists(atPath: argument) { options.paths.append(argument) } else { words.append(argument) }
        }
        self.options = options
        self.text = words.joined(separator: " ")
        self.misplacedOption = words.first { $0.hasPrefix("--") && $0.dropFirst(2).first?.isLetter == true }
    }

    /// Stops with a usage error (exit 64) when an option was written after `--`.
    func checkOptions() {
        guard let option = misplacedOption else { return }
        StandardError.write("homes: '\(TerminalText.escaped(option))' comes after '--', where every word is read as the query, not as an option.")
        StandardError.write("Put options before '--', e.g. homes query --format csv -- '-sector:private'.")
        QueryCommand.exit(withError: ExitStatus.badArguments)
    }

    /// Loads the snapshots and parses the query against them. A query that cannot
    /// parse even without the snapshot is reported before loading it.
    func load() throws -> (SnapshotIndex, Query) {
        checkOptions()
        do { _ = try Query.parse(text) } catch { Self.fail(error) }
        let index = SnapshotIndex(try options.load())
        do { return (index, try Query.parse(text, index: index)) } catch { Self.fail(error) }
    }

    /// A query that does not parse is a bad argument: exit 64, as for every other
    /// bad argument (docs/commands.md, "Exit status").
    static func fail(_ error: QueryError) -> Never {
        StandardError.write(error.rendered)
        StandardError.write("The query language is described in docs/query-language.md.")
        QueryCommand.exit(withError: ExitStatus.badArguments)
    }
}
