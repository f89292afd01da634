#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FoldedColumn {
    /// The same order as `sortedOrder(tieBreak: nil)` (folded bytes, shorter first, then
    /// by index), sorted by each value's first eight bytes as one integer with a radix
    /// sort, then only runs sharing those eight bytes compared in full. A million child
    /// references ("C" and seven digits) took most of a second to sort by comparisons;
    /// eight bytes tell them all apart.
    func sortedOrderByPrefix() -> [Int32] {
        let n = count
        var keys = [UInt64](repeating: 0, count: n)
        var order = (0..<Int32(n)).map { $0 }
        var anyLonger = false
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                for i in 0..<n {
                    let lo = Int(starts[i]), length = Int(starts[i + 1]) - 1 - lo
                    var key: UInt64 = 0
                    for j in 0..<8 { key = key << 8 | (j < length ? UInt64(hay[lo + j]) : 0) }
                    keys[i] = key
                    if length > 8 { anyLonger = true }
                }
            }
        }
        Self.radixSort(&keys, carrying: &order)
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

    /// A stable least-significant-byte-first radix sort of `keys`, moving `values` with
    /// them; a byte every key shares is skipped.
    static func radixSort(_ keys: inout [UInt64], carrying values: inout [Int32]) {
        let n = keys.count
        guard n > 1 else { return }
        var otherKeys = [UInt64](repeating: 0, count: n)
        var otherValues = [Int32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            for b in 0..<256 { counts[b] = 0 }
            keys.withUnsafeBufferPointer { k in for v in k { counts[Int((v >> shift) & 0xFF)] += 1 } }
            if counts.contains(n) { continue }
            var sum = 0
            for b in 0..<256 { let c = counts[b]; counts[b] = sum; sum += c }
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    otherKeys.withUnsafeMutableBufferPointer { ok in
                        otherValues.withUnsafeMutableBufferPointer { ov in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for i in 0..<n {
                                    let b = Int((k[i] >> shift) & 0xFF)
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
