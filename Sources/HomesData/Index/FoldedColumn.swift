#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One text field of every home, folded and laid end to end in one byte buffer:
/// `0 h0 0 h1 0 … hN 0`. Searching a word is then a single `memmem` pass over
/// contiguous memory instead of a hundred thousand String comparisons, and the zero
/// separators mean a match never spans two homes and a needle that starts with 0
/// matches only at the start of a field (prefix search).
struct FoldedColumn: Sendable {
    /// The separated, folded bytes.
    let bytes: [UInt8]
    /// `starts[i]` is the offset of home i's first byte; `starts[count]` is one past
    /// the last separator, so home i spans `starts[i] ..< starts[i+1] - 1`.
    let starts: [Int32]

    init(count: Int, reserve: Int = 0, _ text: (Int) -> String?) {
        var bytes: [UInt8] = [0]
        bytes.reserveCapacity(reserve > 0 ? reserve : count * 16 + 1)
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            starts.append(Int32(bytes.count))
            if let t = text(i) { TextFolding.append(t, to: &bytes) }
            bytes.append(0)
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    func isEmpty(_ home: Int) -> Bool { starts[home + 1] - starts[home] == 1 }

    /// The folded bytes of one home.
    func slice(_ home: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[home])..<Int(starts[home + 1]) - 1]
    }

    /// Sets `hits[i] = 1` for every home whose field contains `needle` (any bytes,
    /// including leading/trailing 0 for prefix/exact matching).
    func markMatches(_ needle: [UInt8], into hits: UnsafeMutableBufferPointer<UInt8>) {
        guard !needle.isEmpty else { return }
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { n in
                    let end = hay.count
                    var from = 0
                    while from < end {
                        guard let at = FoldedColumn.find(n, in: hay, from: from, to: end) else { return }
                        // The home owning byte `at`: the last start <= at (a leading 0 of the
                        // needle belongs to the previous separator, so look at its first byte).
                        let probe = needle[0] == 0 ? at + 1 : at
                        var lo = 0, hi = starts.count - 1
                        while lo < hi {
                            let mid = (lo + hi + 1) >> 1
                            if Int(starts[mid]) <= probe { lo = mid } else { hi = mid - 1 }
                        }
                        guard lo < count else { return }
                        hits[lo] = 1
                        from = Int(starts[lo + 1]) - 1 // resume at this home's closing separator
                        if from <= at { from = at + 1 }
                    }
                }
            }
        }
    }

    /// Whether one home's field contains `needle` (used when few candidates remain).
    func contains(_ needle: [UInt8], home: Int) -> Bool {
        let lo = Int(starts[home]) - (needle.first == 0 ? 1 : 0)
        let hi = Int(starts[home + 1]) - (needle.last == 0 ? 0 : 1)
        guard hi - lo >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                FoldedColumn.find(n, in: hay, from: lo, to: hi) != nil
            }
        }
    }

    /// The first offset in `from ..< to` where `needle` occurs: memchr (vectorised in
    /// libc) to the next candidate first byte, then memcmp for the rest. glibc's
    /// memmem would do, but Swift's Glibc module does not export it.
    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = needle.count
        guard m > 0, to - from >= m else { return nil }
        let base = hay.baseAddress!
        let first = Int32(needle[0])
        let rest = needle.baseAddress! + 1
        var at = from
        let last = to - m // last possible start
        while at <= last {
            guard let p = memchr(base + at, first, last - at + 1) else { return nil }
            let found = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if m == 1 || memcmp(base + found + 1, rest, m - 1) == 0 { return found }
            at = found + 1
        }
        return nil
    }
}
