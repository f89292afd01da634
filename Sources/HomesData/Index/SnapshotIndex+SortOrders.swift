import Dispatch

extension SnapshotIndex {
    /// Every home in order of `key`, as `sorted` orders them, made once and kept: the
    /// list switches column by reordering along a kept order, where sorting 100,000 homes
    /// anew takes 10–27 ms, more than a frame.
    ///
    /// A descending order is made from the ascending one in one pass (equal values keep
    /// their URN order and homes with none stay last, so it is the ascending order's runs
    /// of equal values taken last to first), about a tenth of a sort.
    public func order(by key: SortKey, descending: Bool) -> [Int32] {
        let position = SortKey.allCases.firstIndex(of: key)!
        let ascending = ascendingOnce[position].value { sorted(allHomes, by: key, descending: false) }
        guard descending else { return ascending }
        return descendingOnce[position].value { reversingRuns(ascending, key: key) }
    }

    /// Sorts by every key ahead of time, on a background thread, so that even the first
    /// switch to a column reorders along a kept order (`homes` calls this at launch;
    /// about 0.2 s of one core at 100,000 homes). Asking for an order still being made
    /// waits for it rather than sorting twice.
    public func prepareSortOrdersInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in
            for key in SortKey.allCases { _ = order(by: key, descending: false) }
        }
    }

    var allHomes: [Int32] { (0..<Int32(count)).map { $0 } }

    /// `ascending` with its runs of homes of equal value in reverse order, each run kept
    /// in URN order, and the homes with no value left at the end.
    func reversingRuns(_ ascending: [Int32], key: SortKey) -> [Int32] {
        let primary = primaryKey(key)
        let values = ascending.map { primary(Int($0)) }
        var valued = values.count
        while valued > 0, values[valued - 1] == nil { valued -= 1 }
        var out: [Int32] = []
        out.reserveCapacity(ascending.count)
        var end = valued
        while end > 0 {
            var start = end - 1
            while start > 0, values[start - 1] == values[end - 1] { start -= 1 }
            out.append(contentsOf: ascending[start..<end])
            end = start
        }
        out.append(contentsOf: ascending[valued...])
        return out
    }
}
