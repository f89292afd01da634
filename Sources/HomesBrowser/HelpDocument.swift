/// The help screen, generated from the keymap table: the current screen's keys first,
/// then what the marks and words on the screens mean (`Keymap.notes`), wrapped to the
/// width the help was opened at so they read whole at 60 columns too.
enum HelpDocument {
    static func make(for screen: ScreenKind, colour: Bool, width: Int = 80) -> DocumentState {
        var b = DocumentBuilder()
        // The query language first: it is what a new user needs most, and the keys of the
        // screen they came from follow.
        b.heading("Finding homes: / then type")
        // One line an example, its meaning beside it: a few lines above the keys, read
        // whole at 80 columns (docs/query-language.md has the rest).
        for (example, meaning) in Keymap.queryPrimer {
            b.row([run(example, at: 3, Style(bold: true)), run(meaning, at: 36, Style(dim: true))])
        }
        b.blank()
        let order = [screen] + ScreenKind.allCases.filter { $0 != screen }
        for kind in order {
            b.heading(kind.title + (kind == screen ? "  (where you were)" : ""))
            for entry in Keymap.entries(for: kind) {
                b.row([run(entry.keys, at: 3, Style(bold: true)), run(entry.help, at: 28)])
            }
            b.blank()
        }
        b.heading("What the screens show")
        // Markdown's backticks mark keys and values in docs/keys.md; on screen they are noise.
        let room = max(20, min(width, 100) - 6)
        for note in Keymap.notes {
            for (i, line) in TextLayout.wrap(note.filter { $0 != "`" }, width: room).enumerated() {
                b.row([run(i == 0 ? "•" : "", at: 3), run(line, at: 5)])
            }
        }
        return DocumentState(title: "Help: finding homes, every key, what the marks mean", lines: b.lines, sections: b.sections)
    }
}
