/// A home's details as one row gives them. Nil means blank in this row; whether the
/// file has the column at all is in `OfstedFile.fieldsPresent`.
struct HomeDetails: Sendable {
    var name: String?
    var provisionType: String?
    var sector: Sector?
    var organisation: String?
    var authorityName: String?
    var ofstedRegion: String?
    var region: String?
    var places: Int32?
    var registrationDate: Day?
    var status: RegistrationStatus?
    var closureDate: Day?
    var shortBreakOnly: Bool?
    var multiBuilding: Bool?
}

/// One inspection event as a row gives it, with Ofsted's event-type wording.
struct InspectionRecord: Sendable {
    var eventNumber: Int64
    var eventType: String
    var date: Day
    var published: Day?
    var overall: Judgement?
    var helpedAndProtected: Judgement?
    var leadersAndManagers: Judgement?
    var education: Judgement?
    var health: Judgement?
}

struct ProviderRow: Sendable {
    var line: Int
    var urn: String
    var details: HomeDetails
    var inspections: [InspectionRecord]
}

struct AuthorityRow: Sendable {
    var line: Int
    var name: String
    var inspection: AuthorityInspection?
}

/// One Ofsted CSV, read and checked row by row but not yet merged with the others.
struct OfstedFile: Sendable {
    var path: String
    /// Position among the files given, to break ties between files of the same date.
    var order: Int
    var summary: ImportFileSummary
    var fieldsPresent: Set<OfstedField> = []
    var providers: [ProviderRow] = []
    var authorities: [AuthorityRow] = []
    var problems: [ImportProblem] = []
    /// Homes with a valid URN whose row was rejected for something else: a register
    /// still lists them, so they must not be closed for being absent.
    var rejectedURNs: Set<String> = []
    /// The latest date in the file (inspection; registration in a places list;
    /// closure in a closed list), for files whose name carries no date.
    var latestEvent: Day?

    /// What `latestEvent` is, as the report says where a file's date came from.
    var latestEventSource: String {
        switch summary.kind {
        case .placesList: "latest registration in it"
        case .closedList: "latest closure in it"
        default: "latest inspection in it"
        }
    }

    /// A table whose header was recognised: the columns in use, by field and group.
    /// Looked up for every cell, so a flat array by field and group, not a dictionary.
    struct Columns {
        var headers: [String]
        var slots = [Int?](repeating: nil, count: OfstedField.allCases.count * 2)
        static func slot(_ f: OfstedField, _ g: InspectionGroup) -> Int { f.rawValue * 2 + (g == .previous ? 1 : 0) }
        func at(_ f: OfstedField, _ g: InspectionGroup = .current) -> Int? { slots[Columns.slot(f, g)] }
        func has(_ f: OfstedField) -> Bool { at(f, .current) != nil || at(f, .previous) != nil }
        mutating func set(_ f: OfstedField, _ g: InspectionGroup, _ i: Int) { slots[Columns.slot(f, g)] = i }
        var fields: Set<OfstedField> { Set(OfstedField.allCases.filter(has)) }
    }

    /// Provision types as written, cleaned once per distinct spelling.
    private var provisionTypes: [String: String?] = [:]

    init(path: String, order: Int, records: [CSVRecord], csvProblems: [CSVProblem], encoding: TextEncoding) {
        self.path = path
        self.order = order
        summary = ImportFileSummary(path: path)
        summary.encoding = encoding
        guard let header = records.first else {
            problems.append(ImportProblem(file: path, severity: .rejected, message: "the file is empty: no header row; file not imported"))
            return
        }
        // A record the CSV reader left out (a quote never closed) was read too: it is one
        // of the rows rejected, so "rejected" never outnumbers "read".
        summary.rowsRead = records.count - 1 + csvProblems.filter { $0.message.contains("left out") }.count
        // An unrecognised file is one problem, its columns named: not a page of
        // unknown columns and CSV complaints about a file that is not a table of Ofsted's.
        summary.kind = ImportFileKind.recognise(header: header.fields)
        guard summary.kind != nil && summary.kind != .episodes else {
            summary.kind = nil
            problems.append(ImportProblem(file: path, line: header.line, severity: .rejected,
                                          message: ImportFileKind.unrecognisedMessage(header: header.fields)))
            return
        }
        for p in csvProblems {
            problems.append(ImportProblem(file: path, line: p.line, severity: p.message.contains("left out") ? .rejected : .warning,
                                          message: "column \(p.column): \(p.message)"))
            if p.message.contains("left out") { summary.rowsRejected += 1 }
        }
        var columns = Columns(headers: header.fields)
        var unknown: [Int] = []
        for (i, h) in header.fields.enumerated() {
            switch OfstedColumns.meaning(ofHeader: h) {
            case .field(let f, let g):
                if let earlier = columns.at(f, g) {
                    problems.append(ImportProblem(file: path, line: header.line, column: h, severity: .warning,
                                                  message: "appears twice (columns \(earlier + 1) and \(i + 1)); the first is used"))
                } else {
                    columns.set(f, g, i)
                }
            case .ignored:
                if h.trimmedCell.isEmpty { unknown.append(i) } else { summary.ignoredColumns.append(h.trimmedCell) }
            case .unknown:
                unknown.append(i)
            }
        }
        fieldsPresent = columns.fields
        let rows = records.dropFirst().filter { !$0.isBlank }[...]
        summary.rowsBlank = records.count - 1 - rows.count
        describeUnknownColumns(unknown, headers: header.fields, rows: rows)

        switch summary.kind {
        case .providersAtDate, .providersInYear, .placesList:
            readProviders(rows, columns)
            if summary.kind == .placesList { latestEvent = providers.compactMap(\.details.registrationDate).max() }
        case .closedList:
            readClosedList(rows, columns)
        case .authorities:
            readAuthorities(rows, columns)
        case .episodes, nil:
            break  // refused above (episodes are read by EpisodesFile)
        }
    }

    private mutating func describeUnknownColumns(_ positions: [Int], headers: [String], rows: ArraySlice<CSVRecord>) {
        for i in positions {
            var u = UnknownColumn(header: headers[i], position: i + 1, nonEmptyCells: 0, dateCells: 0, judgementCells: 0)
            for r in rows where i < r.fields.count {
                let v = r.fields[i]
                if v.trimmedCell.isEmpty { continue }
                u.nonEmptyCells += 1
                if case .date = OfstedValues.date(v) { u.dateCells += 1 }
                if case .judgement = OfstedValues.judgement(v) { u.judgementCells += 1 }
            }
            if headers[i].trimmedCell.isEmpty && !u.carriesData {
                summary.trailingEmptyColumns += 1
            } else {
                summary.unknownColumns.append(u)
            }
        }
    }

    private mutating func reject(_ line: Int, _ column: String?, _ message: String) {
        problems.append(ImportProblem(file: path, line: line, column: column, severity: .rejected, message: message))
        summary.rowsRejected += 1
    }

    private mutating func warn(_ line: Int, _ column: String?, _ message: String) {
        problems.append(ImportProblem(file: path, line: line, column: column, severity: .warning, message: message))
    }

    // MARK: Providers

    private mutating func readProviders(_ rows: ArraySlice<CSVRecord>, _ c: Columns) {
        providers.reserveCapacity(rows.count)
        var urns = Set<String>()
        var inspectionCount = 0
        rowLoop: for r in rows {
            func cell(_ i: Int?) -> String { guard let i, i < r.fields.count else { return "" }; return r.fields[i] }
            func header(_ i: Int?) -> String? { i.map { c.headers[$0] } }
            guard let urn = checkedURN(r, c) else { continue }
            var d = HomeDetails()
            let rawType = cell(c.at(.provisionType))
            if let known = provisionTypes[rawType] { d.provisionType = known } else {
                d.provisionType = OfstedValues.provisionType(rawType)
                provisionTypes[rawType] = d.provisionType
            }
            if c.has(.provisionType) && d.provisionType == nil {
                reject(r.line, header(c.at(.provisionType)), "no provision type: row left out")
                rejectedURNs.insert(urn)
                continue
            }
            d.name = OfstedValues.text(cell(c.at(.name)))
            d.organisation = OfstedValues.text(cell(c.at(.organisation)))
            d.authorityName = OfstedValues.text(cell(c.at(.localAuthority)))
            d.ofstedRegion = OfstedValues.text(cell(c.at(.ofstedRegion)))
            d.region = OfstedValues.text(cell(c.at(.region)))
            if let i = c.at(.sector), let s = OfstedValues.text(cell(i)) {
                if let v = OfstedValues.sector(s) { d.sector = v } else { warn(r.line, header(i), "unknown sector \(CSVReader.printable(s)): left out") }
            }
            d.status = status(r, c)
            if let i = c.at(.places) {
                switch OfstedValues.count(cell(i)) {
                case .blank: break
                case .number(let n) where n <= SnapshotParser.maximumPlaces: d.places = Int32(n)
                case .number:
                    // More than any home has: the loader would refuse the whole home
                    // (found by the import fuzzer), so only the number is left out.
                    warn(r.line, header(i), "places \(CSVReader.printable(cell(i))) is impossible (expected 0 to \(SnapshotParser.maximumPlaces)): left out")
                case .invalid: warn(r.line, header(i), "places \(CSVReader.printable(cell(i))) is not a whole number: left out")
                }
            }
            d.registrationDate = detailDate(.registrationDate, "registration date", r, c)
            d.closureDate = detailDate(.closureDate, "closure date", r, c)
            if let i = c.at(.shortBreakOnly) {
                d.shortBreakOnly = OfstedValues.flag(cell(i), header: c.headers[i])
                if d.shortBreakOnly == nil { warn(r.line, header(i), "expected yes or no, found \(CSVReader.printable(cell(i))): taken as no"); d.shortBreakOnly = false }
            }
            if let i = c.at(.multiBuilding) {
                d.multiBuilding = OfstedValues.flag(cell(i), header: c.headers[i])
                if d.multiBuilding == nil { warn(r.line, header(i), "expected yes or no, found \(CSVReader.printable(cell(i))): taken as no"); d.multiBuilding = false }
            }
            var found: [InspectionRecord] = []
            for group in [InspectionGroup.current, .previous] {
                switch readInspection(r, c, group) {
                case .none: break
                case .some(.success(let ins)): found.append(ins)
                case .some(.failure(let rejection)):
                    reject(r.line, rejection.column, rejection.message)
                    rejectedURNs.insert(urn)
                    continue rowLoop
                }
            }
            urns.insert(urn)
            inspectionCount += found.count
            providers.append(ProviderRow(line: r.line, urn: urn, details: d, inspections: found))
        }
        summary.homes = urns.count
        summary.inspections = inspectionCount
    }

    /// The row's URN, upper-cased, or nil (the row rejected) when it has none or
    /// one of the wrong shape. Also warns of data in cells beyond the header.
    private mutating func checkedURN(_ r: CSVRecord, _ c: Columns) -> String? {
        let i = c.at(.urn)
        let rawURN = (i.flatMap { $0 < r.fields.count ? r.fields[$0] : nil } ?? "").trimmedCell
        if rawURN.isEmpty { reject(r.line, nil, "no URN: row left out"); return nil }
        let urn = rawURN.uppercased()
        guard Home.isValidURN(urn) else {
            reject(r.line, i.map { c.headers[$0] }, "URN \(CSVReader.printable(rawURN)) is neither SC and 6 digits nor 7 digits: row left out")
            return nil
        }
        if r.fields.count > c.headers.count, r.fields[c.headers.count...].contains(where: { !$0.trimmedCell.isEmpty }) {
            warn(r.line, nil, "\(r.fields.count) cells but \(c.headers.count) headers: the cells beyond the header are not imported")
        }
        return urn
    }

    /// A registration or closure date: nil when blank or impossible (warned), a
    /// spreadsheet serial read and warned.
    private mutating func detailDate(_ field: OfstedField, _ name: String, _ r: CSVRecord, _ c: Columns) -> Day? {
        guard let i = c.at(field) else { return nil }
        let raw = i < r.fields.count ? r.fields[i] : ""
        switch OfstedValues.date(raw) {
        case .blank: return nil
        case .date(let day):
            if OfstedValues.isSpreadsheetSerial(raw) {
                warn(r.line, c.headers[i], "\(name) \(CSVReader.printable(raw)) is a spreadsheet serial day number: read as \(day.iso)")
            }
            return day
        case .impossible:
            warn(r.line, c.headers[i], "\(name) \(CSVReader.printable(raw)) is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100): left out")
            return nil
        }
    }

    /// A registration status cell: nil when blank or not Ofsted's wording (warned).
    private mutating func status(_ r: CSVRecord, _ c: Columns) -> RegistrationStatus? {
        guard let i = c.at(.status), i < r.fields.count, let s = OfstedValues.text(r.fields[i]) else { return nil }
        if let v = OfstedValues.status(s) { return v }
        warn(r.line, c.headers[i], "unknown registration status \(CSVReader.printable(s)): left out")
        return nil
    }

    struct RowRejection: Error { var column: String?; var message: String }

    /// Nil when the row has no inspection in this group or it cannot be used (each
    /// reason a warning); a failure would reject the row, and no rule does so now.
    private mutating func readInspection(_ r: CSVRecord, _ c: Columns, _ g: InspectionGroup) -> Result<InspectionRecord, RowRejection>? {
        let fields: [OfstedField] = [.eventNumber, .eventDate, .eventType, .publicationDate, .overall, .helpedAndProtected, .leadersAndManagers, .education, .health]
        guard fields.contains(where: { c.at($0, g) != nil }) else { return nil }
        func cell(_ f: OfstedField) -> String { guard let i = c.at(f, g), i < r.fields.count else { return "" }; return r.fields[i] }
        func header(_ f: OfstedField) -> String? { c.at(f, g).map { c.headers[$0] } }
        if fields.allSatisfy({ cell($0).trimmedCell.isEmpty || OfstedValues.isNull(cell($0).trimmedCell) }) { return nil }

        let date: Day
        switch OfstedValues.date(cell(.eventDate)) {
        case .impossible:
            // The home itself is not in doubt (and may be on a register, where leaving it
            // out would close it): only this inspection is, having no date to place it.
            warn(r.line, header(.eventDate), "inspection date \(CSVReader.printable(cell(.eventDate))) is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100): inspection left out, the rest of the row imported")
            return nil
        case .blank:
            warn(r.line, header(.eventDate) ?? "inspection date", "an inspection with no date (event number \(CSVReader.printable(cell(.eventNumber)))): inspection left out, the rest of the row imported")
            return nil
        case .date(let d):
            date = d
            if OfstedValues.isSpreadsheetSerial(cell(.eventDate)) {
                warn(r.line, header(.eventDate), "inspection date \(CSVReader.printable(cell(.eventDate))) is a spreadsheet serial day number: read as \(d.iso)")
            }
        }
        guard let number = OfstedValues.eventNumber(cell(.eventNumber)) else {
            warn(r.line, header(.eventNumber) ?? "event number", "the inspection of \(date.iso) has no usable event number (\(CSVReader.printable(cell(.eventNumber)))): inspection left out, the rest of the row imported")
            return nil
        }
        let eventType = OfstedValues.text(cell(.eventType)).map { $0.replacingAll("\u{2019}", with: "'") } ?? ""
        if eventType.isEmpty {
            warn(r.line, header(.eventType) ?? "event type", "inspection \(number) has no event type: inspection left out, the rest of the row imported")
            return nil
        }
        var ins = InspectionRecord(eventNumber: number, eventType: eventType, date: date)
        if let i = c.at(.publicationDate, g) {
            switch OfstedValues.date(cell(.publicationDate)) {
            case .blank: break
            case .impossible:
                warn(r.line, c.headers[i], "publication date \(CSVReader.printable(cell(.publicationDate))) is not a possible date: left out")
            case .date(let p):
                if OfstedValues.isSpreadsheetSerial(cell(.publicationDate)) {
                    warn(r.line, c.headers[i], "publication date \(CSVReader.printable(cell(.publicationDate))) is a spreadsheet serial day number: read as \(p.iso)")
                }
                if p < date {
                    warn(r.line, c.headers[i], "inspection \(number) published \(p.iso), before it took place (\(date.iso)): publication date left out")
                } else {
                    ins.published = p
                }
            }
        }
        func judged(_ f: OfstedField) -> Judgement? {
            switch OfstedValues.judgement(cell(f)) {
            case .none: return nil
            case .judgement(let j): return j
            case .unknown(let s):
                warn(r.line, header(f), "unknown judgement \(CSVReader.printable(s)) (expected Ofsted's wording, e.g. 'Good', 'Requires improvement to be good', 'Not judged'): left out")
                return nil
            }
        }
        ins.overall = judged(.overall)
        ins.helpedAndProtected = judged(.helpedAndProtected)
        ins.leadersAndManagers = judged(.leadersAndManagers)
        ins.education = judged(.education)
        ins.health = judged(.health)
        if latestEvent.map({ date > $0 }) ?? true { latestEvent = date }
        return .success(ins)
    }

    // MARK: Closed children's homes

    /// The closed list: URN, registration status, date closed. A row gives a status
    /// and closure date only; whether the home is new to the import is for the merge
    /// to say (it then becomes a closed children's home). Later editions carry a few
    /// "Active" rows with no date: the home is not closed, and the row says so.
    private mutating func readClosedList(_ rows: ArraySlice<CSVRecord>, _ c: Columns) {
        var urns = Set<String>()
        for r in rows {
            guard let urn = checkedURN(r, c) else { continue }
            var d = HomeDetails()
            d.status = status(r, c)
            d.closureDate = detailDate(.closureDate, "closure date", r, c)
            switch (d.status, d.closureDate) {
            case (nil, nil):
                reject(r.line, nil, "neither a registration status nor a closure date: row left out")
                continue
            case (nil, .some):
                d.status = .closed  // listed with the date it closed: closed, however worded
            case (.some(let s), .some(let day)) where s.isOpen:
                warn(r.line, c.at(.closureDate).map { c.headers[$0] }, "status \(s.ofstedName) but closed on \(day.iso): taken as \(s.keyword), the date left out")
                d.closureDate = nil
            default:
                break
            }
            if let day = d.closureDate, latestEvent.map({ day > $0 }) ?? true { latestEvent = day }
            urns.insert(urn)
            providers.append(ProviderRow(line: r.line, urn: urn, details: d, inspections: []))
        }
        summary.homes = urns.count
    }

    // MARK: Local authorities

    private mutating func readAuthorities(_ rows: ArraySlice<CSVRecord>, _ c: Columns) {
        let nameColumn = c.at(.authorityName) ?? c.at(.localAuthority)
        for r in rows {
            func cell(_ i: Int?) -> String { guard let i, i < r.fields.count else { return "" }; return r.fields[i] }
            guard let name = OfstedValues.text(cell(nameColumn)) else {
                reject(r.line, nameColumn.map { c.headers[$0] }, "no local authority name: row left out")
                continue
            }
            var inspection: AuthorityInspection?
            let dateColumn = c.at(.eventDate)
            let rawDate = cell(dateColumn)
            switch OfstedValues.date(rawDate) {
            case .date(let d):
                func judged(_ f: OfstedField) -> Judgement? {
                    switch OfstedValues.judgement(cell(c.at(f))) {
                    case .none: return nil
                    case .judgement(let j): return j
                    case .unknown(let s):
                        warn(r.line, c.at(f).map { c.headers[$0] }, "unknown judgement \(CSVReader.printable(s)): left out")
                        return nil
                    }
                }
                inspection = AuthorityInspection(date: d, overall: judged(.authorityOverall), leaders: judged(.authorityLeaders),
                                                 helpAndProtection: judged(.authorityHelpAndProtection), childrenInCare: judged(.authorityChildrenInCare))
                if latestEvent.map({ d > $0 }) ?? true { latestEvent = d }
            case .blank:
                break
            case .impossible:
                if case .none = OfstedValues.judgement(rawDate) {
                    break  // "No full inspection" where the date would be
                }
                // The authority is known (all 153 always are); only its judgements, which
                // cannot be dated, are left out.
                warn(r.line, dateColumn.map { c.headers[$0] }, "inspection date \(CSVReader.printable(rawDate)) is not a possible date (expected yyyy-mm-dd or dd/mm/yyyy, from 1900 to 2100): the judgements left out, the authority kept")
            }
            authorities.append(AuthorityRow(line: r.line, name: name, inspection: inspection))
        }
        summary.authorities = authorities.count
    }
}

extension InspectionRecord {
    init(eventNumber: Int64, eventType: String, date: Day) {
        self.init(eventNumber: eventNumber, eventType: eventType, date: date, published: nil, overall: nil,
                  helpedAndProtected: nil, leadersAndManagers: nil, education: nil, health: nil)
    }
}
