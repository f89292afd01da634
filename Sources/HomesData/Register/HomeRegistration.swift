/// Whether a home is on Ofsted's register at a date, and how to say so.
///
/// Counts are compared with Ofsted's own register, which lists the homes active or
/// suspended on its date; a home that resigned, was cancelled or closed stays in
/// the data (its inspections and placements are history) but is not counted.
extension Home {
    /// Registered by `day` and not closed by then. A closure dated after `day` (a
    /// home that closed later) leaves it open on `day`; a closed status without a
    /// date means closed whatever the day. A home whose status is unknown is open.
    public func isOpen(on day: Day) -> Bool {
        if let r = registrationDate, r > day { return false }
        if let c = closureDate { return c > day }
        return status?.isOpen ?? true
    }

    /// "closed 2023-11-30", or "closed" where the date is unknown; nil when open on
    /// `day`. Words, not colour, so the fact survives `NO_COLOR`, a CSV and a pipe.
    public func closedWording(on day: Day) -> String? {
        if isOpen(on: day) { return nil }
        if let r = registrationDate, r > day { return "registered \(r.iso)" }
        if let c = closureDate { return "closed \(c.iso)" }
        return "closed"
    }
}
