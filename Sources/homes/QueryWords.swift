import ArgumentParser
import Foundation
import HomesData

/// Commands that take a query and snapshot paths in any order (`homes query`,
/// `homes changes`): whatever names an existing file or directory is a path, the
/// other arguments are joined into the query.
struct QueryWords {
    var options: SnapshotOptions
    var text: String

    init(query: String?, snapshot: SnapshotOptions) {
        var options = snapshot
        var words: [String] = []
        options.paths = []
        for argument in (query.map { [$0] } ?? []) + snapshot.paths {
            if FileManager.default.fileExists(atPath: argument) { options.paths.append(argument) } else { words.append(argument) }
        }
        self.options = options
        self.text = words.joined(separator: " ")
    }

    /// Loads the snapshots and parses the query against them. A query that cannot
    /// parse even without the snapshot is reported before loading it.
    func load() throws -> (SnapshotIndex, Query) {
        do { _ = try Query.parse(text) } catch { Self.fail(error) }
        let index = SnapshotIndex(try options.load())
        do { return (index, try Query.parse(text, index: index)) } catch { Self.fail(error) }
    }

    static func fail(_ error: QueryError) -> Never {
        StandardError.write(error.rendered)
        StandardError.write("The query language is described in docs/query-language.md.")
        QueryCommand.exit(withError: ExitCode(2))
    }
}
