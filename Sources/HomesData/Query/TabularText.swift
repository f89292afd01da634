/// Rows of cells printed as an aligned table, RFC 4180 CSV or JSON, with every
/// control character from a record escaped: the one place `homes query` and
/// `homes changes` turn records into text for a terminal, a pipe or a file.
public struct TabularText {
    public struct Column: Sendable {
        public var header: String
        public var jsonKey: String
        /// Widest the table lets a cell be before cutting it with an ellipsis.
        public var limit: Int
        /// Numbers are right-aligned in the table and unquoted in JSON.
        public var numeric: Bool

        public init(_ header: String, json jsonKey: String, limit: Int, numeric: Bool = false) {
            self.header = header
            self.jsonKey = jsonKey
            self.limit = limit
            self.numeric = numeric
        }
    }

    public var columns: [Column]
    /// Unescaped cells; nil where there is no value.
    public var rows: [[String?]]
    /// What the table shows instead of a cell's value (a short rating, say).
    public var tableText: ((_ row: Int, _ column: Int) -> String?)?

    public init(columns: [Column], rows: [[String?]], tableText: ((Int, Int) -> String?)? = nil) {
        self.columns = columns
        self.rows = rows
        self.tableText = tableText
    }

    /// Columns aligned by display width, long text cut with an ellipsis, every
    /// control character escaped; trailing spaces trimmed.
    public func table() -> String {
        var lines: [[String]] = [columns.map(\.header)]
        for (r, row) in rows.enumerated() {
            lines.append(row.enumerated().map { c, v in
                let s = tableText?(r, c) ?? TerminalText.escaped(v ?? "—")
                return TerminalText.truncated(s, width: columns[c].limit)
            })
        }
        var widths = [Int](repeating: 0, count: columns.count)
        for l in lines { for (c, s) in l.enumerated() { widths[c] = max(widths[c], TextWidth.of(s)) } }
        var out = ""
        for l in lines {
            var line = l.enumerated().map { c, s in TerminalText.padded(s, width: widths[c], right: columns[c].numeric) }
                .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// RFC 4180: every field quoted when it holds a comma, quote or line break,
    /// quotes doubled, CRLF line ends. Other control characters are escaped, as in
    /// the table, because CSV is often looked at with `cat`.
    public func csv() -> String {
        func field(_ s: String?) -> String {
            guard var s else { return "" }
            s = String(String.UnicodeScalarView(s.unicodeScalars.flatMap { u -> [Unicode.Scalar] in
                (u.value == 0x0A || u.value == 0x0D || !TerminalText.isUnsafe(u.value)) ? [u]
                    : Array(("\\u{" + String(u.value, radix: 16, uppercase: true) + "}").unicodeScalars)
            }))
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = columns.map { field($0.header) }.joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// An array of objects, one per row, keys in column order, absent values as
    /// null, numbers as numbers; every control character escaped as `\uXXXX`.
    public func json() -> String {
        var o = JSONOutput()
        o.raw("[")
        for (k, row) in rows.enumerated() {
            o.raw(k == 0 ? "\n{" : ",\n{")
            for (c, v) in row.enumerated() {
                if c > 0 { o.raw(",") }
                o.string(columns[c].jsonKey)
                o.raw(":")
                if let v {
                    if columns[c].numeric, let n = Int(v) { o.int(n) } else { o.string(v) }
                } else {
                    o.raw("null")
                }
            }
            o.raw("}")
        }
        o.raw(rows.isEmpty ? "]\n" : "\n]\n")
        var s = String(decoding: o.bytes, as: UTF8.self)
        // The writer escapes C0 only; escape the other unsafe controls too.
        if s.unicodeScalars.contains(where: { $0.value >= 0x7F && TerminalText.isUnsafe($0.value) }) {
            var safe = ""
            for u in s.unicodeScalars {
                if u.value >= 0x7F, TerminalText.isUnsafe(u.value) {
                    let hex = String(u.value, radix: 16)
                    safe += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    safe.unicodeScalars.append(u)
                }
            }
            s = safe
        }
        return s
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
