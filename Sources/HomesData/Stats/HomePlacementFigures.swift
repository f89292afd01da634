/// Per-home placement figures for every home at once, as query fields, sort keys and
/// filter facets read them: `placements`, `occupancy`, `unplanned` and `moves`.
///
/// The same counts as `HomeStability` gives for one home, but made in one pass over
/// every placement (no grouping by home, no sort), so the index builds them in a few
/// milliseconds even with millions of placements. Windows are the 12 months up to and
/// including the snapshot date, as in `HomeStability`; placements starting after it
/// are left out, and one ending after it is still ongoing.
public struct HomePlacementFigures: Sendable {
    /// Placements live at any time in the last 12 months (ongoing at some point in the
    /// window): how busy the home has been.
    public let placements: [Int32]
    /// Placements ongoing at the snapshot date: the children living there.
    public let ongoing: [Int32]
    /// Ongoing placements as a whole percentage of registered places (rounded); -1 when
    /// places are unknown or zero.
    public let occupancy: [Int32]
    /// Unplanned endings in the last 12 months.
    public let unplanned: [Int32]
    /// Children moving in or out in the last 12 months: placements started plus
    /// placements ended in the window.
    public let moves: [Int32]

    public init(snapshot: Snapshot, asOf: Day) {
        let n = snapshot.homes.count
        var placements = [Int32](repeating: 0, count: n)
        var ongoing = placements, unplanned = placements, moves = placements
        let yearAgo = asOf.adding(months: -12).daysSince1970
        let today = asOf.daysSince1970
        snapshot.placements.withUnsafeBufferPointer { all in
            for p in all {
                let h = Int(p.home)
                guard h >= 0, h < n else { continue }
                let start = p.start.daysSince1970
                guard start <= today else { continue }
                let end = p.end?.daysSince1970
                let endedByNow = end.map { $0 <= today } ?? false
                if !endedByNow { ongoing[h] += 1 }
                // Live in the window: not ended on or before the day a year ago.
                if end.map({ $0 > yearAgo }) ?? true { placements[h] += 1 }
                if start > yearAgo { moves[h] += 1 }
                if endedByNow, let end, end > yearAgo {
                    moves[h] += 1
                    if p.isUnplannedEnding { unplanned[h] += 1 }
                }
            }
        }
        var occupancy = [Int32](repeating: -1, count: n)
        for (i, home) in snapshot.homes.enumerated() {
            guard let places = home.places, places > 0 else { continue }
            occupancy[i] = Int32((Double(ongoing[i]) * 100 / Double(places)).rounded())
        }
        self.placements = placements
        self.ongoing = ongoing
        self.occupancy = occupancy
        self.unplanned = unplanned
        self.moves = moves
    }
}
