import HomesData

/// The one table of keys: what each key does, on which screens, and its help text.
/// The help screen and docs/keys.md are generated from it, so they cannot drift apart.
public enum ScreenKind: String, CaseIterable, Hashable, Sendable {
    case list, query, filters, changes, summary, children, authority, detail, journey, marked, card, saved, prompt, help

    public var title: String {
        switch self {
        case .list: "List of homes"
        case .query: "Query line (/)"
        case .filters: "Filter panel (f)"
        case .changes: "Changes since the previous snapshot (c)"
        case .summary: "Summary by group (S)"
        case .children: "Children (C)"
        case .authority: "Authority card (A)"
        case .detail: "Home detail"
        case .journey: "Child journey"
        case .marked: "Marked homes (M)"
        case .card: "Home card for a shared screen (P)"
        case .saved: "Saved queries (Tab in the query line)"
        case .prompt: "Prompts (a file name, overwrite?, a query's name)"
        case .help: "Help (?)"
        }
    }
}

public struct KeyBinding: Sendable {
    public let keys: [KeyEvent]
    public let action: Action
    public let screens: Set<ScreenKind>
    public let help: String
}

public enum Keymap {
    static let browsing: Set<ScreenKind> = [.list, .filters, .changes, .summary, .children, .authority, .detail, .journey,
                                            .marked, .card, .saved, .help]
    /// The home card has nothing to scroll.
    static let scrolling: Set<ScreenKind> = browsing.subtracting([.card])
    static let everywhere: Set<ScreenKind> = Set(ScreenKind.allCases)
    /// Screens where letters are commands (not typed into a line or a jump).
    static let lettered: Set<ScreenKind> = scrolling.subtracting([.filters])

    public static let bindings: [KeyBinding] = {
        var b: [KeyBinding] = [
            // The filter panel takes letters and digits as a value to jump to, so it moves with
            // arrows and control keys only.
            .init(keys: [.up, .character("k")], action: .up, screens: lettered, help: "Move up one line"),
            .init(keys: [.down, .character("j")], action: .down, screens: lettered, help: "Move down one line"),
            .init(keys: [.up, .control("p")], action: .up, screens: [.filters], help: "Move up one line"),
            .init(keys: [.down, .control("n")], action: .down, screens: [.filters], help: "Move down one line"),
            .init(keys: [.pageUp, .control("b")], action: .pageUp, screens: scrolling, help: "Move up one page"),
            .init(keys: [.pageDown, .control("f"), .character(" ")], action: .pageDown, screens: scrolling.subtracting([.filters]), help: "Move down one page"),
            .init(keys: [.pageDown, .control("f")], action: .pageDown, screens: [.filters], help: "Move down one page"),
            .init(keys: [.control("u")], action: .halfPageUp, screens: scrolling, help: "Move up half a page"),
            .init(keys: [.control("d")], action: .halfPageDown, screens: scrolling, help: "Move down half a page"),
            .init(keys: [.home, .character("g")], action: .top, screens: lettered, help: "Go to the first line"),
            .init(keys: [.end, .character("G")], action: .bottom, screens: lettered, help: "Go to the last line"),
            .init(keys: [.home], action: .top, screens: [.filters], help: "Go to the first line"),
            .init(keys: [.end], action: .bottom, screens: [.filters], help: "Go to the last line"),
            .init(keys: [.enter], action: .open, screens: [.list, .changes], help: "Open the selected home"),
            .init(keys: [.enter], action: .open, screens: [.detail], help: "Open the selected placement's child journey, or on the local authority its card"),
            .init(keys: [.enter], action: .open, screens: [.journey], help: "Open the selected placement's home"),
            .init(keys: [.enter], action: .open, screens: [.summary], help: "Narrow the list of homes to the selected group"),
            .init(keys: [.enter], action: .open, screens: [.children], help: "Open the selected child's journey"),
            .init(keys: [.enter], action: .open, screens: [.authority], help: "Open the selected authority's card"),
            .init(keys: [.character("/")], action: .openQuery, screens: [.list], help: "Search: open the query line"),
            .init(keys: [.character("/")], action: .openQuery, screens: [.summary], help: "Narrow the groups by name"),
            .init(keys: [.character("/")], action: .openQuery, screens: [.children], help: "Query the children (moves>=3, placed-by:leeds…)"),
            .init(keys: [.character("n")], action: .nextMatch, screens: [.list, .detail], help: "Next match: the next home of the list (wraps round)"),
            .init(keys: [.character("N")], action: .previousMatch, screens: [.list, .detail], help: "Previous match (wraps round)"),
            .init(keys: [.character("f")], action: .openFilters, screens: [.list], help: "Open the filter panel"),
            .init(keys: [.character("c")], action: .openChanges, screens: [.list], help: "Changes since the previous snapshot"),
            .init(keys: [.character("S")], action: .openSummary, screens: [.list], help: "Summary: the homes grouped by authority, owner, rating…"),
            .init(keys: [.character("C")], action: .openChildren, screens: [.list], help: "Children: every child of the placements"),
            .init(keys: [.character("A")], action: .openAuthority, screens: [.detail], help: "The card of the home's local authority"),
            .init(keys: [.character("A"), .character("a")], action: .openAuthority, screens: [.summary], help: "The selected authority's card (grouped by local authority)"),
            .init(keys: [.tab, .right, .character("l")], action: .nextGrouping, screens: [.summary], help: "Group by the next facet"),
            .init(keys: [.backTab, .left, .character("h")], action: .previousGrouping, screens: [.summary], help: "Group by the previous facet"),
            .init(keys: [.character("x")], action: .clearFilters, screens: [.list], help: "Clear all filters (keeps free text)"),
            // Take the answer away: marks, exports, the card for a shared screen
            .init(keys: [.character("m")], action: .toggleMark, screens: [.list, .detail, .marked, .card],
                  help: "Mark or unmark the home (a • in the list)"),
            .init(keys: [.character("M")], action: .openMarked, screens: [.list, .detail], help: "List the marked homes"),
            .init(keys: [.character("x")], action: .clearMarks, screens: [.marked], help: "Clear every mark"),
            .init(keys: [.character("e")], action: .export, screens: [.list, .marked, .summary, .changes],
                  help: "Export what is listed to CSV or JSON (asks for a file name)"),
            .init(keys: [.character("P")], action: .openCard, screens: [.list, .detail], help: "The home's card, large, for a shared screen"),
            .init(keys: [.character("["), .left], action: .previousHome, screens: [.card], help: "Previous home of the list"),
            .init(keys: [.character("]"), .right], action: .nextHome, screens: [.card], help: "Next home of the list"),
            .init(keys: [.enter], action: .open, screens: [.marked], help: "Open the selected home"),
            .init(keys: [.enter], action: .open, screens: [.saved], help: "Put the saved query on the query line"),
            .init(keys: [.character("d"), .delete], action: .removeSaved, screens: [.saved], help: "Forget the saved query"),
            .init(keys: [.control("x")], action: .clearFilters, screens: [.filters], help: "Clear all filters (keeps free text)"),
            .init(keys: [.escape], action: .clearQuery, screens: [.list], help: "Clear the query (the whole list again)"),
            .init(keys: [.character("s"), .character(">")], action: .nextSortColumn, screens: [.list, .summary, .children], help: "Sort by the next column (shows the top)"),
            .init(keys: [.character("<")], action: .previousSortColumn, screens: [.list], help: "Sort by the previous column"),
            .init(keys: [.character("r")], action: .reverseSort, screens: [.list, .summary, .children], help: "Reverse the sort order"),
            .init(keys: [.character("'")], action: .reselect, screens: [.list], help: "Back to the home selected before the sort"),
        ]
        for (digit, column) in ListColumn.digitOrder {
            b.append(.init(keys: [.character(digit)], action: .sortBy(column.rawValue), screens: [.list],
                           help: "Sort by \(column.title) (again: reverse)"))
        }
        for (n, column) in SummaryState.columns.enumerated() where n < 9 {
            b.append(.init(keys: [.character(Character(String(n + 1)))], action: .sortBy(n), screens: [.summary],
                           help: "Sort by \(column.title) (again: reverse)"))
        }
        for (n, column) in ChildColumn.allCases.enumerated() {
            b.append(.init(keys: [.character(Character(String(n + 1)))], action: .sortBy(n), screens: [.children],
                           help: "Sort by \(column.title) (again: reverse)"))
        }
        b.append(.init(keys: [.character("0")], action: .showKind(0), screens: [.changes], help: "Show every kind of change"))
        for (n, kind) in ChangeKind.allCases.enumerated() {
            b.append(.init(keys: [.character(Character(String(n + 1)))], action: .showKind(n + 1), screens: [.changes],
                           help: "Show only: \(kind.title)"))
        }
        b += [
            .init(keys: [.tab, .right, .character("l")], action: .nextKind, screens: [.changes], help: "Next kind of change"),
            .init(keys: [.backTab, .left, .character("h")], action: .previousKind, screens: [.changes], help: "Previous kind of change"),
            .init(keys: [.character(" ")], action: .toggleValue, screens: [.filters], help: "Select or unselect the value"),
            .init(keys: [.tab, .right], action: .nextFacet, screens: [.filters], help: "Next facet"),
            .init(keys: [.backTab, .left], action: .previousFacet, screens: [.filters], help: "Previous facet"),
            .init(keys: [.backspace], action: .jumpBackspace, screens: [.filters], help: "Take back a letter typed to jump"),
            .init(keys: [.tab], action: .nextSection, screens: [.detail, .journey, .authority], help: "Next section"),
            .init(keys: [.backTab], action: .previousSection, screens: [.detail, .journey, .authority], help: "Previous section"),
            .init(keys: [.character("["), .left], action: .previousHome, screens: [.detail], help: "Previous home of the list"),
            .init(keys: [.character("]"), .right], action: .nextHome, screens: [.detail], help: "Next home of the list"),
            // Query line editing
            .init(keys: [.enter], action: .acceptQuery, screens: [.query], help: "Keep the query"),
            .init(keys: [.escape], action: .cancelQuery, screens: [.query], help: "Restore the previous query"),
            .init(keys: [.backspace], action: .deleteBackward, screens: [.query, .prompt], help: "Delete the character before the caret"),
            .init(keys: [.delete, .control("d")], action: .deleteForward, screens: [.query, .prompt], help: "Delete the character under the caret"),
            .init(keys: [.left, .control("b")], action: .caretLeft, screens: [.query, .prompt], help: "Move the caret left"),
            .init(keys: [.right, .control("f")], action: .caretRight, screens: [.query, .prompt], help: "Move the caret right"),
            .init(keys: [.home, .control("a")], action: .caretHome, screens: [.query, .prompt], help: "Caret to the start"),
            .init(keys: [.end, .control("e")], action: .caretEnd, screens: [.query, .prompt], help: "Caret to the end"),
            .init(keys: [.control("u")], action: .clearLine, screens: [.query], help: "Clear the query line"),
            .init(keys: [.up, .control("p")], action: .historyOlder, screens: [.query], help: "An earlier query (kept between runs)"),
            .init(keys: [.down, .control("n")], action: .historyNewer, screens: [.query], help: "A later query, then back to what was typed"),
            .init(keys: [.control("k")], action: .saveQuery, screens: [.query], help: "Keep the query under a name (asks for it)"),
            .init(keys: [.tab], action: .openSavedQueries, screens: [.query], help: "The saved queries, to recall one"),
            // Prompts
            .init(keys: [.enter], action: .acceptQuery, screens: [.prompt], help: "Answer (write the file, keep the name)"),
            .init(keys: [.escape], action: .cancelQuery, screens: [.prompt], help: "Cancel: nothing is written"),
            .init(keys: [.control("u")], action: .clearLine, screens: [.prompt], help: "Clear the line"),
            // Leaving
            .init(keys: [.character("?"), .function(1)], action: .help, screens: browsing.subtracting([.help]), help: "Show this help"),
            .init(keys: [.escape, .character("q")], action: .back, screens: [.changes, .summary, .children, .authority, .detail, .journey,
                                                                             .marked, .card, .saved, .help], help: "Back to where you were"),
            .init(keys: [.function(9)], action: .toggleMeeting, screens: everywhere.subtracting([.prompt]),
                  help: "Meeting mode on or off: no child references, small counts hidden, a banner"),
            .init(keys: [.character("f"), .enter], action: .keepFilters, screens: [.filters], help: "Close the panel, keeping the changes"),
            .init(keys: [.escape], action: .back, screens: [.filters], help: "Close the panel, undoing the changes made since it opened"),
            .init(keys: [.character("q")], action: .quit, screens: [.list], help: "Quit (from the list)"),
            .init(keys: [.character("Q")], action: .quit, screens: browsing, help: "Quit from anywhere"),
            .init(keys: [.control("c")], action: .quit, screens: everywhere, help: "Quit"),
            .init(keys: [.control("z")], action: .suspend, screens: everywhere, help: "Suspend (fg to come back)"),
        ]
        return b
    }()

    /// The bindings by screen and key, the first binding listing both winning: one lookup
    /// per key instead of comparing it with every binding's keys (characters compare
    /// slowly, and a 2,000-character paste spent most of its time there).
    static let table: [ScreenKind: [KeyEvent: Action]] = {
        var table: [ScreenKind: [KeyEvent: Action]] = [:]
        for binding in bindings {
            for screen in binding.screens {
                for key in binding.keys where table[screen]?[key] == nil { table[screen, default: [:]][key] = binding.action }
            }
        }
        return table
    }()

    /// The action a key triggers on a screen: the first binding that lists both.
    /// On the query line, any other printable character is typed into the line.
    public static func action(for key: KeyEvent, on screen: ScreenKind) -> Action? {
        if case .resize(let w, let h) = key { return .resize(width: w, height: h) }
        if let action = table[screen]?[key] { return action }
        if screen == .query || screen == .prompt, case .character(let c) = key { return .insert(c) }
        if screen == .filters, case .character(let c) = key, c.isLetter || c.isNumber { return .jump(c) }
        return nil
    }

    /// How a key is written in help and docs.
    public static func name(of key: KeyEvent) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .mouse: "mouse"
        case .paste: "paste"
        }
    }

    /// Help entries for one screen, in table order, with duplicates of the same help merged.
    public static func entries(for screen: ScreenKind) -> [(keys: String, help: String)] {
        var result: [(keys: String, help: String)] = []
        for binding in bindings where binding.screens.contains(screen) {
            let keys = binding.keys.map(name(of:)).joined(separator: " ")
            if let i = result.firstIndex(where: { $0.help == binding.help }) {
                result[i].keys += " " + keys
            } else {
                result.append((keys, binding.help))
            }
        }
        if screen == .query { result.insert(("any character", "Type into the query; the list narrows as you type"), at: 0) }
        if screen == .filters { result.insert(("letters, digits", "Jump to the first value that begins so (leeds, 3)"), at: 0) }
        if screen == .prompt { result.insert(("any character", "Type the answer; y answers yes to overwriting a file"), at: 0) }
        return result
    }

    /// docs/keys.md, generated. `homes keys` can print this.
    public static func markdown() -> String {
        var out = "# Keys\n\n"
        out += "Generated from the keymap table (`Sources/HomesBrowser/Keymap.swift`) by `Keymap.markdown()`; "
        out += "the help screen (`?`) shows the same table. Do not edit by hand: a test checks this file.\n"
        for screen in ScreenKind.allCases {
            out += "\n## \(screen.title)\n\n| Keys | Action |\n|---|---|\n"
            for entry in entries(for: screen) {
                let keys = entry.keys.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
                out += "| \(keys) | \(entry.help) |\n"
            }
        }
        out += "\n## Finding homes\n\n"
        for (example, meaning) in queryPrimer { out += "- `\(example)`: \(meaning)\n" }
        out += "\n## What the screens show\n\n"
        for note in notes { out += "- " + note + "\n" }
        return out
    }

    /// The query language in a few examples, first on the help screen: what a new user
    /// needs to type the next query (docs/query-language.md has the rest).
    /// A child reference of the bundled sample, for the primer (hidden in meeting mode).
    static let childExample = "C0090048"

    public static let queryPrimer: [(example: String, meaning: String)] = [
        ("birmingham inadequate", "words: name, owner, authority, type, rating"),
        ("la:leeds rating:ri,inadequate", "field:value; a comma: either value"),
        ("rating:requires improvement", "several words need no quotes"),
        ("-sector:private", "a leading - leaves those out"),
        ("places>=6  unplanned:1..3", "numbers: > >= < <= and ranges a..b"),
        ("inspected<-12m  registered>=2023", "dates, or -30d -6w -12m -2y back"),
        ("occupancy>=100  moves>=4", "% full now; moves in 12 months"),
        ("status:any  child:\(childExample)", "closed homes too; a child's homes"),
    ]

    /// What the marks and words on the screens mean: the end of docs/keys.md and of the help screen.
    public static let notes: [String] = [
        "Judgements are coloured (Outstanding green, Good cyan, Requires improvement yellow, Inadequate red). "
            + "Without colour (`NO_COLOR`, `--no-color`, or a terminal without colours) they carry symbols instead: "
            + "`++` Outstanding, `+` Good, `-` Requires improvement (underlined), `!!` Inadequate (bold, reversed).",
        "The summary (`S`) groups the list's homes by local authority, region, owner, sector, provision type or rating "
            + "(Tab switches). Its rating mix is a stacked bar in patterns that read without colour: `█` Outstanding, `▓` Good, "
            + "`▒` Requires improvement, `░` Inadequate, `·` not yet rated; O G RI I NR count them, and Reg Clo Up Dn count the "
            + "homes registered, closed, rated up and rated down since the previous snapshot (`·` for none). Owners are grouped "
            + "by a normalised name (case, \"Ltd\" and \"Limited\"): `(+2)` after a name says two more spellings were merged, "
            + "listed under the table. Enter narrows the list to the group (`owned-by:` for an owner).",
        "The detail's \"Ratings over time\" strip has one cell per rating (as Rating reads them), oldest first: O Outstanding, G Good, "
            + "R Requires improvement, I Inadequate, coloured as the judgements are. Bars in the filter panel and the authority "
            + "card (`A` in a home's detail, `a` in the summary by authority) are drawn to scale in eighths of a cell, "
            + "their number always beside them.",
        "The children list (`C`) has one row per child of the placements: moves and unplanned endings count the 12 months to "
            + "the snapshot date; Now says whether the child is placed in a home on that date. Its query (`/`) takes "
            + "`moves>=3`, `unplanned>=1`, `placements>=2`, `placed-by:NAME`, `placed-in:NAME`, `ongoing` and parts of references.",
        "Meeting mode (`F9`, or `homes --meeting`) is for a shared screen: a banner on the top row says it is on, and no child "
            + "reference is drawn. Placements, journeys and the children list call the children Child A, Child B… in the order "
            + "they appear on that screen (after Z: AA, AB…), so a label means nothing outside its screen; a journey keeps the "
            + "label of the row it was opened from. The authority card's counts of children from 1 to 4 say \"fewer than 5\", "
            + "as published children's statistics do. Homes, ratings and dates are unchanged. `P` shows one home large: URN, "
            + "owner, authority, places and its ratings, to read across a room.",
        "`m` marks the selected home (a `•` before it in the list, \"marked\" in its detail's title) and `M` lists the marked "
            + "homes. `e` exports what a screen lists (the list, the marked homes, the summary, the changes) as CSV, or JSON for "
            + "a file name ending `.json`: the columns `homes query`, `homes summary` and `homes changes` print with `--format`. "
            + "The name offered is in the current directory; a file that exists is replaced only after `y`; the file is written "
            + "whole or not at all (a full disk leaves no half file). Exports hold no child references.",
        "In the query line Ctrl-K keeps the query under a name and Tab lists the kept ones to recall one (Enter) or forget "
            + "one (`d`); they are kept in the settings file (`queries:`, docs/settings.md) for the next start.",
        "In the list a mark after the rating compares the latest rating with the one before it: "
            + "`↑` better, `↓` worse, `=` the same (green and red with colour); no mark: fewer than two ratings. "
            + "In the detail screen the same arrows stand before each overall judgement; the newest inspection is at the top.",
        "Rating is the overall judgement of the latest inspection that gave one on Ofsted's four-point scale, as Ofsted lists it: "
            + "usually a full inspection, now and then a monitoring inspection (the detail then says so).",
        "Last visit is the latest inspection of any kind "
            + "(full, interim, monitoring), so it can be newer than the rating (the detail lists each inspection's date).",
        "A dim name is the owner's: Ofsted publishes most children's homes' names as REDACTED. A dim row is a closed home; "
            + "while the query line holds an error every row is dim, and the title bar says which query the rows still answer.",
        "The status line says where the view is (`245–266 of 4,006`) and the sort; a new sort shows the top of the list "
            + "(`'` goes back to the home selected before). When a word of the query is exactly a value, it offers the "
            + "field form (`try: la:leeds`), which leaves out homes that only mention the word.",
        "Wide terminals add the owner and the placement figures (Occupancy, Unplanned, Placements, Moves) once names "
            + "have room; sorting by a column shows it at any width.",
        "The list shows the homes open at the snapshot date. A query with `status:`, `closed:` or `changed:` lists closed "
            + "homes too: a Status column then says `open`, `suspended`, or `closed 2023-11-30` (`closed` where the date "
            + "is not known), and the count says \"homes, any status\". A closed home's detail says so in its title and Status.",
        "The changes screen (`c`) compares the two newest snapshots loaded (`homes DIR` opens a directory of them): "
            + "homes registered and closed, ratings up, down and first given, places, owners and suspensions.",
        "Text from a snapshot never reaches the terminal as a control: C0 controls show as their control "
            + "pictures (`␛` for ESC, `␉` for a tab, `␊` for a line feed), DEL as `␡`, C1 controls and bidi or other "
            + "invisible format characters (U+200E/F, U+202A–E, U+2066–9, U+061C, U+FEFF…) as `⍰`, and a combining "
            + "mark with nothing to combine with gets a dotted circle `◌`.",
        "Below \(BrowserState.minimumWidth)×\(BrowserState.minimumHeight) the browser says the terminal is too small "
            + "instead of drawing; `Q` still quits. Narrow terminals drop the provision type, sector and places columns first.",
        "The mouse works as in htop: the wheel moves three lines, a click selects the row under it (in the filter panel "
            + "it ticks the value, or shows the facet clicked), a double click opens the row as Enter does. For the terminal's "
            + "own text selection, start with `homes --no-mouse` or put `mouse: false` in the settings file (many terminals "
            + "also select with Shift held while the mouse is on).",
        "The query line keeps the queries kept with Enter (↑/↓, Ctrl-P/Ctrl-N) in `$XDG_STATE_HOME/homes/history` "
            + "(else `~/.local/state/homes/history`) for the next start; if that cannot be written the history lasts the session.",
    ]
}
