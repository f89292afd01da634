/// Every loaded snapshot's view of every home, oldest snapshot first, so that what
/// changed between two snapshots, and one home's story across them, can be told.
///
/// Homes are numbered as in the merged current snapshot (`LoadedSnapshots.current`),
/// which holds every home any snapshot listed. With one snapshot loaded nothing is
/// stored: its states are read off the snapshot itself when asked for.
public struct RegisterTimeline: Sendable {
    /// One snapshot date and the file that gave it.
    public struct Edition: Sendable, Hashable {
        public var date: Day
        public var file: String
        public init(date: Day, file: String) {
            self.date = date
            self.file = file
        }
    }

    /// Oldest first; one per distinct snapshot date.
    public let editions: [Edition]
    /// `states[edition][home]`: nil where that snapshot does not list the home.
    /// Empty when there is a single edition.
    let states: [[HomeState?]]

    init(editions: [Edition], states: [[HomeState?]]) {
        self.editions = editions
        self.states = states
    }

    /// A timeline of one snapshot: no changes, each home's history one row.
    public static func single(_ snapshot: Snapshot, file: String) -> RegisterTimeline {
        RegisterTimeline(editions: [Edition(date: snapshot.metadata.snapshotDate, file: file)], states: [])
    }

    /// What edition `edition` says of `home`; `current` answers for a single edition.
    public func state(of home: Int32, in edition: Int, current: Snapshot) -> HomeState? {
        if states.isEmpty { return HomeState(current.homes[Int(home)], in: current) }
        let column = states[edition]
        return Int(home) < column.count ? column[Int(home)] : nil
    }

    /// The home as each edition saw it, oldest first (nil: not listed then).
    public func history(of home: Int32, current: Snapshot) -> [(edition: Edition, state: HomeState?)] {
        editions.indices.map { (editions[$0], state(of: home, in: $0, current: current)) }
    }

    /// Whether there are two snapshots to compare.
    public var hasChanges: Bool { editions.count >= 2 }

    /// The edition with this date, or the latest one on or before it.
    public func edition(onOrBefore day: Day) -> Int? {
        editions.lastIndex { $0.date <= day }
    }

    /// The changes from edition `older` to edition `newer` for the given homes (all
    /// when nil), by kind in `ChangeKind` order, then by URN.
    public func changes(from older: Int, to newer: Int, homes: [Int32]? = nil, current: Snapshot) -> [RegisterChange] {
        guard hasChanges, older != newer, editions.indices.contains(older), editions.indices.contains(newer) else { return [] }
        let old = states[older], new = states[newer]
        var byKind = [[RegisterChange]](repeating: [], count: ChangeKind.allCases.count)
        func visit(_ h: Int) {
            let a = h < old.count ? old[h] : nil, b = h < new.count ? new[h] : nil
            if a == nil && b == nil { return }
            for c in RegisterChange.between(a, b, home: Int32(h), record: current.homes[h]) {
                byKind[ChangeKind.allCases.firstIndex(of: c.kind)!].append(c)
            }
        }
        if let homes { for h in homes { visit(Int(h)) } } else { for h in current.homes.indices { visit(h) } }
        let urns = current.homes
        return byKind.flatMap { group in group.sorted { urns[Int($0.home)].urn < urns[Int($1.home)].urn } }
    }

    /// Per home, the `ChangeKind.bit`s of its changes between the two newest
    /// editions (all zero with one edition): the index's `changed:` column.
    public func latestChangeMasks(current: Snapshot) -> [UInt16] {
        var masks = [UInt16](repeating: 0, count: current.homes.count)
        guard hasChanges else { return masks }
        for c in changes(from: editions.count - 2, to: editions.count - 1, current: current) {
            masks[Int(c.home)] |= c.kind.bit
        }
        return masks
    }
}
