import Foundation
import Testing
@testable import HomesData

/// A snapshot file changed by another program while `homes` reads it: the load
/// ends with a message naming the file, never a SIGBUS crash.
@Suite struct SnapshotFileBytesTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("homes-filebytes-\(UUID().uuidString).json").path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    static let snapshot = SnapshotWriter().write(SnapshotGenerator(homes: 200, seed: 5, placementsPerHome: 10).generate())

    @Test func aFileCutShortUnderItsMappingIsReadAsZerosAndReported() throws {
        let path = try Self.temporaryFile(Self.snapshot)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.snapshot.count > 200_000)
        let bytes = try FileBytes.read(path)
        defer { bytes.release() }
        #expect(bytes.isMapped)
        // Another program truncates the file after it was mapped, before it is read.
        #expect(truncate(path, 4096) == 0)
        var sum = 0
        for i in stride(from: 0, to: bytes.count, by: 4096) { sum &+= Int(bytes.base[i]) }  // would be SIGBUS unguarded
        #expect(sum > 0)
        #expect(bytes.cutShortWhileRead)
        #expect(bytes.changedSinceRead(path))
        // And the parse of what was mapped stops at the zeros instead of inventing records.
        #expect(throws: LoadFailure.self) {
            _ = try SnapshotLoader.parse(bytes.base, count: bytes.count, file: path, options: LoadOptions(threads: 1))
        }
    }

    @Test func aFileRewrittenInPlaceIsTold() throws {
        let path = try Self.temporaryFile(Self.snapshot)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try FileBytes.read(path)
        defer { bytes.release() }
        #expect(!bytes.changedSinceRead(path))
        let longer = Self.snapshot + Array("\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(longer)))
        #expect(bytes.changedSinceRead(path))
        #expect(!bytes.cutShortWhileRead)
    }

    /// Replaced by renaming another file over it (what an atomic writer does), with the
    /// same size: the identity tells it, and the bytes read are still the old file's.
    @Test func aFileReplacedByRenameIsTold() throws {
        let path = try Self.temporaryFile(Self.snapshot)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try FileBytes.read(path)
        defer { bytes.release() }
        var other = Self.snapshot
        other[other.count - 2] = UInt8(ascii: " ")
        let replacement = try Self.temporaryFile(other)
        #expect(rename(replacement, path) == 0)
        #expect(bytes.changedSinceRead(path))
        #expect(!bytes.cutShortWhileRead)
        #expect(Array(UnsafeBufferPointer(start: bytes.base, count: bytes.count)) == Self.snapshot)
    }

    @Test func theMessageSaysWhatHappenedAndWhatToDo() {
        let failure = SnapshotLoader.changedWhileRead("/data/2023.json", cutShort: true)
        #expect(failure.description.hasPrefix("/data/2023.json: was cut short by another program while homes was reading it"))
        #expect(failure.description.contains("renaming it over the old one"))
    }
}
