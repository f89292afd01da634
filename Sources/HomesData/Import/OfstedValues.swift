/// Reads the values of Ofsted's cells as they appear in the wild.
public enum OfstedValues {
    /// A date as Ofsted exports it: ISO `yyyy-mm-dd` (optionally followed by a
    /// midnight time, as spreadsheets write it) or `dd/mm/yyyy` (one-digit day and
    /// month accepted). `.impossible` when it looks like a date that cannot exist
    /// (31/02/2023), falls outside the years a snapshot may hold (1900 to 2100: the
    /// import fuzzer found "4038-06-03" making a snapshot the loader refused), or is
    /// not a date at all.
    public enum DateCell: Equatable, Sendable {
        case blank
        case date(Day)
        case impossible
    }

    public static func date(_ raw: String) -> DateCell {
        let s = raw.trimmedCell
        if s.isEmpty || isNull(s) { return .blank }
        var u = Array(s.utf8)
        // "2021-10-04 00:00:00" / "2021-10-04T00:00:00"
        if u.count > 10, u[4] == UInt8(ascii: "-"), u[10] == UInt8(ascii: " ") || u[10] == UInt8(ascii: "T") {
            u = Array(u[0..<10])
        }
        if u.count == 10, u[4] == UInt8(ascii: "-") {
            guard let day = Day(iso: String(decoding: u, as: UTF8.self)), Day.plausibleYears.contains(day.components.year) else { return .impossible }
            return .date(day)
        }
        if let serial = spreadsheetSerial(u) { return .date(serial) }
        let parts = u.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = number(parts[0]), let m = number(parts[1]), let y = number(parts[2]),
              let day = Day.plausible(year: y, month: m, day: d) else { return .impossible }
        return .date(day)
    }

    /// A spreadsheet's serial day number (days since 1899-12-30, Excel's 1900 date
    /// system), which Ofsted's 2022 files carry for a few registration dates
    /// ("26780" for 1973-04-26) where a cell lost its date format. Accepted between
    /// 1900-03-01 (61) and 2100-12-31 (73415), the years a snapshot may hold.
    public static func spreadsheetSerial(_ u: [UInt8]) -> Day? {
        guard (2...6).contains(u.count), let n = number(u[...]), (61...73_415).contains(n) else { return nil }
        return Day(year: 1899, month: 12, day: 30)!.adding(days: n)
    }

    public static func isSpreadsheetSerial(_ raw: String) -> Bool {
        spreadsheetSerial(Array(raw.trimmedCell.utf8)) != nil
    }

    /// A judgement cell: blank, "NULL", "N/A" and "No full inspection" mean none was
    /// made; "Not judged" is a judgement of its own. `.unknown` keeps the wording so
    /// the report can quote it.
    public enum JudgementCell: Equatable, Sendable {
        case none
        case judgement(Judgement)
        case unknown(String)
    }

    public static func judgement(_ raw: String) -> JudgementCell {
        let s = raw.trimmedCell
        if s.isEmpty || isNull(s) { return .none }
        if let j = Judgement(ofstedName: s) { return .judgement(j) }
        let folded = OfstedColumns.normalise(s)
        if let j = judgementsByFoldedName[folded] { return .judgement(j) }
        if noJudgementWords.contains(folded) { return .none }
        return .unknown(s)
    }

    static let judgementsByFoldedName: [String: Judgement] = {
        var table: [String: Judgement] = [:]
        for j in Judgement.allCases { table[OfstedColumns.normalise(j.ofstedName)] = j }
        table["requires improvement"] = .requiresImprovement
        table["requires improvement to be good (ri)"] = .requiresImprovement
        return table
    }()

    static let noJudgementWords: Set<String> = ["n/a", "na", "not applicable", "no full inspection", "none", "not inspected"]

    public static func isNull(_ s: String) -> Bool {
        s == "NULL" || s == "null" || s == "Null" || s == "#N/A"
    }

    /// Ofsted writes "Children's home" and "Children's Home" for the same thing (and
    /// typographic apostrophes now and then): one spelling per provision type, the
    /// one with only its first letter capitalised where both occur.
    public static func provisionType(_ raw: String) -> String? {
        var s = raw.trimmedCell
        if s.isEmpty || isNull(s) { return nil }
        s = s.replacingAll("\u{2019}", with: "'")
        let key = OfstedColumns.normalise(s)
        if let known = provisionTypeSpellings[key] { return known }
        return collapseSpaces(s)
    }

    static let provisionTypeSpellings: [String: String] = {
        let canonical = [
            "Children's home", "Secure children's home", "Residential special school (registered as a children's home)",
            "Residential Special School", "Residential Family Centre", "Boarding School",
            "Further Education College with Residential Accommodation", "Independent Fostering Agency",
            "Voluntary Adoption Agency", "Adoption Support Agency", "Residential Holiday Scheme for Disabled Children",
            "Secure Training Centre", "Supported accommodation", "Residential family centre",
        ]
        var table: [String: String] = [:]
        for c in canonical where table[OfstedColumns.normalise(c)] == nil { table[OfstedColumns.normalise(c)] = c }
        return table
    }()

    /// Sector and registration status by Ofsted's wording, any capitalisation; a
    /// table rather than the model's `init?(ofstedName:)` because it runs per row.
    public static func sector(_ s: String) -> Sector? {
        sectors[s] ?? sectors[s.lowercased()]
    }

    public static func status(_ s: String) -> RegistrationStatus? {
        statuses[s] ?? statuses[s.lowercased()]
    }

    static let sectors: [String: Sector] = Dictionary(uniqueKeysWithValues: Sector.allCases.flatMap { [($0.ofstedName, $0), ($0.ofstedName.lowercased(), $0)] })
    static let statuses: [String: RegistrationStatus] = Dictionary(uniqueKeysWithValues: RegistrationStatus.allCases.flatMap { [($0.ofstedName, $0), ($0.ofstedName.lowercased(), $0)] })

    /// Names published as REDACTED (children's homes) are absent, not a name.
    public static func text(_ raw: String) -> String? {
        let s = raw.trimmedCell
        if s.isEmpty || isNull(s) || s.uppercased() == "REDACTED" { return nil }
        return collapseSpaces(s)
    }

    /// A whole number of places; `.invalid` for anything else (the report quotes it).
    public enum NumberCell: Equatable, Sendable {
        case blank
        case number(Int)
        case invalid
    }

    public static func count(_ raw: String) -> NumberCell {
        let s = raw.trimmedCell
        if s.isEmpty || isNull(s) { return .blank }
        var u = Array(s.utf8)
        if u.count > 2, u.suffix(2) == [UInt8(ascii: "."), UInt8(ascii: "0")] { u.removeLast(2) }  // "6.0" from a spreadsheet
        guard u.count <= 9, let n = number(u[...]) else { return .invalid }
        return .number(n)
    }

    /// A yes/no column ("Short-break-only children's home", "Multi-building children's
    /// home"): Ofsted marks yes with "Y", "1", "Yes" or the column's own title, and no
    /// with a blank, "0", "N" or "No". Nil for anything else.
    public static func flag(_ raw: String, header: String) -> Bool? {
        let s = raw.trimmedCell
        if s.isEmpty || isNull(s) { return false }
        switch s.lowercased() {
        case "y", "yes", "1", "true": return true
        case "n", "no", "0", "false": return false
        default:
            return OfstedColumns.normalise(s) == OfstedColumns.normalise(header) ? true : nil
        }
    }

    /// An event number: digits only.
    public static func eventNumber(_ raw: String) -> Int64? {
        let u = Array(raw.trimmedCell.utf8)
        guard !u.isEmpty, u.count <= 18, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return u.reduce(Int64(0)) { $0 * 10 + Int64($1 - 48) }
    }

    static func number(_ u: ArraySlice<UInt8>) -> Int? {
        guard !u.isEmpty else { return nil }
        var n = 0
        for b in u {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }

    static func collapseSpaces(_ s: String) -> String {
        var previousSpace = false
        var doubled = false
        for b in s.utf8 {
            if b == 0x20 { if previousSpace { doubled = true; break }; previousSpace = true } else { previousSpace = false }
        }
        guard doubled else { return s }
        return s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

extension String {
    /// Without the spaces (and non-breaking spaces, tabs) spreadsheets leave around
    /// cells. Most cells have none, so that case costs two byte checks.
    var trimmedCell: String {
        let u = utf8
        guard let f = u.first, let l = u.last else { return self }
        func edge(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xC2 || b == 0xA0 }
        if !edge(f) && !edge(l) { return self }
        var sub = self[...]
        while let c = sub.first, c == " " || c == "\u{A0}" || c == "\t" { sub = sub.dropFirst() }
        while let c = sub.last, c == " " || c == "\u{A0}" || c == "\t" { sub = sub.dropLast() }
        return String(sub)
    }
}
