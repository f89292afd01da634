import Testing
@testable import HomesData

@Suite struct QueryEditingTests {
    @Test(arguments: [
        (Facet.rating, "good", "", "rating:good"),
        (.rating, "good", "bronte", "bronte rating:good"),
        (.rating, "good", "bronte  ", "bronte rating:good"),
        (.rating, "ri", "bronte rating:good", "bronte rating:good,ri"),
        (.rating, "good", "bronte rating:good,ri", "bronte rating:ri"),
        (.rating, "ri", "bronte rating:good,ri", "bronte rating:good"),
        (.rating, "ri", "bronte rating:ri places>=3", "bronte places>=3"),
        (.rating, "outstanding", "r:o", ""),
        (.rating, "outstanding", "R:O,g", "R:g"),
        (.rating, "good", "-rating:good", "-rating:good rating:good"),
        (.authority, "bristol-city-of", "la:york", "la:york,bristol-city-of"),
        (.authority, "york", "la:York,leeds x", "la:leeds x"),
        (.type, "childrens-home", "type:\"Children's home\"", ""),
        (.region, "North West", "", "region:\"North West\""),
        (.inspected, "-12m..-6m", "inspected:-6m..", "inspected:-6m..,-12m..-6m"),
        (.inspected, "never", "inspected:none", ""),
        (.places, "7..12", "places>=3", "places>=3 places:7..12"),
        (.sector, "la", "sector:\"local authority\"", ""),
    ])
    func togglesAValueInOrOut(facet: Facet, value: String, text: String, expected: String) {
        #expect(QueryEditing.toggling(facet, value: value, in: text) == expected)
    }

    @Test(arguments: [
        ("bronte rating:good -la:york \"red bank\"", "bronte \"red bank\""),
        ("rating:good", ""),
        ("places>=3 horizon inspected:never", "horizon"),
        ("just words", "just words"),
        ("rating: horizon", "rating: horizon"),
    ])
    func clearsFiltersKeepingFreeText(text: String, expected: String) {
        #expect(QueryEditing.clearingFilters(in: text) == expected)
    }

    @Test(arguments: [
        (Facet.rating, "r:o,G -rating:i", ["outstanding", "good"]),
        (.rating, "rating:requires-improvement rating:none", ["ri", "none"]),
        (.authority, "la:\"Bristol, City of\" authority:YORK", ["bristol-city-of", "york"]),
        (.sector, "sector:nhs places>=4", ["health"]),
        (.places, "places>=4", []),
        (.type, "children", []),
    ])
    func readsSelectedValuesAsCanonicalTokens(facet: Facet, text: String, expected: [String]) {
        #expect(QueryEditing.selectedValues(facet, in: text) == Set(expected))
    }

    @Test func editsAHalfTypedQueryWithoutLosingIt() {
        // The unclosed quote is still being typed: the toggle goes on the end, the rest stays.
        #expect(QueryEditing.toggling(.rating, value: "good", in: "name:\"ivy") == "name:\"ivy rating:good")
    }
}
