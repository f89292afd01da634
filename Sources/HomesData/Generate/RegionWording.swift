/// Ofsted's two ways of naming a region, derived from an authority's ONS region.
///
/// Provider files carry both a government office region ("Yorkshire and The Humber",
/// capital T) and Ofsted's own region, which merges the North East with Yorkshire
/// ("North East, Yorkshire and the Humber"). Generated homes use the same wording
/// as the real files so filters behave the same on both.
enum RegionWording {
    /// The government office region as Ofsted spells it.
    static func governmentOfficeRegion(onsRegion: String) -> String {
        onsRegion == "Yorkshire and the Humber" ? "Yorkshire and The Humber" : onsRegion
    }

    /// Ofsted's own region.
    static func ofstedRegion(onsRegion: String) -> String {
        switch onsRegion {
        case "North East", "Yorkshire and the Humber", "Yorkshire and The Humber": "North East, Yorkshire and the Humber"
        default: onsRegion
        }
    }
}
