extension SnapshotIndex {
    /// The homes satisfying every clause of `query`, in snapshot order.
    ///
    /// Unless the query says which statuses it wants (`status:closed`, `status:any`),
    /// only homes open at the snapshot date match: the register Ofsted counts.
    /// `openByDefault: false` answers about every home, for changes (a closure is a
    /// change to a home no longer open).
    public func matches(_ query: Query, openByDefault: Bool = true) -> [Int32] {
        matches(query.clauses, openByDefault: openByDefault)
    }

    /// Whether `query` leaves the open-register default in place: it does unless a
    /// clause asks about status, closure or changes (`changed:closed` must list
    /// closed homes).
    public func isOpenByDefault(_ query: Query) -> Bool { Self.isOpenByDefault(query.clauses) }

    static func isOpenByDefault(_ clauses: [QueryClause]) -> Bool {
        !clauses.contains { $0.field == .status || $0.field == .closed || $0.field == .changed }
    }

    func matches(_ clauses: [QueryClause], openByDefault: Bool = true) -> [Int32] {
        let n = count
        let defaultOpen = openByDefault && Self.isOpenByDefault(clauses)
        if clauses.isEmpty { return defaultOpen ? openHomes : (0..<Int32(n)).map { $0 } }
        let (selected, remaining) = selection(clauses, openByDefault: openByDefault)
        var out: [Int32] = []
        out.reserveCapacity(remaining)
        selected.withUnsafeBufferPointer { sel in
            for i in 0..<n where sel[i] != 0 { out.append(Int32(i)) }
        }
        return out
    }

    /// The homes satisfying `query` as a bitmap by home (1 = matches) and how many match:
    /// a list kept in another order (the browser's sorted list) walks its own order
    /// through the bitmap instead of collecting the matches and filtering them again.
    public func selection(_ query: Query, openByDefault: Bool = true) -> (bitmap: [UInt8], count: Int) {
        selection(query.clauses, openByDefault: openByDefault)
    }

    func selection(_ clauses: [QueryClause], openByDefault: Bool = true) -> (bitmap: [UInt8], count: Int) {
        let n = count
        let defaultOpen = openByDefault && Self.isOpenByDefault(clauses)
        if clauses.isEmpty && !defaultOpen { return ([UInt8](repeating: 1, count: n), n) }
        let clauses = defaultOpen ? clauses + [QueryClause(field: .status, negated: false, values: [.keyword(StatusCode.open)])] : clauses
        // Column clauses first: they are cheap and usually leave few candidates, and
        // text clauses then look only at those instead of scanning every home. A clause
        // given twice (a paste repeating itself) is asked once.
        let distinct = Self.distinct(clauses)
        let ordered = distinct.filter { !$0.scansText } + distinct.filter(\.scansText)
        var selected = [UInt8](repeating: 1, count: n)
        var remaining = n
        var next = 0
        selected.withUnsafeMutableBufferPointer { sel in
            var hits = [UInt8](repeating: 0, count: n)
            hits.withUnsafeMutableBufferPointer { hit in
                // Many candidates: a pass over the column per clause.
                while next < ordered.count, remaining > 0, !checksOneByOne(remaining) {
                    let clause = ordered[next]
                    next += 1
                    let flip: UInt8 = clause.negated ? 1 : 0
                    hit.update(repeating: 0)
                    for value in clause.values { mark(clause.field, value, into: hit) }
                    var left = 0
                    for i in 0..<n {
                        let v = sel[i] & (hit[i] ^ flip)
                        sel[i] = v
                        left &+= Int(v)
                    }
                    remaining = left
                }
            }
            guard next < ordered.count, remaining > 0 else { return }
            // Few left: list them and test each against the clauses still to ask.
            var candidates: [Int32] = []
            candidates.reserveCapacity(remaining)
            for i in 0..<n where sel[i] != 0 { candidates.append(Int32(i)) }
            var kept = candidates
            for clause in ordered[next...] {
                let holds = homeTest(clause)
                kept.removeAll { !holds(Int($0)) }
                if kept.isEmpty { break }
            }
            for i in candidates { sel[Int(i)] = 0 }
            for i in kept { sel[Int(i)] = 1 }
            remaining = kept.count
        }
        return (selected, remaining)
    }

    /// Whether a home satisfies `clause`, for asking homes one at a time.
    func homeTest(_ clause: QueryClause) -> (Int) -> Bool {
        let tests = clause.values.map { condition(clause.field, $0).holds }
        let negated = clause.negated
        if tests.count == 1 {
            let test = tests[0]
            return { test($0) != negated }
        }
        return { i in tests.contains { $0(i) } != negated }
    }

    /// `clauses` with repeats left out, in order: every home satisfies a clause twice
    /// exactly when it satisfies it once.
    static func distinct(_ clauses: [QueryClause]) -> [QueryClause] {
        var seen = Set<QueryClause>()
        return clauses.filter { seen.insert($0).inserted }
    }

    /// Whether so few homes are left that looking at each one's text costs less than
    /// scanning every home's: each home looked at is a few cache misses, a scan streams
    /// through memory (about a thousand homes is the break-even at 100,000 homes).
    func checksOneByOne(_ candidates: Int) -> Bool { candidates < max(256, count / 128) }

    /// Sets `hits[i] = 1` for every home where `field` matches `value`.
    func mark(_ field: QueryField?, _ value: QueryValue, into hits: UnsafeMutableBufferPointer<UInt8>) {
        condition(field, value).mark(hits)
    }

    /// What `field` matching `value` asks of each home, worked out once.
    func condition(_ field: QueryField?, _ value: QueryValue) -> HomeCondition {
        guard let field else {
            guard case .text(let folded, _) = value else { return .never }
            if folded.count == 1, let bit = LetterPresence.bit(folded[0]) {
                return HomeCondition(mark: { self.letters.mark(bit: bit, into: $0) },
                                     holds: { self.letters.contains(bit: bit, home: $0) })
            }
            let words = FreeTextWords(folded, index: self)
            return HomeCondition(mark: { self.markFreeText(folded, words: words, into: $0) },
                                 holds: { self.freeTextHolds(folded, words: words, home: $0) })
        }
        switch (field, value) {
        case (.urn, .text(let folded, _)):
            let needle = [0] + folded
            return HomeCondition(mark: { self.urnText.markMatches(needle, into: $0) },
                                 holds: { self.urnText.contains(needle, home: $0) })
        case (.name, .text(let folded, _)):
            return HomeCondition(mark: { self.nameText.markMatches(folded, into: $0) },
                                 holds: { self.nameText.contains(folded, home: $0) })
        case (.name, .missing):
            return .each(count: count) { self.nameText.isEmpty($0) }
        case (.organisation, .text(let folded, _)):
            return HomeCondition(mark: { self.organisationText.markMatches(folded, into: $0) },
                                 holds: { self.organisationText.contains(folded, home: $0) })
        case (.organisation, .missing):
            return .each(count: count) { self.organisationText.isEmpty($0) }
        case (.authority, _): return termCondition(value, terms: authorityTerms, column: authority)
        case (.region, _): return termCondition(value, terms: regionTerms, column: regionID)
        case (.type, _): return termCondition(value, terms: typeTerms, column: typeID)
        case (.needs, .missing):
            let starts = needStart
            return .each(count: count) { starts[$0] == starts[$0 + 1] }
        case (.needs, .text(let folded, _)):
            var table = [Bool](repeating: false, count: needTerms.count)
            for t in matchingTerms(folded, in: needTerms) { table[t] = true }
            let starts = needStart, ids = needIDs
            return .each(count: count) { i in
                (Int(starts[i])..<Int(starts[i + 1])).contains { table[Int(ids[$0])] }
            }
        case (.ownedBy, .text(_, let raw)):
            guard let g = ownerGroup(named: raw) else { return .never }
            return .equal(owners.group, g)
        case (.ownedBy, .missing):
            return .equal(owners.group, -1)
        case (.child, .text(_, let raw)):
            guard let c = child(reference: raw) else { return .never }
            return .members(Set(placements(ofChild: c).map { Int(snapshot.placements[Int($0)].home) }))
        case (.rating, .keyword(let code)): return .equal(rating, code)
        case (.safety, .keyword(let code)): return .equal(safety, code)
        case (.leaders, .keyword(let code)): return .equal(leaders, code)
        case (.education, .keyword(let code)): return .equal(education, code)
        case (.health, .keyword(let code)): return .equal(health, code)
        case (.sector, .keyword(let code)): return .equal(sector, code)
        case (.status, .keyword(StatusCode.open)): return .equal(openFlag, 1)
        case (.status, .keyword(StatusCode.closed)): return .equal(openFlag, 0)
        case (.status, .keyword(StatusCode.any)): return .always
        case (.status, .keyword(let code)): return .equal(status, code)
        case (.trend, .keyword(let code)): return .equal(trend, code)
        case (.changed, .keyword(0)): return .equal(changeMask, 0)
        case (.changed, .keyword(StatusCode.any)): return .anyBit(changeMask, 0xFFFF)
        case (.changed, .keyword(let code)): return .anyBit(changeMask, UInt16(1) << UInt16(code - 1))
        case (.places, .missing): return .equal(places, -1)
        case (.places, .numbers(let lower, let upper)):
            return .range(places, Int32(clamping: lower ?? 0), Int32(clamping: upper ?? Int(Int32.max)))
        case (.occupancy, .missing): return .equal(figures.occupancy, -1)
        case (.placements, .numbers(let lower, let upper)), (.occupancy, .numbers(let lower, let upper)),
             (.unplanned, .numbers(let lower, let upper)), (.moves, .numbers(let lower, let upper)):
            guard let column = figureColumn(field) else { return .never }
            return .range(column, Int32(clamping: lower ?? 0), Int32(clamping: upper ?? Int(Int32.max)))
        case (.inspected, _): return dateCondition(lastInspectedDay, value)
        case (.registered, _): return dateCondition(registeredDay, value)
        case (.closed, _): return dateCondition(closureDay, value)
        default:
            return .never // a value of the wrong kind for its field cannot come out of the parser
        }
    }

    /// Sets `hits[i] = 1` for every home whose free text holds `folded`: its URN, name,
    /// organisation or authority contains it, or it names the home's type, sector or rating
    /// (`FreeTextWords`). A word of two letters or more (one letter is read from the
    /// letter masks) is searched in the URNs and in the distinct names, owners and terms, and what those
    /// say is spread to the homes in one pass over the columns, not one pass each.
    func markFreeText(_ folded: [UInt8], words: FreeTextWords, into hits: UnsafeMutableBufferPointer<UInt8>) {
        urnText.markMatches(folded, into: hits)
        let names = nameText.valueHits(folded), organisations = organisationText.valueHits(folded)
        var authorities = [UInt8](repeating: 0, count: authorityTerms.count + 1)
        for (a, t) in authorityTerms.enumerated() where t.folded.contains(subsequence: folded) { authorities[a + 1] = 1 }
        // Types, sectors and ratings are rarely named: a pass of their own when they are.
        if words.types.contains(1) { HomeCondition.lookup(typeID, offset: 0, table: words.types).mark(hits) }
        if words.sectors.contains(1) { HomeCondition.lookup(sector, offset: 0, table: words.sectors).mark(hits) }
        if words.ratings.contains(1) { HomeCondition.lookup(rating, offset: 0, table: words.ratings).mark(hits) }
        guard names.contains(1) || organisations.contains(1) || authorities.contains(1) else { return }
        nameText.ids.withUnsafeBufferPointer { nameIDs in
            organisationText.ids.withUnsafeBufferPointer { organisationIDs in
                authority.withUnsafeBufferPointer { authority in
                    names.withUnsafeBufferPointer { names in
                        organisations.withUnsafeBufferPointer { organisations in
                            authorities.withUnsafeBufferPointer { authorities in
                                for i in 0..<hits.count {
                                    hits[i] |= names[Int(nameIDs[i] &+ 1)] | organisations[Int(organisationIDs[i] &+ 1)]
                                        | authorities[Int(authority[i] &+ 1)]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether one home's free text holds `folded`, as `markFreeText` decides for all.
    func freeTextHolds(_ folded: [UInt8], words: FreeTextWords, home i: Int) -> Bool {
        if urnText.contains(folded, home: i) || nameText.contains(folded, home: i) || organisationText.contains(folded, home: i) { return true }
        let a = authority[i]
        if a >= 0 && authorityTerms[Int(a)].folded.contains(subsequence: folded) { return true }
        return words.types[Int(typeID[i])] != 0 || words.sectors[Int(sector[i])] != 0 || words.ratings[Int(rating[i])] != 0
    }

    /// The column of a placement-figure field (`placements`, `occupancy`, `unplanned`, `moves`).
    func figureColumn(_ field: QueryField) -> [Int32]? {
        switch field {
        case .placements: figures.placements
        case .occupancy: figures.occupancy
        case .unplanned: figures.unplanned
        case .moves: figures.moves
        default: nil
        }
    }

    private func termCondition<T: BinaryInteger>(_ value: QueryValue, terms: [IndexTerm], column: [T]) -> HomeCondition {
        var table = [UInt8](repeating: 0, count: terms.count + 1)
        switch value {
        case .missing: table[0] = 1
        case .text(let folded, _): for t in matchingTerms(folded, in: terms) { table[t + 1] = 1 }
        default: return .never
        }
        return .lookup(column, offset: 1, table: table)
    }

    private func dateCondition(_ column: [Int32], _ value: QueryValue) -> HomeCondition {
        switch value {
        case .missing:
            return .equal(column, Int32.min)
        case .dates(let lower, let upper):
            let lo = lower.map { $0.resolved(asOf: asOf).daysSince1970 } ?? (Int32.min + 1)
            let hi = upper.map { $0.resolved(asOf: asOf).daysSince1970 } ?? Int32.max
            return .range(column, lo, hi)
        default:
            return .never
        }
    }
}

/// Which provision types, sectors and ratings a free-text word names, as lookup tables
/// over the index's columns (1 = the word matches that value). Free text finds what the
/// list shows in words: `birmingham inadequate`, `secure`, `voluntary`.
///
/// Types match anywhere in the name, as `type:` does. Sectors and ratings match only at
/// the start of a word of their name, so `good` is not "Requires improvement to be
/// good" and `ate` is not "Private": they are short labels, read as words.
struct FreeTextWords {
    /// By `typeID`.
    let types: [UInt8]
    /// By `Sector.rawValue` (0 = unknown).
    let sectors: [UInt8]
    /// By judgement code (0 = not rated).
    let ratings: [UInt8]

    /// Sector names as the list and the facet write them, folded.
    static let sectorWords: [[UInt8]] = [[]] + Sector.allCases.map { TextFolding.fold($0.ofstedName) }
    /// Rating words by judgement code: "Requires improvement" without "to be good", and RI.
    static let ratingWords: [[[UInt8]]] = {
        var words = [[[UInt8]]](repeating: [], count: 256)
        for j in Judgement.allCases where j.isFourPoint {
            words[Int(j.rawValue)] = j == .requiresImprovement ? [TextFolding.fold("requires improvement"), TextFolding.fold("ri")]
                : [TextFolding.fold(j.ofstedName)]
        }
        return words
    }()

    init(_ folded: [UInt8], index: SnapshotIndex) {
        types = index.typeTerms.map { $0.folded.contains(subsequence: folded) ? 1 : 0 }
        sectors = Self.sectorWords.map { Self.startsAWord(folded, in: $0) ? 1 : 0 }
        ratings = Self.ratingWords.map { labels in labels.contains { Self.startsAWord(folded, in: $0) } ? 1 : 0 }
    }

    /// Whether `needle` occurs in `text` at the start of one of its words.
    static func startsAWord(_ needle: [UInt8], in text: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        for start in 0...(text.count - needle.count) where start == 0 || text[start - 1] == 0x20 {
            if text[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

extension QueryClause {
    /// Whether evaluating it means searching text rather than reading a column.
    var scansText: Bool { field == nil || field == .name || field == .organisation || field == .urn }
}
