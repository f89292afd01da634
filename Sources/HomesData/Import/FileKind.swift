/// Tells Ofsted's published files (and SSDA903 episodes) apart by their header row.
///
/// Every kind is recognised by what its header HAS, never by elimination: a file
/// named like Ofsted's but holding something else must not be read as providers and
/// quietly turn its rows into homes. Names are never consulted (people rename files;
/// the 2023 closed list would otherwise pass for a providers file). A header that
/// matches no kind gives nil, and the caller reports the columns it saw.
extension ImportFileKind {
    /// Fields that belong to an inspection event (the latest, the row's, the previous).
    static let inspectionFields: Set<OfstedField> = [
        .eventType, .eventDate, .publicationDate, .eventNumber,
        .overall, .education, .health, .helpedAndProtected, .leadersAndManagers,
    ]

    /// The kind of file a header row belongs to, or nil when it is none of them.
    ///
    /// - providers at a date: URN, provision type and inspection columns prefixed
    ///   "Latest …" (2023 drops the prefix from the judgements but keeps it on the
    ///   event type, date and number);
    /// - providers in year: URN, provision type and an inspection date or event
    ///   number with no "Latest" prefix;
    /// - places list: URN, provision type and registration status, no inspection
    ///   column at all;
    /// - closed list: URN, registration status and a closure date ("Date closed"),
    ///   neither provision type nor inspection columns;
    /// - local authorities: an authority name column and "Overall effectiveness",
    ///   no URN;
    /// - episodes: CHILD and DECOM (SSDA903's names or their aliases).
    public static func recognise(header: [String]) -> ImportFileKind? {
        if EpisodesFile.looksLikeEpisodes(header) { return .episodes }
        var fields = Set<OfstedField>()
        var latestInspection = false
        for h in header {
            guard case .field(let f, _) = OfstedColumns.meaning(ofHeader: h) else { continue }
            fields.insert(f)
            if inspectionFields.contains(f), OfstedColumns.normalise(h).hasPrefix("latest ") { latestInspection = true }
        }
        let hasInspections = !fields.isDisjoint(with: inspectionFields)
        if fields.contains(.urn) {
            if fields.contains(.provisionType) {
                if latestInspection { return .providersAtDate }
                if fields.contains(.eventDate) || fields.contains(.eventNumber) { return .providersInYear }
                if !hasInspections && fields.contains(.status) { return .placesList }
            } else if fields.contains(.status) && fields.contains(.closureDate) && !hasInspections {
                return .closedList
            }
            return nil
        }
        if fields.contains(.authorityOverall) && (fields.contains(.authorityName) || fields.contains(.localAuthority)) {
            return .authorities
        }
        return nil
    }

    /// Files that say who is on Ofsted's register on their date. Two of the same
    /// date (the providers file and the places list) count as one register.
    public var isRegister: Bool { self == .providersAtDate || self == .placesList }

    /// Files whose rows are providers (homes) rather than authorities or episodes.
    var listsHomes: Bool { self == .providersAtDate || self == .providersInYear || self == .placesList || self == .closedList }

    /// What the user is told when a header is none of the kinds: the columns seen,
    /// quoted and made printable (a hostile header cannot reach the terminal raw).
    static func unrecognisedMessage(header: [String]) -> String {
        let shown = header.prefix(12).map { CSVReader.printable($0) }.joined(separator: ", ")
        let more = header.count > 12 ? ", … (\(header.count) columns)" : ""
        return "not a file of Ofsted's nor an episodes file: its header has \(shown)\(more); expected the columns of a "
            + "provider file (URN, Provision type, …), the places list, the closed children's homes list (URN, Registration status, Date closed), "
            + "the LA-level file (Local authority name, Overall effectiveness) or SSDA903 episodes (CHILD, DECOM, …); file not imported"
    }
}

extension CSVRecord {
    /// Every cell empty or spaces: Ofsted's exports end with hundreds of `,,,,` lines.
    var isBlank: Bool { fields.allSatisfy { $0.trimmedCell.isEmpty } }
}
