import Foundation

/// The examples written in README.md and docs/*.md, read from the Markdown so that the
/// documents stay the one place they are written (DocExamplesTests runs them).
///
/// Every fenced block says what it is with its tag, and an untagged block is an error,
/// so no example goes unchecked by being forgotten:
/// - `console`: `$ homes …` lines, each followed by its documented output (standard
///   output and error together). A line `…` stands for any number of lines; a last line
///   `[exit N]` is the exit status (0 when there is none). The commands run with bash in
///   a scratch directory where `Resources` and `Tests` are the repository's, so
///   examples may write files without touching the repository.
/// - `queries`: one query a line, two spaces, how many homes it lists on the bundled
///   sample (`12 homes`, or `3 children` for the children's query), two spaces and what
///   it finds in words.
/// - `synopsis`: command forms with placeholders (`homes import ofsted FILE… --out S.json`):
///   each line that starts with `homes` must name a real command, and every `--option`
///   on it must be one that command's help lists.
/// - `screen`: the browser as drawn, checked by the browser's own tests (ScreenTests).
/// - `json`, `csv`, `python`, `yaml`, `text`: listings (a format, a script, a report), not examples.
struct DocExamples {
    struct Block: Sendable, CustomStringConvertible {
        var file: String
        /// 1-based line of the opening fence.
        var line: Int
        var tag: String
        var lines: [String]
        var description: String { "\(file):\(line) (\(tag))" }
    }

    static let listingTags: Set<String> = ["json", "csv", "python", "yaml", "text"]
    static let checkedTags: Set<String> = ["console", "queries", "synopsis", "screen"]

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// README.md and every Markdown file in docs/, in name order.
    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    static func blocks(in file: String) -> [Block] {
        let text = (try? String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)) ?? ""
        var out: [Block] = []
        var open: Block?
        for (n, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let b = open {
                    out.append(b)
                    open = nil
                } else {
                    open = Block(file: file, line: n + 1, tag: String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), lines: [])
                }
            } else if open != nil {
                open!.lines.append(line)
            }
        }
        if let b = open { out.append(Block(file: b.file, line: b.line, tag: "(never closed)", lines: b.lines)) }
        return out
    }

    static var allBlocks: [Block] { documents.flatMap(blocks(in:)) }

    static func blocks(tagged tag: String) -> [Block] { allBlocks.filter { $0.tag == tag } }

    /// Lines indented four spaces after a blank line, outside fences: Markdown shows them
    /// as code, but they carry no tag to say what they are.
    static func indentedCode(in file: String) -> [Int] {
        let text = (try? String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)) ?? ""
        var fenced = false
        var previous = ""
        var found: [Int] = []
        for (n, line) in text.components(separatedBy: "\n").enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { fenced.toggle() }
            else if !fenced, previous.isEmpty, line.hasPrefix("    "), line.trimmingCharacters(in: .whitespaces).first != nil { found.append(n + 1) }
            previous = line.trimmingCharacters(in: .whitespaces)
        }
        return found
    }

    // MARK: console

    struct Command: Sendable {
        var text: String
        var expected: [String]
        var status: Int32
    }

    /// The `$ …` commands of a console block with what each should print.
    static func commands(_ block: Block) -> [Command] {
        var out: [Command] = []
        for line in block.lines {
            if line.hasPrefix("$ ") {
                out.append(Command(text: String(line.dropFirst(2)), expected: [], status: 0))
            } else if !out.isEmpty {
                out[out.count - 1].expected.append(line)
            }
        }
        for i in out.indices {
            while out[i].expected.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { out[i].expected.removeLast() }
            if let last = out[i].expected.last, last.hasPrefix("[exit "), last.hasSuffix("]"),
               let n = Int32(last.dropFirst(6).dropLast()) {
                out[i].status = n
                out[i].expected.removeLast()
            }
        }
        return out
    }

    /// Whether `actual` is `expected`, where an expected line `…` stands for any number of
    /// lines; trailing spaces are ignored.
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        let e = expected.map(trimTrailing), a = actual.map(trimTrailing)
        // can[i][j]: e[i...] matches a[j...]
        var can = [[Bool]](repeating: [Bool](repeating: false, count: a.count + 1), count: e.count + 1)
        can[e.count][a.count] = true
        for i in stride(from: e.count - 1, through: 0, by: -1) {
            for j in stride(from: a.count, through: 0, by: -1) {
                if e[i] == "…" {
                    can[i][j] = can[i + 1][j] || (j < a.count && can[i][j + 1])
                } else {
                    can[i][j] = j < a.count && e[i] == a[j] && can[i + 1][j + 1]
                }
            }
        }
        return can[0][0]
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// The `homes` binary built beside this test bundle (or `$HOMES`).
    static var binary: URL {
        if let env = ProcessInfo.processInfo.environment["HOMES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("homes")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/homes")
    }

    /// A scratch directory for one block: `Resources` and `Tests` link to the repository's.
    static func scratchDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("homes-doc-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["Resources", "Tests"] {
            try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: repository.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("state"), withIntermediateDirectories: true)
        return dir
    }

    /// Runs a command line with bash, `homes` on the PATH; standard output and error together.
    static func run(_ command: String, in directory: URL) throws -> (output: [String], status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOMES_SAMPLE"] = repository.appendingPathComponent("Resources/sample").path
        env["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
        env["NO_COLOR"] = "1"
        env["LC_ALL"] = "C.UTF-8"
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // CSV lines end with CRLF (RFC 4180); a document shows them as plain lines.
        var lines = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return (lines, process.terminationStatus)
    }

    // MARK: queries

    struct CountedQuery: Sendable, CustomStringConvertible {
        var block: Block
        var query: String
        var count: Int
        /// `homes` or `children`: which list the query is for.
        var unit: String
        var description: String { "\(block.file): \(query)" }
    }

    enum QueryLineError: Error, CustomStringConvertible {
        case unreadable(String)
        var description: String {
            switch self {
            case .unreadable(let line): "cannot read '\(line)': write the query, two spaces, its count ('12 homes' or '3 children'), two spaces, what it finds"
            }
        }
    }

    /// One line of a `queries` block: the query, its count and its unit.
    static func countedQuery(_ line: String, block: Block) throws -> CountedQuery {
        let parts = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { throw QueryLineError.unreadable(line) }
        let words = parts[1].split(separator: " ")
        guard words.count == 2, let n = Int(words[0].replacingOccurrences(of: ",", with: "")) else { throw QueryLineError.unreadable(line) }
        let unit: String
        switch words[1] {
        case "home", "homes": unit = "homes"
        case "child", "children": unit = "children"
        default: throw QueryLineError.unreadable(line)
        }
        return CountedQuery(block: block, query: parts[0] == "(empty)" ? "" : parts[0], count: n, unit: unit)
    }
}

extension DocExamples {
    /// An inline query in the prose (`la:york`, `places>=4`) with the paragraph it is in.
    struct InlineQuery: Sendable, CustomStringConvertible {
        var file: String
        var line: Int
        var query: String
        var paragraph: String
        var description: String { "\(file):\(line): `\(query)`" }
    }

    /// Code spans shaped like a query clause (a lower-case field name, then `:`, `>`, `<`)
    /// outside fenced blocks, each with its paragraph (a table row is its own); a field name alone (`la:`), placeholders (`field:value`,
    /// `type:…`) and the status line's `try:` are names, not examples.
    static func inlineQueries(in file: String) -> [InlineQuery] {
        let text = (try? String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)) ?? ""
        var out: [InlineQuery] = []
        var fenced = false
        var paragraph: [(Int, String)] = []
        func flush() {
            let whole = paragraph.map(\.1).joined(separator: " ")
            for (n, line) in paragraph {
                let parts = line.components(separatedBy: "`")
                for i in stride(from: 1, to: parts.count, by: 2) {
                    let span = parts[i]
                    guard let first = span.first, first.isLowercase || first == "-" else { continue }
                    guard span.range(of: #"^-?[a-z][a-z-]*(:|>=|<=|>|<)"#, options: .regularExpression) != nil,
                          !span.hasSuffix(":"), !span.contains("…"), !span.hasPrefix("field:"), !span.hasPrefix("-field:"),
                          !span.hasPrefix("try:") else { continue }
                    out.append(InlineQuery(file: file, line: n, query: span, paragraph: whole))
                }
            }
            paragraph = []
        }
        for (n, line) in text.components(separatedBy: "\n").enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { fenced.toggle(); flush(); continue }
            if fenced { continue }
            // A table row stands alone: one row saying "error" excuses no other.
            if line.hasPrefix("|") { flush(); paragraph = [(n + 1, line)]; flush(); continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush() } else { paragraph.append((n + 1, line)) }
        }
        flush()
        return out
    }
}
