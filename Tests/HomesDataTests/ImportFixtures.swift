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
/// bytes as Latin-1 (the columns read — URN, status, dates — are ASCII), RFC 4180
/// quotes, LF or CRLF, a UTF-8 byte-order mark skipped. Columns by exact header.
struct IndependentCSV {
    var header: [String]
    var rows: [[String]]

    init(path: String) {
        var bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [Character] = []
        var quoted = false
        var i = bytes.startIndex
        func endField() { record.append(String(field)); field = [] }
        while i < bytes.endIndex {
            let c = Character(Unicode.Scalar(bytes[i]))
            if quoted {
                if c == "\"" {
                    if i + 1 < bytes.endIndex && bytes[i + 1] == UInt8(ascii: "\"") { field.append("\""); i += 1 } else { quoted = false }
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
