/// What the homes of a query are grouped by in the summary: the questions brought to
/// a meeting ("how are this owner's homes rated?", "how many places in this region?").
public enum GroupBy: String, CaseIterable, Sendable {
    case authority, region, organisation, sector, type, rating

    public var title: String {
        switch self {
        case .authority: "Local authority"
        case .region: "Region"
        case .organisation: "Owner"
        case .sector: "Sector"
        case .type: "Provision type"
        case .rating: "Rating"
        }
    }
}

/// One group of the summary: how many homes and places, the rating mix, and what
/// changed since the previous snapshot.
public struct GroupRow: Sendable, Equatable {
    /// The group's name: an authority, a region, an owner as most of its homes spell it.
    public var label: String
    /// The clause that narrows a query to this group (`la:leeds`, `owned-by:"…"`), put
    /// together when asked for: an owner summary has tens of thousands of groups.
    public var clause: String { field + ":" + (quoted ? GroupSummary.quoted(value) : value) }
    let field: String, value: String, quoted: Bool
    /// Open homes of the query in the group, and their registered places.
    public var homes = 0, places = 0
    /// Homes by latest rating: outstanding, good, requires improvement, inadequate, not yet rated.
    public var ratings = [0, 0, 0, 0, 0]
    /// Homes registered, closed, rated up and rated down since the previous snapshot.
    public var registered = 0, closed = 0, up = 0, down = 0
    /// Every spelling merged into an owner group, most homes first (owners only).
    public var spellings: [String] = []
    /// What identifies the group in the index (an authority's index, a sector code…);
    /// -1 for homes without a value.
    public var key: Int32
    /// The name and every spelling, folded: what the summary's `/` looks in.
    public var searchText: String
    /// The name's place in name order, so sorting compares integers, not strings.
    var nameRank: Int32 = 0

    init(label: String, field: String, value: String, quoted: Bool = false, key: Int32, searchText: String? = nil) {
        self.label = label
        self.field = field
        self.value = value
        self.quoted = quoted
        self.key = key
        self.searchText = searchText ?? TextFolding.folded(label)
    }

    /// A row of sums (the summary's "All groups"), narrowing to nothing.
    public init(total label: String) { self.init(label: label, field: "", value: "", key: -2) }

    /// The rating columns' names, in `ratings` order, as the CSV heads them.
    public static let ratingNames = ["outstanding", "good", "ri", "inadequate", "none"]
}

/// The homes of a query grouped by one facet, largest group first: one pass over the
/// query's homes (and one over its changed homes, closed ones included), so the
/// browser can regroup on a keystroke at 100,000 homes.
public struct GroupSummary: Sendable, Equatable {
    public let by: GroupBy
    public private(set) var rows: [GroupRow]
    /// The open homes counted, which the groups' homes add up to.
    public let homes: Int

    public init(index: SnapshotIndex, query: Query, by: GroupBy, sortedBy column: Column = .homes, descending: Bool = true) {
        self.by = by
        let open = index.matches(query)
        homes = open.count
        // Keys are small integers: a table from key to slot, not a dictionary per home,
        // and each slot's counts in one flat array (homes, places, five ratings, four
        // changes), so counting a home touches no row, string or nested array; the rows
        // are made once at the end, one per group. An owner summary has tens of
        // thousands of groups and is worked out afresh on a keystroke.
        var tally = Tally(keySpace: Self.keySpace(by, in: index))
        let homeKeys = Self.keys(of: open, by: by, in: index)
        let places = index.places, rating = index.rating
        for (h, key) in zip(open, homeKeys) {
            let at = tally.slot(of: key)
            let r = rating[Int(h)]
            tally.counts[at] += 1
            tally.counts[at + 1] += Int(max(0, places[Int(h)]))
            tally.counts[at + 2 + (r == 0 ? 4 : Int(r) - 1)] += 1
        }
        // Closures are changes to homes no longer open: they are counted from every
        // home the query names, open or not.
        if index.timeline.hasChanges {
            let counted = ChangeKind.registered.bit | ChangeKind.closed.bit | ChangeKind.ratingUp.bit | ChangeKind.ratingDown.bit
            let changed = index.matches(query, openByDefault: false).filter { index.changeMask[Int($0)] & counted != 0 }
            for (h, key) in zip(changed, Self.keys(of: changed, by: by, in: index)) {
                let mask = index.changeMask[Int(h)]
                let at = tally.slot(of: key) + 7
                if mask & ChangeKind.registered.bit != 0 { tally.counts[at] += 1 }
                if mask & ChangeKind.closed.bit != 0 { tally.counts[at + 1] += 1 }
                if mask & ChangeKind.ratingUp.bit != 0 { tally.counts[at + 2] += 1 }
                if mask & ChangeKind.ratingDown.bit != 0 { tally.counts[at + 3] += 1 }
            }
        }
        let (keys, counts, width) = (tally.keys, tally.counts, Tally.width)
        var rows: [GroupRow] = []
        rows.reserveCapacity(keys.count)
        for (s, key) in keys.enumerated() {
            var row = Self.describe(key, by: by, in: index)
            let at = s * width
            row.homes = counts[at]
            row.places = counts[at + 1]
            row.ratings = Array(counts[(at + 2)..<(at + 7)])
            row.registered = counts[at + 7]
            row.closed = counts[at + 8]
            row.up = counts[at + 9]
            row.down = counts[at + 10]
            rows.append(row)
        }
        if by == .organisation {
            let ranks = index.owners.nameRank
            for i in rows.indices { rows[i].nameRank = rows[i].key < 0 ? Int32.max : ranks[Int(rows[i].key)] }
        } else {
            let names = rows.map { $0.label.lowercased() }
            for (rank, i) in rows.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rows[i].nameRank = Int32(rank) }
        }
        self.rows = rows
        sort(by: column, descending: descending)
    }

    /// The groups' counts while homes are counted: per group (a slot, in the order the
    /// groups are met) homes, places, five ratings and four changes, in one flat array.
    /// A struct, not a nested function over local variables: those are boxed and every
    /// access checked for exclusivity at run time, which took half the time of a regroup.
    struct Tally {
        static let width = 11
        /// Slot of each key + 1 (keys run from -1), -1 until met.
        var slot: [Int32]
        var keys: [Int32] = []
        var counts: [Int] = []

        init(keySpace: Int) { slot = [Int32](repeating: -1, count: keySpace + 1) }

        /// Where the key's counts start, its group added when first met.
        @inline(__always)
        mutating func slot(of key: Int32) -> Int {
            let s = slot[Int(key) + 1]
            if s >= 0 { return Int(s) * Self.width }
            slot[Int(key) + 1] = Int32(keys.count)
            keys.append(key)
            counts.append(contentsOf: repeatElement(0, count: Self.width))
            return (keys.count - 1) * Self.width
        }
    }

    /// The group key of each of `homes`, the grouping chosen once for them all.
    static func keys(of homes: [Int32], by: GroupBy, in index: SnapshotIndex) -> [Int32] {
        switch by {
        case .authority: let a = index.authority; return homes.map { a[Int($0)] }
        case .region: let r = index.regionID; return homes.map { Int32(r[Int($0)]) }
        case .organisation: let g = index.owners.group; return homes.map { g[Int($0)] }
        case .sector: let s = index.sector; return homes.map { s[Int($0)] == 0 ? -1 : Int32(s[Int($0)]) }
        case .type: let t = index.typeID; return homes.map { Int32(t[Int($0)]) }
        case .rating: let r = index.rating; return homes.map { r[Int($0)] == 0 ? -1 : Int32(r[Int($0)]) }
        }
    }

    /// The columns a summary sorts by.
    public enum Column: Int, CaseIterable, Sendable {
        case group, homes, places, outstanding, good, ri, inadequate, none, registered, closed, up, down

        public var title: String {
            switch self {
            case .group: "Group"
            case .homes: "Homes"
            case .places: "Places"
            case .outstanding: "Outstanding"
            case .good: "Good"
            case .ri: "RI"
            case .inadequate: "Inadequate"
            case .none: "Not rated"
            case .registered: "Registered"
            case .closed: "Closed"
            case .up: "Rated up"
            case .down: "Rated down"
            }
        }

        /// Names first A to Z; counts largest first.
        public var descendingFirst: Bool { self != .group }

        func value(_ row: GroupRow) -> Int {
            switch self {
            case .group: 0
            case .homes: row.homes
            case .places: row.places
            case .outstanding, .good, .ri, .inadequate, .none: row.ratings[rawValue - Column.outstanding.rawValue]
            case .registered: row.registered
            case .closed: row.closed
            case .up: row.up
            case .down: row.down
            }
        }
    }

    /// Sorts the rows; ties by name, and groups without a value ("(none)") last. Each
    /// row becomes one integer (none-last flag, the value, the name's rank) and the rows
    /// are moved once: an owner summary has tens of thousands of rows to sort on a key.
    public mutating func sort(by column: Column, descending: Bool) {
        let keys: [UInt64] = rows.map { row in
            let none: UInt64 = row.key < 0 ? 1 << 63 : 0
            let rank = UInt64(UInt32(bitPattern: row.nameRank))
            if column == .group { return none | (descending ? ~rank & 0xFFFF_FFFF : rank) }
            let value = UInt64(UInt32(clamping: column.value(row)))
            return none | (descending ? ~value & 0x7FFF_FFFF : value & 0x7FFF_FFFF) << 32 | rank
        }
        rows = rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
    }

    /// How many keys a grouping can have (keys run from -1 to one less than this).
    static func keySpace(_ by: GroupBy, in index: SnapshotIndex) -> Int {
        switch by {
        case .authority: index.authorityTerms.count
        case .region: index.regionTerms.count
        case .organisation: index.owners.spellings.count
        case .type: index.typeTerms.count
        case .sector, .rating: 256
        }
    }

    static func describe(_ key: Int32, by: GroupBy, in index: SnapshotIndex) -> GroupRow {
        let field: QueryField = switch by {
        case .authority: .authority
        case .region: .region
        case .organisation: .ownedBy
        case .sector: .sector
        case .type: .type
        case .rating: .rating
        }
        guard key >= 0 else {
            return GroupRow(label: by == .rating ? "Not yet rated" : "(none)", field: field.canonicalName, value: "none", key: key)
        }
        switch by {
        case .authority, .region, .type:
            let term = by == .authority ? index.authorityTerms[Int(key)] : by == .region ? index.regionTerms[Int(key)] : index.typeTerms[Int(key)]
            return GroupRow(label: term.label, field: field.canonicalName, value: term.token, key: key)
        case .organisation:
            let owners = index.owners
            var row = GroupRow(label: owners.spellings[Int(key)][0], field: field.canonicalName, value: owners.spellings[Int(key)][0],
                               quoted: true, key: key, searchText: owners.search[Int(key)])
            row.spellings = owners.spellings[Int(key)]
            return row
        case .sector:
            let sector = Sector(rawValue: UInt8(key))!
            return GroupRow(label: sector.ofstedName, field: field.canonicalName, value: sector.keyword, key: key)
        case .rating:
            let judgement = Judgement(rawValue: UInt8(key))!
            return GroupRow(label: judgement.ofstedName, field: field.canonicalName, value: GroupRow.ratingNames[Int(key) - 1], key: key)
        }
    }

    /// A value as the query line reads it back: quoted, with quotes the lexer cannot
    /// read inside a value dropped (an owner's name never needs them to be found).
    static func quoted(_ text: String) -> String { "\"" + text.filter { $0 != "\"" } + "\"" }
}
