/// The full record of one home: every field, its authority, its ratings over time,
/// every inspection with every judgement, its history on the register, how settled
/// its children have been and every placement. One `RecordDocument`, which
/// `homes show` prints as text and the browser's detail screen draws, so the two
/// say the same things in the same words.
public struct HomeRecordText {
    public let index: SnapshotIndex
    public let home: Int32

    public init(index: SnapshotIndex, home: Int32) {
        self.index = index
        self.home = home
    }

    /// What `homes show` prints.
    public var text: String { document.plainText }

    public var document: RecordDocument {
        let h = index.snapshot.homes[Int(home)]
        let closed = index.closedWording(home)
        var d = RecordDocument(title: ([h.displayName, h.urn] + (closed.map { [$0] } ?? [])).joined(separator: "  ·  "))
        addFields(&d)
        d.blank()
        addInspections(&d)
        d.blank()
        addHistory(&d)
        d.blank()
        addStability(&d)
        d.blank()
        addPlacements(&d)
        return d
    }

    private func addFields(_ d: inout RecordDocument) {
        let s = index.snapshot
        let h = s.homes[Int(home)]
        d.heading("Home")
        d.field("URN", h.urn)
        d.field("Name", h.name ?? "(not published: REDACTED)", h.name == nil ? .quiet : .strong)
        d.field("Organisation", h.organisation ?? "—")
        d.field("Provision type", h.provisionType)
        d.field("Sector", h.sector?.ofstedName ?? "—")
        // Whether the home is on the register at the snapshot date, in words: a closure
        // dated after it (announced) still leaves it open then.
        let closed = index.closedWording(home)
        var status = h.status?.ofstedName ?? "—"
        if let closed { status += " · " + closed + " (not open at \(index.asOf.iso))" }
        else if let date = h.closureDate { status += " · closing \(date.iso)" }
        // Two facts a line where they read as one, so the first page at 80x24 reaches the inspections.
        if let registered = h.registrationDate { status += " · registered \(registered.iso)" }
        d.field("Status", status, closed == nil ? .plain : .strong)
        d.field("Places", h.places.map(String.init) ?? "—")
        d.field("Registered for", h.registeredFor.isEmpty ? "—" : h.registeredFor.joined(separator: ", "))
        d.field("Short breaks only", h.shortBreakOnly ? "yes" : "no")
        d.field("Multiple buildings", h.multiBuilding ? "yes" : "no")
        if let a = h.localAuthority, let la = s.authority(of: h) {
            var spans = [Span("\(la.name) (\(la.code)) · children's services ")]
            if let ins = la.inspection {
                spans += [Span(ins.overall?.ofstedName ?? "not judged", .judgement(ins.overall)), Span(" (\(ins.date.iso))")]
            } else {
                spans.append(Span("not inspected", .quiet))
            }
            d.field("Local authority", spans: spans, target: .authority(a))
        } else {
            d.field("Local authority", "—")
        }
        d.field("Region", h.region ?? s.authority(of: h)?.region ?? "—")
        d.field("Ofsted region", h.ofstedRegion ?? "—")
        let ratings = index.ratingHistory(home)
        if let latest = ratings.last {
            var spans = [Span(latest.judgement.ofstedName, .judgement(latest.judgement)), Span(" \(latest.date.iso)")]
            // Ofsted's provider list (and so `rating:`) takes the latest four-point
            // judgement, which is now and then a monitoring inspection's: said so, as
            // the timeline below would otherwise seem to disagree with the rating.
            if let kind = s.latestFullJudgement(of: h)?.kind, kind != .full {
                spans.append(Span(" " + Self.fromInspection(kind), .quiet))
            }
            if let trend = index.trend(home) { spans += [Span(" "), Span(trend.mark + " " + trend.wording, .trend(trend))] }
            d.field("Latest rating", spans: spans)
            d.field("Ratings over time", spans: Self.strip(ratings))
        } else {
            d.field("Latest rating", "not yet rated", .quiet)
        }
    }

    /// Where a rating not given at a full inspection came from: "from a monitoring inspection".
    public static func fromInspection(_ kind: InspectionKind) -> String {
        switch kind {
        case .full: "from a full inspection"
        case .interim: "from an interim inspection"
        case .monitoring: "from a monitoring inspection"
        case .assurance: "from an assurance visit"
        case .emergency: "from an emergency inspection"
        case .other: "from an inspection of another kind"
        }
    }

    /// "Good, inspected 2023-02-01", or that it is not known.
    static func authorityJudgement(_ la: LocalAuthority) -> [Span] {
        guard let ins = la.inspection else { return [Span("no inspection recorded", .quiet)] }
        return [Span(ins.overall?.ofstedName ?? "not judged", .judgement(ins.overall)), Span(", inspected \(ins.date.iso)")]
    }

    /// One cell per full inspection, oldest first, then the years they span: the
    /// home's history in a glance. The letters (O G R I, as in the help's notes)
    /// carry the meaning without colour.
    static func strip(_ ratings: [(date: Day, judgement: Judgement)]) -> [Span] {
        var spans = ratings.map { Span(" " + Span.letter($0.judgement) + " ", .ratingCell($0.judgement)) }
        let first = ratings.first!.date.components.year, last = ratings.last!.date.components.year
        spans.append(Span(first == last ? "  \(first)" : "  \(first) → \(last)", .quiet))
        return spans
    }

    private func addHistory(_ d: inout RecordDocument) {
        let history = index.timeline.history(of: home, current: index.snapshot)
        d.heading("Register history (\(RecordWords.count(history.count, "snapshot")))")
        var table = RecordTable(columns: [.init("Snapshot"), .init("Status", limit: 28), .init("Places", numeric: true),
                                          .init("Rating"), .init("Rated on"), .init("Owner")])
        var previous: HomeState?
        for (edition, state) in history {
            guard let state else {
                table.rows.append(.init([Span(edition.date.iso), Span("not listed", .quiet), Span(""), Span(""), Span(""), Span("")]))
                previous = nil
                continue
            }
            // A value that differs from the snapshot before stands out.
            func changed<T: Equatable>(_ value: (HomeState) -> T) -> Span.Mark {
                guard let previous, value(previous) != value(state) else { return .plain }
                return .strong
            }
            var status = state.isOpen ? state.statusWording : "closed"
            if !state.isOpen, let s = state.status, s.isOpen == false { status = s.ofstedName + ", closed" }
            if !state.isOpen, let c = state.closureDate { status += " " + c.iso }
            table.rows.append(.init([
                Span(edition.date.iso),
                Span(status, state.isOpen ? changed(\.isOpen) : .strong),
                Span(state.places.map(String.init) ?? "—", changed(\.places)),
                Span(state.rating.map(RecordWords.short) ?? "—", .judgement(state.rating)),
                Span(state.ratedOn?.iso ?? "—", changed(\.ratedOn)),
                Span(state.organisation ?? "—", changed(\.organisation)),
            ]))
            previous = state
        }
        d.blocks.append(.table(table))
        // The table's last column is cut at 80 columns, and a change of owner is what the
        // reader came for: where the owner changed, each owner is also given whole.
        let owners = history.compactMap { edition, state in state.map { (edition.date, $0.organisation ?? "—") } }
        guard Set(owners.map(\.1)).count > 1 else { return }
        var last: String?
        for (date, owner) in owners where owner != last {
            d.field("Owner at \(date.iso)", owner)
            last = owner
        }
    }

    private func addInspections(_ d: inout RecordDocument) {
        let s = index.snapshot
        let inspections = s.inspections(of: s.homes[Int(home)])
        d.heading("Inspections (\(inspections.count))")
        guard !inspections.isEmpty else { return d.note("Not inspected yet.") }
        var table = RecordTable(columns: [.init("Date"), .init("Type", limit: 30), .init(""), .init("Overall"),
                                          .init("Helped & protected"), .init("Leaders & managers"), .init("Education"),
                                          .init("Health"), .init("Published"), .init("Event", numeric: true)])
        var previousRank: Int?
        var rows: [RecordTable.Row] = []
        for ins in inspections {
            // ↑ ↓ = against the previous full inspection; lower rank is better.
            var arrow = Span("")
            if let rank = ins.overall?.rank {
                if let previous = previousRank {
                    arrow = rank < previous ? Span("↑", .trend(.up)) : rank > previous ? Span("↓", .trend(.down)) : Span("=", .trend(.same))
                }
                previousRank = rank
            }
            let type = Int(ins.eventType) < s.eventTypes.count ? s.eventTypes[Int(ins.eventType)] : ins.kind.ofstedName
            func judged(_ j: Judgement?) -> Span { Span(j.map(RecordWords.short) ?? "—", .judgement(j)) }
            rows.append(.init([Span(ins.date.iso), Span(type), arrow, judged(ins.overall), judged(ins.helpedAndProtected),
                               judged(ins.leadersAndManagers), judged(ins.education), judged(ins.health),
                               Span(ins.published?.iso ?? "—", ins.published == nil ? .quiet : .plain),
                               Span(String(ins.eventNumber), .quiet)]))
        }
        // Newest first: that is what an inspector looks for.
        table.rows = rows.reversed()
        d.blocks.append(.table(table))
    }

    private func addStability(_ d: inout RecordDocument) {
        let s = index.snapshot
        let placements = index.placements(ofHome: home)
        let stability = HomeStability(snapshot: s, home: Int(home), placements: placements.lazy.map { Int($0) }, asOf: index.asOf)
        d.heading("Stability on \(index.asOf.iso)" + (s.metadata.syntheticPlacements ? " (synthetic placements)" : ""))
        if let places = stability.places {
            d.field("Children living here", "\(stability.ongoing) of \(places) places (\(RecordWords.percent(stability.ongoing, of: places)))",
                    stability.ongoing > places ? .strong : .plain)
        } else {
            d.field("Children living here", "\(stability.ongoing) (places not published)")
        }
        if let median = stability.medianStayDays {
            let days = Int(median.rounded())
            d.field("Median stay", RecordWords.length(days: days) + " (\(days) days, over \(RecordWords.count(stability.ended, "ended placement")))")
        } else {
            d.field("Median stay", "— (no placement has ended)")
        }
        if stability.endingsLastYear == 0 {
            d.field("Unplanned endings", "no placement ended in the last 12 months")
        } else {
            let high = stability.unplannedEndingsLastYear * 3 >= stability.endingsLastYear
            d.field("Unplanned endings", RecordWords.unplannedEndings(stability.unplannedEndingsLastYear, of: stability.endingsLastYear),
                    high ? .strong : .plain)
        }
        d.field("Started in 12 months", RecordWords.count(stability.startsLastYear, "placement"))
    }

    private func addPlacements(_ d: inout RecordDocument) {
        let s = index.snapshot
        let placements = index.placements(ofHome: home)
        // Whether they are synthetic is said once, in the stability heading just above.
        d.heading("Placements (\(placements.count))")
        guard !placements.isEmpty else { return d.note("No placements recorded.") }
        var table = RecordTable(columns: [.init("Child", limit: 14), .init("Start"), .init("End"), .init("Days", numeric: true),
                                          .init("Length"), .init("Placed by", limit: 24), .init("How it ended", limit: 60)])
        // Current placements first, then the most recent endings.
        let ordered = placements.sorted { a, b in
            let pa = s.placements[Int(a)], pb = s.placements[Int(b)]
            let ea = pa.end ?? Day(daysSince1970: .max), eb = pb.end ?? Day(daysSince1970: .max)
            return ea != eb ? ea > eb : pa.start > pb.start
        }
        for p in ordered {
            let placement = s.placements[Int(p)]
            let days = max(0, (placement.end ?? index.asOf) - placement.start)
            let child = Int(placement.child) < s.children.count ? s.children[Int(placement.child)] : "?"
            let placedBy = Int(placement.placingAuthority) < s.localAuthorities.count ? s.localAuthorities[Int(placement.placingAuthority)].name : "—"
            table.rows.append(.init([Span(child), Span(placement.start.iso),
                                     Span(placement.end?.iso ?? "ongoing", placement.end == nil ? .strong : .plain),
                                     Span(String(days)), Span(RecordWords.length(from: placement.start, to: placement.end ?? index.asOf)), Span(placedBy),
                                     Span(RecordWords.ending(placement), placement.isUnplannedEnding ? .strong : .plain)],
                                    target: .placement(p)))
        }
        d.blocks.append(.table(table))
    }
}
