/// A calendar date with no time or zone, stored as days since 1970-01-01.
///
/// Snapshots carry millions of dates; four bytes each and integer comparison keep
/// the index small and the date filters fast. Conversion uses Howard Hinnant's
/// civil-from-days algorithm, so no Foundation calendar is involved.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var daysSince1970: Int32

    public init(daysSince1970: Int32) { self.daysSince1970 = daysSince1970 }

    /// Returns nil for impossible dates (2023-02-30, month 13) rather than rolling over.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        daysSince1970 = Int32(era * 146097 + doe - 719468)
    }

    /// Parses `yyyy-mm-dd` exactly (the snapshot and query form).
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                let d = Int(u[i]) - 48
                guard (0...9).contains(d) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(daysSince1970) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `yyyy-mm-dd`.
    public var iso: String {
        let (y, m, d) = components
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.daysSince1970 < b.daysSince1970 }

    public func adding(days: Int) -> Day { Day(daysSince1970: daysSince1970 + Int32(days)) }

    /// Same day of the month, `months` earlier or later, clamped to the month's length.
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let ny = total / 12, nm = total % 12 + 1
        return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny)))!
    }

    public static func - (a: Day, b: Day) -> Int { Int(a.daysSince1970) - Int(b.daysSince1970) }
}

extension Day {
    /// The years a snapshot may hold (the loader refuses others, docs/snapshot-format.md).
    public static let plausibleYears = 1900...2100

    /// The day, if it exists and falls in `plausibleYears`: what an importer may put in a
    /// snapshot. A date outside them (a typo'd "4038") would make the loader refuse the
    /// record, or the whole snapshot if it became the snapshot's date.
    public static func plausible(year: Int, month: Int, day: Int) -> Day? {
        guard plausibleYears.contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
