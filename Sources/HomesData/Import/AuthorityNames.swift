/// Matches the authority names in Ofsted's files to `EnglishAuthorities.all`.
///
/// Ofsted's own spellings drift between files ("Richmond Upon Thames", "Bournemouth,
/// Christchurch and Poole" beside "…& Poole"), so both the Ofsted and the ONS
/// spelling of each authority are keys, compared after folding case, `&`, hyphens,
/// "City of" and punctuation. Names that still match nothing (Cumbria, abolished in
/// 2023) are the importer's to report.
public enum AuthorityNames {
    /// Index into `EnglishAuthorities.all`, or nil.
    public static func index(of name: String) -> Int? {
        if let exact = exactTable[name] { return exact }
        return table[fold(name)]
    }

    /// The spellings as published, looked up before any folding (nearly every row).
    static let exactTable: [String: Int] = {
        var t: [String: Int] = [:]
        for (i, a) in EnglishAuthorities.all.enumerated() {
            t[a.ofstedName] = i
            if t[a.name] == nil { t[a.name] = i }
        }
        return t
    }()

    static let table: [String: Int] = {
        var t: [String: Int] = [:]
        for (i, a) in EnglishAuthorities.all.enumerated() {
            t[fold(a.ofstedName)] = i
            t[fold(a.name)] = i
        }
        return t
    }()

    static func fold(_ name: String) -> String {
        var s = OfstedColumns.normalise(name)
        for drop in [", city of", " city of", "city of ", " city council", " council", "."] {
            s = s.replacingAll(drop, with: "")
        }
        s = s.replacingAll(",", with: "")
        s = s.replacingAll("saint ", with: "st ")
        return s.trimmedCell
    }
}
