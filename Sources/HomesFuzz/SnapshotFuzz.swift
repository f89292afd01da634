import HomesData

/// The snapshot loader is hand-written over raw pointers and reads a file's placements
/// on several threads at once. Reading in one pass is the oracle: reading the same bytes
/// in pieces must give the same homes, records and problems. Whatever loads must also
/// survive the writer: written back out, it loads again with nothing lost.
enum SnapshotFuzz {
    static let file = "fuzz.json"

    static func violations(_ bytes: [UInt8]) -> [String] {
        let bytes = Array(bytes.prefix(FuzzTarget.maximumInputBytes))
        let one = load(bytes, threads: 1)
        // Pieces as small as 64 bytes: a fuzzed file is small, and the cuts are the point.
        let pieces = load(bytes, threads: 3, minimumChunkBytes: 64)
        var found: [String] = []
        switch (one, pieces) {
        case let (.failure(a), .failure(b)):
            if a.problems.map(\.description) != b.problems.map(\.description) {
                found.append("one pass and pieces refuse the file differently:\n\(a)\n--- pieces ---\n\(b)")
            }
            found += locationsOutside(a.problems, of: bytes)
        case let (.success(a), .success(b)):
            found += differences(a.0, b.0)
            if a.1.map(\.description) != b.1.map(\.description) {
                found.append("one pass and pieces report different problems:\n\(a.1.map(\.description).joined(separator: "\n"))"
                             + "\n--- pieces ---\n\(b.1.map(\.description).joined(separator: "\n"))")
            }
            found += locationsOutside(a.1, of: bytes)
            found += roundTrip(a.0)
        case let (.success, .failure(b)):
            found.append("one pass loads the file but pieces refuse it: \(b)")
        case let (.failure(a), .success):
            found.append("pieces load the file but one pass refuses it: \(a)")
        }
        return found
    }

    static func load(_ bytes: [UInt8], threads: Int, minimumChunkBytes: Int = 1 << 20) -> Result<(Snapshot, [LoadProblem]), LoadFailure> {
        do throws(LoadFailure) {
            return .success(try SnapshotLoader.load(bytes: bytes, file: file,
                                                    options: LoadOptions(threads: threads, minimumChunkBytes: minimumChunkBytes)))
        } catch {
            return .failure(error)
        }
    }

    static func differences(_ a: Snapshot, _ b: Snapshot) -> [String] {
        var found: [String] = []
        if a.homes != b.homes { found.append("one pass and pieces load different homes") }
        if a.inspections != b.inspections { found.append("one pass and pieces load different inspections") }
        if a.placements != b.placements { found.append("one pass and pieces load different placements") }
        if a.children != b.children { found.append("one pass and pieces number the children differently") }
        if a.localAuthorities != b.localAuthorities { found.append("one pass and pieces load different authorities") }
        if a.metadata != b.metadata { found.append("one pass and pieces read different metadata") }
        return found
    }

    /// A line:column must be a place in the file (the column may be one past a line's end).
    static func locationsOutside(_ problems: [LoadProblem], of bytes: [UInt8]) -> [String] {
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        return problems.compactMap { problem in
            guard case let .text(line, column) = problem.location else { return nil }
            return line >= 1 && line <= lines && column >= 1 && column <= bytes.count + 1
                ? nil : "problem placed outside the file (\(lines) lines, \(bytes.count) bytes): \(problem)"
        }
    }

    /// What loaded, written by `SnapshotWriter` and loaded again, is the same snapshot and
    /// has no problems: the writer never writes what the loader refuses.
    static func roundTrip(_ snapshot: Snapshot) -> [String] {
        let written = SnapshotWriter().write(snapshot)
        switch load(written, threads: 1) {
        case let .failure(failure):
            return ["a loaded snapshot, written back out, does not load: \(failure)"]
        case let .success((again, problems)):
            var found = problems.isEmpty ? [] : ["a loaded snapshot, written back out, has problems: "
                                                 + problems.map(\.description).joined(separator: "; ")]
            if again.homes.count != snapshot.homes.count || again.placements.count != snapshot.placements.count
                || again.inspections.count != snapshot.inspections.count {
                found.append("a loaded snapshot, written back out, loads with \(again.homes.count) homes, "
                             + "\(again.inspections.count) inspections and \(again.placements.count) placements instead of "
                             + "\(snapshot.homes.count), \(snapshot.inspections.count) and \(snapshot.placements.count)")
            }
            return found
        }
    }
}
