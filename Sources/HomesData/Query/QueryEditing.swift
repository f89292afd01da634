/// Pure edits of query text, so the filter panel and the query line never
/// disagree: the panel's state is read from the text and every toggle is written
/// back into it, leaving everything else the user typed as it was.
public enum QueryEditing {
    /// Adds `value` to the query's `field:` clause for `facet` (creating
    /// `field:value` at the end if there is none), or removes it if the query already
    /// selects it (removing the clause when it was the last value).
    public static func toggling(_ facet: Facet, value: String, in text: String) -> String {
        let chars = Array(text)
        let token = canonical(facet, value, quoted: false)
        let clauses = QueryLexer(text).clauses(lenient: true).clauses.filter { isSelecting($0, facet) }
        for clause in clauses {
            guard let hit = clause.values.firstIndex(where: { canonical(facet, $0.text, quoted: $0.quoted) == token }) else { continue }
            if clause.values.count == 1 { return removing(clause.span, from: chars) }
            // Drop the value and one adjacent comma.
            let v = clause.values[hit]
            let cut = hit == 0 ? v.span.lowerBound..<clause.values[1].span.lowerBound
                               : clause.values[hit - 1].span.upperBound..<v.span.upperBound
            return String(chars[..<cut.lowerBound]) + String(chars[cut.upperBound...])
        }
        let written = format(value)
        if let clause = clauses.first {
            let at = clause.values.last!.span.upperBound
            return String(chars[..<at]) + "," + written + String(chars[at...])
        }
        var head = text
        while head.last?.isWhitespace == true { head.removeLast() }
        return (head.isEmpty ? "" : head + " ") + facet.field.canonicalName + ":" + written
    }

    /// The query with every `field:` clause removed and its free text kept.
    public static func clearingFilters(in text: String) -> String {
        var chars = Array(text)
        let clauses = QueryLexer(text).clauses(lenient: true).clauses
        for clause in clauses.reversed() where clause.fieldName != nil {
            chars = Array(removing(clause.span, from: chars))
        }
        return String(chars)
    }

    /// The facet values the query selects (positive `field:a,b` clauses), as the
    /// canonical tokens `facetCounts` reports (`rating:o` selects `outstanding`).
    public static func selectedValues(_ facet: Facet, in text: String) -> Set<String> {
        var out: Set<String> = []
        for clause in QueryLexer(text).clauses(lenient: true).clauses where isSelecting(clause, facet) {
            for v in clause.values { out.insert(canonical(facet, v.text, quoted: v.quoted)) }
        }
        return out
    }

    private static func isSelecting(_ clause: QueryLexer.Clause, _ facet: Facet) -> Bool {
        guard let name = clause.fieldName, !clause.negated, clause.op == .colon else { return false }
        return QueryField(name: name) == facet.field
    }

    /// The token a typed value stands for, so `o`, `O` and `outstanding` are one value.
    static func canonical(_ facet: Facet, _ value: String, quoted: Bool) -> String {
        let field = facet.field
        switch field.kind {
        case .keyword:
            return field.keywordToken(for: value)?.token ?? value.lowercased()
        case .number:
            return value.lowercased()
        case .date:
            let v = value.lowercased()
            return v == "none" ? "never" : v
        case .text:
            if !quoted, value.lowercased() == "none" { return "none" }
            return TextFolding.slug(value)
        }
    }

    /// A value as it must be written: quoted if it holds a space, comma or quote.
    static func format(_ value: String) -> String {
        if value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "," || $0 == "\"" }) {
            return "\"" + value.filter { $0 != "\"" } + "\""
        }
        return value
    }

    /// `chars` without `span`, leaving one space where it joined two clauses.
    private static func removing(_ span: Range<Int>, from chars: [Character]) -> String {
        var lo = span.lowerBound, hi = span.upperBound
        while lo > 0, chars[lo - 1].isWhitespace { lo -= 1 }
        while hi < chars.count, chars[hi].isWhitespace { hi += 1 }
        let joiner = lo > 0 && hi < chars.count ? " " : ""
        return String(chars[..<lo]) + joiner + String(chars[hi...])
    }
}
