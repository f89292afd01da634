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

    /// Each child's place in reference order (folded, so case does not matter).
    var referenceRank: [Int32] {
        referenceRankOnce.value {
            var rank = [Int32](repeating: 0, count: count)
            for (r, c) in references.sortedOrder(tieBreak: nil).enumerated() { rank[Int(c)] = Int32(r) }
            return rank
        }
    }
}
