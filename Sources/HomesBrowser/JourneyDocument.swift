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
        func names(_ authorities: [Int32]) -> String {
            let known = authorities.filter { $0 >= 0 && Int($0) < snapshot.localAuthorities.count }
            let list = Set(known).map { snapshot.localAuthorities[Int($0)].name }.sorted()
            return list.isEmpty ? "—" : list.joined(separator: ", ")
        }
        let moves = max(0, placements.count - 1)
        let endings = placements.map { PlacementWording.kind(snapshot.placements[Int($0)]) }

        b.heading("Child \(reference)")
        b.field("Placements", "\(placements.count) in \(journey.distinctHomes) home\(journey.distinctHomes == 1 ? "" : "s")"
                    + " across \(journey.distinctHomeAuthorities) authorit\(journey.distinctHomeAuthorities == 1 ? "y" : "ies")")
        b.field("Moves", "\(moves) in all, \(journey.movesLastYear) in the last 12 months",
                style: journey.movesLastYear >= 3 ? Style(bold: true, reverse: !colour) : .plain)
        b.field("Placed by", names(placements.map { snapshot.placements[Int($0)].placingAuthority }))
        b.field("Homes in", names(placements.compactMap { snapshot.homes[Int(snapshot.placements[Int($0)].home)].localAuthority }))
        b.field("Endings", ["unplanned", "planned", "ongoing"].compactMap { kind in
            let n = endings.filter { $0 == kind }.count
            return n == 0 ? nil : "\(n) \(kind)"
        }.joined(separator: ", "))
        if let first = placements.first, let last = placements.last {
            let lastPlacement = snapshot.placements[Int(last)]
            let spanText = RecordWords.length(from: snapshot.placements[Int(first)].start, to: lastPlacement.end ?? asOf)
            b.field("Span of placements", spanText + (lastPlacement.end == nil ? " (ongoing)" : ""))
        }

        b.blank()
        b.heading("Placements, in date order")
        b.row([run("* = a move in the last 12 months", at: 2, Style(dim: true))])
        let dim = Style(dim: true)
        b.row([run("URN", at: 2, dim), run("Home", at: 12, dim), run("Start", at: 33, dim), run("End", at: 45, dim),
               run("Length", at: 57, dim), run("Ending", at: 68, dim), run("Home's authority", at: 79, dim),
               run("Why it ended", at: 100, dim), run("Placed by", at: 146, dim), run("Placement type", at: 168, dim),
               run("How it started", at: 196, dim)])
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
            let home = snapshot.homes[Int(placement.home)]
            func authority(_ a: Int32?) -> String {
                guard let a, a >= 0, Int(a) < snapshot.localAuthorities.count else { return "—" }
                return snapshot.localAuthorities[Int(a)].name
            }
            let kind = PlacementWording.kind(placement)
            let reason = PlacementWording.ending(placement).dropFirst(kind.count + 2)
            var runs: [DocumentLine.Run] = []
            if placement.start > yearAgo, placement.start <= asOf, p != placements.first { runs.append(run("*", at: 0, Style(bold: true))) }
            runs += [run(home.urn, at: 2), run(home.displayName, at: 12), run(placement.start.iso, at: 33),
                     run(placement.end?.iso ?? "ongoing", at: 45, placement.end == nil ? Style(bold: true) : .plain),
                     run(RecordWords.length(from: placement.start, to: placement.end ?? asOf), at: 57),
                     run(kind, at: 68, placement.isUnplannedEnding ? Style(bold: true) : .plain),
                     run(authority(home.localAuthority), at: 79), run(reason.isEmpty ? "—" : String(reason), at: 100),
                     run(authority(placement.placingAuthority), at: 146)]
            // Placement types and reasons for starting are kept in words with their code:
            // inspectors and councils both say "K2".
            let type = code(SSDA903.placementTypes, placement.placementType)
            runs.append(run(type.map { "\($0.code) \($0.meaning)" } ?? "—", at: 168))
            let started = code(SSDA903.reasonsForNewEpisode, placement.reasonNewEpisode)
            runs.append(run(started.map { "\($0.code) \($0.meaning)" } ?? "—", at: 196))
            b.row(runs, target: .home(placement.home))
        }
        var doc = DocumentState(title: "Child \(reference)  ·  journey", lines: b.lines, sections: b.sections)
        if let focusLine { doc.view.cursor = focusLine }
        return doc
    }
}
