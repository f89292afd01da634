extension SnapshotGenerator {
    /// Adds made-up children and placements to the active children's homes of an
    /// existing snapshot (provision types containing "children's home"), about
    /// `placementsPerHome` per such home over the ten years before the snapshot date,
    /// and marks the snapshot's placements as synthetic.
    ///
    /// Real placement records are confidential; this lets the importer give real
    /// Ofsted data placements whose shapes match what SSDA903 returns show, so the
    /// stability figures have something to work on.
    public static func attachPlacements(to snapshot: inout Snapshot, seed: UInt64, placementsPerHome: Double = 33) {
        var random = SyntheticRandom(seed: seed, stream: 7)
        PlacementPlan(snapshot: snapshot, placementsPerHome: placementsPerHome).attach(to: &snapshot, random: &random)
        snapshot.metadata.syntheticPlacements = true
    }
}

/// Builds placements bed by bed, then links them into children's journeys.
///
/// Every bed of a home gets a timeline of stays and vacancies (so a home never holds
/// more children than places, and about half its places are filled on the snapshot
/// date). Each stay that ends with a move is then joined to a stay in another home
/// starting that day or a few days later, more often in the same region and, for
/// short stays, more often another short one: the children who move a lot keep
/// moving, most others stay for a long time. Each chain of stays is one child.
struct PlacementPlan {
    static let windowMonths = 120

    let asOf: Day
    let windowStart: Day
    let placementsPerHome: Double
    let eligibleHomes: [Int]

    static func isEligible(_ home: Home) -> Bool {
        home.status == .active && isChildrensHome(home.provisionType)
    }

    /// Whether Ofsted's provision type names a kind of children's home, in any case and
    /// with a straight or curly apostrophe ("Children's Home", "Secure children’s home").
    static func isChildrensHome(_ provisionType: String) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(provisionType.utf8.count)
        var bytes = Array(provisionType.utf8)[...]
        while let b = bytes.first {
            if b == 0xE2, bytes.starts(with: [0xE2, 0x80, 0x99]) {  // ’ as '
                folded.append(UInt8(ascii: "'"))
                bytes = bytes.dropFirst(3)
                continue
            }
            folded.append(b >= 65 && b <= 90 ? b + 32 : b)
            bytes = bytes.dropFirst()
        }
        let needle = Array("children's home".utf8)
        guard folded.count >= needle.count else { return false }
        for start in 0...(folded.count - needle.count) where folded[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    init(snapshot: Snapshot, placementsPerHome: Double) {
        asOf = snapshot.metadata.snapshotDate
        windowStart = asOf.adding(months: -Self.windowMonths)
        self.placementsPerHome = placementsPerHome
        eligibleHomes = snapshot.homes.indices.filter { i in
            Self.isEligible(snapshot.homes[i]) && (snapshot.homes[i].registrationDate ?? .init(daysSince1970: 0)) < snapshot.metadata.snapshotDate
        }
    }

    /// One stay in one bed, before it is given to a child. Sixteen bytes, so the millions
    /// of random visits while linking cost one cache line each.
    struct Stay {
        var home: Int32
        var start: Int32
        /// `Int32.max` while ongoing.
        var end: Int32
        var short: Bool
    }

    /// A stay waiting in a bucket, with its home so a claim can skip same-home stays.
    struct Member {
        var stay: Int32
        var home: Int32
    }

    func attach(to snapshot: inout Snapshot, random: inout SyntheticRandom) {
        guard !eligibleHomes.isEmpty, placementsPerHome > 0, !snapshot.localAuthorities.isEmpty else { return }

        // Regions, numbered in the order authorities are listed, so results do not
        // depend on hashing.
        var regionNames: [String] = []
        var authorityRegion: [Int] = []
        for la in snapshot.localAuthorities {
            if let r = regionNames.firstIndex(of: la.region) { authorityRegion.append(r) }
            else { regionNames.append(la.region); authorityRegion.append(regionNames.count - 1) }
        }
        let regionCount = regionNames.count
        var authoritiesInRegion = [[Int]](repeating: [], count: regionCount)
        for (i, r) in authorityRegion.enumerated() { authoritiesInRegion[r].append(i) }
        let homeRegion = snapshot.homes.map { h in h.localAuthority.map { authorityRegion[Int($0)] } ?? 0 }

        // Size stays and vacancies so the total comes out near the target.
        var bedDays = 0.0, bedCount = 0.0
        for h in eligibleHomes {
            bedDays += Double(beds(snapshot.homes[h])) * Double(asOf - homeStart(snapshot.homes[h]))
            bedCount += Double(beds(snapshot.homes[h]))
        }
        let target = placementsPerHome * Double(eligibleHomes.count)
        // Each bed also holds the stay still going on the snapshot date, about half a
        // stay more than whole cycles would give.
        let cycles = max(target * 0.25, target - 0.5 * bedCount)
        let meanStay = max(2, bedDays / cycles / 2)
        let meanVacancy = meanStay

        var stays: [Stay] = []
        stays.reserveCapacity(Int(target * 1.1) + 16)
        let first = windowStart.daysSince1970
        for h in eligibleHomes {
            let home = snapshot.homes[h]
            let start = homeStart(home)
            for _ in 0..<beds(home) {
                var day = start.adding(days: Int(random.unit() * meanVacancy))
                while day <= asOf {
                    let (length, isShort) = stayLength(meanStay: meanStay, random: &random)
                    let end = day.adding(days: length)
                    let ongoing = end > asOf
                    stays.append(Stay(home: Int32(h), start: day.daysSince1970,
                                      end: ongoing ? Int32.max : end.daysSince1970, short: isShort))
                    if ongoing { break }
                    day = end.adding(days: max(1, Int(meanVacancy * (random.unit() + random.unit()))))
                }
            }
        }

        // Buckets of stays by (start day, region, short), each shuffled: claiming the next
        // entry of a bucket is a random pick among stays starting that day. Entries carry
        // their home so claiming need not look the stay up (millions of cache misses).
        let days = Int(asOf.daysSince1970 - first) + 1
        func bucket(day: Int32, region: Int, short: Bool) -> Int {
            (Int(day - first) * regionCount + region) * 2 + (short ? 1 : 0)
        }
        let bucketCount = days * regionCount * 2
        var bucketStart = [Int32](repeating: 0, count: bucketCount + 1)
        for st in stays {
            bucketStart[bucket(day: st.start, region: homeRegion[Int(st.home)], short: st.short) + 1] += 1
        }
        for b in 0..<bucketCount { bucketStart[b + 1] += bucketStart[b] }
        var fill = bucketStart
        var members = [Member](repeating: Member(stay: 0, home: 0), count: stays.count)
        for (i, st) in stays.enumerated() {
            let b = bucket(day: st.start, region: homeRegion[Int(st.home)], short: st.short)
            members[Int(fill[b])] = Member(stay: Int32(i), home: st.home)
            fill[b] += 1
        }
        for b in 0..<bucketCount where bucketStart[b + 1] - bucketStart[b] > 1 {
            random.shuffle(&members, range: Int(bucketStart[b])..<Int(bucketStart[b + 1]))
        }
        var cursor = Array(bucketStart.dropLast())

        // Ended stays in the order they end, so the buckets searched move forward day by
        // day through `members` instead of jumping about it.
        var endCount = [Int32](repeating: 0, count: days + 1)
        for st in stays where st.end != Int32.max && st.end <= asOf.daysSince1970 { endCount[Int(st.end - first) + 1] += 1 }
        for d in 0..<days { endCount[d + 1] += endCount[d] }
        var byEnd = [Int32](repeating: 0, count: Int(endCount[days]))
        for (i, st) in stays.enumerated() where st.end != Int32.max && st.end <= asOf.daysSince1970 {
            byEnd[Int(endCount[Int(st.end - first)])] = Int32(i)
            endCount[Int(st.end - first)] += 1
        }

        var successor = [Int32](repeating: -1, count: stays.count)
        var hasPredecessor = [Bool](repeating: false, count: stays.count)
        for index in byEnd {
            let i = Int(index)
            let st = stays[i]
            guard random.chance(st.short ? 0.8 : 0.5) else { continue }
            let ownRegion = homeRegion[Int(st.home)]
            let preferredRegion = random.chance(0.8) ? ownRegion : random.below(regionCount)
            let preferShort = random.chance(st.short ? 0.7 : 0.2)
            let gap = random.chance(0.6) ? 0 : 1 + Int(30 * random.unit() * random.unit())
            var day = st.end + Int32(gap)
            let lastDay = min(asOf.daysSince1970, day + 6)
            search: while day <= lastDay {
                for attempt in 0..<3 {
                    let b = bucket(day: day, region: attempt == 2 ? ownRegion : preferredRegion,
                                   short: attempt == 1 ? !preferShort : preferShort)
                    // Take the first of the next few entries that is in another home.
                    let upper = Int(bucketStart[b + 1])
                    var c = Int(cursor[b])
                    while c < min(upper, Int(cursor[b]) + 4) {
                        let m = members[c]
                        if m.home != st.home {
                            members.swapAt(c, Int(cursor[b]))
                            cursor[b] += 1
                            successor[i] = m.stay
                            hasPredecessor[Int(m.stay)] = true
                            break search
                        }
                        c += 1
                    }
                }
                day += 1
            }
        }

        // Children in the order their first stay began; placements grouped by child, in date order.
        var heads: [UInt64] = []
        heads.reserveCapacity(stays.count / 2)
        for i in 0..<stays.count where !hasPredecessor[i] {
            heads.append(UInt64(UInt32(bitPattern: stays[i].start &- first)) << 32 | UInt64(i))
        }
        heads.sort()

        let codes = Codes()
        // Per-home facts read for every placement, looked up once rather than copying
        // a `Home` (a dozen strings) millions of times.
        var homeType = [UInt8](repeating: codes.homeType, count: snapshot.homes.count)
        for h in eligibleHomes { homeType[h] = codes.placementType(of: snapshot.homes[h]) }
        var references = ChildReferences(seed: random.next(), existing: snapshot.children)
        snapshot.children.reserveCapacity(snapshot.children.count + heads.count)
        snapshot.placements.reserveCapacity(snapshot.placements.count + stays.count)
        for key in heads {
            let head = Int(key & 0xFFFF_FFFF)
            let child = Int32(snapshot.children.count)
            snapshot.children.append(references.next())
            let firstHome = Int(stays[head].home)
            let placing = placingAuthority(for: snapshot.homes[firstHome].localAuthority.map(Int.init),
                                           councilRun: snapshot.homes[firstHome].sector == .localAuthority,
                                           authorityRegion: authorityRegion,
                                           authoritiesInRegion: authoritiesInRegion,
                                           authorityCount: snapshot.localAuthorities.count, random: &random)
            var i = head
            var isFirst = true
            while true {
                let next = successor[i]
                let st = stays[i]
                var p = Placement(
                    child: child, home: st.home, start: Day(daysSince1970: st.start),
                    end: st.end == Int32.max ? nil : Day(daysSince1970: st.end),
                    placingAuthority: Int32(placing), placementType: homeType[Int(st.home)],
                    reasonNewEpisode: isFirst ? codes.startedCare : codes.changeOfPlacement,
                    reasonCeased: nil, reasonPlaceChange: nil, planned: nil)
                if p.end != nil {
                    if next >= 0 || random.chance(0.45) {
                        // A move: to the next home here, or to a foster or other placement
                        // this snapshot does not hold.
                        let change = codes.placeChange(short: st.short, random: &random)
                        p.reasonCeased = codes.moved
                        p.reasonPlaceChange = change
                        p.planned = !codes.unplannedChange[Int(change)]
                    } else {
                        let ceased = codes.leftCare(random: &random)
                        p.reasonCeased = ceased
                        p.planned = !codes.unplannedCeased[Int(ceased)]
                    }
                }
                snapshot.placements.append(p)
                guard next >= 0 else { break }
                i = Int(next)
                isFirst = false
            }
        }
    }

    func homeStart(_ home: Home) -> Day {
        max(windowStart, home.registrationDate ?? windowStart)
    }

    func beds(_ home: Home) -> Int { Int(min(60, max(1, home.places ?? 3))) }

    /// Mostly long stays, some of a few weeks or months, a few of days, and a tail of
    /// years; scaled so the mean is `meanStay`.
    func stayLength(meanStay: Double, random: inout SyntheticRandom) -> (Int, Bool) {
        let u = random.unit()
        let factor: Double
        let isShort: Bool
        if u < 0.15 { factor = 0.02 + 0.12 * random.unit(); isShort = true }
        else if u < 0.5 { factor = 0.2 + 0.7 * random.unit(); isShort = false }
        else if u < 0.9 { factor = 0.8 + 1.2 * random.unit(); isShort = false }
        else { factor = 2 + 6 * random.unit(); isShort = false }
        return (max(1, Int(meanStay * factor / 1.2645)), isShort)
    }

    /// The child's own authority: often the home's, more often nearby than far away;
    /// council-run homes mostly take their own children.
    func placingAuthority(for homeAuthority: Int?, councilRun: Bool, authorityRegion: [Int], authoritiesInRegion: [[Int]],
                          authorityCount: Int, random: inout SyntheticRandom) -> Int {
        guard let own = homeAuthority else { return random.below(authorityCount) }
        let u = random.unit()
        let sameShare = councilRun ? 0.85 : 0.4
        if u < sameShare { return own }
        if u < sameShare + (1 - sameShare) * 0.6 { return random.element(of: authoritiesInRegion[authorityRegion[own]]) }
        return random.below(authorityCount)
    }

    /// Table indices of the SSDA903 codes used, looked up once.
    struct Codes {
        let startedCare = SSDA903.index(of: "S", in: SSDA903.reasonsForNewEpisode)!
        let changeOfPlacement = SSDA903.index(of: "P", in: SSDA903.reasonsForNewEpisode)!
        let moved = SSDA903.index(of: "X1", in: SSDA903.reasonsEpisodeCeased)!
        let secureType = SSDA903.index(of: "K1", in: SSDA903.placementTypes)!
        let homeType = SSDA903.index(of: "K2", in: SSDA903.placementTypes)!
        let schoolType = SSDA903.index(of: "S1", in: SSDA903.placementTypes)!
        let changes: [UInt8]
        let longChangeTable: WeightedTable
        let shortChangeTable: WeightedTable
        let endings: [UInt8]
        let endingTable: WeightedTable
        let unplannedChange: [Bool]
        let unplannedCeased: [Bool]

        init() {
            let changeWeights: [(String, Double, Double)] = [
                ("CARPL", 58, 25), ("LAREQ", 9, 8), ("CREQB", 9, 25), ("CHILD", 7, 15), ("CREQO", 3, 6),
                ("ALLEG", 2, 6), ("STAND", 2, 5), ("CLOSE", 1, 2), ("PLACE", 2, 1), ("OTHER", 2, 4),
                ("APPRR", 0.3, 1), ("CUSTOD", 0.5, 2),
            ]
            changes = changeWeights.map { SSDA903.index(of: $0.0, in: SSDA903.reasonsForPlacementChange)! }
            longChangeTable = WeightedTable(changeWeights.map(\.1))
            shortChangeTable = WeightedTable(changeWeights.map(\.2))
            let endingWeights: [(String, Double)] = [
                ("E4A", 16), ("E13", 10), ("E5", 16), ("E17", 8), ("E6", 3), ("E8", 10), ("E4B", 7), ("E15", 2),
                ("E14", 3), ("E9", 3), ("E3", 2), ("E41", 3), ("E45", 3), ("E46", 0.5), ("E47", 0.3), ("E48", 0.3),
                ("E7", 2), ("E16", 0.5), ("E11", 0.5), ("E12", 0.3), ("E2", 0.1),
            ]
            endings = endingWeights.map { SSDA903.index(of: $0.0, in: SSDA903.reasonsEpisodeCeased)! }
            endingTable = WeightedTable(endingWeights.map(\.1))
            unplannedChange = SSDA903.reasonsForPlacementChange.map { SSDA903.unplannedEndingCodes.contains($0.code) }
            unplannedCeased = SSDA903.reasonsEpisodeCeased.map { SSDA903.unplannedEndingCodes.contains($0.code) }
        }

        func placementType(of home: Home) -> UInt8 {
            let type = home.provisionType.lowercased()
            if type.hasPrefix("secure") { return secureType }
            if type.contains("school") { return schoolType }
            return homeType
        }

        func placeChange(short: Bool, random: inout SyntheticRandom) -> UInt8 {
            changes[(short ? shortChangeTable : longChangeTable).pick(&random)]
        }

        func leftCare(random: inout SyntheticRandom) -> UInt8 { endings[endingTable.pick(&random)] }
    }
}

/// Pseudonymous child references, "C" and seven digits, unique: a stride through all
/// ten million numbers with a step coprime to ten million visits each number once.
struct ChildReferences {
    private var position: Int
    private let step: Int
    private let existing: Set<String>

    init(seed: UInt64, existing: [String]) {
        position = Int(seed % 10_000_000)
        let steps = [3_141_593, 2_718_281, 1_618_033, 4_669_201, 1_414_213, 2_236_067]
        step = steps[Int((seed >> 32) % UInt64(steps.count))]
        self.existing = Set(existing)
    }

    mutating func next() -> String {
        while true {
            position = (position + step) % 10_000_000
            let n = position
            let reference = String(unsafeUninitializedCapacity: 8) { buffer in
                buffer[0] = UInt8(ascii: "C")
                var v = n
                for i in stride(from: 7, through: 1, by: -1) { buffer[i] = UInt8(48 + v % 10); v /= 10 }
                return 8
            }
            if existing.isEmpty || !existing.contains(reference) { return reference }
        }
    }
}
