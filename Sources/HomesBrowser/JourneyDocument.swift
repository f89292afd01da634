import HomesData

/// One child's placements across every home, in date order, with the gaps between them.
enum JourneyDocument {
    static func make(child c: Int32, focus: Int32?, index: SnapshotIndex, colour: Bool) -> DocumentState {
        let snapshot = index.snapshot
        let asOf = index.asOf
        let reference = Int(c) < snapshot.children.count ? snapshot.children[Int(c)] : "?"
        let placements = index.placements(ofChild: c)
        let yearAgo = asOf.adding(months: -12)
        var b = DocumentBuilder()

        let homes = Set(placements.map { snapshot.placements[Int($0)].home })
        let authorities = Set(placements.map { snapshot.placements[Int($0)].placingAuthority })
        let movesLastYear = placements.dropFirst().filter {
            let start = snapshot.placements[Int($0)].start
            return start > yearAgo && start <= asOf
        }.count
        let unplanned = placements.filter { snapshot.placements[Int($0)].planned == false }.count

        b.heading("Child \(reference)")
        b.field("Placements", "\(placements.count) in \(homes.count) home\(homes.count == 1 ? "" : "s")")
        b.field("Placing authorities", authorities.sorted().compactMap {
            Int($0) < snapshot.localAuthorities.count ? snapshot.localAuthorities[Int($0)].name : nil
        }.joined(separator: ", "))
        b.field("Moves in 12 months", "\(movesLastYear)", style: movesLastYear >= 3 ? Style(bold: true, reverse: !colour) : .plain)
        b.field("Unplanned endings", "\(unplanned)")
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
               run("Placed by", at: 130, Style(dim: true))])
        var focusLine: Int?
        var previousEnd: Day?
        for p in placements {
            let placement = snapshot.placements[Int(p)]
            if let previousEnd {
                let gap = placement.start - previousEnd
                if gap > 0 {
                    b.row([run("… gap of \(lengthText(days: gap))", at: 12, Style(dim: true))])
                } else if gap < 0 {
                    b.row([run("… overlaps the previous placement by \(lengthText(days: -gap))", at: 12, Style(bold: true))])
                }
            }
            if p == focus { focusLine = b.lines.count }
            var runs = DetailDocument.placementRuns(p, snapshot: snapshot, asOf: asOf, showHome: true)
            if placement.start > yearAgo, placement.start <= asOf, p != placements.first {
                runs.insert(run("*", at: 0, Style(bold: true)), at: 0)
            }
            let authority = Int(placement.placingAuthority) < snapshot.localAuthorities.count
                ? snapshot.localAuthorities[Int(placement.placingAuthority)].name : "—"
            runs.append(run(authority, at: 130))
            b.row(runs, target: .home(placement.home))
            previousEnd = placement.end
        }
        var doc = DocumentState(title: "Child \(reference)  ·  journey", lines: b.lines, sections: b.sections)
        if let focusLine { doc.view.cursor = focusLine }
        return doc
    }
}
