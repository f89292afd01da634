/// A later snapshot of the same register, made up: over `months`, some homes close,
/// new ones register, some are inspected again (so ratings go up and down), and a
/// few change places, owner or suspension. It gives the benchmarks and tests a
/// series of dated snapshots at any scale, the shape `homes changes` compares.
///
/// Deterministic: the same snapshot, months and seed give the same result.
public struct SnapshotEvolution: Sendable {
    public var months: Int
    public var seed: UInt64
    /// Shares per year of the homes open at the start.
    public var closing = 0.06, registering = 0.08, inspected = 0.35, placesChanging = 0.03, ownerChanging = 0.03, suspending = 0.005

    public init(months: Int = 12, seed: UInt64 = 1) {
        self.months = months
        self.seed = seed
    }

    public func evolve(_ old: Snapshot) -> Snapshot {
        var rng = SyntheticRandom(seed: seed, stream: 0x4556_4F4C)
        let start = old.metadata.snapshotDate
        let end = start.adding(months: months)
        let span = max(1, end - start)
        let scale = Double(months) / 12
        func dayBetween() -> Day { start.adding(days: 1 + rng.below(span)) }
        func judgement() -> Judgement {
            [Judgement.outstanding, .good, .requiresImprovement, .inadequate][rng.pick(weights: [0.15, 0.60, 0.18, 0.07])]
        }
        let fullType: UInt16 = old.eventTypes.firstIndex { InspectionKind(eventType: $0) == .full }.map(UInt16.init) ?? 0
        var eventNumber = (old.inspections.map(\.eventNumber).max() ?? 10_000_000) + 1
        func fullInspection() -> Inspection {
            defer { eventNumber += 1 }
            let j = judgement()
            return Inspection(eventNumber: eventNumber, eventType: fullType, kind: .full, date: dayBetween(), published: nil,
                              overall: j, helpedAndProtected: j, leadersAndManagers: j, education: nil, health: nil)
        }

        var new = old
        new.metadata.snapshotDate = end
        if new.eventTypes.isEmpty { new.eventTypes = ["Full inspection"] }
        var inspections: [Inspection] = []
        inspections.reserveCapacity(old.inspections.count + old.homes.count / 2)
        let owners = old.homes.compactMap(\.organisation)
        for i in new.homes.indices {
            var home = new.homes[i]
            let start32 = Int32(inspections.count)
            inspections += old.inspections(of: old.homes[i])
            if home.isOpen(on: start) {
                if rng.chance(closing * scale) {
                    home.status = .resigned
                    home.closureDate = dayBetween()
                } else {
                    if rng.chance(inspected * scale) {
                        inspections.append(fullInspection())
                        inspections[Int(start32)...].sort { $0.date < $1.date }
                    }
                    if rng.chance(placesChanging * scale) { home.places = max(1, (home.places ?? 3) + (rng.chance(0.5) ? 1 : -1)) }
                    if rng.chance(ownerChanging * scale), !owners.isEmpty { home.organisation = rng.element(of: owners) }
                    if rng.chance(suspending * scale) { home.status = home.status == .suspended ? .active : .suspended }
                }
            }
            home.inspections = start32..<Int32(inspections.count)
            new.homes[i] = home
        }
        // New homes, modelled on open ones, under URNs not yet used.
        var used = Set(old.homes.map(\.urn))
        let templates = old.homes.filter { $0.isOpen(on: start) }
        let arriving = templates.isEmpty ? 0 : Int((Double(templates.count) * registering * scale).rounded())
        for _ in 0..<arriving {
            var urn = ""
            repeat { urn = "SC" + String(100_000 + rng.below(900_000)) } while !used.insert(urn).inserted
            var home = rng.element(of: templates)
            home.urn = urn
            home.registrationDate = dayBetween()
            home.status = .active
            home.closureDate = nil
            let first = Int32(inspections.count)
            if rng.chance(0.4) { inspections.append(fullInspection()) }
            home.inspections = first..<Int32(inspections.count)
            new.homes.append(home)
        }
        new.inspections = inspections
        return new
    }
}
