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
        // text clauses then look only at those instead of scanning every home.
        let ordered = clauses.filter { !$0.scansText } + clauses.filter(\.scansText)
        var selected = [UInt8](repeating: 1, count: n)
        var hits = [UInt8](repeating: 0, count: n)
        var remaining = n
        selected.withUnsafeMutableBufferPointer { sel in
            hits.withUnsafeMutableBufferPointer { hit in
                for clause in ordered {
                    let flip: UInt8 = clause.negated ? 1 : 0
                    if clause.scansText, checksOneByOne(remaining) {
                        // What a free-text word names among types, sectors and ratings, worked
                        // out once for the clause, not once per home.
                        let words = clause.values.map { value -> FreeTextWords? in
                            guard clause.field == nil, case .text(let folded, _) = value else { return nil }
                            return FreeTextWords(folded, index: self)
                        }
                        for i in 0..<n where sel[i] != 0 {
                            let hit = clause.values.indices.contains { textMatches(clause.field, clause.values[$0], home: i, words: words[$0]) }
                            if hit == clause.negated { sel[i] = 0 }
                        }
                        remaining = 0
                        for i in 0..<n { remaining &+= Int(sel[i]) }
                    } else {
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
                    if remaining == 0 { break }
                }
            }
        }
        return (selected, remaining)
    }

    /// Whether so few homes are left that looking at each one's text costs less than
    /// scanning every home's: each home looked at is a few cache misses, a scan streams
    /// through memory (about a thousand homes is the break-even at 100,000 homes).
    func checksOneByOne(_ candidates: Int) -> Bool { candidates < max(256, count / 128) }

    /// One home against a text value, for when few candidates are left.
    func textMatches(_ field: QueryField?, _ value: QueryValue, home i: Int, words: FreeTextWords? = nil) -> Bool {
        switch (field, value) {
        case (nil, .text(let folded, _)):
            if folded.count == 1, let bit = LetterPresence.bit(folded[0]) { return letters.contains(bit: bit, home: i) }
            if urnText.contains(folded, home: i) || nameText.contains(folded, home: i) || organisationText.contains(folded, home: i) { return true }
            let a = authority[i]
            if a >= 0 && authorityTerms[Int(a)].folded.contains(subsequence: folded) { return true }
            let words = words ?? FreeTextWords(folded, index: self)
            return words.types[Int(typeID[i])] != 0 || words.sectors[Int(sector[i])] != 0 || words.ratings[Int(rating[i])] != 0
        case (.name, .text(let folded, _)): return nameText.contains(folded, home: i)
        case (.name, .missing): return nameText.isEmpty(i)
        case (.organisation, .text(let folded, _)): return organisationText.contains(folded, home: i)
        case (.organisation, .missing): return organisationText.isEmpty(i)
        case (.urn, .text(let folded, _)): return urnText.contains([0] + folded, home: i)
        default: return false
        }
    }

    /// Sets `hits[i] = 1` for every home where `field` matches `value`.
    func mark(_ field: QueryField?, _ value: QueryValue, into hits: UnsafeMutableBufferPointer<UInt8>) {
        guard let field else {
            guard case .text(let folded, _) = value else { return }
            markFreeText(folded, into: hits)
            return
        }
        switch (field, value) {
        case (.urn, .text(let folded, _)):
            urnText.markMatches([0] + folded, into: hits)
        case (.name, .text(let folded, _)):
            nameText.markMatches(folded, into: hits)
        case (.name, .missing):
            for i in 0..<count where nameText.isEmpty(i) { hits[i] = 1 }
        case (.organisation, .text(let folded, _)):
            organisationText.markMatches(folded, into: hits)
        case (.organisation, .missing):
            for i in 0..<count where organisationText.isEmpty(i) { hits[i] = 1 }
        case (.authority, _):
            markTerms(value, terms: authorityTerms, column: authority, into: hits)
        case (.region, _):
            markTerms(value, terms: regionTerms, column: regionID, into: hits)
        case (.type, _):
            markTerms(value, terms: typeTerms, column: typeID, into: hits)
        case (.needs, .missing):
            for i in 0..<count where needStart[i] == needStart[i + 1] { hits[i] = 1 }
        case (.needs, .text(let folded, _)):
            var table = [Bool](repeating: false, count: needTerms.count)
            for t in matchingTerms(folded, in: needTerms) { table[t] = true }
            needStart.withUnsafeBufferPointer { starts in
                needIDs.withUnsafeBufferPointer { ids in
                    for i in 0..<count {
                        for k in Int(starts[i])..<Int(starts[i + 1]) where table[Int(ids[k])] { hits[i] = 1; break }
                    }
                }
            }
        case (.ownedBy, .text(_, let raw)):
            if let g = ownerGroup(named: raw) { markEqual(owners.group, g, into: hits) }
        case (.ownedBy, .missing):
            markEqual(owners.group, -1, into: hits)
        case (.child, .text(_, let raw)):
            if let c = child(reference: raw) {
                for p in placements(ofChild: c) { hits[Int(snapshot.placements[Int(p)].home)] = 1 }
            }
        case (.rating, .keyword(let code)): markEqual(rating, code, into: hits)
        case (.safety, .keyword(let code)): markEqual(safety, code, into: hits)
        case (.leaders, .keyword(let code)): markEqual(leaders, code, into: hits)
        case (.education, .keyword(let code)): markEqual(education, code, into: hits)
        case (.health, .keyword(let code)): markEqual(health, code, into: hits)
        case (.sector, .keyword(let code)): markEqual(sector, code, into: hits)
        case (.status, .keyword(StatusCode.open)): markEqual(openFlag, 1, into: hits)
        case (.status, .keyword(StatusCode.closed)): markEqual(openFlag, 0, into: hits)
        case (.status, .keyword(StatusCode.any)): hits.update(repeating: 1)
        case (.status, .keyword(let code)): markEqual(status, code, into: hits)
        case (.trend, .keyword(let code)): markEqual(trend, code, into: hits)
        case (.changed, .keyword(0)): markEqual(changeMask, 0, into: hits)
        case (.changed, .keyword(StatusCode.any)):
            for i in 0..<count { hits[i] |= changeMask[i] != 0 ? 1 : 0 }
        case (.changed, .keyword(let code)):
            let bit = UInt16(1) << UInt16(code - 1)
            for i in 0..<count { hits[i] |= changeMask[i] & bit != 0 ? 1 : 0 }
        case (.places, .missing): markEqual(places, -1, into: hits)
        case (.places, .numbers(let lower, let upper)):
            markRange(places, Int32(clamping: lower ?? 0), Int32(clamping: upper ?? Int(Int32.max)), into: hits)
        case (.occupancy, .missing): markEqual(figures.occupancy, -1, into: hits)
        case (.placements, .numbers), (.occupancy, .numbers), (.unplanned, .numbers), (.moves, .numbers):
            guard case .numbers(let lower, let upper) = value, let column = figureColumn(field) else { return }
            markRange(column, Int32(clamping: lower ?? 0), Int32(clamping: upper ?? Int(Int32.max)), into: hits)
        case (.inspected, _): markDates(lastInspectedDay, value, into: hits)
        case (.registered, _): markDates(registeredDay, value, into: hits)
        case (.closed, _): markDates(closureDay, value, into: hits)
        default:
            break // a value of the wrong kind for its field cannot come out of the parser
        }
    }

    /// Sets `hits[i] = 1` for every home whose free text holds `folded`: its URN, name,
    /// organisation or authority contains it, or it names the home's type, sector or rating
    /// (`FreeTextWords`). A one-letter word is read from the letter masks; a longer one is
    /// searched in the URNs and in the distinct names, owners and terms, and what those
    /// say is spread to the homes in one pass over the columns, not one pass each.
    func markFreeText(_ folded: [UInt8], into hits: UnsafeMutableBufferPointer<UInt8>) {
        if folded.count == 1, let bit = LetterPresence.bit(folded[0]) {
            letters.mark(bit: bit, into: hits)
            return
        }
        let words = FreeTextWords(folded, index: self)
        urnText.markMatches(folded, into: hits)
        let names = nameText.valueHits(folded), organisations = organisationText.valueHits(folded)
        var authorities = [UInt8](repeating: 0, count: authorityTerms.count + 1)
        for (a, t) in authorityTerms.enumerated() where t.folded.contains(subsequence: folded) { authorities[a + 1] = 1 }
        // Types, sectors and ratings are rarely named: a pass of their own when they are.
        if words.types.contains(1) { markLookup(typeID, offset: 0, table: words.types, into: hits) }
        if words.sectors.contains(1) { markLookup(sector, offset: 0, table: words.sectors, into: hits) }
        if words.ratings.contains(1) { markLookup(rating, offset: 0, table: words.ratings, into: hits) }
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

    // The loops below are written without branches (`hits[i] |= 0 or 1`) so the
    // compiler vectorises them: over 100,000 homes a branch per home cost more than
    // the comparison it guarded.

    private func markTerms<T: BinaryInteger>(_ value: QueryValue, terms: [IndexTerm], column: [T],
                                             into hits: UnsafeMutableBufferPointer<UInt8>) {
        var table = [UInt8](repeating: 0, count: terms.count + 1)
        switch value {
        case .missing: table[0] = 1
        case .text(let folded, _): for t in matchingTerms(folded, in: terms) { table[t + 1] = 1 }
        default: return
        }
        markLookup(column, offset: 1, table: table, into: hits)
    }

    /// `hits[i] |= table[column[i] + offset]`: the column's values index the table.
    private func markLookup<T: BinaryInteger>(_ column: [T], offset: Int, table: [UInt8],
                                              into hits: UnsafeMutableBufferPointer<UInt8>) {
        column.withUnsafeBufferPointer { col in
            table.withUnsafeBufferPointer { t in
                for i in 0..<col.count { hits[i] |= t[Int(col[i]) + offset] }
            }
        }
    }

    private func markEqual<T: FixedWidthInteger>(_ column: [T], _ v: T, into hits: UnsafeMutableBufferPointer<UInt8>) {
        column.withUnsafeBufferPointer { col in
            for i in 0..<col.count { hits[i] |= col[i] == v ? 1 : 0 }
        }
    }

    private func markRange(_ column: [Int32], _ lo: Int32, _ hi: Int32, into hits: UnsafeMutableBufferPointer<UInt8>) {
        guard lo <= hi else { return }
        // One unsigned comparison: values below `lo` wrap round to large numbers.
        let width = UInt32(bitPattern: hi &- lo)
        column.withUnsafeBufferPointer { col in
            for i in 0..<col.count { hits[i] |= UInt32(bitPattern: col[i] &- lo) <= width ? 1 : 0 }
        }
    }

    private func markDates(_ column: [Int32], _ value: QueryValue, into hits: UnsafeMutableBufferPointer<UInt8>) {
        switch value {
        case .missing:
            markEqual(column, Int32.min, into: hits)
        case .dates(let lower, let upper):
            let lo = lower.map { $0.resolved(asOf: asOf).daysSince1970 } ?? (Int32.min + 1)
            let hi = upper.map { $0.resolved(asOf: asOf).daysSince1970 } ?? Int32.max
            markRange(column, lo, hi, into: hits)
        default:
            break
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
