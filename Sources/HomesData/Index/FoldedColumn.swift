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

    /// A column of already-folded bytes (one home's value chosen from other columns).
    init(count: Int, folded: (Int) -> ArraySlice<UInt8>) {
        var bytes: [UInt8] = [0]
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: folded(i))
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
                    var home = 0
                    while from < end {
                        guard let at = FoldedColumn.find(n, in: hay, from: from, to: end) else { return }
                        // The home owning byte `at` (a leading 0 of the needle belongs to the
                        // previous separator, so look at its first byte): hits only move
                        // forward, so gallop from the last home found, then bisect.
                        let probe = needle[0] == 0 ? at + 1 : at
                        var step = 1
                        while home + step < starts.count, Int(starts[home + step]) <= probe { home += step; step <<= 1 }
                        var lo = home, hi = min(home + step, starts.count - 1)
                        while lo < hi {
                            let mid = (lo + hi + 1) >> 1
                            if Int(starts[mid]) <= probe { lo = mid } else { hi = mid - 1 }
                        }
                        home = lo
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

    /// The first offset in `from ..< to` where `needle` occurs. Sixteen positions
    /// at a time are filtered on the needle's first two bytes with SIMD compares (what
    /// glibc's memmem does; Swift's Glibc module does not export it), and only
    /// positions passing both are compared in full.
    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = needle.count
        guard m > 0, to - from >= m else { return nil }
        let base = hay.baseAddress!
        let last = to - m // last possible start
        if m == 1 {
            guard let p = memchr(base + from, Int32(needle[0]), last - from + 1) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        // Candidates are positions where both the needle's first and its last byte
        // match (W. Muła's SIMD substring search): a first and a second byte alone
        // match far too often ("sc" begins every URN), the two ends rarely together.
        let firstByte = needle[0], lastByte = needle[m - 1]
        let first = SIMD16<UInt8>(repeating: firstByte), lastOnes = SIMD16<UInt8>(repeating: lastByte)
        let middle = needle.baseAddress! + 1, middleCount = m - 2
        @inline(__always) func middleMatches(_ at: Int) -> Bool {
            var k = 0
            while k < middleCount {
                if base[at + 1 + k] != middle[k] { return false }
                k += 1
            }
            return true
        }
        let raw = UnsafeRawPointer(base)
        var i = from
        // Loads reach i+m-1+15, which is <= last+m-1 = to-1: inside the buffer.
        while i + 15 <= last {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i + m - 1, as: SIMD16<UInt8>.self)
            let hit = (a .== first) .& (b .== lastOnes)
            if any(hit) {
                for j in 0..<16 where hit[j] {
                    if middleMatches(i + j) { return i + j }
                }
            }
            i += 16
        }
        while i <= last {
            if base[i] == firstByte, base[i + m - 1] == lastByte, middleMatches(i) { return i }
            i += 1
        }
        return nil
    }

    /// Homes in byte order of this column (memcmp, so folded text compares as
    /// plain ASCII would), ties by `tieBreak` rank if given, else by home index.
    func sortedOrder(tieBreak: [Int32]?) -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                let base = hay.baseAddress!
                func less(_ a: Int32, _ b: Int32) -> Bool {
                    let aLo = Int(starts[Int(a)]), aLen = Int(starts[Int(a) + 1]) - 1 - aLo
                    let bLo = Int(starts[Int(b)]), bLen = Int(starts[Int(b) + 1]) - 1 - bLo
                    let c = memcmp(base + aLo, base + bLo, min(aLen, bLen))
                    if c != 0 { return c < 0 }
                    if aLen != bLen { return aLen < bLen }
                    if let tieBreak { return tieBreak[Int(a)] < tieBreak[Int(b)] }
                    return a < b
                }
                order.sort(by: less)
            }
        }
        return order
    }
}
