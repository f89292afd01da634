import Foundation
import HomesData
import Testing

/// Every example in README.md and docs/*.md is run against the bundled sample and its
/// documented outcome checked (issue 11: docs that cannot drift). An example that stops
/// working fails here; a block that does not say what it is fails too, rather than being
/// skipped. How blocks are marked: DocExamples, and docs/commands.md ("Examples in
/// these documents"). The console examples run the `homes` binary built beside the
/// tests, so run `swift build --build-tests` first.
@Suite struct DocExamplesTests {
    @Test func everyFencedBlockSaysWhatItIs() {
        let known = DocExamples.checkedTags.union(DocExamples.listingTags)
        for block in DocExamples.allBlocks where !known.contains(block.tag) {
            Issue.record("\(block.file):\(block.line): a code block tagged '\(block.tag)'; tag it console (run and compared), queries (counted), synopsis (command forms) or a listing (json, csv, python, yaml, text)")
        }
        for file in DocExamples.documents {
            for line in DocExamples.indentedCode(in: file) {
                Issue.record("\(file):\(line): an indented code block has no tag; fence it with ``` and a tag (console, queries, synopsis, text…)")
            }
        }
    }

    @Test func theExamplesAreFound() {
        // Guards against a parser that finds nothing and so checks nothing.
        #expect(DocExamples.blocks(tagged: "console").flatMap(DocExamples.commands).count >= 20)
        #expect(DocExamples.blocks(tagged: "queries").count >= 3)
        #expect(DocExamples.documents.contains("docs/query-language.md"))
    }

    @Test(arguments: DocExamples.blocks(tagged: "console"))
    func consoleExample(_ block: DocExamples.Block) throws {
        let commands = DocExamples.commands(block)
        #expect(!commands.isEmpty, "\(block): a console block with no '$ homes …' line")
        let directory = try DocExamples.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in commands {
            let (output, status) = try DocExamples.run(command.text, in: directory)
            let shown = output.joined(separator: "\n")
            #expect(status == command.status, "\(block): '$ \(command.text)' exited \(status), the document says \(command.status); it printed:\n\(shown)")
            #expect(DocExamples.matches(command.expected, output),
                    "\(block): '$ \(command.text)' printed:\n\(shown)\n— the document says:\n\(command.expected.joined(separator: "\n"))")
        }
    }

    static let sample: SnapshotIndex = {
        let loaded = try! SnapshotLoader.load(paths: [DocExamples.repository.appendingPathComponent(BundledSample.directory).path], options: LoadOptions())
        return SnapshotIndex(loaded)
    }()

    @Test(arguments: DocExamples.blocks(tagged: "queries"))
    func countedQueries(_ block: DocExamples.Block) throws {
        let lines = block.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(!lines.isEmpty, "\(block): a queries block with no query")
        let index = Self.sample
        for line in lines {
            let q = try DocExamples.countedQuery(line, block: block)
            let count: Int
            do {
                if q.unit == "children" {
                    let table = ChildTable(index: index)
                    count = table.matches(try ChildQuery.parse(q.query, index: index)).count
                } else {
                    count = index.matches(try Query.parse(q.query, index: index)).count
                }
            } catch {
                Issue.record("\(block): '\(q.query)' does not parse:\n\(error.rendered)")
                continue
            }
            #expect(count == q.count, "\(block): '\(q.query)' lists \(count) \(q.unit) on the bundled sample; the document says \(q.count)")
        }
    }

    /// The commands `homes --help` lists.
    static let subcommands: Set<String> = {
        guard let help = try? DocExamples.run("homes --help", in: FileManager.default.temporaryDirectory) else { return [] }
        var names = Set<String>()
        var inList = false
        for line in help.output {
            if line.hasPrefix("SUBCOMMANDS:") { inList = true; continue }
            if inList, line.hasPrefix("  "), let word = line.split(separator: " ").first { names.insert(String(word)) }
            else if inList, !line.hasPrefix(" "), !line.isEmpty { inList = false }
        }
        return names
    }()

    @Test(arguments: DocExamples.blocks(tagged: "synopsis"))
    func synopsis(_ block: DocExamples.Block) throws {
        #expect(Self.subcommands.contains("query"), "homes --help lists no commands")
        let forms = block.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("homes") }
        #expect(!forms.isEmpty, "\(block): a synopsis with no 'homes …' line")
        for form in forms {
            let words = form.split(separator: " ").map(String.init)
            var command = ["homes"]
            if words.count > 1, Self.subcommands.contains(words[1]) {
                command.append(words[1])
                if words[1] == "import", words.count > 2 { command.append(words[2]) }
            } else {
                command.append("browse")
            }
            let (help, status) = try DocExamples.run((command + ["--help"]).joined(separator: " "), in: FileManager.default.temporaryDirectory)
            #expect(status == 0, "\(block): '\(form)': '\(command.joined(separator: " "))' is not a command")
            let helpText = help.joined(separator: "\n")
            for word in words where word.hasPrefix("--") {
                let option = String(word.prefix { $0 != "=" && $0 != "]" && $0 != "," })
                #expect(helpText.contains(option), "\(block): '\(form)': \(command.joined(separator: " ")) has no option \(option)")
            }
        }
    }

    // The checker itself: what a reader may rely on when writing an example.
    @Test(arguments: [
        (["a", "…", "z"], ["a", "b", "c", "z"], true),
        (["a", "…", "z"], ["a", "z"], true),
        (["a", "…"], ["a"], true),
        (["a", "z"], ["a", "b", "z"], false),
        (["a  "], ["a"], true),
        (["…", "7 of 3,999 open homes"], ["x", "7 of 3,999 open homes"], true),
        (["…", "7 of 3,999 open homes"], ["7 of 3,999 open homes", "x"], false),
    ])
    func ellipsisStandsForAnyLines(_ expected: [String], _ actual: [String], _ result: Bool) {
        #expect(DocExamples.matches(expected, actual) == result)
    }

    @Test func exitStatusAndOutputAreReadFromTheBlock() {
        let block = DocExamples.Block(file: "x.md", line: 1, tag: "console",
                                      lines: ["$ homes query 'ratng:good'", "ratng:good", "^", "[exit 64]", "", "$ homes keys", "…"])
        let commands = DocExamples.commands(block)
        #expect(commands.count == 2)
        #expect(commands[0].status == 64 && commands[0].expected == ["ratng:good", "^"])
        #expect(commands[1].status == 0 && commands[1].expected == ["…"])
    }
}

/// The queries written inline in the prose of README.md and docs/query-language.md
/// parse against the bundled sample (as the homes' query or the children's), unless the
/// paragraph they are in says they are errors: a renamed field or value fails here.
@Suite struct DocInlineQueryTests {
    static let files = ["README.md", "docs/query-language.md", "docs/commands.md"]

    @Test func inlineQueriesAreFound() {
        #expect(Self.files.flatMap(DocExamples.inlineQueries(in:)).count >= 60)
    }

    @Test(arguments: files)
    func inlineQueriesParse(file: String) {
        let index = DocExamplesTests.sample
        for q in DocExamples.inlineQueries(in: file) {
            let asHomes: QueryError?
            do { _ = try Query.parse(q.query, index: index); asHomes = nil } catch { asHomes = error }
            guard let homesError = asHomes else { continue }
            if (try? ChildQuery.parse(q.query, index: index)) != nil { continue }
            let saysError = q.paragraph.range(of: #"\berror"#, options: [.regularExpression, .caseInsensitive]) != nil
            #expect(saysError, "\(q) does not parse on the bundled sample (\(homesError.message)), and its paragraph does not say it is an error")
        }
    }
}
