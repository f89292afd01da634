import HomesData

/// The detail's "Register history" section: the home as each loaded snapshot listed it,
/// oldest first, so an inspector sees when it closed, changed hands or changed rating
/// without opening the files. A value that differs from the snapshot before is bold.
extension DetailDocument {
    static func addHistory(of h: Int32, index: SnapshotIndex, colour: Bool, to b: inout DocumentBuilder) {
        let history = index.timeline.history(of: h, current: index.snapshot)
        b.heading("Register history (\(history.count) snapshot\(history.count == 1 ? "" : "s"))")
        let dim = Style(dim: true)
        b.row([run("Snapshot", at: 2, dim), run("Status", at: 14, dim), run("Places", at: 42, dim),
               run("Rating", at: 50, dim), run("Rated on", at: 65, dim), run("Owner", at: 77, dim)])
        var previous: HomeState?
        for (edition, state) in history {
            guard let state else {
                b.row([run(edition.date.iso, at: 2), run("not listed", at: 14, dim)])
                previous = nil
                continue
            }
            func changed<T: Equatable>(_ value: (HomeState) -> T) -> Style {
                guard let previous, value(previous) != value(state) else { return .plain }
                return Style(bold: true)
            }
            var status = state.isOpen ? state.statusWording : "closed"
            if !state.isOpen, let s = state.status, s.isOpen == false { status = s.ofstedName + ", closed" }
            if !state.isOpen, let c = state.closureDate { status += " " + c.iso }
            var ratingStyle = JudgementStyle.style(state.rating, colour: colour)
            if changed(\.rating).bold { ratingStyle.bold = true }
            b.row([
                run(edition.date.iso, at: 2),
                run(status, at: 14, state.isOpen ? changed(\.isOpen) : Style(bold: true)),
                run(state.places.map(String.init) ?? "—", at: 42, changed(\.places)),
                run(JudgementStyle.label(state.rating, colour: colour), at: 50, ratingStyle),
                run(state.ratedOn?.iso ?? "—", at: 65, changed(\.ratedOn)),
                run(state.organisation ?? "—", at: 77, changed(\.organisation)),
            ])
            previous = state
        }
    }
}
