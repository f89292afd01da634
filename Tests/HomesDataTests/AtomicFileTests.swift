import Foundation
import Testing
import HomesData

/// `AtomicFile.write`: whole or nothing, never over an existing file unless asked, and a
/// failure that names the file and the system's reason, leaving no partial file behind.
@Suite struct AtomicFileTests {
    static func directory() -> String {
        let path = NSTemporaryDirectory() + "homes-atomic-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func names(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    @Test func writesTheWholeFileAndNothingElse() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = Data(String(repeating: "URN,Name\r\n", count: 10_000).utf8)
        try AtomicFile.write(data, to: dir + "/out.csv", replacing: false)
        #expect(FileManager.default.contents(atPath: dir + "/out.csv") == data)
        #expect(Self.names(dir) == ["out.csv"], "no temporary file is left beside it")
    }

    @Test func neverOverwritesWithoutBeingAsked() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out.csv"
        try AtomicFile.write(Data("old".utf8), to: path, replacing: false)
        #expect(throws: AtomicFile.Failure.exists(path: path)) {
            try AtomicFile.write(Data("new".utf8), to: path, replacing: false)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        try AtomicFile.write(Data("new".utf8), to: path, replacing: true)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
        #expect(Self.names(dir) == ["out.csv"])
    }

    @Test func aMissingDirectoryIsAnErrorNamingTheFile() {
        let path = "/nonexistent-homes-dir/out.csv"
        do {
            try AtomicFile.write(Data("x".utf8), to: path, replacing: false)
            Issue.record("wrote into a directory that does not exist")
        } catch {
            #expect(error.description == "cannot write /nonexistent-homes-dir/out.csv: No such file or directory")
        }
    }

    /// Runs `mount` (as root, where the machine allows it); false when it cannot.
    static func mount(_ arguments: [String]) -> Bool {
        guard geteuid() == 0 else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func unmount(_ directory: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [directory]
        try? process.run()
        process.waitUntilExit()
    }

    /// A directory that cannot be written: a read-only mount when running as root (root
    /// writes through file permissions), else a directory without write permission.
    @Test func aReadOnlyDirectoryIsRefusedAndLeavesNothing() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mounted = Self.mount(["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", dir])
        defer { if mounted { Self.unmount(dir) } }
        if !mounted {
            try #require(geteuid() != 0, "running as root without mount: a read-only directory cannot be made here")
            chmod(dir, 0o555)
        }
        defer { chmod(dir, 0o755) }
        do {
            try AtomicFile.write(Data("x".utf8), to: dir + "/out.csv", replacing: false)
            Issue.record("wrote into a read-only directory")
        } catch {
            #expect(error.description.hasPrefix("cannot write \(dir)/out.csv: "))
            #expect(error.description.contains("Read-only file system") || error.description.contains("Permission denied"))
        }
        #expect(Self.names(dir).isEmpty)
    }

    /// A full disk: a 64 KiB tmpfs and a 1 MiB file. Needs root and mount; elsewhere the
    /// test says it was skipped and why.
    @Test(.enabled(if: geteuid() == 0, "filling a disk needs a small tmpfs, which only root can mount"))
    func aFullDiskLeavesNoPartialFile() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #require(Self.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]), "mount -t tmpfs is not allowed here: cannot fill a disk")
        defer { Self.unmount(dir) }
        let path = dir + "/out.csv"
        try AtomicFile.write(Data("old".utf8), to: path, replacing: false)
        do {
            try AtomicFile.write(Data(count: 1 << 20), to: path, replacing: true)
            Issue.record("wrote 1 MiB into 64 KiB")
        } catch {
            #expect(error.description == "cannot write \(path): No space left on device")
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8), "the old file is still whole")
        #expect(Self.names(dir) == ["out.csv"], "the partial temporary file was removed")
    }
}
