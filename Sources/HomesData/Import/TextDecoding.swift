/// How a file's bytes were turned into text. Ofsted's exports come as UTF-8, UTF-8
/// with a byte-order mark (Excel's "CSV UTF-8"), or Windows-1252 (Excel's plain
/// "CSV"), and nothing in the file says which: the import report names the one used
/// so a user can tell why an accented name looks the way it does.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with byte-order mark"
    case windows1252 = "Windows-1252"
}

/// Turns a file's bytes into UTF-8, detecting the encoding per file.
///
/// Valid UTF-8 (after an optional byte-order mark) is taken as it is; anything else
/// is read as Windows-1252, which maps every byte to some character, so no file is
/// refused for its encoding. Bytes that Windows-1252 leaves undefined (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D) become U+FFFD and are counted.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var encoding: TextEncoding
        /// Bytes with no Windows-1252 meaning, replaced by U+FFFD.
        public var undefinedBytes: Int
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = hasBOM ? Array(bytes[3...]) : bytes
        if isValidUTF8(body) {
            return Decoded(utf8: body, encoding: hasBOM ? .utf8WithBOM : .utf8, undefinedBytes: 0)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var undefined = 0
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32
            if b >= 0xA0 {
                scalar = UInt32(b)
            } else if let mapped = windows1252High[Int(b - 0x80)] {
                scalar = mapped
            } else {
                scalar = 0xFFFD
                undefined += 1
            }
            appendUTF8(scalar, to: &out)
        }
        return Decoded(utf8: out, encoding: .windows1252, undefinedBytes: undefined)
    }

    /// Strict UTF-8 check (no overlongs, no surrogates, nothing past U+10FFFF); ASCII
    /// runs, which are nearly all of a CSV, take the fast path.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b0 = p[i]
                if b0 < 0x80 { i += 1; continue }
                func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
                switch b0 {
                case 0xC2...0xDF:
                    guard cont(1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    guard cont(1), cont(2) else { return false }
                    let b1 = p[i + 1]
                    if b0 == 0xE0 && b1 < 0xA0 { return false }
                    if b0 == 0xED && b1 > 0x9F { return false }
                    i += 3
                case 0xF0...0xF4:
                    guard cont(1), cont(2), cont(3) else { return false }
                    let b1 = p[i + 1]
                    if b0 == 0xF0 && b1 < 0x90 { return false }
                    if b0 == 0xF4 && b1 > 0x8F { return false }
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Windows-1252's 0x80–0x9F (where it differs from Latin-1); nil where undefined.
    static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}
