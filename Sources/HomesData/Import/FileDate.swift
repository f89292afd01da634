/// The date a file describes, read from its name where Ofsted put one there
/// ("Provider_level_at_31_Aug_2023.csv", "Closed_childrens_homes_31Mar23.csv", or an
/// ISO date) — the "as at" date of a
/// providers file is not in its rows. Files without one are dated by their latest
/// event (see `OfstedImport`).
public enum FileDate {
    public static func fromName(_ path: String) -> Day? {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        var tokens: [String] = []
        var current = ""
        for ch in base.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { tokens.append(current); current = "" }
        }
        if !current.isEmpty { tokens.append(current) }
        for t in tokens { if let day = compact(t) { return day } }
        if tokens.count >= 3 {
            for i in 0...(tokens.count - 3) {
                guard let d = Int(tokens[i]), tokens[i].count <= 2,
                      let m = month(tokens[i + 1]),
                      tokens[i + 2].count == 4, let y = Int(tokens[i + 2]) else { continue }
                if let day = Day.plausible(year: y, month: m, day: d) { return day }
            }
            for i in 0...(tokens.count - 3) {
                guard tokens[i].count == 4, let y = Int(tokens[i]),
                      tokens[i + 1].count == 2, let m = Int(tokens[i + 1]),
                      tokens[i + 2].count == 2, let d = Int(tokens[i + 2]) else { continue }
                if let day = Day.plausible(year: y, month: m, day: d) { return day }
            }
        }
        return nil
    }

    /// One token holding day, month name and year: "31mar23" (two-digit years are
    /// this century: Ofsted's files start in the 2010s), "31march2023".
    static func compact(_ token: String) -> Day? {
        let chars = Array(token)
        let dayDigits = chars.prefix { $0.isNumber }
        let letters = chars.dropFirst(dayDigits.count).prefix { $0.isLetter }
        let yearDigits = chars.dropFirst(dayDigits.count + letters.count)
        guard (1...2).contains(dayDigits.count), !letters.isEmpty, yearDigits.count == 2 || yearDigits.count == 4,
              yearDigits.allSatisfy(\.isNumber), let d = Int(String(dayDigits)), let m = month(String(letters)),
              let y = Int(String(yearDigits)) else { return nil }
        return Day.plausible(year: yearDigits.count == 2 ? 2000 + y : y, month: m, day: d)
    }

    static func month(_ token: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard token.count >= 3, token.allSatisfy(\.isLetter) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (i, n) in names.enumerated() where token == n || token == full[i] || (token == "sept" && i == 8) { return i + 1 }
        return nil
    }
}
