/// The columns the home list can be sorted by.
public enum SortKey: String, CaseIterable, Sendable {
    case urn, name, owner, type, sector, authority, places, rating, inspected
    case placements, occupancy, unplanned, moves

    public var title: String {
        switch self {
        case .urn: "URN"
        case .name: "Name"
        case .owner: "Owner"
        case .type: "Type"
        case .sector: "Sector"
        case .authority: "Authority"
        case .places: "Places"
        case .rating: "Rating"
        case .inspected: "Last inspected"
        case .placements: "Placements"
        case .occupancy: "Occupancy"
        case .unplanned: "Unplanned"
        case .moves: "Moves"
        }
    }

    /// The query field holding the same value.
    public var field: QueryField {
        switch self {
        case .urn: .urn
        case .name: .name
        case .owner: .organisation
        case .type: .type
        case .sector: .sector
        case .authority: .authority
        case .places: .places
        case .rating: .rating
        case .inspected: .inspected
        case .placements: .placements
        case .occupancy: .occupancy
        case .unplanned: .unplanned
        case .moves: .moves
        }
    }
}

extension SnapshotIndex {
    /// `homes` in order of `key`, ties broken by URN (ascending, whichever the
    /// direction, so a re-sort never shuffles equal rows), homes without a value
    /// last in both directions. Ascending rating is best first (outstanding …
    /// inadequate); ascending dates are oldest first.
    public func sorted(_ homes: [Int32], by key: SortKey, descending: Bool) -> [Int32] {
        // Each home becomes one UInt64: missing flag, primary key (flipped when
        // descending), URN rank. Sorting plain integers is several times faster than
        // sorting with a comparison closure that reaches into columns.
        let primary = primaryKey(key)
        var keys = [UInt64](repeating: 0, count: homes.count)
        for (k, h) in homes.enumerated() {
            let i = Int(h)
            let rank = UInt64(UInt32(bitPattern: urnRank[i]))
            if let p = primary(i) {
                let v = UInt64(descending ? ~p : p) & 0xFFFF_FFFF
                keys[k] = (v << 31) | rank
            } else {
                keys[k] = (UInt64(1) << 63) | rank
            }
        }
        radixSort(&keys)
        return keys.map { urnOrder[Int($0 & 0x7FFF_FFFF)] }
    }

    /// The value a home is sorted by under `key`, as a number in ascending order (nil: the
    /// home has none, and comes last whichever the direction).
    func primaryKey(_ key: SortKey) -> (Int) -> UInt32? {
        let typeOrder = key == .type ? self.typeOrder : []
        let authorityOrder = key == .authority ? self.authorityOrder : []
        let ownerOrder = key == .owner ? self.ownerOrder : []
        let figures = key.field.kind == .number && key != .places ? figureColumn(key.field) ?? [] : []
        return switch key {
        case .urn: { UInt32(self.urnRank[$0]) }
        // The name as listed (the organisation's where Ofsted publishes none); a home
        // with neither shows "—" and has no value, so it comes last.
        case .name: { self.nameText.isEmpty($0) && self.organisationText.isEmpty($0) ? nil : UInt32(self.nameRank[$0]) }
        case .owner: {
            let id = self.organisationText.ids[$0]
            return id < 0 ? nil : UInt32(ownerOrder[Int(id)])
        }
        case .placements, .occupancy, .unplanned, .moves: { figures[$0] < 0 ? nil : UInt32(figures[$0]) }
        case .type: { UInt32(typeOrder[Int(self.typeID[$0])]) }
        case .sector: { self.sector[$0] == 0 ? nil : UInt32(self.sector[$0]) }
        case .authority: { self.authority[$0] < 0 ? nil : UInt32(authorityOrder[Int(self.authority[$0])]) }
        case .places: { self.places[$0] < 0 ? nil : UInt32(self.places[$0]) }
        case .rating: { self.rating[$0] == 0 ? nil : UInt32(self.rating[$0]) }
        case .inspected: {
            let d = self.lastInspectedDay[$0]
            return d == Int32.min ? nil : UInt32(bitPattern: d) ^ 0x8000_0000
        }
        }
    }

    /// LSD radix sort, a byte per pass, skipping bytes every key shares (most of
    /// them: a rating needs one byte, URN ranks three): a few linear passes instead
    /// of n log n comparisons.
    func radixSort(_ keys: inout [UInt64]) {
        guard keys.count > 64 else { keys.sort(); return }
        var other = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 256)
        for shift in stride(from: 0, to: 64, by: 8) {
            for b in 0..<256 { counts[b] = 0 }
            keys.withUnsafeBufferPointer { k in
                for v in k { counts[Int((v >> UInt64(shift)) & 0xFF)] += 1 }
            }
            if counts.contains(keys.count) { continue } // every key has the same byte here
            var sum = 0
            for b in 0..<256 { let c = counts[b]; counts[b] = sum; sum += c }
            keys.withUnsafeBufferPointer { k in
                other.withUnsafeMutableBufferPointer { o in
                    for v in k {
                        let b = Int((v >> UInt64(shift)) & 0xFF)
                        o[counts[b]] = v
                        counts[b] += 1
                    }
                }
            }
            swap(&keys, &other)
        }
    }

    /// Rank of each provision type in label order.
    var typeOrder: [Int] { Self.ranks(typeTerms.map(\.folded)) }
    /// Rank of each authority in name order.
    var authorityOrder: [Int] { Self.ranks(authorityTerms.map(\.folded)) }

    /// Rank of each distinct owner (organisation) in folded order: a few thousand values
    /// sorted when the list is sorted by owner, not at index build.
    /// Owners spelled alike once folded ("CARE LTD", "Care Ltd") share a rank, so their
    /// homes fall back to URN order together.
    var ownerOrder: [Int] {
        let values = organisationText.values
        let keys = (0..<values.count).map { Array(values.slice($0)) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rank = [Int](repeating: 0, count: keys.count)
        var r = 0
        for (k, i) in order.enumerated() {
            if k > 0, keys[order[k - 1]] != keys[i] { r += 1 }
            rank[i] = r
        }
        return rank
    }

    static func ranks(_ keys: [[UInt8]]) -> [Int] {
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rank = [Int](repeating: 0, count: keys.count)
        for (r, i) in order.enumerated() { rank[i] = r }
        return rank
    }
}
