@testable import HomesData

/// Small snapshots for the loader's tests, built as JSON text so each test shows
/// exactly what the file says.
enum SnapshotText {
    static let metadata = #""metadata":{"format":"homes-snapshot","schemaVersion":1,"snapshotDate":"2023-08-31","source":"test","licence":"OGL v3.0","syntheticPlacements":true}"#
    static let authorities = #""localAuthorities":[{"code":"E08000035","name":"Leeds","region":"Yorkshire and The Humber"},{"code":"E09000033","name":"Westminster","region":"London"}]"#
    static let home = #"{"urn":"SC123456","provisionType":"Children's home","sector":"Private","localAuthority":"E08000035","places":4,"status":"Active","inspections":[{"eventNumber":10001,"eventType":"Full inspection","date":"2023-05-01","published":"2023-05-20","overall":"Good"}]}"#
    static let placement = #"{"child":"C0001","home":"SC123456","start":"2023-01-05","placingAuthority":"E09000033","placementType":"K2","reasonNewEpisode":"P"}"#

    /// A whole document: the valid authority list, `homes` and `placements` as given.
    static func document(homes: [String] = [home], placements: [String] = [placement], metadata: String = metadata) -> String {
        "{\(metadata),\n\(authorities),\n\"homes\":[\(homes.joined(separator: ",\n"))],\n\"placements\":[\(placements.joined(separator: ",\n"))]}"
    }

    static func load(_ text: String, strict: Bool = false) throws(LoadFailure) -> (Snapshot, [LoadProblem]) {
        try SnapshotLoader.load(bytes: Array(text.utf8), file: "test.json", options: LoadOptions(strict: strict))
    }

    /// A snapshot with a bit of everything, for writer round trips.
    static func richSnapshot() -> Snapshot {
        let meta = SnapshotMetadata(snapshotDate: Day(iso: "2023-08-31")!, source: "Ofsted \"2023\"", licence: "OGL v3.0",
                                    syntheticPlacements: true, notes: "Placements are made up.\nLine two")
        let las = [
            LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and The Humber",
                           inspection: AuthorityInspection(date: Day(iso: "2022-03-04")!, overall: .good, leaders: .good,
                                                           helpAndProtection: .requiresImprovement, childrenInCare: .good)),
            LocalAuthority(code: "E09000033", name: "Westminster", region: "London"),
        ]
        let inspections = [
            Inspection(eventNumber: 10001, eventType: 0, kind: .full, date: Day(iso: "2021-05-01")!, published: Day(iso: "2021-05-20")!,
                       overall: .good, helpedAndProtected: .good, leadersAndManagers: .requiresImprovement, education: nil, health: nil),
            Inspection(eventNumber: 10002, eventType: 1, kind: .interim, date: Day(iso: "2022-06-01")!, published: nil,
                       overall: .improvedEffectiveness, helpedAndProtected: nil, leadersAndManagers: nil, education: nil, health: nil),
            Inspection(eventNumber: 20001, eventType: 0, kind: .full, date: Day(iso: "2023-01-10")!, published: nil,
                       overall: .inadequate, helpedAndProtected: .inadequate, leadersAndManagers: .inadequate, education: .good, health: .outstanding),
        ]
        let homes = [
            Home(urn: "SC123456", name: nil, provisionType: "Children's home", sector: .privateSector, organisation: "Acme Care Ltd",
                 localAuthority: 0, ofstedRegion: "North East, Yorkshire and the Humber", region: "Yorkshire and The Humber", places: 4,
                 registrationDate: Day(iso: "2015-02-03")!, status: .active, closureDate: nil, shortBreakOnly: true,
                 multiBuilding: false, registeredFor: ["EBD", "LD"], inspections: 0..<2),
            Home(urn: "1234567", name: "Oak School — “résidence”", provisionType: "Residential special school", sector: .academy,
                 localAuthority: 1, places: 40, status: .closed, closureDate: Day(iso: "2023-07-01")!, multiBuilding: true, inspections: 2..<3),
        ]
        let placements = [
            Placement(child: 0, home: 0, start: Day(iso: "2022-01-05")!, end: Day(iso: "2022-09-01")!, placingAuthority: 1,
                      placementType: 1, reasonNewEpisode: 2, reasonCeased: 3, reasonPlaceChange: 2, planned: false),
            Placement(child: 0, home: 1, start: Day(iso: "2022-09-01")!, end: nil, placingAuthority: 1,
                      placementType: 0, reasonNewEpisode: 0, reasonCeased: nil, reasonPlaceChange: nil, planned: nil),
            Placement(child: 1, home: 0, start: Day(iso: "2023-02-01")!, end: nil, placingAuthority: 0,
                      placementType: 1, reasonNewEpisode: 0, reasonCeased: nil, reasonPlaceChange: nil, planned: nil),
        ]
        return Snapshot(metadata: meta, localAuthorities: las, homes: homes, inspections: inspections,
                        eventTypes: ["Full inspection", "Interim inspection"], children: ["C-0001", "C-0002"], placements: placements)
    }
}
