import Foundation
import HomesData

/// Meeting mode: the browser on a shared screen. No child reference is drawn anywhere:
/// each screen calls the children on it Child A, Child B… in the order they appear there
/// (the labels mean nothing outside that screen), and the authority card's counts of
/// children from 1 to 4 say "fewer than 5". Homes, ratings and dates stay as they are.
/// A banner on the top row of every screen says the mode is on.
enum MeetingMode {
    static let banner = "MEETING MODE · children shown as Child A, B… · small counts hidden · F9 ends"
    static let shortBanner = "MEETING MODE · F9 ends"

    /// The top row: the banner, centred, in reverse (magenta with colour).
    static func drawBanner(colour: Bool, _ canvas: inout Canvas) {
        let style = Style(foreground: colour ? .magenta : .none, bold: true, reverse: true)
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: style)
        let text = TextWidth.of(banner) + 2 <= canvas.width ? banner : shortBanner
        let x = max(0, (canvas.width - TextWidth.of(text)) / 2)
        canvas.text(text, x: x, y: 0, width: canvas.width - x, style: style)
    }

    /// "A", "B", … "Z", "AA", "AB", … : the nth label (from 0), as spreadsheet columns.
    static func letters(_ n: Int) -> String {
        var n = n
        var out: [Character] = []
        repeat {
            out.insert(Character(Unicode.Scalar(UInt8(65 + n % 26))), at: 0)
            n = n / 26 - 1
        } while n >= 0
        return String(out)
    }

    static func label(_ n: Int) -> String { "Child " + letters(n) }

    /// A document with every child reference replaced by its label: the children of
    /// placement lines in the order their lines come, `first` (the child a journey is
    /// about) labelled `firstLabel` when given. Only where a reference stands is it
    /// replaced (a placement line's first cell, a journey's title and heading), so a
    /// reference that happens to be a common word ("1", "a") garbles nothing else.
    static func redacted(_ doc: DocumentState, index: SnapshotIndex, child first: Int32? = nil, firstLabel: String? = nil) -> DocumentState {
        let snapshot = index.snapshot
        var labels: [Int32: String] = [:]
        var next = 0
        func label(of child: Int32) -> String {
            if let known = labels[child] { return known }
            let text = MeetingMode.label(next)
            next += 1
            labels[child] = text
            return text
        }
        var copy = doc
        if let first, first >= 0, Int(first) < snapshot.children.count {
            let reference = snapshot.children[Int(first)]
            let name = firstLabel ?? label(of: first)
            labels[first] = name
            // The journey's title and heading: "Child C1234567  ·  journey", "Child C1234567".
            copy.title = name + "  ·  journey"
            for i in copy.lines.indices {
                for r in copy.lines[i].runs.indices where copy.lines[i].runs[r].text == "Child " + reference {
                    copy.lines[i].runs[r].text = name
                }
            }
        }
        var room = TextWidth.of("Child")
        for line in doc.lines {
            if case .placement = line.target, let first = line.runs.first { room = max(room, TextWidth.of(first.text)) }
        }
        for i in copy.lines.indices {
            guard case .placement(let p) = copy.lines[i].target, Int(p) < snapshot.placements.count,
                  !copy.lines[i].runs.isEmpty else { continue }
            // A placement line starts with its child (the detail's Placements table), in a
            // column as wide as the widest reference: "Child A" where that fits, else "A"
            // (under the column's title "Child").
            let name = label(of: snapshot.placements[Int(p)].child)
            copy.lines[i].runs[0].text = TextWidth.of(name) <= room ? name : String(name.dropFirst("Child ".count))
        }
        return copy
    }

    /// A free-text word worth looking up among the children's references (a scan of them
    /// all): one with a digit, and not a clause (`inspected>=2023`, `la:leeds`).
    static func couldBeReference(_ word: some StringProtocol) -> Bool {
        word.contains(where: \.isNumber) && !word.contains(where: { ":<>=".contains($0) })
    }

    /// The query line as typed, with the digits of a `child:` clause's value, and of a
    /// word that is a child's reference, drawn as "•": one character for one, so the
    /// caret stays where it is.
    static func maskedChildValues(_ text: [Character], index: SnapshotIndex) -> [Character] {
        var out = text
        var wordStart = 0
        for i in 0...text.count {
            guard i == text.count || text[i] == " " else { continue }
            let word = String(text[wordStart..<i]).lowercased()
            let bare = word.hasPrefix("-") ? String(word.dropFirst()) : word
            if word.hasPrefix("child:") || word.hasPrefix("-child:")
                || (couldBeReference(bare) && index.child(reference: bare) != nil) {
                for j in wordStart..<i where text[j].isNumber { out[j] = "•" }
            }
            wordStart = i + 1
        }
        return out
    }

    /// Typed text with the words that could be a child reference (five digits or more)
    /// hidden: the children's query takes parts of references as plain words.
    static func withoutReferences(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.filter(\.isNumber).count >= 5 ? "(hidden)" : String(word)
        }.joined(separator: " ")
    }

    /// The help with the primer's example child reference replaced by a placeholder.
    static func redactedHelp(_ doc: DocumentState) -> DocumentState {
        var copy = doc
        for i in copy.lines.indices {
            for r in copy.lines[i].runs.indices {
                copy.lines[i].runs[r].text = copy.lines[i].runs[r].text.replacingOccurrences(of: Keymap.childExample, with: "REFERENCE")
            }
        }
        return copy
    }

    /// The label the document gives the child of a placement line (for a journey opened
    /// from it to call the child the same).
    static func labelOfPlacement(_ p: Int32, in doc: DocumentState, index: SnapshotIndex) -> String {
        let snapshot = index.snapshot
        var seen: [Int32] = []
        for line in doc.lines {
            guard case .placement(let q) = line.target, Int(q) < snapshot.placements.count else { continue }
            let child = snapshot.placements[Int(q)].child
            if !seen.contains(child) { seen.append(child) }
        }
        let child = snapshot.placements[Int(p)].child
        return label(seen.firstIndex(of: child) ?? 0)
    }

    /// A query as the title bar shows it in meeting mode: the value of a `child:` clause
    /// and a word that is a child's reference (typed or recalled) are not shown.
    static func shownQuery(_ text: String, index: SnapshotIndex) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercased()
            for prefix in ["child:", "-child:"] where lower.hasPrefix(prefix) { return prefix + "(hidden)" }
            let bare = word.hasPrefix("-") ? word.dropFirst() : word[...]
            if couldBeReference(bare), index.child(reference: String(bare)) != nil { return "(hidden)" }
            return String(word)
        }.joined(separator: " ")
    }
}
