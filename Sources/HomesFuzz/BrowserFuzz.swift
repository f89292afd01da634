import HomesData
import HomesBrowser

/// The browser core driven by random keys, mouse events and resizes on a small snapshot:
/// it must never crash, and after every event the state's cursors and carets must be valid,
/// the drawn grid the terminal's size with no control character in it, and in meeting
/// mode no child reference drawn anywhere.
///
/// Input: each byte is an event (printable characters for most bytes, so queries get
/// typed; the rest are keys, resizes, clicks and pastes taking their arguments from the
/// next bytes). The state's own invariants (`BrowserState.brokenInvariant`: every
/// screen's cursor, scroll and caret) are checked too.
enum BrowserFuzz {
    static let maximumEvents = 400

    static let specialKeys: [KeyEvent] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
        .pageUp, .pageDown, .home, .end,
    ] + (1...12).map { .function($0) } + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }

    /// Every child reference of the snapshot, to look for on a meeting-mode screen.
    static let references: Set<Substring> = Set(FuzzSnapshot.index.snapshot.children.map { Substring($0) })

    static func violations(_ bytes: [UInt8]) -> [String] {
        var app = BrowserApp(index: FuzzSnapshot.index, title: "fuzz", colour: bytes.first.map { $0 & 1 == 0 } ?? true,
                             width: 80, height: 24, writesFiles: false)
        var width = 80, height = 24
        var i = 1, events = 0
        func next() -> Int {
            defer { i += 1 }
            return i < bytes.count ? Int(bytes[i]) : 0
        }
        while i < bytes.count, events < maximumEvents {
            let b = next()
            let event: KeyEvent
            switch b {
            case 0x20..<0x7F: event = .character(Character(UnicodeScalar(UInt8(b))))
            case 0x80..<0x80 + specialKeys.count: event = specialKeys[b - 0x80]
            case 0xF0:
                width = 20 + next() % 220
                height = 4 + next() % 70
                event = .resize(width: width, height: height)
            case 0xF1, 0xF2:
                let kinds: [MouseEvent.Kind] = [.press, .doubleClick, .wheelUp, .wheelDown]
                event = .mouse(MouseEvent(kinds[next() % kinds.count], x: next() % (width + 2), y: next() % (height + 2)))
            case 0xF5:
                // A paste: the next bytes, up to a length given by the byte after.
                let count = next() % 64
                let start = min(i, bytes.count), end = min(i + count, bytes.count)
                event = .paste(String(decoding: bytes[start..<end], as: UTF8.self))
                i = end
            case 0xF3: event = .character("é")
            case 0xF4: event = .character("£")
            default: event = .character(Character(UnicodeScalar(UInt8(0x61 + b % 26))))
            }
            events += 1
            _ = app.handle(event)
            if let problem = check(app, width: width, height: height) {
                return ["after event \(events) (\(event)): \(problem)"]
            }
        }
        return []
    }

    /// The first broken invariant, if any.
    static func check(_ app: BrowserApp, width: Int, height: Int) -> String? {
        let state = app.state
        if let broken = state.brokenInvariant { return broken }
        let grid = app.draw(width: width, height: height)
        if grid.width != width || grid.height != height || grid.cells.count != width * height {
            return "a \(width)x\(height) terminal got a \(grid.width)x\(grid.height) grid"
        }
        for cell in grid.cells where cell.text.unicodeScalars.contains(where: { Sanitiser.placeholder(for: $0) != nil }) {
            return "a control character reached the grid: \(cell.text.debugDescription)"
        }
        if let cursor = grid.cursor, !(0..<width).contains(cursor.x) || !(0..<height).contains(cursor.y) {
            return "the terminal cursor is placed at \(cursor.x),\(cursor.y), off the screen"
        }
        if state.meeting, let (reference, line) = referenceShown(in: grid.lines) {
            return "meeting mode drew the child reference \(reference) in: \(line)"
        }
        return nil
    }

    /// A child reference of the snapshot drawn on one of `lines`, and that line.
    static func referenceShown(in lines: [String]) -> (Substring, String)? {
        for line in lines {
            for token in line.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where references.contains(token) {
                return (token, line)
            }
        }
        return nil
    }
}
