import Foundation

/// Everything the browser and the CLI ask of a snapshot, answered fast: per-home
/// compact columns for the query language, folded text for free-text search, and
/// look-ups from home to placements, child to placements, authority to homes.
///
/// Built once after loading and never changed, so it is shared freely across
/// threads. Build cost is linear (plus one sort of URNs and one of names).
public final class SnapshotIndex: Sendable {
    public let snapshot: Snapshot
    /// Every loaded snapshot's view of the homes: changes and each home's history.
    public let timeline: RegisterTimeline

    /// The snapshot date: "now" for relative dates such as `inspected>=-12m`.
    public var asOf: Day { snapshot.metadata.snapshotDate }

    /// Number of homes, open or closed.
    public var count: Int { snapshot.homes.count }

    /// The homes open at the snapshot date, in snapshot order: what an empty query
    /// lists, so counts agree with Ofsted's register for that date.
    public let openHomes: [Int32]
    /// Number of homes open at the snapshot date.
    public var openCount: Int { openHomes.count }

    // Per-home columns, indexed by home.
    /// Latest four-point overall judgement (1…4), 0 if none.
    let rating: [UInt8]
    /// Area judgements of the same inspection as `rating`: helped and protected,
    /// leaders and managers, education, health (1…4, 0 if none).
    let safety: [UInt8], leaders: [UInt8], education: [UInt8], health: [UInt8]
    /// Days since 1970 of the last inspection of any kind; `Int32.min` if never.
    let lastInspectedDay: [Int32]
    /// Registration day; `Int32.min` if unknown.
    let registeredDay: [Int32]
    /// Places; -1 if unknown.
    let places: [Int32]
    /// Figures from each home's placements: the `placements`, `occupancy`, `unplanned`
    /// and `moves` fields, sort keys and facets.
    public let figures: HomePlacementFigures
    /// `Sector.rawValue`, 0 if unknown.
    let sector: [UInt8]
    /// `RegistrationStatus.rawValue`, 0 if unknown.
    let status: [UInt8]
    /// 1 if open at the snapshot date (`Home.isOpen(on:)`), else 0.
    let openFlag: [UInt8]
    /// Closure day; `Int32.min` if none is known.
    let closureDay: [Int32]
    /// `RatingTrend.rawValue` of the latest full inspection against the one before, 0 if fewer than two.
    let trend: [UInt8]
    /// `ChangeKind.bit`s of the home's changes since the previous snapshot.
    let changeMask: [UInt16]
    /// Index into `typeTerms` (provision types, spellings differing only in case or
    /// punctuation merged).
    let typeID: [UInt16]
    /// Index into `snapshot.localAuthorities`; -1 if unknown.
    let authority: [Int32]
    /// Index into `regionTerms`; -1 if unknown.
    let regionID: [Int16]
    /// Registered needs: home i has `needIDs[needStart[i] ..< needStart[i+1]]`.
    let needStart: [Int32], needIDs: [UInt16]

    let urnText: FoldedColumn
    let nameText: InternedColumn, organisationText: InternedColumn
    /// The letters and digits of each home's free text, for one-letter words.
    let letters: LetterPresence

    let typeTerms: [IndexTerm]
    let regionTerms: [IndexTerm]
    let needTerms: [IndexTerm]
    /// One per `snapshot.localAuthorities`, same order.
    let authorityTerms: [IndexTerm]

    /// Homes in URN order (folded, so case-insensitive); `urnRank[home]` is the position.
    let urnOrder: [Int32], urnRank: [Int32]
    /// Position of each home in display-name order (name, else organisation, else URN).
    let nameRank: [Int32]

    /// Placements grouped by home, each group by start date.
    let homePlacements: Grouping
    /// Placements grouped by child, built on first use: over a million children
    /// make it the costliest part of the index, and only child look-ups need it.
    private let childPlacementsOnce = Once<Grouping>()
    /// Homes grouped by authority.
    let authorityHomes: Grouping
    /// Owners by normalised name and placements by placing authority, built on first
    /// use (the summary by owner, `owned-by:`, the authority card; see SnapshotIndex+Groups).
    let ownersOnce = Once<OwnerGroups>()
    let placedByOnce = Once<Grouping>()
    /// Every home sorted by each key, ascending and descending, by `SortKey` position.
    let ascendingOnce = SortKey.allCases.map { _ in Once<[Int32]>() }
    let descendingOnce = SortKey.allCases.map { _ in Once<[Int32]>() }

    /// The index of what `SnapshotLoader` loaded, with its register timeline.
    public convenience init(_ loaded: LoadedSnapshots) {
        self.init(loaded.current, timeline: loaded.timeline)
    }

    public init(_ snapshot: Snapshot, timeline: RegisterTimeline? = nil) {
        self.snapshot = snapshot
        let timeline = timeline ?? .single(snapshot, file: "")
        self.timeline = timeline
        let changesLater = Background { timeline.latestChangeMasks(current: snapshot) }
        // Grouping millions of placements by home is the costliest part and needs
        // nothing else here, so it runs on another core meanwhile.
        let homePlacementsLater = Background { SnapshotIndex.groupByHome(snapshot) }
        // The URN column and its order need only the URNs: built meanwhile too.
        let urnsLater = Background { SnapshotIndex.urnColumn(snapshot.homes) }
        // One pass over the placements, independent of everything else here.
        let figuresLater = Background { HomePlacementFigures(snapshot: snapshot, asOf: snapshot.metadata.snapshotDate) }
        let homes = snapshot.homes
        let n = homes.count
        let inspections = snapshot.inspections

        var rating = [UInt8](repeating: 0, count: n)
        var safety = rating, leaders = rating, education = rating, health = rating
        var lastInspected = [Int32](repeating: Int32.min, count: n)
        var registered = lastInspected
        var places = [Int32](repeating: -1, count: n)
        var sector = rating, status = rating, openFlag = rating, trend = rating
        var closure = lastInspected
        let asOf = snapshot.metadata.snapshotDate
        var typeID = [UInt16](repeating: 0, count: n)
        var authority = [Int32](repeating: -1, count: n)
        var regionID = [Int16](repeating: -1, count: n)
        var needStart: [Int32] = [0]
        needStart.reserveCapacity(n + 1)
        var needIDs: [UInt16] = []

        var typeIDs: [String: UInt16] = [:], typeByFolded: [[UInt8]: UInt16] = [:], typeLabels: [String] = []
        var regionIDs: [String: Int16] = [:], regionLabels: [String] = []
        var needIDByText: [String: UInt16] = [:], needByFolded: [[UInt8]: UInt16] = [:], needLabels: [String] = []

        func code(_ j: Judgement?) -> UInt8 { j.map { $0.isFourPoint ? $0.rawValue : 0 } ?? 0 }

        for i in 0..<n {
            let h = homes[i]
            let lo = Int(h.inspections.lowerBound), hi = Int(h.inspections.upperBound)
            if hi > lo {
                lastInspected[i] = inspections[hi - 1].date.daysSince1970
                var k = hi - 1
                while k >= lo {
                    let ins = inspections[k]
                    if let o = ins.overall, o.isFourPoint {
                        rating[i] = o.rawValue
                        safety[i] = code(ins.helpedAndProtected)
                        leaders[i] = code(ins.leadersAndManagers)
                        education[i] = code(ins.education)
                        health[i] = code(ins.health)
                        break
                    }
                    k -= 1
                }
                // The full inspection before it, for the trend.
                k -= 1
                while k >= lo {
                    if let o = inspections[k].overall, o.isFourPoint {
                        trend[i] = RatingTrend(from: o, to: Judgement(rawValue: rating[i]))?.rawValue ?? 0
                        break
                    }
                    k -= 1
                }
            }
            if let d = h.registrationDate { registered[i] = d.daysSince1970 }
            if let p = h.places { places[i] = p }
            sector[i] = h.sector?.rawValue ?? 0
            status[i] = h.status?.rawValue ?? 0
            openFlag[i] = h.isOpen(on: asOf) ? 1 : 0
            if let c = h.closureDate { closure[i] = c.daysSince1970 }
            if let t = typeIDs[h.provisionType] {
                typeID[i] = t
            } else {
                let folded = TextFolding.fold(h.provisionType)
                let t: UInt16
                if let existing = typeByFolded[folded] {
                    t = existing
                } else {
                    t = UInt16(typeLabels.count)
                    typeLabels.append(h.provisionType)
                    typeByFolded[folded] = t
                }
                typeIDs[h.provisionType] = t
                typeID[i] = t
            }
            if let a = h.localAuthority, a >= 0, Int(a) < snapshot.localAuthorities.count { authority[i] = a }
            if let r = h.region ?? (authority[i] >= 0 ? snapshot.localAuthorities[Int(authority[i])].region : nil) {
                if let id = regionIDs[r] {
                    regionID[i] = id
                } else {
                    let id = Int16(regionLabels.count)
                    regionLabels.append(r)
                    regionIDs[r] = id
                    regionID[i] = id
                }
            }
            for need in h.registeredFor {
                let id: UInt16
                if let known = needIDByText[need] {
                    id = known
                } else {
                    let folded = TextFolding.fold(need)
                    if let existing = needByFolded[folded] {
                        id = existing
                    } else {
                        id = UInt16(needLabels.count)
                        needLabels.append(need)
                        needByFolded[folded] = id
                    }
                    needIDByText[need] = id
                }
                if !needIDs[Int(needStart[i])...].contains(id) { needIDs.append(id) }
            }
            needStart.append(Int32(needIDs.count))
        }
        self.rating = rating
        self.safety = safety
        self.leaders = leaders
        self.education = education
        self.health = health
        self.lastInspectedDay = lastInspected
        self.registeredDay = registered
        self.places = places
        self.sector = sector
        self.status = status
        self.openFlag = openFlag
        self.trend = trend
        self.closureDay = closure
        var openHomes: [Int32] = []
        openHomes.reserveCapacity(n)
        for i in 0..<n where openFlag[i] != 0 { openHomes.append(Int32(i)) }
        self.openHomes = openHomes
        self.typeID = typeID
        self.authority = authority
        self.regionID = regionID
        self.needStart = needStart
        self.needIDs = needIDs
        let typeTerms = typeLabels.map { IndexTerm(label: $0) }
        self.typeTerms = typeTerms
        regionTerms = regionLabels.map { IndexTerm(label: $0) }
        needTerms = needLabels.map { IndexTerm(label: $0) }
        let authorityTerms = snapshot.localAuthorities.map { IndexTerm(label: $0.name, code: $0.code) }
        self.authorityTerms = authorityTerms
        let nameText = InternedColumn(count: n) { homes[$0].name }
        let organisationText = InternedColumn(count: n) { homes[$0].organisation }
        let (urnText, urnOrder, urnRank) = urnsLater.value()
        self.urnText = urnText
        self.nameText = nameText
        self.organisationText = organisationText
        self.urnOrder = urnOrder
        self.urnRank = urnRank
        // Display name: the name, else the organisation, else the URN (as `Home.displayName`).
        let displayName = FoldedColumn(count: n) { i in
            !nameText.isEmpty(i) ? nameText.slice(i) : !organisationText.isEmpty(i) ? organisationText.slice(i) : urnText.slice(i)
        }
        letters = LetterPresence(count: n, urns: urnText, names: nameText, organisations: organisationText,
                                 authority: authority, authorityTerms: authorityTerms, typeID: typeID, typeTerms: typeTerms,
                                 sector: sector, rating: rating)
        let nameOrder = displayName.sortedOrder(tieBreak: urnRank)
        // Homes listed under the same name share a rank, so the sort's URN tie-break
        // keeps them in URN order in both directions.
        var nameRank = [Int32](repeating: 0, count: n)
        var rank: Int32 = -1
        var previous: ArraySlice<UInt8>? = nil
        for h in nameOrder {
            let name = displayName.slice(Int(h))
            if name != previous { rank += 1; previous = name }
            nameRank[Int(h)] = rank
        }
        self.nameRank = nameRank
        homePlacements = homePlacementsLater.value()
        authorityHomes = Grouping(groups: snapshot.localAuthorities.count, keys: authority, order: urnRank)
        changeMask = changesLater.value()
        figures = figuresLater.value()
    }

    /// The folded URNs, the homes in URN order, and each home's place in it.
    static func urnColumn(_ homes: [Home]) -> (FoldedColumn, [Int32], [Int32]) {
        let n = homes.count
        let urnText = FoldedColumn(count: n, reserve: n * 10 + 1) { homes[$0].urn }
        let urnOrder = urnText.sortedOrder(tieBreak: nil)
        var urnRank = [Int32](repeating: 0, count: n)
        for (r, h) in urnOrder.enumerated() { urnRank[Int(h)] = Int32(r) }
        return (urnText, urnOrder, urnRank)
    }

    static func groupByHome(_ snapshot: Snapshot) -> Grouping {
        let placements = snapshot.placements
        var placementHome = [Int32](repeating: 0, count: placements.count)
        var placementStart = placementHome
        placements.withUnsafeBufferPointer { p in
            for i in 0..<p.count {
                placementHome[i] = p[i].home
                placementStart[i] = p[i].start.daysSince1970
            }
        }
        return Grouping(groups: snapshot.homes.count, keys: placementHome, order: placementStart)
    }

    // MARK: look-ups

    /// The home with this URN, ignoring case and surrounding spaces.
    public func home(urn: String) -> Int32? {
        let key = TextFolding.fold(urn)
        guard !key.isEmpty else { return nil }
        var lo = 0, hi = urnOrder.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if urnText.slice(Int(urnOrder[mid])).lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < urnOrder.count, urnText.slice(Int(urnOrder[lo])).elementsEqual(key) else { return nil }
        return urnOrder[lo]
    }

    /// URNs nearest to one that was not found: those sharing the longest prefix,
    /// for "did you mean" after a mistyped URN.
    public func nearestURNs(to urn: String, limit: Int = 5) -> [String] {
        let key = TextFolding.fold(urn)
        var lo = 0, hi = urnOrder.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if urnText.slice(Int(urnOrder[mid])).lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
        }
        var candidates: [(Int, Int)] = []  // (edit distance, home)
        let window = max(0, lo - 50)..<min(urnOrder.count, lo + 50)
        for r in window {
            let h = Int(urnOrder[r])
            candidates.append((EditDistance.distance(urn, snapshot.homes[h].urn), h))
        }
        candidates.sort { $0.0 != $1.0 ? $0.0 < $1.0 : urnRank[$0.1] < urnRank[$1.1] }
        return candidates.prefix(limit).map { snapshot.homes[$0.1].urn }
    }

    /// The latest overall judgement on the four-point scale (interim outcomes such as
    /// "Sustained effectiveness" do not replace it).
    public func latestOverall(_ home: Int32) -> Judgement? {
        Judgement(rawValue: rating[Int(home)])
    }

    /// The provision types as the index merged them (spellings differing only in case or
    /// punctuation are one), and which of them a home has: a number per home, so a
    /// screen can measure types once each rather than once a home.
    public var provisionTypes: [String] { typeTerms.map(\.label) }
    public func provisionTypeNumber(_ home: Int32) -> Int { Int(typeID[Int(home)]) }

    /// Whether the home is open at the snapshot date.
    public func isOpen(_ home: Int32) -> Bool { openFlag[Int(home)] != 0 }

    /// "closed 2023-11-30" or "closed" for a home not open at the snapshot date, else nil.
    public func closedWording(_ home: Int32) -> String? {
        openFlag[Int(home)] != 0 ? nil : snapshot.homes[Int(home)].closedWording(on: asOf)
    }

    /// The latest full inspection's overall judgement against the one before it.
    public func trend(_ home: Int32) -> RatingTrend? { RatingTrend(rawValue: trend[Int(home)]) }

    /// The home's changes since the previous snapshot (empty with one snapshot).
    public func changesSincePrevious(_ home: Int32) -> [ChangeKind] {
        let m = changeMask[Int(home)]
        return ChangeKind.allCases.filter { m & $0.bit != 0 }
    }

    /// The date of the most recent inspection of any kind.
    public func lastInspected(_ home: Int32) -> Day? {
        let d = lastInspectedDay[Int(home)]
        return d == Int32.min ? nil : Day(daysSince1970: d)
    }

    /// Indices into `snapshot.placements` of this home's placements, by start date.
    public func placements(ofHome home: Int32) -> [Int32] { homePlacements.members(Int(home)) }

    var childPlacements: Grouping {
        childPlacementsOnce.value { Grouping(placements: snapshot.placements, groups: snapshot.children.count) { $0.child } }
    }

    /// Indices into `snapshot.placements` of this child's placements, by start date.
    public func placements(ofChild child: Int32) -> [Int32] { childPlacements.members(Int(child)) }

    /// The child with this pseudonymous reference (exact, ignoring ASCII case).
    /// A linear scan: references are looked up one at a time, and a hash table over
    /// a million of them would cost more at load than all the look-ups ever made.
    public func child(reference: String) -> Int32? {
        let key = Array(reference.utf8)
        for (i, c) in snapshot.children.enumerated() {
            var u = c.utf8.makeIterator()
            var j = 0
            var same = true
            while let b = u.next() {
                guard j < key.count, asciiLower(b) == asciiLower(key[j]) else { same = false; break }
                j += 1
            }
            if same, j == key.count { return Int32(i) }
        }
        return nil
    }

    /// Homes registered in this authority (index into `snapshot.localAuthorities`), by URN.
    public func homes(inAuthority authority: Int32) -> [Int32] { authorityHomes.members(Int(authority)) }

    /// The home's overall judgements on the four-point scale, oldest first: the
    /// history a rating trend is drawn from (interim outcomes are left out).
    public func ratingHistory(_ home: Int32) -> [(date: Day, judgement: Judgement)] {
        snapshot.inspections(of: snapshot.homes[Int(home)]).compactMap { ins in
            guard let o = ins.overall, o.isFourPoint else { return nil }
            return (ins.date, o)
        }
    }
}

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

/// A value computed on another thread, started at once and waited for on use.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.result = make() }
    }

    func value() -> Value {
        done.wait()
        return result!
    }
}

/// A value computed on first use, safely from any thread.
final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let v = make()
        stored = v
        return v
    }
}

/// Items grouped by an integer key (compressed sparse rows), each group in `order`.
struct Grouping: Sendable {
    let starts: [Int32]
    let items: [Int32]

    /// Counting sort of item indices by `keys[item]` (stable; keys outside
    /// `0..<groups` are left out), then each group sorted by `order[item]` if it is not
    /// already (placements usually arrive by start date, so this rarely sorts).
    init(groups: Int, keys: [Int32], order: [Int32], radixFrom: Int = 4096) {
        if keys.count >= radixFrom, let packed = Grouping(radix: groups, keys: keys, order: order) {
            self = packed
            return
        }
        var starts = [Int32](repeating: 0, count: groups + 1)
        var items: [Int32] = []
        keys.withUnsafeBufferPointer { keys in
            starts.withUnsafeMutableBufferPointer { starts in
                for k in keys where k >= 0 && Int(k) < groups { starts[Int(k) + 1] += 1 }
                for g in 0..<groups { starts[g + 1] += starts[g] }
            }
            var fill = starts
            items = [Int32](repeating: 0, count: Int(starts[groups]))
            items.withUnsafeMutableBufferPointer { items in
                fill.withUnsafeMutableBufferPointer { fill in
                    for i in 0..<keys.count {
                        let k = Int(keys[i])
                        guard k >= 0 && k < groups else { continue }
                        items[Int(fill[k])] = Int32(i)
                        fill[k] += 1
                    }
                }
            }
        }
        var scratch: [UInt64] = []
        order.withUnsafeBufferPointer { order in
            for g in 0..<groups {
                let lo = Int(starts[g]), hi = Int(starts[g + 1])
                guard hi - lo > 1 else { continue }
                var sorted = true
                for k in (lo + 1)..<hi where order[Int(items[k - 1])] > order[Int(items[k])] { sorted = false; break }
                if !sorted {
                    // Sorted as packed words (order, then item): no comparison closure.
                    scratch.removeAll(keepingCapacity: true)
                    for k in lo..<hi {
                        let item = items[k]
                        scratch.append(UInt64(UInt32(bitPattern: order[Int(item)]) ^ 0x8000_0000) << 32 | UInt64(UInt32(item)))
                    }
                    scratch.sort()
                    for k in lo..<hi { items[k] = Int32(truncatingIfNeeded: scratch[k - lo] & 0xFFFF_FFFF) }
                }
            }
        }
        self.starts = starts
        self.items = items
    }

    /// The same grouping by two counting sorts: item indices by `order` (stable, so
    /// ties stay in index order), then by group. Four linear passes, where sorting
    /// each group on its own cost a comparison sort per home. Nil when `order`
    /// spans too wide a range for a table of counts (dates never do: 1900 to 2100
    /// is 73,000 days).
    private init?(radix groups: Int, keys: [Int32], order: [Int32]) {
        var lo = Int32.max, hi = Int32.min
        var valid = 0
        for i in keys.indices where keys[i] >= 0 && Int(keys[i]) < groups {
            lo = min(lo, order[i])
            hi = max(hi, order[i])
            valid += 1
        }
        guard lo <= hi, Int(hi) - Int(lo) < 1 << 22 else { return nil }
        let span = Int(hi) - Int(lo) + 1
        var byOrder = [Int32](repeating: 0, count: valid)
        var starts = [Int32](repeating: 0, count: groups + 1)
        var items = [Int32](repeating: 0, count: valid)
        keys.withUnsafeBufferPointer { keys in
            order.withUnsafeBufferPointer { order in
                var counts = [Int32](repeating: 0, count: span + 1)
                counts.withUnsafeMutableBufferPointer { counts in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for i in 0..<keys.count where keys[i] >= 0 && Int(keys[i]) < groups {
                            counts[Int(order[i]) - Int(lo) + 1] += 1
                            starts[Int(keys[i]) + 1] += 1
                        }
                        for k in 0..<span { counts[k + 1] += counts[k] }
                        for g in 0..<groups { starts[g + 1] += starts[g] }
                    }
                    byOrder.withUnsafeMutableBufferPointer { byOrder in
                        for i in 0..<keys.count where keys[i] >= 0 && Int(keys[i]) < groups {
                            let k = Int(order[i]) - Int(lo)
                            byOrder[Int(counts[k])] = Int32(i)
                            counts[k] += 1
                        }
                    }
                }
                var fill = starts
                fill.withUnsafeMutableBufferPointer { fill in
                    items.withUnsafeMutableBufferPointer { items in
                        for i in byOrder {
                            let g = Int(keys[Int(i)])
                            items[Int(fill[g])] = i
                            fill[g] += 1
                        }
                    }
                }
            }
        }
        self.starts = starts
        self.items = items
    }

    func members(_ g: Int) -> [Int32] {
        guard g >= 0, g + 1 < starts.count else { return [] }
        return Array(items[Int(starts[g])..<Int(starts[g + 1])])
    }
}

