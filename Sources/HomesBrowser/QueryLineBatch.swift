import HomesData

/// Edits of a query line that arrived in one batch of keys (a paste, keys typed faster
/// than the list is recomputed), applied to the text only: the query runs once, when the
/// batch ends or a key that is not an edit comes. Without this every character of a
/// 2,000-character paste re-parsed the whole line and re-ran the query: a cost that grows
/// with the square of the paste's length (on the children's `/` line at 100,000 homes a
/// paste took 15 s to settle).
///
/// The list's query line, the summary's `/` line and the children's are all deferred;
/// a file name or a saved query's name being typed (a prompt) is not: it runs nothing.
struct DeferredQueryEdits {
    enum Line { case list, summary, children }
    /// Whose line is being edited.
    let line: Line
    /// The line before the first deferred edit, to replay the texts in between.
    let text: [Character]
    let caret: Int
    /// The line as edited so far: written back to its screen when the batch settles.
    var current: [Character]
    var currentCaret: Int
    /// Every deferred action in order (caret moves included: they place later inserts).
    var actions: [Action] = []
    /// How many of them changed the text (each would have run the query on its own).
    var changes = 0

    init(line: Line, text: [Character], caret: Int) {
        self.line = line
        self.text = text
        self.caret = caret
        current = text
        currentCaret = caret
    }

    mutating func apply(_ action: Action) {
        if LineEditor.edit(action, text: &current, caret: &currentCaret) == true { changes += 1 }
        actions.append(action)
    }

    /// Texts in between tried, newest first, when a batch ends in an error.
    static let errorSearchLimit = 32

    /// The texts after each of the last `errorSearchLimit` changes but the final one,
    /// newest first: where typing key by key would have last shown a list when the final
    /// text has an error. Only these are tried: when all of them have an error too (a
    /// paste that opens a quote it never closes) the list stays as it was before the
    /// batch, where one by one it would show some earlier prefix's list. Trying every
    /// prefix of a 2,000-character paste would parse a million characters.
    var textsBefore: [String] {
        var text = text, caret = caret
        // The texts after changes N-limit … N-1 (change N made the final text).
        let tried = max(1, changes - Self.errorSearchLimit)..<changes
        var between: [String] = []
        var changed = 0
        for action in actions where LineEditor.edit(action, text: &text, caret: &caret) == true {
            changed += 1
            if tried.contains(changed) { between.append(String(text)) }
        }
        return between.reversed()
    }
}

extension BrowserState {
    /// Applies `action` to the text of the query line being typed (the list's, the
    /// summary's or the children's) when it is an edit, recording it in `pending`. False
    /// when the action must be applied as usual, after `runDeferredQueryEdits`.
    mutating func deferQueryEdit(_ action: Action, into pending: inout DeferredQueryEdits?) -> Bool {
        switch action {
        case .insert, .deleteBackward, .deleteForward, .clearLine, .caretLeft, .caretRight, .caretHome, .caretEnd: break
        default: return false
        }
        guard !isTooSmall, screenKind == .query else { return false }
        if pending == nil {
            switch stack.last {
            case .summary(let s)?: pending = s.line.map { DeferredQueryEdits(line: .summary, text: $0.text, caret: $0.caret) }
            case .children(let c)?: pending = c.line.map { DeferredQueryEdits(line: .children, text: $0.text, caret: $0.caret) }
            case nil: pending = queryLine.map { DeferredQueryEdits(line: .list, text: $0.text, caret: $0.caret) }
            default: break
            }
            guard pending != nil else { return false }
        }
        notice = nil
        // Edited where it is, not in a copy: a copy of the text (or of the actions) for
        // each key made a 2,000-character paste quadratic.
        pending!.apply(action)
        return true
    }

    /// Writes the edited text back to its line and runs its query once, leaving the state
    /// as the edits one by one would have: the list of the last text that parsed (the
    /// final one, or when it has an error the latest text before it that had none, see
    /// `textsBefore`) and the final text's error.
    mutating func runDeferredQueryEdits(_ edits: DeferredQueryEdits) {
        switch edits.line {
        case .list:
            guard var line = queryLine else { return }
            queryLine = nil
            line.text = edits.current
            line.caret = edits.currentCaret
            if edits.changes > 0 {
                // An edited recall is the user's own text now.
                line.recalled = nil
                line.typed = nil
            }
            queryLine = line
            guard edits.changes > 0 else { return }
            runQueryLine()
            guard queryLine?.error != nil, edits.changes > 1 else { return }
            for candidate in edits.textsBefore where (try? Query.parse(candidate, index: index)) != nil {
                let error = queryLine?.error
                setQuery(text: candidate)
                list.cursor = 0
                queryLine?.error = error
                list.clamp(count: results.count, page: listPage)
                return
            }
        case .summary:
            guard case .summary(var summary)? = stack.last else { return }
            summary.settleLine(edits)
            summary.view.clamp(count: summary.rows.count, page: groupsPage)
            stack[stack.count - 1] = .summary(summary)
        case .children:
            guard case .children(var children)? = stack.last else { return }
            children.settleLine(edits, index: index)
            children.view.clamp(count: children.rows.count, page: groupsPage)
            stack[stack.count - 1] = .children(children)
        }
    }
}
