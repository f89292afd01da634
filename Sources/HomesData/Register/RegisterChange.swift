/// A way a home changed between two snapshots. The raw values are the words
/// `homes changes` prints and `changed:` accepts.
public enum ChangeKind: String, CaseIterable, Sendable, Hashable {
    /// Open in the newer snapshot, not open (or absent) in the older.
    case registered
    /// Open in the older snapshot, not open (or absent) in the newer.
    case closed
    /// The latest full inspection's overall judgement is better than in the older snapshot.
    case ratingUp = "rating-up"
    case ratingDown = "rating-down"
    /// Judged in the newer snapshot, not yet in the older.
    case firstRating = "first-rating"
    /// Registered places changed (both open).
    case places
    /// Owning organisation changed (both open).
    case owner
    /// Suspended, or restored from suspension (both open).
    case status

    /// Bit in the index's per-home mask of changes since the previous snapshot.
    public var bit: UInt16 { 1 << UInt16(ChangeKind.allCases.firstIndex(of: self)!) }

    /// Heading on the changes screen and in summaries.
    public var title: String {
        switch self {
        case .registered: "Registered"
        case .closed: "Closed"
        case .ratingUp: "Rating up"
        case .ratingDown: "Rating down"
        case .firstRating: "First rating"
        case .places: "Places"
        case .owner: "Owner"
        case .status: "Status"
        }
    }
}

/// One change to one home between two snapshots, worded for a table or a CSV row.
public struct RegisterChange: Sendable, Hashable {
    public var kind: ChangeKind
    /// Index into the loaded (merged) snapshot's homes.
    public var home: Int32
    /// The value in the older snapshot, in words ("Good", "4", "Active"); nil where none.
    public var before: String?
    public var after: String?
    /// When it happened, where a file says: registration, closure or inspection date.
    public var date: Day?

    public init(kind: ChangeKind, home: Int32, before: String?, after: String?, date: Day?) {
        self.kind = kind
        self.home = home
        self.before = before
        self.after = after
        self.date = date
    }

    /// The changes from `old` to `new` for one home (either may be absent).
    /// `home` carries the merged record for dates the snapshots' states lack.
    static func between(_ old: HomeState?, _ new: HomeState?, home index: Int32, record: Home) -> [RegisterChange] {
        var out: [RegisterChange] = []
        let wasOpen = old?.isOpen ?? false, isOpen = new?.isOpen ?? false
        if isOpen && !wasOpen {
            out.append(RegisterChange(kind: .registered, home: index, before: old.map { $0.statusWording },
                                      after: new!.statusWording, date: record.registrationDate))
        }
        if wasOpen && !isOpen {
            out.append(RegisterChange(kind: .closed, home: index, before: old!.statusWording,
                                      after: new.map { $0.statusWording } ?? "not listed",
                                      date: new?.closureDate ?? record.closureDate))
        }
        guard let new, isOpen else { return out }
        if let rating = new.rating, rating.isFourPoint {
            if let before = old?.rating, before.isFourPoint {
                if let trend = RatingTrend(from: before, to: rating), trend != .same {
                    out.append(RegisterChange(kind: trend == .up ? .ratingUp : .ratingDown, home: index,
                                              before: before.ofstedName, after: rating.ofstedName, date: new.ratedOn))
                }
            } else {
                out.append(RegisterChange(kind: .firstRating, home: index, before: nil, after: rating.ofstedName, date: new.ratedOn))
            }
        }
        guard let old, wasOpen else { return out }
        if let p = new.places, let q = old.places, p != q {
            out.append(RegisterChange(kind: .places, home: index, before: String(q), after: String(p), date: nil))
        }
        if let a = new.organisation, let b = old.organisation, !OwnerName.same(a, b) {
            out.append(RegisterChange(kind: .owner, home: index, before: b, after: a, date: nil))
        }
        if let a = new.status, let b = old.status, a != b, (a == .suspended) != (b == .suspended) {
            out.append(RegisterChange(kind: .status, home: index, before: b.ofstedName, after: a.ofstedName, date: nil))
        }
        return out
    }
}
