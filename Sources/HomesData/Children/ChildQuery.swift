/// The children list's own query: the homes' language (same lexer, same numbers and
/// authority names, same errors with a caret and "did you mean") over fields that
/// belong to a child. See "Children" in docs/query-language.md.
///
///     moves>=3 unplanned>=1 placed-by:leeds placed-in:kent ongoing C69
public struct ChildQuery: Sendable, Equatable {
    public let text: String
    /// What a child must pass, in the order typed: a screen narrowing as it is typed
    /// keeps the children of the clauses that did not change (`ChildTable.narrow`).
    public let clauses: [Clause]

    public var isEmpty: Bool { clauses.isEmpty }

    public static let all = ChildQuery(text: "", clauses: [])

    /// Tests a child must pass one of (or, negated, none of): `moves:1,3` is either.
    public struct Clause: Sendable, Equatable {
        var negated: Bool
        var tests: [Test]

        /// Whether every child passing this clause passes `other` too, judged from the
        /// clauses alone: `placed-by:leeds` after `placed-by:le`, `moves>=3` after
        /// `moves>=2`, `c123` after `c12`. A screen then narrows the rows `other` left
        /// instead of the rows before it. False when it cannot tell.
        public func isNarrower(than other: Clause) -> Bool {
            guard negated == other.negated else { return false }
            // Negated, the children left out must be more, not fewer.
            let (narrow, wide) = negated ? (other.tests, tests) : (tests, other.tests)
            return narrow.allSatisfy { test in wide.contains { test.isNarrower(than: $0) } }
        }
    }

    enum Test: Sendable, Equatable {
        /// Folded text found in the reference.
        case reference([UInt8])
        case moves(Int32, Int32), unplanned(Int32, Int32), placements(Int32, Int32)
        case ongoing
        /// Authorities selected, indexed by authority + 1 (so -1, none, is entry 0).
        case placedBy([UInt8]), placedIn([UInt8])

        /// Whether every child passing this test passes `other`.
        func isNarrower(than other: Test) -> Bool {
            switch (self, other) {
            case (.reference(let a), .reference(let b)): return b.isEmpty || Self.contains(a, b)
            case (.moves(let lo, let hi), .moves(let wideLo, let wideHi)),
                 (.unplanned(let lo, let hi), .unplanned(let wideLo, let wideHi)),
                 (.placements(let lo, let hi), .placements(let wideLo, let wideHi)):
                return lo >= wideLo && hi <= wideHi
            case (.ongoing, .ongoing): return true
            case (.placedBy(let a), .placedBy(let b)), (.placedIn(let a), .placedIn(let b)):
                return a.count == b.count && zip(a, b).allSatisfy { $0 <= $1 }
            default: return false
            }
        }

        /// Whether `part` occurs in `text`.
        static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
            guard part.count <= text.count else { return false }
            return (0...(text.count - part.count)).contains { at in text[at..<(at + part.count)].elementsEqual(part) }
        }
    }

    /// Every field name a child query accepts, for messages and suggestions.
    public static let fields: [(name: String, help: String)] = [
        ("moves", "moves in the last 12 months (a number, range or comparison)"),
        ("unplanned", "placements that ended unplanned"),
        ("placements", "placements up to the snapshot date"),
        ("placed-by", "the authority that made the latest placement"),
        ("placed-in", "the authority of the current or last home"),
        ("child", "the reference, or part of it (as bare words)"),
    ]

    public static func parse(_ text: String, index: SnapshotIndex) throws(QueryError) -> ChildQuery {
        let (raw, failure) = QueryLexer(text).clauses()
        if let failure { throw QueryError(text: text, message: failure.message, offset: failure.offset) }
        let parser = QueryParser(text: text, index: index)
        var clauses: [Clause] = []
        for r in raw {
            guard let name = r.fieldName?.lowercased() else {
                let word = r.values[0].text
                if !r.values[0].quoted, word.lowercased() == "ongoing" {
                    clauses.append(Clause(negated: r.negated, tests: [.ongoing]))
                } else {
                    let folded = TextFolding.fold(word)
                    if !folded.isEmpty { clauses.append(Clause(negated: r.negated, tests: [.reference(folded)])) }
                }
                continue
            }
            var tests: [Test] = []
            for v in r.values { tests.append(try test(name, v, clause: r, parser: parser, index: index)) }
            clauses.append(Clause(negated: r.negated, tests: tests))
        }
        return ChildQuery(text: text, clauses: clauses)
    }

    private static func test(_ name: String, _ v: QueryLexer.Value, clause: QueryLexer.Clause, parser: QueryParser,
                             index: SnapshotIndex) throws(QueryError) -> Test {
        switch name {
        case "moves", "unplanned", "placements":
            let bounds: (Int32, Int32)
            switch try parser.value(v, field: .places, clause: clause) {
            case .numbers(let lo, let hi): bounds = (Int32(clamping: lo ?? 0), Int32(clamping: hi ?? Int(Int32.max)))
            default: bounds = (0, 0) // `moves:none`: no moves
            }
            return name == "moves" ? .moves(bounds.0, bounds.1) : name == "unplanned" ? .unplanned(bounds.0, bounds.1) : .placements(bounds.0, bounds.1)
        case "placed-by", "placed-in":
            var table = [UInt8](repeating: 0, count: index.snapshot.localAuthorities.count + 1)
            switch try parser.value(v, field: .authority, clause: clause) {
            case .text(let folded, _): for a in index.matchingTerms(folded, in: index.authorityTerms) { table[a + 1] = 1 }
            default: table[0] = 1
            }
            return name == "placed-by" ? .placedBy(table) : .placedIn(table)
        case "child", "ref", "reference":
            return .reference(TextFolding.fold(v.text))
        default:
            throw QueryError(text: parser.text,
                             message: "unknown field '\(clause.fieldName ?? name)' for children: use \(fields.map(\.name).joined(separator: ", ")) or ongoing",
                             offset: clause.fieldSpan.lowerBound, suggestion: EditDistance.nearest(name, in: fields.map(\.name) + ["ongoing"]))
        }
    }
}
