/// Something the importer could not use, or used only in part, with where it was:
/// the file, the line (nil for the whole file) and the column's header where one
/// cell is at fault.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable {
        /// The whole row (or the file) was left out.
        case rejected
        /// The row was imported without the value named.
        case warning
    }

    public var file: String
    public var line: Int?
    public var column: String?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, column: String? = nil, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line: column 'Header': message`, the form editors and terminals link.
    public var description: String {
        var s = CSVReader.escaped(file)
        if let line { s += ":\(line)" }
        s += ": "
        if let column { s += "column \(CSVReader.printable(column)): " }
        return s + message
    }
}

/// A column whose header the importer does not know. Nothing in it is imported;
/// the counts say whether that loses anything (dates and judgements above all).
public struct UnknownColumn: Sendable, Hashable {
    public var header: String
    /// 1-based position in the header row.
    public var position: Int
    public var nonEmptyCells: Int
    public var dateCells: Int
    public var judgementCells: Int

    public var carriesData: Bool { nonEmptyCells > 0 }
}

public enum ImportFileKind: String, Sendable, Hashable {
    case providersAtDate = "providers at a date (latest full inspection)"
    case providersInYear = "providers in year (every inspection event)"
    case placesList = "places list (every registered provider, no inspections)"
    case closedList = "closed children's homes list"
    case authorities = "local authority children's services"
    case episodes = "SSDA903 episodes (placements)"
}

/// What one input file gave.
public struct ImportFileSummary: Sendable, Hashable {
    public var path: String
    public var kind: ImportFileKind?
    public var encoding: TextEncoding?
    public var date: Day?
    /// "file name", "latest event" — where `date` came from.
    public var dateSource: String?
    /// Every record after the header, blank ones included.
    public var rowsRead = 0
    /// Records with every cell empty (`,,,,`), skipped without complaint.
    public var rowsBlank = 0
    public var rowsRejected = 0
    /// Homes this file made open: it lists them as active or suspended and they were
    /// not open before it (in date order; unknown or closed before).
    public var homesOpened = 0
    /// Homes this file made closed: it lists them as resigned, cancelled or closed
    /// and they were not closed before it; for a register, also the homes open (or of
    /// unknown status) before its date that no register of its date lists, counted on
    /// the last register file of that date.
    public var homesClosed = 0
    public var homes = 0
    public var inspections = 0
    public var authorities = 0
    public var placements = 0
    public var ignoredColumns: [String] = []
    public var trailingEmptyColumns = 0
    public var unknownColumns: [UnknownColumn] = []

    public init(path: String) { self.path = path }
}

/// Everything the user needs to trust an import: per file what was read and how,
/// the totals, rows rejected by reason, and each problem with file and line.
public struct ImportReport: Sendable {
    public var files: [ImportFileSummary] = []
    public var problems: [ImportProblem] = []
    public var snapshotDate: Day?
    public var snapshotDateSource: String = ""
    public var homes = 0
    public var inspections = 0
    public var authoritiesWithInspection = 0
    public var placements = 0
    public var children = 0
    /// Authority names (as written) that match no English authority, with the number
    /// of rows naming each.
    public var unmatchedAuthorityNames: [(name: String, rows: Int, firstSeen: String)] = []
    /// Homes open (active or suspended) and closed on the snapshot date; the rest
    /// have no status in any file.
    public var homesOpen = 0
    public var homesClosed = 0
    /// The newest register's date and files (providers at a date, places list):
    /// homes it does not list were closed on that date unless a newer file says otherwise.
    public var newestRegisterDate: Day?
    public var newestRegisterFiles: [String] = []

    public init() {}

    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    public var rowsRejected: Int { files.reduce(0) { $0 + $1.rowsRejected } }
    public var rowsBlank: Int { files.reduce(0) { $0 + $1.rowsBlank } }
    /// Files that could not be imported (unreadable, or not a kind recognised).
    public var filesNotImported: [ImportFileSummary] { files.filter { $0.kind == nil } }

    /// Rejected rows counted by reason (the message up to its first colon or quote,
    /// so "URN 'X1' is not…" and "URN 'X2' is not…" count together).
    public var rejectionsByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let notImported = Set(filesNotImported.map(\.path))
        for p in problems where p.severity == .rejected && p.line != nil && !notImported.contains(p.file) {
            let key = ImportReport.reasonKey(p.message)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }

    static func reasonKey(_ message: String) -> String {
        var out = ""
        var inQuote = false
        for ch in message {
            if ch == "'" { inQuote.toggle(); if inQuote { out += "…" }; continue }
            if inQuote { continue }
            if ch == ";" || ch == "(" { break }
            out.append(ch)
        }
        // Dates and numbers vary from row to row; the reason does not.
        var folded = ""
        var inNumber = false
        for ch in out {
            if ch.isNumber || (inNumber && (ch == "-" || ch == "/")) {
                if !inNumber { folded += "…" }
                inNumber = true
            } else {
                inNumber = false
                folded.append(ch)
            }
        }
        return folded.trimmingSpaces
    }

    /// The report as printed by `homes import`: `problemLimit` problems per file at
    /// most (nil for all), then a count of the rest.
    public func rendered(problemLimit: Int? = 20) -> String {
        var out: [String] = []
        for f in files {
            var head = "\(CSVReader.escaped(f.path)): "
            if let k = f.kind { head += k.rawValue } else { head += "not imported" }
            if let e = f.encoding { head += ", \(e.rawValue)" }
            if let d = f.date, let s = f.dateSource { head += ", dated \(d.iso) (from the \(s))" }
            out.append(head)
            if let kind = f.kind {
                var counts = "  \(f.rowsRead) rows read, \(f.rowsBlank) blank, \(f.rowsRejected) rejected"
                switch kind {
                case .providersAtDate, .providersInYear: counts += "; \(f.homes) homes, \(f.inspections) inspections"
                case .placesList, .closedList: counts += "; \(f.homes) homes"
                case .authorities: counts += "; \(f.authorities) authorities"
                case .episodes: counts += "; \(f.placements) placements"
                }
                if kind.listsHomes { counts += "; opened \(f.homesOpened), closed \(f.homesClosed)" }
                out.append(counts)
            }
            if !f.ignoredColumns.isEmpty {
                out.append("  known columns not imported: \(f.ignoredColumns.joined(separator: ", "))")
            }
            if f.trailingEmptyColumns > 0 {
                out.append("  \(f.trailingEmptyColumns) empty columns without a header, ignored")
            }
            for u in f.unknownColumns {
                var line = "  unknown column \(u.position) \(CSVReader.printable(u.header)): "
                if !u.carriesData {
                    line += "empty, ignored"
                } else {
                    line += "\(u.nonEmptyCells) cells with data NOT imported"
                    if u.dateCells > 0 { line += ", \(u.dateCells) of them dates" }
                    if u.judgementCells > 0 { line += ", \(u.judgementCells) of them judgements" }
                }
                out.append(line)
            }
            let mine = problems.filter { $0.file == f.path }
            let shown = problemLimit.map { Array(mine.prefix($0)) } ?? mine
            for p in shown { out.append("  " + p.description) }
            if shown.count < mine.count {
                out.append("  … and \(mine.count - shown.count) more problems in this file (--all-problems lists them)")
            }
        }
        for (name, rows, first) in unmatchedAuthorityNames {
            out.append("authority \(CSVReader.printable(name)) (\(rows) rows, first at \(CSVReader.escaped(first))) matches no English authority: those records have no authority")
        }
        if let d = newestRegisterDate {
            let names = newestRegisterFiles.map { CSVReader.escaped($0) }.joined(separator: " and ")
            out.append("newest register: \(d.iso) (\(names)); homes it does not list are closed unless a newer file says otherwise")
        }
        out.append("")
        var total = "imported \(files.filter { $0.kind != nil }.count) of \(files.count) files: \(rowsRead) rows read, \(rowsBlank) blank, \(rowsRejected) rejected"
        total += "; \(homes) homes (\(homesOpen) open, \(homesClosed) closed), \(inspections) inspections, \(authoritiesWithInspection) authorities with an inspection"
        if placements > 0 { total += ", \(placements) placements of \(children) children" }
        out.append(total)
        for (reason, n) in rejectionsByReason { out.append("  rejected \(n): \(reason)") }
        if let d = snapshotDate { out.append("snapshot date \(d.iso) (\(snapshotDateSource))") }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingSpaces: String {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
