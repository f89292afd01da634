#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FoldedColumn {
    /// The same order as `sortedOrder(tieBreak: nil)` (folded bytes, shorter first, then
    /// by index), sorted by each value's first eight bytes as one integer with a radix
    /// sort, then only runs sharing those eight bytes compared in full. A million child
    /// references ("C" and seven digits) took most of a second to sort by comparisons.
    ///
    /// Each of the eight positions holds only the bytes some value has there (ten
    /// digits, say), so the integer counts in those: position by position, each byte
    /// replaced by its place among them (order kept). "C" and seven digits make 10^7
    /// keys, 24 bits: two passes of the radix sort instead of eight.
    func sortedOrderByPrefix() -> [Int32] {
        let n = count
        var keys = [UInt64](repeating: 0, count: n)
        var order = (0..<Int32(n)).map { $0 }
        var anyLonger = false
        // Which bytes occur at each position (0: the value has ended).
        var code = [UInt64](repeating: 0, count: 8 * 256)
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                for i in 0..<n {
                    let lo = Int(starts[i]), length = Int(starts[i + 1]) - 1 - lo
                    for j in 0..<8 { code[j &* 256 &+ (j < length ? Int(hay[lo &+ j]) : 0)] = 1 }
                    if length > 8 { anyLonger = true }
                }
            }
        }
        // Each byte's place among those at its position, and how many there are; the
        // product of the counts is the number of keys (plain bytes if it would overflow).
        var radix = [UInt64](repeating: 256, count: 8)
        var product: UInt64 = 1, overflow = false
        for j in 0..<8 {
            var used: UInt64 = 0
            for b in 0..<256 where code[j * 256 + b] != 0 { code[j * 256 + b] = used; used += 1 }
            radix[j] = max(1, used)
            let (p, o) = product.multipliedReportingOverflow(by: radix[j])
            product = p
            overflow = overflow || o
        }
        if overflow {
            for j in 0..<8 { radix[j] = 256; for b in 0..<256 { code[j * 256 + b] = UInt64(b) } }
        }
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                code.withUnsafeBufferPointer { code in
                    for i in 0..<n {
                        let lo = Int(starts[i]), length = Int(starts[i + 1]) - 1 - lo
                        var key: UInt64 = 0
                        for j in 0..<8 { key = key &* radix[j] &+ code[j &* 256 &+ (j < length ? Int(hay[lo &+ j]) : 0)] }
                        keys[i] = key
                    }
                }
            }
        }
        let bits = overflow ? 64 : 64 - (product - 1).leadingZeroBitCount
        Self.radixSort(&keys, carrying: &order, bits: bits)
        guard anyLonger else { return order }
        // Values sharing their first eight bytes, where one is longer: ordered in full.
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                let base = hay.baseAddress!
                var i = 0
                while i < n {
                    var j = i + 1
                    while j < n, keys[j] == keys[i] { j += 1 }
                    if j - i > 1 {
                        order[i..<j].sort { a, b in
                            let aLo = Int(starts[Int(a)]), aLength = Int(starts[Int(a) + 1]) - 1 - aLo
                            let bLo = Int(starts[Int(b)]), bLength = Int(starts[Int(b) + 1]) - 1 - bLo
                            let c = memcmp(base + aLo, base + bLo, min(aLength, bLength))
                            if c != 0 { return c < 0 }
                            return aLength != bLength ? aLength < bLength : a < b
                        }
                    }
                    i = j
                }
            }
        }
        return order
    }

    /// A stable least-significant-digit-first radix sort of `keys` (below 2^bits),
    /// moving `values` with them: as few passes of up to 12 bits as cover the bits,
    /// and a digit every key shares skipped.
    static func radixSort(_ keys: inout [UInt64], carrying values: inout [Int32], bits: Int = 64) {
        let n = keys.count
        guard n > 1, bits > 0 else { return }
        let passes = (bits + 11) / 12
        let digit = (bits + passes - 1) / passes
        let mask = (UInt64(1) << UInt64(digit)) - 1
        var otherKeys = [UInt64](repeating: 0, count: n)
        var otherValues = [Int32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 1 << digit)
        for pass in 0..<passes {
            let shift = UInt64(pass * digit)
            for b in counts.indices { counts[b] = 0 }
            keys.withUnsafeBufferPointer { k in
                counts.withUnsafeMutableBufferPointer { counts in for v in k { counts[Int((v >> shift) & mask)] += 1 } }
            }
            if counts.contains(n) { continue }
            var sum = 0
            for b in counts.indices { let c = counts[b]; counts[b] = sum; sum += c }
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    otherKeys.withUnsafeMutableBufferPointer { ok in
                        otherValues.withUnsafeMutableBufferPointer { ov in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for i in 0..<n {
                                    let b = Int((k[i] >> shift) & mask)
                                    let to = counts[b]
                                    ok[to] = k[i]
                                    ov[to] = v[i]
                                    counts[b] = to + 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&values, &otherValues)
        }
    }
}
