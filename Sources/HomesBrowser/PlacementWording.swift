import HomesData

/// How a placement ended, in words, the same on the detail and the journey: planned or
/// unplanned first (what an inspector looks for), then the reason as SSDA903 words it,
/// never its raw code ("unplanned: Carer asked to end it: child's behaviour").
enum PlacementWording {
    /// "planned", "unplanned", or "ongoing" for a placement that has not ended.
    static func kind(_ placement: Placement) -> String {
        guard placement.end != nil else { return "ongoing" }
        return placement.isUnplannedEnding ? "unplanned" : "planned"
    }

    /// The kind and the reason: the reason for the change of placement where recorded,
    /// else the reason the episode ceased.
    static func ending(_ placement: Placement) -> String {
        guard placement.end != nil else { return "ongoing" }
        let change = code(SSDA903.reasonsForPlacementChange, placement.reasonPlaceChange)
        let ceased = code(SSDA903.reasonsEpisodeCeased, placement.reasonCeased)
        let reason = (change ?? ceased).map(\.meaning)
        return kind(placement) + (reason.map { ": " + $0 } ?? "")
    }

    /// "2 of 5 endings in the last 12 months were unplanned (40%)", with one ending said
    /// as one ("the one ending in the last 12 months was unplanned"), never "1 of 1 endings".
    static func unplannedEndings(_ unplanned: Int, of endings: Int) -> String {
        if endings == 1 { return "the one ending in the last 12 months was " + (unplanned == 1 ? "unplanned" : "planned") }
        return "\(unplanned) of \(endings) endings in the last 12 months were unplanned (\(percent(unplanned, of: endings)))"
    }
}
