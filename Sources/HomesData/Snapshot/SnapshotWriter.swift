/// Writes a snapshot as JSON in the documented format (docs/snapshot-format.md).
///
/// One record per line, keys in a fixed order, optional fields omitted when absent:
/// the same snapshot always gives the same bytes (the sample is rebuilt and compared
/// byte for byte), diffs stay readable, and the loader can predict the next key.
public struct SnapshotWriter {
    public init() {}

    public func write(_ s: Snapshot) -> [UInt8] {
        var o = JSONOutput()
        o.reserve(s.homes.count * 400 + s.inspections.count * 260 + s.placements.count * 220 + 4096)
        o.raw("{\"metadata\":{")
        let m = s.metadata
        o.key("format", first: true); o.string(m.format)
        o.key("schemaVersion"); o.int(m.schemaVersion)
        o.key("snapshotDate"); o.date(m.snapshotDate)
        o.key("source"); o.string(m.source)
        o.key("licence"); o.string(m.licence)
        o.key("syntheticPlacements"); o.bool(m.syntheticPlacements)
        if let n = m.notes { o.key("notes"); o.string(n) }
        o.raw("},\n\"localAuthorities\":[")
        for (i, la) in s.localAuthorities.enumerated() {
            o.raw(i == 0 ? "\n{" : ",\n{")
            o.key("code", first: true); o.string(la.code)
            o.key("name"); o.string(la.name)
            o.key("region"); o.string(la.region)
            if let ins = la.inspection {
                o.key("inspection"); o.raw("{")
                o.key("date", first: true); o.date(ins.date)
                o.judgement("overall", ins.overall)
                o.judgement("leaders", ins.leaders)
                o.judgement("helpAndProtection", ins.helpAndProtection)
                o.judgement("childrenInCare", ins.childrenInCare)
                o.raw("}")
            }
            o.raw("}")
        }
        o.raw("],\n\"homes\":[")
        for (i, h) in s.homes.enumerated() {
            o.raw(i == 0 ? "\n{" : ",\n{")
            o.key("urn", first: true); o.string(h.urn)
            if let v = h.name { o.key("name"); o.string(v) }
            o.key("provisionType"); o.string(h.provisionType)
            if let v = h.sector { o.key("sector"); o.string(v.ofstedName) }
            if let v = h.organisation { o.key("organisation"); o.string(v) }
            if let v = h.localAuthority { o.key("localAuthority"); o.string(s.localAuthorities[Int(v)].code) }
            if let v = h.ofstedRegion { o.key("ofstedRegion"); o.string(v) }
            if let v = h.region { o.key("region"); o.string(v) }
            if let v = h.places { o.key("places"); o.int(Int(v)) }
            if let v = h.registrationDate { o.key("registrationDate"); o.date(v) }
            if let v = h.status { o.key("status"); o.string(v.ofstedName) }
            if let v = h.closureDate { o.key("closureDate"); o.date(v) }
            if h.shortBreakOnly { o.key("shortBreakOnly"); o.bool(true) }
            if h.multiBuilding { o.key("multiBuilding"); o.bool(true) }
            if !h.registeredFor.isEmpty {
                o.key("registeredFor"); o.raw("[")
                for (j, need) in h.registeredFor.enumerated() {
                    if j > 0 { o.raw(",") }
                    o.string(need)
                }
                o.raw("]")
            }
            o.key("inspections"); o.raw("[")
            for (j, ins) in s.inspections(of: h).enumerated() {
                o.raw(j == 0 ? "{" : ",{")
                o.key("eventNumber", first: true); o.int(Int(ins.eventNumber))
                o.key("eventType"); o.string(s.eventTypes[Int(ins.eventType)])
                o.key("date"); o.date(ins.date)
                if let p = ins.published { o.key("published"); o.date(p) }
                o.judgement("overall", ins.overall)
                o.judgement("helpedAndProtected", ins.helpedAndProtected)
                o.judgement("leadersAndManagers", ins.leadersAndManagers)
                o.judgement("education", ins.education)
                o.judgement("health", ins.health)
                o.raw("}")
            }
            o.raw("]}")
        }
        o.raw("],\n\"placements\":[")
        for (i, p) in s.placements.enumerated() {
            o.raw(i == 0 ? "\n{" : ",\n{")
            o.key("child", first: true); o.string(s.children[Int(p.child)])
            o.key("home"); o.string(s.homes[Int(p.home)].urn)
            o.key("start"); o.date(p.start)
            if let e = p.end { o.key("end"); o.date(e) }
            o.key("placingAuthority"); o.string(s.localAuthorities[Int(p.placingAuthority)].code)
            o.key("placementType"); o.string(SSDA903.placementTypes[Int(p.placementType)].code)
            o.key("reasonNewEpisode"); o.string(SSDA903.reasonsForNewEpisode[Int(p.reasonNewEpisode)].code)
            if let r = p.reasonCeased { o.key("reasonCeased"); o.string(SSDA903.reasonsEpisodeCeased[Int(r)].code) }
            if let r = p.reasonPlaceChange { o.key("reasonPlaceChange"); o.string(SSDA903.reasonsForPlacementChange[Int(r)].code) }
            if let v = p.planned { o.key("planned"); o.bool(v) }
            o.raw("}")
        }
        o.raw("\n]}\n")
        return o.bytes
    }
}

/// A byte buffer with just the JSON emitters the writer needs.
struct JSONOutput {
    var bytes: [UInt8] = []

    mutating func reserve(_ n: Int) { bytes.reserveCapacity(n) }
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
    mutating func key(_ k: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(k)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }
    mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }
    mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
    mutating func judgement(_ k: StaticString, _ j: Judgement?) {
        guard let j else { return }
        key(k); string(j.ofstedName)
    }
    /// `"yyyy-mm-dd"` without building a String: a large snapshot writes millions of dates.
    mutating func date(_ d: Day) {
        let (y, m, day) = d.components
        bytes.append(UInt8(ascii: "\""))
        bytes.append(48 + UInt8(y / 1000 % 10)); bytes.append(48 + UInt8(y / 100 % 10))
        bytes.append(48 + UInt8(y / 10 % 10)); bytes.append(48 + UInt8(y % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 + UInt8(m / 10)); bytes.append(48 + UInt8(m % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 + UInt8(day / 10)); bytes.append(48 + UInt8(day % 10))
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            // Most strings need no escaping: copy them whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
            } else {
                for b in utf8 { escape(b) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ b: UInt8) {
        let hex: StaticString = "0123456789abcdef"
        switch b {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
        case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
        case 0..<0x20:
            bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48])
            bytes.append(hex.utf8Start[Int(b >> 4)])
            bytes.append(hex.utf8Start[Int(b & 15)])
        default: bytes.append(b)
        }
    }
}
