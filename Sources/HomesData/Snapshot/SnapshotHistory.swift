/// Combines several dated snapshots into the current one and a register timeline.
///
/// - The newest snapshot is current (the first listed wins a tie). Its homes,
///   authorities and placements are the present; stale placements would mislead.
/// - An older snapshot adds the inspections of a home (matched by URN, the
///   inspection by event number) that newer ones lack, so a home's timeline reaches
///   back past what Ofsted's latest files list.
/// - A home only older snapshots list is kept, so `status:closed` and `homes show`
///   still find it: it left the register between that snapshot and the current
///   one, so if it was open then it is recorded as closed (date unknown) now.
/// - Every snapshot's view of every home is kept in a `RegisterTimeline`.
///
/// Nothing valid is dropped for a disagreement: snapshots sharing a date, and
/// snapshots disagreeing about an inspection, are reported as warnings naming both
/// files, and the newer (or first listed) file's version is used.
public enum SnapshotHistory {
    public struct Dated: Sendable {
        public var snapshot: Snapshot
        public var file: String
        public init(_ snapshot: Snapshot, file: String) {
            self.snapshot = snapshot
            self.file = file
        }
    }

    public static func combine(_ inputs: [Dated]) -> (current: Snapshot, timeline: RegisterTimeline, problems: [LoadProblem]) {
        precondition(!inputs.isEmpty, "combine needs a snapshot")
        // Newest first; a stable sort keeps the order given among equal dates.
        let ordered = inputs.enumerated().sorted { a, b in
            let da = a.element.snapshot.metadata.snapshotDate, db = b.element.snapshot.metadata.snapshotDate
            return da != db ? da > db : a.offset < b.offset
        }.map(\.element)
        let first = ordered[0]
        if ordered.count == 1 { return (first.snapshot, .single(first.snapshot, file: first.file), []) }

        var merger = Merger(current: first.snapshot, file: first.file)
        for older in ordered.dropFirst() { merger.add(older) }
        let current = merger.finish()

        // One edition per date, oldest first; a date's first-listed file speaks first.
        var editions: [RegisterTimeline.Edition] = []
        var states: [[HomeState?]] = []
        for d in ordered.reversed() {
            let date = d.snapshot.metadata.snapshotDate
            if editions.last?.date != date {
                editions.append(.init(date: date, file: d.file))
                states.append([HomeState?](repeating: nil, count: current.homes.count))
            }
        }
        for d in ordered {
            let e = editions.lastIndex { $0.date == d.snapshot.metadata.snapshotDate }!
            for home in d.snapshot.homes {
                guard let h = merger.byURN[home.urn], states[e][h] == nil else { continue }
                states[e][h] = HomeState(home, in: d.snapshot)
            }
        }
        return (current, RegisterTimeline(editions: editions, states: states), merger.problems)
    }

    /// Folds older snapshots, newest first, into the current one.
    struct Merger {
        var current: Snapshot
        let currentFile: String
        var byURN: [String: Int] = [:]
        /// Homes only older snapshots list, in the order first met.
        var added: [Home] = []
        var extras: [Int: [Inspection]] = [:]
        /// Every inspection met so far, by event number: its home, date, judgement
        /// and the file (index into `files`) it came from. One flat table, so an
        /// older snapshot costs one look-up per inspection and nothing per home.
        var known: [Int64: (home: Int32, date: Day, overall: Judgement?, file: Int32)] = [:]
        var files: [String]
        var eventTypeIndex: [String: UInt16] = [:]
        var authorityIndex: [String: Int32] = [:]
        var problems: [LoadProblem] = []

        init(current: Snapshot, file: String) {
            self.current = current
            self.currentFile = file
            files = [file]
            byURN.reserveCapacity(current.homes.count)
            known.reserveCapacity(current.inspections.count)
            for (i, h) in current.homes.enumerated() {
                byURN[h.urn] = i
                for ins in current.inspections(of: h) { known[ins.eventNumber] = (Int32(i), ins.date, ins.overall, 0) }
            }
            for (i, t) in current.eventTypes.enumerated() { eventTypeIndex[t] = UInt16(i) }
            for (i, a) in current.localAuthorities.enumerated() { authorityIndex[Self.key(a)] = Int32(i) }
        }

        static func key(_ a: LocalAuthority) -> String { a.code.isEmpty ? "name:" + a.name : a.code }

        mutating func add(_ older: Dated) {
            let old = older.snapshot
            let fileIndex = Int32(files.count)
            files.append(older.file)
            let sameDate = old.metadata.snapshotDate == current.metadata.snapshotDate
            if sameDate {
                problems.append(LoadProblem(file: older.file, location: .file, message:
                    "has the same snapshot date (\(old.metadata.snapshotDate.iso)) as \(currentFile): that file is the register at this date; "
                    + "this one adds only the homes and inspections it lacks. Give snapshots of different dates to see changes",
                    isWarning: true))
            }
            // Authorities by code, so an older file's numbering need not match.
            var authorityMap = [Int32](repeating: -1, count: old.localAuthorities.count)
            for (i, a) in old.localAuthorities.enumerated() {
                if let j = authorityIndex[Self.key(a)] {
                    authorityMap[i] = j
                    // An authority's children's services judgement from an older
                    // file is still its latest where no newer file gives one.
                    if current.localAuthorities[Int(j)].inspection == nil { current.localAuthorities[Int(j)].inspection = a.inspection }
                    continue
                }
                let j = Int32(current.localAuthorities.count)
                current.localAuthorities.append(a)
                authorityIndex[Self.key(a)] = j
                authorityMap[i] = j
            }
            var disagreements = 0
            var example = ""
            // By index: most homes are already known, and copying each one (a dozen
            // strings to retain and release) cost more than the rest of the merge.
            for h in old.homes.indices {
                let urn = old.homes[h].urn
                let ownInspections = old.inspections[Int(old.homes[h].inspections.lowerBound)..<Int(old.homes[h].inspections.upperBound)]
                let target: Int
                if let t = byURN[urn] {
                    target = t
                } else {
                    var home = old.homes[h]
                    target = current.homes.count + added.count
                    byURN[urn] = target
                    if let a = home.localAuthority { home.localAuthority = Int(a) < authorityMap.count && authorityMap[Int(a)] >= 0 ? authorityMap[Int(a)] : nil }
                    // Listed then, not listed in the newer register: it has left it.
                    if !sameDate, home.isOpen(on: old.metadata.snapshotDate), home.closureDate == nil {
                        home.status = .closed
                    }
                    home.inspections = 0..<0
                    added.append(home)
                }
                for var inspection in ownInspections {
                    if let had = known[inspection.eventNumber], had.home == Int32(target) {
                        if had.date != inspection.date || had.overall != inspection.overall {
                            disagreements += 1
                            if example.isEmpty {
                                example = "event \(inspection.eventNumber) of \(urn) is \(inspection.date.iso) \(inspection.overall?.ofstedName ?? "unjudged") here "
                                    + "but \(had.date.iso) \(had.overall?.ofstedName ?? "unjudged") in \(files[Int(had.file)])"
                            }
                        }
                        continue
                    }
                    known[inspection.eventNumber] = (Int32(target), inspection.date, inspection.overall, fileIndex)
                    let wording = old.eventTypes[Int(inspection.eventType)]
                    if let t = eventTypeIndex[wording] {
                        inspection.eventType = t
                    } else {
                        guard current.eventTypes.count <= Int(UInt16.max) else { continue }
                        inspection.eventType = UInt16(current.eventTypes.count)
                        eventTypeIndex[wording] = inspection.eventType
                        current.eventTypes.append(wording)
                    }
                    extras[target, default: []].append(inspection)
                }
            }
            if disagreements > 0 {
                problems.append(LoadProblem(file: older.file, location: .file, message:
                    "disagrees with a newer snapshot about \(disagreements) inspection\(disagreements == 1 ? "" : "s") "
                    + "(same event number, another date or judgement; e.g. \(example)): the newer file's are used",
                    isWarning: true))
            }
        }

        /// The current snapshot with the added homes and every extra inspection.
        mutating func finish() -> Snapshot {
            guard !extras.isEmpty || !added.isEmpty else { return current }
            var merged = current
            merged.homes += added
            var inspections: [Inspection] = []
            inspections.reserveCapacity(current.inspections.count + extras.values.reduce(0) { $0 + $1.count })
            for i in merged.homes.indices {
                let start = inspections.count
                if i < current.homes.count { inspections += current.inspections(of: current.homes[i]) }
                if let more = extras[i] {
                    inspections += more
                    inspections[start...].sort { $0.date != $1.date ? $0.date < $1.date : $0.eventNumber < $1.eventNumber }
                }
                merged.homes[i].inspections = Int32(start)..<Int32(inspections.count)
            }
            merged.inspections = inspections
            return merged
        }
    }
}
