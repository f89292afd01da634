import Foundation
import Testing
import HomesData
@testable import HomesBrowser

/// Small hand-built snapshots for screen tests: accents, wide characters, combining marks,
/// a REDACTED name and hostile strings, with known inspections and placements.
enum TestSnapshots {
    static let asOf = Day(iso: "2025-03-31")!

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func full(_ date: String, _ overall: Judgement, event: Int64) -> Inspection {
        Inspection(eventNumber: event, eventType: 0, kind: .full, date: day(date), published: day(date).adding(days: 30),
                   overall: overall, helpedAndProtected: overall, leadersAndManagers: overall, education: nil, health: nil)
    }

    /// Five homes in three authorities; home 0 has history and placements; child 0 moved
    /// between homes 0 and 1.
    static func small() -> Snapshot {
        let authorities = [
            LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and the Humber",
                           inspection: AuthorityInspection(date: day("2023-02-01"), overall: .good, leaders: .good, helpAndProtection: .good, childrenInCare: .good)),
            LocalAuthority(code: "E08000003", name: "Manchester", region: "North West"),
            LocalAuthority(code: "E09000033", name: "Westminster", region: "London"),
        ]
        var inspections: [Inspection] = []
        func add(_ list: [Inspection]) -> Range<Int32> {
            let start = Int32(inspections.count)
            inspections += list
            return start..<Int32(inspections.count)
        }
        let homes = [
            Home(urn: "SC100001", name: "Brontë House", provisionType: "Children's home", sector: .privateSector,
                 organisation: "Brightpath Care Ltd", localAuthority: 0, ofstedRegion: "North East, Yorkshire and the Humber",
                 region: "Yorkshire and the Humber", places: 4, registrationDate: day("2011-03-04"), status: .active,
                 registeredFor: ["EBD", "LD"],
                 inspections: add([full("2019-05-01", .good, event: 10000001), full("2022-06-01", .requiresImprovement, event: 10000002),
                                   full("2024-07-01", .outstanding, event: 10000003)])),
            Home(urn: "SC100002", name: nil, provisionType: "Children's Home", sector: .localAuthority,
                 organisation: "Manchester City Council", localAuthority: 1, region: "North West", places: 2,
                 registrationDate: day("2015-01-01"), status: .active,
                 inspections: add([full("2023-01-10", .inadequate, event: 10000004)])),
            Home(urn: "SC100003", name: "東京ハウス 🏠", provisionType: "Secure children's home", sector: .voluntary,
                 organisation: "Ωmega Trust", localAuthority: 2, region: "London", places: nil, status: .active),
            Home(urn: "1234567", name: "Cafe\u{301} Lodge", provisionType: "Residential special school (registered as a children's home)",
                 sector: .academy, organisation: "Academy Trust", localAuthority: 0, region: "Yorkshire and the Humber", places: 12,
                 status: .resigned, closureDate: day("2024-12-31"),
                 inspections: add([full("2018-02-02", .good, event: 10000005)])),
            Home(urn: "SC100005", name: "Evil\u{1B}[31mRed\u{202E}Reversed\r\nName", provisionType: "Children's home",
                 sector: .privateSector, organisation: "Hostile Ltd", localAuthority: 1, region: "North West", places: 3,
                 status: .active, inspections: add([full("2024-11-11", .good, event: 10000006)])),
        ]
        let children = ["C0000001", "C0000002", "C0000003"]
        let carpl = SSDA903.index(of: "CARPL", in: SSDA903.reasonsForPlacementChange)!
        let creqb = SSDA903.index(of: "CREQB", in: SSDA903.reasonsForPlacementChange)!
        let x1 = SSDA903.index(of: "X1", in: SSDA903.reasonsEpisodeCeased)!
        let k2 = SSDA903.index(of: "K2", in: SSDA903.placementTypes)!
        let s = SSDA903.index(of: "S", in: SSDA903.reasonsForNewEpisode)!
        let p = SSDA903.index(of: "P", in: SSDA903.reasonsForNewEpisode)!
        let placements = [
            // Child 0: home 1, then home 0 after a 10-day gap (unplanned end), still there.
            Placement(child: 0, home: 1, start: day("2024-01-01"), end: day("2024-06-01"), placingAuthority: 1, placementType: k2,
                      reasonNewEpisode: s, reasonCeased: x1, reasonPlaceChange: creqb, planned: false),
            Placement(child: 0, home: 0, start: day("2024-06-11"), end: nil, placingAuthority: 1, placementType: k2,
                      reasonNewEpisode: p, reasonCeased: nil, reasonPlaceChange: nil, planned: nil),
            // Child 1: two years at home 0, ended as planned in 2024.
            Placement(child: 1, home: 0, start: day("2022-01-01"), end: day("2024-01-01"), placingAuthority: 0, placementType: k2,
                      reasonNewEpisode: s, reasonCeased: x1, reasonPlaceChange: carpl, planned: true),
            // Child 2: at home 0 since 2023.
            Placement(child: 2, home: 0, start: day("2023-05-05"), end: nil, placingAuthority: 2, placementType: k2,
                      reasonNewEpisode: s, reasonCeased: nil, reasonPlaceChange: nil, planned: nil),
        ]
        return Snapshot(metadata: SnapshotMetadata(snapshotDate: asOf, source: "test", licence: "test", syntheticPlacements: true),
                        localAuthorities: authorities, homes: homes, inspections: inspections,
                        eventTypes: ["Full inspection"], children: children, placements: placements)
    }

    /// `count` plain homes named "Home aa", "Home ab"… in Leeds, for scrolling tests.
    static func many(_ count: Int) -> Snapshot {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let homes = (0..<count).map { i -> Home in
            // Letter names ("Home aa", "Home ab"…) so free text never hits the digits of a URN.
            let code = String(letters[i / 26 % 26]) + String(letters[i % 26])
            return Home(urn: "SC" + String(100000 + i + 1), name: "Home " + code, provisionType: "Children's home",
                        sector: .privateSector, localAuthority: 0, places: Int32(i % 6 + 1), status: .active)
        }
        return Snapshot(metadata: SnapshotMetadata(snapshotDate: asOf, source: "test", licence: "test", syntheticPlacements: true),
                        localAuthorities: [LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and the Humber")],
                        homes: homes)
    }

    /// `small()` a year earlier, as an older snapshot file would list it, so that every
    /// kind of change happens once or twice between the two:
    /// - SC100001 had 3 places and was RI (places 3 → 4, rating up to Outstanding);
    /// - SC100002 was Good under a differently written owner (rating down, owner);
    /// - SC100003 was not listed (registered); 1234567 was open (closed 2024-12-31);
    /// - SC100005 was suspended and not yet inspected (status, first rating);
    /// - SC099999 is listed only here (closed, date unknown: not listed now).
    static func older() -> Snapshot {
        var inspections: [Inspection] = []
        func add(_ list: [Inspection]) -> Range<Int32> {
            let start = Int32(inspections.count)
            inspections += list
            return start..<Int32(inspections.count)
        }
        let current = small()
        var homes = current.homes
        homes[0].places = 3
        homes[0].inspections = add([full("2019-05-01", .good, event: 10000001), full("2022-06-01", .requiresImprovement, event: 10000002)])
        homes[1].organisation = "Manchester City Council (Children's Services)"
        homes[1].inspections = add([full("2022-03-01", .good, event: 10000007)])
        homes[3].status = .active
        homes[3].closureDate = nil
        homes[3].inspections = add([full("2018-02-02", .good, event: 10000005)])
        homes[4].status = .suspended
        homes[4].inspections = add([])
        homes.remove(at: 2)
        homes.append(Home(urn: "SC099999", name: "Old Oak House", provisionType: "Children's home", sector: .privateSector,
                          organisation: "Oak Care Ltd", localAuthority: 0, region: "Yorkshire and the Humber", places: 2,
                          registrationDate: day("2009-09-09"), status: .active))
        return Snapshot(metadata: SnapshotMetadata(snapshotDate: day("2024-03-31"), source: "test", licence: "test", syntheticPlacements: true),
                        localAuthorities: current.localAuthorities, homes: homes, inspections: inspections,
                        eventTypes: current.eventTypes, children: [], placements: [])
    }

    /// The index of `older()` and `newer` loaded together, as `homes DIR` would load them.
    static func twoEditions(_ newer: Snapshot = small(), older: Snapshot = older()) -> SnapshotIndex {
        let combined = SnapshotHistory.combine([.init(older, file: "snapshots/2024-03-31.json"), .init(newer, file: "snapshots/2025-03-31.json")])
        return SnapshotIndex(combined.current, timeline: combined.timeline)
    }

    static func app(_ snapshot: Snapshot = small(), width: Int = 80, height: Int = 24, colour: Bool = true) -> BrowserApp {
        app(SnapshotIndex(snapshot), width: width, height: height, colour: colour)
    }

    static func app(_ index: SnapshotIndex, width: Int = 80, height: Int = 24, colour: Bool = true) -> BrowserApp {
        var app = BrowserApp(index: index, title: "test", colour: colour)
        _ = app.handle(.resize(width: width, height: height))
        return app
    }
}

extension BrowserApp {
    /// Sends keys; a string sends each character.
    mutating func type(_ text: String) {
        for c in text { _ = handle(.character(c)) }
    }

    mutating func press(_ keys: KeyEvent...) {
        for key in keys { _ = handle(key) }
    }

    func screen() -> [String] { draw(width: state.width, height: state.terminalHeight).lines }
}

extension Grid {
    /// Lines with trailing spaces trimmed, for readable expectations.
    var trimmedLines: [String] {
        lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
    }
}

/// With `GOLDEN_DUMP=DIR`, screen tests write the screen they drew to DIR/TEST.txt, so a
/// deliberate change of the screens can be reviewed as a diff and copied into the tests.
enum GoldenDump {
    static func write(_ lines: [String]) {
        guard let dir = ProcessInfo.processInfo.environment["GOLDEN_DUMP"], let name = Test.current?.name else { return }
        let file = URL(fileURLWithPath: dir).appendingPathComponent(name.replacingOccurrences(of: "()", with: "") + ".txt")
        try? lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
