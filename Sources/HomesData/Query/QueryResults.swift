/// The rows `homes query` prints, in the three formats it offers.
public struct QueryResults {
    public let index: SnapshotIndex
    public let homes: [Int32]

    public init(index: SnapshotIndex, homes: [Int32]) {
        self.index = index
        self.homes = homes
    }

    public static let headers = ["URN", "Name", "Type", "Sector", "Authority", "Places", "Rating", "Last inspected"]
    static let jsonKeys = ["urn", "name", "type", "sector", "authority", "places", "rating", "lastInspected"]

    /// One home's cells, unescaped; nil where there is no value. The name is the
    /// organisation's where Ofsted published the name as REDACTED.
    public func cells(_ home: Int32) -> [String?] {
        let h = index.snapshot.homes[Int(home)]
        return [
            h.urn,
            h.name ?? h.organisation,
            h.provisionType,
            h.sector?.ofstedName,
            index.snapshot.authority(of: h)?.name,
            h.places.map(String.init),
            index.latestOverall(home)?.ofstedName,
            index.lastInspected(home)?.iso,
        ]
    }

    /// Columns aligned by display width, long text cut with an ellipsis, every
    /// control character escaped, then a count line.
    public func table(total: Int) -> String {
        let limits = [10, 40, 32, 16, 26, 6, 32, 14]
        var rows: [[String]] = [Self.headers]
        for h in homes {
            rows.append(cells(h).enumerated().map { c, v in
                var s = TerminalText.escaped(v ?? "—")
                if c == 6, let j = index.latestOverall(h) { s = j.shortName }
                return TerminalText.truncated(s, width: limits[c])
            })
        }
        var widths = [Int](repeating: 0, count: Self.headers.count)
        for r in rows { for (c, s) in r.enumerated() { widths[c] = max(widths[c], TextWidth.of(s)) } }
        var out = ""
        for r in rows {
            var line = r.enumerated().map { c, s in TerminalText.padded(s, width: widths[c], right: c == 5) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        out += countLine(total: total) + "\n"
        return out
    }

    public func countLine(total: Int) -> String {
        let noun = total == 1 ? "home" : "homes"
        return homes.count == total ? "\(total) \(noun)" : "\(homes.count) of \(total) \(noun) shown"
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
        var out = Self.headers.map(field).joined(separator: ",") + "\r\n"
        for h in homes { out += cells(h).map(field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// An array of objects, one per home, keys in column order, absent values as
    /// null, places as a number; every control character escaped as `\uXXXX`.
    public func json() -> String {
        var o = JSONOutput()
        o.raw("[")
        for (k, h) in homes.enumerated() {
            o.raw(k == 0 ? "\n{" : ",\n{")
            for (c, v) in cells(h).enumerated() {
                if c > 0 { o.raw(",") }
                o.string(Self.jsonKeys[c])
                o.raw(":")
                if let v {
                    if c == 5, let n = Int(v) { o.int(n) } else { o.string(v) }
                } else {
                    o.raw("null")
                }
            }
            o.raw("}")
        }
        o.raw(homes.isEmpty ? "]\n" : "\n]\n")
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
