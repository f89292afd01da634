#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Where a record sits in the document, turned into a JSON path only when a problem
/// needs one (so the hot path never builds strings).
struct RecordPath {
    var list: StaticString
    var index: Int = -1
    var sub: StaticString? = nil
    var subIndex: Int = -1
    /// What a rejection drops: "home", "inspection"…
    var noun: StaticString

    func callAsFunction(_ key: StaticString? = nil) -> String {
        key.map { self(named: "\($0)") } ?? self(named: nil)
    }

    /// The path to a member whose name came from the file (an unknown key).
    func callAsFunction(named key: String?) -> String {
        var p = "$.\(list)"
        if index >= 0 { p += "[\(index)]" }
        if let sub { p += ".\(sub)" }
        if subIndex >= 0 { p += "[\(subIndex)]" }
        // Escaped: the name came from the file and must never reach a terminal raw.
        if let key { p += "." + CSVReader.escaped(key) }
        return p
    }
}

/// Ofsted's wordings and the SSDA903 codes as byte tables, so matching a value never
/// makes a `String`.
enum ValueTables {
    static let judgementList = Judgement.allCases.map { "\"\($0.ofstedName)\"" }.joined(separator: ", ")
    static let sectorList = Sector.allCases.map { "\"\($0.ofstedName)\"" }.joined(separator: ", ")
    static let statusList = RegistrationStatus.allCases.map { "\"\($0.ofstedName)\"" }.joined(separator: ", ")

    static let placementTypes = CodeTable { SSDA903.placementTypes }
    static let reasonsNew = CodeTable { SSDA903.reasonsForNewEpisode }
    static let reasonsCeased = CodeTable { SSDA903.reasonsEpisodeCeased }
    static let reasonsChange = CodeTable { SSDA903.reasonsForPlacementChange }

}

/// One SSDA903 code list, each code packed into a word (its bytes and its length),
/// so finding a code is a short scan of integers with no hashing and no `String`.
/// Every SSDA903 code is at most seven bytes; a longer value is simply not found.
/// The words live in memory that is never freed, so the table is a plain value that
/// costs nothing to pass around in the hot loop.
struct CodeTable: @unchecked Sendable {
    private let packed: UnsafeBufferPointer<UInt64>
    /// The codes, for messages.
    let codes: @Sendable () -> [SSDA903.Code]

    init(_ codes: @escaping @Sendable () -> [SSDA903.Code]) {
        self.codes = codes
        let words = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: codes().count)
        for (i, c) in codes().enumerated() {
            var bytes = Array(c.code.utf8)
            precondition(bytes.count <= 7, "SSDA903 code \(c.code) is longer than CodeTable packs")
            words[i] = bytes.withUnsafeMutableBufferPointer { b in
                CodeTable.pack(ByteSlice(start: UnsafePointer(b.baseAddress!), count: b.count))
            }
        }
        packed = UnsafeBufferPointer(words)
    }

    @inline(__always) static func pack(_ v: ByteSlice) -> UInt64 {
        var word = UInt64(v.count) << 56
        for i in 0..<v.count { word |= UInt64(v.start[i]) << (8 * UInt64(i)) }
        return word
    }

    @inline(__always) func find(_ v: ByteSlice) -> UInt8? {
        guard v.count <= 7 else { return nil }
        let word = CodeTable.pack(v)
        for i in 0..<packed.count where packed[i] == word { return UInt8(i) }
        return nil
    }

    var list: String { codes().map(\.code).joined(separator: ", ") }
}

/// Builds a `Snapshot` straight from the bytes of one file, validating as it goes.
///
/// Invalid records (an authority, a home, an inspection, a placement) are rejected
/// and reported with their JSON path; everything valid loads. A syntax error stops
/// everything: past it the file cannot be trusted.
struct SnapshotParser {
    var s: JSONScanner
    let file: String
    let strict: Bool
    var report: FileReport
    var problems: [LoadProblem] = []
    /// Problems kept for reporting; beyond this, they are counted, not stored.
    static let problemLimit = 10_000
    var unlistedProblems = 0

    var metadata: SnapshotMetadata?
    var authorities: [LocalAuthority] = []
    var authorityCodes = InternTable(expectedCount: 200)
    var homes: [Home] = []
    /// Where each loaded home was in the file's `homes` array, for duplicate messages.
    var homeSourceIndex: [Int32] = []
    var urns: InternTable
    var inspections: [Inspection] = []
    var eventTypes = InternTable(expectedCount: 32)
    var eventKinds: [InspectionKind] = []
    var children: InternTable
    var placements: [Placement] = []
    /// Home texts that repeat (provision types, organisations, regions, needs): one
    /// `String` each, shared by every home that has it.
    var texts = InternTable(expectedCount: 4096)
    /// The event numbers of the home being read. A home has a handful of
    /// inspections, so a linear scan beats hashing into a `Set`.
    var eventNumbersSeen: [Int64] = []
    /// The SSDA903 tables, held here so the hot loop reads them without `swift_once`.
    let placementTypes = ValueTables.placementTypes
    let reasonsNew = ValueTables.reasonsNew
    let reasonsCeased = ValueTables.reasonsCeased
    let reasonsChange = ValueTables.reasonsChange
    /// The last member name `memberKey` did not know.
    var unknownName = ""

    /// Whether this parser reads a chunk of placements on another core
    /// (`PlacementChunk`): homes are not known yet, so a placement's home is kept as
    /// its packed URN in `pendingHomes`, and a record with any problem is only noted
    /// in `redo`, for the main parser to read again and report in order.
    let isChunk: Bool
    /// Chunk mode: whether the record being read has met a problem.
    var recordFlagged = false
    /// Chunk mode: each kept placement's home as a packed URN (see `PackedURN`).
    var pendingHomes: [UInt64] = []
    /// Chunk mode: records with problems, by index within the chunk, and where they start.
    var redo: [(index: Int, offset: Int)] = []

    /// Into how many pieces to cut the placements array, to read on that many cores
    /// (see `PlacementChunks`); 1 reads on this thread alone.
    var pieces = 1
    /// The least share of the file worth a piece of its own.
    var minimumChunkBytes = 1 << 20
    /// The pieces being read on other cores, once the homes array begins.
    var chunks: PlacementChunks?

    /// `expectedBytes` sizes the columns: the file for the main parser, the chunk for
    /// a chunk's.
    init(bytes: UnsafePointer<UInt8>, count: Int, file: String, strict: Bool, isChunk: Bool = false,
         expectedBytes: Int? = nil) {
        s = JSONScanner(base: bytes, count: count)
        self.file = file
        self.strict = strict
        self.isChunk = isChunk
        report = FileReport(path: file, snapshotDate: Day(daysSince1970: 0), bytes: count)
        // Capacities from the file size, so columns never regrow and copy. Reserved
        // pages that are never touched cost no memory.
        let size = expectedBytes ?? count
        urns = InternTable(expectedCount: isChunk ? 16 : max(64, size / 4000))
        // A piece holds only placements, so it meets children more often per byte.
        children = InternTable(expectedCount: max(64, size / (isChunk ? 400 : 600)))
        placements.reserveCapacity(max(64, size / 200))
        if isChunk {
            pendingHomes.reserveCapacity(max(64, size / 200))
        } else {
            homes.reserveCapacity(max(64, size / 4000))
            homeSourceIndex.reserveCapacity(max(64, size / 4000))
            inspections.reserveCapacity(max(64, size / 300))
        }
    }

    // MARK: Problems

    /// The path and message are built only when reported: a piece on another core
    /// notes the record and builds nothing (a piece cut among the homes meets an
    /// unknown key in every record, and building each message cost more than the
    /// whole read).
    mutating func problem(_ path: @autoclosure () -> String, _ message: @autoclosure () -> String, warning: Bool = false) throws(ParseStop) {
        if isChunk {
            recordFlagged = true
            return
        }
        let p = LoadProblem(file: file, location: .path(path()), message: message(), isWarning: warning)
        if strict { throw .strict(p) }
        if warning { report.warnings += 1 }
        if problems.count < SnapshotParser.problemLimit { problems.append(p) } else { unlistedProblems += 1 }
    }

    /// Reports a problem that rejects the record at `path`.
    mutating func reject(_ path: RecordPath, _ key: StaticString?, _ message: @autoclosure () -> String, _ ok: inout Bool) throws(ParseStop) {
        ok = false
        try problem(path(key), "\(message()); \(path.noun) rejected")
    }

    /// Reads the next member's name and returns its index in `keys`, or -1 for a name
    /// not in it (kept in `unknownName` for `unknownKey`). Files are nearly always
    /// written in the table's order, compactly, so it first tries the expected names
    /// byte for byte and only then reads the name as a general JSON string.
    @inline(__always)
    mutating func memberKey(_ keys: KeyTable, _ predicted: inout Int) throws(ParseStop) -> Int {
        s.skipWhitespace()
        var k = predicted
        while k < keys.count {
            if s.skipKey(keys.quoted[k]) {
                s.skipWhitespace()
                predicted = k + 1
                return k
            }
            k += 1
        }
        let key = try s.readKey()
        let found = keys.match(key, predicted: &predicted)
        if found < 0 { unknownName = key.string }
        return found
    }

    mutating func unknownKey(_ path: RecordPath, _ table: KeyTable) throws(ParseStop) {
        let name = unknownName
        try problem(path(named: name), "unknown key \(String.quoted(name)) ignored (known keys: \(table.names.joined(separator: ", ")))", warning: true)
        try s.skipValue()
    }

    /// A key given twice in one record: which value to believe is anyone's guess.
    @inline(__always)
    mutating func checkDuplicate(_ seen: inout UInt32, _ k: Int, _ path: RecordPath, _ table: KeyTable, _ ok: inout Bool) throws(ParseStop) -> Bool {
        let bit: UInt32 = 1 << UInt32(k)
        if seen & bit == 0 { seen |= bit; return false }
        try reject(path, table.fields[k], "key \"\(table.names[k])\" appears twice in one record", &ok)
        try s.skipValue()
        return true
    }

    mutating func missing(_ path: RecordPath, _ key: StaticString, _ expected: String, _ ok: inout Bool) throws(ParseStop) {
        try reject(path, nil, "missing \"\(key)\" (\(expected))", &ok)
    }

    // MARK: Values

    /// A string, or nil for null. Any other type is reported and skipped.
    @inline(__always)
    mutating func string(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> ByteSlice? {
        let c = s.byte
        if c == UInt8(ascii: "\"") { return try s.readString() }
        if c == UInt8(ascii: "n") { _ = try s.readLiteral(); return nil }
        try wrongType(path, key, "a string", &ok)
        return nil
    }

    mutating func wrongType(_ path: RecordPath, _ key: StaticString?, _ expected: String, _ ok: inout Bool) throws(ParseStop) {
        let found = s.valueKindName()
        try s.skipValue()
        try reject(path, key, "expected \(expected), found \(found)", &ok)
    }

    mutating func text(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool, required: Bool = false) throws(ParseStop) -> String? {
        guard let v = try string(path, key, &ok) else { return nil }
        if required && v.count == 0 { try reject(path, key, "must not be empty", &ok); return nil }
        return v.string
    }

    mutating func sharedText(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> String? {
        guard let v = try string(path, key, &ok) else { return nil }
        let i = texts.intern(v)
        return texts.strings[Int(i)]
    }

    /// Ofsted's wording of a judgement, by length and then the bytes: a million
    /// inspections carry several each, so no table walk and no `String`. The tests
    /// check every `Judgement.ofstedName` comes back as its case.
    @inline(__always) static func judgement(of v: ByteSlice) -> Judgement? {
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == v.count && memcmp(v.start, s.utf8Start, v.count) == 0
        }
        switch v.count {
        case 4: return eq("Good") ? .good : nil
        case 10: return eq("Inadequate") ? .inadequate : eq("Not judged") ? .notJudged : nil
        case 11: return eq("Outstanding") ? .outstanding : nil
        case 22: return eq("Improved effectiveness") ? .improvedEffectiveness : eq("Declined effectiveness") ? .declinedEffectiveness : nil
        case 23: return eq("Sustained effectiveness") ? .sustainedEffectiveness : nil
        case 31: return eq("Requires improvement to be good") ? .requiresImprovement : nil
        default: return nil
        }
    }

    @inline(__always) static func parseDay(_ v: ByteSlice) -> Day? {
        guard v.count == 10 else { return nil }
        let p = v.start
        guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int { Int(p[i]) &- 48 }
        let ds = (digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9))
        guard UInt(bitPattern: ds.0) < 10, UInt(bitPattern: ds.1) < 10, UInt(bitPattern: ds.2) < 10,
              UInt(bitPattern: ds.3) < 10, UInt(bitPattern: ds.4) < 10, UInt(bitPattern: ds.5) < 10,
              UInt(bitPattern: ds.6) < 10, UInt(bitPattern: ds.7) < 10 else { return nil }
        let y = ds.0 * 1000 + ds.1 * 100 + ds.2 * 10 + ds.3
        let m = ds.4 * 10 + ds.5
        let d = ds.6 * 10 + ds.7
        return Day(year: y, month: m, day: d)
    }

    /// Years outside this range are typing errors, not records of children's homes.
    static let plausibleYears = Day.plausibleYears
    static let plausibleDays = firstPlausibleDay...lastPlausibleDay
    static let firstPlausibleDay = Day(year: plausibleYears.lowerBound, month: 1, day: 1)!.daysSince1970
    static let lastPlausibleDay = Day(year: plausibleYears.upperBound, month: 12, day: 31)!.daysSince1970

    @inline(__always)
    mutating func date(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> Day? {
        guard let v = try string(path, key, &ok) else { return nil }
        guard let d = SnapshotParser.parseDay(v) else {
            try reject(path, key, "\(String.quoted(v.buffer)) is not a real date; expected yyyy-mm-dd", &ok)
            return nil
        }
        guard SnapshotParser.plausibleDays.contains(d.daysSince1970) else {
            try reject(path, key, "\(String.quoted(v.buffer)) is out of range; expected a year from 1900 to 2100", &ok)
            return nil
        }
        return d
    }

    mutating func integer(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> Int64? {
        let c = s.byte
        if c == UInt8(ascii: "n") { _ = try s.readLiteral(); return nil }
        guard c == UInt8(ascii: "-") || (c >= 48 && c <= 57) else {
            try wrongType(path, key, "a whole number", &ok)
            return nil
        }
        let n = try s.readNumber()
        guard n.isInteger else {
            try reject(path, key, "expected a whole number, found \(String.quoted(n.text.buffer))", &ok)
            return nil
        }
        guard !n.overflow else {
            try reject(path, key, "number \(String.quoted(n.text.buffer)) is too large", &ok)
            return nil
        }
        return n.value
    }

    @inline(__always)
    mutating func bool(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> Bool? {
        let c = s.byte
        if c == UInt8(ascii: "t") || c == UInt8(ascii: "f") || c == UInt8(ascii: "n") {
            let l = try s.readLiteral()
            return l == UInt8(ascii: "n") ? nil : l == UInt8(ascii: "t")
        }
        try wrongType(path, key, "true or false", &ok)
        return nil
    }

    @inline(__always)
    mutating func judgement(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> Judgement? {
        guard let v = try string(path, key, &ok) else { return nil }
        if let j = SnapshotParser.judgement(of: v) { return j }
        try reject(path, key, "unknown judgement \(String.quoted(v.buffer)); expected one of \(ValueTables.judgementList)", &ok)
        return nil
    }

    /// A code from one of the SSDA903 tables, as its index.
    @inline(__always)
    mutating func code(_ path: RecordPath, _ key: StaticString?, _ table: CodeTable,
                       _ ok: inout Bool) throws(ParseStop) -> UInt8? {
        guard let v = try string(path, key, &ok) else { return nil }
        if let i = table.find(v) { return i }
        try reject(path, key, "unknown SSDA903 code \(String.quoted(v.buffer)); expected one of \(table.list)", &ok)
        return nil
    }

    @inline(__always)
    mutating func authorityReference(_ path: RecordPath, _ key: StaticString?, _ ok: inout Bool) throws(ParseStop) -> Int32? {
        guard let v = try string(path, key, &ok) else { return nil }
        if let i = authorityCodes.find(v) { return i }
        try reject(path, key, "no local authority with code \(String.quoted(v.buffer)) in $.localAuthorities", &ok)
        return nil
    }

    static func isAuthorityCode(_ v: ByteSlice) -> Bool {
        guard v.count == 9, v.start[0] == UInt8(ascii: "E") else { return false }
        for i in 1..<9 where v.start[i] &- 48 >= 10 { return false }
        return true
    }

    static func isURN(_ v: ByteSlice) -> Bool {
        let p = v.start
        if v.count == 8 && p[0] == UInt8(ascii: "S") && p[1] == UInt8(ascii: "C") {
            for i in 2..<8 where p[i] &- 48 >= 10 { return false }
            return true
        }
        guard v.count == 7 else { return false }
        for i in 0..<7 where p[i] &- 48 >= 10 { return false }
        return true
    }
}
