import HomesData

/// Edits of the list's query line that arrived in one batch of keys (a paste, keys typed
/// faster than the list is recomputed), applied to the text only: the query runs once,
/// when the batch ends or a key that is not an edit comes. Without this every character
/// of a 2,000-character paste re-parsed the whole line and re-ran the query over every
/// home, a cost that grows with the square of the paste's length.
struct DeferredQueryEdits {
    /// The line before the first deferred edit, to replay the texts in between.
    let text: [Character]
    let caret: Int
    /// Every deferred action in order (caret moves included: they place later inserts).
    var actions: [Action] = []
    /// How many of them changed the text (each would have run the query on its own).
    var changes = 0
}

extension BrowserState {
    /// Applies `action` to the query line's text alone when it is an edit of the list's
    /// query line (not the summary's or the children's `/` line, not under a prompt),
    /// recording it in `pending`. False when the action must be applied as usual, after
    /// `runDeferredQueryEdits`.
    mutating func deferQueryEdit(_ action: Action, into pending: inout DeferredQueryEdits?) -> Bool {
        switch action {
        case .insert, .deleteBackward, .deleteForward, .clearLine, .caretLeft, .caretRight, .caretHome, .caretEnd: break
        default: return false
        }
        guard !isTooSmall, screenKind == .query, var line = queryLine else { return false }
        switch stack.last {
        case .summary?, .children?: return false
        default: break
        }
        notice = nil
        if pending == nil { pending = DeferredQueryEdits(text: line.text, caret: line.caret) }
        // The line and the edits are changed where they are, not in a copy: a copy of the
        // text (or of the actions) for each key made a 2,000-character paste quadratic.
        queryLine = nil
        if LineEditor.edit(action, text: &line.text, caret: &line.caret) == true {
            // An edited recall is the user's own text now.
            line.recalled = nil
            line.typed = nil
            pending!.changes += 1
        }
        pending!.actions.append(action)
        queryLine = line
        return true
    }

    /// Texts in between tried, newest first, when a batch ends in an error.
    static let errorSearchLimit = 32

    /// Runs the query once for the edits deferred, leaving the state as the edits one by
    /// one would have: the list of the last text that parsed (the final one, or when it
    /// has an error the latest text before it that had none) and the final text's error.
    /// Only the `errorSearchLimit` latest texts are tried: when all of them have an error
    /// too (a paste that opens a quote it never closes) the list stays as it was before
    /// the batch, where one by one it would show some earlier prefix's list. Trying every
    /// prefix of a 2,000-character paste would parse a million characters.
    mutating func runDeferredQueryEdits(_ edits: DeferredQueryEdits) {
        guard edits.changes > 0 else { return }
        runQueryLine()
        guard queryLine?.error != nil, edits.changes > 1 else { return }
        // Rare (the line ends in an error): find the latest text in between that parsed,
        // newest first, and show its list as typing it key by key would have.
        var text = edits.text, caret = edits.caret
        // The texts after changes N-limit … N-1 (change N made the final text, tried above).
        let tried = max(1, edits.changes - Self.errorSearchLimit)..<edits.changes
        var between: [String] = []
        var changed = 0
        for action in edits.actions where LineEditor.edit(action, text: &text, caret: &caret) == true {
            changed += 1
            if tried.contains(changed) { between.append(String(text)) }
        }
        for candidate in between.reversed() where (try? Query.parse(candidate, index: index)) != nil {
            let error = queryLine?.error
            setQuery(text: candidate)
            list.cursor = 0
            queryLine?.error = error
            list.clamp(count: results.count, page: listPage)
            return
        }
    }
}
