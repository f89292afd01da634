/// Splits query text into clauses with their character spans, without deciding
/// what the values mean. The parser and `QueryEditing` share it, so the filter panel
/// edits exactly the clauses the parser sees.
struct QueryLexer {
    enum Operator: Equatable { case colon, greaterOrEqual, greater, lessOrEqual, less }

    struct Value: Equatable {
        var text: String
        /// Character offsets of the value, quotes included.
        var span: Range<Int>
        var quoted: Bool
    }

    struct Clause: Equatable {
        /// The whole clause, from the `-` (if any) to the end of its last value.
        var span: Range<Int>
        var negated: Bool
        /// Nil for free text.
        var fieldName: String?
        var fieldSpan: Range<Int>
        var op: Operator
        var opOffset: Int
        /// The alternatives (`a,b`); exactly one for free text.
        var values: [Value]
    }

    struct Failure: Error { var message: String; var offset: Int; var suggestion: String? = nil }

    let chars: [Character]

    init(_ text: String) { chars = Array(text) }

    /// Every clause, stopping at the first error. `lenient` skips over errors
    /// instead (for editing a query that is still being typed).
    func clauses(lenient: Bool = false) -> (clauses: [Clause], failure: Failure?) {
        var out: [Clause] = []
        var firstFailure: Failure?
        var pos = 0
        func fail(_ message: String, _ offset: Int, suggestion: String? = nil) -> Bool {
            if firstFailure == nil { firstFailure = Failure(message: message, offset: offset, suggestion: suggestion) }
            return lenient
        }
        while true {
            while pos < chars.count, chars[pos].isWhitespace { pos += 1 }
            guard pos < chars.count else { break }
            let start = pos
            var negated = false
            if chars[pos] == "-" {
                negated = true
                pos += 1
                if pos == chars.count || chars[pos].isWhitespace {
                    if fail("a '-' must be followed by what to exclude, e.g. -type:secure", start) { continue }
                    break
                }
            }
            // A field clause is letters followed by ':', '=', '<' or '>'; words of letters
            // may be joined by '-' (`placed-by:`, the children's fields).
            let idStart = pos
            while pos < chars.count, chars[pos].isLetter, chars[pos].isASCII {
                pos += 1
                if pos + 1 < chars.count, chars[pos] == "-", chars[pos + 1].isLetter, chars[pos + 1].isASCII { pos += 1 }
            }
            if pos > idStart, pos < chars.count, ":=<>".contains(chars[pos]) {
                let fieldName = String(chars[idStart..<pos])
                let opOffset = pos
                let op: Operator
                if chars[pos] == ":" || chars[pos] == "=" {
                    pos += 1
                    if pos < chars.count, chars[pos] == ">" || chars[pos] == "<" {
                        op = readComparison(&pos)
                    } else {
                        op = .colon
                    }
                } else {
                    op = readComparison(&pos)
                }
                var values: [Value] = []
                var ok = true
                repeat {
                    if pos < chars.count, chars[pos] == "," { pos += 1 }
                    let valueStart = pos
                    if pos < chars.count, chars[pos] == "\"" {
                        guard let close = chars[(pos + 1)...].firstIndex(of: "\"") else {
                            ok = fail("this quote is never closed", valueStart)
                            if ok { values.append(Value(text: String(chars[(pos + 1)...]), span: valueStart..<chars.count, quoted: true)) }
                            pos = chars.count
                            break
                        }
                        values.append(Value(text: String(chars[(pos + 1)..<close]), span: valueStart..<(close + 1), quoted: true))
                        pos = close + 1
                    } else {
                        while pos < chars.count, !chars[pos].isWhitespace, !(op == .colon && chars[pos] == ","), chars[pos] != "\"" { pos += 1 }
                        if pos == valueStart, values.isEmpty, QueryField(name: fieldName) == nil {
                            // `occupancyy:` is wrong in its name before it lacks a value.
                            ok = fail("unknown field '\(fieldName)'", idStart,
                                      suggestion: EditDistance.nearest(fieldName, in: QueryField.allNames))
                            break
                        }
                        if pos == valueStart {
                            let what = values.isEmpty ? "a value after '\(fieldName)\(String(chars[opOffset..<valueStart]))'" : "another value after ','"
                            ok = fail("expected \(what)", valueStart)
                            break
                        }
                        values.append(Value(text: String(chars[valueStart..<pos]), span: valueStart..<pos, quoted: false))
                    }
                } while op == .colon && pos < chars.count && chars[pos] == ","
                if !ok && !lenient { break }
                if pos < chars.count, !chars[pos].isWhitespace {
                    if !fail("expected a space before the next clause", pos) { break }
                    while pos < chars.count, !chars[pos].isWhitespace { pos += 1 }
                }
                if !values.isEmpty {
                    out.append(Clause(span: start..<pos, negated: negated, fieldName: fieldName, fieldSpan: idStart..<opOffset,
                                      op: op, opOffset: opOffset, values: values))
                }
                continue
            }
            // Free text: a quoted phrase or a word up to the next space.
            pos = idStart
            if chars[pos] == "\"" {
                guard let close = chars[(pos + 1)...].firstIndex(of: "\"") else {
                    if fail("this quote is never closed", pos) {
                        out.append(Clause(span: start..<chars.count, negated: negated, fieldName: nil, fieldSpan: pos..<pos, op: .colon,
                                          opOffset: pos, values: [Value(text: String(chars[(pos + 1)...]), span: pos..<chars.count, quoted: true)]))
                        pos = chars.count
                        continue
                    }
                    break
                }
                out.append(Clause(span: start..<(close + 1), negated: negated, fieldName: nil, fieldSpan: pos..<pos, op: .colon,
                                  opOffset: pos, values: [Value(text: String(chars[(pos + 1)..<close]), span: pos..<(close + 1), quoted: true)]))
                pos = close + 1
            } else {
                while pos < chars.count, !chars[pos].isWhitespace { pos += 1 }
                out.append(Clause(span: start..<pos, negated: negated, fieldName: nil, fieldSpan: idStart..<idStart, op: .colon,
                                  opOffset: idStart, values: [Value(text: String(chars[idStart..<pos]), span: idStart..<pos, quoted: false)]))
            }
        }
        return (out, firstFailure)
    }

    private func readComparison(_ pos: inout Int) -> Operator {
        let c = chars[pos]
        pos += 1
        let orEqual = pos < chars.count && chars[pos] == "="
        if orEqual { pos += 1 }
        return c == ">" ? (orEqual ? .greaterOrEqual : .greater) : (orEqual ? .lessOrEqual : .less)
    }
}
