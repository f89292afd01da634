import HomesData

/// Draws a `RecordDocument` (a home's record, an authority card) as the lines of a
/// document screen: the same words `homes show` and `homes authority` print, with
/// colour or symbols for judgements, fields lined up per section, tables whose
/// columns fit their widest cell, and Enter on a row opening what it names.
enum RecordRendering {
    static func state(_ document: RecordDocument, colour: Bool) -> DocumentState {
        var b = DocumentBuilder()
        var valueColumn = 22
        for (i, block) in document.blocks.enumerated() {
            switch block {
            case .heading(let text):
                b.heading(text)
                valueColumn = 2 + labelWidth(document.blocks, from: i + 1) + 2
            case .field(let label, let value, let target):
                b.row([run(label, at: 2, Style(dim: true))] + runs(value, colour: colour, first: valueColumn), target: lineTarget(target))
            case .note(let spans):
                b.row(runs(spans, colour: colour, first: 2))
            case .table(let table):
                addTable(table, colour: colour, to: &b)
            case .blank:
                b.blank()
            }
        }
        return DocumentState(title: document.title, lines: b.lines, sections: b.sections)
    }

    static func labelWidth(_ blocks: [RecordDocument.Block], from start: Int) -> Int {
        var width = 0
        for block in blocks[start...] {
            if case .heading = block { break }
            if case .field(let label, _, _) = block { width = max(width, TextWidth.of(label)) }
        }
        return max(width, 12)
    }

    static func lineTarget(_ target: RecordTarget) -> DocumentLine.Target {
        switch target {
        case .none: .none
        case .placement(let p): .placement(p)
        case .home(let h): .home(h)
        case .authority(let a): .authority(a)
        }
    }

    /// The spans as runs, the first at `first` and the others following it.
    static func runs(_ spans: [Span], colour: Bool, first: Int?) -> [DocumentLine.Run] {
        spans.enumerated().map { i, span in
            let (text, style) = look(span, colour: colour)
            return run(text, at: i == 0 ? first : nil, style)
        }
    }

    /// What a span looks like on screen: judgements coloured, or marked with a symbol
    /// without colour; strip cells a coloured block with the letter on it.
    static func look(_ span: Span, colour: Bool) -> (String, Style) {
        switch span.mark {
        case .plain: (span.text, .plain)
        case .strong: (span.text, Style(bold: true))
        case .quiet: (span.text, Style(dim: true))
        case .trend(let t): (span.text, TrendStyle.style(t, colour: colour))
        case .bar(let j): (span.text, colour && j != nil ? Style(foreground: JudgementStyle.style(j, colour: true).foreground) : .plain)
        case .judgement(let j):
            (j == nil || colour ? span.text : JudgementStyle.symbol(j!) + " " + span.text, JudgementStyle.style(j, colour: colour))
        case .ratingCell(let j):
            (span.text, colour ? Style(foreground: JudgementStyle.style(j, colour: true).foreground, bold: true, reverse: true)
                               : JudgementStyle.style(j, colour: false))
        }
    }

    static func addTable(_ table: RecordTable, colour: Bool, to b: inout DocumentBuilder) {
        let cells = table.rows.map { row in row.cells.map { look($0, colour: colour) } }
        var widths = table.columns.map { TextWidth.of($0.title) }
        for row in cells { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], TextWidth.of(Sanitiser.clean(cell.0))) } }
        var x = 2
        var columns: [Int] = []
        for (c, column) in table.columns.enumerated() {
            widths[c] = min(widths[c], column.limit)
            columns.append(x)
            x += widths[c] + (widths[c] > 0 ? 2 : 0)
        }
        func line(_ texts: [(String, Style)]) -> [DocumentLine.Run] {
            texts.enumerated().compactMap { c, cell in
                guard widths[c] > 0 else { return nil }
                let clean = Sanitiser.clean(cell.0)
                let text = table.columns[c].numeric ? TextLayout.fit(clean, width: widths[c], alignment: .right)
                                                    : TextLayout.truncate(clean, toWidth: widths[c])
                return run(text, at: columns[c], cell.1)
            }
        }
        b.row(line(table.columns.map { ($0.title, Style(dim: true)) }))
        for (r, row) in cells.enumerated() {
            b.row(line(row), target: lineTarget(table.rows[r].target))
        }
    }
}
