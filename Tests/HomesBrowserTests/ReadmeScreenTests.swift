import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// The screens drawn in README.md and docs/*.md (fenced ```screen blocks) are drawn
/// again here on the bundled sample and compared line for line, so a picture of the
/// browser in a document is the browser as it is (issue 11). The line before each block
/// says how to get there: `<!-- screen 80x24 keys: /leeds rating:ri,inadequate<Enter> -->`
/// (characters are typed; <Enter>, <Esc>, <Tab> are keys). The title is what
/// `homes` shows for the sample: "2 snapshots". After a deliberate change of the list,
/// `DOCS_SCREEN_WRITE=1` writes the screen drawn into the document.
@Suite struct ReadmeScreenTests {
    struct ScreenBlock: Sendable, CustomStringConvertible {
        var file: String
        var line: Int
        var width: Int
        var height: Int
        var keys: [KeyEvent]
        var lines: [String]
        var description: String { "\(file):\(line)" }
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func keys(_ script: Substring) -> [KeyEvent] {
        var out: [KeyEvent] = []
        var rest = script
        let names: [String: KeyEvent] = ["<Enter>": .enter, "<Esc>": .escape, "<Tab>": .tab]
        while let c = rest.first {
            if let (name, key) = names.first(where: { rest.hasPrefix($0.key) }) {
                out.append(key)
                rest = rest.dropFirst(name.count)
            } else {
                out.append(.character(c))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// Every ```screen block with the comment before it; a block without one is
    /// returned with no keys and a zero size, and fails.
    static var blocks: [ScreenBlock] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("docs").path)) ?? []
        let files = ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        var out: [ScreenBlock] = []
        for file in files {
            let text = (try? String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)) ?? ""
            let lines = text.components(separatedBy: "\n")
            var i = 0
            while i < lines.count {
                guard lines[i].trimmingCharacters(in: .whitespaces) == "```screen" else { i += 1; continue }
                var block = ScreenBlock(file: file, line: i + 1, width: 0, height: 0, keys: [], lines: [])
                var previous = i - 1
                while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).isEmpty { previous -= 1 }
                if previous >= 0, let comment = Optional(lines[previous].trimmingCharacters(in: .whitespaces)),
                   comment.hasPrefix("<!-- screen "), comment.hasSuffix(" -->"),
                   let keysAt = comment.range(of: " keys: ") {
                    let size = comment[comment.index(comment.startIndex, offsetBy: 12)..<keysAt.lowerBound].split(separator: "x")
                    block.width = Int(size.first ?? "") ?? 0
                    block.height = Int(size.last ?? "") ?? 0
                    block.keys = keys(comment[keysAt.upperBound..<comment.index(comment.endIndex, offsetBy: -4)])
                }
                i += 1
                while i < lines.count, !lines[i].hasPrefix("```") { block.lines.append(lines[i]); i += 1 }
                out.append(block)
                i += 1
            }
        }
        return out
    }

    static let sample: SnapshotIndex = {
        let loaded = try! SnapshotLoader.load(paths: [repository.appendingPathComponent(BundledSample.directory).path], options: LoadOptions())
        return SnapshotIndex(loaded)
    }()

    @Test func theReadmeHasAScreen() {
        #expect(Self.blocks.contains { $0.file == "README.md" })
    }

    @Test(arguments: blocks)
    func screenAsDocumented(_ block: ScreenBlock) {
        #expect(block.width > 0 && block.height > 0,
                "\(block): a screen block needs '<!-- screen WIDTHxHEIGHT keys: … -->' on the line before it")
        guard block.width > 0, block.height > 0 else { return }
        var app = BrowserApp(index: Self.sample, title: "2 snapshots", colour: true)
        _ = app.handle(.resize(width: block.width, height: block.height))
        for key in block.keys { _ = app.handle(key) }
        let drawn = app.draw(width: block.width, height: block.height).trimmedLines
        let documented = block.lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
        if drawn != documented, ProcessInfo.processInfo.environment["DOCS_SCREEN_WRITE"] == "1" { Self.write(drawn, into: block) }
        #expect(drawn == documented, "\(block): the browser draws\n\(drawn.joined(separator: "\n"))\n(DOCS_SCREEN_WRITE=1 writes it into the document; review the diff)")
    }

    /// Replaces the block's lines with the screen drawn, for a deliberate change of the
    /// list: `DOCS_SCREEN_WRITE=1 swift test --skip-build --filter ReadmeScreenTests`.
    static func write(_ drawn: [String], into block: ScreenBlock) {
        let url = repository.appendingPathComponent(block.file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        var lines = text.components(separatedBy: "\n")
        let first = block.line // the fence is line block.line (1-based), its content follows
        lines.replaceSubrange(first..<(first + block.lines.count), with: drawn)
        try? lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
