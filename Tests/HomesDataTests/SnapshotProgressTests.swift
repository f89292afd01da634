import Foundation
@testable import HomesData
import Testing

/// The progress line's figures: a load counts the bytes it has read against the files'
/// sizes, so "312 MB of 822 MB" is true, and counts nothing when nobody asked.
@Suite struct SnapshotProgressTests {
    static let sample = ImportFixtures.repository.appendingPathComponent(BundledSample.directory).path

    @Test func aLoadCountsItsBytesAgainstTheFilesSizes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sample).filter { $0.hasSuffix(".json") }
        let size = try files.reduce(Int64(0)) { sum, name in
            sum + ((try FileManager.default.attributesOfItem(atPath: Self.sample + "/" + name)[.size] as? Int64) ?? 0)
        }
        let progress = ProgressCounter()
        _ = try SnapshotLoader.load(paths: [Self.sample], options: LoadOptions(threads: 2, minimumChunkBytes: 1 << 16, progress: progress))
        #expect(progress.expected == size)
        // Counted in steps of about 2 MB per file, so the last part of each is not.
        #expect(progress.done >= 2 << 20, "\(progress.done) of \(size)")
        #expect(progress.done <= size)
    }

    @Test func theSameLoadWithoutACounterGivesTheSameSnapshot() throws {
        let counted = try SnapshotLoader.load(paths: [Self.sample], options: LoadOptions(progress: ProgressCounter()))
        let plain = try SnapshotLoader.load(paths: [Self.sample], options: LoadOptions())
        #expect(counted.current.homes.count == plain.current.homes.count)
        #expect(counted.current.placements.count == plain.current.placements.count)
        #expect(counted.problems == plain.problems)
    }
}
