import Testing
@testable import HomesData

/// The numbers of the summary, the authority card and the children list against the
/// counts a user would check by hand: the groups add up to the list, each card figure
/// is a plain pass over the placements, one row per child.
///
/// Two generated snapshots a year apart (a few hundred homes with placements), so
/// there are owners spelt differently, closures and ratings that moved.
@Suite struct GroupsTests {
    static let older = SnapshotGenerator(homes: 400, seed: 11, placementsPerHome: 12).generate()
    static let index: SnapshotIndex = {
        let newer = SnapshotEvolution(months: 12, seed: 3).evolve(older)
        let combined = SnapshotHistory.combine([.init(older, file: "a.json"), .init(newer, file: "b.json")])
        return SnapshotIndex(combined.current, timeline: combined.timeline)
    }()

    /// The generated snapshot on its own: its placements run up to its date, so children moved in its last year.
    static let placed = SnapshotIndex(older)

    static let queries = ["", "rating:good,outstanding", "sector:private", "leeds", "places>=4 -rating:none", "status:any"]

    // MARK: Summary

    @Test(arguments: GroupBy.allCases, queries)
    func groupsAddUpToTheList(by: GroupBy, query text: String) throws {
        let index = Self.index
        let query = try Query.parse(text, index: index)
        let summary = GroupSummary(index: index, query: query, by: by)
        let homes = index.matches(query)
        #expect(summary.homes == homes.count)
        #expect(summary.rows.reduce(0) { $0 + $1.homes } == homes.count)
        #expect(summary.rows.reduce(0) { $0 + $1.places } == homes.reduce(0) { $0 + Int(index.snapshot.homes[Int($1)].places ?? 0) })
        for row in summary.rows { #expect(row.ratings.reduce(0, +) == row.homes) }
        // Each group's clause narrows the query to exactly the group's homes.
        for row in summary.rows where row.homes > 0 {
            let narrowed = try Query.parse((text + " " + row.clause).trimmingSpaces, index: index)
            #expect(index.matches(narrowed).count == row.homes, "\(row.clause)")
        }
    }

    @Test(arguments: GroupBy.allCases)
    func changesAreTheChangesOfTheQuerysHomes(by: GroupBy) throws {
        let index = Self.index
        let summary = GroupSummary(index: index, query: .all, by: by)
        let changes = index.timeline.changes(from: 0, to: 1, current: index.snapshot)
        func count(_ kind: ChangeKind) -> Int { changes.filter { $0.kind == kind }.count }
        #expect(count(.closed) > 0 && count(.registered) > 0)
        #expect(summary.rows.reduce(0) { $0 + $1.registered } == count(.registered))
        #expect(summary.rows.reduce(0) { $0 + $1.closed } == count(.closed))
        #expect(summary.rows.reduce(0) { $0 + $1.up } == count(.ratingUp))
        #expect(summary.rows.reduce(0) { $0 + $1.down } == count(.ratingDown))
    }

    @Test func largestFirstAndNoneLast() {
        let rows = GroupSummary(index: Self.index, query: .all, by: .authority).rows
        let counted = rows.filter { $0.key >= 0 }
        #expect(counted.map(\.homes) == counted.map(\.homes).sorted(by: >))
        #expect(rows.firstIndex { $0.key < 0 }.map { $0 == rows.count - 1 } ?? true)
    }

    /// Owners spelt "Ltd" in one place and "Limited" in another, or in capitals, are one group.
    @Test func ownersAreGroupedByNormalisedName() throws {
        var snapshot = TestFixture.tiny
        snapshot.homes[0].organisation = "Hexagon Care Services Ltd"
        snapshot.homes[1].organisation = "HEXAGON CARE SERVICES LIMITED"
        snapshot.homes[2].organisation = "Hexagon Care Services Limited"
        snapshot.homes[3].organisation = "Other Care Ltd"
        snapshot.homes[4].organisation = "Hexagon Care Services Limited"
        let index = SnapshotIndex(snapshot)
        let rows = GroupSummary(index: index, query: .all, by: .organisation).rows
        #expect(rows.map(\.label) == ["Hexagon Care Services Limited", "Other Care Ltd", "(none)"])
        #expect(rows.map(\.homes) == [4, 1, 1])
        #expect(rows[0].label == "Hexagon Care Services Limited")
        #expect(Set(rows[0].spellings) == ["Hexagon Care Services Ltd", "HEXAGON CARE SERVICES LIMITED", "Hexagon Care Services Limited"])
        #expect(rows[1].spellings == ["Other Care Ltd"])
        #expect(index.matches(try Query.parse(rows[0].clause, index: index)).count == 4)
        #expect(index.matches(try Query.parse("owned-by:\"hexagon care services\"", index: index)).count == 4)
        #expect(index.matches(try Query.parse("owned-by:none", index: index)).count == 1)
    }

    @Test func sortingByAColumn() {
        var summary = GroupSummary(index: Self.index, query: .all, by: .region)
        summary.sort(by: .group, descending: false)
        let names = summary.rows.filter { $0.key >= 0 }.map { $0.label.lowercased() }
        #expect(names == names.sorted())
        summary.sort(by: .inadequate, descending: true)
        let inadequate = summary.rows.filter { $0.key >= 0 }.map { $0.ratings[3] }
        #expect(inadequate == inadequate.sorted(by: >))
    }

    @Test func csvHeaderIsWhatScriptsReadAndRowsAreTheGroups() {
        let summary = GroupSummary(index: Self.index, query: .all, by: .sector)
        let csv = GroupResults(summary).csv()
        #expect(csv.hasPrefix("group,homes,places,outstanding,good,ri,inadequate,none"))
        #expect(csv.split(separator: "\r\n").count == summary.rows.count + 1)
        #expect(GroupResults(summary).table().contains("homes in all"))
    }

    // MARK: Authority card

    /// Every figure of the card, against a plain pass over the homes and placements.
    @Test(arguments: 0..<6)
    func authorityCardAgreesWithAPlainCount(authority: Int32) {
        let index = Self.index
        let s = index.snapshot
        let asOf = index.asOf
        let card = AuthorityCard(index: index, authority: authority)
        let open = s.homes.indices.filter { s.homes[$0].localAuthority == authority && s.homes[$0].isOpen(on: asOf) }
        #expect(card.homes == open.count)
        #expect(card.places == open.reduce(0) { $0 + Int(s.homes[$1].places ?? 0) })
        #expect(card.ratings.reduce(0, +) == card.homes)
        #expect(card.sectors.reduce(0) { $0 + $1.homes } == card.homes)
        let now = s.placements.filter { $0.start <= asOf && ($0.end.map { $0 > asOf } ?? true) }
        func area(_ p: Placement) -> Int32? { s.homes[Int(p.home)].localAuthority }
        #expect(card.placedInArea == Set(now.filter { $0.placingAuthority == authority && area($0) == authority }.map(\.child)).count)
        #expect(card.placedElsewhere == Set(now.filter { $0.placingAuthority == authority && area($0) != authority }.map(\.child)).count)
        #expect(card.placedInByOthers == Set(now.filter { $0.placingAuthority != authority && area($0) == authority }.map(\.child)).count)
        let yearAgo = asOf.adding(months: -12)
        let ended = s.placements.filter { $0.placingAuthority == authority && $0.start <= asOf && $0.end.map { $0 > yearAgo && $0 <= asOf } == true }
        #expect(card.endingsLastYear == ended.count)
        #expect(card.unplannedEndingsLastYear == ended.filter(\.isUnplannedEnding).count)
    }

    @Test func authorityCardTextSaysTheFigures() {
        let index = Self.index
        let card = AuthorityCard(index: index, authority: 0)
        let text = AuthorityCardText(index: index, authority: 0).text
        let name = index.snapshot.localAuthorities[0].name
        #expect(text.hasPrefix("\(name) ("))
        #expect(text.contains("Homes                         \(card.homes)") || text.contains("Homes  "))
        #expect(text.contains("in its own area"))
        #expect(text.contains("Placed in its area by others  \(RecordWords.count(card.placedInByOthers, "child", plural: "children"))"))
    }

    @Test(arguments: [("leeds", "Leeds"), ("LEEDS", "Leeds"), ("E08000035", "Leeds"), ("upon hull", "Kingston Upon Hull, City of")])
    func authoritiesByNameOrCode(typed: String, name: String) {
        let index = SnapshotIndex(SnapshotGenerator(homes: 200, seed: 1).generate())
        let found = index.authority(named: typed)
        #expect(found.map { index.snapshot.localAuthorities[Int($0)].name } == name)
    }

    @Test(arguments: [("lesds", "Leeds"), ("Manchestr", "Manchester"), ("yorkshire", "East Riding of Yorkshire"), ("kingston", "Kingston upon Thames")])
    func misspeltAuthoritiesGetTheNearestNames(typed: String, nearest: String) {
        let index = SnapshotIndex(SnapshotGenerator(homes: 200, seed: 1).generate())
        #expect(index.authority(named: typed) == nil)
        #expect(index.nearestAuthorities(to: typed).contains(nearest))
    }

    // MARK: Children

    @Test func oneRowPerChildAndTheJourneysFigures() {
        let index = Self.placed
        let table = ChildTable(index: index)
        #expect(table.count == index.snapshot.children.count)
        #expect(table.matches(.all).count == index.snapshot.children.count)
        #expect(ChildResults(table: table, children: table.matches(.all)).csv().split(separator: "\r\n").count == table.count + 1)
        for c in stride(from: Int32(0), to: Int32(table.count), by: 7) {
            let journey = ChildJourney(snapshot: index.snapshot, child: c, placements: index.placements(ofChild: c).lazy.map { Int($0) }, asOf: index.asOf)
            #expect(Int(table.placements[Int(c)]) == journey.placements.count)
            #expect(Int(table.moves[Int(c)]) == journey.movesLastYear)
            #expect(Int(table.unplanned[Int(c)]) == journey.unplannedEndings)
            if let last = journey.placements.last {
                #expect(table.home(c) == index.snapshot.placements[last].home, "child \(c)")
            }
        }
    }

    /// What each query means, worked out from the columns child by child.
    static func wanted(_ text: String, _ t: ChildTable, _ c: Int) -> Bool {
        let las = t.index.snapshot.localAuthorities
        func named(_ a: Int32, _ name: String) -> Bool { a >= 0 && las[Int(a)].name == name }
        switch text {
        case "moves>=1": return t.moves[c] >= 1
        case "moves:0": return t.moves[c] == 0
        case "unplanned>=1": return t.unplanned[c] >= 1
        case "placements:2..3": return (2...3).contains(t.placements[c])
        case "ongoing": return t.ongoing[c] == 1
        case "-ongoing": return t.ongoing[c] == 0
        case "moves:0,2": return t.moves[c] == 0 || t.moves[c] == 2
        case "placed-by:leeds": return named(t.placedBy[c], "Leeds")
        case "placed-in:leeds": return named(t.homeAuthority[c], "Leeds")
        case "placed-by:leeds -placed-in:leeds": return named(t.placedBy[c], "Leeds") && !named(t.homeAuthority[c], "Leeds")
        default: return false
        }
    }

    @Test(arguments: ["moves>=1", "moves:0", "unplanned>=1", "placements:2..3", "ongoing", "-ongoing", "moves:0,2",
                      "placed-by:leeds", "placed-in:leeds", "placed-by:leeds -placed-in:leeds"])
    func childQueriesSelectWhatTheySay(text: String) throws {
        let table = ChildTable(index: Self.placed)
        let found = table.matches(try ChildQuery.parse(text, index: Self.placed))
        #expect(found == (0..<table.count).filter { Self.wanted(text, table, $0) }.map(Int32.init))
        #expect(!found.isEmpty || text.contains("2..3"))
    }

    @Test func referencesAreFoundByAnyPart() throws {
        let table = ChildTable(index: Self.placed)
        let reference = table.reference(5)
        let part = String(reference.dropFirst(2).prefix(5))
        let found = table.matches(try ChildQuery.parse(part.lowercased(), index: Self.placed))
        #expect(found.contains(5))
        #expect(found.allSatisfy { table.reference($0).lowercased().contains(part.lowercased()) })
    }

    @Test(arguments: [
        ("movse>=3", "unknown field 'movse' for children", "moves"),
        ("placed-by:lesds", "no local authority in this snapshot matches 'lesds'", "leeds"),
        ("moves>=three", "expected a number", nil),
    ] as [(String, String, String?)])
    func childQueryErrorsSayWhatIsWrong(text: String, message: String, suggestion: String?) {
        #expect(throws: QueryError.self) { try ChildQuery.parse(text, index: Self.placed) }
        do { _ = try ChildQuery.parse(text, index: Self.placed) } catch {
            #expect(error.message.hasPrefix(message))
            #expect(error.suggestion == suggestion)
        }
    }

    @Test(arguments: ChildColumn.allCases)
    func sortingChildrenByAColumn(column: ChildColumn) {
        let table = ChildTable(index: Self.placed)
        let all = (0..<Int32(table.count)).map { $0 }
        let sorted = table.sorted(all, by: column, descending: column.descendingFirst)
        #expect(Set(sorted) == Set(all))
        if column == .moves {
            let moves = sorted.filter { table.placements[Int($0)] > 0 }.map { table.moves[Int($0)] }
            #expect(moves == moves.sorted(by: >))
        }
        if column == .reference {
            let references = sorted.map { table.reference($0).lowercased() }
            #expect(references == references.sorted())
        }
    }
}

/// A few plain homes, for tests that set one field.
enum TestFixture {
    static let tiny = Snapshot(
        metadata: SnapshotMetadata(snapshotDate: Day(iso: "2025-03-31")!, source: "test", licence: "test", syntheticPlacements: true),
        localAuthorities: [LocalAuthority(code: "E08000035", name: "Leeds", region: "Yorkshire and The Humber")],
        homes: (0..<6).map { Home(urn: "SC" + String(100_000 + $0), provisionType: "Children's home", localAuthority: 0, places: 2) })
}

extension String {
    var trimmingSpaces: String { split(separator: " ").joined(separator: " ") }
}
