import HomesData

/// The small snapshot the query and browser targets run against: generated (so it needs
/// no file), with a history of two snapshots so changes and trends have something to show.
/// Made once per process; a fuzzer runs millions of inputs against it.
enum FuzzSnapshot {
    static let index: SnapshotIndex = {
        let older = SnapshotGenerator(homes: 60, seed: 3, snapshotDate: Day(iso: "2024-03-31")!).generate()
        let newer = SnapshotGenerator(homes: 70, seed: 3).generate()
        do throws(LoadFailure) {
            let writer = SnapshotWriter()
            let a = try SnapshotLoader.load(bytes: writer.write(older), file: "older.json", options: LoadOptions(threads: 1)).0
            let b = try SnapshotLoader.load(bytes: writer.write(newer), file: "newer.json", options: LoadOptions(threads: 1)).0
            let (current, timeline, _) = SnapshotHistory.combine([.init(a, file: "older.json"), .init(b, file: "newer.json")])
            return SnapshotIndex(current, timeline: timeline)
        } catch {
            fatalError("the fuzzers' generated snapshot does not load: \(error)")
        }
    }()
}
