import Testing
@testable import HomesData

/// Two snapshots of a small register, a year apart, with one home for each kind of
/// change, combined as the loader combines them.
@Suite struct RegisterTimelineTests {
    static let older = Day(iso: "2022-08-31")!, newer = Day(iso: "2023-08-31")!

    static func inspection(_ event: Int64, _ date: String, _ j: Judgement) -> Inspection {
        Inspection(eventNumber: event, eventType: 0, kind: .full, date: Day(iso: date)!, published: nil, overall: j,
                   helpedAndProtected: nil, leadersAndManagers: nil, education: nil, health: nil)
    }

    /// Homes with their inspections, laid out as a snapshot holds them.
    static func snapshot(_ date: Day, _ homes: [(Home, [Inspection])], authorities: [LocalAuthority] = []) -> Snapshot {
        var s = Snapshot(metadata: SnapshotMetadata(snapshotDate: date, source: "test", licence: "test", syntheticPlacements: false),
                         localAuthorities: authorities, eventTypes: ["Full inspection"])
        for (var h, ins) in homes {
            h.inspections = Int32(s.inspections.count)..<Int32(s.inspections.count + ins.count)
            s.inspections += ins
            s.homes.append(h)
        }
        return s
    }

    static func home(_ urn: String, _ status: RegistrationStatus = .active, places: Int32 = 3, owner: String = "Acme Care Ltd",
                     closed: String? = nil, la: Int32? = nil) -> Home {
        Home(urn: urn, provisionType: "Children's home", organisation: owner, localAuthority: la, places: places, status: status,
             closureDate: closed.flatMap { Day(iso: $0) })
    }

    static let leeds = LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and The Humber",
                                      inspection: AuthorityInspection(date: Day(iso: "2022-01-10")!, overall: .good, leaders: nil, helpAndProtection: nil, childrenInCare: nil))
    static let york = LocalAuthority(code: "E06000014", name: "York", region: "Yorkshire and The Humber")

    static let before = snapshot(older, [
        (home("SC000001"), [inspection(1, "2021-05-01", .good)]),                           // rating up
        (home("SC000002"), [inspection(2, "2021-06-01", .good)]),                           // rating down
        (home("SC000003"), []),                                                             // first rating
        (home("SC000004", places: 4), [inspection(4, "2021-01-01", .good)]),                // places
        (home("SC000005", owner: "Care 4 Children Ltd"), []),                               // owner
        (home("SC000006"), []),                                                             // suspended
        (home("SC000007", la: 1), [inspection(7, "2020-02-02", .inadequate)]),              // closed by absence
        (home("SC000008"), []),                                                             // resigned
        (home("SC000009", owner: "Hexagon Care Services Ltd"), []),                         // same owner, new spelling
    ], authorities: [york, leeds])

    static let after = snapshot(newer, [
        (home("SC000001"), [inspection(11, "2023-05-01", .outstanding)]),
        (home("SC000002"), [inspection(2, "2021-06-01", .good), inspection(12, "2023-06-01", .requiresImprovement)]),
        (home("SC000003"), [inspection(13, "2023-02-01", .inadequate)]),
        (home("SC000004", places: 6), [inspection(4, "2021-01-01", .good)]),
        (home("SC000005", owner: "Your Chapter Ltd"), []),
        (home("SC000006", .suspended), []),
        (home("SC000008", .resigned, closed: "2023-01-15"), []),
        (home("SC000009", owner: "Hexagon Care Services Limited"), []),
        (home("SC000010"), [inspection(20, "2023-07-01", .good)]),                         // registered, and rated
    ], authorities: [LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and The Humber")])

    static let combined = SnapshotHistory.combine([.init(after, file: "b.json"), .init(before, file: "a.json")])
    static var changes: [RegisterChange] { combined.timeline.changes(from: 0, to: 1, current: combined.current) }
    static func urn(_ c: RegisterChange) -> String { combined.current.homes[Int(c.home)].urn }

    @Test(arguments: [
        (ChangeKind.registered, ["SC000010"]),
        (.closed, ["SC000007", "SC000008"]),
        (.ratingUp, ["SC000001"]),
        (.ratingDown, ["SC000002"]),
        (.firstRating, ["SC000003", "SC000010"]),
        (.places, ["SC000004"]),
        (.owner, ["SC000005"]),
        (.status, ["SC000006"]),
    ])
    func eachKindOfChangeIsFound(kind: ChangeKind, urns: [String]) {
        #expect(Self.changes.filter { $0.kind == kind }.map(Self.urn) == urns)
    }

    @Test func changesSayBeforeAfterAndWhen() {
        let c = Self.changes
        let up = c.first { $0.kind == .ratingUp }!
        #expect((up.before, up.after, up.date?.iso) == ("Good", "Outstanding", "2023-05-01"))
        let resigned = c.first { $0.kind == .closed && Self.urn($0) == "SC000008" }!
        #expect((resigned.before, resigned.after, resigned.date?.iso) == ("Active", "Resigned", "2023-01-15"))
        let gone = c.first { $0.kind == .closed && Self.urn($0) == "SC000007" }!
        #expect((gone.after, gone.date) == ("not listed", nil))
        let places = c.first { $0.kind == .places }!
        #expect((places.before, places.after) == ("4", "6"))
    }

    /// A home only the older snapshot lists stays in the data, closed (date unknown),
    /// with its inspections and its authority renumbered to the current list.
    @Test func aHomeOnlyTheOlderSnapshotListsIsKeptAsClosed() throws {
        let current = Self.combined.current
        let gone = try #require(current.homes.first { $0.urn == "SC000007" })
        #expect(gone.status == .closed && gone.closureDate == nil)
        #expect(!gone.isOpen(on: Self.newer))
        #expect(current.inspections(of: gone).map(\.eventNumber) == [7])
        #expect(current.authority(of: gone)?.name == "Leeds")
        let index = SnapshotIndex(current, timeline: Self.combined.timeline)
        #expect(index.openCount == 8)
        #expect(index.count == 10)
        #expect(index.matches(try Query.parse("status:closed")).map { current.homes[Int($0)].urn } .sorted() == ["SC000007", "SC000008"])
    }

    @Test func anOlderFileKeepsAnAuthoritysJudgementTheNewerLacks() {
        let leeds = Self.combined.current.localAuthorities.first { $0.code == "E08000035" }
        #expect(leeds?.inspection?.overall == .good)
    }

    @Test func theNewestChangesAreQueryable() throws {
        let index = SnapshotIndex(Self.combined.current, timeline: Self.combined.timeline)
        func urns(_ q: String) throws -> [String] {
            index.matches(try Query.parse(q, index: index)).map { index.snapshot.homes[Int($0)].urn }.sorted()
        }
        #expect(try urns("changed:closed") == ["SC000007", "SC000008"])
        #expect(try urns("changed:up") == ["SC000001"])
        #expect(try urns("changed:rating-down,places") == ["SC000002", "SC000004"])
        #expect(try urns("changed:registered") == ["SC000010"])
        #expect(try urns("changed:any").count == 9)
        #expect(try urns("changed:none") == ["SC000009"])
        #expect(try urns("-changed:none status:open").count == 7)
        #expect(try urns("trend:down") == ["SC000002"])
        #expect(try urns("closed:2023") == ["SC000008"])
        #expect(try urns("closed:none status:closed") == ["SC000007"])
    }

    @Test func historyOfAHomeIsOneRowPerSnapshot() throws {
        let current = Self.combined.current
        let h = Int32(current.homes.firstIndex { $0.urn == "SC000010" }!)
        let rows = Self.combined.timeline.history(of: h, current: current)
        #expect(rows.map(\.edition.date) == [Self.older, Self.newer])
        #expect(rows[0].state == nil)
        #expect(rows[1].state?.rating == .good)
    }

    @Test func snapshotsOfTheSameDateAreReportedAndNothingIsLost() {
        let twin = Self.snapshot(Self.newer, [(Self.home("SC000099"), [Self.inspection(99, "2023-01-01", .good)])])
        let (current, timeline, problems) = SnapshotHistory.combine([.init(Self.after, file: "b.json"), .init(twin, file: "twin.json")])
        #expect(timeline.editions.count == 1)
        #expect(problems.count == 1)
        #expect(problems[0].file == "twin.json" && problems[0].message.contains("same snapshot date (2023-08-31) as b.json"))
        #expect(problems[0].isWarning)
        let added = current.homes.first { $0.urn == "SC000099" }
        #expect(added?.status == .active)  // same date: it is not off a newer register
        #expect(added.map { current.inspections(of: $0).count } == 1)
    }

    @Test func snapshotsDisagreeingAboutAnInspectionAreReportedAndTheNewerIsKept() {
        let revised = Self.snapshot(Self.older, [(Self.home("SC000002"), [Self.inspection(12, "2023-06-01", .inadequate)])])
        let (current, _, problems) = SnapshotHistory.combine([.init(Self.after, file: "b.json"), .init(revised, file: "old.json")])
        #expect(problems.count == 1)
        #expect(problems[0].file == "old.json")
        #expect(problems[0].message.contains("1 inspection"))
        #expect(problems[0].message.contains("event 12 of SC000002"))
        #expect(problems[0].message.contains("b.json"))
        let home = current.homes.first { $0.urn == "SC000002" }!
        #expect(current.inspections(of: home).last?.overall == .requiresImprovement)
    }

    @Test func oneSnapshotHasNoChanges() {
        let (_, timeline, problems) = SnapshotHistory.combine([.init(Self.after, file: "b.json")])
        #expect(!timeline.hasChanges && problems.isEmpty)
        #expect(timeline.changes(from: 0, to: 0, current: Self.after).isEmpty)
        #expect(timeline.history(of: 0, current: Self.after).count == 1)
    }
}
