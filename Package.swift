// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "homes",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "homes", targets: ["homes"]),
        .executable(name: "homes-bench", targets: ["HomesBench"]),
        .executable(name: "homes-fuzz", targets: ["HomesFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The settings file is YAML: every value's line is known, so a wrong value is
        // reported where it is (see HomesSettings).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Pure data core: model, snapshot loading and validation, index, query language,
        // statistics, import and synthetic generation. Knows nothing of terminals.
        .target(name: "HomesData", dependencies: ["CPrefetch", "CFaultGuard", "CAtomicCounter"]),
        // A lock-free counter for load progress (relaxed C atomics; Swift's Atomic needs macOS 15).
        .target(name: "CAtomicCounter"),
        // Answers SIGBUS inside a mapped snapshot (the file cut short while being
        // read) so the load ends with a message, not a crash. C: it needs siginfo.
        .target(name: "CFaultGuard"),
        // A cache prefetch hint for the loader's hash tables and the browser's sampling of a
        // new result list (Swift has none of its own).
        .target(name: "CPrefetch"),
        // The system's wide-character ncurses, with a shim for what Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Browser core: screen state, pure update, drawing into an in-memory grid. No curses.
        .target(name: "HomesBrowser", dependencies: ["HomesData", "CPrefetch"]),
        // The only code that talks to the terminal: copies the grid out, reads keys in.
        .target(name: "HomesTerminal", dependencies: ["HomesBrowser", "CNcursesw"]),
        // The settings file (~/.config/homes/settings.yaml): reading, checking and saving.
        // Holds the YAML parser so nothing else depends on it.
        .target(name: "HomesSettings", dependencies: ["HomesData", .product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "homes",
            dependencies: [
                "HomesData", "HomesBrowser", "HomesTerminal", "HomesSettings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory figures for the data core and the browser core.
        .executableTarget(name: "HomesBench", dependencies: ["HomesData", "HomesBrowser"]),
        // What the fuzzers check (scripts/fuzz): each target turns bytes into an input and
        // lists the invariants it broke. A library, so the ordinary tests replay the corpora.
        .target(name: "HomesFuzz", dependencies: ["HomesData", "HomesBrowser"]),
        // libFuzzer's entry point when built with -sanitize=fuzzer (scripts/fuzz); otherwise
        // a replayer: `homes-fuzz TARGET FILE…` runs files through a target.
        .executableTarget(name: "HomesFuzzer", dependencies: ["HomesFuzz"]),
        .testTarget(name: "HomesDataTests", dependencies: ["HomesData"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HomesBrowserTests", dependencies: ["HomesBrowser", "HomesData"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HomesSettingsTests", dependencies: ["HomesSettings", "HomesData"]),
        .testTarget(name: "HomesFuzzTests", dependencies: ["HomesFuzz", "HomesData", "HomesBrowser"], exclude: ["Corpus", "CORPUS.md"]),
        .testTarget(name: "HomesTerminalTests", dependencies: ["HomesTerminal", "HomesBrowser", "CNcursesw"]),
    ],
    swiftLanguageModes: [.v6]
)
