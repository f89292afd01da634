/// One child's way through care as the snapshot records it: each placement in date
/// order, how long the child was out of a home between them, and how unsettled the
/// journey has been (moves in the last year, how many homes and authorities).
///
/// Takes the child's placements as plain indices into `Snapshot.placements`, in any
/// order, so it does not depend on how they were found.
public struct ChildJourney: Sendable, Hashable {
    public var child: Int32
    /// Indices into `Snapshot.placements`, by start date (then end date, then index).
    public var placements: [Int]
    /// Days between the end of each placement and the start of the next (0 for a
    /// same-day move); `gapsDays[i]` follows `placements[i]`, so there is one fewer
    /// gap than placements. Nil where a placement has no end yet a later one starts
    /// (inconsistent records), negative where placements overlap.
    public var gapsDays: [Int?]
    /// Moves from one placement to the next whose new placement started in the 12
    /// months up to and including the "as of" day.
    public var movesLastYear: Int
    /// Different homes lived in.
    public var distinctHomes: Int
    /// Different local authorities the homes were in (homes of unknown authority not counted).
    public var distinctHomeAuthorities: Int
    /// Different placing authorities (usually one: the child's own).
    public var distinctPlacingAuthorities: Int
    /// Placements that ended without notice.
    public var unplannedEndings: Int

    /// The journey of `child` from its placements, as known on `asOf` (placements
    /// starting after that day are left out).
    public init(snapshot: Snapshot, child: Int32, placements: some Sequence<Int>, asOf: Day) {
        let all = snapshot.placements
        var ordered = placements.filter { all[$0].start <= asOf }
        ordered.sort { a, b in
            let pa = all[a], pb = all[b]
            if pa.start != pb.start { return pa.start < pb.start }
            let ea = pa.end?.daysSince1970 ?? Int32.max, eb = pb.end?.daysSince1970 ?? Int32.max
            return ea != eb ? ea < eb : a < b
        }
        let yearAgo = asOf.adding(months: -12)
        var gaps: [Int?] = []
        gaps.reserveCapacity(max(0, ordered.count - 1))
        var moves = 0, unplanned = 0
        var homes: [Int32] = [], homeAuthorities: [Int32] = [], placingAuthorities: [Int32] = []
        for (i, index) in ordered.enumerated() {
            let p = all[index]
            if i + 1 < ordered.count {
                let next = all[ordered[i + 1]]
                gaps.append(p.end.map { next.start - $0 })
                if next.start > yearAgo { moves += 1 }
            }
            if let end = p.end, end <= asOf, p.isUnplannedEnding { unplanned += 1 }
            if !homes.contains(p.home) { homes.append(p.home) }
            if let la = snapshot.homes[Int(p.home)].localAuthority, !homeAuthorities.contains(la) { homeAuthorities.append(la) }
            if !placingAuthorities.contains(p.placingAuthority) { placingAuthorities.append(p.placingAuthority) }
        }
        self.child = child
        self.placements = ordered
        self.gapsDays = gaps
        self.movesLastYear = moves
        self.distinctHomes = homes.count
        self.distinctHomeAuthorities = homeAuthorities.count
        self.distinctPlacingAuthorities = placingAuthorities.count
        self.unplannedEndings = unplanned
    }
}
