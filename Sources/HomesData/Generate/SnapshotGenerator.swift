/// Makes a whole synthetic snapshot: the 153 real English authorities (with made-up
/// children's services judgements), made-up homes with inspection histories, and
/// made-up children's placements.
///
/// It exists so the browser, the loader and the benchmarks can be tried at any scale
/// without real confidential records. Shapes follow the published Ofsted data (about
/// four in five homes Good or Outstanding, four in five private, three or four places
/// on average, ratings that drift between inspections) so screens and statistics look
/// the way they will on real data. Deterministic: the same arguments give the same
/// snapshot, and so the same bytes through `SnapshotWriter`.
public struct SnapshotGenerator: Sendable {
    public let homes: Int
    public let seed: UInt64
    public let snapshotDate: Day
    public let inspectionsPerHome: Double
    public let placementsPerHome: Double

    public init(homes: Int, seed: UInt64, snapshotDate: Day = Day(iso: "2025-03-31")!,
                inspectionsPerHome: Double = 10, placementsPerHome: Double = 33) {
        self.homes = max(0, homes)
        self.seed = seed
        self.snapshotDate = snapshotDate
        self.inspectionsPerHome = max(0, inspectionsPerHome)
        self.placementsPerHome = max(0, placementsPerHome)
    }

    /// Counts the work for a progress line: one per home drawn, one per home inspected,
    /// and the last one when the placements are attached (2 × homes + 1 in all).
    public func generate(progress: ProgressCounter? = nil) -> Snapshot {
        progress?.expect(Int64(homes) * 2 + 1)
        var snapshot = Snapshot(
            metadata: SnapshotMetadata(
                snapshotDate: snapshotDate,
                source: "homes generate --seed \(seed)",
                licence: "Synthetic data, no licence restrictions",
                syntheticPlacements: true,
                notes: "Everything in this snapshot is made up (seed \(seed)): homes, names, organisations, "
                    + "URNs, inspections, judgements, children and placements. Only the local authorities' "
                    + "names, ONS codes and regions are real; their inspection judgements are not."
            ),
            eventTypes: InspectionPlan.eventTypes
        )
        var authorityRandom = SyntheticRandom(seed: seed, stream: 1)
        snapshot.localAuthorities = Self.authorities(snapshotDate: snapshotDate, random: &authorityRandom)

        var homeRandom = SyntheticRandom(seed: seed, stream: 2)
        var drawer = HomeDrawer(authorities: EnglishAuthorities.all, snapshotDate: snapshotDate,
                                homeCount: homes, random: &homeRandom)
        snapshot.homes.reserveCapacity(homes)
        for n in 0..<homes {
            snapshot.homes.append(drawer.draw(&homeRandom))
            if n & 1023 == 1023 { progress?.add(1024) }
        }
        progress?.add(homes & 1023)

        var inspectionRandom = SyntheticRandom(seed: seed, stream: 3)
        let plan = InspectionPlan(homes: snapshot.homes, snapshotDate: snapshotDate,
                                  inspectionsPerHome: inspectionsPerHome)
        snapshot.inspections.reserveCapacity(Int(Double(homes) * (inspectionsPerHome + 1)))
        for i in snapshot.homes.indices {
            let lower = Int32(snapshot.inspections.count)
            let ended = plan.inspect(&snapshot.homes[i], into: &snapshot.inspections, random: &inspectionRandom)
            snapshot.homes[i].inspections = lower..<Int32(snapshot.inspections.count)
            // A home whose latest full inspection found it inadequate is sometimes suspended.
            if snapshot.homes[i].status == .active, ended == .inadequate, inspectionRandom.chance(0.3) {
                snapshot.homes[i].status = .suspended
            }
            if i & 1023 == 1023 { progress?.add(1024) }
        }
        progress?.add(snapshot.homes.count & 1023)
        var numberRandom = SyntheticRandom(seed: seed, stream: 4)
        InspectionPlan.assignEventNumbers(&snapshot.inspections, random: &numberRandom)

        // placementsPerHome is per generated home; attachPlacements counts per eligible home.
        let eligible = snapshot.homes.filter(PlacementPlan.isEligible).count
        if eligible > 0 {
            let perEligible = placementsPerHome * Double(homes) / Double(eligible)
            Self.attachPlacements(to: &snapshot, seed: seed &+ 0x5EED, placementsPerHome: perEligible)
        }
        snapshot.metadata.syntheticPlacements = true
        progress?.add(1)
        return snapshot
    }

    /// The real authorities with a made-up ILACS judgement each (one in eighty has none yet).
    static func authorities(snapshotDate: Day, random: inout SyntheticRandom) -> [LocalAuthority] {
        let earliest = Day(iso: "2017-06-01")!
        let latest = snapshotDate.adding(days: -45)
        let span = max(1, latest - earliest)
        let overallWeights = [13.0, 40, 34, 12]
        return EnglishAuthorities.all.map { a in
            var la = LocalAuthority(code: a.onsCode, name: a.name,
                                    region: RegionWording.governmentOfficeRegion(onsRegion: a.region))
            if !random.chance(1.0 / 80) {
                let date = Weekdays.onOrAfter(earliest.adding(days: random.below(span)))
                let overall = 1 + random.pick(weights: overallWeights)
                func near() -> Judgement {
                    let shift = random.chance(0.35) ? (random.chance(0.5) ? -1 : 1) : 0
                    return Judgement(rawValue: UInt8(min(4, max(1, overall + shift))))!
                }
                la.inspection = AuthorityInspection(
                    date: date, overall: Judgement(rawValue: UInt8(overall))!,
                    leaders: near(), helpAndProtection: near(), childrenInCare: near())
            }
            return la
        }
    }
}

/// Inspections fall on weekdays and so do publications.
enum Weekdays {
    /// The same day, or the Monday after when it falls on a weekend.
    static func onOrAfter(_ day: Day) -> Day {
        // 1970-01-01 was a Thursday: (days + 3) % 7 gives 0 for Monday.
        let weekday = ((Int(day.daysSince1970) + 3) % 7 + 7) % 7
        return weekday == 5 ? day.adding(days: 2) : weekday == 6 ? day.adding(days: 1) : day
    }
}
