/// Every child in one sort order of the children list, with each child's place in it.
/// Worked out once per column and direction (`ChildTable.order(by:descending:)`): a
/// query then only filters this order, and a longer query filters the rows of the
/// shorter one, already in order — no sort on a keystroke.
public final class ChildOrder: Sendable {
    public let column: ChildColumn
    public let descending: Bool
    /// Every child, in this order.
    public let order: [Int32]
    /// Each child's position in `order`.
    let rank: [Int32]

    init(table: ChildTable, column: ChildColumn, descending: Bool) {
        self.column = column
        self.descending = descending
        let order = table.sorted(all: column, descending: descending)
        self.order = order
        var rank = [Int32](repeating: 0, count: order.count)
        rank.withUnsafeMutableBufferPointer { rank in
            order.withUnsafeBufferPointer { order in
                for i in 0..<order.count { rank[Int(order[i])] = Int32(i) }
            }
        }
        self.rank = rank
    }

    /// Some children, in any order, put in this order.
    public func arrange(_ children: [Int32]) -> [Int32] {
        if children.count == order.count { return order }
        if children.count * 64 < order.count { return sortedByRank(children) }
        var member = [UInt8](repeating: 0, count: order.count)
        for c in children { member[Int(c)] = 1 }
        return member.withUnsafeBufferPointer { select($0, count: children.count) }
    }

    /// The children marked in `member` (indexed by child), `count` of them, in this order.
    func select(_ member: UnsafeBufferPointer<UInt8>, count: Int) -> [Int32] {
        if count == order.count { return order }
        if count * 64 < order.count {
            // Few: gathering them and sorting their positions beats a pass over every child.
            var found = [Int32](repeating: 0, count: count + 1)
            found.withUnsafeMutableBufferPointer { found in
                var k = 0
                for c in 0..<member.count {
                    found[k] = Int32(c)
                    k &+= Int(member[c])
                }
            }
            found.removeLast()
            return sortedByRank(found)
        }
        // Every child written, the position moving on only past members (no branch to
        // mispredict); one spare slot for the writes after the last member.
        var result = [Int32](repeating: 0, count: count + 1)
        result.withUnsafeMutableBufferPointer { out in
            order.withUnsafeBufferPointer { order in
                var k = 0
                for c in order {
                    out[k] = c
                    k &+= Int(member[Int(c)])
                }
            }
        }
        result.removeLast()
        return result
    }

    /// Where the children passing `test` lie in this order when they lie together: a
    /// count compared on the column this order sorts by (`moves>=2` sorted by moves,
    /// the list's first view) is a run of positions found by bisection, not a pass
    /// over every child. Nil otherwise.
    func run(of test: ChildQuery.Test, in table: ChildTable) -> Range<Int>? {
        let column: [Int32], lo: Int32, hi: Int32
        switch (test, self.column) {
        // A child without placements has no moves or unplanned endings (the ordering's
        // none, at the end) and 0 of them: a run only when 0 does not pass.
        case (.moves(let l, let h), .moves) where l >= 1: (column, lo, hi) = (table.moves, l, h)
        case (.unplanned(let l, let h), .unplanned) where l >= 1: (column, lo, hi) = (table.unplanned, l, h)
        case (.placements(let l, let h), .placements): (column, lo, hi) = (table.placements, l, h)
        default: return nil
        }
        guard lo <= hi else { return 0..<0 }
        let placements = table.placements
        return order.withUnsafeBufferPointer { order in
            // The key at a position, -1 for none (no placements: last both ways).
            func key(_ p: Int) -> Int32 {
                let c = Int(order[p])
                return self.column != .placements && placements[c] == 0 ? -1 : column[c]
            }
            /// The first position in `range` where `isPast` holds (it holds from there on).
            func first(_ range: Range<Int>, _ isPast: (Int32) -> Bool) -> Int {
                var (a, b) = (range.lowerBound, range.upperBound)
                while a < b {
                    let m = (a + b) / 2
                    if isPast(key(m)) { b = m } else { a = m + 1 }
                }
                return a
            }
            let valued = first(0..<order.count) { $0 < 0 }
            return descending
                ? first(0..<valued) { $0 <= hi }..<first(0..<valued) { $0 < lo }
                : first(0..<valued) { $0 >= lo }..<first(0..<valued) { $0 > hi }
        }
    }

    /// A few children in this order: their positions sorted as plain integers (no
    /// comparison closure), then read back.
    private func sortedByRank(_ children: [Int32]) -> [Int32] {
        var positions = rank.withUnsafeBufferPointer { rank in children.map { rank[Int($0)] } }
        positions.sort()
        return order.withUnsafeBufferPointer { order in positions.map { order[Int($0)] } }
    }
}
