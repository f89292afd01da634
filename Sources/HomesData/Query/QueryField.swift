/// A field of the query language: what `name:` in `name:value` refers to.
public enum QueryField: String, CaseIterable, Sendable, Hashable {
    case urn, name, organisation, authority, region, type, sector, status, places
    /// Figures from the home's placements (`HomePlacementFigures`).
    case placements, occupancy, unplanned, moves
    case rating, safety, leaders, education, health
    case inspected, registered, needs, child
    case closed, trend, changed
    /// Homes of one owner by normalised name (`OwnerName.key`): what the summary's
    /// owner rows narrow the list with, every spelling of the owner included.
    case ownedBy = "owned-by"

    /// The kind of value a field takes decides how its values parse and compare.
    public enum Kind: Sendable { case text, keyword, number, date }

    public var kind: Kind {
        switch self {
        case .urn, .name, .organisation, .authority, .region, .type, .needs, .child, .ownedBy: .text
        case .sector, .status, .rating, .safety, .leaders, .education, .health, .trend, .changed: .keyword
        case .places, .placements, .occupancy, .unplanned, .moves: .number
        case .inspected, .registered, .closed: .date
        }
    }

    /// The spelling written into the query line by the filter panel.
    public var canonicalName: String {
        switch self {
        case .organisation: "org"
        case .authority: "la"
        default: rawValue
        }
    }

    /// Every spelling a user may type, canonical first.
    public var names: [String] {
        switch self {
        case .urn: ["urn"]
        case .name: ["name"]
        case .organisation: ["org", "organisation", "organization", "owner"]
        case .authority: ["la", "authority"]
        case .region: ["region"]
        case .type: ["type", "provision"]
        case .sector: ["sector"]
        case .status: ["status"]
        case .places: ["places"]
        case .placements: ["placements"]
        case .occupancy: ["occupancy", "occupied"]
        case .unplanned: ["unplanned"]
        case .moves: ["moves"]
        case .rating: ["rating", "r", "overall"]
        case .safety: ["safety", "protected"]
        case .leaders: ["leaders", "leadership"]
        case .education: ["education"]
        case .health: ["health"]
        case .inspected: ["inspected"]
        case .registered: ["registered"]
        case .needs: ["needs", "need"]
        case .child: ["child"]
        case .closed: ["closed"]
        case .trend: ["trend"]
        case .changed: ["changed", "change"]
        case .ownedBy: ["owned-by"]
        }
    }

    /// Finds a field by any of its spellings, case-insensitively.
    public init?(name: some StringProtocol) {
        let n = name.lowercased()
        guard let f = QueryField.byName[n] else { return nil }
        self = f
    }

    static let byName: [String: QueryField] = {
        var d: [String: QueryField] = [:]
        for f in QueryField.allCases { for n in f.names { d[n] = f } }
        return d
    }()

    /// All spellings, for "did you mean" suggestions.
    static let allNames: [String] = QueryField.allCases.flatMap(\.names)

    /// The keyword values a keyword field accepts, canonical token first in each
    /// group, mapped to the code stored in the index column (0 = none).
    var keywords: [(token: String, aliases: [String], code: UInt8)] {
        switch self {
        case .rating, .safety, .leaders, .education, .health:
            return [
                ("outstanding", ["o", "outstanding"], Judgement.outstanding.rawValue),
                ("good", ["g", "good"], Judgement.good.rawValue),
                ("ri", ["ri", "requires-improvement", "requires-improvement-to-be-good", "requires improvement", "requires improvement to be good"], Judgement.requiresImprovement.rawValue),
                ("inadequate", ["i", "inadequate"], Judgement.inadequate.rawValue),
                ("none", ["none", "unrated", "never"], 0),
            ]
        case .sector:
            return Sector.allCases.map { s in
                let aliases: [String] = switch s {
                case .localAuthority: ["la", "local-authority", "local authority", "council"]
                case .privateSector: ["private"]
                case .voluntary: ["voluntary", "charity"]
                case .academy: ["academy"]
                case .healthAuthority: ["health", "health-authority", "health authority", "nhs"]
                }
                return (s.keyword, aliases, s.rawValue)
            } + [("none", ["none"], 0)]
        case .status:
            // `closed` is every way of leaving the register (resigned, cancelled,
            // closed); `open` and `any` are not statuses but what people ask for.
            return [("open", ["open", "registered"], StatusCode.open),
                    ("active", ["active"], RegistrationStatus.active.rawValue),
                    ("suspended", ["suspended"], RegistrationStatus.suspended.rawValue),
                    ("closed", ["closed", "left"], StatusCode.closed),
                    ("resigned", ["resigned"], RegistrationStatus.resigned.rawValue),
                    ("cancelled", ["cancelled", "canceled"], RegistrationStatus.cancelled.rawValue),
                    ("any", ["any", "all"], StatusCode.any),
                    ("none", ["none"], 0)]
        case .trend:
            return [("up", ["up", "better", "improved"], RatingTrend.up.rawValue),
                    ("down", ["down", "worse", "declined"], RatingTrend.down.rawValue),
                    ("same", ["same", "unchanged"], RatingTrend.same.rawValue),
                    ("none", ["none"], 0)]
        case .changed:
            return ChangeKind.allCases.enumerated().map { i, k in
                let aliases: [String] = switch k {
                case .registered: ["registered", "opened", "new"]
                case .closed: ["closed"]
                case .ratingUp: ["rating-up", "up"]
                case .ratingDown: ["rating-down", "down"]
                case .firstRating: ["first-rating", "first", "rated"]
                case .places: ["places"]
                case .owner: ["owner", "organisation", "org"]
                case .status: ["status", "suspension"]
                }
                return (k.rawValue, aliases, UInt8(i + 1))
            } + [("any", ["any", "yes"], StatusCode.any), ("none", ["none", "no"], 0)]
        default:
            return []
        }
    }

    /// The values whose spellings begin with `value`, each once in the field's order,
    /// as the spelling that begins so (`c` → closed, cancelled; `re` → registered, resigned).
    func keywordsBeginning(_ value: String) -> [String] {
        let v = value.lowercased()
        guard !v.isEmpty else { return [] }
        return keywords.compactMap { k in k.token.hasPrefix(v) ? k.token : k.aliases.first { $0.hasPrefix(v) } }
    }

    /// The canonical token for a keyword value as typed (`o` → `outstanding`), if any.
    func keywordToken(for value: String) -> (token: String, code: UInt8)? {
        let v = value.lowercased()
        for k in keywords where k.aliases.contains(v) { return (k.token, k.code) }
        // A value being typed in the query line ("inad", "vol") is accepted as soon as
        // it can mean only one thing, so the list narrows on every keystroke.
        guard !v.isEmpty else { return nil }
        let candidates = keywords.filter { k in k.aliases.contains { $0.hasPrefix(v) } }
        return candidates.count == 1 ? (candidates[0].token, candidates[0].code) : nil
    }
}

/// Status values that are not a single `RegistrationStatus`: codes above any
/// status's raw value, matched by the index rather than compared with the column.
enum StatusCode {
    static let open: UInt8 = 0xF0
    static let closed: UInt8 = 0xF1
    static let any: UInt8 = 0xF2
}
