import Foundation
import HomesData

/// Ofsted's CSVs arrive in UTF-8, UTF-8 with a byte-order mark or Windows-1252, hand-edited
/// in spreadsheets. The reader and the import must never crash, must place every problem
/// inside the file, and must never build a snapshot the loader would refuse.
///
/// Up to three files are fuzzed at once (so the closed list, the places list and the
/// provider files meet): the input is cut at each `FILE_BREAK` line.
enum CSVFuzz {
    static let fileBreak: [UInt8] = Array("\n--8<--\n".utf8)

    static func violations(_ bytes: [UInt8]) -> [String] {
        let files = split(Array(bytes.prefix(FuzzTarget.maximumInputBytes)))
        var found: [String] = []
        var ofsted = OfstedImport()
        for (n, file) in files.enumerated() {
            found += decodingViolations(file)
            let decoded = TextDecoding.decode(file)
            found += readerViolations(decoded.utf8)
            ofsted.add(path: "fuzz-\(n + 1).csv", bytes: file)
        }
        let (snapshot, report) = ofsted.build()
        let lines = Dictionary(uniqueKeysWithValues: files.enumerated().map { ("fuzz-\($0 + 1).csv", lineCount($1)) })
        for problem in report.problems {
            guard let line = problem.line else { continue }
            if line < 1 || line > (lines[problem.file] ?? 0) {
                found.append("import problem placed outside its file (\(lines[problem.file] ?? 0) lines): \(problem)")
            }
        }
        if report.rowsRejected > report.rowsRead {
            found.append("import rejected \(report.rowsRejected) rows of the \(report.rowsRead) it read")
        }
        do throws(LoadFailure) {
            let (again, problems) = try SnapshotLoader.load(bytes: SnapshotWriter().write(snapshot), file: "imported.json",
                                                            options: LoadOptions(threads: 1))
            if !problems.isEmpty {
                found.append("the imported snapshot has problems when loaded: " + problems.map(\.description).joined(separator: "; "))
            }
            if again.homes.count != snapshot.homes.count {
                found.append("the imported snapshot's \(snapshot.homes.count) homes load as \(again.homes.count)")
            }
        } catch {
            found.append("the imported snapshot does not load: \(error)")
        }
        return found
    }

    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var files: [[UInt8]] = []
        var start = 0, i = 0
        while i + fileBreak.count <= bytes.count, files.count < 2 {
            if bytes[i] == fileBreak[0], Array(bytes[i..<(i + fileBreak.count)]) == fileBreak {
                files.append(Array(bytes[start..<i]))
                i += fileBreak.count
                start = i
            } else {
                i += 1
            }
        }
        files.append(Array(bytes[start...]))
        return files
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        // Lines end in LF, CRLF or a lone CR; a last line without an ending still counts.
        var lines = 1
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            lines += 1
        }
        return lines
    }

    /// Whatever the encoding, the result is valid UTF-8; Windows-1252 maps every byte to
    /// exactly one character.
    static func decodingViolations(_ bytes: [UInt8]) -> [String] {
        let decoded = TextDecoding.decode(bytes)
        guard let text = String(validating: decoded.utf8, as: UTF8.self) else {
            return ["decoding as \(decoded.encoding.rawValue) gave bytes that are not UTF-8"]
        }
        if decoded.encoding == .windows1252, text.unicodeScalars.count != bytes.count {
            return ["Windows-1252 gave \(text.unicodeScalars.count) characters for \(bytes.count) bytes"]
        }
        return []
    }

    /// Every record and problem is placed inside the text, records in order; and when the
    /// text had no problems, writing its records back out (every field quoted) and reading
    /// them again gives the same fields.
    static func readerViolations(_ utf8: [UInt8]) -> [String] {
        let (records, problems) = CSVReader.read(utf8)
        let lines = lineCount(utf8)
        var found: [String] = []
        var previous = 0
        for record in records {
            if record.line <= previous || record.line > lines {
                found.append("record placed at line \(record.line) after line \(previous), in \(lines) lines")
                break
            }
            previous = record.line
        }
        for problem in problems where problem.line < 1 || problem.line > lines || problem.column < 1 {
            found.append("CSV problem placed outside the text (\(lines) lines): \(problem.line):\(problem.column) \(problem.message)")
        }
        guard problems.isEmpty else { return found }
        var written: [UInt8] = []
        for record in records {
            written += Array(record.fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                .joined(separator: ",").utf8)
            written.append(0x0A)
        }
        let again = CSVReader.read(written)
        if again.records.map(\.fields) != records.map(\.fields) {
            found.append("records written back out as CSV read differently")
        }
        return found
    }
}
