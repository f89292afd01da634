import HomesData

extension BrowserState {
    /// What is wrong with the state, or nil when it is sound: the list's cursor on one of
    /// its homes and inside the rows shown, the cursor of the screen on top (every screen
    /// with one) within its lines and on its page, the query line's, a prompt's and a
    /// screen's own `/` line's caret within their text. The update keeps
    /// these after every action; `homes-bench soak` and the random-walk test check them.
    public var brokenInvariant: String? {
        if let problem = Self.viewProblem(list, count: results.count, page: listPage, what: "the list") { return problem }
        if let line = queryLine, !(0...line.text.count).contains(line.caret) {
            return "the query line's caret \(line.caret) is outside its \(line.text.count) characters"
        }
        if let prompt, !(0...prompt.line.text.count).contains(prompt.line.caret) {
            return "the prompt's caret \(prompt.line.caret) is outside its \(prompt.line.text.count) characters"
        }
        switch stack.last {
        case .detail(_, let doc)?, .journey(_, let doc)?, .authority(_, let doc)?, .marked(let doc)?:
            return Self.viewProblem(doc.view, count: doc.lines.count, page: documentPage, what: doc.title)
        case .help(let doc)?:
            // The help scrolls without a cursor: only its first line shown is kept in range.
            return doc.view.scroll >= 0 && doc.view.scroll <= max(0, doc.lines.count - 1) ? nil
                : "the help's scroll \(doc.view.scroll) is outside its \(doc.lines.count) lines"
        case .filters(let panel)?:
            return Self.viewProblem(panel.view, count: panel.values.count, page: filterPage, what: "the filter panel")
        case .changes(let changes)?:
            return Self.viewProblem(changes.view, count: changes.rows.count, page: changesPage, what: "the changes")
        case .summary(let summary)?:
            if let line = summary.line, !(0...line.text.count).contains(line.caret) { return "the summary's / line: caret outside its text" }
            return Self.viewProblem(summary.view, count: summary.rows.count, page: groupsPage, what: "the summary")
        case .children(let children)?:
            if let line = children.line, !(0...line.text.count).contains(line.caret) { return "the children's / line: caret outside its text" }
            return Self.viewProblem(children.view, count: children.rows.count, page: groupsPage, what: "the children")
        case .saved(let saved)?:
            return Self.viewProblem(saved.view, count: savedQueries.entries.count, page: max(1, documentPage - 1), what: "the saved queries")
        case .card(let home)?:
            return (0..<Int32(index.count)).contains(home) ? nil : "the card of home \(home), outside the \(index.count) homes"
        case nil:
            return nil
        }
    }

    /// A cursor on one of `count` lines (0 when there are none) and on the page shown.
    static func viewProblem(_ view: CursorView, count: Int, page: Int, what: String) -> String? {
        if count == 0 { return view.cursor == 0 ? nil : "\(what): cursor \(view.cursor) with nothing listed" }
        guard (0..<count).contains(view.cursor) else { return "\(what): cursor \(view.cursor) outside its \(count) lines" }
        guard view.scroll <= view.cursor, view.cursor < view.scroll + max(1, page) else {
            return "\(what): cursor \(view.cursor) not shown (lines \(view.scroll)..<\(view.scroll + page) shown of \(count))"
        }
        return nil
    }
}
