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

    @Test(arguments: ["31/02/2023", "2023-13-01", "13/13/2023", "yesterday", "2023/02/01", "1/2/23"])
    func refusesImpossibleDates(raw: String) {
        #expect(OfstedValues.date(raw) == .impossible)
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
