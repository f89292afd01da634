import Testing
@testable import HomesData

@Suite struct QueryTests {
    static let all = ["SC100001", "SC100002", "SC100003", "SC100004", "1234567", "SC100006", "SC100007"]
    /// Every home but SC100006, which resigned: what a query lists by default.
    static let open = all.filter { $0 != "SC100006" }

    @Test(arguments: [
        ("", open),
        // Closed homes (SC100006 resigned) are listed only when a clause asks for them.
        ("status:any", all),
        ("status:all", all),
        ("status:closed", ["SC100006"]),
        ("status:open", open),
        ("-status:closed", open),
        ("horizon status:any", ["SC100001", "SC100006"]),
        ("la:none status:closed", ["SC100006"]),
        ("status:active", ["SC100001", "SC100002", "SC100003", "1234567", "SC100007"]),
        ("bronte", ["SC100003"]),
        ("BRONTË house", ["SC100003"]),
        ("st helens", ["SC100004"]),
        ("ST. HELENS", ["SC100004"]),
        ("horizon", ["SC100001"]),
        ("horizon york", ["SC100001"]),
        ("york", ["SC100001", "SC100002", "SC100007"]),
        ("\"red bank\"", ["SC100004"]),
        ("\"bank red\"", []),
        ("-horizon", ["SC100002", "SC100003", "SC100004", "1234567", "SC100007"]),
        ("horizon -la:york", []),
        ("sc100003", ["SC100003"]),
        ("la:york", ["SC100001", "SC100007"]),
        ("authority:York", ["SC100001", "SC100007"]),
        ("la:yorkshire", ["SC100002"]),
        ("la:E06000014", ["SC100001", "SC100007"]),
        ("la:bristol-city-of", ["1234567"]),
        ("la:st-helens", ["SC100004"]),
        ("la:none", []),
        ("-la:york", ["SC100002", "SC100003", "SC100004", "1234567"]),
        ("region:north-west", ["SC100004"]),
        ("region:\"Yorkshire and the Humber\"", ["SC100001", "SC100002", "SC100003", "SC100007"]),
        ("type:\"children's home\"", ["SC100001", "SC100002", "SC100007"]),
        ("type:childrens-home", ["SC100001", "SC100002", "SC100007"]),
        ("type:secure", ["SC100004"]),
        ("type:children", ["SC100001", "SC100002", "SC100003", "SC100004", "SC100007"]),
        ("type:school", ["SC100003", "1234567"]),
        ("sector:la", ["SC100002", "SC100004"]),
        ("sector:private,voluntary", ["SC100001", "SC100003"]),
        ("sector:nhs", ["SC100007"]),
        ("status:suspended,resigned", ["SC100004", "SC100006"]),
        ("rating:good", ["1234567"]),
        ("rating:o", ["SC100002", "SC100007"]),
        ("r:ri", ["SC100001"]),
        ("rating:requires-improvement", ["SC100001"]),
        ("rating:i", ["SC100003"]),
        ("rating:none", ["SC100004"]),
        ("rating:inad", ["SC100003"]),  // an unambiguous beginning, as typed in the query line
        ("rating:outst", ["SC100002", "SC100007"]),
        ("-rating:none", ["SC100001", "SC100002", "SC100003", "1234567", "SC100007"]),
        ("safety:ri", ["SC100001"]),
        ("leaders:good", ["SC100001"]),
        ("places>=4", ["SC100001", "SC100004", "1234567"]),
        ("places>4", ["SC100004", "1234567"]),
        ("places:2..3", ["SC100002"]),
        ("places:..2", ["SC100002", "SC100007"]),
        ("places<2", ["SC100007"]),
        ("places:4", ["SC100001"]),
        ("places:none", ["SC100003"]),
        ("inspected<2023-06", ["1234567"]),
        ("inspected<=2023-06", ["SC100001", "1234567"]),
        ("inspected>=2023-06", ["SC100001", "SC100002", "SC100003", "SC100007"]),
        ("inspected>2023-06", ["SC100002", "SC100003", "SC100007"]),
        ("inspected:2023-06", ["SC100001"]),
        ("inspected:2023-06-12", ["SC100001"]),
        ("inspected:2023", ["SC100001", "SC100002", "SC100007"]),
        ("inspected:2023-07..2023-11", ["SC100002", "SC100007"]),
        ("inspected>=-6m", ["SC100002", "SC100003", "SC100007"]),
        ("inspected<-2y", ["1234567"]),
        ("inspected:never", ["SC100004"]),
        ("registered<2012", ["SC100003"]),
        ("registered:none", ["SC100002", "1234567", "SC100007"]),
        ("needs:ld", ["SC100002"]),
        ("needs:none", ["SC100004", "1234567", "SC100007"]),
        ("child:C001", ["SC100001", "SC100002"]),
        ("child:c002", ["SC100001"]),
        ("child:C999", []),
        ("name:none", ["SC100001", "SC100002"]),
        ("name:ivy", ["SC100007"]),
        ("org:horizon", ["SC100001"]),
        ("urn:sc1000", ["SC100001", "SC100002", "SC100003", "SC100004", "SC100007"]),
        ("urn:123", ["1234567"]),
        ("urn:100003", []),
        ("type:children's rating:o,g places>=2", ["SC100002"]),
        // Placement figures (asOf 2024-03-31): SC100001 has one child now of 4 places,
        // SC100002 one of 2; nobody moved in the year.
        ("placements:1", ["SC100001", "SC100002"]),
        ("placements:0", ["SC100003", "SC100004", "1234567", "SC100007"]),
        ("occupancy:50", ["SC100002"]),
        ("occupancy>=25%", ["SC100001", "SC100002"]),
        ("occupancy:0", ["SC100004", "1234567", "SC100007"]),
        ("occupancy:none", ["SC100003"]),
        ("unplanned>=1", []),
        ("moves:0", open),
        // Free text reads ratings, sectors (at a word's start) and types too.
        ("outstanding", ["SC100002", "SC100007"]),
        ("good", ["1234567"]),
        ("requires improvement", ["SC100001"]),
        ("leeds inadequate", ["SC100003"]),
        ("secure", ["SC100004"]),
        ("voluntary", ["SC100003"]),
        ("local authority", ["SC100002", "SC100004"]),
        // Words after a value join it while they still name a value of the field.
        ("rating:requires improvement", ["SC100001"]),
        ("rating:requires improvement to be good", ["SC100001"]),
        ("type:childrens home", ["SC100001", "SC100002", "SC100007"]),
        ("type:secure childrens", ["SC100004"]),
        ("la:north yorkshire", ["SC100002"]),
        ("la:york care", ["SC100001"]),
        ("sector:local authority", ["SC100002", "SC100004"]),
        ("sector:la -horizon", ["SC100002", "SC100004"]),
    ])
    func matchesExpectedHomes(query: String, expected: [String]) throws {
        let q = try Query.parse(query, index: IndexTestSnapshot.index)
        #expect(Set(IndexTestSnapshot.urns(IndexTestSnapshot.index.matches(q))) == Set(expected))
    }

    @Test(arguments: [
        ("ratng:good", 0, "rating", "unknown field 'ratng'"),
        ("rating:goood", 7, "good", "'goood' is not a rating"),
        ("rating:requires-improvment", 7, "requires-improvement", "is not a rating"),
        ("places>=four", 8, nil, "expected a number"),
        ("places:2..x", 10, nil, "expected a number"),
        ("places:5..2", 7, nil, "the range is empty"),
        ("name:\"ivy", 5, nil, "never closed"),
        ("\"red bank", 0, nil, "never closed"),
        ("horizon -", 8, nil, "'-' must be followed"),
        ("- horizon", 0, nil, "'-' must be followed"),
        ("rating:", 7, nil, "expected a value after 'rating:'"),
        ("rating:good,", 12, nil, "expected another value"),
        ("inspected>=2023-13", 16, nil, "no month 13"),
        ("inspected:2023-02-30", 10, nil, "no such date"),
        ("inspected>=-12q", 14, nil, "unknown unit 'q'"),
        ("inspected>=last-year", 11, nil, "expected a date"),
        ("rating>good", 6, nil, "takes words, not comparisons"),
        ("name>=b", 4, nil, "cannot be compared"),
        ("secotr:la", 0, "sector", "unknown field"),
        ("sector:privte", 7, "private", "is not a sector"),
        // A name that is no field is said first, with or without a value.
        ("occupancyy:", 0, "occupancy", "unknown field 'occupancyy'"),
        ("zzz:", 0, nil, "unknown field 'zzz'"),
        ("moves>=x", 7, nil, "expected a number (e.g. moves>=4"),
    ] as [(String, Int, String?, String)])
    func reportsErrorsWhereTheyAre(query: String, offset: Int, suggestion: String?, message: String) {
        #expect {
            try Query.parse(query)
        } throws: { error in
            guard let e = error as? QueryError else { return false }
            #expect(e.offset == offset)
            #expect(e.suggestion == suggestion)
            #expect(e.message.contains(message), "\(e.message)")
            return true
        }
    }

    @Test(arguments: [
        ("la:yrok", 3, "york"),
        ("la:\"bristl\"", 4, nil as String?),
        ("region:nort-west", 7, "north-west"),
        ("type:sceure", 5, "secure"),
        ("needs:xyz", 6, nil),
    ])
    func valuesUnknownToTheSnapshotAreErrorsWithAnIndex(query: String, offset: Int, suggestion: String?) throws {
        #expect(throws: QueryError.self) { try Query.parse(query, index: IndexTestSnapshot.index) }
        do {
            _ = try Query.parse(query, index: IndexTestSnapshot.index)
        } catch {
            #expect(error.offset == offset)
            if let suggestion { #expect(error.suggestion == suggestion) }
        }
        // Without an index the same text parses (and matches nothing).
        let q = try Query.parse(query)
        #expect(IndexTestSnapshot.index.matches(q).isEmpty)
    }

    @Test func renderedErrorPutsACaretUnderTheOffendingCharacter() {
        do {
            _ = try Query.parse("bronte ratng:good")
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered == """
                bronte ratng:good
                       ^
                unknown field 'ratng'
                did you mean 'rating'?
                """)
        }
    }

    @Test func renderedErrorAlignsAfterWideAndControlCharacters() {
        do {
            _ = try Query.parse("名前\u{1B} places>=x")
            Issue.record("expected an error")
        } catch {
            let lines = error.rendered.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0] == "名前? places>=x")
            #expect(lines[1] == String(repeating: " ", count: 14) + "^")
        }
    }

    /// The message quotes the bad value; a control character in it must not reach the
    /// terminal (found by the query fuzzer: "rating:g\u{19}ood").
    @Test(arguments: ["rating:g\u{19}ood", "-sector:pr\u{0}\u{1B}[2J", "places>=\u{9B}31m"])
    func renderedErrorHoldsNoControlCharacter(text: String) {
        do {
            _ = try Query.parse(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            for scalar in (error.rendered + error.description).unicodeScalars where scalar != "\n" {
                #expect(!(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)), "U+\(String(scalar.value, radix: 16)) in \(error.rendered.debugDescription)")
            }
        }
    }

    @Test func relativeDatesFollowTheSnapshotDate() throws {
        let q = try Query.parse("inspected>=-12m")
        guard case .dates(let lower, nil) = q.clauses[0].values[0] else { Issue.record("not a date range"); return }
        #expect(lower?.resolved(asOf: Day(iso: "2024-03-31")!).iso == "2023-03-31")
        #expect(lower?.resolved(asOf: Day(iso: "2025-01-15")!).iso == "2024-01-15")
    }

    @Test func emptyAndPunctuationOnlyQueriesSelectEverything() throws {
        #expect(try Query.parse("").isEmpty)
        #expect(try Query.parse("   & ").isEmpty)
        #expect(try !Query.parse("x").isEmpty)
    }
}

/// The field form offered for free-text words that are exactly a value.
@Suite struct FieldSuggestionTests {
    @Test(arguments: [
        ("leeds", ["la:leeds"]),
        ("york house", ["la:york"]),
        ("inadequate", ["rating:inadequate"]),
        ("leeds good", ["la:leeds", "rating:good"]),
        ("private", ["sector:private"]),
        ("council", ["sector:la"]),
        ("\"secure children's home\"", ["type:secure-childrens-home"]),
        ("-leeds", []),
        ("ri", []),
        ("lee", []),
        ("la:leeds", []),
    ] as [(String, [String])])
    func suggestsTheFieldForm(query: String, expected: [String]) throws {
        let index = IndexTestSnapshot.index
        let q = try Query.parse(query, index: index)
        #expect(FieldSuggestions.forQuery(q, index: index).map(\.clause) == expected)
    }
}
