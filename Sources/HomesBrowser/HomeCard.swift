import HomesData

/// One home on a whole screen, for a room to read (`P` on the list or a home's detail):
/// URN, owner, local authority, places and the ratings of its full inspections, each in
/// block letters five rows high where the width allows, the rest in bold, spread over
/// the full height. Nothing about children is on it, so it is the same in meeting mode.
enum HomeCard {
    struct Item {
        let label: String
        let text: String
        var big: Bool = false
    }

    static func draw(_ state: BrowserState, home h: Int32, _ canvas: inout Canvas) {
        let index = state.index
        let snapshot = index.snapshot
        let home = snapshot.homes[Int(h)]
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: BrowserView.bar)
        canvas.text(" Home card · \(home.urn) · \(home.displayName)", x: 0, y: 0, style: Style(bold: true, reverse: true))
        let authority = home.localAuthority.flatMap { Int($0) < snapshot.localAuthorities.count ? snapshot.localAuthorities[Int($0)].name : nil }
        let ratings = fullRatings(home, snapshot)
        var items = [
            Item(label: "URN", text: home.urn),
            Item(label: "Ratings, full inspections, oldest first", text: ""),
            Item(label: "Owner", text: home.organisation ?? "not published"),
            Item(label: "Local authority", text: authority ?? "not published"),
            Item(label: "Places", text: home.places.map { "\($0) place\($0 == 1 ? "" : "s")" } ?? "not published"),
        ]
        let room = canvas.width - 4
        // Each item takes a label row and a line; block letters take four rows more.
        var rows = canvas.height - 2
        rows -= items.count * 2
        for i in items.indices {
            // The ratings' tiles have the year under them: one row more.
            let extra = i == 1 ? BigText.height : BigText.height - 1
            guard rows >= extra else { continue }
            let fits = i == 1 ? !ratings.isEmpty && tileWidth <= room
                : BigText.lines(items[i].text) != nil && BigText.width(items[i].text) <= room
            if fits {
                items[i].big = true
                rows -= extra
            }
        }
        // What is left spreads the items down the screen.
        let gap = max(0, min(3, rows / max(1, items.count)))
        var y = 1 + gap
        for (i, item) in items.enumerated() {
            guard y < canvas.height - 1 else { break }
            canvas.text(item.label, x: 2, y: y, width: room, style: Style(dim: true))
            y += 1
            if i == 1 {
                y = drawRatings(ratings, big: item.big, x: 2, y: y, width: room, colour: state.colour, &canvas)
            } else if item.big, let lines = BigText.lines(item.text, double: BigText.width(item.text, double: true) <= room) {
                for line in lines where y < canvas.height - 1 {
                    canvas.text(line, x: 2, y: y, width: room, style: Style(bold: true))
                    y += 1
                }
            } else if y < canvas.height - 1 {
                canvas.text(item.text, x: 2, y: y, width: room, style: Style(bold: true))
                y += 1
            }
            y += gap
        }
        let status = canvas.height - 1
        canvas.fill(x: 0, y: status, width: canvas.width, height: 1, style: BrowserView.bar)
        let used = canvas.text(" " + (index.closedWording(h).map { "\(home.urn) · \($0)" } ?? home.urn), x: 0, y: status,
                               style: Style(bold: true, reverse: true))
        BrowserView.drawHint(["[ ] previous and next home · m mark · q back", "[ ] home · q back", "q back"], after: used, y: status, &canvas)
    }

    /// The widest a rating tile is ("RI" in block letters and a gap).
    static let tileWidth = BigText.width("RI") + 2

    /// Each full inspection's overall judgement and its year, oldest first.
    static func fullRatings(_ home: Home, _ snapshot: Snapshot) -> [(judgement: Judgement, year: String)] {
        home.inspections.compactMap { i in
            let inspection = snapshot.inspections[Int(i)]
            guard inspection.kind == .full, let overall = inspection.overall else { return nil }
            return (overall, String(inspection.date.iso.prefix(4)))
        }
    }

    static func word(_ judgement: Judgement) -> String {
        switch judgement {
        case .outstanding: "O"
        case .good: "G"
        case .requiresImprovement: "RI"
        case .inadequate: "I"
        default: judgement.shortName
        }
    }

    /// The ratings as tiles (block letters, the year under each), the newest that fit;
    /// small, as "2019 Good · 2022 RI", without room. Returns the row after them.
    static func drawRatings(_ ratings: [(judgement: Judgement, year: String)], big: Bool, x: Int, y: Int, width: Int,
                            colour: Bool, _ canvas: inout Canvas) -> Int {
        if ratings.isEmpty {
            canvas.text("not yet rated", x: x, y: y, width: width, style: Style(bold: true))
            return y + 1
        }
        guard big else {
            var column = x
            for rating in ratings.suffix(max(1, width / 12)) {
                let label = rating.year + " " + JudgementStyle.label(rating.judgement, colour: colour)
                column += canvas.text(label, x: column, y: y, width: max(0, x + width - column),
                                      style: JudgementStyle.style(rating.judgement, colour: colour).with(bold: true))
                column += canvas.text("  ", x: column, y: y, width: max(0, x + width - column))
            }
            return y + 1
        }
        // Square letters when every rating fits so, else the newest that fit.
        let wideTile = BigText.width("RI", double: true) + 2
        let double = ratings.count * (wideTile + 1) <= width + 1
        let tile = double ? wideTile : tileWidth
        let shown = ratings.suffix(max(1, (width + 1) / (tile + 1)))
        var column = x
        for rating in shown {
            var style = JudgementStyle.style(rating.judgement, colour: colour)
            style.bold = true
            style.reverse = false
            for (r, line) in (BigText.lines(word(rating.judgement), double: double) ?? []).enumerated() where y + r < canvas.height - 1 {
                canvas.text(line, x: column, y: y + r, width: tile, style: style)
            }
            if y + BigText.height < canvas.height - 1 {
                canvas.text(rating.year, x: column, y: y + BigText.height, width: tile, style: Style(bold: true))
            }
            column += tile + 1
        }
        return y + BigText.height + 1
    }
}

extension Style {
    func with(bold: Bool) -> Style {
        var s = self
        s.bold = bold
        return s
    }
}
