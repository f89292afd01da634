import Foundation
import HomesData

/// Where the bundled sample lives: the directory Resources/sample, one dated
/// snapshot per year (the loader makes the newest current, the older history).
/// In order: `HOMES_SAMPLE` (a different default snapshot); an installed copy,
/// `PREFIX/share/homes/sample` beside `PREFIX/bin/homes` (what `scripts/install` lays
/// out, found through the executable's real path so a symlink to it works too); else
/// the clone this binary was compiled from, for a user running the binary they built.
enum SamplePath {
    static let installedDirectory = "share/homes/sample"

    static var resolved: String {
        if let env = ProcessInfo.processInfo.environment["HOMES_SAMPLE"], !env.isEmpty { return env }
        if let installed = installed, FileManager.default.fileExists(atPath: installed) { return installed }
        let source = URL(fileURLWithPath: #filePath)
        return source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(BundledSample.directory).path
    }

    /// `PREFIX/share/homes/sample` for the executable at `PREFIX/bin/homes`.
    static var installed: String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(installedDirectory).path
    }
}
