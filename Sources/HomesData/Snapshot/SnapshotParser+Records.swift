extension SnapshotParser {
    // MARK: Document

    /// Parses the whole document. Records refer to each other (homes to authorities,
    /// placements to homes), so a list that comes before what it refers to is skipped
    /// (its syntax checked) and parsed once the rest is in.
    mutating func parseDocument() throws(ParseStop) -> Snapshot {
        s.skipByteOrderMark()
        s.skipWhitespace()
        guard s.byte == UInt8(ascii: "{") else {
            let kind = s.valueKindName()
            try s.skipValue()
            try s.expectEnd()
            throw .notSnapshot(path: "$", "the document is \(kind), not a snapshot; expected an object with \"metadata\" and \"homes\"")
        }
        var seen: [Bool] = [false, false, false, false]
        var deferred: [(key: Int, offset: Int)] = []
        var predicted = 0
        if try s.beginObject() {
            repeat {
                let key = try s.readKey()
                let k = SnapshotKeys.topLevel.match(key, predicted: &predicted)
                if k < 0 {
                    let name = key.string
                    try problem("$." + CSVReader.escaped(name), "unknown key \(String.quoted(name)) ignored (a snapshot has \(SnapshotKeys.topLevel.names.joined(separator: ", ")))", warning: true)
                    try s.skipValue()
                    continue
                }
                if seen[k] {
                    throw .notSnapshot(path: "$.\(SnapshotKeys.topLevel.names[k])", "key \"\(SnapshotKeys.topLevel.names[k])\" appears twice; a snapshot has one of each")
                }
                seen[k] = true
                let waitsForAuthorities = (k == 2 || k == 3) && !seen[1]
                let waitsForHomes = k == 3 && !seen[2]
                if waitsForAuthorities || waitsForHomes || deferred.contains(where: { $0.key < k }) {
                    deferred.append((k, s.pos))
                    try s.skipValue()
                } else {
                    if k == 2 && !seen[3] && pieces > 1 && !strict {
                        chunks = PlacementChunks.start(self, from: s.pos, pieces: pieces, minimumBytes: minimumChunkBytes)
                    }
                    try parseTopLevel(k)
                    if k == 2 { chunks?.homes.publish(urns) }
                }
            } while try s.nextMember()
        }
        try s.expectEnd()
        guard seen[0] else {
            throw .notSnapshot(path: "$", "no \"metadata\" object; a snapshot starts {\"metadata\":{\"format\":\"homes-snapshot\", …}")
        }
        guard seen[2] else {
            throw .notSnapshot(path: "$", "no \"homes\" array; a snapshot lists its homes under \"homes\"")
        }
        for d in deferred.sorted(by: { $0.key < $1.key }) {
            s.pos = d.offset
            try parseTopLevel(d.key)
        }
        if unlistedProblems > 0 {
            problems.append(LoadProblem(file: file, location: .file, message: "\(unlistedProblems) more problems not listed (the first \(SnapshotParser.problemLimit) are)"))
        }
        let meta = metadata!
        report.snapshotDate = meta.snapshotDate
        report.authorities.loaded = authorities.count
        report.homes.loaded = homes.count
        report.inspections.loaded = inspections.count
        report.placements.loaded = placements.count
        report.problems = problems
        return Snapshot(metadata: meta, localAuthorities: authorities, homes: homes, inspections: inspections,
                        eventTypes: eventTypes.strings, children: children.strings, placements: placements)
    }

    mutating func parseTopLevel(_ k: Int) throws(ParseStop) {
        switch k {
        case 0: try parseMetadata()
        case 1:
            s.skipWhitespace()
            guard s.byte == UInt8(ascii: "[") else { throw try wrongTopLevelType("$.localAuthorities", "an array") }
            var i = 0
            if try s.beginArray() {
                repeat { try parseAuthority(i); i += 1 } while try s.nextElement()
            }
        case 2:
            s.skipWhitespace()
            guard s.byte == UInt8(ascii: "[") else { throw try wrongTopLevelType("$.homes", "an array") }
            var i = 0
            if try s.beginArray() {
                repeat { try parseHome(i); i += 1; s.releaseBehind() } while try s.nextElement()
            }
        default:
            s.skipWhitespace()
            guard s.byte == UInt8(ascii: "[") else { throw try wrongTopLevelType("$.placements", "an array") }
            var i = 0
            if try s.beginArray() {
                repeat {
                    if let started = chunks?.chunks {
                        // At the start of a piece read on another core: take it (and
                        // the ones after it) instead of reading on.
                        s.skipWhitespace()
                        if started.contains(where: { $0.start == s.pos }) {
                            let (taken, endedArray) = try takeChunks(startingAt: i)
                            i += taken
                            if endedArray { return }
                        }
                    }
                    try parsePlacement(i)
                    i += 1
                    s.releaseBehind()
                } while try s.nextElement()
            }
        }
    }

    /// A top-level member of the wrong type makes the file not a snapshot; but if the
    /// value is not even valid JSON, that is the error to report.
    mutating func wrongTopLevelType(_ path: String, _ expected: String) throws(ParseStop) -> ParseStop {
        let kind = s.valueKindName()
        try s.skipValue()
        return .notSnapshot(path: path, "expected \(expected), found \(kind)")
    }

    /// Reads `{` for a record; a record that is not an object is rejected and skipped.
    mutating func beginRecord(_ path: RecordPath, _ ok: inout Bool) throws(ParseStop) -> Bool {
        s.skipWhitespace()
        if s.byte == UInt8(ascii: "{") { return try s.beginObject() }
        let found = s.valueKindName()
        try s.skipValue()
        try reject(path, nil, "expected an object, found \(found)", &ok)
        return false
    }

    // MARK: Metadata

    mutating func parseMetadata() throws(ParseStop) {
        let path = RecordPath(list: "metadata", noun: "snapshot")
        s.skipWhitespace()
        guard s.byte == UInt8(ascii: "{") else { throw try wrongTopLevelType("$.metadata", "an object") }
        var ok = true
        var format: String?, version: Int64?, date: Day?, source: String?, licence: String?, synthetic: Bool?, notes: String?
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.metadata
        if try s.beginObject() {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let name = keys.fields[k]
                switch k {
                case 0: format = try text(path, name, &ok)
                case 1: version = try integer(path, name, &ok)
                case 2: date = try self.date(path, name, &ok)
                case 3: source = try text(path, name, &ok)
                case 4: licence = try text(path, name, &ok)
                case 5: synthetic = try bool(path, name, &ok)
                default: notes = try text(path, name, &ok)
                }
            } while try s.nextMember()
        }
        guard format == SnapshotMetadata.formatName else {
            throw .notSnapshot(path: "$.metadata.format", format.map { "format is \(String.quoted($0)); expected \"\(SnapshotMetadata.formatName)\"" }
                ?? "missing \"format\"; expected \"\(SnapshotMetadata.formatName)\"")
        }
        guard let version, version == SnapshotMetadata.currentSchemaVersion else {
            throw .notSnapshot(path: "$.metadata.schemaVersion", version.map { "schema version \($0) is not one this homes reads; expected \(SnapshotMetadata.currentSchemaVersion) (a newer homes may read it)" }
                ?? "missing \"schemaVersion\"; expected \(SnapshotMetadata.currentSchemaVersion)")
        }
        guard let date else {
            throw .notSnapshot(path: "$.metadata.snapshotDate", "missing or invalid \"snapshotDate\"; expected the date the data was taken, yyyy-mm-dd")
        }
        if source == nil { try problem(path("source"), "missing \"source\" (where the data came from); loaded without it") }
        if licence == nil { try problem(path("licence"), "missing \"licence\"; loaded without it") }
        if synthetic == nil { try problem(path("syntheticPlacements"), "missing \"syntheticPlacements\" (true or false); taken as false") }
        metadata = SnapshotMetadata(snapshotDate: date, source: source ?? "", licence: licence ?? "",
                                    syntheticPlacements: synthetic ?? false, notes: notes)
    }

    // MARK: Local authorities

    mutating func parseAuthority(_ index: Int) throws(ParseStop) {
        let path = RecordPath(list: "localAuthorities", index: index, noun: "local authority")
        var ok = true
        var code: String?, name: String?, region: String?, inspection: AuthorityInspection?
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.authority
        if try beginRecord(path, &ok) {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let field = keys.fields[k]
                switch k {
                case 0:
                    if let v = try string(path, field, &ok) {
                        if !SnapshotParser.isAuthorityCode(v) {
                            try reject(path, field, "\(String.quoted(v.buffer)) is not an ONS code; expected E and 8 digits, e.g. \"E08000035\"", &ok)
                        } else if authorityCodes.find(v) != nil {
                            try reject(path, field, "duplicate local authority code \(String.quoted(v.buffer))", &ok)
                        } else {
                            code = v.string
                        }
                    }
                case 1: name = try text(path, field, &ok, required: true)
                case 2: region = try text(path, field, &ok, required: true)
                default: inspection = try parseAuthorityInspection(path, &ok)
                }
            } while try s.nextMember()
        } else if ok {
            ok = false
            try problem(path(), "expected an authority's code, name and region, found an empty object; local authority rejected")
        }
        if ok && code == nil { try missing(path, "code", "its ONS code", &ok) }
        if ok && name == nil { try missing(path, "name", "a string", &ok) }
        if ok && region == nil { try missing(path, "region", "a string", &ok) }
        guard ok, let code, let name, let region else {
            report.authorities.rejected += 1
            return
        }
        authorityCodes.add(code)
        authorities.append(LocalAuthority(code: code, name: name, region: region, inspection: inspection))
    }

    mutating func parseAuthorityInspection(_ parent: RecordPath, _ ok: inout Bool) throws(ParseStop) -> AuthorityInspection? {
        var path = parent
        path.sub = "inspection"
        s.skipWhitespace()
        if s.byte == UInt8(ascii: "n") { _ = try s.readLiteral(); return nil }
        guard s.byte == UInt8(ascii: "{") else { try wrongType(parent, "inspection", "an object", &ok); return nil }
        var date: Day?, overall: Judgement?, leaders: Judgement?, help: Judgement?, care: Judgement?
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.authorityInspection
        if try s.beginObject() {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let field = keys.fields[k]
                switch k {
                case 0: date = try self.date(path, field, &ok)
                case 1: overall = try judgement(path, field, &ok)
                case 2: leaders = try judgement(path, field, &ok)
                case 3: help = try judgement(path, field, &ok)
                default: care = try judgement(path, field, &ok)
                }
            } while try s.nextMember()
        }
        guard let date else {
            if ok { try missing(path, "date", "yyyy-mm-dd", &ok) }
            return nil
        }
        return AuthorityInspection(date: date, overall: overall, leaders: leaders, helpAndProtection: help, childrenInCare: care)
    }
}
