/// Folds the files that list homes, oldest first, into each home's current details,
/// status and inspection history, counting per file the homes it opened and closed.
///
/// Status follows the newest-dated file that gives one, because Ofsted's files
/// disagree as time passes: a home in a March closed list may be active again in an
/// August register, and is then open with no closure date. A register (the
/// providers-at-a-date file and the places list; two of one date count as one)
/// lists every home open on its date, so a home it does not list, last seen open,
/// is closed from then on (date unknown) unless a newer file says otherwise —
/// without that, homes that quietly left the register would be counted as open and
/// the counts would disagree with Ofsted's.
struct HomeMerge {
    enum State { case unknown, open, closed }

    var details: [String: HomeDetails] = [:]
    var histories: [String: [Int64: InspectionRecord]] = [:]
    /// Homes opened and closed, by the file's `order`.
    var opened: [Int: Int] = [:]
    var closed: [Int: Int] = [:]
    /// Authority names as written, with file and line, in the order met.
    var authorityNames: [(name: String, file: String, line: Int)] = []
    /// Where files disagree so that a home would close before it was registered (a
    /// closed list's date against a newer register's registration date): the closure
    /// date is left out there, and said so, instead of a home the loader would refuse.
    var problems: [ImportProblem] = []
    var newestRegister: (date: Day?, files: [String])?

    /// The provision type of a home known only from the closed list: the list is of
    /// children's homes.
    static let closedListProvisionType = "Children's home"

    static func state(_ s: RegistrationStatus?) -> State {
        guard let s else { return .unknown }
        return s.isOpen ? .open : .closed
    }

    /// Applies `ordered` (oldest first, registers last among files of one date).
    mutating func apply(_ ordered: [OfstedFile]) {
        var i = 0
        while i < ordered.count {
            let f = ordered[i]
            guard let kind = f.summary.kind, kind.listsHomes else { i += 1; continue }
            guard kind.isRegister else { apply(f); i += 1; continue }
            var group = [f]
            var j = i + 1
            while j < ordered.count, ordered[j].summary.kind?.isRegister == true, ordered[j].summary.date == f.summary.date {
                group.append(ordered[j])
                j += 1
            }
            for g in group { apply(g) }
            closed[group.last!.order, default: 0] += closeUnlisted(by: group)
            newestRegister = (f.summary.date, group.map(\.path))
            i = j
        }
    }

    /// One file's rows: details from this file where it has the column; status and
    /// closure date by the rules above.
    private mutating func apply(_ f: OfstedFile) {
        let has = f.fieldsPresent
        var before: [String: State] = [:]
        for row in f.providers {
            let old = details[row.urn]
            if before[row.urn] == nil { before[row.urn] = Self.state(old?.status) }
            var d = old ?? HomeDetails()
            let n = row.details
            if has.contains(.name) { d.name = n.name }
            if has.contains(.provisionType) { d.provisionType = n.provisionType }
            if has.contains(.sector) { d.sector = n.sector }
            if has.contains(.organisation) { d.organisation = n.organisation }
            if has.contains(.localAuthority) { d.authorityName = n.authorityName }
            if has.contains(.ofstedRegion) { d.ofstedRegion = n.ofstedRegion }
            if has.contains(.region) { d.region = n.region }
            if has.contains(.places) { d.places = n.places }
            if has.contains(.registrationDate) { d.registrationDate = n.registrationDate }
            if has.contains(.shortBreakOnly) { d.shortBreakOnly = n.shortBreakOnly }
            if has.contains(.multiBuilding) { d.multiBuilding = n.multiBuilding }
            if let s = n.status {
                d.status = s
                // Open means not closed: an older closure date no longer holds. A closed
                // status without a date keeps the date an older file gave.
                if s.isOpen { d.closureDate = nil } else if let c = n.closureDate { d.closureDate = c }
            } else if let c = n.closureDate, d.status?.isOpen != true {
                d.closureDate = c
            }
            if old == nil && f.summary.kind == .closedList { d.provisionType = Self.closedListProvisionType }
            if let closure = d.closureDate, let registered = d.registrationDate, closure < registered {
                let what = n.closureDate == closure
                    ? "closed on \(closure.iso), before it was registered on \(registered.iso) as another file says"
                    : "registered on \(registered.iso), after it closed on \(closure.iso) as another file says"
                problems.append(ImportProblem(file: f.path, line: row.line, severity: .warning,
                                              message: "\(row.urn) \(what): the closure date left out, the home kept"))
                d.closureDate = nil
            }
            details[row.urn] = d
            if let name = n.authorityName, AuthorityNames.index(of: name) == nil { authorityNames.append((name, f.path, row.line)) }
            for ins in row.inspections { histories[row.urn, default: [:]][ins.eventNumber] = ins }
        }
        for (urn, was) in before {
            let now = Self.state(details[urn]!.status)
            if now == .open && was != .open { opened[f.order, default: 0] += 1 }
            if now == .closed && was != .closed { closed[f.order, default: 0] += 1 }
        }
    }

    /// Closes the homes a register does not list that were open or of unknown status
    /// before it; a more specific closed status ("Resigned") is kept. Returns how many.
    private mutating func closeUnlisted(by group: [OfstedFile]) -> Int {
        var listed = Set<String>()
        for f in group {
            listed.formUnion(f.providers.lazy.map(\.urn))
            listed.formUnion(f.rejectedURNs)
        }
        var count = 0
        for urn in details.keys where !listed.contains(urn) && Self.state(details[urn]!.status) != .closed {
            details[urn]!.status = .closed
            details[urn]!.closureDate = nil
            count += 1
        }
        return count
    }
}
