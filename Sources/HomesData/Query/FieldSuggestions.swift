/// The field form of free-text words that are exactly a field's value: `birmingham
/// inadequate` → `la:birmingham`, `rating:inadequate`. Free text finds those homes too,
/// but also any home whose name or owner holds the word; the browser's status line
/// offers the field form so people learn the precise query from the one they typed.
public enum FieldSuggestions {
    /// One suggestion per free-text word that names a value exactly (ignoring case and
    /// punctuation), in the order typed: the word as typed and the clause to write.
    public static func forQuery(_ query: Query, index: SnapshotIndex) -> [(word: String, clause: String)] {
        var out: [(word: String, clause: String)] = []
        for clause in query.clauses where clause.field == nil && !clause.negated {
            guard case .text(let folded, let raw)? = clause.values.first else { continue }
            if let suggestion = fieldForm(folded, index: index) { out.append((raw, suggestion)) }
        }
        return out
    }

    /// `field:value` for a folded word naming a rating, sector, authority, region or
    /// provision type exactly; nil when it names none.
    static func fieldForm(_ folded: [UInt8], index: SnapshotIndex) -> String? {
        for field in [QueryField.rating, .sector] {
            for k in field.keywords where k.code != 0 && k.aliases.contains(where: { TextFolding.fold($0) == folded && $0.count > 2 }) {
                return "\(field.canonicalName):\(k.token)"
            }
        }
        if let sector = Sector.allCases.first(where: { TextFolding.fold($0.ofstedName) == folded }) {
            return "sector:\(sector.keyword)"
        }
        for field in [QueryField.authority, .region, .type] {
            guard let terms = index.vocabulary(for: field) else { continue }
            if let term = terms.first(where: { $0.folded == folded }) { return "\(field.canonicalName):\(term.token)" }
        }
        return nil
    }
}
