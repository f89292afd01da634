import Foundation
import HomesData

/// Where the bundled sample lives: the directory Resources/sample, one dated
/// snapshot per year (the loader makes the newest current, the older history). A
/// user's clone runs the binary it built, so the sample is found beside the sources
/// this binary was compiled from; `HOMES_SAMPLE` overrides that (for an installed
/// binary or a different default snapshot).
enum SamplePath {
    static var resolved: String {
        if let env = ProcessInfo.processInfo.environment["HOMES_SAMPLE"], !env.isEmpty { return env }
        let source = URL(fileURLWithPath: #filePath)
        return source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(BundledSample.directory).path
    }
}
