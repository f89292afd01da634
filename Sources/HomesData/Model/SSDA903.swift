/// The SSDA903 code lists used in placements, with DfE's wording abridged.
/// Placements store an index into these tables; the snapshot stores the code.
public enum SSDA903 {
    public struct Code: Sendable, Hashable {
        public let code: String
        public let meaning: String
    }

    public static let placementTypes: [Code] = [
        .init(code: "K1", meaning: "Secure children's home"),
        .init(code: "K2", meaning: "Children's home"),
        .init(code: "K3", meaning: "Registered supported accommodation"),
        .init(code: "H5", meaning: "Semi-independent living"),
        .init(code: "R1", meaning: "Residential care home"),
        .init(code: "R2", meaning: "NHS/health establishment"),
        .init(code: "R3", meaning: "Family centre or mother and baby unit"),
        .init(code: "R5", meaning: "Young offender institution"),
        .init(code: "S1", meaning: "Residential school"),
        .init(code: "U1", meaning: "Foster placement with relative or friend"),
        .init(code: "U2", meaning: "Foster placement with relative or friend"),
        .init(code: "U3", meaning: "Foster placement with relative or friend"),
        .init(code: "U4", meaning: "Foster placement with other carer"),
        .init(code: "U5", meaning: "Foster placement with other carer"),
        .init(code: "U6", meaning: "Foster placement with other carer"),
        .init(code: "P1", meaning: "With parents"),
        .init(code: "P2", meaning: "Independent living"),
        .init(code: "P3", meaning: "Residential employment"),
        .init(code: "A3", meaning: "Placed for adoption"),
        .init(code: "A4", meaning: "Placed for adoption"),
        .init(code: "A5", meaning: "Placed for adoption"),
        .init(code: "A6", meaning: "Placed for adoption"),
        .init(code: "T0", meaning: "Temporary move"),
        .init(code: "T1", meaning: "Temporary move"),
        .init(code: "T2", meaning: "Temporary move"),
        .init(code: "T3", meaning: "Temporary move"),
        .init(code: "T4", meaning: "Temporary move"),
        .init(code: "Z1", meaning: "Other placement"),
    ]

    public static let reasonsForNewEpisode: [Code] = [
        .init(code: "S", meaning: "Started to be looked after"),
        .init(code: "L", meaning: "Change of legal status only"),
        .init(code: "P", meaning: "Change of placement and carer(s)"),
        .init(code: "T", meaning: "Change of placement, same carer(s)"),
        .init(code: "U", meaning: "Change of legal status and placement, same carer(s)"),
        .init(code: "B", meaning: "Change of legal status, placement and carer(s)"),
    ]

    public static let reasonsEpisodeCeased: [Code] = [
        .init(code: "X1", meaning: "Episode ended, new one started the same day"),
        .init(code: "E11", meaning: "Adopted"),
        .init(code: "E12", meaning: "Adopted"),
        .init(code: "E13", meaning: "Left care to live with parents or relatives"),
        .init(code: "E14", meaning: "Remand ended"),
        .init(code: "E15", meaning: "Age assessed as 18 or over"),
        .init(code: "E16", meaning: "Moved abroad"),
        .init(code: "E17", meaning: "Aged 18+, stayed with carers"),
        .init(code: "E2", meaning: "Died"),
        .init(code: "E3", meaning: "Care taken over by another authority"),
        .init(code: "E41", meaning: "Residence or child arrangements order"),
        .init(code: "E45", meaning: "Special guardianship order"),
        .init(code: "E46", meaning: "Special guardianship order"),
        .init(code: "E47", meaning: "Special guardianship order"),
        .init(code: "E48", meaning: "Special guardianship order"),
        .init(code: "E4A", meaning: "Returned home as part of the care plan"),
        .init(code: "E4B", meaning: "Returned home, not part of the care plan"),
        .init(code: "E5", meaning: "Independent living with support"),
        .init(code: "E6", meaning: "Independent living without support"),
        .init(code: "E7", meaning: "Adult social care residential"),
        .init(code: "E8", meaning: "Ceased for any other reason"),
        .init(code: "E9", meaning: "Sentenced to custody"),
    ]

    public static let reasonsForPlacementChange: [Code] = [
        .init(code: "CARPL", meaning: "Change to or implementation of the care plan"),
        .init(code: "CLOSE", meaning: "Provision resigned or closed"),
        .init(code: "ALLEG", meaning: "Allegation (s47)"),
        .init(code: "STAND", meaning: "Standards of care concern"),
        .init(code: "APPRR", meaning: "Approval removed"),
        .init(code: "CREQB", meaning: "Carer asked to end it: child's behaviour"),
        .init(code: "CREQO", meaning: "Carer asked to end it: other reason"),
        .init(code: "CHILD", meaning: "Child asked for it to end"),
        .init(code: "LAREQ", meaning: "Authority asked for it to end"),
        .init(code: "PLACE", meaning: "Change in the status of the placement only"),
        .init(code: "CUSTOD", meaning: "Custody arrangement"),
        .init(code: "OTHER", meaning: "Other"),
    ]

    /// Codes for endings the child and carers did not plan for: what inspectors call
    /// a "no notice" ending.
    public static let unplannedEndingCodes: Set<String> = ["CREQB", "CREQO", "CHILD", "ALLEG", "STAND", "APPRR", "CLOSE", "E4B"]

    public static func index(of code: some StringProtocol, in table: [Code]) -> UInt8? {
        table.firstIndex(where: { $0.code == code }).map(UInt8.init)
    }
}
