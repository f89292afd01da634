/// One value of a clause as a condition on homes, worked out once for the clause (term
/// tables, resolved dates, what a word names), with two ways to apply it:
/// - `mark` sets `hits[i] = 1` for every home that meets it: a pass over a column that
///   the compiler vectorises, the cheapest way while many homes are still candidates;
/// - `holds` tests one home, for when earlier clauses have left only a few: a pasted
///   query of 140 clauses would otherwise make 140 passes over every home (60–90 ms at
///   100,000 homes) to decide about a few hundred.
struct HomeCondition {
    let mark: (UnsafeMutableBufferPointer<UInt8>) -> Void
    let holds: (Int) -> Bool

    static var never: HomeCondition { HomeCondition(mark: { _ in }, holds: { _ in false }) }
    static var always: HomeCondition { HomeCondition(mark: { $0.update(repeating: 1) }, holds: { _ in true }) }

    // The marking loops are written without branches (`hits[i] |= 0 or 1`) so the
    // compiler vectorises them: over 100,000 homes a branch per home cost more than
    // the comparison it guarded.

    static func equal<T: FixedWidthInteger>(_ column: [T], _ value: T) -> HomeCondition {
        HomeCondition(
            mark: { hits in
                column.withUnsafeBufferPointer { col in
                    for i in 0..<col.count { hits[i] |= col[i] == value ? 1 : 0 }
                }
            },
            holds: { column[$0] == value })
    }

    /// Inclusive bounds.
    static func range(_ column: [Int32], _ lo: Int32, _ hi: Int32) -> HomeCondition {
        guard lo <= hi else { return .never }
        // One unsigned comparison: values below `lo` wrap round to large numbers.
        let width = UInt32(bitPattern: hi &- lo)
        return HomeCondition(
            mark: { hits in
                column.withUnsafeBufferPointer { col in
                    for i in 0..<col.count { hits[i] |= UInt32(bitPattern: col[i] &- lo) <= width ? 1 : 0 }
                }
            },
            holds: { UInt32(bitPattern: column[$0] &- lo) <= width })
    }

    /// `table[column[i] + offset]`: the column's values index the table (1 = matches).
    static func lookup<T: BinaryInteger>(_ column: [T], offset: Int, table: [UInt8]) -> HomeCondition {
        HomeCondition(
            mark: { hits in
                column.withUnsafeBufferPointer { col in
                    table.withUnsafeBufferPointer { t in
                        for i in 0..<col.count { hits[i] |= t[Int(col[i]) + offset] }
                    }
                }
            },
            holds: { table[Int(column[$0]) + offset] != 0 })
    }

    /// Any of `bits` set in the home's mask.
    static func anyBit(_ column: [UInt16], _ bits: UInt16) -> HomeCondition {
        HomeCondition(
            mark: { hits in
                column.withUnsafeBufferPointer { col in
                    for i in 0..<col.count { hits[i] |= col[i] & bits != 0 ? 1 : 0 }
                }
            },
            holds: { column[$0] & bits != 0 })
    }

    /// A test with no faster whole-column pass than asking each home.
    static func each(count: Int, _ holds: @escaping (Int) -> Bool) -> HomeCondition {
        HomeCondition(mark: { hits in for i in 0..<count where holds(i) { hits[i] = 1 } }, holds: holds)
    }

    /// Homes named outright (a child's homes): a handful, found once.
    static func members(_ homes: Set<Int>) -> HomeCondition {
        HomeCondition(mark: { hits in for h in homes { hits[h] = 1 } }, holds: { homes.contains($0) })
    }
}
