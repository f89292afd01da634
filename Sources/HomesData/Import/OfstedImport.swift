import Foundation

/// Converts Ofsted's published children's social care CSVs into one snapshot.
///
/// Add the files in any order and mix of years, then `build()`. Files are ordered
/// by the date they describe (from the name, else their latest event); a home's
/// current details come from the newest file that lists it (a column the newer file
/// lacks keeps the older value), and its history is the union of every file's
/// inspections, one per event number, the newest file's version winning. Nothing
/// is refused for a bad row: rows that cannot be used are reported with file and
/// line, and everything else imports.
public struct OfstedImport: Sendable {
    var files: [OfstedFile] = []
    var episodeFiles: [EpisodesFile] = []
    var unreadable: [ImportFileSummary] = []
    var unreadableProblems: [ImportProblem] = []
    var fileCount = 0

    public init() {}

    /// Reads and checks one file (provider, local authority or episodes CSV, told
    /// apart by their headers). A file that cannot be read is reported, not thrown.
    public mutating func add(path: String) {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "no such file" : isDirectory.boolValue ? "is a directory, not a CSV file" : "cannot be read (permissions?)"
            unreadable.append(ImportFileSummary(path: path))
            unreadableProblems.append(ImportProblem(file: path, severity: .rejected, message: "\(why): file not imported"))
            fileCount += 1
            return
        }
        add(path: path, bytes: [UInt8](bytes))
    }

    public mutating func add(path: String, bytes: [UInt8]) {
        // A snapshot, a workbook or a PDF is named for what it is, not parsed as CSV
        // into a page of nonsense columns.
        let head = Array(bytes.prefix(InputKind.prefixLength))
        let given: String? = InputKind.detect(bytes: head) == .snapshot
            ? "a JSON snapshot, not a CSV file: open it with homes, or join episodes to it with 'homes import episodes --into'"
            : InputKind.notText(head)
        if let given {
            unreadable.append(ImportFileSummary(path: path))
            unreadableProblems.append(ImportProblem(file: path, severity: .rejected, message: "is \(given); file not imported"))
            fileCount += 1
            return
        }
        let decoded = TextDecoding.decode(bytes)
        let (records, csvProblems) = CSVReader.read(decoded.utf8)
        defer { fileCount += 1 }
        if let header = records.first, EpisodesFile.looksLikeEpisodes(header.fields) {
            episodeFiles.append(EpisodesFile(path: path, order: fileCount, records: records, csvProblems: csvProblems, encoding: decoded.encoding))
            return
        }
        var file = OfstedFile(path: path, order: fileCount, records: records, csvProblems: csvProblems, encoding: decoded.encoding)
        if decoded.undefinedBytes > 0 {
            file.problems.insert(ImportProblem(file: path, severity: .warning,
                                               message: "\(decoded.undefinedBytes) bytes have no meaning in Windows-1252 and were replaced by U+FFFD"), at: 0)
        }
        if let d = FileDate.fromName(path) {
            file.summary.date = d
            file.summary.dateSource = "file name"
        } else if let d = file.latestEvent {
            file.summary.date = d
            file.summary.dateSource = file.latestEventSource
        }
        files.append(file)
    }

    public struct Options: Sendable {
        /// Overrides the snapshot date taken from the newest file.
        public var snapshotDate: Day?
        /// Placing authority for episode rows that name none (a council's own return).
        public var placingAuthority: String?
        public init(snapshotDate: Day? = nil, placingAuthority: String? = nil) {
            self.snapshotDate = snapshotDate
            self.placingAuthority = placingAuthority
        }
    }

    /// The order files are applied in: by date (undated first); among files of one
    /// date, registers last (so a register's absences are judged after everything of
    /// its date) and the places list, the fuller register, after the providers file;
    /// then by path, so the same files give the same snapshot in any order.
    static func appliedBefore(_ a: OfstedFile, _ b: OfstedFile) -> Bool {
        let da = a.summary.date?.daysSince1970 ?? .min, db = b.summary.date?.daysSince1970 ?? .min
        if da != db { return da < db }
        let ra = tieRank(a.summary.kind), rb = tieRank(b.summary.kind)
        if ra != rb { return ra < rb }
        if a.path != b.path { return a.path < b.path }
        return a.order < b.order
    }

    private static func tieRank(_ kind: ImportFileKind?) -> Int {
        switch kind {
        case .providersAtDate: 1
        case .placesList: 2
        default: 0
        }
    }

    public func build(_ options: Options = Options()) -> (snapshot: Snapshot, report: ImportReport) {
        var report = ImportReport()
        let ordered = files.sorted(by: OfstedImport.appliedBefore)

        // Homes: details from the newest file listing them, status by the newest file
        // giving one and the newest register; inspections by event number.
        var merge = HomeMerge()
        merge.apply(ordered)
        let details = merge.details, histories = merge.histories
        var unmatched: [String: (rows: Int, first: String)] = [:]
        var unmatchedOrder: [String] = []
        func noteUnmatched(_ name: String, _ file: String, _ line: Int) {
            if unmatched[name] == nil { unmatchedOrder.append(name); unmatched[name] = (0, "\(file):\(line)") }
            unmatched[name]!.rows += 1
        }
        for (name, file, line) in merge.authorityNames { noteUnmatched(name, file, line) }

        // Local authorities: all of England, with the newest ILACS judgement known.
        var authorities = EnglishAuthorities.all.map { LocalAuthority(code: $0.onsCode, name: $0.name, region: $0.region) }
        for f in ordered where f.summary.kind == .authorities {
            for row in f.authorities {
                guard let i = AuthorityNames.index(of: row.name) else { noteUnmatched(row.name, f.path, row.line); continue }
                if let ins = row.inspection { authorities[i].inspection = ins }
            }
        }
        let authorityIndex = Dictionary(uniqueKeysWithValues: EnglishAuthorities.all.enumerated().map { ($1.onsCode, Int32($0)) })

        // Event types, in a fixed order so the same files give the same bytes.
        var typeSet = Set<String>()
        for h in histories.values { for ins in h.values { typeSet.insert(ins.eventType) } }
        let eventTypes = typeSet.sorted()
        let typeIndex = Dictionary(uniqueKeysWithValues: eventTypes.enumerated().map { ($1, UInt16($0)) })

        let kinds = Dictionary(uniqueKeysWithValues: eventTypes.map { ($0, InspectionKind(eventType: $0)) })
        var homes: [Home] = []
        var inspections: [Inspection] = []
        homes.reserveCapacity(details.count)
        for urn in details.keys.sorted() {
            let d = details[urn]!
            let start = Int32(inspections.count)
            let events = (histories[urn] ?? [:]).values.sorted { ($0.date, $0.eventNumber) < ($1.date, $1.eventNumber) }
            for e in events {
                inspections.append(Inspection(eventNumber: e.eventNumber, eventType: typeIndex[e.eventType]!,
                                              kind: kinds[e.eventType]!, date: e.date, published: e.published,
                                              overall: e.overall, helpedAndProtected: e.helpedAndProtected,
                                              leadersAndManagers: e.leadersAndManagers, education: e.education, health: e.health))
            }
            let la = d.authorityName.flatMap(AuthorityNames.index(of:)).map { Int32($0) }
            homes.append(Home(urn: urn, name: d.name, provisionType: d.provisionType ?? "Not recorded", sector: d.sector,
                              organisation: d.organisation, localAuthority: la, ofstedRegion: d.ofstedRegion, region: d.region,
                              places: d.places, registrationDate: d.registrationDate, status: d.status, closureDate: d.closureDate,
                              shortBreakOnly: d.shortBreakOnly ?? false, multiBuilding: d.multiBuilding ?? false,
                              inspections: start..<Int32(inspections.count)))
        }

        // The snapshot's date: the newest file's, unless the user gave one.
        let dated = ordered.filter { $0.summary.date != nil }
        let newest = dated.max { $0.summary.date! < $1.summary.date! }
        let date: Day
        if let given = options.snapshotDate {
            date = given
            report.snapshotDateSource = "given with --date"
        } else if let newest {
            date = newest.summary.date!
            report.snapshotDateSource = "from \(CSVReader.escaped(newest.path)), the newest file"
        } else {
            date = Day(daysSince1970: 0)
            report.snapshotDateSource = "no file carries a date"
        }

        if let register = merge.newestRegister {
            report.newestRegisterDate = register.date
            report.newestRegisterFiles = register.files
        }

        let names = (files.map(\.path) + episodeFiles.map(\.path)).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        var snapshot = Snapshot(
            metadata: SnapshotMetadata(
                snapshotDate: date,
                source: "Ofsted, Children's social care data in England: \(names.sorted().joined(separator: ", "))",
                licence: "Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.",
                syntheticPlacements: false),
            localAuthorities: authorities, homes: homes, inspections: inspections, eventTypes: eventTypes)

        // Placements from episodes files, joined to the homes just built.
        var episodeSummaries: [ImportFileSummary] = []
        var episodeProblems: [ImportProblem] = []
        if !episodeFiles.isEmpty {
            var joiner = EpisodesJoin(snapshot: snapshot, authorityIndex: authorityIndex, defaultAuthority: options.placingAuthority)
            for f in episodeFiles.sorted(by: { $0.order < $1.order }) {
                let (summary, problems) = joiner.add(f)
                episodeSummaries.append(summary)
                episodeProblems += problems
            }
            snapshot = joiner.snapshot
        }

        // The report, files in the order given.
        var summaries: [(Int, ImportFileSummary)] = files.map { f in
            var s = f.summary
            s.homesOpened = merge.opened[f.order] ?? 0
            s.homesClosed = merge.closed[f.order] ?? 0
            return (f.order, s)
        }
        summaries += zip(episodeFiles.map(\.order), episodeSummaries)
        report.files = summaries.sorted { $0.0 < $1.0 }.map(\.1)
        report.files += unreadable
        report.problems = files.sorted { $0.order < $1.order }.flatMap(\.problems) + merge.problems + episodeProblems + unreadableProblems
        report.snapshotDate = date
        report.homes = snapshot.homes.count
        report.homesOpen = snapshot.homes.filter { $0.status?.isOpen == true }.count
        report.homesClosed = snapshot.homes.filter { $0.status.map { !$0.isOpen } ?? false }.count
        report.inspections = snapshot.inspections.count
        report.authoritiesWithInspection = snapshot.localAuthorities.filter { $0.inspection != nil }.count
        report.placements = snapshot.placements.count
        report.children = snapshot.children.count
        report.unmatchedAuthorityNames = unmatchedOrder.map { ($0, unmatched[$0]!.rows, unmatched[$0]!.first) }
        return (snapshot, report)
    }
}
