#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Maps byte strings to dense indices (0, 1, 2, …) without making a `String` to look
/// one up: open addressing over the raw bytes, a cheap multiplicative hash, a hash tag
/// in each slot, and every key's bytes in one arena. Swift's `Dictionary<String, _>`
/// was the loader's bottleneck (hashing with SipHash and creating a `String` per
/// lookup); this finds a repeat without allocating anything.
struct InternTable {
    /// Each slot: hash tag in the high 32 bits, index + 1 in the low 32 (0 = empty).
    private var slots: [UInt64]
    private var mask: Int
    private var arena: [UInt8] = []
    /// Start of each key in `arena`; key i is `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// The `String` of each key, made once when it is first seen.
    private(set) var strings: [String] = []
    /// Each key's hash, so growing never rehashes.
    private var hashes: [UInt64] = []

    init(expectedCount: Int = 16) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        strings.reserveCapacity(expectedCount)
        starts.reserveCapacity(expectedCount + 1)
    }

    var count: Int { strings.count }

    @inline(__always) static func hash(_ s: ByteSlice) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(s.count)
        var p = UnsafeRawPointer(s.start)
        var n = s.count
        while n >= 8 {
            h = (h ^ p.loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            p += 8
            n -= 8
        }
        if n > 0 {
            var tail: UInt64 = 0
            withUnsafeMutableBytes(of: &tail) { t in t.baseAddress!.copyMemory(from: p, byteCount: n) }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 32
        return h &* 0xC4CE_B9FE_1A85_EC53
    }

    /// The index of `key`, if it has been added.
    func find(_ key: ByteSlice) -> Int32? {
        let h = InternTable.hash(key)
        let tag = h >> 32
        var i = Int(truncatingIfNeeded: h) & mask
        return arena.withUnsafeBufferPointer { a in
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if slot >> 32 == tag {
                    let index = Int(slot & 0xFFFF_FFFF) - 1
                    let start = starts[index]
                    if starts[index + 1] - start == key.count,
                       key.count == 0 || memcmp(a.baseAddress! + start, key.start, key.count) == 0 {
                        return Int32(index)
                    }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The index of `key`, adding it (and making its `String`) if new.
    mutating func intern(_ key: ByteSlice) -> Int32 {
        if let i = find(key) { return i }
        return add(key)
    }

    /// Adds a key known to be absent.
    @discardableResult
    mutating func add(_ key: ByteSlice) -> Int32 {
        if (strings.count + 1) * 2 > slots.count { grow() }
        let index = strings.count
        arena.append(contentsOf: key.buffer)
        starts.append(arena.count)
        strings.append(key.string)
        let h = InternTable.hash(key)
        hashes.append(h)
        place(hash: h, index: index)
        return Int32(index)
    }

    /// Adds a key known to be absent, from a `String`.
    @discardableResult
    mutating func add(_ string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { u in
            let start = u.baseAddress ?? UnsafePointer(bitPattern: 1)!
            return add(ByteSlice(start: start, count: u.count))
        }
    }

    private mutating func place(hash h: UInt64, index: Int) {
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = (h >> 32) << 32 | UInt64(index + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for index in 0..<hashes.count { place(hash: hashes[index], index: index) }
    }
}
