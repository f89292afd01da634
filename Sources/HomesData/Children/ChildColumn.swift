/// The columns of the children list, which it sorts by (`homes children --sort`).
public enum ChildColumn: String, CaseIterable, Sendable {
    case reference, home, placedBy = "placed-by", placements, moves, unplanned, inCare = "in-care"

    public var title: String {
        switch self {
        case .reference: "Child"
        case .home: "Current or last home"
        case .placedBy: "Placed by"
        case .placements: "Placements"
        case .moves: "Moves 12m"
        case .unplanned: "Unplanned"
        case .inCare: "In care"
        }
    }

    /// Counts read largest first (the children who moved most); names A to Z.
    public var descendingFirst: Bool {
        switch self {
        case .reference, .home, .placedBy: false
        default: true
        }
    }
}

extension ChildTable {
    /// The children in a column's order, ties in reference order of the snapshot
    /// (child index); children without a value (no placement) last both ways.
    /// Integer keys and a radix sort, as the homes' list sorts: a million children
    /// sort in a few linear passes.
    public func sorted(_ children: [Int32], by column: ChildColumn, descending: Bool) -> [Int32] {
        let authorityOrder = column == .placedBy ? index.authorityOrder : []
        let primary: (Int) -> UInt32? = switch column {
        case .reference: { UInt32(self.referenceRank[$0]) }
        case .home: { c in self.home(Int32(c)).map { UInt32(self.index.nameRank[Int($0)]) } }
        case .placedBy: { c in self.placedBy[c] < 0 ? nil : UInt32(authorityOrder[Int(self.placedBy[c])]) }
        case .placements: { UInt32(self.placements[$0]) }
        case .moves: { c in self.placements[c] == 0 ? nil : UInt32(self.moves[c]) }
        case .unplanned: { c in self.placements[c] == 0 ? nil : UInt32(self.unplanned[c]) }
        case .inCare: { c in self.daysInCare[c] < 0 ? nil : UInt32(self.daysInCare[c]) }
        }
        if column != .reference, column != .home, column != .placedBy, let counted = countingSort(children, primary, descending: descending) {
            return counted
        }
        var keys = [UInt64](repeating: 0, count: children.count)
        for (k, c) in children.enumerated() {
            if let p = primary(Int(c)) {
                keys[k] = (UInt64(descending ? ~p : p) & 0xFFFF_FFFF) << 31 | UInt64(c)
            } else {
                keys[k] = UInt64(1) << 63 | UInt64(c)
            }
        }
        index.radixSort(&keys)
        return keys.map { Int32($0 & 0x7FFF_FFFF) }
    }

    /// A stable counting sort by a small key (moves, unplanned endings, placements,
    /// days in care all stay under 65,536): two linear passes, where sorting a million
    /// packed keys took most of the time the children list took to open. Nil when a
    /// key is too large for a table of counts.
    func countingSort(_ children: [Int32], _ primary: (Int) -> UInt32?, descending: Bool) -> [Int32]? {
        let limit = 1 << 16
        var keys = [Int32](repeating: 0, count: children.count)
        var top = 0
        for (k, c) in children.enumerated() {
            guard let p = primary(Int(c)) else { keys[k] = -1; continue }
            guard p < limit else { return nil }
            keys[k] = Int32(p)
            top = max(top, Int(p))
        }
        // Slots: each key in the asked direction, then children without a value.
        var starts = [Int](repeating: 0, count: top + 3)
        func slot(_ key: Int32) -> Int { key < 0 ? top + 1 : descending ? top - Int(key) : Int(key) }
        for key in keys { starts[slot(key) + 1] += 1 }
        for s in 1..<starts.count { starts[s] += starts[s - 1] }
        var out = [Int32](repeating: 0, count: children.count)
        for (k, c) in children.enumerated() {
            let s = slot(keys[k])
            out[starts[s]] = c
            starts[s] += 1
        }
        return out
    }

    /// Each child's place in reference order (folded, so case does not matter).
    var referenceRank: [Int32] { referenceOrder.rank }

    /// Every child in reference order, and each one's place in it, worked out once.
    var referenceOrder: (order: [Int32], rank: [Int32]) {
        referenceOrderOnce.value {
            let order = references.sortedOrderByPrefix()
            var rank = [Int32](repeating: 0, count: count)
            for (r, c) in order.enumerated() { rank[Int(c)] = Int32(r) }
            return (order, rank)
        }
    }

    /// Every child in a column's order, as `sorted(_:by:descending:)` puts them; by
    /// reference, the order worked out once (each child has its own rank, so there are
    /// no ties and descending is that order reversed).
    func sorted(all column: ChildColumn, descending: Bool) -> [Int32] {
        if column == .reference { return descending ? referenceOrder.order.reversed() : referenceOrder.order }
        // A count column: its keys read straight from the column (-1 for none), not
        // through a closure a child at a time.
        let keys: [Int32]? = switch column {
        case .placements: placements
        case .moves: zip(placements, moves).map { $0 == 0 ? -1 : $1 }
        case .unplanned: zip(placements, unplanned).map { $0 == 0 ? -1 : $1 }
        case .inCare: daysInCare
        case .reference, .home, .placedBy: nil
        }
        if let keys, let counted = Self.countingSortAll(keys, descending: descending) { return counted }
        return sorted((0..<Int32(count)).map { $0 }, by: column, descending: descending)
    }

    /// Every child (index into `keys`) by its key, ties by child, keys of -1 (none)
    /// last both ways: `countingSort` for the whole table. Nil when a key is too large.
    static func countingSortAll(_ keys: [Int32], descending: Bool) -> [Int32]? {
        let top = Int(keys.max() ?? 0)
        guard top < 1 << 16 else { return nil }
        var starts = [Int](repeating: 0, count: top + 3)
        @inline(__always) func slot(_ key: Int32) -> Int { key < 0 ? top + 1 : descending ? top - Int(key) : Int(key) }
        var out = [Int32](repeating: 0, count: keys.count)
        keys.withUnsafeBufferPointer { keys in
            starts.withUnsafeMutableBufferPointer { starts in
                for key in keys { starts[slot(key) + 1] += 1 }
                for s in 1..<starts.count { starts[s] += starts[s - 1] }
                out.withUnsafeMutableBufferPointer { out in
                    for c in 0..<keys.count {
                        let s = slot(keys[c])
                        out[starts[s]] = Int32(c)
                        starts[s] += 1
                    }
                }
            }
        }
        return out
    }

    /// The children list's order by a column, worked out on first use and kept.
    public func order(by column: ChildColumn, descending: Bool) -> ChildOrder {
        let slot = ChildColumn.allCases.firstIndex(of: column)! * 2 + (descending ? 1 : 0)
        return ordersOnce[slot].value { ChildOrder(table: self, column: column, descending: descending) }
    }
}
