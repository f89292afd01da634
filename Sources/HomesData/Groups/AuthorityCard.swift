/// One local authority's figures, as an inspector asks for them before a visit: its
/// children's services judgement, the homes open in its area by rating and sector,
/// their places, and from the placements where its children live and who else places
/// children in its area.
///
/// Children are counted by the placements ongoing on the snapshot date, each child
/// once per count; the unplanned share is of the placements it made that ended in the
/// 12 months up to that date.
public struct AuthorityCard: Sendable, Equatable {
    public let authority: Int32
    /// Open homes in its area and their registered places.
    public var homes = 0, places = 0
    /// Open homes by latest rating (outstanding, good, RI, inadequate, not yet rated).
    public var ratings = [0, 0, 0, 0, 0]
    /// Open homes by sector, most first; nil for homes whose sector is not published.
    public var sectors: [(sector: Sector?, homes: Int)] = []
    /// Children it placed who live in a home in its own area now, and elsewhere.
    public var placedInArea = 0, placedElsewhere = 0
    /// Children other authorities placed in homes in its area, living there now.
    public var placedInByOthers = 0
    /// Its placements that ended in the last 12 months, and how many ended unplanned.
    public var endingsLastYear = 0, unplannedEndingsLastYear = 0
    /// Where the children it placed elsewhere live, and who places children into its
    /// area: authorities by children, most first (at most five each).
    public var elsewhere: [(authority: Int32, children: Int)] = []
    public var placingIn: [(authority: Int32, children: Int)] = []

    public static func == (a: AuthorityCard, b: AuthorityCard) -> Bool {
        a.authority == b.authority && a.homes == b.homes && a.places == b.places && a.ratings == b.ratings
            && a.sectors.map(\.sector) == b.sectors.map(\.sector) && a.sectors.map(\.homes) == b.sectors.map(\.homes)
            && a.placedInArea == b.placedInArea && a.placedElsewhere == b.placedElsewhere && a.placedInByOthers == b.placedInByOthers
            && a.endingsLastYear == b.endingsLastYear && a.unplannedEndingsLastYear == b.unplannedEndingsLastYear
            && a.elsewhere.map(\.authority) == b.elsewhere.map(\.authority) && a.placingIn.map(\.authority) == b.placingIn.map(\.authority)
    }

    public init(index: SnapshotIndex, authority: Int32) {
        self.authority = authority
        let snapshot = index.snapshot
        let asOf = index.asOf
        var sectors: [UInt8: Int] = [:]
        for h in index.homes(inAuthority: authority) where index.isOpen(h) {
            homes += 1
            places += Int(max(0, index.places[Int(h)]))
            let rating = index.rating[Int(h)]
            ratings[rating == 0 ? 4 : Int(rating) - 1] += 1
            sectors[index.sector[Int(h)], default: 0] += 1
        }
        self.sectors = sectors.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (Sector(rawValue: $0.key), $0.value) }

        let yearAgo = asOf.adding(months: -12)
        var inArea = Set<Int32>(), away = Set<Int32>()
        var awayBy: [Int32: Set<Int32>] = [:]
        for p in index.placements(placedBy: authority) {
            let placement = snapshot.placements[Int(p)]
            guard placement.start <= asOf else { continue }
            if let end = placement.end, end <= asOf {
                if end > yearAgo {
                    endingsLastYear += 1
                    if placement.isUnplannedEnding { unplannedEndingsLastYear += 1 }
                }
                continue
            }
            let area = snapshot.homes[Int(placement.home)].localAuthority ?? -1
            if area == authority { inArea.insert(placement.child) } else {
                away.insert(placement.child)
                awayBy[area, default: []].insert(placement.child)
            }
        }
        placedInArea = inArea.count
        placedElsewhere = away.count
        var fromOthers = Set<Int32>()
        var fromBy: [Int32: Set<Int32>] = [:]
        for h in index.homes(inAuthority: authority) {
            for p in index.placements(ofHome: h) {
                let placement = snapshot.placements[Int(p)]
                guard placement.placingAuthority != authority, placement.isOngoing(on: asOf) else { continue }
                fromOthers.insert(placement.child)
                fromBy[placement.placingAuthority, default: []].insert(placement.child)
            }
        }
        placedInByOthers = fromOthers.count
        func top(_ by: [Int32: Set<Int32>]) -> [(authority: Int32, children: Int)] {
            by.filter { $0.key >= 0 }.map { ($0.key, $0.value.count) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5).map { ($0.0, $0.1) }
        }
        elsewhere = top(awayBy)
        placingIn = top(fromBy)
    }
}
