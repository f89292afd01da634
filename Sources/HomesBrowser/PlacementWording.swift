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
        placement.end == nil ? "ongoing" : RecordWords.ending(placement)
    }

    static func unplannedEndings(_ unplanned: Int, of endings: Int) -> String {
        RecordWords.unplannedEndings(unplanned, of: endings)
    }
}
