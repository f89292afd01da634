/// Word lists for made-up names. Chosen to read like the names children's homes,
/// schools and care companies use, while matching no real provider on purpose:
/// every combination is invented, and the snapshot says so in its metadata.
enum SyntheticNames {
    static let homeFirstWords: [String] = [
        "Larkspur", "Meadowview", "Oakfield", "Willowbrook", "Hawthorn", "Bramble", "Foxglove", "Heatherly",
        "Kingfisher", "Rowan", "Ashdown", "Birchwood", "Clover", "Daisybank", "Elmtree", "Fernlea",
        "Glenmoor", "Hollybank", "Ivydene", "Juniper", "Kestrel", "Lavender", "Maplehurst", "Nightingale",
        "Orchard", "Primrose", "Quarry Hill", "Riverside", "Sycamore", "Thistledown", "Upland", "Valley View",
        "Westbrook", "Yew Tree", "Amberley", "Beechcroft", "Cedar", "Dovecote", "Evergreen", "Fairhaven",
        "Greenacre", "Harebell", "Linden", "Moorside", "Newlands", "Oakridge", "Pinewood", "Redwood",
        "Sandpiper", "Tamarind", "Woodlark", "Acorn", "Bluebell", "Chestnut", "Brookside", "Hillcrest",
        "Highfield", "Lowfield", "Marigold", "Poppyfield", "Skylark", "Swallow", "Wren", "Heronsgate",
        "Ashgrove", "Cherry Tree", "Harbour", "Lakeside", "Parkside", "Stonebridge",
    ]
    static let homeSuffixes: [String] = [
        "House", "Lodge", "Cottage", "View", "Grange", "Barn", "Court", "Farmhouse", "Villa", "Place",
        "Gardens", "Mews", "Close", "Lane", "Rise", "Hall",
    ]
    static let schoolSuffixes: [String] = ["School", "Academy", "College", "School and Care", "Park School"]
    static let organisationWords: [String] = [
        "Brightpath", "Northfold", "Keystone", "Harbourlight", "Evenstar", "Oakleaf", "Compass Rose", "Cornerstone",
        "Pathway", "Silverbirch", "Horizonline", "Safe Harbour", "Lighthouse", "New Dawn", "Fresh Start", "Hearthside",
        "Kindred", "Stepping Stones", "Bridgeway", "Meridian", "Northstar", "Anchorpoint", "Beacon Hill", "Greenshoots",
        "Springwell", "Trueheart", "Wayfinder", "Steadfast", "Cairn", "Hilltop", "Bluesky", "Evergreen",
        "Thrive", "Nurture", "Solace", "Haven", "Unity", "Amber", "Jigsaw", "Rainbow",
        "Tall Oaks", "Riverbank", "Lantern", "Foundation Stone", "Open Door", "Firm Ground", "Waymark", "Silverline",
    ]
    static let organisationKinds: [String] = [
        "Care", "Care Services", "Children's Services", "Childcare", "Residential Care", "Homes",
        "Care Group", "Young People's Services", "Care and Education", "Family Services", "Therapeutic Care",
        "Support Services",
    ]
    static let organisationForms: [String] = ["Ltd", "Limited", "Ltd", "Limited", "LLP", "Group Ltd"]
    static let charityForms: [String] = ["Trust", "Children's Charity", "Foundation", "Society", "Community Trust"]
}
