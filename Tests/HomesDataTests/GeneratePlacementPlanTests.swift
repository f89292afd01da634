import Testing
@testable import HomesData

@Suite struct GeneratePlacementPlanTests {
    /// Real-looking homes as the importer would give them: only the active children's
    /// homes (any spelling) should receive placements.
    static func imported() -> Snapshot {
        let asOf = Day(iso: "2023-08-31")!
        let las = EnglishAuthorities.all.map {
            LocalAuthority(code: $0.onsCode, name: $0.name, region: RegionWording.governmentOfficeRegion(onsRegion: $0.region))
        }
        func home(_ urn: String, _ type: String, _ status: RegistrationStatus?, places: Int32?, la: Int32?, since: String) -> Home {
            Home(urn: urn, provisionType: type, sector: .privateSector, localAuthority: la, places: places,
                 registrationDate: Day(iso: since), status: status)
        }
        let homes = [
            home("SC000001", "Children's home", .active, places: 4, la: 10, since: "2010-04-01"),
            home("SC000002", "Children's Home", .active, places: 2, la: 11, since: "2021-06-01"),
            home("SC000003", "Secure children's home", .active, places: 10, la: 12, since: "2003-02-01"),
            home("SC000004", "Residential special school (registered as a children's home)", .active, places: 6, la: 40, since: "2008-01-01"),
            home("SC000005", "Children's home", .resigned, places: 3, la: 10, since: "2009-01-01"),
            home("SC000006", "Children's home", .suspended, places: 3, la: 10, since: "2009-01-01"),
            home("SC000007", "Residential Special School", .active, places: 8, la: 10, since: "2009-01-01"),
            home("1234567", "Independent Fostering Agency", .active, places: nil, la: 10, since: "2009-01-01"),
            home("SC000009", "Children's home", .active, places: nil, la: nil, since: "2015-01-01"),
            home("SC000010", "Children's home", .active, places: 5, la: 90, since: "2023-09-30"),
        ]
        return Snapshot(
            metadata: SnapshotMetadata(snapshotDate: asOf, source: "Ofsted", licence: "OGL v3.0", syntheticPlacements: false),
            localAuthorities: las, homes: homes, children: ["C9999999"])
    }

    static let eligibleURNs: Set<String> = ["SC000001", "SC000002", "SC000003", "SC000004", "SC000009"]

    @Test func onlyActiveChildrensHomesGetPlacementsAndTheSnapshotSaysSo() {
        var s = Self.imported()
        SnapshotGenerator.attachPlacements(to: &s, seed: 3, placementsPerHome: 20)
        #expect(s.metadata.syntheticPlacements)
        let used = Set(s.placements.map { s.homes[Int($0.home)].urn })
        #expect(used == Self.eligibleURNs)
        // Near the requested count: 20 per eligible home.
        #expect(abs(s.placements.count - 100) < 35, "\(s.placements.count) placements")
    }

    @Test func codesFollowTheKindOfHome() {
        var s = Self.imported()
        SnapshotGenerator.attachPlacements(to: &s, seed: 3, placementsPerHome: 20)
        for p in s.placements {
            let type = SSDA903.placementTypes[Int(p.placementType)].code
            switch s.homes[Int(p.home)].urn {
            case "SC000003": #expect(type == "K1")
            case "SC000004": #expect(type == "S1")
            default: #expect(type == "K2")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aHomeNeverHoldsMoreChildrenThanPlaces(seed: UInt64) {
        var s = Self.imported()
        SnapshotGenerator.attachPlacements(to: &s, seed: seed, placementsPerHome: 40)
        let asOf = s.metadata.snapshotDate
        var day = asOf.adding(months: -PlacementPlan.windowMonths)
        while day <= asOf {
            var present = [Int](repeating: 0, count: s.homes.count)
            for p in s.placements where p.isOngoing(on: day) { present[Int(p.home)] += 1 }
            for (h, n) in present.enumerated() {
                #expect(n <= Int(s.homes[h].places ?? 3), "\(s.homes[h].urn) on \(day): \(n)")
            }
            day = day.adding(days: 17)
        }
        #expect(s.placements.allSatisfy { $0.start <= asOf })
    }

    @Test func existingChildrenKeepTheirReferencesAndNewOnesDoNotClash() {
        var s = Self.imported()
        SnapshotGenerator.attachPlacements(to: &s, seed: 9, placementsPerHome: 20)
        #expect(s.children.first == "C9999999")
        #expect(Set(s.children).count == s.children.count)
        #expect(!s.placements.contains { $0.child == 0 })
    }

    @Test func sameSeedSamePlacementsDifferentSeedDifferent() {
        var a = Self.imported(), b = Self.imported(), c = Self.imported()
        SnapshotGenerator.attachPlacements(to: &a, seed: 5)
        SnapshotGenerator.attachPlacements(to: &b, seed: 5)
        SnapshotGenerator.attachPlacements(to: &c, seed: 6)
        #expect(a.placements == b.placements && a.children == b.children)
        #expect(a.placements != c.placements)
    }

    @Test func nothingToPlaceStillMarksTheSnapshot() {
        var s = Self.imported()
        s.homes = s.homes.filter { !Self.eligibleURNs.contains($0.urn) }
        SnapshotGenerator.attachPlacements(to: &s, seed: 1)
        #expect(s.placements.isEmpty)
        #expect(s.metadata.syntheticPlacements)
    }
}
