import Testing
@testable import HomesData

/// `homes changes` between Ofsted's real 2022 and 2023 files, imported into two
/// snapshots as the bundled sample is, against figures computed here from the CSVs
/// with `IndependentCSV` (not the importer's reader, decoder or merging):
/// - open on a date: the register file's Active and Suspended rows (31 March 2022's
///   provider list; 31 August 2023's places list);
/// - a year's rating of a home: the overall judgement on the four-point scale of its
///   latest event (by date, then event number) in that year's files;
/// - places, owner and status: the register row's cells.
@Suite struct RegisterRealDataTests {
    static let at2022 = IndependentCSV(path: ImportFixtures.realFile("2022", "Provider_level_at"))
    static let inYear2022 = IndependentCSV(path: ImportFixtures.realFile("2022", "Provider_level_in_year"))
    static let at2023 = IndependentCSV(path: ImportFixtures.realFile("2023", "Provider_level_at"))
    static let inYear2023 = IndependentCSV(path: ImportFixtures.realFile("2023", "Provider_level_in_year"))
    static let places2023 = IndependentCSV(path: ImportFixtures.realFile("2023", "Providers_places_at"))

    static let combined = SnapshotHistory.combine([
        .init(ImportFixtures.imported(["2023"]).0, file: "2023"),
        .init(ImportFixtures.imported(["2022"]).0, file: "2022"),
    ])
    static let changes = combined.timeline.changes(from: 0, to: 1, current: combined.current)

    static let scale = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]

    /// ISO or dd/mm/yyyy, as the two years write them; days since 1970 for ordering.
    static func day(_ s: String) -> Int? {
        let iso = s.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3 { return Day(year: iso[0], month: iso[1], day: iso[2]).map { Int($0.daysSince1970) } }
        let uk = s.split(separator: "/").compactMap { Int($0) }
        if uk.count == 3 { return Day(year: uk[2], month: uk[1], day: uk[0]).map { Int($0.daysSince1970) } }
        return nil
    }

    /// Each home's latest four-point overall judgement (its rank on `scale`) over the
    /// given (file, date column, event number column, overall column) tables.
    static func ratings(_ tables: [(IndependentCSV, String, String, String)]) -> [String: Int] {
        var latest: [String: (day: Int, event: Int, rank: Int)] = [:]
        for (csv, dateColumn, eventColumn, overallColumn) in tables {
            let rows = zip(csv.column("URN"), zip(csv.column(dateColumn), zip(csv.column(eventColumn), csv.column(overallColumn))))
            for (urn, (date, (event, overall))) in rows {
                guard let rank = scale.firstIndex(of: overall), let d = day(date) else { continue }
                let key = (d, Int(event) ?? 0, rank)
                if let had = latest[urn], (had.day, had.event) >= (key.0, key.1) { continue }
                latest[urn] = key
            }
        }
        return latest.mapValues(\.rank)
    }

    static let ratings2022 = ratings([
        (at2022, "Latest full inspection date", "Latest full inspection event number", "Latest full inspection overall experiences and progress of children and young people"),
        (inYear2022, "Inspection date", "Inspection event number", "Inspection overall experiences and progress of children and young people"),
    ])
    static let ratings2023 = ratings([
        (at2023, "Latest full inspection date", "Latest full inspection event number", "Overall experiences and progress of children and young people"),
        (inYear2023, "Inspection date", "Inspection event number", "Overall experiences and progress of children and young people"),
    ])

    /// The register rows of a file: URN to (status, places, owner).
    static func register(_ csv: IndependentCSV, owner: String) -> [String: (status: String, places: Int?, owner: String)] {
        var out: [String: (String, Int?, String)] = [:]
        for (urn, (status, (places, org))) in zip(csv.column("URN"), zip(csv.column("Registration status"), zip(csv.column("Places"), csv.column(owner))))
            where IndependentCSV.open.contains(status) {
            out[urn] = (status, Int(places), org)
        }
        return out
    }

    static let open2022 = register(at2022, owner: "Organisation which owns the provider")
    static let open2023 = register(places2023, owner: "Organisation name")

    static func count(_ kind: ChangeKind) -> Int { changes.filter { $0.kind == kind }.count }

    @Test func theRegisterCountsAreOfstedsOwn() {
        let index = SnapshotIndex(Self.combined.current, timeline: Self.combined.timeline)
        #expect(index.openCount == Self.open2023.count)
        #expect(Self.open2023.count == 3999 && Self.open2022.count == 3576)
        let states = Self.combined.timeline.states
        #expect(states[0].compactMap { $0 }.filter(\.isOpen).count == Self.open2022.count)
        #expect(states[1].compactMap { $0 }.filter(\.isOpen).count == Self.open2023.count)
    }

    @Test func registeredAndClosedAreTheHomesThatJoinedAndLeftTheRegister() {
        let joined = Set(Self.open2023.keys).subtracting(Self.open2022.keys)
        let left = Set(Self.open2022.keys).subtracting(Self.open2023.keys)
        #expect(Self.count(.registered) == joined.count)
        #expect(Self.count(.closed) == left.count)
        #expect(Set(Self.changes.filter { $0.kind == .closed }.map { Self.combined.current.homes[Int($0.home)].urn }) == left)
        // 3,576 + joined - left = 3,999: every home on either register is accounted for.
        #expect(Self.open2022.count + joined.count - left.count == Self.open2023.count)
    }

    @Test func ratingChangesCompareEachYearsLatestFullInspection() {
        var up = 0, down = 0, first = 0
        for urn in Self.open2023.keys {
            guard let now = Self.ratings2023[urn] else { continue }
            if let before = Self.ratings2022[urn] {
                if now < before { up += 1 } else if now > before { down += 1 }
            } else {
                first += 1
            }
        }
        #expect(Self.count(.ratingUp) == up)
        #expect(Self.count(.ratingDown) == down)
        #expect(Self.count(.firstRating) == first)
        #expect(up > 0 && down > 0 && first > 0)
    }

    @Test func placesOwnerAndStatusChangesOfHomesOnBothRegisters() {
        var places = 0, owner = 0, status = 0
        for (urn, new) in Self.open2023 {
            guard let old = Self.open2022[urn] else { continue }
            if let a = old.places, let b = new.places, a != b { places += 1 }
            // Spellings of one owner ("Ltd"/"Limited", a council's long and short
            // names) are one owner: OwnerNameTests pins down that rule.
            if !old.owner.isEmpty, !new.owner.isEmpty, !OwnerName.same(old.owner, new.owner) { owner += 1 }
            if (old.status == "Suspended") != (new.status == "Suspended") { status += 1 }
        }
        #expect(Self.count(.places) == places)
        #expect(Self.count(.owner) == owner)
        #expect(Self.count(.status) == status)
    }
}
