/// Combines older snapshots into the current one.
///
/// The rule is deliberately narrow: an older snapshot adds the inspections of a home
/// (matched by URN, the inspection by event number) that the current snapshot lacks,
/// so a home's timeline reaches back past what Ofsted's latest files list. Homes,
/// authorities and placements come from the current snapshot alone: a home missing
/// from it has closed or left the register, and stale placements would mislead.
public enum SnapshotHistory {
    /// `history` newest first; when several hold the same extra inspection, the newest wins.
    public static func merge(_ current: Snapshot, with history: [Snapshot]) -> Snapshot {
        var byURN: [String: Int] = [:]
        byURN.reserveCapacity(current.homes.count)
        for (i, h) in current.homes.enumerated() { byURN[h.urn] = i }
        var extras: [Int: [Inspection]] = [:]
        var known: [Int: Set<Int64>] = [:]
        var eventTypes = current.eventTypes
        var eventTypeIndex: [String: UInt16] = [:]
        for (i, t) in eventTypes.enumerated() { eventTypeIndex[t] = UInt16(i) }
        for old in history {
            for home in old.homes {
                guard let target = byURN[home.urn] else { continue }
                if known[target] == nil {
                    known[target] = Set(current.inspections(of: current.homes[target]).map(\.eventNumber))
                }
                for var inspection in old.inspections(of: home) where !known[target]!.contains(inspection.eventNumber) {
                    known[target]!.insert(inspection.eventNumber)
                    let wording = old.eventTypes[Int(inspection.eventType)]
                    if let t = eventTypeIndex[wording] {
                        inspection.eventType = t
                    } else {
                        guard eventTypes.count <= Int(UInt16.max) else { continue }
                        inspection.eventType = UInt16(eventTypes.count)
                        eventTypeIndex[wording] = inspection.eventType
                        eventTypes.append(wording)
                    }
                    extras[target, default: []].append(inspection)
                }
            }
        }
        guard !extras.isEmpty else { return current }
        var merged = current
        merged.eventTypes = eventTypes
        var inspections: [Inspection] = []
        inspections.reserveCapacity(current.inspections.count + extras.values.reduce(0) { $0 + $1.count })
        for i in merged.homes.indices {
            let start = inspections.count
            inspections += current.inspections(of: current.homes[i])
            if let more = extras[i] {
                inspections += more
                inspections[start...].sort { $0.date < $1.date }
            }
            merged.homes[i].inspections = Int32(start)..<Int32(inspections.count)
        }
        merged.inspections = inspections
        return merged
    }
}
