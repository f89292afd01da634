import Testing
@testable import HomesData

/// The index's fast paths (column loops, SIMD text scan, candidate pruning, radix
/// sort) checked against a plain evaluation over a generated snapshot big enough to
/// take every path.
@Suite struct IndexAgreementTests {
    static let snapshot = SnapshotGenerator(homes: 3000, seed: 11, placementsPerHome: 2).generate()
    static let index = SnapshotIndex(snapshot)

    /// Free text the obvious way: fold each field with Foundation-backed folding and
    /// use String.contains; sector and rating words at the start of a word of their name.
    static func naiveText(_ word: String, _ h: Home) -> Bool {
        let w = TextFolding.folded(word)
        let fields = [h.urn, h.name, h.organisation, h.localAuthority.map { snapshot.localAuthorities[Int($0)].name }, h.provisionType]
        if fields.contains(where: { $0.map { TextFolding.folded($0).contains(w) } ?? false }) { return true }
        func startsAWord(_ label: String) -> Bool {
            (" " + TextFolding.folded(label)).contains(" " + w)
        }
        if let sector = h.sector, startsAWord(sector.ofstedName) { return true }
        let rating = snapshot.inspections(of: h).last { $0.overall?.isFourPoint == true }?.overall
        switch rating {
        case .requiresImprovement?: return startsAWord("requires improvement") || startsAWord("ri")
        case let j?: return startsAWord(j.ofstedName)
        case nil: return false
        }
    }

    @Test(arguments: ["care", "e", "house", "sc", "ltd", "lodge", "zz", "a b", "good", "inad", "requires improvement", "ri",
                      "private", "vol", "secure", "childrens home", "authority"])
    func freeTextAgreesWithAPlainSearch(word: String) throws {
        let index = Self.index
        let got = Set(index.matches(try Query.parse("\"\(word)\"")))
        let asOf = Self.snapshot.metadata.snapshotDate
        let want = Set(Self.snapshot.homes.indices.filter {
            Self.naiveText(word, Self.snapshot.homes[$0]) && Self.snapshot.homes[$0].isOpen(on: asOf)
        }.map(Int32.init))
        #expect(got == want)
    }

    /// Every one-letter word (answered from the letter masks, not a text scan), and words
    /// that only a scan answers: a space inside, a letter with an accent, a digit run.
    @Test(arguments: "abcdefghijklmnopqrstuvwxyz0123456789".map(String.init) + ["é", "ra", "e h", "sc1", "0"])
    func oneLetterWordsAgreeWithAPlainSearch(word: String) throws {
        try freeTextAgreesWithAPlainSearch(word: word)
    }

    @Test(arguments: ["care", "e", "house", "ltd", "l", "g", "i", "1", "r"])
    func prunedTextSearchAgreesWithTheFullScan(word: String) throws {
        // rating:i leaves few candidates, so the word is checked home by home.
        let index = Self.index
        let narrow = Set(index.matches(try Query.parse("rating:i")))
        #expect(index.checksOneByOne(narrow.count))
        let got = Set(index.matches(try Query.parse("rating:i \(word)")))
        let want = narrow.filter { Self.naiveText(word, Self.snapshot.homes[Int($0)]) }
        #expect(got == want)
        let excluded = Set(index.matches(try Query.parse("rating:i -\(word)")))
        #expect(excluded == narrow.subtracting(want))
    }

    @Test(arguments: SortKey.allCases)
    func radixSortAgreesWithAComparisonSort(key: SortKey) {
        let index = Self.index
        let homes = index.matches(.all)
        let folded = Set(Self.snapshot.homes.compactMap(\.organisation).map(TextFolding.fold)).sorted { $0.lexicographicallyPrecedes($1) }
        let owners = Dictionary(uniqueKeysWithValues: folded.enumerated().map { ($1, $0) })
        // The orders of types and authorities are computed on each use: take them once.
        let typeOrder = index.typeOrder, authorityOrder = index.authorityOrder
        func value(_ h: Int32) -> Int64? {
            let i = Int(h)
            switch key {
            case .urn: return Int64(index.urnRank[i])
            case .name: return Int64(index.nameRank[i])
            case .owner:
                // Organisations compared by their folded bytes, as the index orders them.
                return Self.snapshot.homes[i].organisation.map { Int64(owners[TextFolding.fold($0)]!) }
            case .placements: return Int64(index.figures.placements[i])
            case .occupancy: return index.figures.occupancy[i] < 0 ? nil : Int64(index.figures.occupancy[i])
            case .unplanned: return Int64(index.figures.unplanned[i])
            case .moves: return Int64(index.figures.moves[i])
            case .type: return Int64(typeOrder[Int(index.typeID[i])])
            case .sector: return index.sector[i] == 0 ? nil : Int64(index.sector[i])
            case .authority: return index.authority[i] < 0 ? nil : Int64(authorityOrder[Int(index.authority[i])])
            case .places: return index.places[i] < 0 ? nil : Int64(index.places[i])
            case .rating: return index.rating[i] == 0 ? nil : Int64(index.rating[i])
            case .inspected: return index.lastInspected(h).map { Int64($0.daysSince1970) }
            }
        }
        // Each home's value once, not per comparison (the address sanitizer's run of the
        // whole suite took over 20 minutes on this test when it was per comparison).
        var values = [Int64?](repeating: nil, count: index.count)
        for h in homes { values[Int(h)] = value(h) }
        for descending in [false, true] {
            let want = homes.sorted { a, b in
                switch (values[Int(a)], values[Int(b)]) {
                case (nil, nil): return index.urnRank[Int(a)] < index.urnRank[Int(b)]
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    if x != y { return descending ? x > y : x < y }
                    return index.urnRank[Int(a)] < index.urnRank[Int(b)]
                }
            }
            #expect(index.sorted(homes, by: key, descending: descending) == want)
        }
    }

    @Test func facetCountsAgreeWithMatchingEachValue() throws {
        let index = Self.index
        let under = try Query.parse("sector:private places>=3")
        for facet in [Facet.rating, .region, .type, .authority, .inspected] {
            for row in index.facetCounts(facet, under: under) {
                let text = QueryEditing.toggling(facet, value: row.value, in: under.text)
                #expect(index.matches(try Query.parse(text)).count == row.count, "\(text)")
            }
        }
    }

    @Test func placementsGroupedByCountingSortsMatchTheGroupByGroupSort() {
        // Ten thousand placements over 300 homes, start dates out of order, some keys
        // outside the groups: both ways must give the same members in the same order.
        var rng = SyntheticRandom(seed: 5)
        let keys = (0..<10_000).map { _ in Int32(rng.next() % 310) - 5 }
        let order = (0..<10_000).map { _ in Int32(rng.next() % 900) + 19_000 }
        let radix = Grouping(groups: 300, keys: keys, order: order)
        let sorted = Grouping(groups: 300, keys: keys, order: order, radixFrom: .max)
        #expect(radix.starts == sorted.starts)
        #expect(radix.items == sorted.items)
        let members = sorted.members(7)
        #expect(!members.isEmpty)
        #expect(zip(members, members.dropFirst()).allSatisfy { order[Int($0)] < order[Int($1)] || (order[Int($0)] == order[Int($1)] && $0 < $1) })
    }
}
