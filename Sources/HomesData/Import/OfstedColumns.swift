/// What a column of an Ofsted CSV holds, once its header has been recognised.
public enum OfstedField: Int, Sendable, Hashable, CaseIterable {
    // Providers
    case urn, provisionType, registrationDate, status, name, ofstedRegion, region, localAuthority
    case sector, places, shortBreakOnly, multiBuilding, organisation, closureDate
    // An inspection event (the latest, the previous, or the event of an in-year row)
    case eventType, eventDate, publicationDate, eventNumber
    case overall, education, health, helpedAndProtected, leadersAndManagers
    // Local authority children's services (ILACS)
    case authorityName, authorityOverall, authorityLeaders, authorityHelpAndProtection, authorityChildrenInCare
}

/// Which inspection a column describes: Ofsted's provider files carry the latest
/// full inspection, the event of the row (in-year files), or the one before.
public enum InspectionGroup: String, Sendable, Hashable {
    case current, previous
}

/// How one header was understood.
public enum ColumnMeaning: Sendable, Hashable {
    case field(OfstedField, InspectionGroup)
    /// Known to Ofsted's files and deliberately not imported (web links, addresses…).
    case ignored
    case unknown
}

/// Recognises Ofsted's column headers across the yearly variants.
///
/// Headers are normalised (lower-case, typographic apostrophes and dashes made
/// plain, `&` spelled out, spaces collapsed), Ofsted's prefixes ("Latest full
/// inspection", "Inspection", "Previous full inspection") stripped and remembered as
/// the inspection group, and the remainder looked up in a table of known names. So
/// "Latest full inspectio health services" (2022), "Inspection health services" and
/// "Health services" (2023) all land on the same field.
public enum OfstedColumns {
    public static func meaning(ofHeader header: String) -> ColumnMeaning {
        let h = normalise(header)
        if h.isEmpty { return .ignored }
        if let f = unprefixed[h] { return .field(f, .current) }
        if ignoredNames.contains(h) { return .ignored }
        for (prefix, group) in prefixes where h.hasPrefix(prefix) {
            let rest = String(h.dropFirst(prefix.count))
            if let f = inspectionFields[rest] { return .field(f, group) }
            if let f = authorityFields[rest], group == .current { return .field(f, .current) }
        }
        if let f = inspectionFields[h] { return .field(f, .current) }
        if let f = authorityFields[h] { return .field(f, .current) }
        return .unknown
    }

    /// Lower-case, plain apostrophes and hyphens-as-spaces, `&` as "and", single spaces.
    public static func normalise(_ header: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in header.lowercased().unicodeScalars {
            var c = ch
            switch ch.value {
            case 0x2018, 0x2019, 0x02BC, 0x60, 0xB4: c = "'"
            case 0x2010...0x2015, 0x2D, 0x5F: c = " "
            case 0xA0, 0x09, 0x0A, 0x0D, 0xFEFF: c = " "
            default: break
            }
            if c == "&" { if !out.isEmpty { pendingSpace = true }; out += pendingSpace ? " and" : "and"; pendingSpace = true; continue }
            if c == " " { if !out.isEmpty { pendingSpace = true }; continue }
            if c == ":" || c == "*" { continue }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(c)
        }
        for (typo, fix) in typos { out = out.replacingAll(typo, with: fix) }
        return out
    }

    /// Longest first, so "latest full inspection" wins over "inspection".
    static let prefixes: [(String, InspectionGroup)] = [
        ("latest full inspection ", .current),
        ("latest inspection ", .current),
        ("previous full inspection ", .previous),
        ("previous inspection ", .previous),
        ("previous ", .previous),
        ("inspection ", .current),
    ]

    /// Misspellings seen in Ofsted's headers, corrected before lookup.
    static let typos: [(String, String)] = [
        ("inspectio ", "inspection "),
        ("inspeciton", "inspection"),
    ]

    static let unprefixed: [String: OfstedField] = [
        "urn": .urn, "provider urn": .urn, "social care urn": .urn,
        "provision type": .provisionType, "type of provision": .provisionType,
        "registration date": .registrationDate, "date of registration": .registrationDate,
        "registration status": .status, "status": .status,
        "name": .name, "provider name": .name, "setting name": .name,
        "ofsted region": .ofstedRegion,
        "government office region": .region, "region": .region,
        "local authority": .localAuthority, "la": .localAuthority, "la name": .localAuthority,
        "local authority name": .authorityName,
        "sector": .sector, "provider sector": .sector,
        "places": .places, "number of places": .places, "registered places": .places,
        "maximum number of places": .places,
        "short break only children's home": .shortBreakOnly, "short break only": .shortBreakOnly,
        "multi building children's home": .multiBuilding, "multi building": .multiBuilding,
        "organisation which owns the provider": .organisation, "organisation": .organisation, "organisation name": .organisation,
        "owner": .organisation, "provider owner": .organisation,
        "closure date": .closureDate, "date closed": .closureDate, "resignation date": .closureDate,
    ]

    static let inspectionFields: [String: OfstedField] = [
        "event type": .eventType, "type": .eventType,
        "date": .eventDate, "start date": .eventDate, "inspection date": .eventDate,
        "publication date": .publicationDate, "published": .publicationDate, "report publication date": .publicationDate,
        "event number": .eventNumber, "inspection number": .eventNumber,
        "overall experiences and progress of children and young people": .overall,
        "overall experiences and progress of children": .overall,
        "outcomes in education and related learning activities": .education,
        "health services": .health,
        "how well children and young people are helped and protected": .helpedAndProtected,
        "how well children are helped and protected": .helpedAndProtected,
        "the effectiveness of leaders and managers": .leadersAndManagers,
        "effectiveness of leaders and managers": .leadersAndManagers,
    ]

    static let authorityFields: [String: OfstedField] = [
        "overall effectiveness": .authorityOverall,
        "impact of leaders": .authorityLeaders,
        "the impact of leaders on social work practice with children and families": .authorityLeaders,
        "impact of leaders on social work practice with children and families": .authorityLeaders,
        "experiences and progress of children who need help and protection": .authorityHelpAndProtection,
        "the experiences and progress of children who need help and protection": .authorityHelpAndProtection,
        "experiences and progress of children in care and care leavers": .authorityChildrenInCare,
        "the experiences and progress of children in care and care leavers": .authorityChildrenInCare,
        "experiences and progress of children in care": .authorityChildrenInCare,
    ]

    /// Columns that carry nothing `homes` keeps: links, addresses (children's homes'
    /// are redacted anyway, and addresses are not imported), constituencies, the
    /// linked school's URN, Ofsted's region in the LA file (the region comes from
    /// the authorities table).
    static let ignoredNames: Set<String> = [
        "web link", "weblink", "link", "linked education urn",
        "address 1", "address 2", "address 3", "address line 1", "address line 2", "address line 3",
        "town", "county", "postcode", "post code",
        "parliamentary constituency", "constituency",
    ]
}

extension String {
    /// Every occurrence of `target` replaced, by plain UTF-8 comparison (no Foundation,
    /// whose `range(of:)` dominated the import's time).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return self }
        let u = Array(utf8)
        guard u.count >= t.count else { return self }
        var out: [UInt8] = []
        var i = 0
        var changed = false
        while i < u.count {
            if u[i] == first, i + t.count <= u.count, u[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
                changed = true
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}
