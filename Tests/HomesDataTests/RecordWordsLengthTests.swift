import Testing
@testable import HomesData

/// How long a placement lasted, in calendar months: the figure an inspector checks
/// against the two dates printed beside it.
@Suite struct RecordWordsLengthTests {
    @Test(arguments: [
        ("2024-01-01", "2024-06-01", "5 months"),       // 152 days: once shown as 4 months
        ("2024-01-01", "2024-05-31", "4 months"),       // a day short of 5
        ("2024-01-31", "2024-02-29", "29 days"),        // short lengths stay in days
        ("2024-01-31", "2024-04-30", "3 months"),       // from the 31st to a 30-day month's end
        ("2024-01-31", "2024-04-29", "2 months"),
        ("2023-10-31", "2024-02-29", "4 months"),       // leap February's last day ends the month
        ("2023-10-31", "2024-02-28", "3 months"),
        ("2023-12-31", "2024-02-29", "60 days"),
        ("2023-11-30", "2024-02-29", "3 months"),
        ("2022-11-30", "2023-02-28", "3 months"),       // February of a common year
        ("2022-11-30", "2023-02-27", "2 months"),
        ("2020-02-29", "2021-02-28", "12 months"),      // a leap day's anniversary in a common year
        ("2020-02-29", "2022-02-28", "2y 0m"),
        ("2021-03-15", "2023-05-14", "2y 1m"),
        ("2021-03-15", "2023-05-15", "2y 2m"),
        ("2024-03-01", "2024-03-02", "1 day"),
        ("2024-03-01", "2024-03-01", "0 days"),
    ])
    func placementLengthsAreCalendarMonths(start: String, end: String, expected: String) {
        #expect(RecordWords.length(from: Day(iso: start)!, to: Day(iso: end)!) == expected)
    }

    /// A length known only in days (a median stay) agrees with the calendar within a day.
    @Test(arguments: [
        (152, "5 months"), (151, "4 months"), (61, "61 days"), (62, "2 months"),
        (365, "12 months"), (364, "11 months"), (730, "2y 0m"), (1096, "3y 0m"),
    ])
    func lengthsInDaysUseTheAverageMonth(days: Int, expected: String) {
        #expect(RecordWords.length(days: days) == expected)
    }

    /// Over every start in four years (a leap year among them) and lengths up to three
    /// years, the two ways of counting never differ by more than a month.
    @Test func daysAndCalendarAgreeWithinAMonth() {
        let first = Day(iso: "2021-01-01")!
        for offset in stride(from: 0, to: 4 * 365, by: 7) {
            let start = first.adding(days: offset)
            for length in stride(from: 62, to: 3 * 365, by: 11) {
                let calendar = RecordWords.wholeMonths(from: start, to: start.adding(days: length))
                let average = (length + 1) * 16_000 / 487_020
                #expect(abs(calendar - average) <= 1, "\(start.iso) + \(length) days")
            }
        }
    }
}
