import ArgumentParser
import Foundation
import HomesData

/// Commands that take a query and snapshot paths in any order (`homes query`,
/// `homes changes`, `homes summary`, `homes children`): whatever names an existing
/// file or directory, or looks like a path (`looksLikePath`), is a path; the other
/// arguments are joined into the query.
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
            if FileManager.default.fileExists(atPath: argument) || Self.looksLikePath(argument) {
                options.paths.append(argument)
            } else {
                words.append(argument)
            }
        }
        self.options = options
        self.text = words.joined(separator: " ")
        self.misplacedOption = words.first { $0.hasPrefix("--") && $0.dropFirst(2).first?.isLetter == true }
    }

    /// Whether a word that names nothing on disk is still meant as a path: a file name
    /// ending in .json or .csv, or a path starting at / . ~ or ending in /. It is then
    /// reported as a file that cannot be opened, not searched for: `homes query leeds
    /// snapshto.json` listing "0 of 3,999 open homes" would be a wrong answer with no
    /// hint. A word such as "24/7" (in an owner's name) stays a query word.
    static func looksLikePath(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard !lower.contains(":") || lower.hasPrefix("/") || lower.hasPrefix(".") || lower.hasPrefix("~") else { return false }
        return lower.hasSuffix(".json") || lower.hasSuffix(".csv") || lower.hasSuffix("/")
            || lower.hasPrefix("/") || lower.hasPrefix("./") || lower.hasPrefix("../") || lower.hasPrefix("~/")
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
