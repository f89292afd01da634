/// Figures in words, shared by every record document and screen, so a length or a
/// share reads the same on screen and on standard output.
public enum RecordWords {
    /// "3y 2m", "5 months", "12 days": how long a placement lasted, from its start to
    /// its end (or the snapshot's date), in calendar months: 2024-01-01 to 2024-06-01 is
    /// 5 months, and a month from the 31st ends on the last day of a shorter month.
    public static func length(from start: Day, to end: Day) -> String {
        let days = end - start
        if days < 62 { return days == 1 ? "1 day" : "\(max(0, days)) days" }
        return months(wholeMonths(from: start, to: end))
    }

    /// A length known only in days (a median, a gap between placements), for which no
    /// calendar applies: a month is the average calendar month, 30.436875 days, so a
    /// length agrees with `length(from:to:)` to within a day.
    public static func length(days: Int) -> String {
        if days < 62 { return days == 1 ? "1 day" : "\(days) days" }
        // 30.436875 days = 487,020 / 16,000: whole months, in integers, with a day of slack
        // for the months shorter than the average.
        return months((days + 1) * 16_000 / 487_020)
    }

    /// Whole calendar months from `start` to `end`: the month counts once the same day
    /// of the month is reached, or the month's last day when it has no such day.
    public static func wholeMonths(from start: Day, to end: Day) -> Int {
        let (y1, m1, d1) = start.components, (y2, m2, d2) = end.components
        var months = (y2 * 12 + m2) - (y1 * 12 + m1)
        if d2 < d1 && d2 < Day.daysIn(month: m2, year: y2) { months -= 1 }
        return max(0, months)
    }

    private static func months(_ months: Int) -> String {
        months < 24 ? "\(months) months" : "\(months / 12)y \(months % 12)m"
    }

    /// "40%", or "—" of nothing.
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    /// "2 of 5 endings in the last 12 months were unplanned (40%)", with one ending said
    /// as one ("the one ending in the last 12 months was unplanned"), never "1 of 1 endings".
    public static func unplannedEndings(_ unplanned: Int, of endings: Int) -> String {
        if endings == 1 { return "the one ending in the last 12 months was " + (unplanned == 1 ? "unplanned" : "planned") }
        return "\(unplanned) of \(endings) endings in the last 12 months were unplanned (\(percent(unplanned, of: endings)))"
    }

    /// "1 placement", "3 placements".
    public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(thousands(n)) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// 12345 as "12,345".
    public static func thousands(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// A judgement's word in a table cell: "RI" for the long one, so tables fit.
    /// A judgement in a table cell: "RI" for Requires improvement, and interim
    /// outcomes whole ("Declined effectiveness" cut to "Declined" reads like a refusal).
    public static func short(_ judgement: Judgement) -> String {
        if judgement == .requiresImprovement { return "RI" }
        return judgement.isFourPoint ? judgement.shortName : judgement.ofstedName
    }

    /// The SSDA903 code and its meaning ("X1 Episode ceases…"), or nil.
    public static func code(_ table: [SSDA903.Code], _ i: UInt8?) -> String? {
        guard let i, Int(i) < table.count else { return nil }
        return "\(table[Int(i)].code) \(table[Int(i)].meaning)"
    }

    /// How a placement ended, in words: planned or unplanned first (what an inspector
    /// looks for), then the reason as SSDA903 words it, never its raw code
    /// ("unplanned: Carer requests placement end due to child's behaviour").
    public static func ending(_ placement: Placement) -> String {
        guard placement.end != nil else { return "—" }
        func meaning(_ table: [SSDA903.Code], _ i: UInt8?) -> String? {
            guard let i, Int(i) < table.count else { return nil }
            return table[Int(i)].meaning
        }
        let reason = meaning(SSDA903.reasonsForPlacementChange, placement.reasonPlaceChange)
            ?? meaning(SSDA903.reasonsEpisodeCeased, placement.reasonCeased)
        return (placement.isUnplannedEnding ? "unplanned" : "planned") + (reason.map { ": " + $0 } ?? "")
    }
}
