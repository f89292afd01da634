@testable import HomesData

/// A small hand-built snapshot exercising what the query language must cope with:
/// an accented name, REDACTED names, two spellings of "Children's home", unknown
/// places, homes never inspected, a home with no authority, a punctuated authority.
enum IndexTestSnapshot {
    static let asOf = Day(iso: "2024-03-31")!

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func authority(_ code: String) -> LocalAuthority {
        let a = EnglishAuthorities.all.first { $0.onsCode == code }!
        return LocalAuthority(code: a.onsCode, name: a.name, region: a.region)
    }

    static func inspection(_ date: String, _ overall: Judgement?, kind: InspectionKind = .full,
                           safety: Judgement? = nil, leaders: Judgement? = nil) -> Inspection {
        Inspection(eventNumber: 1, eventType: 0, kind: kind, date: day(date), published: nil, overall: overall,
                   helpedAndProtected: safety, leadersAndManagers: leaders, education: nil, health: nil)
    }

    static let snapshot: Snapshot = {
        let authorities = ["E06000014", "E06000065", "E08000013", "E06000023", "E08000035"].map(authority)
        // York 0, North Yorkshire 1, St. Helens 2, Bristol, City of 3, Leeds 4
        var inspections: [Inspection] = []
        func add(_ list: [Inspection]) -> Range<Int32> {
            let lo = Int32(inspections.count)
            inspections += list
            return lo..<Int32(inspections.count)
        }
        let homes: [Home] = [
            Home(urn: "SC100001", name: nil, provisionType: "Children's home", sector: .privateSector, organisation: "Horizon Care Ltd",
                 localAuthority: 0, places: 4, registrationDate: day("2015-06-01"), status: .active, registeredFor: ["EBD"],
                 inspections: add([inspection("2021-05-10", .good), inspection("2023-06-12", .requiresImprovement, safety: .requiresImprovement, leaders: .good)])),
            Home(urn: "SC100002", name: nil, provisionType: "Children's Home", sector: .localAuthority,
                 localAuthority: 1, places: 2, status: .active, registeredFor: ["LD", "PD"],
                 inspections: add([inspection("2022-11-01", .outstanding), inspection("2023-11-20", .sustainedEffectiveness, kind: .interim)])),
            Home(urn: "SC100003", name: "Brontë House", provisionType: "Residential special school (registered as a children's home)",
                 sector: .voluntary, organisation: "Haworth Trust", localAuthority: 4, places: nil,
                 registrationDate: day("2010-01-15"), status: .active, registeredFor: ["SI"],
                 inspections: add([inspection("2024-01-15", .inadequate)])),
            Home(urn: "SC100004", name: "Red Bank", provisionType: "Secure children's home", sector: .localAuthority,
                 organisation: "St. Helens Council", localAuthority: 2, places: 12, registrationDate: day("2023-12-01"),
                 status: .suspended, inspections: add([])),
            Home(urn: "1234567", name: "Meadow View School", provisionType: "Residential Special School", sector: .academy,
                 organisation: "Meadow Academy Trust", localAuthority: 3, places: 30, status: .active,
                 inspections: add([inspection("2019-03-01", .good)])),
            Home(urn: "SC100006", name: nil, provisionType: "Children's home", sector: .privateSector, organisation: "Horizon Care Ltd",
                 localAuthority: nil, places: 3, status: .resigned, inspections: add([])),
            Home(urn: "SC100007", name: "Ivy Lodge", provisionType: "Children's home", sector: .healthAuthority,
                 organisation: "NHS Trust Yorkshire", localAuthority: 0, places: 1, status: .active,
                 inspections: add([inspection("2023-10-02", .outstanding)])),
        ]
        func placement(_ child: Int32, _ home: Int32, _ start: String, _ end: String?) -> Placement {
            Placement(child: child, home: home, start: day(start), end: end.map(day), placingAuthority: 0, placementType: 1,
                      reasonNewEpisode: 0, reasonCeased: nil, reasonPlaceChange: nil, planned: nil)
        }
        return Snapshot(
            metadata: SnapshotMetadata(snapshotDate: asOf, source: "test", licence: "OGL", syntheticPlacements: true),
            localAuthorities: authorities, homes: homes, inspections: inspections, eventTypes: ["Full inspection"],
            children: ["C001", "C002"],
            placements: [placement(1, 0, "2023-01-01", nil), placement(0, 0, "2022-01-01", "2022-06-01"), placement(0, 1, "2022-06-01", nil)]
        )
    }()

    static let index = SnapshotIndex(snapshot)

    static func urns(_ homes: [Int32]) -> [String] { homes.map { snapshot.homes[Int($0)].urn } }
}
