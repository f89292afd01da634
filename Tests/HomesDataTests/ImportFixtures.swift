import Foundation
@testable import HomesData

/// Where the importer's test inputs live: the fixture CSVs beside these tests, and
/// the real Ofsted files shipped in Resources/ofsted.
enum ImportFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ name: String) -> String { testsDirectory.appendingPathComponent("Fixtures/import/\(name)").path }
    static func bytes(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path(name)) ?? Data()) }

    static func importOfsted(_ years: [String]) -> (Snapshot, ImportReport) {
        var importer = OfstedImport()
        for p in ofsted(years) { importer.add(path: p) }
        return importer.build()
    }

    /// Each combination of the real files imported once per test run, shared by the
    /// suites that need it: a debug build takes seconds over the real files.
    static let allYears = importOfsted(["2022", "2023"])
    static let only2022 = importOfsted(["2022"])
    static let only2023 = importOfsted(["2023"])

    static func imported(_ years: [String]) -> (Snapshot, ImportReport) {
        switch years {
        case ["2022"]: only2022
        case ["2023"]: only2023
        default: allYears
        }
    }

    /// The real files, by year, in a fixed order.
    static func ofsted(_ years: [String]) -> [String] {
        years.flatMap { year -> [String] in
            let dir = repository.appendingPathComponent("Resources/ofsted/\(year)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { dir.appendingPathComponent($0).path }
        }
    }

    /// The real file of a year whose name starts with `prefix`.
    static func realFile(_ year: String, _ prefix: String) -> String {
        ofsted([year]).first { $0.split(separator: "/").last!.hasPrefix(prefix) }!
    }
}

/// A deliberately separate, minimal CSV reader, so the real-data tests compute their
/// expected figures without the importer's reader, decoder or column matching:
/// UTF-8, or Latin-1 when not valid UTF-8 (the columns read are ASCII but for provision types), RFC 4180
/// quotes, LF or CRLF, a UTF-8 byte-order mark skipped. Columns by exact header.
struct IndependentCSV {
    var header: [String]
    var rows: [[String]]

    init(path: String) {
        var bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // UTF-8 when it is valid, else one character per byte (Latin-1: the same as
        // Windows-1252 for every character the counts look at).
        let scalars: [Unicode.Scalar] = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            ?? bytes.map { Unicode.Scalar($0) }
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var i = 0
        func endField() { record.append(String(field)); field = .init() }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { endField()
            } else if c == "\n" { endField(); records.append(record); record = []
            } else if c != "\r" { field.append(c) }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    func column(_ name: String) -> [String] {
        guard let i = header.firstIndex(of: name) else { return [] }
        return rows.map { i < $0.count ? $0[i].trimmingCharacters(in: .whitespaces) : "" }
    }

    /// URNs of the rows whose "Registration status" is one of `statuses` (any if nil).
    func urns(status statuses: Set<String>? = nil) -> Set<String> {
        Set(zip(column("URN"), column("Registration status")).filter { !$0.0.isEmpty && (statuses?.contains($0.1) ?? true) }.map(\.0))
    }

    static let open: Set<String> = ["Active", "Suspended"]
    static let closed: Set<String> = ["Resigned", "Cancelled", "Closed"]
}

/// The figures of docs/import.md's "Checking the counts", computed from the CSVs with
/// `IndependentCSV` and none of the importer's code (a port of the Python there):
/// files in date order (the date in the name, else the latest inspection; registers
/// after other files of the same date); homes = distinct URNs of the provider files
/// and the closed list (a URN only there is a "Children's home"), the newest file's
/// provision type winning; inspections = distinct (URN, event number) pairs, the
/// newest file's copy winning; a home's rating = the overall judgement of its latest
/// event (by date, then event number) on the four-point scale.
struct IndependentCounts: Equatable, CustomStringConvertible {
    var homes = 0
    var inspections = 0
    var childrensHomes = 0
    var inadequateChildrensHomes = 0
    var exactlyChildrensHome = 0
    var inadequateExactlyChildrensHome = 0
    var description: String {
        "homes \(homes), inspections \(inspections), children's homes \(childrensHomes) (\(inadequateChildrensHomes) inadequate), "
            + "exactly \(exactlyChildrensHome) (\(inadequateExactlyChildrensHome) inadequate)"
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fourPoint: Set<String> = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]

    /// yyyy-mm-dd (a time after it ignored) or dd/mm/yyyy, read by hand.
    static func day(_ cell: String) -> Day? {
        let s = cell.trimmingCharacters(in: .whitespaces)
        if s.contains("/") {
            let p = s.split(separator: "/").compactMap { Int($0) }
            return p.count == 3 ? Day(year: p[2], month: p[1], day: p[0]) : nil
        }
        let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        return p.count == 3 ? Day(year: p[0], month: p[1], day: p[2]) : nil
    }

    /// "…_at_31_Aug_2023.csv" or "…_31Mar23.csv".
    static func nameDate(_ name: String) -> Day? {
        let stem = name.hasSuffix(".csv") ? String(name.dropLast(4)) : name
        let parts = stem.split(separator: "_").map(String.init)
        for (i, part) in parts.enumerated() {
            if i + 2 < parts.count, let d = Int(part), let m = months.firstIndex(of: parts[i + 1].lowercased()), let y = Int(parts[i + 2]), parts[i + 2].count == 4 {
                return Day(year: y, month: m + 1, day: d)
            }
            // 31Mar23
            let chars = Array(part)
            if chars.count >= 6, let y = Int(String(chars.suffix(2))),
               let m = months.firstIndex(of: String(chars.dropLast(2).suffix(3)).lowercased()),
               let d = Int(String(chars.dropLast(5))) {
                return Day(year: 2000 + y, month: m + 1, day: d)
            }
        }
        return nil
    }

    /// The column whose lower-cased header is `name` or "latest full " + `name`, or
    /// (for the overall judgement) ends with it.
    static func column(_ csv: IndependentCSV, _ name: String, orEndsWith: Bool = false) -> Int? {
        csv.header.firstIndex { h in
            let l = h.lowercased()
            return l == name || l == "latest full " + name || (orEndsWith && l.hasSuffix(name))
        }
    }

    init(files: [String]) {
        typealias Loaded = (name: String, csv: IndependentCSV, date: Day, register: Int)
        var loaded: [Loaded] = []
        for path in files {
            let name = String(path.split(separator: "/").last!)
            guard name.contains("Provider") || name.contains("Closed") else { continue }
            var csv = IndependentCSV(path: path)
            csv.rows = csv.rows.filter { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            let dateColumn = Self.column(csv, "inspection date")
            let date = Self.nameDate(name)
                ?? csv.rows.compactMap { r in dateColumn.flatMap { $0 < r.count ? Self.day(r[$0]) : nil } }.max()!
            let register = name.hasPrefix("Provider_level_at") || name.hasPrefix("Providers_places_at") ? 1 : 0
            loaded.append((name, csv, date, register))
        }
        loaded.sort { ($0.date, $0.register, $0.name) < ($1.date, $1.register, $1.name) }
        var type: [String: String] = [:]
        var events: [String: [String: (date: Day?, number: Int, overall: String)]] = [:]
        for f in loaded {
            let urnColumn = f.csv.header.firstIndex(of: "URN")!
            let typeColumn = f.csv.header.firstIndex(of: "Provision type")
            let eventColumn = Self.column(f.csv, "inspection event number")
            let dateColumn = Self.column(f.csv, "inspection date")
            let overallColumn = Self.column(f.csv, "overall experiences and progress of children and young people", orEndsWith: true)
            for r in f.csv.rows {
                func cell(_ i: Int?) -> String { i.map { $0 < r.count ? r[$0].trimmingCharacters(in: .whitespaces) : "" } ?? "" }
                let urn = cell(urnColumn)
                if let typeColumn { type[urn] = cell(typeColumn) } else if type[urn] == nil { type[urn] = "Children's home" }
                let event = cell(eventColumn)
                if !event.isEmpty {
                    events[urn, default: [:]][event] = (Self.day(cell(dateColumn)), Int(event)!, cell(overallColumn))
                }
            }
        }
        homes = type.count
        inspections = events.values.reduce(0) { $0 + $1.count }
        for (urn, t) in type {
            let contains = t.lowercased().contains("children's home"), exact = t.lowercased() == "children's home"
            if contains { childrensHomes += 1 }
            if exact { exactlyChildrensHome += 1 }
            let rated = (events[urn] ?? [:]).values.filter { Self.fourPoint.contains($0.overall) }
                .sorted { ($0.date ?? Day(daysSince1970: 0), $0.number) < ($1.date ?? Day(daysSince1970: 0), $1.number) }
            if rated.last?.overall == "Inadequate" {
                if contains { inadequateChildrensHomes += 1 }
                if exact { inadequateExactlyChildrensHome += 1 }
            }
        }
    }
}
