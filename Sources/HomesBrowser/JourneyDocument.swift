import HomesData

/// One child's placements across every home, in date order, with the gaps between them.
enum JourneyDocument {
    static func make(child c: Int32, focus: Int32?, index: SnapshotIndex, colour: Bool) -> DocumentState {
        let snapshot = index.snapshot
        let asOf = index.asOf
        let reference = Int(c) < snapshot.children.count ? snapshot.children[Int(c)] : "?"
        let journey = ChildJourney(snapshot: snapshot, child: c, placements: index.placements(ofChild: c).lazy.map { Int($0) }, asOf: asOf)
        let placements = journey.placements.map { Int32($0) }
        let yearAgo = asOf.adding(months: -12)
        var b = DocumentBuilder()
        let authorities = Set(placements.map { snapshot.placements[Int($0)].placingAuthority })

        b.heading("Child \(reference)")
        b.field("Placements", "\(placements.count) in \(journey.distinctHomes) home\(journey.distinctHomes == 1 ? "" : "s")"
                    + " across \(journey.distinctHomeAuthorities) authorit\(journey.distinctHomeAuthorities == 1 ? "y" : "ies")")
        b.field("Placing authorities", authorities.sorted().compactMap {
            Int($0) < snapshot.localAuthorities.count ? snapshot.localAuthorities[Int($0)].name : nil
        }.joined(separator: ", "))
        b.field("Moves in 12 months", "\(journey.movesLastYear)", style: journey.movesLastYear >= 3 ? Style(bold: true, reverse: !colour) : .plain)
        b.field("Unplanned endings", "\(journey.unplannedEndings)")
        if let first = placements.first, let last = placements.last {
            let lastPlacement = snapshot.placements[Int(last)]
            let span = (lastPlacement.end ?? asOf) - snapshot.placements[Int(first)].start
            b.field("Span of placements", lengthText(days: span) + (lastPlacement.end == nil ? " (ongoing)" : ""))
        }

        b.blank()
        b.heading("Placements, in date order")
        b.row([run("* = a move in the last 12 months", at: 2, Style(dim: true))])
        b.row([run("URN", at: 2, Style(dim: true)), run("Home", at: 12, Style(dim: true)),
               run("Start", at: 33, Style(dim: true)), run("End", at: 45, Style(dim: true)),
               run("Length", at: 57, Style(dim: true)), run("How it ended", at: 68, Style(dim: true)),
               run("Placed by", at: 130, Style(dim: true)), run("Placement type", at: 152, Style(dim: true)),
               run("How it started", at: 180, Style(dim: true))])
        var focusLine: Int?
        for (i, p) in placements.enumerated() {
            if i > 0 {
                switch journey.gapsDays[i - 1] {
                case let gap? where gap > 0:
                    b.row([run("… gap of \(lengthText(days: gap))", at: 12, Style(dim: true))])
                case let gap? where gap < 0:
                    b.row([run("… overlaps the previous placement by \(lengthText(days: -gap))", at: 12, Style(bold: true))])
                case nil:
                    b.row([run("… the previous placement has no end recorded", at: 12, Style(bold: true))])
                default:
                    break // a same-day move
                }
            }
            let placement = snapshot.placements[Int(p)]
            if p == focus { focusLine = b.lines.count }
            var runs = DetailDocument.placementRuns(p, snapshot: snapshot, asOf: asOf, showHome: true)
            if placement.start > yearAgo, placement.start <= asOf, p != placements.first {
                runs.insert(run("*", at: 0, Style(bold: true)), at: 0)
            }
            let authority = Int(placement.placingAuthority) < snapshot.localAuthorities.count
                ? snapshot.localAuthorities[Int(placement.placingAuthority)].name : "—"
            runs.append(run(authority, at: 130))
            let type = code(SSDA903.placementTypes, placement.placementType)
            runs.append(run(type.map { "\($0.code) \($0.meaning)" } ?? "—", at: 152))
            let started = code(SSDA903.reasonsForNewEpisode, placement.reasonNewEpisode)
            runs.append(run(started.map { "\($0.code) \($0.meaning)" } ?? "—", at: 180))
            b.row(runs, target: .home(placement.home))
        }
        var doc = DocumentState(title: "Child \(reference)  ·  journey", lines: b.lines, sections: b.sections)
        if let focusLine { doc.view.cursor = focusLine }
        return doc
    }
}
