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
    let referenceOrderOnce = Once<(order: [Int32], rank: [Int32])>()
    /// The children list's sort orders, by column and direction (`order(by:descending:)`).
    let ordersOnce = (0..<ChildColumn.allCases.count * 2).map { _ in Once<ChildOrder>() }

    /// One child's running figures while its placements are read.
    private struct Running {
        var placements: Int32 = 0, startsLastYear: Int32 = 0, unplanned: Int32 = 0
        var first = Int32.max, lastEnd = Int32.min
        var latest: Int32 = -1, latestStart = Int32.min, latestEnd = Int32.min
        var home: Int32 = -1, placedBy: Int32 = -1
        var ongoing: UInt8 = 0

        /// Placement `i` counted, if it starts by the snapshot date.
        @inline(__always)
        mutating func add(_ p: Placement, _ i: Int, asOf: Int32, yearAgo: Int32) {
            let start = p.start.daysSince1970
            guard start <= asOf else { return }
            let end = p.end?.daysSince1970 ?? Int32.max
            placements &+= 1
            if start > yearAgo { startsLastYear &+= 1 }
            first = min(first, start)
            if end > asOf { ongoing = 1 } else {
                lastEnd = max(lastEnd, end)
                if p.isUnplannedEnding { unplanned &+= 1 }
            }
            // The latest placement: the last to start, of those the last to end.
            if start > latestStart || (start == latestStart && end >= latestEnd) {
                latest = Int32(i)
                latestStart = start
                latestEnd = end
                home = p.home
                placedBy = p.placingAuthority
            }
        }
    }

    /// The table's columns while they are filled, one child at a time.
    private struct Columns {
        var placements: [Int32], moves: [Int32], unplanned: [Int32], latest: [Int32], days: [Int32]
        var area: [Int32], by: [Int32], ongoing: [UInt8]

        init(count n: Int) {
            // Each its own storage from the start (sharing one would copy it on the first write).
            placements = [Int32](repeating: 0, count: n)
            moves = [Int32](repeating: 0, count: n)
            unplanned = [Int32](repeating: 0, count: n)
            latest = [Int32](repeating: -1, count: n)
            days = [Int32](repeating: -1, count: n)
            area = [Int32](repeating: -1, count: n)
            by = [Int32](repeating: -1, count: n)
            ongoing = [UInt8](repeating: 0, count: n)
        }

        /// A child's figures from its running ones (nothing for a child with no placement).
        @inline(__always)
        mutating func finish(_ c: Int, _ r: Running, asOf: Int32, yearAgo: Int32) {
            guard r.placements > 0 else { return }
            placements[c] = r.placements
            // Moves: placements started in the last 12 months, the first one not counted.
            moves[c] = r.startsLastYear - (r.first > yearAgo ? 1 : 0)
            unplanned[c] = r.unplanned
            latest[c] = r.latest
            ongoing[c] = r.ongoing
            days[c] = (r.ongoing != 0 ? asOf : r.lastEnd) - r.first
            area[c] = r.home // the home for now: its authority is looked up for every child at the end
            by[c] = r.placedBy
        }

        /// Each child's home (in `area` while filling) replaced by the home's authority.
        /// A pass of its own: the look-ups miss the cache (a child's home is anywhere in
        /// the register) and, independent of one another, they overlap here, where inside
        /// the pass over the placements each one stalled it.
        mutating func homesToAuthorities(_ areaOfHome: [Int32]) {
            areaOfHome.withUnsafeBufferPointer { authority in
                area.withUnsafeMutableBufferPointer { area in
                    for c in 0..<area.count where area[c] >= 0 { area[c] = authority[Int(area[c])] }
                }
            }
        }
    }

    public init(index: SnapshotIndex) {
        self.index = index
        let snapshot = index.snapshot
        let n = snapshot.children.count
        let asOf = index.asOf.daysSince1970
        let yearAgo = index.asOf.adding(months: -12).daysSince1970
        let areaOfHome = snapshot.homes.map { $0.localAuthority ?? -1 }
        var columns = Columns(count: n)
        let grouped = snapshot.placements.withUnsafeBufferPointer { all in
            Self.fillByRuns(all, into: &columns, children: n, asOf: asOf, yearAgo: yearAgo)
        }
        if !grouped {
            // Placements in no order of child: every child's running figures kept at
            // once, then finished (a child finished above is finished again, the same).
            var running = [Running](repeating: Running(), count: n)
            running.withUnsafeMutableBufferPointer { run in
                snapshot.placements.withUnsafeBufferPointer { all in
                    for i in 0..<all.count { run[Int(all[i].child)].add(all[i], i, asOf: asOf, yearAgo: yearAgo) }
                }
            }
            for c in 0..<n { columns.finish(c, running[c], asOf: asOf, yearAgo: yearAgo) }
        }
        columns.homesToAuthorities(areaOfHome)
        placements = columns.placements
        moves = columns.moves
        unplanned = columns.unplanned
        latest = columns.latest
        daysInCare = columns.days
        ongoing = columns.ongoing
        homeAuthority = columns.area
        placedBy = columns.by
    }

    /// Fills the columns in one pass when each child's placements lie together (as a
    /// snapshot's usually do): a child's figures stay in registers until its last
    /// placement and are written once, instead of a million children's running figures
    /// kept in memory and read back. False, with the columns part filled, on meeting a
    /// child a second time.
    private static func fillByRuns(_ all: UnsafeBufferPointer<Placement>, into columns: inout Columns, children n: Int,
                                   asOf: Int32, yearAgo: Int32) -> Bool {
        var seen = [UInt8](repeating: 0, count: n)
        var child = -1
        var r = Running()
        for i in 0..<all.count {
            let p = all[i]
            let c = Int(p.child)
            if c != child {
                if child >= 0 { columns.finish(child, r, asOf: asOf, yearAgo: yearAgo) }
                if seen[c] != 0 { return false }
                seen[c] = 1
                child = c
                r = Running()
            }
            r.add(p, i, asOf: asOf, yearAgo: yearAgo)
        }
        if child >= 0 { columns.finish(child, r, asOf: asOf, yearAgo: yearAgo) }
        return true
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

    /// Builds the search of references on another core, so that the first text typed on
    /// the children's line does not wait for it (0.15–0.3 s at 1.6 million children).
    public func prepareSearchInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in _ = referenceSearch }
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

    /// The rows of `rows` (children in `order`'s order; nil: every child) that pass
    /// `clause`, in the same order: the children list keeps each clause's rows in the
    /// order shown, so a keystroke filters rows already in order. A few rows are tested
    /// one by one; otherwise the clause is worked out a column at a time for every
    /// child (contiguous memory, no branches) and the rows kept by looking it up.
    public func narrow(sorted rows: [Int32]?, in order: ChildOrder, by clause: ChildQuery.Clause) -> [Int32] {
        // Text no reference holds a byte of (the start of a field name being typed):
        // nothing to look at.
        if clause.tests.allSatisfy({ if case .reference(let folded) = $0 { !mayContain(folded) } else { false } }) {
            return clause.negated ? rows ?? order.order : []
        }
        if rows == nil, !clause.negated, clause.tests.count == 1, let run = order.run(of: clause.tests[0], in: self) {
            return Array(order.order[run])
        }
        if let rows, rows.count * 8 < count {
            return rows.filter { c in clause.tests.contains { passes($0, Int(c)) } != clause.negated }
        }
        var hits = [UInt8](repeating: 0, count: count)
        hits.withUnsafeMutableBufferPointer { mark(clause, into: $0) }
        return hits.withUnsafeBufferPointer { hit in
            guard let rows else {
                var n = 0
                for h in hit { n &+= Int(h) }
                return order.select(hit, count: n)
            }
            return rows.filter { hit[Int($0)] != 0 }
        }
    }

    /// `hit[i]` set to 1 where child i passes the clause, 0 where not (every entry written).
    private func mark(_ clause: ChildQuery.Clause, into hit: UnsafeMutableBufferPointer<UInt8>) {
        mark(clause.tests[0], into: hit)
        if clause.tests.count > 1 {
            var more = [UInt8](repeating: 0, count: count)
            more.withUnsafeMutableBufferPointer { more in
                for test in clause.tests.dropFirst() {
                    mark(test, into: more)
                    for i in 0..<count { hit[i] |= more[i] }
                }
            }
        }
        if clause.negated { for i in 0..<count { hit[i] ^= 1 } }
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
