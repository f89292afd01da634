/// Makes a home's inspection history, from its first full inspection some months after
/// registration to its closure or the snapshot date.
///
/// Each home has a hidden quality that drifts between inspections (a mean-reverting
/// random walk), so histories go up and down and the latest full judgements end up
/// about 16% Outstanding, 64% Good, 16% Requires improvement, 4% Inadequate, close to
/// Ofsted's 2022 figures. Event types follow the eras: interim inspections until the
/// March 2020 pause, assurance visits in 2020–21 and again from 2022, monitoring
/// visits after poor full inspections, and the odd emergency inspection. Interim
/// inspections return briefly in 2021–22, as in Ofsted's in-year file for that year.
struct InspectionPlan {
    static let eventTypes = [
        "Full inspection", "Interim inspection", "Monitoring inspection", "Assurance visit", "SC – Emergency inspection",
    ]
    /// Classified once: classifying Ofsted's wording per event is a string search.
    static let kinds = eventTypes.map { InspectionKind(eventType: $0) }
    static let fullType: UInt16 = 0, interimType: UInt16 = 1, monitoringType: UInt16 = 2,
               assuranceType: UInt16 = 3, emergencyType: UInt16 = 4

    static let pauseStart = Day(iso: "2020-03-17")!
    static let pauseEnd = Day(iso: "2020-09-01")!
    static let assuranceEraEnd = Day(iso: "2021-04-01")!
    static let secondAssuranceEra = Day(iso: "2022-04-01")!
    static let emergencyEra = Day(iso: "2015-01-01")!

    let snapshotDate: Day
    /// Mean days between scheduled inspections, chosen so the whole snapshot averages
    /// `inspectionsPerHome` events per home.
    let meanGap: Double

    init(homes: [Home], snapshotDate: Day, inspectionsPerHome: Double) {
        self.snapshotDate = snapshotDate
        var openDays = 0.0
        for h in homes {
            let start = (h.registrationDate ?? snapshotDate).adding(days: 200)
            let end = h.closureDate ?? snapshotDate
            openDays += Double(max(0, end - start))
        }
        // Follow-up monitoring visits add a little on top of the scheduled events.
        let scheduled = max(1e-9, inspectionsPerHome * Double(homes.count) / 1.03 - Double(homes.count) * 0.6)
        meanGap = inspectionsPerHome <= 0 ? .infinity : max(20, openDays / scheduled)
    }

    /// Appends the home's inspections in date order; returns its latest full judgement.
    func inspect(_ home: inout Home, into out: inout [Inspection], random: inout SyntheticRandom) -> Judgement? {
        guard meanGap.isFinite, let registration = home.registrationDate else { return nil }
        let end = home.closureDate ?? snapshotDate
        let hasEducation = home.provisionType == HomeDrawer.Provision.secure.ofstedName
            || home.provisionType == HomeDrawer.Provision.schoolRegisteredAsHome.ofstedName
        var quality = random.normal()
        var qualityAtLastFull = quality
        var lastFull: Judgement?
        var day = registration.adding(days: 120 + random.below(210))
        var followUpDue: Day?
        let firstIndex = out.count

        func grade(_ q: Double) -> Judgement {
            q > 0.994 ? .outstanding : q > -0.842 ? .good : q > -1.751 ? .requiresImprovement : .inadequate
        }
        func near(_ overall: Judgement, _ q: Double) -> Judgement {
            let r = Int(grade(q).rawValue), o = Int(overall.rawValue)
            return Judgement(rawValue: UInt8(min(o + 1, max(o - 1, r))))!
        }

        while true {
            var date: Day
            let isFollowUp: Bool
            if let due = followUpDue, due <= day { date = due; isFollowUp = true; followUpDue = nil }
            else { date = day; isFollowUp = false }
            if date >= Self.pauseStart, date < Self.pauseEnd { date = Self.pauseEnd.adding(days: random.below(60)) }
            if let last = out.last, out.count > firstIndex, date <= last.date { date = last.date.adding(days: 1) }
            date = Weekdays.onOrAfter(date)
            if date > end { break }

            var type = Self.fullType
            if isFollowUp {
                type = Self.monitoringType
            } else if lastFull != nil {
                let u = random.unit()
                if date < Self.pauseStart { type = u < 0.32 ? Self.interimType : Self.fullType }
                else if date < Self.assuranceEraEnd { type = u < 0.75 ? Self.assuranceType : Self.fullType }
                else if date < Self.secondAssuranceEra {
                    type = u < 0.1 ? Self.monitoringType : u < 0.2 ? Self.interimType : Self.fullType
                }
                else { type = u < 0.12 ? Self.assuranceType : u < 0.2 ? Self.monitoringType : Self.fullType }
                if date >= Self.emergencyEra, random.chance(0.003) { type = Self.emergencyType }
            }

            var inspection = Inspection(
                eventNumber: 0, eventType: type, kind: Self.kinds[Int(type)],
                date: date, published: nil, overall: nil, helpedAndProtected: nil, leadersAndManagers: nil,
                education: nil, health: nil)
            let published = Weekdays.onOrAfter(date.adding(days: 15 + random.below(40)))
            inspection.published = published <= snapshotDate ? published : nil

            var gapFactor = 1.0
            switch type {
            case Self.fullType:
                quality = 0.7 * quality + 0.714 * random.normal()
                qualityAtLastFull = quality
                let overall = grade(quality)
                lastFull = overall
                inspection.overall = overall
                inspection.helpedAndProtected = near(overall, quality + 0.35 * random.normal())
                inspection.leadersAndManagers = near(overall, quality - 0.2 + 0.4 * random.normal())
                if hasEducation {
                    inspection.education = near(overall, quality + 0.4 * random.normal())
                    inspection.health = near(overall, quality + 0.2 + 0.4 * random.normal())
                }
                switch overall {
                case .inadequate:
                    gapFactor = 0.6
                    if random.chance(0.7) { followUpDue = date.adding(days: 30 + random.below(90)) }
                case .requiresImprovement:
                    gapFactor = 0.85
                    if random.chance(0.2) { followUpDue = date.adding(days: 60 + random.below(120)) }
                case .outstanding: gapFactor = 1.2
                default: break
                }
            case Self.interimType:
                quality = 0.8 * quality + 0.6 * random.normal()
                let change = quality - qualityAtLastFull
                inspection.overall = random.chance(0.01) ? .notJudged
                    : change > 0.5 ? .improvedEffectiveness : change < -0.5 ? .declinedEffectiveness : .sustainedEffectiveness
            default: break
            }
            out.append(inspection)
            if !isFollowUp {
                day = date.adding(days: max(14, Int(meanGap * gapFactor * (0.6 + 0.8 * random.unit()))))
            }
        }
        return lastFull
    }

    /// Gives every event a unique eight-digit number rising with its date, as Ofsted's
    /// do, with random gaps so numbers do not look consecutive.
    static func assignEventNumbers(_ inspections: inout [Inspection], random: inout SyntheticRandom) {
        var keys = [UInt64]()
        keys.reserveCapacity(inspections.count)
        for (i, ins) in inspections.enumerated() {
            keys.append(UInt64(UInt32(bitPattern: ins.date.daysSince1970 &+ 100_000)) << 32 | UInt64(i))
        }
        keys.sort()
        let room = 89_000_000 / max(1, inspections.count)
        let maxStep = max(1, min(40, 2 * room - 1))
        var number: Int64 = 10_000_000
        for k in keys {
            number += Int64(1 + random.below(maxStep))
            inspections[Int(k & 0xFFFF_FFFF)].eventNumber = number
        }
    }
}
