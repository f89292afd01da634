/// How settled the children at one home have been: the figures an inspector looks at
/// beside the inspection history (occupancy, typical length of stay, sudden endings,
/// turnover).
///
/// Takes the home's placements as plain indices into `Snapshot.placements` so it does
/// not depend on how they were found (the index, a scan, a test's hand-built list).
public struct HomeStability: Sendable, Hashable {
    /// Placements ongoing on the "as of" day.
    public var ongoing: Int
    /// The home's registered places, when published.
    public var places: Int?
    /// Ended placements (end on or before the "as of" day).
    public var ended: Int
    /// Median length, in days, of the ended placements; nil when none has ended.
    public var medianStayDays: Double?
    /// Placements that ended in the 12 months up to and including the "as of" day.
    public var endingsLastYear: Int
    /// How many of those endings were unplanned.
    public var unplannedEndingsLastYear: Int
    /// Placements that started in the 12 months up to and including the "as of" day.
    public var startsLastYear: Int

    /// Ongoing placements against places (0.5 = half full); nil without places.
    public var occupancy: Double? {
        guard let places, places > 0 else { return nil }
        return Double(ongoing) / Double(places)
    }

    /// Share of the last 12 months' endings that were unplanned; nil when nothing ended.
    public var unplannedShareLastYear: Double? {
        endingsLastYear == 0 ? nil : Double(unplannedEndingsLastYear) / Double(endingsLastYear)
    }

    public init(ongoing: Int, places: Int?, ended: Int, medianStayDays: Double?, endingsLastYear: Int,
                unplannedEndingsLastYear: Int, startsLastYear: Int) {
        self.ongoing = ongoing
        self.places = places
        self.ended = ended
        self.medianStayDays = medianStayDays
        self.endingsLastYear = endingsLastYear
        self.unplannedEndingsLastYear = unplannedEndingsLastYear
        self.startsLastYear = startsLastYear
    }

    /// Figures for `home` from its placements, as they stood on `asOf`: placements
    /// starting after that day are ignored, and one ending after it counts as ongoing.
    public init(snapshot: Snapshot, home: Int, placements: some Sequence<Int>, asOf: Day) {
        let yearAgo = asOf.adding(months: -12)
        var ongoing = 0, endings = 0, unplanned = 0, starts = 0
        var lengths: [Int] = []
        for index in placements {
            let p = snapshot.placements[index]
            guard p.start <= asOf else { continue }
            if p.start > yearAgo { starts += 1 }
            if let end = p.end, end <= asOf {
                lengths.append(end - p.start)
                if end > yearAgo {
                    endings += 1
                    if p.isUnplannedEnding { unplanned += 1 }
                }
            } else {
                ongoing += 1
            }
        }
        self.init(ongoing: ongoing, places: snapshot.homes[home].places.map(Int.init), ended: lengths.count,
                  medianStayDays: Self.median(&lengths), endingsLastYear: endings,
                  unplannedEndingsLastYear: unplanned, startsLastYear: starts)
    }

    /// The middle value, or the mean of the two middle values; nil for no values.
    static func median(_ values: inout [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        values.sort()
        let mid = values.count / 2
        return values.count % 2 == 1 ? Double(values[mid]) : Double(values[mid - 1] + values[mid]) / 2
    }
}

extension Placement {
    /// Whether the placement ended without notice: `planned` says so when recorded;
    /// otherwise the reason for the change or for ceasing is one of SSDA903's unplanned
    /// codes. An ongoing placement has not ended at all, so it is never unplanned.
    public var isUnplannedEnding: Bool {
        guard end != nil else { return false }
        if let planned { return !planned }
        if let r = reasonPlaceChange, Placement.unplannedChange[Int(r)] { return true }
        if let r = reasonCeased, Placement.unplannedCeased[Int(r)] { return true }
        return false
    }

    /// Whether each code of the two tables is an unplanned ending, by index: the
    /// children list asks of millions of placements, and a set of strings per
    /// placement cost more than the rest of its pass.
    static let unplannedChange = SSDA903.reasonsForPlacementChange.map { SSDA903.unplannedEndingCodes.contains($0.code) }
    static let unplannedCeased = SSDA903.reasonsEpisodeCeased.map { SSDA903.unplannedEndingCodes.contains($0.code) }
}
