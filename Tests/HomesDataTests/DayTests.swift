import Testing
@testable import HomesData

@Suite struct DayTests {
    @Test(arguments: [
        ("1970-01-01", Int32(0)), ("2000-02-29", Int32(11016)), ("2023-08-31", Int32(19600)), ("1969-12-31", Int32(-1)),
    ])
    func parsesAndPrintsISO(text: String, days: Int32) {
        let d = Day(iso: text)
        #expect(d?.daysSince1970 == days)
        #expect(d?.iso == text)
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "20230101", "2023-04-31", "abcd-ef-gh", ""])
    func rejectsImpossibleDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func addsMonthsClampingToMonthEnd() {
        #expect(Day(iso: "2024-03-31")!.adding(months: -1).iso == "2024-02-29")
        #expect(Day(iso: "2023-11-25")!.adding(months: -12).iso == "2022-11-25")
    }
}
