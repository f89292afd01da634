import HomesData

/// The stability figures the detail screen shows for a home.
struct StabilityFigures: Equatable {
    var places: Int32?
    var occupied = 0
    var ended = 0
    var medianStay: Int?
    var endedLastYear = 0
    var unplannedLastYear = 0
    var startedLastYear = 0

    init(snapshot: Snapshot, placements: [Int32], places: Int32?, asOf: Day) {
        self.places = places
        let yearAgo = asOf.adding(months: -12)
        var stays: [Int] = []
        for p in placements {
            let placement = snapshot.placements[Int(p)]
            if placement.isOngoing(on: asOf) { occupied += 1 }
            if placement.start > yearAgo, placement.start <= asOf { startedLastYear += 1 }
            guard let end = placement.end, end <= asOf else { continue }
            stays.append(end - placement.start)
            if end > yearAgo {
                endedLastYear += 1
                if placement.planned == false { unplannedLastYear += 1 }
            }
        }
        ended = stays.count
        if !stays.isEmpty {
            stays.sort()
            let mid = stays.count / 2
            medianStay = stays.count % 2 == 1 ? stays[mid] : (stays[mid - 1] + stays[mid]) / 2
        }
    }
}
