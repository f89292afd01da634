/// Turns lexed clauses into `QueryClause`s, checking every value against its field.
struct QueryParser {
    let text: String
    let index: SnapshotIndex?

    func parse() throws(QueryError) -> Query {
        let (raw, failure) = QueryLexer(text).clauses()
        if let failure { throw QueryError(text: text, message: failure.message, offset: failure.offset, suggestion: failure.suggestion) }
        var clauses: [QueryClause] = []
        var next = 0
        while next < raw.count {
            var r = raw[next]
            next += 1
            // `rating:requires improvement`, `type:childrens home`: the words after a value
            // belong to it while together they still name a value of the field.
            while next < raw.count, let word = Self.bareWord(raw[next]), let joined = joining(r, word) {
                r.values[0].text = joined
                r.values[0].span = r.values[0].span.lowerBound..<raw[next].span.upperBound
                r.span = r.span.lowerBound..<raw[next].span.upperBound
                next += 1
            }
            guard let name = r.fieldName else {
                let folded = TextFolding.fold(r.values[0].text)
                if folded.isEmpty {
                    if r.negated { throw QueryError(text: text, message: "nothing to exclude after '-'", offset: r.span.lowerBound) }
                    continue // punctuation alone ("&") searches for nothing
                }
                clauses.append(QueryClause(field: nil, negated: r.negated, values: [.text(folded: folded, raw: r.values[0].text)]))
                continue
            }
            guard let field = QueryField(name: name) else {
                throw QueryError(text: text, message: "unknown field '\(name)'", offset: r.fieldSpan.lowerBound,
                                 suggestion: EditDistance.nearest(name, in: QueryField.allNames))
            }
            var values: [QueryValue] = []
            for v in r.values {
                values.append(try value(v, field: field, clause: r))
            }
            clauses.append(QueryClause(field: field, negated: r.negated, values: values))
        }
        return Query(text: text, clauses: clauses)
    }

    /// The word of a plain free-text clause (not negated, not quoted), which may extend
    /// the value before it.
    static func bareWord(_ clause: QueryLexer.Clause) -> String? {
        guard clause.fieldName == nil, !clause.negated, clause.values.count == 1, !clause.values[0].quoted else { return nil }
        return clause.values[0].text
    }

    /// The clause's single unquoted value followed by `word`, when the two together
    /// still name a value of the field: a keyword some alias of which begins so
    /// (`requires improvement`), or words that name or are part of a provision type,
    /// authority, region or need of the snapshot (`childrens home`, `north yorkshire`).
    /// Nil when the word is better read as free text.
    func joining(_ clause: QueryLexer.Clause, _ word: String) -> String? {
        guard let name = clause.fieldName, let field = QueryField(name: name), clause.op == .colon,
              clause.values.count == 1, !clause.values[0].quoted else { return nil }
        let joined = clause.values[0].text + " " + word
        switch field.kind {
        case .keyword:
            let typed = joined.lowercased()
            return field.keywords.contains { $0.aliases.contains { $0.hasPrefix(typed) } } ? joined : nil
        case .text:
            guard let index, let vocabulary = index.vocabulary(for: field) else { return nil }
            return index.matchingTerms(TextFolding.fold(joined), in: vocabulary).isEmpty ? nil : joined
        case .number, .date:
            return nil
        }
    }

    /// Whole tokens first, then their single words (values match by substring, so
    /// `type:secure` is as good an answer to `type:sceure` as the full type).
    static func suggestions(_ vocabulary: [IndexTerm]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for t in vocabulary where seen.insert(t.token).inserted { out.append(t.token) }
        for t in vocabulary {
            for w in t.token.split(separator: "-") where w.count > 2 && seen.insert(String(w)).inserted { out.append(String(w)) }
        }
        return out
    }

    private func error(_ message: String, _ offset: Int, _ suggestion: String? = nil) -> QueryError {
        QueryError(text: text, message: message, offset: offset, suggestion: suggestion)
    }

    func value(_ v: QueryLexer.Value, field: QueryField, clause: QueryLexer.Clause) throws(QueryError) -> QueryValue {
        let fieldName = clause.fieldName ?? field.canonicalName
        let valueOffset = v.span.lowerBound + (v.quoted ? 1 : 0)
        switch field.kind {
        case .text:
            guard clause.op == .colon else {
                throw error("'\(fieldName)' is text and cannot be compared with '\(opText(clause.op))'; write \(fieldName):value", clause.opOffset)
            }
            if !v.quoted, v.text.lowercased() == "none", field != .urn, field != .child { return .missing }
            let folded = field == .child ? Array(v.text.utf8) : TextFolding.fold(v.text)
            guard !folded.isEmpty else { throw error("expected letters or digits to search for in '\(fieldName):'", valueOffset) }
            if let index, let vocabulary = index.vocabulary(for: field), index.matchingTerms(folded, in: vocabulary).isEmpty {
                throw error("no \(field.noun) in this snapshot matches '\(v.text)'", valueOffset,
                            EditDistance.nearest(TextFolding.slug(v.text), in: Self.suggestions(vocabulary)))
            }
            return .text(folded: folded, raw: v.text)
        case .keyword:
            guard clause.op == .colon else {
                throw error("'\(fieldName)' takes words, not comparisons; write e.g. \(fieldName):\(field.keywords.map(\.token).prefix(2).joined(separator: ","))", clause.opOffset)
            }
            if let k = field.keywordToken(for: v.text) { return .keyword(k.code) }
            // A beginning shared by several values (`status:c`) names them, so the
            // next letter to type is plain.
            let meanings = field.keywordsBeginning(v.text)
            if meanings.count > 1 {
                let list = meanings.dropLast().joined(separator: ", ") + " or " + meanings.last!
                throw error("'\(v.text)' could mean \(list): type more of it", valueOffset)
            }
            let tokens = field.keywords.map(\.token)
            let list = tokens.dropLast().joined(separator: ", ") + " or " + tokens.last!
            throw error("'\(v.text)' is not a \(field.noun): use \(list)", valueOffset,
                        EditDistance.nearest(v.text, in: field.keywords.flatMap { [$0.token] + $0.aliases.filter { $0.count > 2 } }))
        case .number:
            // Occupancy is a percentage and may be written as one: `occupancy>=90%`.
            let text = field == .occupancy && v.text.hasSuffix("%") ? String(v.text.dropLast()) : v.text
            return try number(text, at: valueOffset, op: clause.op, quoted: v.quoted, fieldName: fieldName)
        case .date:
            return try date(v.text, at: valueOffset, op: clause.op, quoted: v.quoted)
        }
    }

    private func opText(_ op: QueryLexer.Operator) -> String {
        switch op {
        case .colon: ":"
        case .greaterOrEqual: ">="
        case .greater: ">"
        case .lessOrEqual: "<="
        case .less: "<"
        }
    }

    // MARK: numbers

    private func number(_ s: String, at offset: Int, op: QueryLexer.Operator, quoted: Bool, fieldName: String) throws(QueryError) -> QueryValue {
        if s.lowercased() == "none", op == .colon, !quoted { return .missing }
        let chars = Array(s)
        func integer(_ r: Range<Int>) throws(QueryError) -> Int? {
            if r.isEmpty { return nil }
            var n = 0
            for i in r {
                guard let d = chars[i].wholeNumberValue, chars[i].isASCII else {
                    throw error("expected a number (e.g. \(fieldName)>=4, \(fieldName):2..5)", offset + i)
                }
                n = n * 10 + d
                if n > Int(Int32.max) { throw error("this number is too large", offset + r.lowerBound) }
            }
            return n
        }
        if op == .colon, let dots = s.range(of: "..") {
            let lo = s.distance(from: s.startIndex, to: dots.lowerBound)
            let hi = lo + 2
            let lower = try integer(0..<lo), upper = try integer(hi..<chars.count)
            if lower == nil, upper == nil { throw error("expected a number before or after '..'", offset + lo) }
            if let lower, let upper, lower > upper { throw error("the range is empty: \(lower) is more than \(upper)", offset) }
            return .numbers(lower: lower, upper: upper)
        }
        guard let n = try integer(0..<chars.count) else { throw error("expected a number", offset) }
        switch op {
        case .colon: return .numbers(lower: n, upper: n)
        case .greaterOrEqual: return .numbers(lower: n, upper: nil)
        case .greater: return .numbers(lower: n + 1, upper: nil)
        case .lessOrEqual: return .numbers(lower: nil, upper: n)
        case .less: return .numbers(lower: nil, upper: n - 1)
        }
    }

    // MARK: dates

    /// A date as typed covers a span: `2023` is the whole year, `2023-04` the month.
    private func datePoint(_ s: Substring, at offset: Int) throws(QueryError) -> (first: DateBound, last: DateBound) {
        let hint = "expected a date: 2023-04-01, 2023-04, 2023, or one relative to the snapshot date like -12m, -2y, -30d"
        let lower = s.lowercased()
        if lower == "today" || lower == "now" {
            let b = DateBound(.relative(months: 0, days: 0))
            return (b, b)
        }
        if s.first == "-" {
            let body = s.dropFirst()
            guard let unit = body.last, let n = Int(body.dropLast()), n >= 0, n < 100_000, body.dropLast().allSatisfy(\.isASCII) else {
                throw error(hint, offset)
            }
            let b: DateBound
            switch unit.lowercased() {
            case "d": b = DateBound(.relative(months: 0, days: -n))
            case "w": b = DateBound(.relative(months: 0, days: -7 * n))
            case "m": b = DateBound(.relative(months: -n, days: 0))
            case "y": b = DateBound(.relative(months: -12 * n, days: 0))
            default: throw error("unknown unit '\(unit)': use d (days), w (weeks), m (months) or y (years)", offset + s.count - 1)
            }
            return (b, b)
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        func num(_ p: Substring, digits: Int, partOffset: Int) throws(QueryError) -> Int {
            guard p.count == digits, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else { throw error(hint, offset + partOffset) }
            return n
        }
        guard (1...3).contains(parts.count) else { throw error(hint, offset) }
        let y = try num(parts[0], digits: 4, partOffset: 0)
        if parts.count == 1 {
            return (DateBound(.day(Day(year: y, month: 1, day: 1)!)), DateBound(.day(Day(year: y, month: 12, day: 31)!)))
        }
        let m = try num(parts[1], digits: 2, partOffset: 5)
        guard (1...12).contains(m), y >= 1 else { throw error("there is no month \(parts[1])", offset + 5) }
        if parts.count == 2 {
            return (DateBound(.day(Day(year: y, month: m, day: 1)!)),
                    DateBound(.day(Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!)))
        }
        let d = try num(parts[2], digits: 2, partOffset: 8)
        guard let day = Day(year: y, month: m, day: d) else { throw error("there is no such date as \(s)", offset) }
        return (DateBound(.day(day)), DateBound(.day(day)))
    }

    private func date(_ s: String, at offset: Int, op: QueryLexer.Operator, quoted: Bool) throws(QueryError) -> QueryValue {
        let lower = s.lowercased()
        if op == .colon, !quoted, lower == "never" || lower == "none" { return .missing }
        if op == .colon, let dots = s.range(of: "..") {
            let lo = s.distance(from: s.startIndex, to: dots.lowerBound)
            let left = s[..<dots.lowerBound], right = s[dots.upperBound...]
            if left.isEmpty, right.isEmpty { throw error("expected a date before or after '..'", offset + lo) }
            let a = left.isEmpty ? nil : try datePoint(left, at: offset)
            let b = right.isEmpty ? nil : try datePoint(right, at: offset + lo + 2)
            // An empty range is a mistake (the ends swapped), as for numbers, not a
            // quiet list of nothing. Relative ends are compared at the snapshot date,
            // or any date when there is none yet: their order is the same on all.
            if let a, let b {
                let asOf = index?.asOf ?? Day(year: 2000, month: 1, day: 1)!
                let first = a.first.resolved(asOf: asOf), last = b.last.resolved(asOf: asOf)
                if first > last {
                    throw error("the range is empty: \(left) is after \(right); write the earlier date first", offset)
                }
            }
            return .dates(lower: a?.first, upper: b?.last)
        }
        let p = try datePoint(Substring(s), at: offset)
        switch op {
        case .colon: return .dates(lower: p.first, upper: p.last)
        case .greaterOrEqual: return .dates(lower: p.first, upper: nil)
        case .greater: return .dates(lower: DateBound(p.last.anchor, adjustment: 1), upper: nil)
        case .lessOrEqual: return .dates(lower: nil, upper: p.last)
        case .less: return .dates(lower: nil, upper: DateBound(p.first.anchor, adjustment: -1))
        }
    }
}

extension QueryField {
    /// What one value of the field is called in messages.
    var noun: String {
        switch self {
        case .authority: "local authority"
        case .type: "provision type"
        case .needs: "registered need"
        case .rating: "rating"
        case .safety, .leaders, .education, .health: "judgement"
        case .trend: "trend"
        case .changed: "kind of change"
        case .closed: "closure date"
        default: rawValue
        }
    }
}
