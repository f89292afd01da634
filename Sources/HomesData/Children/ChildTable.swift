import Foundation

/// Every child of a snapshot as one row: reference, current or last home, placing
/// authority, placements, moves in the last 12 months, unplanned endings and time
/// in care so far, as of the snapshot date — the same figures as `ChildJourney`,
/// worked out for every child in one pass over the placements (a journey per child
/// would sort each child's placements; a million children want columns).
///
/// Placements starting after the snapshot date are left out, as in the journey.
/// A child with no placement by then is still a row: one row per reference.
public final class ChildTable: Sendable {
    public let index: SnapshotIndex
    public var count: Int { placements.count }
    /// Per child: placements up to the snapshot date, moves in its last 12 months
    /// (placements started then, the first placement not counted), unplanned endings.
    public let placements: [Int32], moves: [Int32], unplanned: [Int32]
    /// Per child: its latest placement (by start, then end), -1 for none.
    public let latest: [Int32]
    /// Per child: days from its first placement's start to the snapshot date (or to its
    /// last end when no placement is ongoing); -1 for none.
    public let daysInCare: [Int32]
    /// Per child: 1 while a placement is ongoing on the snapshot date.
    public let ongoing: [UInt8]
    /// Per child: the authority of its latest placement's home, -1 where unknown, and
    /// the authority that made that placement, -1 for none.
    public let homeAuthority: [Int32], placedBy: [Int32]
    /// References folded for free text, and which bytes occur in any of them, built on
    /// the first search: a word being typed ("m", "mo"…) that holds a byte no reference
    /// has is answered without reading a million references.
    private let referencesOnce = Once<(column: FoldedColumn, present: [Bool])>()
    let referenceRankOnce = Once<[Int32]>()

    /// One child's running figures while the placements are read. Kept together so
    /// each placement touches one cache line of its child, not one per column: with a
    /// million children scattered through three million placements, that is most of
    /// the time the table takes.
    private struct Running {
        var placements: Int32 = 0, startsLastYear: Int32 = 0, unplanned: Int32 = 0
        var first = Int32.max, lastEnd = Int32.min
        var latest: Int32 = -1, latestStart = Int32.min, latestEnd = Int32.min
        var home: Int32 = -1, placedBy: Int32 = -1
        var ongoing: UInt8 = 0
    }

    public init(index: SnapshotIndex) {
        self.index = index
        let snapshot = index.snapshot
        let n = snapshot.children.count
        let asOf = index.asOf.daysSince1970
        let yearAgo = index.asOf.adding(months: -12).daysSince1970
        var running = [Running](repeating: Running(), count: n)
        running.withUnsafeMutableBufferPointer { run in
            snapshot.placements.withUnsafeBufferPointer { all in
                for i in 0..<all.count {
                    let p = all[i]
                    let start = p.start.daysSince1970
                    guard start <= asOf else { continue }
                    let end = p.end?.daysSince1970 ?? Int32.max
                    var r = run[Int(p.child)]
                    r.placements &+= 1
                    if start > yearAgo { r.startsLastYear &+= 1 }
                    r.first = min(r.first, start)
                    if end > asOf { r.ongoing = 1 } else {
                        r.lastEnd = max(r.lastEnd, end)
                        if p.isUnplannedEnding { r.unplanned &+= 1 }
                    }
                    // The latest placement: the last to start, of those the last to end.
                    if start > r.latestStart || (start == r.latestStart && end >= r.latestEnd) {
                        r.latest = Int32(i)
                        r.latestStart = start
                        r.latestEnd = end
                        r.home = p.home
                        r.placedBy = p.placingAuthority
                    }
                    run[Int(p.child)] = r
                }
            }
        }
        let areaOfHome = snapshot.homes.map { $0.localAuthority ?? -1 }
        var placements = [Int32](repeating: 0, count: n), moves = placements, unplanned = placements
        var latest = [Int32](repeating: -1, count: n), days = latest, area = latest, by = latest
        var ongoing = [UInt8](repeating: 0, count: n)
        for c in 0..<n where running[c].placements > 0 {
            let r = running[c]
            placements[c] = r.placements
            // Moves: placements started in the last 12 months, the first one not counted.
            moves[c] = r.startsLastYear - (r.first > yearAgo ? 1 : 0)
            unplanned[c] = r.unplanned
            latest[c] = r.latest
            ongoing[c] = r.ongoing
            days[c] = (r.ongoing != 0 ? asOf : r.lastEnd) - r.first
            area[c] = areaOfHome[Int(r.home)]
            by[c] = r.placedBy
        }
        self.placements = placements
        self.moves = moves
        self.unplanned = unplanned
        self.latest = latest
        self.daysInCare = days
        self.ongoing = ongoing
        self.homeAuthority = area
        self.placedBy = by
    }

    var references: FoldedColumn { referenceSearch.column }

    private var referenceSearch: (column: FoldedColumn, present: [Bool]) {
        referencesOnce.value {
            let column = FoldedColumn(count: count) { self.index.snapshot.children[$0] }
            var present = [Bool](repeating: false, count: 256)
            for b in column.bytes { present[Int(b)] = true }
            return (column, present)
        }
    }

    /// Whether any reference could contain `folded`.
    private func mayContain(_ folded: [UInt8]) -> Bool {
        let present = referenceSearch.present
        return folded.allSatisfy { present[Int($0)] }
    }

    public func reference(_ child: Int32) -> String { index.snapshot.children[Int(child)] }

    /// The child's current or last home, nil with no placement.
    public func home(_ child: Int32) -> Int32? {
        let l = latest[Int(child)]
        return l < 0 ? nil : index.snapshot.placements[Int(l)].home
    }

    /// The authority that made the child's latest placement, nil with no placement.
    public func placingAuthority(_ child: Int32) -> Int32? {
        placedBy[Int(child)] < 0 ? nil : placedBy[Int(child)]
    }

    /// The children `query` selects, in child order.
    public func matches(_ query: ChildQuery) -> [Int32] {
        query.clauses.reduce(nil) { narrow($0, by: $1) } ?? (0..<Int32(count)).map { $0 }
    }

    /// The children of `candidates` (nil: every child) that pass `clause`, in the
    /// candidates' order. Every child is tested a column at a time; a few candidates
    /// one by one, so a clause typed after a narrow one costs next to nothing.
    public func narrow(_ candidates: [Int32]?, by clause: ChildQuery.Clause) -> [Int32] {
        if let candidates, candidates.count * 8 < count {
            return candidates.filter { c in clause.tests.contains { passes($0, Int(c)) } != clause.negated }
        }
        var selected = [UInt8](repeating: 0, count: count)
        if let candidates { for c in candidates { selected[Int(c)] = 1 } } else { selected.withUnsafeMutableBufferPointer { $0.update(repeating: 1) } }
        selected.withUnsafeMutableBufferPointer { apply(clause, to: $0) }
        var out: [Int32] = []
        if let candidates {
            for c in candidates where selected[Int(c)] != 0 { out.append(c) }
        } else {
            for i in 0..<count where selected[i] != 0 { out.append(Int32(i)) }
        }
        return out
    }

    /// One child against one test.
    private func passes(_ test: ChildQuery.Test, _ c: Int) -> Bool {
        switch test {
        case .reference(let folded): mayContain(folded) && references.contains(folded, home: c)
        case .moves(let lo, let hi): moves[c] >= lo && moves[c] <= hi
        case .unplanned(let lo, let hi): unplanned[c] >= lo && unplanned[c] <= hi
        case .placements(let lo, let hi): placements[c] >= lo && placements[c] <= hi
        case .ongoing: ongoing[c] != 0
        case .placedBy(let table): table[Int(placedBy[c]) + 1] != 0
        case .placedIn(let table): table[Int(homeAuthority[c]) + 1] != 0
        }
    }

    private func apply(_ clause: ChildQuery.Clause, to sel: UnsafeMutableBufferPointer<UInt8>) {
        let flip: UInt8 = clause.negated ? 1 : 0
        var any = [UInt8](repeating: 0, count: count), hits = any
        any.withUnsafeMutableBufferPointer { any in
            hits.withUnsafeMutableBufferPointer { hit in
                for test in clause.tests {
                    mark(test, into: hit)
                    for i in 0..<count { any[i] |= hit[i] }
                }
            }
            for i in 0..<count { sel[i] &= any[i] ^ flip }
        }
    }

    /// `hits[i]` set to whether child i passes the test (every entry written).
    private func mark(_ test: ChildQuery.Test, into hit: UnsafeMutableBufferPointer<UInt8>) {
        switch test {
        case .reference(let folded):
            hit.update(repeating: 0)
            if mayContain(folded) { references.markMatches(folded, into: hit) }
        case .moves(let lo, let hi): markRange(moves, lo, hi, into: hit)
        case .unplanned(let lo, let hi): markRange(unplanned, lo, hi, into: hit)
        case .placements(let lo, let hi): markRange(placements, lo, hi, into: hit)
        case .ongoing: for i in 0..<count { hit[i] = ongoing[i] }
        case .placedBy(let table): lookUp(placedBy, table, into: hit)
        case .placedIn(let table): lookUp(homeAuthority, table, into: hit)
        }
    }

    /// `hits[i] = table[column[i] + 1]`: authorities index the table, -1 its first entry.
    private func lookUp(_ column: [Int32], _ table: [UInt8], into hits: UnsafeMutableBufferPointer<UInt8>) {
        column.withUnsafeBufferPointer { col in
            table.withUnsafeBufferPointer { t in for i in 0..<col.count { hits[i] = t[Int(col[i]) + 1] } }
        }
    }

    private func markRange(_ column: [Int32], _ lo: Int32, _ hi: Int32, into hits: UnsafeMutableBufferPointer<UInt8>) {
        column.withUnsafeBufferPointer { col in
            for i in 0..<col.count { hits[i] = col[i] >= lo && col[i] <= hi ? 1 : 0 }
        }
    }
}
