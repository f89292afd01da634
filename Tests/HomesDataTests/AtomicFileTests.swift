import Foundation
import Testing
@testable import HomesData

/// A write is whole or nothing: the old file stays until the new one is complete, and
/// a failed write leaves no temporary file. (Disk full, size limits, read-only folders
/// and Ctrl-C are in Tests/EndToEnd/write-faults.sh: they need a process of their own.)
@Suite struct AtomicFileTests {
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("homes-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every name in the folder: nothing but what the test put there.
    static func names(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func writesANewFileReadableLikeAnyOther() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/new.json"
        try AtomicFile.write(Array("hello".utf8), to: path, overwrite: false)
        #expect(Self.contents(path) == "hello")
        #expect(Self.names(dir) == ["new.json"])
        // The mode a new file gets under the process's umask, not mkstemp's 0600.
        let mask = umask(0o022); umask(mask)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == Int(0o666 & ~mask))
    }

    @Test func replacingKeepsTheOldFilesPermissions() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out.json"
        try AtomicFile.write(Array("old".utf8), to: path, overwrite: false)
        chmod(path, 0o640)
        try AtomicFile.write(Array("new, longer".utf8), to: path, overwrite: true)
        #expect(Self.contents(path) == "new, longer")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o640)
        #expect(Self.names(dir) == ["out.json"])
    }

    @Test func withoutOverwriteAnExistingFileIsLeftAlone() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out.json"
        try AtomicFile.write(Array("old".utf8), to: path, overwrite: false)
        #expect(throws: AtomicFile.WriteError(path: path, reason: "it exists", fileExists: true)) {
            try AtomicFile.write(Array("new".utf8), to: path, overwrite: false)
        }
        #expect(Self.contents(path) == "old")
        #expect(Self.names(dir) == ["out.json"])
    }

    @Test(arguments: [
        ("missing/out.json", "folder '%@/missing' does not exist"),
        ("folder", "it is a directory"),
        ("file/out.json", "'%@/file' is not a folder"),
    ])
    func aWriteThatCannotBeginSaysWhyAndLeavesNothing(name: String, reason: String) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: dir + "/file", contents: Data("keep".utf8))
        let path = dir + "/" + name
        do {
            try AtomicFile.write(Array("x".utf8), to: path, overwrite: true)
            Issue.record("wrote \(path)")
        } catch {
            #expect(error.reason == reason.replacingOccurrences(of: "%@", with: dir))
            #expect(error.description == "cannot write '\(path)': \(error.reason); nothing written")
        }
        #expect(Self.names(dir) == ["file", "folder"])
        #expect(Self.contents(dir + "/file") == "keep")
    }

    @Test func aNameWithAControlCharacterIsEscapedInTheMessage() {
        let error = AtomicFile.WriteError(path: "/no/such\u{1b}[2J/x.json", reason: "folder does not exist")
        #expect(error.description == "cannot write '/no/such\\u{1b}[2J/x.json': folder does not exist; nothing written")
    }
}
