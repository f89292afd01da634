/// The full record of one home as `homes show` prints it: every field, its
/// authority and region, every inspection with every judgement, and every
/// placement at the home. All record text goes through `TerminalText.escaped`.
public struct HomeRecordText {
    public let index: SnapshotIndex
    public let home: Int32

    public init(index: SnapshotIndex, home: Int32) {
        self.index = index
        self.home = home
    }

    public var text: String {
        let s = index.snapshot
        let h = s.homes[Int(home)]
        func e(_ v: String?) -> String { v.map(TerminalText.escaped) ?? "—" }
        func day(_ d: Day?) -> String { d?.iso ?? "—" }
        var out = "\(e(h.urn))  \(h.name.map(TerminalText.escaped) ?? "(name REDACTED)")\n"
        if let closed = index.closedWording(home) {
            out += "  \(closed.uppercased(with: nil)): not on Ofsted's register at \(index.asOf.iso)\n"
        }
        out += "\n"
        var fields: [(String, String)] = [
            ("Provision type", e(h.provisionType)),
            ("Sector", e(h.sector?.ofstedName)),
            ("Organisation", e(h.organisation)),
        ]
        if let a = s.authority(of: h) {
            var line = "\(e(a.name)) (\(e(a.code)))"
            if let ins = a.inspection {
                line += "; children's services \(ins.overall?.ofstedName ?? "not judged") on \(ins.date.iso)"
            }
            fields.append(("Local authority", line))
        } else {
            fields.append(("Local authority", "—"))
        }
        fields += [
            ("Region", e(h.region ?? s.authority(of: h)?.region)),
            ("Ofsted region", e(h.ofstedRegion)),
            ("Places", h.places.map(String.init) ?? "—"),
            ("Registered", day(h.registrationDate)),
            ("Status", [h.status?.ofstedName, index.closedWording(home)].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "—"),
        ]
        if let c = h.closureDate { fields.append(("Closed", c.iso)) }
        fields += [
            ("Short breaks only", h.shortBreakOnly ? "yes" : "no"),
            ("Multi-building", h.multiBuilding ? "yes" : "no"),
            ("Registered for", h.registeredFor.isEmpty ? "—" : h.registeredFor.map(TerminalText.escaped).joined(separator: ", ")),
            ("Latest rating", index.latestOverall(home).map { j in
                let date = index.ratingHistory(home).last?.date.iso ?? ""
                let trend = index.trend(home).map { " \($0.mark) \($0.wording)" } ?? ""
                return "\(j.ofstedName) (\(date))\(trend)"
            } ?? "not yet rated"),
            ("Last inspected", day(index.lastInspected(home))),
        ]
        let labelWidth = fields.map { $0.0.count }.max() ?? 0
        for (k, v) in fields { out += "  " + TerminalText.padded(k, width: labelWidth) + "  " + v + "\n" }

        if index.timeline.hasChanges {
            out += "\nOn the register, snapshot by snapshot\n"
            var rows = [["Snapshot", "Status", "Places", "Owner", "Rating"]]
            for (edition, state) in index.timeline.history(of: home, current: s) {
                guard let state else { rows.append([edition.date.iso, "not listed", "", "", ""]); continue }
                rows.append([edition.date.iso, state.isOpen ? state.statusWording : "closed" + (state.closureDate.map { " \($0.iso)" } ?? ""),
                             state.places.map(String.init) ?? "—", e(state.organisation), state.rating?.shortName ?? "not yet rated"])
            }
            out += Self.table(rows)
        }

        let inspections = s.inspections(of: h)
        out += "\nInspections (\(inspections.count))\n"
        if inspections.isEmpty {
            out += "  none recorded\n"
        } else {
            var rows = [["Date", "Type", "Overall", "Helped & protected", "Leaders & managers", "Education", "Health", "Published"]]
            for ins in inspections.reversed() {
                let type = Int(ins.eventType) < s.eventTypes.count ? s.eventTypes[Int(ins.eventType)] : ins.kind.ofstedName
                rows.append([ins.date.iso, TerminalText.escaped(type), ins.overall?.shortName ?? "—", ins.helpedAndProtected?.shortName ?? "—",
                             ins.leadersAndManagers?.shortName ?? "—", ins.education?.shortName ?? "—", ins.health?.shortName ?? "—",
                             day(ins.published)])
            }
            out += Self.table(rows)
        }

        let placements = index.placements(ofHome: home)
        let stability = HomeStability(snapshot: s, home: Int(home), placements: placements.map(Int.init), asOf: index.asOf)
        out += "\nStability on \(index.asOf.iso)\(s.metadata.syntheticPlacements ? " (synthetic placements)" : "")\n"
        var figures: [(String, String)] = [
            ("Children living here", stability.places.map { "\(stability.ongoing) of \($0) places" } ?? "\(stability.ongoing)"),
            ("Median stay", stability.medianStayDays.map { "\(Int($0.rounded())) days (\(stability.ended) ended placements)" } ?? "no ended placements"),
            ("Started in the last year", String(stability.startsLastYear)),
            ("Ended in the last year", String(stability.endingsLastYear)),
        ]
        if let share = stability.unplannedShareLastYear {
            figures.append(("Unplanned endings", "\(stability.unplannedEndingsLastYear) of \(stability.endingsLastYear) (\(Int((share * 100).rounded()))%)"))
        }
        let figureWidth = figures.map { $0.0.count }.max() ?? 0
        for (k, v) in figures { out += "  " + TerminalText.padded(k, width: figureWidth) + "  " + v + "\n" }

        let synthetic = s.metadata.syntheticPlacements ? ", synthetic" : ""
        out += "\nPlacements at this home (\(placements.count)\(synthetic))\n"
        if placements.isEmpty {
            out += "  none recorded\n"
        } else {
            var rows = [["Child", "Start", "End", "Days", "Placed by", "How it ended"]]
            for p in placements.map({ s.placements[Int($0)] }) {
                let end = p.end ?? index.asOf
                let placedBy = Int(p.placingAuthority) < s.localAuthorities.count ? s.localAuthorities[Int(p.placingAuthority)].name : "—"
                rows.append([TerminalText.escaped(s.children[Int(p.child)]), p.start.iso, p.end?.iso ?? "ongoing",
                             String(max(0, end - p.start)), TerminalText.escaped(placedBy), Self.ending(p)])
            }
            out += Self.table(rows, rightAligned: [3])
        }
        return out
    }

    /// How a placement ended, in words: the reason it ceased, the reason for the
    /// move, and whether it was planned.
    static func ending(_ p: Placement) -> String {
        guard p.end != nil else { return "" }
        var parts: [String] = []
        if let r = p.reasonCeased, Int(r) < SSDA903.reasonsEpisodeCeased.count { parts.append(SSDA903.reasonsEpisodeCeased[Int(r)].meaning) }
        if let r = p.reasonPlaceChange, Int(r) < SSDA903.reasonsForPlacementChange.count { parts.append(SSDA903.reasonsForPlacementChange[Int(r)].meaning) }
        if let planned = p.planned { parts.append(planned ? "planned" : "unplanned") }
        return parts.joined(separator: "; ")
    }

    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (c, v) in r.enumerated() { widths[c] = max(widths[c], TextWidth.of(v)) } }
        var out = ""
        for r in rows {
            var line = "  " + r.enumerated().map { c, v in TerminalText.padded(v, width: widths[c], right: rightAligned.contains(c)) }
                .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

extension String {
    /// Nil for the empty string, so `?? "—"` can stand in for nothing.
    var nonEmpty: String? { isEmpty ? nil : self }
}
