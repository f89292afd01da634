/// One CSV record: its fields and the line it starts on (records with quoted
/// newlines span several lines; reports point at the first).
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
}

/// Something malformed in the CSV text itself, at a line and column (1-based,
/// columns counted in characters).
public struct CSVProblem: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// A hand-written RFC 4180 reader over UTF-8 bytes: comma-separated, fields
/// optionally in double quotes, a doubled quote inside quotes is one quote, quoted
/// fields may hold commas and newlines, records end in LF or CRLF (a lone CR too).
///
/// Spreadsheet exports bend the rules, so it is lenient where the meaning is clear
/// and says so: a quote in the middle of an unquoted field is kept as a character;
/// text after a closing quote is kept and reported. A quoted field still open at the
/// end of the file is reported and that last record dropped, since its extent is
/// unknowable. Blank lines are skipped.
public enum CSVReader {
    public static func read(_ bytes: [UInt8]) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        records.reserveCapacity(bytes.count / 200 + 16)
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var line = 1
            var lineStart = 0
            func column(_ at: Int) -> Int {
                var c = 1
                var k = lineStart
                while k < at { if p[k] & 0xC0 != 0x80 { c += 1 }; k += 1 }
                return c
            }
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self)
            }
            while i < n {
                var fields: [String] = []
                let recordLine = line
                var recordDone = false
                var dropRecord = false
                while !recordDone {
                    // One field starting at i.
                    if i < n && p[i] == UInt8(ascii: "\"") {
                        let openLine = line, openColumn = column(i)
                        i += 1
                        var buffer: [UInt8] = []
                        var closed = false
                        var segment = i
                        while i < n {
                            let b = p[i]
                            if b == UInt8(ascii: "\"") {
                                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: p[segment..<i]))
                                if i + 1 < n && p[i + 1] == UInt8(ascii: "\"") {
                                    buffer.append(b)
                                    i += 2
                                    segment = i
                                    continue
                                }
                                i += 1
                                closed = true
                                break
                            }
                            if b == 0x0A || (b == 0x0D && !(i + 1 < n && p[i + 1] == 0x0A)) {
                                line += 1
                                lineStart = i + 1
                            }
                            i += 1
                        }
                        if !closed {
                            problems.append(CSVProblem(line: openLine, column: openColumn,
                                                       message: "quoted field is never closed (no matching \"); the record starting on line \(recordLine) is left out"))
                            dropRecord = true
                            recordDone = true
                            break
                        }
                        // After the closing quote: separator, end of record, or stray text.
                        let strayStart = i
                        while i < n && p[i] != UInt8(ascii: ",") && p[i] != 0x0A && p[i] != 0x0D { i += 1 }
                        if i > strayStart {
                            problems.append(CSVProblem(line: line, column: column(strayStart),
                                                       message: "text after a closing quote: \(printable(string(strayStart, i))) (kept as part of the field)"))
                            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: p[strayStart..<i]))
                        }
                        fields.append(String(decoding: buffer, as: UTF8.self))
                    } else {
                        let start = i
                        while i < n && p[i] != UInt8(ascii: ",") && p[i] != 0x0A && p[i] != 0x0D { i += 1 }
                        fields.append(string(start, i))
                    }
                    // What ends the field.
                    if i >= n {
                        recordDone = true
                    } else if p[i] == UInt8(ascii: ",") {
                        i += 1
                        if i >= n { fields.append(""); recordDone = true }
                    } else {
                        if p[i] == 0x0D && i + 1 < n && p[i + 1] == 0x0A { i += 1 }
                        i += 1
                        line += 1
                        lineStart = i
                        recordDone = true
                    }
                }
                if dropRecord { break }
                if fields.count == 1 && fields[0].isEmpty { continue }
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
        }
        return (records, problems)
    }

    /// A value quoted for a message: control characters escaped, long text cut.
    public static func printable(_ s: String, limit: Int = 60) -> String {
        "'" + escaped(s, limit: limit) + "'"
    }

    /// Control, C1 and bidirectional-override characters escaped, so that no byte of
    /// a file (or its name) reaches the terminal as a control sequence.
    public static func escaped(_ s: String, limit: Int = .max) -> String {
        var out = ""
        var count = 0
        for ch in s.unicodeScalars {
            if count >= limit { out += "…"; break }
            switch ch.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(ch.value, radix: 16))}"
            default: out.unicodeScalars.append(ch)
            }
            count += 1
        }
        return out
    }
}
