import CAtomicCounter
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Why parsing stopped: a syntax error (the file cannot be trusted past it), a
/// document that is JSON but not a snapshot, or strict mode's first problem.
/// One error type for scanner and parser keeps typed throws cheap in the hot path.
enum ParseStop: Error {
    case syntax(offset: Int, message: String)
    case notSnapshot(path: String, String)
    case strict(LoadProblem)
}

/// A run of bytes inside the input (or the scanner's scratch buffer, for strings
/// with escapes). Valid only until the scanner reads the next string.
struct ByteSlice {
    let start: UnsafePointer<UInt8>
    let count: Int

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    func equals(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == count else { return false }
        return bytes.withUnsafeBufferPointer { b in memcmp(b.baseAddress!, start, count) == 0 }
    }

    var string: String { String(decoding: buffer, as: UTF8.self) }
}

/// A JSON number as the scanner found it: its text, and its value when it is a whole
/// number that fits in 64 bits.
struct JSONNumber {
    let text: ByteSlice
    let isInteger: Bool
    let overflow: Bool
    let value: Int64
}

/// The byte-level JSON scanner shared by the snapshot loader and `JSONSyntax`.
///
/// The input must be followed by at least `JSONScanner.padding` zero bytes: a zero
/// byte is invalid everywhere in JSON, so end-of-input needs no separate check in the
/// hot loops, and strings can be scanned eight bytes at a time without running off
/// the end. Nothing here recurses: `skipValue` keeps its own bounded stack, so
/// hostile nesting ends in an error rather than a blown stack.
struct JSONScanner {
    static let padding = 64
    static let maxDepth = 512

    let base: UnsafePointer<UInt8>
    let count: Int
    var pos: Int = 0
    /// Decoded text of strings that contain escapes; grown on demand, freed by `release`.
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        scratchCapacity = 256
        scratch = .allocate(capacity: scratchCapacity)
    }

    func release() { scratch.deallocate() }

    @inline(__always) var byte: UInt8 { base[pos] }

    /// Whether the input is a read-only file mapping whose pages can be given back
    /// once read (see `releaseBehind`). Never for memory the loader owns: there,
    /// giving pages back would lose the bytes.
    var releasable = false
    /// Offset up to which the pages have been given back (or, for a piece, its start).
    var released = 0

    /// Gives back the mapped file's pages behind the cursor, every 2 MB or so, so a
    /// snapshot's bytes need not all be resident at once: what has been read is in
    /// the model by now. Giving them back loses nothing: reading there again (a
    /// record read twice, an error's line number) maps them in again from the file.
    /// The same 2 MB steps count the bytes read into `progress`, when there is one.
    @inline(__always) mutating func releaseBehind() {
        guard pos &- released >= 2 << 20 else { return }
        if let progress { homes_counter_add(progress, Int64(pos &- released)) }
        if releasable {
            let page = 4096
            let from = (released + page - 1) / page * page
            let to = pos / page * page
            if to > from { _ = madvise(UnsafeMutableRawPointer(mutating: base + from), to - from, MADV_DONTNEED) }
        }
        released = pos
    }
    /// Bytes read are added here (`ProgressCounter`); nil when nobody is watching.
    var progress: UnsafeMutablePointer<Int64>?

    /// Whether `v` lies in the input (and so stays valid), rather than in the
    /// scratch buffer the next escaped string will overwrite.
    @inline(__always) func isInInput(_ v: ByteSlice) -> Bool { v.start >= base && v.start < base + count }

    @inline(__always) mutating func skipWhitespace() {
        while true {
            let c = base[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos &+= 1 } else { return }
        }
    }

    /// Skips a UTF-8 byte-order mark, which some editors add; it is not JSON but it is harmless.
    mutating func skipByteOrderMark() {
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { pos = 3 }
    }

    // MARK: Errors

    func fail(_ message: String, at offset: Int? = nil) -> ParseStop {
        .syntax(offset: offset ?? pos, message: message)
    }

    /// How to name the byte at `offset` in a message.
    func found(at offset: Int? = nil) -> String {
        let o = offset ?? pos
        if o >= count { return "end of file" }
        let c = base[o]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        if c == 0x20 { return "a space" }
        return "byte 0x\(String(c, radix: 16, uppercase: true).leftPadded(2))"
    }

    // MARK: Structure

    @inline(__always) mutating func expect(_ c: UInt8, _ what: StaticString) throws(ParseStop) {
        skipWhitespace()
        guard base[pos] == c else { throw fail("expected \(what), found \(found())") }
        pos &+= 1
    }

    /// Consumes `{`; returns false when the object is empty (and consumes its `}`).
    mutating func beginObject() throws(ParseStop) -> Bool {
        try expect(UInt8(ascii: "{"), "'{'")
        skipWhitespace()
        if base[pos] == UInt8(ascii: "}") { pos &+= 1; return false }
        return true
    }

    /// After a member's value: consumes `,` (true, another member follows) or `}` (false).
    @inline(__always)
    mutating func nextMember() throws(ParseStop) -> Bool {
        skipWhitespace()
        let c = base[pos]
        pos &+= 1
        if c == UInt8(ascii: ",") { return true }
        if c == UInt8(ascii: "}") { return false }
        pos &-= 1
        throw fail("expected ',' or '}' after an object member, found \(found())")
    }

    mutating func beginArray() throws(ParseStop) -> Bool {
        try expect(UInt8(ascii: "["), "'['")
        skipWhitespace()
        if base[pos] == UInt8(ascii: "]") { pos &+= 1; return false }
        return true
    }

    @inline(__always)
    mutating func nextElement() throws(ParseStop) -> Bool {
        skipWhitespace()
        let c = base[pos]
        pos &+= 1
        if c == UInt8(ascii: ",") { return true }
        if c == UInt8(ascii: "]") { return false }
        pos &-= 1
        throw fail("expected ',' or ']' after an array element, found \(found())")
    }

    /// Reads `"key":`, leaving the cursor at the value.
    mutating func readKey() throws(ParseStop) -> ByteSlice {
        skipWhitespace()
        guard base[pos] == UInt8(ascii: "\"") else {
            throw fail("expected a member name in double quotes, found \(found())")
        }
        let key = try readString()
        skipWhitespace()
        guard base[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name, found \(found())") }
        pos &+= 1
        skipWhitespace()
        return key
    }

    /// Moves past `key` if the bytes at the cursor are exactly it (quotes and colon
    /// included); otherwise leaves the cursor alone. Reads up to 24 bytes ahead, which
    /// the zero padding makes safe.
    @inline(__always) mutating func skipKey(_ key: QuotedKey) -> Bool {
        let p = UnsafeRawPointer(base + pos)
        let d = ((p.loadUnaligned(as: UInt64.self) ^ key.words.0) & key.masks.0)
            | ((p.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ key.words.1) & key.masks.1)
            | ((p.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ key.words.2) & key.masks.2)
        guard d == 0, key.length > 0 else { return false }
        pos &+= key.length
        return true
    }

    /// What kind of value starts at the cursor (after whitespace), in words, for messages.
    mutating func valueKindName() -> String {
        skipWhitespace()
        switch base[pos] {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default: return found()
        }
    }

    // MARK: Scalars

    /// Reads `true`, `false` or `null` after checking the bytes; returns the first byte.
    mutating func readLiteral() throws(ParseStop) -> UInt8 {
        let c = base[pos]
        let word: StaticString
        switch c {
        case UInt8(ascii: "t"): word = "true"
        case UInt8(ascii: "f"): word = "false"
        case UInt8(ascii: "n"): word = "null"
        default: throw fail("expected a value, found \(found())")
        }
        let n = word.utf8CodeUnitCount
        for i in 0..<n where base[pos + i] != word.utf8Start[i] {
            throw fail("expected '\(word)', found \(found(at: pos + i))", at: pos + i)
        }
        pos += n
        return c
    }

    /// Reads a number by JSON's grammar. Numbers of any length are accepted
    /// syntactically; `overflow` says the value does not fit in 64 bits.
    mutating func readNumber() throws(ParseStop) -> JSONNumber {
        let start = pos
        var negative = false
        if base[pos] == UInt8(ascii: "-") { negative = true; pos &+= 1 }
        var value: Int64 = 0
        var overflow = false
        var isInteger = true
        let first = base[pos]
        if first == UInt8(ascii: "0") {
            pos &+= 1
            if base[pos] &- 48 < 10 { throw fail("numbers must not have leading zeros") }
        } else if first &- 49 < 9 {
            while true {
                let d = base[pos] &- 48
                if d >= 10 { break }
                if !overflow {
                    let (m, o1) = value.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int64(d))
                    if o1 || o2 { overflow = true } else { value = a }
                }
                pos &+= 1
            }
        } else {
            throw fail("expected a digit in a number, found \(found())")
        }
        if base[pos] == UInt8(ascii: ".") {
            pos &+= 1
            isInteger = false
            guard base[pos] &- 48 < 10 else { throw fail("expected a digit after the decimal point, found \(found())") }
            while base[pos] &- 48 < 10 { pos &+= 1 }
        }
        if base[pos] | 0x20 == UInt8(ascii: "e") {
            pos &+= 1
            isInteger = false
            if base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-") { pos &+= 1 }
            guard base[pos] &- 48 < 10 else { throw fail("expected a digit in the exponent, found \(found())") }
            while base[pos] &- 48 < 10 { pos &+= 1 }
        }
        return JSONNumber(text: ByteSlice(start: base + start, count: pos - start), isInteger: isInteger,
                          overflow: overflow, value: negative ? -value : value)
    }

    /// Reads a string at the cursor (which is on its opening quote) and returns its
    /// text, validated as UTF-8 and with escapes decoded.
    mutating func readString() throws(ParseStop) -> ByteSlice {
        let quote = pos
        pos &+= 1
        let start = pos
        while true {
            // Eight bytes at a time until something needs a look: a quote, a backslash,
            // a control byte (including the zero padding) or a non-ASCII byte.
            while true {
                let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let high: UInt64 = 0x8080_8080_8080_8080
                let quotes = w ^ (ones &* 0x22)
                let slashes = w ^ (ones &* 0x5C)
                let special = ((w &- ones &* 0x20) | (quotes &- ones) | (slashes &- ones) | w)
                    & high
                if special != 0 {
                    // The lowest flagged byte is always a real one (borrows only run
                    // upwards), so jump straight to it.
                    pos &+= special.trailingZeroBitCount >> 3
                    break
                }
                pos &+= 8
            }
            let c = base[pos]
            if c == UInt8(ascii: "\"") {
                let s = ByteSlice(start: base + start, count: pos - start)
                pos &+= 1
                return s
            } else if c == UInt8(ascii: "\\") {
                return try readEscapedString(from: start, quote: quote)
            } else if c < 0x20 {
                try controlByte(c, quote: quote)
            } else if c >= 0x80 {
                try skipUTF8Sequence()
            } else {
                pos &+= 1
            }
        }
    }

    private func controlByte(_ c: UInt8, quote: Int) throws(ParseStop) {
        if pos >= count { throw fail("unterminated string: the file ends before its closing quote", at: quote) }
        throw fail("control character \(found()) must be escaped inside a string (\\n, \\t or \\u00XX)")
    }

    /// Checks one UTF-8 sequence at the cursor (which is on a byte ≥ 0x80) and moves past it.
    @inline(__always) private mutating func skipUTF8Sequence() throws(ParseStop) {
        let c = base[pos]
        func cont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        var ok = false
        var n = 1
        if c >= 0xC2 && c < 0xE0 {
            ok = cont(base[pos + 1]); n = 2
        } else if c >= 0xE0 && c < 0xF0 {
            let b1 = base[pos + 1]
            let lo: UInt8 = c == 0xE0 ? 0xA0 : 0x80
            let hi: UInt8 = c == 0xED ? 0x9F : 0xBF
            ok = b1 >= lo && b1 <= hi && cont(base[pos + 2]); n = 3
        } else if c >= 0xF0 && c < 0xF5 {
            let b1 = base[pos + 1]
            let lo: UInt8 = c == 0xF0 ? 0x90 : 0x80
            let hi: UInt8 = c == 0xF4 ? 0x8F : 0xBF
            ok = b1 >= lo && b1 <= hi && cont(base[pos + 2]) && cont(base[pos + 3]); n = 4
        }
        guard ok else { throw fail("invalid UTF-8 (\(found())); the file must be saved as UTF-8") }
        pos &+= n
    }

    private mutating func ensureScratch(_ n: Int) {
        guard n > scratchCapacity else { return }
        var cap = scratchCapacity
        while cap < n { cap *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
        bigger.update(from: scratch, count: scratchCapacity)
        scratch.deallocate()
        scratch = bigger
        scratchCapacity = cap
    }

    /// The slow path: the string has an escape at the cursor. Decodes into scratch.
    private mutating func readEscapedString(from start: Int, quote: Int) throws(ParseStop) -> ByteSlice {
        var n = pos - start
        ensureScratch(n + 64)
        (scratch).update(from: base + start, count: n)
        while true {
            let c = base[pos]
            if c == UInt8(ascii: "\"") {
                pos &+= 1
                return ByteSlice(start: UnsafePointer(scratch), count: n)
            }
            ensureScratch(n + 8)
            if c == UInt8(ascii: "\\") {
                let e = base[pos + 1]
                var out: UInt8 = 0
                switch e {
                case UInt8(ascii: "\""): out = 0x22
                case UInt8(ascii: "\\"): out = 0x5C
                case UInt8(ascii: "/"): out = 0x2F
                case UInt8(ascii: "b"): out = 0x08
                case UInt8(ascii: "f"): out = 0x0C
                case UInt8(ascii: "n"): out = 0x0A
                case UInt8(ascii: "r"): out = 0x0D
                case UInt8(ascii: "t"): out = 0x09
                case UInt8(ascii: "u"):
                    let scalar = try readUnicodeEscape()
                    for b in UTF8.encode(scalar)! { scratch[n] = b; n += 1 }
                    continue
                default:
                    throw fail("invalid escape: \(found(at: pos + 1)) after a backslash; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: pos)
                }
                scratch[n] = out
                n += 1
                pos &+= 2
            } else if c < 0x20 {
                try controlByte(c, quote: quote)
            } else if c >= 0x80 {
                let before = pos
                try skipUTF8Sequence()
                for i in before..<pos { scratch[n] = base[i]; n += 1 }
            } else {
                scratch[n] = c
                n += 1
                pos &+= 1
            }
        }
    }

    /// Reads `\uXXXX` (and the low half of a surrogate pair). Lone surrogates are
    /// refused: they cannot be stored as Unicode text, and replacing them would
    /// silently change a record.
    private mutating func readUnicodeEscape() throws(ParseStop) -> Unicode.Scalar {
        let at = pos
        let high = try hex4(at: pos + 2)
        pos += 6
        if high >= 0xD800 && high < 0xDC00 {
            guard base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else {
                throw fail("lone surrogate \\u\(String(high, radix: 16)) (a high surrogate must be followed by a low one); such text is not valid Unicode", at: at)
            }
            let low = try hex4(at: pos + 2)
            guard low >= 0xDC00 && low < 0xE000 else {
                throw fail("lone surrogate \\u\(String(high, radix: 16)) (followed by \\u\(String(low, radix: 16)), not a low surrogate); such text is not valid Unicode", at: at)
            }
            pos += 6
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        if high >= 0xDC00 && high < 0xE000 {
            throw fail("lone surrogate \\u\(String(high, radix: 16)) (a low surrogate with no high one before it); such text is not valid Unicode", at: at)
        }
        return Unicode.Scalar(high)!
    }

    private func hex4(at o: Int) throws(ParseStop) -> UInt32 {
        var v: UInt32 = 0
        for i in o..<(o + 4) {
            let c = base[i]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - 48
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - 87
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - 55
            default: throw fail("expected four hex digits after \\u, found \(found(at: i))", at: i)
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    // MARK: Whole values

    /// Skips one complete value of any kind, checking its syntax. Iterative, with
    /// nesting limited to `maxDepth`.
    mutating func skipValue() throws(ParseStop) {
        skipWhitespace()
        var stack: [Bool] = []  // true: inside an object
        while true {
            // A value starts here.
            skipWhitespace()
            var descended = false
            switch base[pos] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = base[pos] == UInt8(ascii: "{")
                pos &+= 1
                skipWhitespace()
                if base[pos] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos &+= 1
                } else {
                    if stack.count >= JSONScanner.maxDepth {
                        throw fail("nesting deeper than \(JSONScanner.maxDepth) levels; a snapshot never nests like this")
                    }
                    stack.append(isObject)
                    if isObject { _ = try readKey() }
                    descended = true
                }
            case UInt8(ascii: "\""): _ = try readString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try readNumber()
            default: _ = try readLiteral()
            }
            if descended { continue }
            // A value ended: close containers until one has another element.
            while let isObject = stack.last {
                if isObject {
                    if try nextMember() { _ = try readKey(); break }
                } else {
                    if try nextElement() { break }
                }
                stack.removeLast()
            }
            if stack.isEmpty { return }
        }
    }

    /// After the document's value: only whitespace may follow.
    mutating func expectEnd() throws(ParseStop) {
        skipWhitespace()
        if pos < count { throw fail("unexpected \(found()) after the end of the JSON document") }
    }

    /// Line and column (1-based, column counted in characters) of a byte offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(offset, count)
        var i = 0
        while i < end {
            if base[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        var column = 1
        for j in lineStart..<end where base[j] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    var printableASCII: String {
        unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }
}
