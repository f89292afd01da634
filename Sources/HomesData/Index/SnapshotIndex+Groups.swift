import Foundation

/// Look-ups the grouped views need and the list does not: owners by normalised name,
/// placements by the authority that made them, authorities by name or code. Each is
/// built on first use, so opening the browser costs nothing more.
extension SnapshotIndex {
    /// Every home's owner as one group per normalised name (`OwnerName.key`).
    var owners: OwnerGroups { ownersOnce.value { OwnerGroups(homes: snapshot.homes) } }

    /// The owner group of a home, -1 where no organisation is published.
    public func ownerGroup(_ home: Int32) -> Int32 { owners.group[Int(home)] }

    /// An owner group's name as most of its homes spell it, and every spelling merged
    /// into it, most homes first.
    public func ownerSpellings(_ group: Int32) -> [String] { owners.spellings[Int(group)] }

    /// The owner group whose normalised name is that of `name`, if any home has it.
    public func ownerGroup(named name: String) -> Int32? { owners.byKey[OwnerName.key(name)] }

    /// Indices into `snapshot.placements` of the placements `authority` made, by start date.
    public func placements(placedBy authority: Int32) -> [Int32] { placedBy.members(Int(authority)) }

    var placedBy: Grouping {
        placedByOnce.value {
            Grouping(placements: snapshot.placements, groups: snapshot.localAuthorities.count) { $0.placingAuthority }
        }
    }

    /// Works out, on another thread, what the authority card, a child's journey and the
    /// summary by owner need the first time one opens: each is a pass over every
    /// placement or home, 50–150 ms at 100,000 homes, and would otherwise be paid on that
    /// first key. `homes` starts it once the browser's first screen is drawn; a screen
    /// opened before it is done waits only for the part it needs (each is made once,
    /// under its own lock).
    public func prepareGroupingsInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in
            _ = placedBy
            _ = childPlacements
            _ = owners
        }
    }

    /// The authority a user means: its exact name or ONS code (ignoring case and
    /// punctuation), else the only one whose name contains what was typed.
    public func authority(named text: String) -> Int32? {
        let folded = TextFolding.fold(text)
        guard !folded.isEmpty else { return nil }
        let found = matchingTerms(folded, in: authorityTerms)
        return found.count == 1 ? Int32(found[0]) : nil
    }

    /// Authority names nearest to a misspelt one, closest first, for "did you mean".
    /// Names containing what was typed come before names that are only a few edits away.
    public func nearestAuthorities(to text: String, limit: Int = 5) -> [String] {
        let folded = TextFolding.fold(text)
        let containing = folded.isEmpty ? [] : matchingTerms(folded, in: authorityTerms).map { authorityTerms[$0].label }
        if containing.count > 1 { return Array(containing.sorted().prefix(limit)) }
        let typed = TextFolding.folded(text)
        let ranked = authorityTerms.map { ($0.label, EditDistance.distance(typed, TextFolding.folded($0.label))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return Array(ranked.prefix(limit).map(\.0))
    }
}

extension Grouping {
    /// Placements grouped by `key` (a child, a placing authority), each group by start date.
    init(placements: [Placement], groups: Int, key: (Placement) -> Int32) {
        var keys = [Int32](repeating: 0, count: placements.count), start = keys
        for (i, p) in placements.enumerated() {
            keys[i] = key(p)
            start[i] = p.start.daysSince1970
        }
        self.init(groups: groups, keys: keys, order: start)
    }
}

/// Homes' owners grouped by normalised name, with the spellings each group merged.
struct OwnerGroups: Sendable {
    /// Per home, its group; -1 where no organisation is published.
    let group: [Int32]
    /// Per group, its spellings, most homes first (the first names the group).
    let spellings: [[String]]
    let byKey: [String: Int32]
    /// Per group, its place in name order (first spellings, ignoring case), and its
    /// spellings folded for searching: worked out once, as a summary by owner sorts
    /// and narrows tens of thousands of groups on a keystroke.
    let nameRank: [Int32]
    let search: [String]

    init(homes: [Home]) {
        var byKey: [String: Int32] = [:]
        var bySpelling: [String: Int32] = [:]
        var counts: [[String: Int]] = []
        var group = [Int32](repeating: -1, count: homes.count)
        for (i, home) in homes.enumerated() {
            guard let name = home.organisation, !name.isEmpty else { continue }
            // Most homes of an owner spell it the same way: the key is worked out once per spelling.
            let g: Int32
            if let known = bySpelling[name] {
                g = known
            } else {
                let key = OwnerName.key(name)
                if let known = byKey[key] { g = known } else {
                    g = Int32(counts.count)
                    byKey[key] = g
                    counts.append([:])
                }
                bySpelling[name] = g
            }
            group[i] = g
            counts[Int(g)][name, default: 0] += 1
        }
        self.group = group
        self.byKey = byKey
        let spellings = counts.map { c in c.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key) }
        self.spellings = spellings
        let names = spellings.map { $0[0].lowercased() }
        var rank = [Int32](repeating: 0, count: names.count)
        for (r, g) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rank[g] = Int32(r) }
        nameRank = rank
        search = spellings.map { $0.map(TextFolding.folded).joined(separator: "\n") }
    }
}
