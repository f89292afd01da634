import Foundation
import Testing
@testable import HomesData

/// One national-scale snapshot shared by the shape tests (generating it takes a moment).
enum GeneratedNational {
    static let snapshot = SnapshotGenerator(homes: 4500, seed: 2025).generate()
}

@Suite struct GenerateSnapshotGeneratorTests {
    let s = GeneratedNational.snapshot

    // MARK: Determinism

    @Test(arguments: [(UInt64(1), "2025-03-31"), (UInt64(99), "2023-08-31"), (UInt64.max, "2019-01-01")])
    func sameSeedGivesSameBytes(seed: UInt64, date: String) {
        let g = SnapshotGenerator(homes: 200, seed: seed, snapshotDate: Day(iso: date)!)
        let a = SnapshotWriter().write(g.generate())
        let b = SnapshotWriter().write(g.generate())
        #expect(a == b)
        #expect(a.count > 50_000)
    }

    @Test func differentSeedsGiveDifferentSnapshots() {
        let a = SnapshotGenerator(homes: 200, seed: 1).generate()
        let b = SnapshotGenerator(homes: 200, seed: 2).generate()
        #expect(a.homes.map(\.urn) != b.homes.map(\.urn))
        #expect(SnapshotWriter().write(a) != SnapshotWriter().write(b))
    }

    @Test func metadataSaysEverythingIsMadeUp() {
        let m = SnapshotGenerator(homes: 10, seed: 31).generate().metadata
        #expect(m.format == SnapshotMetadata.formatName)
        #expect(m.schemaVersion == SnapshotMetadata.currentSchemaVersion)
        #expect(m.snapshotDate == Day(iso: "2025-03-31"))
        #expect(m.source == "homes generate --seed 31")
        #expect(m.licence == "Synthetic data, no licence restrictions")
        #expect(m.syntheticPlacements)
        #expect(m.notes?.contains("made up") == true)
    }

    // MARK: Shapes (national scale)

    @Test func countsAreNearTheRequestedAverages() {
        #expect(s.homes.count == 4500)
        let inspections = Double(s.inspections.count) / 4500
        let placements = Double(s.placements.count) / 4500
        #expect(abs(inspections - 10) < 1, "inspections per home \(inspections)")
        #expect(abs(placements - 33) < 4, "placements per home \(placements)")
    }

    @Test func aboutFourInFiveHomesAreGoodOrOutstanding() {
        var good = 0, judged = 0, grades = Set<Judgement>()
        for h in s.homes {
            guard let j = s.latestFullJudgement(of: h)?.overall else { continue }
            judged += 1
            grades.insert(j)
            if j == .good || j == .outstanding { good += 1 }
        }
        let share = Double(good) / Double(judged)
        #expect(abs(share - 0.8) < 0.05, "share good or outstanding \(share)")
        #expect(grades == [.outstanding, .good, .requiresImprovement, .inadequate])
        #expect(Double(judged) > 0.85 * Double(s.homes.count))
    }

    @Test func aboutFourInFiveArePrivateAndMostAreChildrensHomes() {
        let privateShare = Double(s.homes.filter { $0.sector == .privateSector }.count) / 4500
        #expect(abs(privateShare - 0.8) < 0.05, "private \(privateShare)")
        #expect(Set(s.homes.compactMap(\.sector)).isSuperset(of: [.localAuthority, .voluntary, .privateSector]))
        let homes = s.homes.filter { $0.provisionType == "Children's home" }.count
        #expect(Double(homes) / 4500 > 0.8)
        #expect(Set(s.homes.map(\.provisionType)).isSuperset(of: [
            "Secure children's home", "Residential special school (registered as a children's home)",
            "Residential Special School", "Residential Family Centre",
        ]))
    }

    @Test func placesRunFromOneToTwelveAveragingAboutFour() {
        let places = s.homes.compactMap(\.places)
        #expect(places.count == 4500)
        #expect(places.allSatisfy { (1...12).contains($0) })
        let mean = Double(places.reduce(0, +)) / Double(places.count)
        #expect(mean > 3.6 && mean < 4.6, "mean places \(mean)")
    }

    @Test func aThirdOfChildrensHomesAreUnnamedAndOthersAlwaysNamed() {
        let homes = s.homes.filter { $0.provisionType.lowercased() == "children's home" }
        let unnamed = Double(homes.filter { $0.name == nil }.count) / Double(homes.count)
        #expect(abs(unnamed - 1.0 / 3) < 0.05, "unnamed \(unnamed)")
        #expect(s.homes.filter { $0.provisionType.lowercased() != "children's home" }.allSatisfy { $0.name != nil })
        #expect(s.homes.allSatisfy { $0.organisation?.isEmpty == false })
    }

    @Test func urnsHaveOfstedsShapesAndAreUnique() {
        let urns = s.homes.map(\.urn)
        #expect(Set(urns).count == urns.count)
        #expect(urns.allSatisfy(Home.isValidURN))
        let sevenDigit = urns.filter { !$0.hasPrefix("SC") }.count
        #expect(sevenDigit > 300 && sevenDigit < 1200)
    }

    @Test func statusesAndDatesAreConsistent() {
        let active = s.homes.filter { $0.status == .active }.count
        #expect(Double(active) / 4500 > 0.85)
        #expect(s.homes.contains { $0.status == .resigned })
        #expect(s.homes.contains { $0.status == .suspended })
        for h in s.homes {
            let reg = try! #require(h.registrationDate)
            #expect(reg < s.metadata.snapshotDate)
            let closes = h.status == .resigned || h.status == .cancelled || h.status == .closed
            #expect((h.closureDate != nil) == closes, "\(h.urn)")
            if let c = h.closureDate { #expect(c > reg && c <= s.metadata.snapshotDate) }
        }
        let years = Set(s.homes.compactMap { $0.registrationDate?.components.year })
        #expect(years.count > 20)
    }

    @Test func regionsMatchTheHomesAuthority() {
        #expect(s.localAuthorities.map(\.code) == EnglishAuthorities.all.map(\.onsCode))
        for h in s.homes {
            let la = try! #require(s.authority(of: h))
            #expect(h.region == la.region)
            let expectedOfsted = ["North East", "Yorkshire and The Humber"].contains(la.region)
                ? "North East, Yorkshire and the Humber" : la.region
            #expect(h.ofstedRegion == expectedOfsted)
        }
        #expect(Set(s.localAuthorities.map(\.region)) == [
            "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
            "East of England", "London", "South East", "South West",
        ])
    }

    @Test func authoritiesHaveChildrensServicesJudgements() {
        let inspected = s.localAuthorities.compactMap(\.inspection)
        #expect(inspected.count > 140)
        for i in inspected {
            for j in [i.overall, i.leaders, i.helpAndProtection, i.childrenInCare] {
                #expect(j?.isFourPoint == true)
            }
            #expect(i.date < s.metadata.snapshotDate)
        }
    }

    @Test func registeredNeedsComeFromTheSmallSet() {
        let needs = Set(s.homes.flatMap(\.registeredFor))
        #expect(needs == ["EBD", "LD", "PD", "SI", "MH", "DA"])
        #expect(s.homes.filter { $0.provisionType == "Children's home" }.allSatisfy { !$0.registeredFor.isEmpty })
    }

    // MARK: Inspections

    @Test func inspectionRangesTileTheArrayInDateOrder() {
        var next: Int32 = 0
        for h in s.homes {
            #expect(h.inspections.lowerBound == next)
            next = h.inspections.upperBound
            let list = Array(s.inspections(of: h))
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.date <= $1.date }, "\(h.urn)")
            if let first = list.first { #expect(first.date > h.registrationDate!) }
            if let last = list.last { #expect(last.date <= (h.closureDate ?? s.metadata.snapshotDate)) }
        }
        #expect(Int(next) == s.inspections.count)
    }

    @Test func eventNumbersAreUniqueEightDigitsRisingWithDate() {
        let numbers = s.inspections.map(\.eventNumber)
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.allSatisfy { (10_000_000...99_999_999).contains($0) })
        let byDate = s.inspections.sorted { $0.date < $1.date }
        #expect(zip(byDate, byDate.dropFirst()).allSatisfy { $0.date == $1.date || $0.eventNumber < $1.eventNumber })
    }

    @Test func judgementsFitTheKindOfEvent() {
        var kinds = Set<InspectionKind>()
        var misfits: [String] = []
        for h in s.homes {
            let hasSchool = h.provisionType == "Secure children's home"
                || h.provisionType == "Residential special school (registered as a children's home)"
            for i in s.inspections(of: h) {
                kinds.insert(i.kind)
                let fits: Bool
                switch i.kind {
                case .full:
                    fits = i.overall?.isFourPoint == true && i.helpedAndProtected?.isFourPoint == true
                        && i.leadersAndManagers?.isFourPoint == true
                        && (i.education != nil) == hasSchool && (i.health != nil) == hasSchool
                case .interim:
                    fits = [.sustainedEffectiveness, .improvedEffectiveness, .declinedEffectiveness, .notJudged].contains(i.overall)
                        && i.helpedAndProtected == nil && i.leadersAndManagers == nil
                default:
                    fits = i.overall == nil && i.helpedAndProtected == nil && i.leadersAndManagers == nil
                }
                let published = i.published.map { $0 > i.date && $0 - i.date < 70 && $0 <= s.metadata.snapshotDate } ?? true
                if !fits || !published || i.kind != InspectionKind(eventType: s.eventTypes[Int(i.eventType)]) {
                    misfits.append("\(h.urn) \(i.date) \(s.eventTypes[Int(i.eventType)])")
                }
            }
        }
        #expect(misfits.isEmpty, "\(misfits.count) misfits, first \(misfits.prefix(3))")
        #expect(kinds == [.full, .interim, .monitoring, .assurance, .emergency])
        #expect(s.inspections.contains { $0.published == nil } && s.inspections.contains { $0.published != nil })
    }

    @Test func ratingsGoUpAndDownOverTime() {
        var ups = 0, downs = 0
        for h in s.homes {
            let ranks = s.inspections(of: h).compactMap { $0.overall?.rank }
            for (a, b) in zip(ranks, ranks.dropFirst()) {
                if b < a { ups += 1 } else if b > a { downs += 1 }
            }
        }
        #expect(ups > 2000 && downs > 2000)
    }

    // MARK: Placements

    @Test func everyReferenceResolves() {
        for h in s.homes { #expect(Int(h.localAuthority!) < s.localAuthorities.count) }
        #expect(s.inspections.allSatisfy { Int($0.eventType) < s.eventTypes.count })
        let dangling = s.placements.filter { p in
            Int(p.child) >= s.children.count || Int(p.home) >= s.homes.count
                || Int(p.placingAuthority) >= s.localAuthorities.count
                || Int(p.placementType) >= SSDA903.placementTypes.count
                || Int(p.reasonNewEpisode) >= SSDA903.reasonsForNewEpisode.count
                || p.reasonCeased.map { Int($0) >= SSDA903.reasonsEpisodeCeased.count } == true
                || p.reasonPlaceChange.map { Int($0) >= SSDA903.reasonsForPlacementChange.count } == true
        }
        #expect(dangling.isEmpty)
    }

    @Test func childReferencesArePseudonymousAndUnique() {
        #expect(Set(s.children).count == s.children.count)
        #expect(s.children.allSatisfy { c in
            c.utf8.count == 8 && c.first == "C" && c.utf8.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
        })
        #expect(Set(s.placements.map(\.child)).count == s.children.count)
    }

    @Test func aChildsPlacementsAreInOrderAndNeverOverlap() {
        var byChild = [[Placement]](repeating: [], count: s.children.count)
        for p in s.placements { byChild[Int(p.child)].append(p) }
        let s903 = SSDA903.index(of: "S", in: SSDA903.reasonsForNewEpisode)!
        let p903 = SSDA903.index(of: "P", in: SSDA903.reasonsForNewEpisode)!
        let broken = byChild.filter { list in
            for (a, b) in zip(list, list.dropFirst()) {
                guard let end = a.end, end <= b.start, b.start - end <= 40, a.home != b.home else { return true }
            }
            return list.first?.reasonNewEpisode != s903 || !list.dropFirst().allSatisfy { $0.reasonNewEpisode == p903 }
        }
        #expect(broken.isEmpty, "first of \(broken.count): \(broken.first ?? [])")
        let stable = byChild.filter { $0.count <= 2 }.count
        #expect(Double(stable) / Double(byChild.count) > 0.6)
        #expect(byChild.contains { $0.count >= 5 && $0.last!.start - $0.first!.start < 365 })
    }

    @Test func plannedIsFalseExactlyForUnplannedCodes() {
        let inconsistent = s.placements.filter { p in
            guard p.end != nil else { return p.reasonCeased != nil || p.reasonPlaceChange != nil || p.planned != nil }
            guard let r = p.reasonCeased else { return true }
            let ceased = SSDA903.reasonsEpisodeCeased[Int(r)].code
            let change = p.reasonPlaceChange.map { SSDA903.reasonsForPlacementChange[Int($0)].code }
            return (ceased == "X1") != (change != nil) || p.planned != !SSDA903.unplannedEndingCodes.contains(change ?? ceased)
        }
        #expect(inconsistent.isEmpty)
        #expect(s.placements.contains { $0.planned == false } && s.placements.contains { $0.planned == true })
        let changes = Set(s.placements.compactMap(\.reasonPlaceChange).map { SSDA903.reasonsForPlacementChange[Int($0)].code })
        #expect(changes.isSuperset(of: ["CARPL", "CREQB", "CHILD", "ALLEG", "STAND", "CLOSE", "LAREQ"]))
    }

    @Test func placementsAreAtActiveChildrensHomesWithinTheirPlaces() {
        var ongoing = [Int](repeating: 0, count: s.homes.count)
        var misplaced = 0, wrongType = 0
        var types = Set<String>()
        for p in s.placements {
            let h = s.homes[Int(p.home)]
            if h.status != .active || !h.provisionType.lowercased().contains("children's home")
                || p.start < h.registrationDate! || p.start > s.metadata.snapshotDate { misplaced += 1 }
            let type = SSDA903.placementTypes[Int(p.placementType)].code
            types.insert(type)
            let expected = h.provisionType.hasPrefix("Secure") ? "K1" : h.provisionType.contains("school") ? "S1" : "K2"
            if type != expected { wrongType += 1 }
            if p.isOngoing(on: s.metadata.snapshotDate) { ongoing[Int(p.home)] += 1 }
        }
        #expect(misplaced == 0)
        #expect(wrongType == 0)
        #expect(types == ["K1", "K2", "S1"])
        var filled = 0, places = 0
        for (i, h) in s.homes.enumerated() where PlacementPlan.isEligible(h) {
            #expect(ongoing[i] <= Int(h.places!), "\(h.urn) holds \(ongoing[i]) in \(h.places!) places")
            filled += ongoing[i]
            places += Int(h.places!)
        }
        let occupancy = Double(filled) / Double(places)
        #expect(abs(occupancy - 0.5) < 0.08, "occupancy \(occupancy)")
    }

    @Test func childrenAreOftenPlacedOutsideTheirAuthorityButMostlyNearby() {
        var sameAuthority = 0, sameRegion = 0
        for p in s.placements {
            let home = s.homes[Int(p.home)]
            if home.localAuthority == p.placingAuthority { sameAuthority += 1 }
            if s.localAuthorities[Int(p.placingAuthority)].region == home.region { sameRegion += 1 }
        }
        let n = Double(s.placements.count)
        #expect(Double(sameAuthority) / n > 0.15 && Double(sameAuthority) / n < 0.7)
        #expect(Double(sameRegion) / n > 0.5)
        #expect(Double(sameRegion) / n < 0.95)
    }

    // MARK: The written file

    /// What the generator makes, the loader takes back whole, with nothing to report,
    /// and the same bytes come out again.
    @Test(arguments: [(600, UInt64(3), "2025-03-31"), (60, UInt64(77), "2019-06-30")])
    func loaderAcceptsEveryGeneratedSnapshot(homes: Int, seed: UInt64, date: String) throws {
        let snapshot = SnapshotGenerator(homes: homes, seed: seed, snapshotDate: Day(iso: date)!).generate()
        let bytes = SnapshotWriter().write(snapshot)
        let (loaded, problems) = try SnapshotLoader.load(bytes: bytes, file: "generated.json", options: LoadOptions(strict: true))
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(loaded.metadata == snapshot.metadata)
        #expect(loaded.localAuthorities == snapshot.localAuthorities)
        #expect(loaded.homes == snapshot.homes)
        #expect(loaded.children == snapshot.children)
        #expect(loaded.placements.count == snapshot.placements.count)
        #expect(SnapshotWriter().write(loaded) == bytes)
    }

    /// The writer's output parsed by an independent JSON parser holds what the model held.
    @Test func roundTripsThroughTheWriter() throws {
        let snapshot = SnapshotGenerator(homes: 150, seed: 8, placementsPerHome: 12).generate()
        let bytes = SnapshotWriter().write(snapshot)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let homes = try #require(json["homes"] as? [[String: Any]])
        let placements = try #require(json["placements"] as? [[String: Any]])
        let authorities = try #require(json["localAuthorities"] as? [[String: Any]])
        #expect(authorities.count == 153)
        #expect(homes.count == snapshot.homes.count)
        #expect(placements.count == snapshot.placements.count)
        for (h, j) in zip(snapshot.homes, homes) {
            #expect(j["urn"] as? String == h.urn)
            #expect(j["name"] as? String == h.name)
            #expect((j["inspections"] as? [Any])?.count == h.inspections.count)
            #expect(j["registrationDate"] as? String == h.registrationDate?.iso)
        }
        for (p, j) in zip(snapshot.placements, placements) {
            #expect(j["child"] as? String == snapshot.children[Int(p.child)])
            #expect(j["home"] as? String == snapshot.homes[Int(p.home)].urn)
            #expect(j["end"] as? String == p.end?.iso)
            #expect(j["planned"] as? Bool == p.planned)
        }
    }
}
