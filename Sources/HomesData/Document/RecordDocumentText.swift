/// A `RecordDocument` as plain text for standard output: the title, then each section
/// under its heading, labels padded to the widest label of the section, tables aligned
/// by display width. Every text from a record goes through `TerminalText.escaped`, so a
/// name holding an escape sequence prints as visible text, never as a control.
extension RecordDocument {
    public var plainText: String {
        var out = TerminalText.escaped(title) + "\n"
        var labelWidth = 0
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let text):
                // A section stands apart from what comes before it, blank line or not.
                if i == 0 || blocks[i - 1] != .blank { out += "\n" }
                out += TerminalText.escaped(text) + "\n"
                labelWidth = sectionLabelWidth(from: i + 1)
            case .field(let label, let value, _):
                out += trimmed("  " + TerminalText.padded(TerminalText.escaped(label), width: labelWidth) + "  " + Self.plain(value)) + "\n"
            case .table(let table):
                out += Self.plainTable(table)
            case .note(let spans):
                out += "  " + Self.plain(spans) + "\n"
            case .blank:
                out += "\n"
            }
        }
        return out
    }

    /// The widest field label from block `start` to the next heading.
    private func sectionLabelWidth(from start: Int) -> Int {
        var width = 0
        for block in blocks[start...] {
            if case .heading = block { break }
            if case .field(let label, _, _) = block { width = max(width, TextWidth.of(TerminalText.escaped(label))) }
        }
        return width
    }

    static func plain(_ spans: [Span]) -> String { spans.map { TerminalText.escaped($0.text) }.joined() }

    static func plainTable(_ table: RecordTable) -> String {
        let lines = [table.columns.map { TerminalText.escaped($0.title) }] + table.rows.map { row in
            row.cells.enumerated().map { c, span in
                TerminalText.truncated(TerminalText.escaped(span.text), width: table.columns[c].limit)
            }
        }
        var widths = [Int](repeating: 0, count: table.columns.count)
        for line in lines { for (c, s) in line.enumerated() { widths[c] = max(widths[c], TextWidth.of(s)) } }
        var out = ""
        for line in lines {
            let cells = line.enumerated().map { c, s in TerminalText.padded(s, width: widths[c], right: table.columns[c].numeric) }
            out += trimmed("  " + cells.joined(separator: "  ")) + "\n"
        }
        return out
    }
}

private func trimmed(_ line: String) -> String {
    var s = Substring(line)
    while s.last == " " { s = s.dropLast() }
    return String(s)
}
