/// Plain JSON syntax checking (RFC 8259), with the scanner the snapshot loader uses,
/// so the JSON test corpus exercises the loader's own code.
public enum JSONSyntax {
    /// Where a document stops being JSON and what was expected there.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var offset: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Checks that `bytes` hold exactly one JSON value (whitespace around it allowed;
    /// a UTF-8 byte-order mark at the start is skipped, as the loader does).
    public static func validate(_ bytes: [UInt8]) -> Failure? {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + JSONScanner.padding)
        defer { buffer.deallocate() }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { buffer.update(from: base, count: b.count) }
        }
        (buffer + bytes.count).initialize(repeating: 0, count: JSONScanner.padding)
        var scanner = JSONScanner(base: buffer, count: bytes.count)
        defer { scanner.release() }
        scanner.skipByteOrderMark()
        do {
            try scanner.skipValue()
            try scanner.expectEnd()
            return nil
        } catch {
            guard case let .syntax(offset, message) = error else { return nil }
            let (line, column) = scanner.lineAndColumn(of: offset)
            return Failure(line: line, column: column, offset: offset, message: message)
        }
    }
}
