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

    /// A few children in this order: their positions sorted as plain integers (no
    /// comparison closure), then read back.
    private func sortedByRank(_ children: [Int32]) -> [Int32] {
        var positions = rank.withUnsafeBufferPointer { rank in children.map { rank[Int($0)] } }
        positions.sort()
        return order.withUnsafeBufferPointer { order in positions.map { order[Int($0)] } }
    }
}
