import Testing
@testable import HomesData

/// The judgement fields beyond `rating:` (education and health, read from the same
/// inspection as the rating), every field's other names, and the errors issue 11 asked
/// for: a keyword beginning shared by several values, a date range written backwards,
/// an ordering of names that keeps URN order when reversed.
@Suite struct QueryFieldTests {
    /// Two residential special schools with education and health judgements, a
    /// children's home rated at a monitoring inspection after a full one, and a home
    /// with neither.
    static let snapshot: Snapshot = {
        func inspection(_ date: String, _ kind: InspectionKind, overall: Judgement?, education: Judgement? = nil,
                        health: Judgement? = nil) -> Inspection {
            Inspection(eventNumber: 1, eventType: 0, kind: kind, date: Day(iso: date)!, published: nil, overall: overall,
                       helpedAndProtected: overall, leadersAndManagers: overall, education: education, health: health)
        }
        let inspections = [
            inspection("2023-01-10", .full, overall: .good, education: .good, health: .outstanding),
            inspection("2023-02-10", .full, overall: .requiresImprovement, education: .inadequate, health: .good),
            inspection("2023-05-02", .full, overall: .inadequate),
            inspection("2023-06-21", .monitoring, overall: .good),
            inspection("2023-07-01", .interim, overall: nil),
        ]
        let homes = [
            Home(urn: "SC200001", name: "Oak School", provisionType: "Residential special school", sector: .voluntary,
                 organisation: "Oak Trust", places: 20, status: .active, inspections: 0..<1),
            Home(urn: "SC200002", name: "Elm School", provisionType: "Residential special school", sector: .academy,
                 organisation: "Elm Academy", places: 12, status: .active, inspections: 1..<2),
            Home(urn: "SC200003", name: nil, provisionType: "Children's home", sector: .privateSector,
                 organisation: "Carbrey Care Ltd", places: 3, status: .active, inspections: 2..<5),
            Home(urn: "SC200004", name: nil, provisionType: "Secure training centre", sector: .privateSector,
                 organisation: "Oak Trust", places: 40, status: .active),
        ]
        return Snapshot(metadata: SnapshotMetadata(snapshotDate: Day(iso: "2023-08-31")!, source: "test", licence: "OGL", syntheticPlacements: false),
                        localAuthorities: [], homes: homes, inspections: inspections, eventTypes: ["Full inspection"],
                        children: [], placements: [])
    }()

    static let index = SnapshotIndex(snapshot)

    static func urns(_ query: String) throws -> [String] {
        let q = try Query.parse(query, index: index)
        return index.matches(q).map { snapshot.homes[Int($0)].urn }.sorted()
    }

    @Test(arguments: [
        ("education:good", ["SC200001"]),
        ("education:inadequate", ["SC200002"]),
        ("education:none", ["SC200003", "SC200004"]),
        ("health:outstanding", ["SC200001"]),
        ("health:good,outstanding", ["SC200001", "SC200002"]),
        ("-health:none", ["SC200001", "SC200002"]),
        // The latest four-point judgement is the monitoring inspection's, as Ofsted lists it.
        ("rating:good", ["SC200001", "SC200003"]),
        ("rating:inadequate", []),
        ("trend:up", ["SC200003"]),
        ("rating:none", ["SC200004"]),
    ])
    func judgementFields(query: String, expected: [String]) throws {
        #expect(try Self.urns(query) == expected)
    }

    @Test(arguments: [
        ("overall:good", "rating:good"),
        ("r:g", "rating:good"),
        ("protected:good", "safety:good"),
        ("leadership:ri", "leaders:ri"),
        ("provision:secure", "type:secure"),
        ("owner:oak", "org:oak"),
        ("organisation:oak", "org:oak"),
        ("organization:oak", "org:oak"),
        ("authority:none", "la:none"),
        ("need:none", "needs:none"),
        ("occupied:none", "occupancy:none"),
        ("change:none", "changed:none"),
    ])
    func aliasesAreTheSameField(alias: String, canonical: String) throws {
        let a = try Query.parse(alias, index: Self.index), c = try Query.parse(canonical, index: Self.index)
        #expect(a.clauses == c.clauses)
        #expect(try Self.urns(alias) == Self.urns(canonical))
    }

    @Test func organizationIsSpelledBothWays() {
        // Guards the alias table itself: a renamed field would make the test above compare nothing.
        #expect(QueryField(name: "organization") == .organisation)
        #expect(QueryField(name: "overall") == .rating)
        #expect(QueryField(name: "protected") == .safety)
        #expect(QueryField(name: "leadership") == .leaders)
        #expect(QueryField(name: "provision") == .type)
        #expect(QueryField(name: "owner") == .organisation)
    }

    @Test(arguments: [
        ("status:c", 7, "'c' could mean closed or cancelled"),
        ("status:re", 7, "'re' could mean registered or resigned"),
        ("trend:s", 6, nil as String?),
        ("inspected:2023..2022", 10, "the range is empty: 2023 is after 2022"),
        ("inspected:2023-05..2023-04-30", 10, "the range is empty"),
        ("inspected:-6m..-12m", 10, "the range is empty: -6m is after -12m"),
    ])
    func ambiguousAndBackwardValuesAreErrors(query: String, offset: Int, message: String?) {
        do {
            let q = try Query.parse(query)
            #expect(message == nil, "'\(query)' parsed to \(q.clauses)")
        } catch {
            #expect(message != nil, "'\(query)': \(error.message)")
            #expect(error.offset == offset)
            if let message { #expect(error.message.contains(message), "\(error.message)") }
        }
    }

    @Test(arguments: ["inspected:2022..2023", "inspected:-12m..-6m", "inspected:2023-04..2023-04", "inspected:2023..-1m"])
    func forwardRangesParse(query: String) throws {
        _ = try Query.parse(query, index: Self.index)
    }

    /// Homes listed under one name (the organisation, where no name is published) keep URN
    /// order both ways; a home with neither name nor organisation has no name and comes last.
    @Test(arguments: [false, true])
    func nameSortKeepsURNOrderAmongEqualNames(descending: Bool) {
        let homes = [
            Home(urn: "SC300003", provisionType: "Children's home", organisation: "Acme Care", status: .active),
            Home(urn: "SC300001", provisionType: "Children's home", organisation: "Acme Care", status: .active),
            Home(urn: "SC300002", provisionType: "Children's home", status: .active),
            Home(urn: "SC300004", name: "Birch House", provisionType: "Children's home", status: .active),
            Home(urn: "SC300005", provisionType: "Children's home", organisation: "ACME CARE", status: .active),
        ]
        let snapshot = Snapshot(metadata: SnapshotMetadata(snapshotDate: Day(iso: "2023-08-31")!, source: "t", licence: "OGL", syntheticPlacements: false),
                                localAuthorities: [], homes: homes, inspections: [], eventTypes: [], children: [], placements: [])
        let index = SnapshotIndex(snapshot)
        let sorted = index.sorted(index.matches(.all), by: .name, descending: descending).map { homes[Int($0)].urn }
        let acme = ["SC300001", "SC300003", "SC300005"]
        #expect(sorted == (descending ? ["SC300004"] + acme : acme + ["SC300004"]) + ["SC300002"])
    }
}
