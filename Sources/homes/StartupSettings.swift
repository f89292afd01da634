import Foundation
import HomesData
import HomesSettings

/// The settings file as this run of homes read it: once, at the first command that
/// needs it, with any problem printed on stderr (path, line, what was wrong) and the
/// defaults used for what could not be read, so a broken file never stops homes.
enum StartupSettings {
    nonisolated(unsafe) private static var cached: Settings?
    /// How many problems were printed, so the browser waits for them to be read.
    nonisolated(unsafe) private(set) static var problemsPrinted = 0

    static var file: SettingsFile? { SettingsFile.standard() }

    static var current: Settings {
        if let cached { return cached }
        let reading = file?.read()
        problemsPrinted = reading?.problems.count ?? 0
        for p in reading?.problems ?? [] {
            StandardError.write("\(p.isWarning ? "warning" : "settings"): \(p)")
        }
        if let reading, reading.problems.contains(where: { !$0.isWarning }) {
            StandardError.write("homes carries on with the defaults for those settings; see docs/settings.md.")
        }
        let settings = reading?.settings ?? Settings()
        cached = settings
        return settings
    }

    /// The saved queries, name → query in the file's order: for the browser's
    /// saved-query store to load.
    static func savedQueries() -> [(name: String, query: String)] { current.savedQueryPairs }

    /// Writes the saved queries into the settings file, leaving the other settings as
    /// they are. Nil when saved; otherwise what to tell the user (the file, line and
    /// problem when the file is broken, and that nothing was saved).
    static func saveQueries(_ queries: [(name: String, query: String)]) -> String? {
        guard let file else { return "cannot save: neither XDG_CONFIG_HOME nor HOME is set, so there is no settings file" }
        do {
            try file.saveQueries(queries)
            cached?.savedQueries = queries.isEmpty ? nil : queries.map { SavedQuery(name: $0.name, query: $0.query) }
            return nil
        } catch .fileHasProblems(let problems) where !problems.isEmpty {
            // The browser has one line for this: what happened first, then where to look.
            var first = problems[0]
            first.file = SnapshotSource.tilded(first.file)
            return "Nothing saved: first fix \(first)" + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "")
        } catch {
            return error.description
        }
    }

    /// Whether the browser starts in meeting mode: `--meeting` on the command line, else
    /// the settings file's `meeting: true`. For meeting mode's flag to call.
    static func meeting(flag: Bool) -> Bool { flag || current.meeting == true }

    /// Whether colour is allowed before the environment has its say: `--no-color`
    /// wins, then the settings file's `colour: false`.
    static func colourAllowed(noColorFlag: Bool) -> Bool { !noColorFlag && current.colour != false }

    /// Whether the browser takes the mouse: not with `--no-mouse` or `mouse: false`.
    static func mouseAllowed(noMouseFlag: Bool) -> Bool { !noMouseFlag && current.mouse != false }
}

/// Where the snapshots come from when no path is given, in order: `$HOMES_SNAPSHOTS`,
/// the settings file's `snapshots:`, else the bundled sample. Said in the browser's header.
enum SnapshotSource: Equatable {
    case given
    case environment(String)
    case settings(String)
    case sample(String)

    static func forNoPath(environment: [String: String] = ProcessInfo.processInfo.environment,
                          settings: () -> Settings = { StartupSettings.current }) -> SnapshotSource {
        if let path = environment["HOMES_SNAPSHOTS"], !path.isEmpty { return .environment(path) }
        if let path = settings().snapshotDirectory { return .settings(path) }
        return .sample(SamplePath.resolved)
    }

    var path: String? {
        switch self {
        case .given: nil
        case let .environment(p), let .settings(p), let .sample(p): p
        }
    }

    /// The header's words for where the homes come from (nil: the paths were given),
    /// short enough to leave the snapshot count and date whole at 80 columns.
    var label: String? {
        switch self {
        case .given: nil
        case .environment: "$HOMES_SNAPSHOTS"
        case let .settings(p): "settings: \(Self.abbreviated(p))"
        case .sample: "bundled sample"
        }
    }

    /// `~/…` for a path in the home directory, which is how the user knows it.
    static func tilded(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard let home, !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// `~/…` for the home directory, and only the last folder of a long path, so the
    /// header keeps room for the snapshot count and date at 80 columns.
    static func abbreviated(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        let short = tilded(path, home: home)
        if short.count <= 14 { return short }
        let last = URL(fileURLWithPath: path).lastPathComponent
        return "…/" + last
    }
}
