import HomesData

extension BrowserApp {
    /// Keys that arrived together, handled as one by one would, except that the list's
    /// query line recomputes the list once for a run of edits instead of once per key
    /// (`DeferredQueryEdits`). The adapter drains every key already waiting into one
    /// batch, so a paste or a burst of typing costs one query, not one per character.
    public mutating func handle(_ events: [KeyEvent]) -> (effect: Effect, handled: Int) {
        var pending: DeferredQueryEdits?
        defer { if let pending { state.runDeferredQueryEdits(pending) } }
        for (i, event) in events.enumerated() {
            let actions: [Action]
            switch event {
            case .mouse(let mouse): actions = self.actions(for: mouse)
            case .paste(let text): actions = self.actions(forPaste: text)
            default: actions = action(for: event).map { [$0] } ?? []
            }
            for action in actions {
                if state.deferQueryEdit(action, into: &pending) { continue }
                if let edits = pending {
                    state.runDeferredQueryEdits(edits)
                    pending = nil
                }
                let effect = perform(action)
                // A mouse action never quits (its effect is dropped, as one by one).
                if effect != .none, case .mouse = event {} else if effect != .none { return (effect, i + 1) }
            }
        }
        return (.none, events.count)
    }

    /// What a paste types: text, never commands. On the list it opens the query line
    /// first, so a pasted "quality" searches instead of quitting at its "q"; on a line
    /// being typed (the query line, the summary's or children's `/`, a file name) each
    /// character is typed, with newlines and tabs as spaces, so a paste of several lines
    /// is one query and never runs one per line; other controls are dropped. Elsewhere
    /// (a detail, the filter panel, the overwrite question) a paste does nothing.
    func actions(forPaste text: String) -> [Action] {
        guard !state.isTooSmall else { return [] }
        var actions: [Action] = []
        switch state.screenKind {
        case .list: actions.append(.openQuery)
        case .query: break
        case .prompt:
            if case .overwrite? = state.prompt?.purpose { return [] }
        default: return []
        }
        for character in text {
            if character.isNewline || character == "\t" {
                actions.append(.insert(" "))
            } else if !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                actions.append(.insert(character))
            }
        }
        return actions
    }
}
