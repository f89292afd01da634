import CPrefetch
import HomesData

/// How wide the list's values are among the homes listed, so columns can give up the
/// width they do not need (a list of Leeds homes needs 5 columns for the authority, not
/// 25) and the name gets it. Measured once per new result list, not per frame.
struct ColumnContent: Equatable, Sendable {
    /// Widest value of each measured column (authority, type, owner, sector, rating).
    var widest: [ListColumn: Int] = [:]
    /// Widest short provision type ("Ch. home", "Secure CH") among the homes: the least
    /// the type column can be and still read.
    var shortestType: Int?

    static let measured: [ListColumn] = [.authority, .type, .owner, .sector, .rating]
    /// At most about this many homes are measured.
    static let sampled = 4096

    init() {}

    /// Nothing listed keeps the usual widths: the headings of an empty list do not jump.
    init(index: SnapshotIndex, homes: [Int32], colour: Bool, widths: HomeColumnWidths) {
        guard !homes.isEmpty else { return }
        let ratingWidths = colour ? widths.ratingWidthInColour : widths.ratingWidthPlain
        var authority = 1, type = 1, shortType = 1, owner = 1, sector = 1, rating = 1
        var typeUsed = [Bool](repeating: false, count: widths.typeWidth.count)
        // A long list is measured on homes spread evenly through it: past a few thousand
        // homes the widest values reach the columns' caps anyway, and a keystroke that
        // lists 100,000 homes stays well inside a frame. Each sampled home is one record
        // (one cache miss, not five columns), fetched a few samples ahead: the homes are
        // scattered through memory and waiting for each in turn cost more than the rest.
        let step = max(1, homes.count / ColumnContent.sampled)
        homes.withUnsafeBufferPointer { homes in
            widths.homes.withUnsafeBufferPointer { records in
                typeUsed.withUnsafeMutableBufferPointer { used in
                    let ahead = 16 * step
                    var k = 0
                    while k < homes.count {
                        if k + ahead < homes.count { homes_prefetch(records.baseAddress! + Int(homes[k + ahead])) }
                        let w = records[Int(homes[k])]
                        authority = max(authority, Int(w.authority))
                        used[Int(w.type)] = true
                        owner = max(owner, Int(w.owner))
                        sector = max(sector, Int(w.sector))
                        rating = max(rating, ratingWidths[Int(w.rating)])
                        k += step
                    }
                }
            }
        }
        for (t, used) in typeUsed.enumerated() where used {
            type = max(type, widths.typeWidth[t])
            shortType = max(shortType, widths.shortTypeWidth[t])
        }
        widest = [.authority: authority, .type: type, .owner: owner, .sector: sector, .rating: rating + 2]
        shortestType = shortType
    }
}

/// Each home's width in the measured columns (its judgement code for the rating, whose
/// label depends on colour), worked out once per snapshot: measuring a new result list on
/// a keystroke is then one small record per home instead of a walk through its strings.
struct HomeColumnWidths: Sendable {
    /// One home's widths, kept together so a sampled home costs one memory fetch.
    struct Record: Sendable {
        var authority: UInt8 = 1
        var owner: UInt8 = 1
        var sector: UInt8 = 1
        /// The judgement code (0 = none): its label's width depends on colour.
        var rating: UInt8 = 0
        /// The provision type number (`SnapshotIndex.provisionTypeNumber`).
        var type: UInt16 = 0
    }
    /// By home.
    let homes: [Record]
    /// Each provision type's width and the width of its short label, by type number:
    /// worked out once, not once a keystroke.
    let typeWidth: [Int], shortTypeWidth: [Int]
    /// Each judgement code's label width, with and without colour.
    let ratingWidthInColour: [Int], ratingWidthPlain: [Int]

    init(index: SnapshotIndex) {
        let snapshot = index.snapshot
        let n = snapshot.homes.count
        let authorityWidths = snapshot.localAuthorities.map { UInt8(clamping: TextWidth.of($0.name)) }
        let sectorWidths = [UInt8(1)] + Sector.allCases.map { UInt8(clamping: BrowserView.sectorLabel($0, width: 9).count) }
        var records = [Record](repeating: Record(), count: n)
        snapshot.homes.withUnsafeBufferPointer { all in
            for i in 0..<n {
                var r = Record()
                if let a = all[i].localAuthority, a >= 0, Int(a) < authorityWidths.count { r.authority = authorityWidths[Int(a)] }
                if let o = all[i].organisation { r.owner = UInt8(clamping: o.utf8.count) }
                r.sector = sectorWidths[Int(all[i].sector?.rawValue ?? 0)]
                r.rating = index.latestOverall(Int32(i))?.rawValue ?? 0
                r.type = UInt16(clamping: index.provisionTypeNumber(Int32(i)))
                records[i] = r
            }
        }
        homes = records
        let types = index.provisionTypes
        typeWidth = types.map { TextWidth.of($0) }
        shortTypeWidth = types.map { TextWidth.of(BrowserView.typeLabel($0, width: 0)) }
        func ratingWidths(colour: Bool) -> [Int] {
            var widths = [Int](repeating: 1, count: 256)
            for j in [nil] + Judgement.allCases.map(Optional.some) {
                widths[Int(j?.rawValue ?? 0)] = TextWidth.of(JudgementStyle.label(j, colour: colour))
            }
            return widths
        }
        ratingWidthInColour = ratingWidths(colour: true)
        ratingWidthPlain = ratingWidths(colour: false)
    }
}

/// Where each column sits at a given width. Columns give up what their values do not
/// need; the name gets the rest, up to a comfortable width, before wide terminals add the
/// owner and the placement figures, and only then grow names further. Narrow terminals
/// drop the least needed columns (provision type first); the sorted column always stays.
struct ListLayout: Equatable {
    struct Placed: Equatable {
        let column: ListColumn
        let x: Int
        let width: Int
    }
    /// A span of columns without a sort key of its own.
    struct Span: Equatable {
        let x: Int
        let width: Int
    }
    let columns: [Placed]
    /// The Status column, after the name: only when the list may hold closed homes.
    let status: Span?

    /// Wide enough for "closed 2023-11-30".
    static let statusWidth = 17
    /// The name's width before extra columns are added.
    static let comfortableName = 26
    /// Columns shown from 80 columns, in screen order.
    static let base: [ListColumn] = [.urn, .name, .type, .sector, .authority, .places, .rating, .inspected]
    /// Added, in this order, when there is room after the name is comfortable.
    static let extras: [ListColumn] = [.owner, .occupancy, .unplanned, .placements, .moves]
    /// Dropped first when the terminal is narrow.
    static let dropOrder: [ListColumn] = [.type, .sector, .places, .owner, .moves, .placements, .occupancy, .unplanned,
                                          .inspected, .authority]

    /// The columns at `width`; with `showStatus` the Status column takes its room after the
    /// name first (it says which homes are closed) and the others share what is left.
    init(width: Int, colour: Bool, showStatus: Bool, sortColumn: ListColumn = .name, content: ColumnContent = ColumnContent(),
         chosen: [ListColumn]? = nil) {
        guard showStatus else {
            self = ListLayout(width: width, colour: colour, sortColumn: sortColumn, content: content, chosen: chosen)
            return
        }
        let room = ListLayout.statusWidth + 1
        let rest = ListLayout(width: width - room, colour: colour, sortColumn: sortColumn, content: content, chosen: chosen)
        let name = rest.columns.first { $0.column == .name }!
        let x = name.x + name.width + 1
        self = ListLayout(columns: rest.columns.map { $0.x < x ? $0 : Placed(column: $0.column, x: $0.x + room, width: $0.width) },
                          status: Span(x: x, width: ListLayout.statusWidth))
    }

    private init(columns: [Placed], status: Span?) {
        self.columns = columns
        self.status = status
    }

    /// Width of a fixed column; sector and rating shrink to their values, and at 160
    /// columns and more the figures get their full titles.
    static func fixedWidth(_ column: ListColumn, colour: Bool, roomy: Bool, content: ColumnContent) -> Int? {
        switch column {
        case .urn: 8
        case .sector: min(roomy ? 9 : 7, max(6, content.widest[.sector] ?? 9))
        case .places: roomy ? 6 : 3
        case .occupancy: roomy ? 9 : 5
        case .placements: roomy ? 10 : 5
        case .unplanned: roomy ? 9 : 5
        case .moves: 5
        // The judgement, a space and the trend mark (↑ ↓ =).
        case .rating: min(colour ? 13 : 16, max(8, content.widest[.rating] ?? 16))
        case .inspected: 10
        case .name, .type, .authority, .owner: nil
        }
    }

    /// A flexible column's least width and the width its values want.
    static func flex(_ column: ListColumn, content: ColumnContent) -> (minimum: Int, wanted: Int) {
        let widest = content.widest[column]
        switch column {
        case .name: return (12, 12)
        // Short type labels ("Ch. home", "Secure CH") take at most 11 columns.
        case .type: return (max(4, min(10, content.shortestType ?? 10, widest ?? 10)), min(28, widest ?? 10))
        case .authority: return (max(2, min(9, widest ?? 9)), min(24, widest ?? 9))
        case .owner: return (min(14, widest ?? 14), min(32, widest ?? 14))
        default: return (0, 0)
        }
    }

    /// `chosen` (the settings' `columns:`, the name among them) replaces the usual columns
    /// and their order, and no extras join: only what the user listed shows, less what a
    /// narrow terminal must drop, plus the sorted column at the end when it was not listed.
    init(width: Int, colour: Bool, sortColumn: ListColumn = .name, content: ColumnContent = ColumnContent(),
         chosen: [ListColumn]? = nil) {
        let roomy = width >= 160
        // The sorted column is wide enough for its arrow beside a readable title.
        func fixed(_ c: ListColumn) -> Int? {
            ListLayout.fixedWidth(c, colour: colour, roomy: roomy, content: content).map { c == sortColumn ? max($0, c.headingWidth(sorted: true)) : $0 }
        }
        func minimum(_ c: ListColumn) -> Int { fixed(c) ?? ListLayout.flex(c, content: content).minimum }
        /// Margin, the columns at their least, a space between each.
        func needed(_ set: [ListColumn]) -> Int { 1 + set.reduce(0) { $0 + minimum($1) } + set.count - 1 }
        let order = chosen.map { $0.contains(sortColumn) ? $0 : $0 + [sortColumn] } ?? ListColumn.allCases
        func ordered(_ set: [ListColumn]) -> [ListColumn] { order.filter(set.contains) }

        var shown = chosen == nil ? ListLayout.base : order
        if !shown.contains(sortColumn) { shown = ordered(shown + [sortColumn]) }
        for column in ListLayout.dropOrder where needed(shown) > width && column != sortColumn {
            shown.removeAll { $0 == column }
        }
        // Extras join once the name can be comfortable beside them.
        for column in ListLayout.extras where chosen == nil && !shown.contains(column) {
            let with = ordered(shown + [column])
            if needed(with) + (ListLayout.comfortableName - 12) <= width { shown = with }
        }
        var widths: [ListColumn: Int] = [:]
        for column in shown { widths[column] = minimum(column) }
        var spare = max(0, width - needed(shown))
        func grow(_ column: ListColumn, to target: Int) {
            guard let w = widths[column], target > w else { return }
            let add = min(spare, target - w)
            widths[column] = w + add
            spare -= add
        }
        // Short authorities and types first ("Manchester" whole beats two more letters of a
        // name), then a comfortable name, then the rest of the others, then names again.
        // A type too long for 12 columns shows its short form: no wider than that.
        grow(.authority, to: min(12, ListLayout.flex(.authority, content: content).wanted))
        let type = ListLayout.flex(.type, content: content).wanted
        grow(.type, to: min(12, type <= 12 ? type : (content.shortestType ?? 10)))
        grow(.name, to: ListLayout.comfortableName)
        for column in [ListColumn.authority, .type, .owner] { grow(column, to: ListLayout.flex(column, content: content).wanted) }
        grow(.name, to: Int.max)
        var x = 1
        var placed: [Placed] = []
        for column in shown {
            let w = widths[column]!
            placed.append(Placed(column: column, x: x, width: w))
            x += w + 1
        }
        columns = placed
        status = nil
    }
}
