/// Figures in words, shared by every record document and screen, so a length or a
/// share reads the same on screen and on standard output.
public enum RecordWords {
    /// "3y 2m", "5 months", "12 days": how long a placement lasted.
    public static func length(days: Int) -> String {
        if days < 62 { return days == 1 ? "1 day" : "\(days) days" }
        let months = days * 12 / 365
        if months < 24 { return "\(months) months" }
        return "\(months / 12)y \(months % 12)m"
    }

    /// "40%", or "—" of nothing.
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
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
    public static func short(_ judgement: Judgement) -> String {
        judgement == .requiresImprovement ? "RI" : judgement.shortName
    }

    /// The SSDA903 code and its meaning ("X1 Episode ceases…"), or nil.
    public static func code(_ table: [SSDA903.Code], _ i: UInt8?) -> String? {
        guard let i, Int(i) < table.count else { return nil }
        return "\(table[Int(i)].code) \(table[Int(i)].meaning)"
    }

    /// How a placement ended: the SSDA903 reason, "unplanned: " first when it was.
    public static func ending(_ placement: Placement) -> String {
        guard placement.end != nil else { return "—" }
        let reason = code(SSDA903.reasonsForPlacementChange, placement.reasonPlaceChange)
            ?? code(SSDA903.reasonsEpisodeCeased, placement.reasonCeased) ?? "ended"
        return placement.isUnplannedEnding ? "unplanned: " + reason : reason
    }
}
