/// The filter panel's facets: fields whose values are counted like a frequency
/// table, each value one keystroke from being added to or removed from the query.
public enum Facet: String, CaseIterable, Sendable {
    case rating, sector, type, region, authority, places, needs, inspected, status
    case placements, occupancy, unplanned, moves

    public var title: String {
        switch self {
        case .rating: "Rating"
        case .sector: "Sector"
        case .type: "Provision type"
        case .region: "Region"
        case .authority: "Local authority"
        case .places: "Places"
        case .needs: "Registered for"
        case .inspected: "Last inspected"
        case .status: "Status"
        case .placements: "Placements, 12 months"
        case .occupancy: "Occupancy"
        case .unplanned: "Unplanned endings"
        case .moves: "Moves, 12 months"
        }
    }

    /// The query field the facet's values are written as.
    public var field: QueryField {
        switch self {
        case .rating: .rating
        case .sector: .sector
        case .type: .type
        case .region: .region
        case .authority: .authority
        case .places: .places
        case .needs: .needs
        case .inspected: .inspected
        case .status: .status
        case .placements: .placements
        case .occupancy: .occupancy
        case .unplanned: .unplanned
        case .moves: .moves
        }
    }
}

/// One row of a facet's frequency table.
public struct FacetCount: Sendable, Equatable {
    /// The query token (`good`, `bristol-city-of`, `-12m..-6m`): what `QueryEditing`
    /// writes after `field:`.
    public let value: String
    /// Display text.
    public let label: String
    /// Homes with this value among those matching the query's other clauses.
    public let count: Int
    /// Whether the query currently selects this value.
    public let selected: Bool

    public init(value: String, label: String, count: Int, selected: Bool) {
        self.value = value
        self.label = label
        self.count = count
        self.selected = selected
    }
}

extension SnapshotIndex {
    /// Homes per bucket of a number column (each home in the first bucket holding it;
    /// -1, unknown, in none), for the homes `each` visits.
    func numberBuckets(_ buckets: [NumberBucket], _ column: [Int32], _ each: ((Int) -> Void) -> Void)
        -> [(token: String, label: String, count: Int)] {
        var counts = [Int](repeating: 0, count: buckets.count)
        column.withUnsafeBufferPointer { col in
            each { i in
                let v = col[i]
                for (b, bucket) in buckets.enumerated() where v >= bucket.lowest && v <= bucket.highest { counts[b] += 1; break }
            }
        }
        return zip(buckets, counts).map { ($0.token, $0.label, $1) }
    }

    /// Homes with -1 (unknown) in a number column, among those `each` visits.
    func countMissing(_ column: [Int32], _ each: ((Int) -> Void) -> Void) -> Int {
        var n = 0
        each { n += column[$0] < 0 ? 1 : 0 }
        return n
    }

    /// A bucket of a number facet: the query token, its label, and its inclusive bounds.
    typealias NumberBucket = (token: String, label: String, lowest: Int32, highest: Int32)

    /// Buckets of the places facet.
    static let placesBuckets: [NumberBucket] = [
        ("1", "1", 1, 1), ("2", "2", 2, 2), ("3", "3", 3, 3), ("4", "4", 4, 4), ("5", "5", 5, 5), ("6", "6", 6, 6),
        ("7..12", "7 to 12", 7, 12), ("13..", "13 or more", 13, Int32.max), ("0", "0", 0, 0),
    ]

    /// Buckets of the placement-figure facets: small counts one by one (a home has a
    /// handful of places), then ranges; occupancy in bands around full.
    static func figureBuckets(_ facet: Facet) -> [NumberBucket] {
        switch facet {
        case .occupancy:
            return [("0", "empty (0%)", 0, 0), ("1..49", "1% to 49%", 1, 49), ("50..99", "50% to 99%", 50, 99),
                    ("100", "full (100%)", 100, 100), ("101..", "over full (more than 100%)", 101, Int32.max)]
        case .placements:
            return [("0", "0", 0, 0), ("1..2", "1 or 2", 1, 2), ("3..5", "3 to 5", 3, 5), ("6..10", "6 to 10", 6, 10),
                    ("11..", "11 or more", 11, Int32.max)]
        default:
            return [("0", "0", 0, 0), ("1", "1", 1, 1), ("2", "2", 2, 2), ("3..5", "3 to 5", 3, 5), ("6..", "6 or more", 6, Int32.max)]
        }
    }

    /// Buckets of the last-inspected facet, relative to the snapshot date (token,
    /// label). Ranges are inclusive at both ends, as everywhere in the language, so a
    /// home inspected exactly 6 months before the snapshot date is in both of the
    /// first two buckets; each count is exactly what selecting that bucket shows.
    static let inspectedBuckets: [(String, String)] = [
        ("-6m..", "in the last 6 months"),
        ("-12m..-6m", "6 to 12 months ago"),
        ("-24m..-12m", "1 to 2 years ago"),
        ("-48m..-24m", "2 to 4 years ago"),
        ("..-48m", "more than 4 years ago"),
    ]

    /// The values of `facet` with the number of homes matching all of `query`'s
    /// clauses except those on the facet's own field, so choosing a second value
    /// widens the selection the way the counts promise.
    ///
    /// Fixed vocabularies (rating, sector, status, places, inspected) list every
    /// value, in their natural order, even at zero; open ones (type, region,
    /// authority, needs) list values with homes or selected, most homes first.
    public func facetCounts(_ facet: Facet, under query: Query) -> [FacetCount] {
        let field = facet.field
        let others = query.clauses.filter { $0.field != field }
        // The status facet counts closed homes too, so choosing "closed" shows what
        // its count promised; the others count under the open-register default.
        let homes: [Int32]? = facet == .status
            ? (others.isEmpty ? nil : matches(others, openByDefault: false))
            : matches(others)
        let selected = QueryEditing.selectedValues(facet, in: query.text)
        func each(_ body: (Int) -> Void) {
            if let homes { for h in homes { body(Int(h)) } } else { for i in 0..<count { body(i) } }
        }
        func fixed(_ rows: [(String, String)], _ counts: [Int], dropEmptyUnknown: Bool = true) -> [FacetCount] {
            zip(rows, counts).compactMap { row, count in
                // "(none) 0" is a value nobody can want: an unknown row shows only when it counts homes.
                if dropEmptyUnknown, count == 0, row.0 == "none" || row.0 == "never", !selected.contains(row.0) { return nil }
                return FacetCount(value: row.0, label: row.1, count: count, selected: selected.contains(row.0))
            }
        }
        func fixed(_ rows: [(token: String, label: String, count: Int)], dropEmptyUnknown: Bool) -> [FacetCount] {
            fixed(rows.map { ($0.token, $0.label) }, rows.map(\.count), dropEmptyUnknown: dropEmptyUnknown)
        }
        func open(_ terms: [IndexTerm], _ counts: [Int], none: Int) -> [FacetCount] {
            var rows = terms.indices.filter { counts[$0] > 0 || selected.contains(terms[$0].token) }.map {
                FacetCount(value: terms[$0].token, label: terms[$0].label, count: counts[$0], selected: selected.contains(terms[$0].token))
            }
            rows.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
            if none > 0 || selected.contains("none") {
                rows.append(FacetCount(value: "none", label: "(none)", count: none, selected: selected.contains("none")))
            }
            return rows
        }
        switch facet {
        case .placements, .occupancy, .unplanned, .moves:
            let column = figureColumn(field) ?? []
            let unknown = facet == .occupancy ? [("none", "places unknown", countMissing(column, each))] : []
            return fixed(numberBuckets(Self.figureBuckets(facet), column, each) + unknown, dropEmptyUnknown: true)
        case .rating, .sector, .status:
            let column = facet == .rating ? rating : facet == .sector ? sector : status
            var byCode = [Int](repeating: 0, count: 256)
            column.withUnsafeBufferPointer { col in each { byCode[Int(col[$0])] += 1 } }
            if facet == .status {
                each { byCode[Int(openFlag[$0] != 0 ? StatusCode.open : StatusCode.closed)] += 1 }
                byCode[Int(StatusCode.any)] = byCode[Int(StatusCode.open)] + byCode[Int(StatusCode.closed)]
            }
            let keywords = field.keywords
            let rows = keywords.map { k in
                let label: String = switch facet {
                case .rating: k.code == 0 ? "Not yet rated" : Judgement(rawValue: k.code)!.ofstedName
                case .sector: k.code == 0 ? "not recorded" : Sector(rawValue: k.code)!.ofstedName
                default: k.code == 0 ? "not recorded" : k.code == StatusCode.open ? "Open (active or suspended)"
                    : k.code == StatusCode.closed ? "Closed (resigned, cancelled or closed)" : k.code == StatusCode.any ? "Any status"
                    : RegistrationStatus(rawValue: k.code)!.ofstedName
                }
                return (k.token, label)
            }
            // "Not yet rated" is a rating people ask for, even at 0; an unrecorded sector or status is not.
            return fixed(rows, keywords.map { byCode[Int($0.code)] }, dropEmptyUnknown: facet != .rating)
        case .places:
            return fixed(numberBuckets(Self.placesBuckets, places, each) + [("none", "unknown", places.isEmpty ? 0 : countMissing(places, each))],
                         dropEmptyUnknown: true)
        case .inspected:
            // Bounds as days, from the same tokens the query parser reads, so a
            // count and the query it writes always agree.
            let rows = Self.inspectedBuckets
            let ranges: [(Int32, Int32)] = rows.map { row in
                if let q = try? Query.parse("inspected:\(row.0)"), case .dates(let lo, let hi) = q.clauses[0].values[0] {
                    return (lo.map { $0.resolved(asOf: asOf).daysSince1970 } ?? Int32.min + 1,
                            hi.map { $0.resolved(asOf: asOf).daysSince1970 } ?? Int32.max)
                }
                return (0, -1)
            }
            var counts = [Int](repeating: 0, count: rows.count + 1)
            lastInspectedDay.withUnsafeBufferPointer { col in
                each { i in
                    let d = col[i]
                    if d == Int32.min { counts[rows.count] += 1; return }
                    for (b, r) in ranges.enumerated() where d >= r.0 && d <= r.1 { counts[b] += 1 }
                }
            }
            return fixed(rows + [("never", "never inspected")], counts)
        case .type:
            var counts = [Int](repeating: 0, count: typeTerms.count)
            typeID.withUnsafeBufferPointer { col in each { counts[Int(col[$0])] += 1 } }
            return open(typeTerms, counts, none: 0)
        case .region:
            var counts = [Int](repeating: 0, count: regionTerms.count + 1)
            regionID.withUnsafeBufferPointer { col in each { counts[Int(col[$0]) + 1] += 1 } }
            return open(regionTerms, Array(counts.dropFirst()), none: counts[0])
        case .authority:
            var counts = [Int](repeating: 0, count: authorityTerms.count + 1)
            authority.withUnsafeBufferPointer { col in each { counts[Int(col[$0]) + 1] += 1 } }
            return open(authorityTerms, Array(counts.dropFirst()), none: counts[0])
        case .needs:
            var counts = [Int](repeating: 0, count: needTerms.count)
            var none = 0
            each { i in
                let r = Int(needStart[i])..<Int(needStart[i + 1])
                if r.isEmpty { none += 1 }
                for k in r { counts[Int(needIDs[k])] += 1 }
            }
            return open(needTerms, counts, none: none)
        }
    }
}
