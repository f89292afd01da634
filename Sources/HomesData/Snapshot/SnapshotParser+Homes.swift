extension SnapshotParser {
    /// More places than this is a typing error. Ofsted's own 2023 list has boarding
    /// schools and further-education colleges with 567 to 808 residential places, so
    /// the bound leaves room above those.
    static let maximumPlaces: Int64 = 5000

    // MARK: Homes

    mutating func parseHome(_ index: Int) throws(ParseStop) {
        let path = RecordPath(list: "homes", index: index, noun: "home")
        var ok = true
        var urn: String?, name: String?, provisionType: String?, sector: Sector?, organisation: String?
        var authority: Int32?, ofstedRegion: String?, region: String?, places: Int32?
        var registered: Day?, status: RegistrationStatus?, closure: Day?
        var shortBreak = false, multiBuilding = false
        var needs: [String] = []
        let firstInspection = inspections.count
        var inspectionsRejected = 0
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.home
        if try beginRecord(path, &ok) {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let field = keys.fields[k]
                switch k {
                case 0:
                    if let v = try string(path, field, &ok) {
                        if !SnapshotParser.isURN(v) {
                            try reject(path, field, "\(String.quoted(v.buffer)) is not a URN; expected SC and 6 digits (\"SC123456\") or 7 digits (\"1234567\")", &ok)
                        } else if let first = urns.find(v) {
                            let earlier = homeSourceIndex[Int(first)]
                            try reject(path, field, "duplicate URN \(String.quoted(v.buffer)): $.homes[\(earlier)] has it already", &ok)
                        } else {
                            urn = v.string
                        }
                    }
                case 1: name = try text(path, field, &ok)
                case 2: provisionType = try sharedText(path, field, &ok)
                case 3:
                    if let v = try string(path, field, &ok) {
                        sector = Sector(ofstedName: v.string)
                        if sector == nil { try reject(path, field, "unknown sector \(String.quoted(v.buffer)); expected one of \(ValueTables.sectorList)", &ok) }
                    }
                case 4: organisation = try sharedText(path, field, &ok)
                case 5: authority = try authorityReference(path, field, &ok)
                case 6: ofstedRegion = try sharedText(path, field, &ok)
                case 7: region = try sharedText(path, field, &ok)
                case 8:
                    if let v = try integer(path, field, &ok) {
                        if v < 0 || v > SnapshotParser.maximumPlaces {
                            try reject(path, field, "\(v) places is impossible; expected 0 to \(SnapshotParser.maximumPlaces)", &ok)
                        } else {
                            places = Int32(v)
                        }
                    }
                case 9: registered = try date(path, field, &ok)
                case 10:
                    if let v = try string(path, field, &ok) {
                        status = RegistrationStatus(ofstedName: v.string)
                        if status == nil { try reject(path, field, "unknown registration status \(String.quoted(v.buffer)); expected one of \(ValueTables.statusList)", &ok) }
                    }
                case 11: closure = try date(path, field, &ok)
                case 12: shortBreak = try bool(path, field, &ok) ?? false
                case 13: multiBuilding = try bool(path, field, &ok) ?? false
                case 14: needs = try parseNeeds(path, &ok)
                default: inspectionsRejected = try parseInspections(path, &ok)
                }
            } while try s.nextMember()
        }
        if ok && urn == nil { try missing(path, "urn", "SC and 6 digits, or 7 digits", &ok) }
        if ok && provisionType == nil { try missing(path, "provisionType", "Ofsted's wording, e.g. \"Children's home\"", &ok) }
        if ok, let registered, let closure, closure < registered {
            try reject(path, "closureDate", "closed \(closure) before it was registered on \(registered)", &ok)
        }
        let count = inspections.count - firstInspection
        guard ok, let urn, let provisionType else {
            inspections.removeSubrange(firstInspection...)
            report.homes.rejected += 1
            report.inspections.rejected += inspectionsRejected + count
            return
        }
        report.inspections.rejected += inspectionsRejected
        sortByDate(firstInspection..<inspections.count)
        urns.add(urn)
        homeSourceIndex.append(Int32(index))
        homes.append(Home(urn: urn, name: name, provisionType: provisionType, sector: sector, organisation: organisation,
                          localAuthority: authority, ofstedRegion: ofstedRegion, region: region, places: places,
                          registrationDate: registered, status: status, closureDate: closure, shortBreakOnly: shortBreak,
                          multiBuilding: multiBuilding, registeredFor: needs,
                          inspections: Int32(firstInspection)..<Int32(firstInspection + count)))
    }

    mutating func sortByDate(_ range: Range<Int>) {
        guard range.count > 1 else { return }
        var sorted = true
        for i in range.dropFirst() where inspections[i].date < inspections[i - 1].date { sorted = false; break }
        if !sorted { inspections[range].sort { $0.date < $1.date } }
    }

    mutating func parseNeeds(_ parent: RecordPath, _ ok: inout Bool) throws(ParseStop) -> [String] {
        s.skipWhitespace()
        if s.byte == UInt8(ascii: "n") { _ = try s.readLiteral(); return [] }
        guard s.byte == UInt8(ascii: "[") else { try wrongType(parent, "registeredFor", "an array of strings", &ok); return [] }
        var needs: [String] = []
        if try s.beginArray() {
            repeat {
                s.skipWhitespace()
                var path = parent
                path.sub = "registeredFor"
                path.subIndex = needs.count
                if let v = try string(path, nil, &ok) {
                    let i = texts.intern(v)
                    needs.append(texts.strings[Int(i)])
                }
            } while try s.nextElement()
        }
        return needs
    }

    // MARK: Inspections

    /// Parses a home's inspections into `inspections`; returns how many were rejected.
    mutating func parseInspections(_ parent: RecordPath, _ homeOK: inout Bool) throws(ParseStop) -> Int {
        s.skipWhitespace()
        if s.byte == UInt8(ascii: "n") { _ = try s.readLiteral(); return 0 }
        guard s.byte == UInt8(ascii: "[") else { try wrongType(parent, "inspections", "an array", &homeOK); return 0 }
        var rejected = 0
        eventNumbersSeen.removeAll(keepingCapacity: true)
        var path = parent
        path.sub = "inspections"
        path.noun = "inspection"
        var i = 0
        if try s.beginArray() {
            repeat {
                path.subIndex = i
                if try !parseInspection(path) { rejected += 1 }
                i += 1
            } while try s.nextElement()
        }
        return rejected
    }

    mutating func parseInspection(_ path: RecordPath) throws(ParseStop) -> Bool {
        var ok = true
        var number: Int64?, type: UInt16?, date: Day?, published: Day?
        var overall: Judgement?, helped: Judgement?, leaders: Judgement?, education: Judgement?, health: Judgement?
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.inspection
        if try beginRecord(path, &ok) {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let field = keys.fields[k]
                switch k {
                case 0:
                    if let v = try integer(path, field, &ok) {
                        if v <= 0 {
                            try reject(path, field, "event number \(v) is impossible; expected a positive whole number", &ok)
                        } else if eventNumbersSeen.contains(v) {
                            try reject(path, field, "duplicate event number \(v) in this home's inspections", &ok)
                        } else {
                            eventNumbersSeen.append(v)
                            number = v
                        }
                    }
                case 1:
                    if let v = try string(path, field, &ok) {
                        if v.count == 0 {
                            try reject(path, field, "must not be empty; expected Ofsted's wording, e.g. \"Full inspection\"", &ok)
                        } else {
                            let t = eventTypes.intern(v)
                            if Int(t) == eventKinds.count { eventKinds.append(InspectionKind(eventType: eventTypes.strings[Int(t)])) }
                            if t > Int32(UInt16.max) {
                                try reject(path, field, "more than \(UInt16.max) different event types in one file", &ok)
                            } else {
                                type = UInt16(t)
                            }
                        }
                    }
                case 2: date = try self.date(path, field, &ok)
                case 3: published = try self.date(path, field, &ok)
                case 4: overall = try judgement(path, field, &ok)
                case 5: helped = try judgement(path, field, &ok)
                case 6: leaders = try judgement(path, field, &ok)
                case 7: education = try judgement(path, field, &ok)
                default: health = try judgement(path, field, &ok)
                }
            } while try s.nextMember()
        }
        if ok && number == nil { try missing(path, "eventNumber", "Ofsted's event number", &ok) }
        if ok && type == nil { try missing(path, "eventType", "Ofsted's wording, e.g. \"Full inspection\"", &ok) }
        if ok && date == nil { try missing(path, "date", "yyyy-mm-dd", &ok) }
        if ok, let date, let published, published < date {
            try reject(path, "published", "published \(published) before the inspection took place on \(date)", &ok)
        }
        guard ok, let number, let type, let date else { return false }
        inspections.append(Inspection(eventNumber: number, eventType: type, kind: eventKinds[Int(type)], date: date,
                                      published: published, overall: overall, helpedAndProtected: helped,
                                      leadersAndManagers: leaders, education: education, health: health))
        return true
    }

    // MARK: Placements

    mutating func parsePlacement(_ index: Int) throws(ParseStop) {
        let path = RecordPath(list: "placements", index: index, noun: "placement")
        var ok = true
        var child: Int32?, home: Int32?, start: Day?, end: Day?, authority: Int32?
        var homeURN: UInt64 = 0
        // The child is interned at the end of the record, its slot fetched meanwhile.
        var childKey: ByteSlice?, childHash = InternHash(prefix: 0, hash: 0)
        recordFlagged = false
        s.skipWhitespace()
        let recordStart = s.pos
        var type: UInt8?, reasonNew: UInt8?, reasonCeased: UInt8?, reasonChange: UInt8?, planned: Bool?
        var predicted = 0
        var seen: UInt32 = 0
        let keys = SnapshotKeys.placement
        if try beginRecord(path, &ok) {
            repeat {
                let k = try memberKey(keys, &predicted)
                if k < 0 { try unknownKey(path, keys); continue }
                if try checkDuplicate(&seen, k, path, keys, &ok) { continue }
                let field = keys.fields[k]
                switch k {
                case 0:
                    if let v = try string(path, field, &ok) {
                        if v.count == 0 { try reject(path, field, "must not be empty; expected the child's reference", &ok) }
                        else if s.isInInput(v) { childKey = v; childHash = children.prefetch(v) }
                        else { child = children.intern(v) }
                    }
                case 1:
                    if let v = try string(path, field, &ok) {
                        if isChunk && SnapshotParser.isURN(v) { homeURN = PackedURN.pack(v); home = 0 }
                        else if !isChunk, let h = urns.find(v) { home = h }
                        else { try reject(path, field, PackedURN.unknownHome(v), &ok) }
                    }
                case 2: start = try date(path, field, &ok)
                case 3: end = try date(path, field, &ok)
                case 4: authority = try authorityReference(path, field, &ok)
                case 5: type = try code(path, field, placementTypes, &ok)
                case 6: reasonNew = try code(path, field, reasonsNew, &ok)
                case 7: reasonCeased = try code(path, field, reasonsCeased, &ok)
                case 8: reasonChange = try code(path, field, reasonsChange, &ok)
                default: planned = try bool(path, field, &ok)
                }
            } while try s.nextMember()
        }
        if let childKey { child = children.intern(childKey, childHash) }
        if ok && child == nil { try missing(path, "child", "the child's reference", &ok) }
        if ok && home == nil { try missing(path, "home", "the URN of a home in $.homes", &ok) }
        if ok && start == nil { try missing(path, "start", "yyyy-mm-dd", &ok) }
        if ok && authority == nil { try missing(path, "placingAuthority", "the ONS code of an authority in $.localAuthorities", &ok) }
        if ok && type == nil { try missing(path, "placementType", "an SSDA903 placement type, e.g. \"K2\"", &ok) }
        if ok && reasonNew == nil { try missing(path, "reasonNewEpisode", "an SSDA903 code, e.g. \"P\"", &ok) }
        if ok, let start, let end, end < start {
            try reject(path, "end", "placement ends \(end) before it starts on \(start)", &ok)
        }
        if isChunk && recordFlagged {
            redo.append((index, recordStart))
            return
        }
        guard ok, let child, let home, let start, let authority, let type, let reasonNew else {
            report.placements.rejected += 1
            return
        }
        if isChunk { pendingHomes.append(homeURN) }
        placements.append(Placement(child: child, home: home, start: start, end: end, placingAuthority: authority,
                                    placementType: type, reasonNewEpisode: reasonNew, reasonCeased: reasonCeased,
                                    reasonPlaceChange: reasonChange, planned: planned))
    }
}
