/// The help screen, generated from the keymap table: the current screen's keys first.
enum HelpDocument {
    static func make(for screen: ScreenKind, colour: Bool) -> DocumentState {
        var b = DocumentBuilder()
        let order = [screen] + ScreenKind.allCases.filter { $0 != screen }
        for kind in order {
            b.heading(kind.title + (kind == screen ? "  (where you were)" : ""))
            for entry in Keymap.entries(for: kind) {
                b.row([run(entry.keys, at: 3, Style(bold: true)), run(entry.help, at: 28)])
            }
            b.blank()
        }
        return DocumentState(title: "Help: every key", lines: b.lines, sections: b.sections)
    }
}
