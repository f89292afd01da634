import HomesData

/// Builds the lines of a document screen; runs may start at a fixed column so tables line up.
struct DocumentBuilder {
    var lines: [DocumentLine] = []
    var sections: [Int] = []

    mutating func heading(_ text: String) {
        sections.append(lines.count)
        lines.append(DocumentLine([.init(text: text, style: Style(bold: true, underline: true), column: 1)], isHeading: true))
    }

    mutating func field(_ label: String, _ value: String, style: Style = .plain) {
        lines.append(DocumentLine([
            .init(text: label, style: Style(dim: true), column: 2),
            .init(text: value, style: style, column: 22),
        ]))
    }

    mutating func row(_ runs: [DocumentLine.Run], target: DocumentLine.Target = .none) {
        lines.append(DocumentLine(runs, target: target))
    }

    mutating func blank() { lines.append(DocumentLine([])) }
}

func run(_ text: String, at column: Int? = nil, _ style: Style = .plain) -> DocumentLine.Run {
    .init(text: text, style: style, column: column)
}

/// "3 years 2 months", "5 months", "12 days": how long a placement lasted.
func lengthText(days: Int) -> String {
    if days < 62 { return days == 1 ? "1 day" : "\(days) days" }
    let months = days * 12 / 365
    if months < 24 { return "\(months) months" }
    return "\(months / 12)y \(months % 12)m"
}

func percent(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "—" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
}

func code(_ table: [SSDA903.Code], _ i: UInt8?) -> SSDA903.Code? {
    guard let i, Int(i) < table.count else { return nil }
    return table[Int(i)]
}

/// The detail screen of one home: every field, the inspection timeline, stability figures
/// and the placements (Enter on one opens the child's journey).
enum DetailDocument {
    static func make(home h: Int32, index: SnapshotIndex, colour: Bool) -> DocumentState {
        let snapshot = index.snapshot
        let home = snapshot.homes[Int(h)]
        let asOf = index.asOf
        var b = DocumentBuilder()

        b.heading("Home")
        b.field("URN", home.urn)
        b.field("Name", home.name ?? "(not published: REDACTED)", style: home.name == nil ? Style(dim: true) : Style(bold: true))
        b.field("Organisation", home.organisation ?? "—")
        b.field("Provision type", home.provisionType)
        b.field("Sector", home.sector?.ofstedName ?? "—")
        // Whether the home is on the register at the snapshot date, in words: a closure
        // dated after it (announced) still leaves it open then.
        let closed = index.closedWording(h)
        var status = home.status?.ofstedName ?? "—"
        if let closed { status += " · " + closed + " (not open at \(asOf.iso))" }
        else if let date = home.closureDate { status += " · closing \(date.iso)" }
        b.field("Status", status, style: closed == nil ? .plain : Style(bold: true))
        b.field("Registered", home.registrationDate?.iso ?? "—")
        b.field("Places", home.places.map(String.init) ?? "—")
        b.field("Registered for", home.registeredFor.isEmpty ? "—" : home.registeredFor.joined(separator: ", "))
        b.field("Short breaks only", home.shortBreakOnly ? "yes" : "no")
        b.field("Multiple buildings", home.multiBuilding ? "yes" : "no")
        if let la = snapshot.authority(of: home) {
            b.field("Local authority", "\(la.name) (\(la.code))")
            if let ilacs = la.inspection {
                var text = "\(ilacs.date.iso) "
                text += JudgementStyle.label(ilacs.overall, colour: colour, short: false)
                b.field("LA inspection", text, style: JudgementStyle.style(ilacs.overall, colour: colour))
            }
        } else {
            b.field("Local authority", "—")
        }
        b.field("Region", home.region ?? "—")
        b.field("Ofsted region", home.ofstedRegion ?? "—")

        b.blank()
        let inspections = snapshot.inspections(of: home)
        b.heading("Inspections (\(inspections.count))")
        if inspections.isEmpty {
            b.row([run("Not inspected yet.", at: 2, Style(dim: true))])
        } else {
            b.row([run("Date", at: 2, Style(dim: true)), run("Type", at: 14, Style(dim: true)),
                   run("Overall", at: 38, Style(dim: true)), run("Protected", at: 53, Style(dim: true)),
                   run("Leadership", at: 68, Style(dim: true)), run("Education", at: 83, Style(dim: true)),
                   run("Health", at: 98, Style(dim: true)), run("Published", at: 113, Style(dim: true)),
                   run("Event", at: 125, Style(dim: true))])
            var previousRank: Int?
            var rows: [DocumentLine] = []
            for inspection in inspections {
                var arrow = " "
                if let rank = inspection.overall?.rank {
                    if let previous = previousRank {
                        // Lower rank is better: Outstanding is 1.
                        arrow = rank < previous ? "↑" : rank > previous ? "↓" : "="
                    }
                    previousRank = rank
                }
                let type = Int(inspection.eventType) < snapshot.eventTypes.count
                    ? snapshot.eventTypes[Int(inspection.eventType)] : inspection.kind.ofstedName
                func judged(_ j: Judgement?, _ column: Int) -> DocumentLine.Run {
                    run(j.map { JudgementStyle.label($0, colour: colour, short: true) } ?? "—", at: column,
                        j == nil ? Style(dim: true) : JudgementStyle.style(j, colour: colour))
                }
                // An interim outcome ("Declined effectiveness") is said whole, over the area
                // columns it has no judgements in: "Declined" alone reads like a refusal.
                let interim = inspection.overall.map { !$0.isFourPoint } ?? false
                let areas = interim ? [] : [judged(inspection.helpedAndProtected, 53), judged(inspection.leadersAndManagers, 68),
                                            judged(inspection.education, 83), judged(inspection.health, 98)]
                let overall = interim ? run(JudgementStyle.label(inspection.overall, colour: colour, short: false), at: 38,
                                      JudgementStyle.style(inspection.overall, colour: colour))
                    : judged(inspection.overall, 38)
                rows.append(DocumentLine([
                    run(inspection.date.iso, at: 2), run(type, at: 14),
                    run(arrow, at: 36, arrow == "↓" ? Style(bold: true) : .plain), overall] + areas + [
                    run(inspection.published?.iso ?? "—", at: 113, inspection.published == nil ? Style(dim: true) : .plain),
                    run(String(inspection.eventNumber), at: 125, Style(dim: true)),
                ]))
            }
            // Newest first: that is what an inspector looks for.
            b.lines += rows.reversed()
        }

        b.blank()
        addHistory(of: h, index: index, colour: colour, to: &b)

        let placements = index.placements(ofHome: h)
        let stability = HomeStability(snapshot: snapshot, home: Int(h), placements: placements.lazy.map { Int($0) }, asOf: asOf)
        b.blank()
        b.heading("Stability (as of \(asOf.iso))")
        if let places = stability.places {
            b.field("Occupancy", "\(stability.ongoing) of \(places) places filled (\(percent(stability.ongoing, of: places)))",
                    style: stability.ongoing > places ? Style(bold: true) : .plain)
        } else {
            b.field("Occupancy", "\(stability.ongoing) children placed (places not published)")
        }
        if let median = stability.medianStayDays {
            let days = Int(median.rounded())
            b.field("Median stay", lengthText(days: days) + " (\(days) days, over \(stability.ended) ended placement\(stability.ended == 1 ? "" : "s"))")
        } else {
            b.field("Median stay", "— (no placement has ended)")
        }
        if stability.endingsLastYear == 0 {
            b.field("Unplanned endings", "no placement ended in the last 12 months")
        } else {
            let high = stability.unplannedEndingsLastYear * 3 >= stability.endingsLastYear
            b.field("Unplanned endings", PlacementWording.unplannedEndings(stability.unplannedEndingsLastYear, of: stability.endingsLastYear),
                    style: high ? Style(bold: true, reverse: !colour) : .plain)
        }
        b.field("New, last 12 months", "\(stability.startsLastYear) placement\(stability.startsLastYear == 1 ? "" : "s") started")

        b.blank()
        b.heading("Placements (\(placements.count))")
        if placements.isEmpty {
            b.row([run("No placements recorded.", at: 2, Style(dim: true))])
        } else {
            b.row([run("Child", at: 2, Style(dim: true)), run("Start", at: 13, Style(dim: true)),
                   run("End", at: 25, Style(dim: true)), run("Length", at: 37, Style(dim: true)),
                   run("Placing authority", at: 48, Style(dim: true)), run("How it ended", at: 66, Style(dim: true))])
            // Current placements first, then the most recent endings.
            let ordered = placements.sorted { a, b in
                let pa = snapshot.placements[Int(a)], pb = snapshot.placements[Int(b)]
                let ea = pa.end ?? Day(daysSince1970: .max), eb = pb.end ?? Day(daysSince1970: .max)
                return ea != eb ? ea > eb : pa.start > pb.start
            }
            for p in ordered {
                b.row(placementRuns(p, snapshot: snapshot, asOf: asOf), target: .placement(p))
            }
        }
        let title = [home.displayName, home.urn] + (closed.map { [$0] } ?? [])
        return DocumentState(title: title.joined(separator: "  ·  "), lines: b.lines, sections: b.sections)
    }

    static func placementRuns(_ p: Int32, snapshot: Snapshot, asOf: Day) -> [DocumentLine.Run] {
        let placement = snapshot.placements[Int(p)]
        let child = Int(placement.child) < snapshot.children.count ? snapshot.children[Int(placement.child)] : "?"
        let end = placement.end.map(\.iso) ?? "ongoing"
        let length = (placement.end ?? asOf) - placement.start
        let authority = Int(placement.placingAuthority) < snapshot.localAuthorities.count
            ? snapshot.localAuthorities[Int(placement.placingAuthority)].name : "—"
        let ended = placement.end == nil ? "—" : PlacementWording.ending(placement)
        return [run(child, at: 2), run(placement.start.iso, at: 13),
                run(end, at: 25, placement.end == nil ? Style(bold: true) : .plain),
                run(lengthText(days: length), at: 37), run(authority, at: 48),
                run(ended, at: 66, placement.isUnplannedEnding ? Style(bold: true) : .plain)]
    }
}
