/// The generator's own pseudo-random numbers: xoshiro256** seeded through SplitMix64.
///
/// A snapshot must come out byte for byte the same from the same seed on every
/// machine and every Swift release, so nothing here touches the system generator,
/// Swift's unspecified `Random` algorithms or libm: only integer arithmetic and
/// IEEE double operations, which are exact and portable.
struct SyntheticRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// An independent stream for one part of the generation, so adding draws to one
    /// part does not reshuffle every other part.
    init(seed: UInt64, stream: UInt64) {
        self.init(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in 0..<bound (Lemire's multiply-shift; the tiny bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Approximately standard normal (Irwin–Hall of four uniforms, rescaled): close
    /// enough for drifting ratings, and free of libm.
    mutating func normal() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 1.7320508075688772
    }

    /// An index drawn with the given relative weights.
    mutating func pick(weights: [Double]) -> Int {
        var total = 0.0
        for w in weights { total += w }
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            r -= w
            if r < 0 { return i }
        }
        return weights.count - 1
    }

    mutating func element<T>(of array: [T]) -> T { array[below(array.count)] }

    mutating func shuffle<T>(_ a: inout [T], range: Range<Int>) {
        var i = range.upperBound - 1
        while i > range.lowerBound {
            let j = range.lowerBound + below(i - range.lowerBound + 1)
            a.swapAt(i, j)
            i -= 1
        }
    }
}

/// A precomputed weighted choice for hot loops: cumulative weights and a binary search.
struct WeightedTable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var c: [Double] = []
        c.reserveCapacity(weights.count)
        var total = 0.0
        for w in weights { total += w; c.append(total) }
        cumulative = c
    }

    func pick(_ rng: inout SyntheticRandom) -> Int {
        let r = rng.unit() * (cumulative.last ?? 0)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
