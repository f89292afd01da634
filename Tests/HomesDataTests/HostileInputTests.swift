import Foundation
import Testing
@testable import HomesData

/// Input meant to break the loader: it must refuse clearly, never crash or hang.
@Suite struct HostileInputTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("homes-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func failure(_ bytes: [UInt8]) -> LoadProblem? {
        do {
            _ = try SnapshotLoader.load(bytes: bytes, file: "hostile.json", options: LoadOptions())
            return nil
        } catch {
            return error.problems.first
        }
    }

    /// Where a file cut short must be reported, found by scanning the bytes kept
    /// (columns in characters): at its end ("end of file"), unless the cut falls
    /// inside a string — then at the opening quote ("unterminated string"), at a
    /// backslash left without its escape, or at a character cut in half.
    static func whereTheCutShows(_ kept: ArraySlice<UInt8>) -> (line: Int, column: Int, fragment: String) {
        var line = 1, column = 0
        var inString = false, escaped = false
        var quoteAt = (1, 1), backslashAt = (1, 1), characterAt = (1, 1)
        var pendingContinuation = 0
        for b in kept {
            if b & 0xC0 == 0x80 { pendingContinuation -= 1; continue }
            column += 1
            characterAt = (line, column)
            pendingContinuation = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0
            if b == UInt8(ascii: "\n") { line += 1; column = 0; continue }
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true; backslashAt = (line, column) } else if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") {
                inString = true
                quoteAt = (line, column)
            }
        }
        if pendingContinuation > 0 { return (characterAt.0, characterAt.1, "invalid UTF-8") }
        if inString && escaped { return (backslashAt.0, backslashAt.1, "end of file after a backslash") }
        if inString { return (quoteAt.0, quoteAt.1, "unterminated string: the file ends before its closing quote") }
        return (line, column + 1, "end of file")
    }

    @Test func everyTruncationIsASyntaxErrorAtTheEnd() {
        let bytes = SnapshotWriter().write(SnapshotText.richSnapshot())
        let end = bytes.count - 2  // the last byte is a newline after the closing brace
        for cut in 0...end {
            let problem = failure(Array(bytes[..<cut]))
            guard let problem else { Issue.record("a file cut at \(cut) of \(bytes.count) bytes loaded"); continue }
            guard case let .text(line, column) = problem.location else { Issue.record("cut at \(cut): \(problem)"); continue }
            let (expectedLine, expectedColumn, fragment) = Self.whereTheCutShows(bytes[..<cut])
            if line != expectedLine || column != expectedColumn || !problem.message.contains(fragment) {
                Issue.record("cut at \(cut): expected '\(fragment)' at \(expectedLine):\(expectedColumn), got \(problem)")
            }
        }
    }

    @Test(arguments: [
        ("", "expected a value, found end of file"),
        ("   \n", "found end of file"),
        ("hello", "expected a value, found 'h'"),
        ("<html></html>", "expected a value, found '<'"),
        ("\u{FEFF}", "found end of file"),
        ("null", "not a homes snapshot: the document is null"),
        ("\"homes\"", "not a homes snapshot: the document is a string"),
    ])
    func emptyOrNotJSON(text: String, fragment: String) throws {
        let problem = try #require(failure(Array(text.utf8)))
        #expect(problem.message.contains(fragment), "\(problem)")
    }

    @Test func invalidUTF8InARecordIsFatalWithItsPlace() throws {
        var bytes = Array(SnapshotText.document().utf8)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "C")))  // in "Children's home"
        bytes[at] = 0xC3
        let problem = try #require(failure(bytes))
        #expect(problem.message.contains("invalid UTF-8"))
        guard case let .text(line, _) = problem.location else { Issue.record("\(problem)"); return }
        #expect(line == 3)
    }

    @Test func loneSurrogateIsRefusedWithAClearMessage() throws {
        let home = SnapshotText.home.replacingOccurrences(of: "\"provisionType\"", with: "\"name\":\"A\\udc00B\",\"provisionType\"")
        let problem = try #require(failure(Array(SnapshotText.document(homes: [home]).utf8)))
        #expect(problem.message.contains("lone surrogate \\udc00"))
    }

    @Test func deepNestingUnderAnUnknownKeyIsStopped() throws {
        let deep = String(repeating: "[", count: 50_000)
        let home = SnapshotText.home.replacingOccurrences(of: "\"places\"", with: "\"x\":\(deep),\"places\"")
        let problem = try #require(failure(Array(SnapshotText.document(homes: [home]).utf8)))
        #expect(problem.message.contains("nesting deeper than 512 levels"))
    }

    @Test func hugeNumbersAreRecordProblemsNotCrashes() throws {
        let digits = String(repeating: "9", count: 100_000)
        let home = SnapshotText.home.replacingOccurrences(of: "\"eventNumber\":10001", with: "\"eventNumber\":\(digits)")
            .replacingOccurrences(of: "\"places\":4", with: "\"places\":123456789012345678901234567890")
        let (snapshot, problems) = try SnapshotText.load(SnapshotText.document(homes: [home, SnapshotValidationTests.otherHome], placements: []))
        #expect(snapshot.homes.map(\.urn) == ["1234567"])
        #expect(problems.map(\.location) == [.path("$.homes[0].places"), .path("$.homes[0].inspections[0].eventNumber")])
        #expect(problems.allSatisfy { $0.message.contains("is too large") })
        #expect(problems[1].message.count < 200)  // the quoted value is cut short
    }

    @Test func naughtyStringsSurviveARoundTrip() throws {
        let url = Bundle.module.url(forResource: "Fixtures/snapshots/naughty-names", withExtension: "json")!
        let names = try JSONDecoder().decode([String].self, from: Data(contentsOf: url))
        var s = SnapshotText.richSnapshot()
        s.homes = names.enumerated().map { i, name in
            Home(urn: "SC" + String(100_000 + i), name: name, provisionType: "Children's home", organisation: name, inspections: 0..<0)
        }
        s.inspections = []
        s.placements = []
        let (loaded, problems) = try SnapshotLoader.load(bytes: SnapshotWriter().write(s), file: "naughty.json", options: LoadOptions())
        #expect(problems.isEmpty)
        #expect(loaded.homes.map(\.name) == names)
    }

    @Test func pathsThatAreNotSnapshots() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func message(_ paths: [String]) -> String {
            do {
                _ = try SnapshotLoader.load(paths: paths, options: LoadOptions())
                return "loaded"
            } catch {
                return error.description
            }
        }
        #expect(message([dir.path + "/missing.json"]) == "\(dir.path)/missing.json: cannot open: no such file or directory")
        #expect(message([dir.path]).hasPrefix("\(dir.path): directory holds no files; homes reads snapshots (.json"))
        let empty = dir.appendingPathComponent("empty.json")
        try Data().write(to: empty)
        #expect(message([empty.path]).hasPrefix("\(empty.path): is an empty file, not a snapshot; homes reads snapshots (.json"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
        #expect(message([dir.appendingPathComponent("sub.json").path, empty.path]).contains("sub.json: directory holds no files"))
        let workbook = dir.appendingPathComponent("register.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: workbook)
        #expect(message([workbook.path]).hasPrefix("\(workbook.path): is a ZIP archive (perhaps an .xlsx workbook: save it as CSV), not a snapshot"))
    }

    /// In a directory, files that are not snapshots are named and skipped; the
    /// snapshots beside them load.
    @Test func aDirectoryMixingSnapshotsAndOtherFilesLoadsTheSnapshots() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try SnapshotText.document().write(to: dir.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try "meeting notes".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D]).write(to: dir.appendingPathComponent("report.pdf"))
        try "{\"truncated\": ".write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let loaded = try SnapshotLoader.load(paths: [dir.path], options: LoadOptions())
        #expect(loaded.current.homes.count == 1)
        let named = loaded.problems.map(\.description)
        #expect(named.count == 3)
        #expect(named.contains { $0.contains("broken.json") && $0.contains("not read") })
        #expect(named.contains { $0.contains("notes.txt: not read: is text that is neither a JSON snapshot nor a CSV file") })
        #expect(named.contains { $0.contains("report.pdf: not read: is a PDF document") })
    }

    /// A pipe has no size up front: a snapshot many reads long arriving through one
    /// loads whole, every home and placement, not only the first block.
    @Test func snapshotThroughAPipeIsReadWhole() throws {
        let snapshot = SnapshotGenerator(homes: 400, seed: 3, snapshotDate: Day(iso: "2025-03-31")!,
                                         inspectionsPerHome: 4, placementsPerHome: 8).generate()
        let bytes = SnapshotWriter().write(snapshot)
        #expect(bytes.count > 1_000_000, "the snapshot should span many reads of a pipe: \(bytes.count) bytes")
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("snapshot.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            bytes.withUnsafeBytes { b in
                var done = 0
                while done < b.count {
                    let n = write(fd, b.baseAddress! + done, min(65_536, b.count - done))
                    if n <= 0 { break }
                    done += n
                }
            }
            close(fd)
        }
        writer.start()
        let loaded = try SnapshotLoader.load(paths: [fifo], options: LoadOptions(strict: true))
        #expect(loaded.current.homes.count == snapshot.homes.count)
        #expect(loaded.current.placements.count == snapshot.placements.count)
        #expect(loaded.current.inspections.count == snapshot.inspections.count)
    }

    /// A /proc file reports size 0: it is read (not taken as empty) and named for
    /// what it holds. (That it is read to its end is `snapshotThroughAPipeIsReadWhole`.)
    @Test func fileReportingSizeZeroIsReadNotTakenAsEmpty() {
        do {
            _ = try SnapshotLoader.load(paths: ["/proc/self/status"], options: LoadOptions())
            Issue.record("loaded")
        } catch {
            // Read to the end and then named for what it is.
            #expect(error.description.hasPrefix("/proc/self/status: is text that is neither a JSON snapshot nor a CSV file (first line 'Name:"))
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file, whatever its permissions"))
    func unreadableFileSaysSo() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("locked.json")
        try Data("{}".utf8).write(to: file)
        chmod(file.path, 0)
        do {
            _ = try SnapshotLoader.load(paths: [file.path], options: LoadOptions())
            Issue.record("loaded")
        } catch {
            #expect(error.description == "\(file.path): cannot open: permission denied")
        }
    }
}
