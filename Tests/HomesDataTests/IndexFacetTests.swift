import Testing
@testable import HomesData

@Suite struct IndexFacetTests {
    let index = IndexTestSnapshot.index

    func counts(_ facet: Facet, _ query: String) throws -> [String: (Int, Bool)] {
        var d: [String: (Int, Bool)] = [:]
        for row in index.facetCounts(facet, under: try Query.parse(query)) { d[row.value] = (row.count, row.selected) }
        return d
    }

    @Test func ratingCountsUnderAnotherFilter() throws {
        let rows = index.facetCounts(.rating, under: try Query.parse("sector:private"))
        #expect(rows.map(\.value) == ["outstanding", "good", "ri", "inadequate", "none"])
        #expect(rows.map(\.count) == [0, 0, 1, 0, 0])
        #expect(rows.allSatisfy { !$0.selected })
        // The resigned private home (never rated) counts once the query asks for any status.
        let everyStatus = index.facetCounts(.rating, under: try Query.parse("sector:private status:any"))
        #expect(everyStatus.map(\.count) == [0, 0, 1, 0, 1])
    }

    @Test func aFacetIgnoresItsOwnClausesSoOtherValuesStayVisible() throws {
        let c = try counts(.sector, "rating:o sector:la")
        #expect(c["la"]! == (1, true))      // SC100002
        #expect(c["health"]! == (1, false)) // SC100007
        #expect(c["private"]! == (0, false))
    }

    @Test func negatedClausesOfTheFacetAreIgnoredToo() throws {
        let c = try counts(.authority, "-la:york")
        #expect(c["york"]?.0 == 2)
        #expect(c["york"]?.1 == false)
    }

    @Test func providionTypeSpellingsAreOneValue() throws {
        let rows = index.facetCounts(.type, under: .all)
        #expect(rows.first?.value == "childrens-home")
        #expect(rows.first?.label == "Children's home")
        #expect(rows.first?.count == 3) // and SC100006, resigned, is not on the register
        #expect(rows.count == 4)
    }

    @Test func openFacetsListOnlyValuesWithHomesPlusNone() throws {
        let rows = index.facetCounts(.authority, under: try Query.parse("horizon status:any"))
        #expect(rows.map(\.value) == ["york", "none"])
        #expect(rows.map(\.count) == [1, 1])
    }

    @Test func placesAndInspectedBuckets() throws {
        let places = try counts(.places, "")
        #expect(places["1"]?.0 == 1)
        #expect(places["7..12"]?.0 == 1)
        #expect(places["13.."]?.0 == 1)
        #expect(places["none"]?.0 == 1)
        let inspected = try counts(.inspected, "")
        #expect(inspected["-6m.."]?.0 == 3)
        #expect(inspected["-12m..-6m"]?.0 == 1)
        #expect(inspected["..-48m"]?.0 == 1)
        #expect(inspected["never"]?.0 == 1)
    }

    @Test func needsCountEachNeedOfAHome() throws {
        let c = try counts(.needs, "")
        #expect(c["ld"]?.0 == 1)
        #expect(c["pd"]?.0 == 1)
        #expect(c["none"]?.0 == 3)
    }

    /// The status facet counts closed homes, which the other facets leave out by
    /// default, so that choosing "closed" shows as many homes as it promised.
    @Test func statusCountsOpenAndClosedHomes() throws {
        let c = try counts(.status, "")
        #expect(c["open"]! == (6, false))
        #expect(c["closed"]! == (1, false))
        #expect(c["resigned"]! == (1, false))
        #expect(c["suspended"]! == (1, false))
        #expect(c["any"]! == (7, false))
        let selected = try counts(.status, "status:closed")
        #expect(selected["closed"]! == (1, true))
        #expect(index.matches(try Query.parse("status:closed")).count == 1)
    }

    /// Every value the panel offers, written into an empty query by QueryEditing,
    /// parses, selects exactly as many homes as its count, and shows as selected.
    @Test(arguments: Facet.allCases)
    func everyFacetValueRoundTripsThroughTheQueryLine(facet: Facet) throws {
        for row in index.facetCounts(facet, under: .all) {
            let text = QueryEditing.toggling(facet, value: row.value, in: "")
            let q = try Query.parse(text, index: row.count > 0 ? index : nil)
            #expect(index.matches(q).count == row.count, "\(text)")
            let again = index.facetCounts(facet, under: q).first { $0.value == row.value }
            #expect(again?.selected == true, "\(text)")
            #expect(QueryEditing.toggling(facet, value: row.value, in: text) == "")
        }
    }

    /// "(none) 0" is a value nobody can want: an unrecorded sector, status or places shows
    /// only when it counts homes (or is ticked); "Not yet rated" stays, as a real answer.
    @Test(arguments: [(Facet.sector, "none", "sector:private", false), (.places, "none", "", true),
                      (.status, "none", "", false), (.rating, "none", "sector:private", true),
                      (.sector, "none", "sector:none", true)])
    func unknownValuesShowOnlyWhenTheyCount(facet: Facet, value: String, query: String, shown: Bool) throws {
        let rows = index.facetCounts(facet, under: try Query.parse(query))
        #expect(rows.contains { $0.value == value } == shown)
        #expect(!rows.contains { $0.label == "(none)" })
    }
}
