import HomesData

/// The query line takes whatever is typed or pasted. Parsing must never crash, an error
/// must point inside the text (the caret is drawn under it), and the browser's shortcut
/// for typing (narrowing the previous answer instead of asking the whole index) must give
/// exactly what asking the whole index gives.
enum QueryFuzz {
    static func violations(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes.prefix(512), as: UTF8.self)
        let index = FuzzSnapshot.index
        var found: [String] = []
        let query: Query
        do throws(QueryError) {
            query = try Query.parse(text, index: index)
        } catch {
            if error.offset < 0 || error.offset > text.count {
                found.append("error at character \(error.offset) of a \(text.count)-character query: \(error)")
            }
            if error.rendered.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) }) {
                found.append("the rendered error holds a control character")
            }
            return found
        }
        let matched = index.matches(query)
        let selection = index.selection(query)
        if selection.count != matched.count || matched.contains(where: { selection.bitmap[Int($0)] == 0 }) {
            found.append("selection and matches disagree for \(text.debugDescription)")
        }
        if zip(matched, matched.dropFirst()).contains(where: { $0 >= $1 }) {
            found.append("matches are not in snapshot order for \(text.debugDescription)")
        }
        // Typed one character at a time: every prefix that parsed may narrow to the next.
        var previous: (Query, [Int32])?
        for end in text.indices.dropFirst() + [text.endIndex] {
            guard let prefix = try? Query.parse(String(text[..<end]), index: index) else { continue }
            let whole = index.matches(prefix)
            if let (old, homes) = previous, let narrowed = index.refine(homes, from: old, to: prefix), narrowed != whole {
                found.append("narrowing \(old.text.debugDescription) to \(prefix.text.debugDescription) gives "
                             + "\(narrowed.count) homes, the whole index \(whole.count)")
                break
            }
            previous = (prefix, whole)
        }
        return found
    }
}
