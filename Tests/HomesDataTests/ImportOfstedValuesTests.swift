import Testing
@testable import HomesData

@Suite struct ImportOfstedValuesTests {
    @Test(arguments: [
        ("2021-10-04", "2021-10-04"), ("04/10/2021", "2021-10-04"), ("4/1/2021", "2021-01-04"),
        ("2021-10-04 00:00:00", "2021-10-04"), (" 28/02/2023 ", "2023-02-28"), ("26780", "1973-04-26"),
    ])
    func readsEveryDateForm(raw: String, iso: String) {
        #expect(OfstedValues.date(raw) == .date(Day(iso: iso)!))
    }

    // The last five lie outside the years a snapshot may hold (1900 to 2100): imported,
    // they made snapshots the loader refused (found by the import fuzzer).
    @Test(arguments: ["31/02/2023", "2023-13-01", "13/13/2023", "yesterday", "2023/02/01", "1/2/23",
                      "4038-06-03", "1011-01-17", "31/12/1899", "01/01/2101", "99999"])
    func refusesImpossibleDates(raw: String) {
        #expect(OfstedValues.date(raw) == .impossible)
    }

    @Test(arguments: [("1900-01-01", "1900-01-01"), ("31/12/2100", "2100-12-31"), ("73415", "2100-12-31")])
    func readsTheFirstAndLastPlausibleDays(raw: String, iso: String) {
        #expect(OfstedValues.date(raw) == .date(Day(iso: iso)!))
    }

    @Test(arguments: [("Provider_level_at_31_Aug_4038.csv", nil), ("Closed_childrens_homes_31Mar23.csv", "2023-03-31"),
                      ("x-1899-12-31.csv", nil), ("Provider_level_at_31_Aug_2023.csv", "2023-08-31")])
    func datesFromNamesAreOnlyPlausibleOnes(name: String, iso: String?) {
        #expect(FileDate.fromName(name) == iso.flatMap { Day(iso: $0) })
    }

    @Test(arguments: ["", "  ", "NULL"])
    func blankDates(raw: String) { #expect(OfstedValues.date(raw) == .blank) }

    @Test(arguments: [
        ("Good", OfstedValues.JudgementCell.judgement(.good)),
        ("requires improvement to be good", .judgement(.requiresImprovement)),
        ("Requires Improvement", .judgement(.requiresImprovement)),
        ("Not judged", .judgement(.notJudged)),
        ("Sustained effectiveness", .judgement(.sustainedEffectiveness)),
        ("", .none), ("NULL", .none), ("No full inspection", .none), ("N/A", .none),
        ("Adequate", .unknown("Adequate")),
    ])
    func readsJudgements(raw: String, expected: OfstedValues.JudgementCell) {
        #expect(OfstedValues.judgement(raw) == expected)
    }

    @Test(arguments: [
        ("Children's Home", "Children's home"), ("children’s home", "Children's home"), ("Children's home", "Children's home"),
        ("Secure Children's Home", "Secure children's home"), ("Supported Accommodation", "Supported accommodation"),
        ("Something  New", "Something New"),
    ])
    func spellsProvisionTypesOneWay(raw: String, expected: String) {
        #expect(OfstedValues.provisionType(raw) == expected)
    }

    @Test func redactedNamesAreAbsent() {
        #expect(OfstedValues.text("REDACTED") == nil)
        #expect(OfstedValues.text(" Over The Wall ") == "Over The Wall")
    }

    @Test(arguments: [
        ("", false), ("0", false), ("Y", true), ("Short-break-only children's home", true), ("N", false), ("maybe", nil),
    ] as [(String, Bool?)])
    func readsFlags(raw: String, expected: Bool?) {
        #expect(OfstedValues.flag(raw, header: "Short-break-only children's home") == expected)
    }
}
