import HomesData

/// Routing for "take the answer away": meeting mode, marks, exports, saved queries and the
/// home card. Exports are asked for here and written by `BrowserApp` (the update does no
/// I/O): `pendingExport` holds the request until `.exportFinished` reports how it went.
extension BrowserState {
    /// The actions of this file that apply on the current screen; false for the others.
    mutating func applyTakeAway(_ action: Action) -> Bool {
        let kind = screenKind
        switch action {
        case .toggleMark where [.list, .detail, .marked, .card].contains(kind):
            toggleMark()
        case .openMarked where kind == .list || kind == .detail:
            stack.append(.marked(markedDocument()))
            reclampTop()
        case .clearMarks where kind == .marked:
            let n = marks.count
            marks = []
            refreshMarked()
            notice = n == 0 ? "No home was marked" : "Cleared \(n) mark\(n == 1 ? "" : "s")"
        case .export where [.list, .marked, .summary, .changes].contains(kind):
            askExport()
        case .openCard where kind == .list || kind == .detail:
            let home: Int32?
            if case .detail(let h, _)? = stack.last { home = h } else { home = selectedHome }
            if let home { stack.append(.card(home: home)) }
        case .saveQuery where kind == .query && queryLine != nil && stack.isEmpty:
            guard let line = queryLine, line.error == nil else {
                notice = "Fix the query before keeping it"
                return true
            }
            let text = line.string.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                notice = "Type a query first: an empty query is the whole list"
                return true
            }
            prompt = PromptState(purpose: .saveQuery(text), question: "Keep the query as: ",
                                 line: LineEditor(savedQueries.name(of: text) ?? ""),
                                 hint: "A name for \"\(text)\" · Enter keeps it · Esc cancels")
        case .openSavedQueries where kind == .query && queryLine != nil && stack.isEmpty:
            stack.append(.saved(SavedQueriesState()))
            reclampTop()
        default:
            return false
        }
        return true
    }

    // MARK: Meeting mode

    /// Turns meeting mode on or off: the banner takes a row, and the authority cards on
    /// the stack are made again with small counts hidden or shown.
    mutating func toggleMeeting() {
        meeting.toggle()
        height = max(0, height + (meeting ? -1 : 1))
        for i in stack.indices {
            if case .authority(let a, let doc) = stack[i] {
                var card = authorityDocument(a)
                card.view = doc.view
                stack[i] = .authority(authority: a, card)
            }
        }
        reclampAll()
        notice = meeting ? "Meeting mode on: no child references, small counts hidden (F9 ends it)" : "Meeting mode off"
    }

    func authorityDocument(_ authority: Int32) -> DocumentState {
        RecordRendering.state(AuthorityCardText(index: index, authority: authority, hidingSmallCounts: meeting).document, colour: colour)
    }

    // MARK: Marks

    /// The home the current screen is about (the list's selection, the detail's or card's
    /// home, the marked list's selected line).
    var homeInView: Int32? {
        switch stack.last {
        case nil: return selectedHome
        case .detail(let h, _)?: return h
        case .card(let h)?: return h
        case .marked(let doc)?:
            guard doc.view.cursor < doc.lines.count, case .home(let h) = doc.lines[doc.view.cursor].target else { return nil }
            return h
        default: return nil
        }
    }

    mutating func toggleMark() {
        guard let home = homeInView else { return }
        let urn = index.snapshot.homes[Int(home)].urn
        if let i = marks.firstIndex(of: home) {
            marks.remove(at: i)
            notice = "Unmarked \(urn) · \(marks.count) marked"
        } else {
            marks.append(home)
            notice = "Marked \(urn) · \(marks.count) marked (M lists them)"
        }
        if stack.isEmpty, list.cursor + 1 < results.count {
            // On the list the next home comes up, so marking several is one key each.
            list.cursor += 1
            list.clamp(count: results.count, page: listPage)
        }
        refreshMarked()
    }

    /// The marked homes as a document: one line each, Enter opens the home.
    func markedDocument() -> DocumentState {
        var b = DocumentBuilder()
        b.heading(marks.isEmpty ? "No home is marked: m on the list or a home's detail marks it" : "Marked homes, in the order marked")
        let dim = Style(dim: true)
        if !marks.isEmpty {
            b.row([run("URN", at: 2, dim), run("Name", at: 12, dim), run("Authority", at: 42, dim), run("Rating", at: 60, dim)])
        }
        let snapshot = index.snapshot
        for h in marks {
            let home = snapshot.homes[Int(h)]
            let authority = home.localAuthority.flatMap { Int($0) < snapshot.localAuthorities.count ? snapshot.localAuthorities[Int($0)].name : nil } ?? "—"
            let judgement = index.latestOverall(h)
            b.row([run(home.urn, at: 2), run(home.displayName, at: 12), run(authority, at: 42),
                   run(JudgementStyle.label(judgement, colour: colour), at: 60, JudgementStyle.style(judgement, colour: colour))],
                  target: .home(h))
        }
        var doc = DocumentState(title: "Marked homes · \(marks.count)", lines: b.lines, sections: [])
        doc.view.cursor = marks.isEmpty ? 0 : 2
        return doc
    }

    /// Redraws a marked list on the stack after the marks changed, keeping its cursor.
    mutating func refreshMarked() {
        for i in stack.indices {
            guard case .marked(let old) = stack[i] else { continue }
            var doc = markedDocument()
            doc.view = old.view
            if !marks.isEmpty { doc.view.cursor = max(2, min(old.view.cursor, doc.lines.count - 1)) }
            doc.view.clamp(count: doc.lines.count, page: documentPage)
            stack[i] = .marked(doc)
        }
    }

    // MARK: Exports

    /// The rows of the screen on top, taken now, and the file name the prompt offers.
    mutating func askExport() {
        let date = index.asOf.iso
        let request: ExportRequest
        switch stack.last {
        case nil:
            request = ExportRequest(what: "home", rows: .homes(results), path: "homes-list-\(date).csv")
        case .marked?:
            guard !marks.isEmpty else {
                notice = "No home is marked: nothing to export"
                return
            }
            request = ExportRequest(what: "marked home", rows: .homes(marks), path: "homes-marked-\(date).csv")
        case .summary(let summary)?:
            request = ExportRequest(what: "group", rows: .groups(summary.summary),
                                    path: "homes-summary-\(summary.by.rawValue)-\(date).csv")
        case .changes(let changes)?:
            request = ExportRequest(what: "change", rows: .changes(changes.rows), path: "homes-changes-\(date).csv")
        default:
            return
        }
        prompt = PromptState(purpose: .exportTo(request),
                             question: "Export \(request.counted) to: ",
                             line: LineEditor(request.path),
                             hint: "A name ending .json writes JSON, any other CSV · Enter writes · Esc cancels")
    }

    mutating func finishExport(_ outcome: ExportOutcome) {
        let request = pendingExport
        pendingExport = nil
        switch outcome {
        case .written(let path, let counted, let format):
            notice = "Wrote \(counted) to \(path) (\(format.rawValue.uppercased()))"
        case .exists(let path):
            guard let request else { return }
            prompt = PromptState(purpose: .overwrite(request), question: "Overwrite it? y/n ", line: LineEditor(),
                                 hint: "\(path) already exists")
        case .failed(let message):
            notice = "Nothing written: " + message
        }
    }

    // MARK: Prompts

    mutating func applyPrompt(_ action: Action) {
        guard var prompt else { return }
        switch (prompt.purpose, action) {
        case (_, .cancelQuery):
            self.prompt = nil
            notice = "Cancelled: nothing written"
            if case .saveQuery = prompt.purpose { notice = "Cancelled: the query was not kept" }
        case (.overwrite(var request), .insert(let c)):
            self.prompt = nil
            if c == "y" || c == "Y" {
                request.replacing = true
                pendingExport = request
            } else {
                notice = "Not overwritten: nothing written"
            }
        case (.overwrite, .acceptQuery):
            // Enter alone is not a yes: overwriting is asked for with y.
            self.prompt = nil
            notice = "Not overwritten: nothing written"
        case (.exportTo(var request), .acceptQuery):
            let path = prompt.line.string.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                prompt.message = "Type a file name, or Esc to cancel"
                self.prompt = prompt
                return
            }
            request.path = path
            self.prompt = nil
            pendingExport = request
        case (.saveQuery(let query), .acceptQuery):
            let name = prompt.line.string.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                prompt.message = "Type a name, or Esc to cancel"
                self.prompt = prompt
                return
            }
            savedQueries.save(name: name, query: query)
            self.prompt = nil
            notice = "Kept \"\(name)\": Tab in the query line lists saved queries"
        case (.overwrite, _):
            return
        default:
            prompt.message = nil
            _ = prompt.line.edit(action)
            self.prompt = prompt
        }
    }

    // MARK: Saved queries

    mutating func applySavedQueries(_ action: Action) {
        guard case .saved(var saved)? = stack.last else { return }
        let page = max(1, documentPage - 1)
        switch action {
        case .back:
            stack.removeLast()
            return
        case .open:
            guard saved.view.cursor < savedQueries.entries.count else { return }
            let text = savedQueries.entries[saved.view.cursor].query
            stack.removeLast()
            guard var line = queryLine else { return }
            line.text = Array(text)
            line.caret = line.text.count
            line.recalled = nil
            line.typed = nil
            line.error = setQuery(text: text)
            queryLine = line
            list.cursor = 0
            list.clamp(count: results.count, page: listPage)
            return
        case .removeSaved:
            guard saved.view.cursor < savedQueries.entries.count else { return }
            let name = savedQueries.entries[saved.view.cursor].name
            savedQueries.remove(name: name)
            notice = "Forgot \"\(name)\""
        default:
            saved.view.move(action, count: savedQueries.entries.count, page: page)
        }
        saved.view.clamp(count: savedQueries.entries.count, page: page)
        stack[stack.count - 1] = .saved(saved)
    }

    // MARK: Home card

    mutating func applyCard(_ action: Action) {
        guard case .card(let home)? = stack.last else { return }
        switch action {
        case .back:
            stack.removeLast()
        case .previousHome, .nextHome:
            guard let position = results.firstIndex(of: home) else { return }
            let next = action == .nextHome ? min(results.count - 1, position + 1) : max(0, position - 1)
            list.cursor = next
            list.clamp(count: results.count, page: listPage)
            stack[stack.count - 1] = .card(home: results[next])
        default:
            break
        }
    }
}
