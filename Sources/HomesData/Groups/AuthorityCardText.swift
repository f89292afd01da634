/// An authority card as a `RecordDocument`: what `homes authority` prints and the
/// browser's authority card draws, in the same words.
public struct AuthorityCardText {
    public let index: SnapshotIndex
    public let card: AuthorityCard
    /// Counts of children from 1 to 4 say "fewer than 5" (meeting mode, `SmallCount`).
    public let hidingSmallCounts: Bool

    public init(index: SnapshotIndex, authority: Int32, hidingSmallCounts: Bool = false) {
        self.index = index
        self.hidingSmallCounts = hidingSmallCounts
        card = AuthorityCard(index: index, authority: authority)
    }

    public var text: String { document.plainText }

    /// The judgements of a rating mix in `ratings` order (nil: not yet rated).
    static let mixJudgements: [Judgement?] = [.outstanding, .good, .requiresImprovement, .inadequate, nil]

    public var document: RecordDocument {
        let snapshot = index.snapshot
        let la = snapshot.localAuthorities[Int(card.authority)]
        var d = RecordDocument(title: "\(la.name) (\(la.code))  ·  authority card")
        d.heading(la.name)
        d.field("ONS code", la.code)
        d.field("Region", la.region)
        d.field("Children's services", spans: HomeRecordText.authorityJudgement(la))
        if let ins = la.inspection {
            for (label, judgement) in [("Leaders", ins.leaders), ("Help and protection", ins.helpAndProtection), ("Children in care", ins.childrenInCare)] {
                if let judgement { d.field(label, judgement.ofstedName, .judgement(judgement)) }
            }
        }
        d.blank()
        d.heading("Homes in its area (open at \(index.asOf.iso))")
        d.field("Homes", RecordWords.thousands(card.homes))
        d.field("Places", RecordWords.thousands(card.places))
        d.field("Rating mix", spans: Self.mix(card.ratings, width: 20))
        d.blank()
        d.heading("Children placed, on \(index.asOf.iso)" + (snapshot.metadata.syntheticPlacements ? " (synthetic placements)" : ""))
        let placed = card.placedInArea + card.placedElsewhere
        let hiding = hidingSmallCounts
        /// A share of a small count would give the count away: hidden with it.
        func part(_ n: Int) -> String {
            hiding && (SmallCount.isSmall(n) || SmallCount.isSmall(placed)) ? SmallCount.figure(n, hiding: true)
                : "\(RecordWords.thousands(n)) (\(RecordWords.percent(n, of: placed)))"
        }
        d.field("Placed by \(la.name)", SmallCount.count(placed, "child", plural: "children", hiding: hiding))
        d.field("  in its own area", part(card.placedInArea))
        d.field("  elsewhere", part(card.placedElsewhere), card.placedElsewhere > card.placedInArea ? .strong : .plain)
        d.field("Placed in its area by others", SmallCount.count(card.placedInByOthers, "child", plural: "children", hiding: hiding))
        if card.endingsLastYear == 0 {
            d.field("Unplanned endings", "none of its placements ended in the last 12 months")
        } else {
            let unplanned = card.unplannedEndingsLastYear
            let share = hiding && SmallCount.isSmall(unplanned) ? "" : " (\(RecordWords.percent(unplanned, of: card.endingsLastYear)))"
            d.field("Unplanned endings", "\(SmallCount.figure(unplanned, hiding: hiding)) of \(card.endingsLastYear) endings of its placements, last 12 months"
                        + share,
                    card.unplannedEndingsLastYear * 3 >= card.endingsLastYear ? .strong : .plain)
        }
        // The figures first, on the first page at 80x24; the tables they come from after.
        var byRating = RecordTable(columns: [.init("Rating"), .init("Homes", numeric: true), .init("Share", numeric: true), .init("", limit: 24)])
        let most = card.ratings.max() ?? 0
        for (i, judgement) in Self.mixJudgements.enumerated() {
            byRating.rows.append(.init([Span(judgement?.ofstedName ?? "Not yet rated", .judgement(judgement)),
                                        Span(RecordWords.thousands(card.ratings[i])),
                                        Span(RecordWords.percent(card.ratings[i], of: card.homes)),
                                        Span(BarText.proportional(card.ratings[i], of: most, width: 24), .bar(judgement))]))
        }
        d.blank()
        d.heading("Homes by rating and sector")
        d.blocks.append(.table(byRating))
        d.blank()
        var bySector = RecordTable(columns: [.init("Sector"), .init("Homes", numeric: true), .init("Share", numeric: true)])
        for (sector, homes) in card.sectors {
            bySector.rows.append(.init([Span(sector?.ofstedName ?? "(not published)"), Span(RecordWords.thousands(homes)),
                                        Span(RecordWords.percent(homes, of: card.homes))]))
        }
        d.blocks.append(.table(bySector))
        if !card.elsewhere.isEmpty || !card.placingIn.isEmpty {
            d.blank()
            d.heading("Authorities its children live in, and authorities placing children in its area")
        }
        for (title, rows) in [("Where its children placed elsewhere live", card.elsewhere), ("Who places children in its area", card.placingIn)] where !rows.isEmpty {
            var table = RecordTable(columns: [.init(title, limit: 44), .init("Children", numeric: true)])
            for row in rows {
                table.rows.append(.init([Span(snapshot.localAuthorities[Int(row.authority)].name), Span(SmallCount.figure(row.children, hiding: hiding))],
                                        target: .authority(row.authority)))
            }
            if title.hasPrefix("Who") && !card.elsewhere.isEmpty { d.blank() }
            d.blocks.append(.table(table))
        }
        return d
    }

    /// A rating mix as a stacked bar and its counts: "████▓▓▓▒░  O 3 · G 5 · R 2 · I 1 · none 0".
    public static func mix(_ ratings: [Int], width: Int) -> [Span] {
        let cells = BarText.stackedCells(ratings, width: width)
        var spans = zip(cells, mixJudgements).enumerated().map { i, part in
            Span(String(repeating: BarText.patterns[i], count: part.0), .bar(part.1))
        }
        let letters = ["O", "G", "R", "I", "none"]
        spans.append(Span("  " + zip(letters, ratings).map { "\($0) \($1)" }.joined(separator: " · ")))
        return spans
    }
}
