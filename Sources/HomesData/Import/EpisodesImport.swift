import Foundation

/// What a column of an episodes CSV holds.
enum EpisodeField: Hashable {
    case child, start, end, reasonNewEpisode, placementType, reasonCeased, reasonPlaceChange, urn, placingAuthority
}

/// A council's SSDA903 episodes, as CSV: one row per episode, SSDA903's own column
/// names (CHILD, DECOM, DEC, RNE, PLACE, REC, REASON_PLACE_CHANGE, URN) plus the
/// placing authority (LA), which the national return leaves implicit. Only episodes
/// whose URN is a home in the snapshot become placements; docs/import.md lists the
/// columns and aliases.
struct EpisodesFile: Sendable {
    var path: String
    var order: Int
    var encoding: TextEncoding
    var headers: [String]
    var columns: [EpisodeField: Int] = [:]
    var ignored: [String] = []
    var unknown: [UnknownColumn] = []
    var trailingEmpty = 0
    /// Rows with every cell empty, skipped.
    var blank = 0
    var records: ArraySlice<CSVRecord>
    var csvProblems: [CSVProblem]

    static let names: [String: EpisodeField] = [
        "child": .child, "child id": .child, "child reference": .child, "child ref": .child,
        "decom": .start, "start": .start, "start date": .start, "date episode commenced": .start,
        "dec": .end, "end": .end, "end date": .end, "date episode ceased": .end,
        "rne": .reasonNewEpisode, "reason for new episode": .reasonNewEpisode,
        "place": .placementType, "placement type": .placementType,
        "rec": .reasonCeased, "reason episode ceased": .reasonCeased,
        "reason place change": .reasonPlaceChange, "reason for placement change": .reasonPlaceChange,
        "urn": .urn, "provider urn": .urn, "placement urn": .urn, "ofsted urn": .urn,
        "la": .placingAuthority, "placing authority": .placingAuthority, "placing la": .placingAuthority,
        "la code": .placingAuthority, "placing authority code": .placingAuthority,
    ]

    /// SSDA903 columns that `homes` does not keep (legal status, category of need,
    /// postcodes — never imported, they could identify a child's family).
    static let ignoredNames: Set<String> = ["ls", "cin", "place provider", "home post", "pl post", "legal status", "category of need", "sex", "dob"]

    static func looksLikeEpisodes(_ header: [String]) -> Bool {
        let fields = Set(header.compactMap { names[OfstedColumns.normalise($0)] })
        return fields.contains(.child) && fields.contains(.start)
    }

    init(path: String, order: Int, records: [CSVRecord], csvProblems: [CSVProblem], encoding: TextEncoding) {
        self.path = path
        self.order = order
        self.encoding = encoding
        self.csvProblems = csvProblems
        headers = records.first?.fields ?? []
        self.records = records.dropFirst().filter { !$0.isBlank }[...]
        blank = max(0, records.count - 1 - self.records.count)
        for (i, h) in headers.enumerated() {
            let n = OfstedColumns.normalise(h)
            if let f = Self.names[n], columns[f] == nil { columns[f] = i; continue }
            if Self.ignoredNames.contains(n) { ignored.append(h.trimmedCell); continue }
            let filled = self.records.reduce(0) { $0 + ((i < $1.fields.count && !$1.fields[i].trimmedCell.isEmpty) ? 1 : 0) }
            if n.isEmpty && filled == 0 { trailingEmpty += 1; continue }
            var dates = 0
            for r in self.records where i < r.fields.count { if case .date = OfstedValues.date(r.fields[i]) { dates += 1 } }
            unknown.append(UnknownColumn(header: h, position: i + 1, nonEmptyCells: filled, dateCells: dates, judgementCells: 0))
        }
    }
}

/// Adds episodes to a snapshot as placements, checking every reference.
struct EpisodesJoin {
    var snapshot: Snapshot
    var homeIndex: [String: Int32]
    var authorityIndex: [String: Int32]
    var defaultAuthority: String?
    var childIndex: [String: Int32]
    var seen: Set<Placement>

    init(snapshot: Snapshot, authorityIndex: [String: Int32], defaultAuthority: String?) {
        self.snapshot = snapshot
        self.authorityIndex = authorityIndex
        self.defaultAuthority = defaultAuthority
        homeIndex = Dictionary(snapshot.homes.enumerated().map { ($1.urn, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        childIndex = Dictionary(snapshot.children.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        seen = Set(snapshot.placements)
    }

    /// The authority an episode names: an ONS code, a DfE code, or a name (Ofsted's
    /// or ONS's spelling), matched against the snapshot's authorities.
    func authority(_ raw: String) -> Int32? {
        let s = raw.trimmedCell
        if let i = snapshot.localAuthorities.firstIndex(where: { $0.code == s.uppercased() }) { return Int32(i) }
        if let dfe = Int(s), let a = EnglishAuthorities.all.first(where: { $0.dfeCode == dfe }),
           let i = snapshot.localAuthorities.firstIndex(where: { $0.code == a.onsCode }) { return Int32(i) }
        if let k = AuthorityNames.index(of: s),
           let i = snapshot.localAuthorities.firstIndex(where: { $0.code == EnglishAuthorities.all[k].onsCode }) { return Int32(i) }
        return nil
    }

    mutating func add(_ f: EpisodesFile) -> (ImportFileSummary, [ImportProblem]) {
        var summary = ImportFileSummary(path: f.path)
        summary.kind = .episodes
        summary.encoding = f.encoding
        summary.ignoredColumns = f.ignored
        summary.unknownColumns = f.unknown
        summary.trailingEmptyColumns = f.trailingEmpty
        summary.rowsBlank = f.blank
        var problems: [ImportProblem] = f.csvProblems.map {
            ImportProblem(file: f.path, line: $0.line, severity: $0.message.contains("left out") ? .rejected : .warning, message: "column \($0.column): \($0.message)")
        }
        summary.rowsRejected = problems.filter { $0.severity == .rejected }.count
        // A record the CSV reader left out (a quote never closed) was read too.
        summary.rowsRead = f.records.count + f.blank + summary.rowsRejected
        let c = f.columns
        for required in [EpisodeField.urn, .placementType, .reasonNewEpisode] where c[required] == nil {
            let name = required == .urn ? "URN" : required == .placementType ? "PLACE" : "RNE"
            problems.append(ImportProblem(file: f.path, line: 1, severity: .rejected, message: "no \(name) column: episodes file not imported (see docs/import.md for the columns expected)"))
            summary.rowsRejected = f.records.count
            return (summary, problems)
        }
        if c[.placingAuthority] == nil && defaultAuthority == nil {
            problems.append(ImportProblem(file: f.path, line: 1, severity: .rejected, message: "no LA column and no --placing-authority given: episodes file not imported"))
            summary.rowsRejected = f.records.count
            return (summary, problems)
        }
        var children = Set<Int32>()
        for r in f.records {
            func cell(_ k: EpisodeField) -> String { guard let i = c[k], i < r.fields.count else { return "" }; return r.fields[i].trimmedCell }
            func header(_ k: EpisodeField) -> String? { c[k].map { f.headers[$0] } }
            func reject(_ k: EpisodeField?, _ message: String) {
                problems.append(ImportProblem(file: f.path, line: r.line, column: k.flatMap(header), severity: .rejected, message: message + ": episode left out"))
                summary.rowsRejected += 1
            }
            let child = cell(.child)
            if child.isEmpty { reject(.child, "no child reference"); continue }
            guard case .date(let start) = OfstedValues.date(cell(.start)) else {
                reject(.start, "start date \(CSVReader.printable(cell(.start))) is missing or not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100)"); continue
            }
            var end: Day?
            switch OfstedValues.date(cell(.end)) {
            case .blank: break
            case .impossible: reject(.end, "end date \(CSVReader.printable(cell(.end))) is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100)"); continue
            case .date(let d): end = d
            }
            if let e = end, e < start { reject(.end, "ends \(e.iso), before it starts (\(start.iso))"); continue }
            let urn = cell(.urn).uppercased()
            guard let home = homeIndex[urn] else {
                reject(.urn, urn.isEmpty ? "no provider URN" : "URN \(CSVReader.printable(urn)) is not a home in the snapshot"); continue
            }
            let rawAuthority = c[.placingAuthority] != nil && !cell(.placingAuthority).isEmpty ? cell(.placingAuthority) : (defaultAuthority ?? "")
            guard let la = authority(rawAuthority) else {
                reject(.placingAuthority, "placing authority \(CSVReader.printable(rawAuthority)) is not an English authority (give an ONS code, a DfE code or the name)"); continue
            }
            guard let place = SSDA903.index(of: cell(.placementType).uppercased(), in: SSDA903.placementTypes) else {
                reject(.placementType, "unknown placement type \(CSVReader.printable(cell(.placementType))) (expected an SSDA903 PLACE code such as K1, K2, S1)"); continue
            }
            guard let rne = SSDA903.index(of: cell(.reasonNewEpisode).uppercased(), in: SSDA903.reasonsForNewEpisode) else {
                reject(.reasonNewEpisode, "unknown reason for new episode \(CSVReader.printable(cell(.reasonNewEpisode))) (expected S, L, P, T, U or B)"); continue
            }
            // REC and REASON_PLACE_CHANGE only say how an episode ended: one that cannot be
            // used is dropped with a warning and the episode kept, as nothing else in it is
            // wrong. (PLACE and RNE above are required by the snapshot format, so an
            // unknown code there leaves nothing that could be written.)
            func dropField(_ k: EpisodeField, _ message: String) {
                problems.append(ImportProblem(file: f.path, line: r.line, column: header(k), severity: .warning, message: message))
            }
            var rec: UInt8?
            if !cell(.reasonCeased).isEmpty {
                if let v = SSDA903.index(of: cell(.reasonCeased).uppercased(), in: SSDA903.reasonsEpisodeCeased) {
                    if end == nil {
                        // Councils' returns often carry a REC on the open episode (DfE's own
                        // validator test data does, on 1,413 of 5,050); the episode is ongoing.
                        dropField(.reasonCeased, "a reason the episode ceased (\(CSVReader.printable(cell(.reasonCeased)))) but no end date: kept as ongoing, the reason left out")
                    } else {
                        rec = v
                    }
                } else {
                    dropField(.reasonCeased, "unknown reason episode ceased \(CSVReader.printable(cell(.reasonCeased))) (expected an SSDA903 REC code such as X1, E4A): the episode kept, the reason left out")
                }
            }
            var rpc: UInt8?
            if !cell(.reasonPlaceChange).isEmpty {
                if let v = SSDA903.index(of: cell(.reasonPlaceChange).uppercased(), in: SSDA903.reasonsForPlacementChange) {
                    rpc = v
                } else {
                    dropField(.reasonPlaceChange, "unknown reason for placement change \(CSVReader.printable(cell(.reasonPlaceChange))) (expected an SSDA903 code such as CARPL, CREQB): the episode kept, the reason left out")
                }
            }
            var planned: Bool?
            if end != nil, rec != nil || rpc != nil {
                let codes = [rec.map { SSDA903.reasonsEpisodeCeased[Int($0)].code }, rpc.map { SSDA903.reasonsForPlacementChange[Int($0)].code }]
                planned = !codes.contains { $0.map(SSDA903.unplannedEndingCodes.contains) ?? false }
            }
            let childID: Int32
            if let existing = childIndex[child] { childID = existing } else {
                childID = Int32(snapshot.children.count)
                snapshot.children.append(child)
                childIndex[child] = childID
            }
            let p = Placement(child: childID, home: home, start: start, end: end, placingAuthority: la, placementType: place,
                              reasonNewEpisode: rne, reasonCeased: rec, reasonPlaceChange: rpc, planned: planned)
            if seen.contains(p) {
                problems.append(ImportProblem(file: f.path, line: r.line, severity: .warning, message: "the same episode as an earlier row: not added twice"))
                continue
            }
            seen.insert(p)
            snapshot.placements.append(p)
            children.insert(childID)
            summary.placements += 1
        }
        return (summary, problems)
    }
}

extension OfstedImport {
    /// Joins episodes files to an existing snapshot (`homes import episodes … --into`).
    public static func joinEpisodes(paths: [String], into snapshot: Snapshot, placingAuthority: String? = nil) -> (snapshot: Snapshot, report: ImportReport) {
        var report = ImportReport()
        let authorityIndex = Dictionary(snapshot.localAuthorities.enumerated().map { ($1.code, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        var join = EpisodesJoin(snapshot: snapshot, authorityIndex: authorityIndex, defaultAuthority: placingAuthority)
        for (i, path) in paths.enumerated() {
            guard let data = FileManager.default.contents(atPath: path) else {
                report.files.append(ImportFileSummary(path: path))
                report.problems.append(ImportProblem(file: path, severity: .rejected, message: "cannot be read (no such file, a directory, or no permission): file not imported"))
                continue
            }
            let decoded = TextDecoding.decode([UInt8](data))
            let (records, csvProblems) = CSVReader.read(decoded.utf8)
            guard let header = records.first, EpisodesFile.looksLikeEpisodes(header.fields) else {
                report.files.append(ImportFileSummary(path: path))
                report.problems.append(ImportProblem(file: path, line: 1, severity: .rejected, message: "not an episodes file: the header needs CHILD and DECOM columns (see docs/import.md); file not imported"))
                continue
            }
            let (summary, problems) = join.add(EpisodesFile(path: path, order: i, records: records, csvProblems: csvProblems, encoding: decoded.encoding))
            report.files.append(summary)
            report.problems += problems
        }
        let s = join.snapshot
        report.snapshotDate = s.metadata.snapshotDate
        report.snapshotDateSource = "the snapshot joined into"
        report.homes = s.homes.count
        report.inspections = s.inspections.count
        report.authoritiesWithInspection = s.localAuthorities.filter { $0.inspection != nil }.count
        report.placements = s.placements.count
        report.children = s.children.count
        return (s, report)
    }
}
