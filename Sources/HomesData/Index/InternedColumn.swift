/// A text field whose values repeat across homes (organisations own many homes;
/// synthetic and real names repeat): each distinct value is folded and stored once,
/// and each home holds the number of its value.
///
/// A word is searched in the distinct values only, then spread to homes by one
/// pass over the numbers, so free text over 100,000 homes owned by a few thousand
/// organisations scans a few thousand strings.
struct InternedColumn: Sendable {
    /// Value number of each home; -1 where the field is empty.
    let ids: [Int32]
    /// The distinct values, folded.
    let values: FoldedColumn

    init(count: Int, _ text: (Int) -> String?) {
        var ids = [Int32](repeating: -1, count: count)
        var numbers: [String: Int32] = [:]
        var distinct: [String] = []
        for i in 0..<count {
            guard let t = text(i) else { continue }
            if let id = numbers[t] {
                ids[i] = id
            } else {
                let id = Int32(distinct.count)
                numbers[t] = id
                distinct.append(t)
                ids[i] = id
            }
        }
        self.ids = ids
        self.values = FoldedColumn(count: distinct.count) { distinct[$0] }
    }

    func isEmpty(_ home: Int) -> Bool { ids[home] < 0 || values.isEmpty(Int(ids[home])) }

    /// The folded value of a home (empty when it has none).
    func slice(_ home: Int) -> ArraySlice<UInt8> {
        ids[home] < 0 ? [] : values.slice(Int(ids[home]))
    }

    func contains(_ needle: [UInt8], home: Int) -> Bool {
        ids[home] >= 0 && values.contains(needle, home: Int(ids[home]))
    }

    /// Sets `hits[i] = 1` for every home whose value contains `needle`.
    func markMatches(_ needle: [UInt8], into hits: UnsafeMutableBufferPointer<UInt8>) {
        let table = valueHits(needle)
        guard table.contains(1) else { return }
        markHomes(table, into: hits)
    }

    /// 1 for each distinct value containing `needle`, by value number + 1: slot 0 stands
    /// for "no value", so a home's number shifted by one indexes it with no branch.
    func valueHits(_ needle: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: values.count + 1)
        table.withUnsafeMutableBufferPointer { v in
            values.markMatches(needle, into: UnsafeMutableBufferPointer(rebasing: v[1...]))
        }
        return table
    }

    /// Sets `hits[i] = 1` for every home whose value number + 1 is marked in `table`.
    func markHomes(_ table: [UInt8], into hits: UnsafeMutableBufferPointer<UInt8>) {
        ids.withUnsafeBufferPointer { ids in
            table.withUnsafeBufferPointer { t in
                for i in 0..<ids.count { hits[i] |= t[Int(ids[i] + 1)] }
            }
        }
    }
}
