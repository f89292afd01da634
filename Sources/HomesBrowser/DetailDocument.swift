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

/// "3y 2m", "5 months", "12 days": how long a placement lasted (`RecordWords.length`).
func lengthText(days: Int) -> String { RecordWords.length(days: days) }

func code(_ table: [SSDA903.Code], _ i: UInt8?) -> SSDA903.Code? {
    guard let i, Int(i) < table.count else { return nil }
    return table[Int(i)]
}

/// The detail screen of one home: `HomeRecordText`'s document, the one `homes show`
/// prints, drawn with colour and a cursor (Enter on a placement opens the child's
/// journey, on the local authority its card).
enum DetailDocument {
    static func make(home h: Int32, index: SnapshotIndex, colour: Bool) -> DocumentState {
        RecordRendering.state(HomeRecordText(index: index, home: h).document, colour: colour)
    }

    static func placementRuns(_ p: Int32, snapshot: Snapshot, asOf: Day, showHome: Bool) -> [DocumentLine.Run] {
        let placement = snapshot.placements[Int(p)]
        let child = Int(placement.child) < snapshot.children.count ? snapshot.children[Int(placement.child)] : "?"
        let end = placement.end.map(\.iso) ?? "ongoing"
        let length = RecordWords.length(from: placement.start, to: placement.end ?? asOf)
        let authority = Int(placement.placingAuthority) < snapshot.localAuthorities.count
            ? snapshot.localAuthorities[Int(placement.placingAuthority)].name : "—"
        var ended = "—"
        if placement.end != nil {
            let change = code(SSDA903.reasonsForPlacementChange, placement.reasonPlaceChange)
            let ceased = code(SSDA903.reasonsEpisodeCeased, placement.reasonCeased)
            ended = (change ?? ceased).map { "\($0.code) \($0.meaning)" } ?? "ended"
            if placement.isUnplannedEnding { ended = "unplanned: " + ended }
        }
        var runs: [DocumentLine.Run]
        if showHome {
            let home = snapshot.homes[Int(placement.home)]
            runs = [run(home.urn, at: 2), run(home.displayName, at: 12)]
            runs += [run(placement.start.iso, at: 33), run(end, at: 45, placement.end == nil ? Style(bold: true) : .plain),
                     run(length, at: 57), run(ended, at: 68, placement.isUnplannedEnding ? Style(bold: true) : .plain)]
        } else {
            runs = [run(child, at: 2), run(placement.start.iso, at: 13),
                    run(end, at: 25, placement.end == nil ? Style(bold: true) : .plain),
                    run(length, at: 37), run(authority, at: 48),
                    run(ended, at: 66, placement.isUnplannedEnding ? Style(bold: true) : .plain)]
        }
        return runs
    }
}
