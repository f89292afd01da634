import Testing
@testable import HomesData

/// A clause value is answered two ways (a pass over every home, or one home at a time for
/// the few left after earlier clauses): both must pick the same homes, for every field,
/// or a query would list different homes depending on the order its clauses were typed.
@Suite struct HomeConditionTests {
    static let snapshot = SnapshotGenerator(homes: 3000, seed: 23, placementsPerHome: 2).generate()
    static let index = SnapshotIndex(snapshot)

    /// A value of every field and kind, with the snapshot's own owner and child.
    static var queries: [String] {
        let owner = snapshot.homes.compactMap(\.organisation).first!
        let child = snapshot.children.first!
        return [
            "care", "e", "good", "ri", "private", "secure", "sc1", "urn:sc1", "name:house", "name:none",
            "org:ltd", "org:none", "la:leeds", "la:none", "region:london", "region:none", "type:secure",
            "type:\"children's home\"", "needs:none", "owned-by:\"\(owner)\"", "owned-by:none", "child:\(child)",
            "rating:good,outstanding", "rating:none", "safety:inadequate", "leaders:ri", "education:good",
            "health:none", "sector:private,voluntary", "sector:none", "status:open", "status:closed",
            "status:any", "status:suspended", "status:resigned", "trend:up", "trend:none", "changed:any",
            "changed:none", "places>=3", "places:1..2", "places:none", "occupancy>=100", "occupancy:none",
            "placements>=2", "unplanned>=1", "moves:0", "inspected>=-12m", "inspected:never",
            "registered<2015", "closed:2020..2023", "closed:none", "-rating:good", "-la:leeds,york",
        ]
    }

    @Test(arguments: queries)
    func oneHomeAtATimeAgreesWithThePassOverEveryHome(text: String) throws {
        let index = Self.index
        let query = try Query.parse(text, index: index)
        for clause in query.clauses {
            for value in clause.values {
                let condition = index.condition(clause.field, value)
                var marked = [UInt8](repeating: 0, count: index.count)
                marked.withUnsafeMutableBufferPointer { condition.mark($0) }
                let differing = (0..<index.count).filter { (marked[$0] != 0) != condition.holds($0) }
                #expect(differing.isEmpty, "\(text): \(differing.count) homes differ, the first \(differing.first ?? -1)")
            }
        }
    }

    /// Ask the clauses one by one, each over every home: the plainest reading of "every
    /// clause holds".
    static func plainMatches(_ query: Query, openByDefault: Bool = true) -> [Int32] {
        let index = Self.index
        var clauses = query.clauses
        if openByDefault && SnapshotIndex.isOpenByDefault(clauses) { clauses += try! Query.parse("status:open").clauses }
        return (0..<Int32(index.count)).filter { home in
            clauses.allSatisfy { clause in
                clause.values.contains { index.condition(clause.field, $0).holds(Int(home)) } != clause.negated
            }
        }
    }

    @Test(arguments: ["la:leeds rating:good", "sector:private places>=2 care", "-rating:good e ri",
                      "status:any closed:none type:home", "rating:ri,inadequate inspected>=-24m a"])
    func everyQueryMatchesWhatItsClausesSayOneByOne(text: String) throws {
        let query = try Query.parse(text, index: Self.index)
        #expect(Self.index.matches(query) == Self.plainMatches(query))
    }

    /// What the benchmark pastes: a handful of clauses over and over, 2,000 characters.
    /// The repeats change nothing, whether the whole register is asked or the list kept
    /// for an earlier query is narrowed.
    @Test func aPasteRepeatingItsClausesListsWhatTheClausesListOnce() throws {
        let once = "la:leeds rating:good,outstanding places>=1 sector:private type:home"
        var pasted = ""
        while pasted.count < 2_000 { pasted += once + " " }
        let index = Self.index
        let expected = index.matches(try Query.parse(once, index: index))
        let query = try Query.parse(pasted, index: index)
        #expect(query.clauses.count > 100)
        #expect(!expected.isEmpty)
        #expect(index.matches(query) == expected)
        #expect(index.refine(index.openHomes, from: .all, to: query) == expected)
        let leeds = try Query.parse("la:leeds", index: index)
        #expect(index.refine(index.matches(leeds), from: leeds, to: query) == expected)
    }
}
