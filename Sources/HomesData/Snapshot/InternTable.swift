import CPrefetch
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// A key's prefix and hash, computed ahead of its look-up (see `InternTable.prefetch`).
struct InternHash {
    let prefix: UInt64
    let hash: UInt64
}

/// Maps byte strings to dense indices (0, 1, 2, …) without making a `String` to look
/// one up: open addressing over the raw bytes, a cheap multiplicative hash, a hash tag
/// in each slot, and every key's bytes in one arena. Swift's `Dictionary<String, _>`
/// was the loader's bottleneck (hashing with SipHash and creating a `String` per
/// lookup); this finds a repeat without allocating anything.
struct InternTable {
    /// Two words per slot: the key's prefix, then its check (see `check`, high 32
    /// bits) and index + 1 (low 32; 0 = empty). Keeping the prefix and the length in
    /// the slot makes a look-up of a short key one cache miss, not two, in tables of
    /// millions of keys.
    private var slots: SlotMemory
    private var mask: Int
    private var arena: [UInt8] = []
    /// Start of each key in `arena`; key i is `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// The `String` of each key, made once when it is first seen.
    private(set) var strings: [String] = []

    init(expectedCount: Int = 16) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = SlotMemory(words: 2 * size)
        mask = size - 1
        strings.reserveCapacity(expectedCount)
        starts.reserveCapacity(expectedCount + 1)
        arena.reserveCapacity(expectedCount * 8)
    }

    var count: Int { strings.count }

    /// The first (up to) eight bytes of a key, zero-extended: most keys (URNs, child
    /// references, codes) fit, and then one integer comparison confirms a match.
    @inline(__always) static func prefix(_ s: ByteSlice) -> UInt64 {
        if s.count >= 8 { return UnsafeRawPointer(s.start).loadUnaligned(as: UInt64.self) }
        var v: UInt64 = 0
        var i = 0
        while i < s.count { v |= UInt64(s.start[i]) << (8 * UInt64(i)); i += 1 }
        return v
    }

    @inline(__always) static func hash(_ s: ByteSlice, prefix: UInt64) -> UInt64 {
        var h = (prefix ^ UInt64(truncatingIfNeeded: s.count) &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
        if s.count > 8 {
            var p = UnsafeRawPointer(s.start) + 8
            var n = s.count - 8
            while n >= 8 {
                h = (h ^ (h >> 29) ^ p.loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                p += 8
                n -= 8
            }
            var tail: UInt64 = 0
            var i = 0
            while i < n { tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(i)); i += 1 }
            h = (h ^ (h >> 29) ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 32
        return h &* 0xC4CE_B9FE_1A85_EC53
    }

    static func hash(_ s: ByteSlice) -> UInt64 { hash(s, prefix: prefix(s)) }

    /// The index of `key`, if it has been added.
    @inline(__always) func find(_ key: ByteSlice) -> Int32? {
        let p = InternTable.prefix(key)
        return find(key, prefix: p, hash: InternTable.hash(key, prefix: p))
    }

    /// What a slot keeps of a key besides its prefix: 24 bits of its hash and its
    /// length (255 for 255 bytes or more). Equal prefixes and checks prove a key of
    /// up to eight bytes equal without reading anything else.
    @inline(__always) static func check(_ h: UInt64, _ count: Int) -> UInt64 {
        (h >> 40) << 8 | UInt64(min(count, 255))
    }

    @inline(__always) private func find(_ key: ByteSlice, prefix: UInt64, hash h: UInt64) -> Int32? {
        let want = InternTable.check(h, key.count)
        var i = Int(truncatingIfNeeded: h) & mask
        let slots = self.slots.words
        while true {
            let word = slots[2 * i + 1]
            if word == 0 { return nil }
            if word >> 32 == want && slots[2 * i] == prefix {
                let index = Int(word & 0xFFFF_FFFF) - 1
                if key.count <= 8 { return Int32(index) }
                let start = starts[index]
                if starts[index + 1] - start == key.count && restEqual(start, key) { return Int32(index) }
            }
            i = (i + 1) & mask
        }
    }

    private func restEqual(_ start: Int, _ key: ByteSlice) -> Bool {
        arena.withUnsafeBufferPointer { a in
            memcmp(a.baseAddress! + start + 8, key.start + 8, key.count - 8) == 0
        }
    }

    /// Hashes `key` and starts fetching its slot into the cache, so that `intern(_:_:)`
    /// a little later finds it there: in a table of a million children nearly every
    /// look-up misses the cache, and the wait can overlap other parsing.
    @inline(__always) func prefetch(_ key: ByteSlice) -> InternHash {
        let p = InternTable.prefix(key)
        let h = InternTable.hash(key, prefix: p)
        prefetchSlot(h)
        return InternHash(prefix: p, hash: h)
    }

    @inline(__always) private func prefetchSlot(_ h: UInt64) {
        homes_prefetch(slots.words + 2 * (Int(truncatingIfNeeded: h) & mask))
    }

    /// `intern(_:)` with the hash `prefetch` computed.
    @inline(__always) mutating func intern(_ key: ByteSlice, _ hashed: InternHash) -> Int32 {
        if let i = find(key, prefix: hashed.prefix, hash: hashed.hash) { return i }
        return add(key, prefix: hashed.prefix, hash: hashed.hash)
    }

    /// Interns every key of `other`, in its order; returns each one's index here.
    /// Fetches slots a few keys ahead, since nearly all of them miss the cache.
    mutating func intern(all other: InternTable) -> [Int32] {
        let n = other.count
        var indices = [Int32](repeating: 0, count: n)
        let ahead = 8
        other.arena.withUnsafeBufferPointer { a in
            let base = a.baseAddress ?? UnsafePointer(bitPattern: 1)!
            func key(_ i: Int) -> ByteSlice {
                ByteSlice(start: base + other.starts[i], count: other.starts[i + 1] - other.starts[i])
            }
            var hashed = [InternHash]()
            hashed.reserveCapacity(ahead)
            for i in 0..<min(ahead, n) { hashed.append(prefetch(key(i))) }
            for i in 0..<n {
                let h = hashed[i % ahead]
                if i + ahead < n { hashed[i % ahead] = prefetch(key(i + ahead)) }
                indices[i] = intern(key(i), h)
            }
        }
        return indices
    }

    /// The index of `key`, adding it (and making its `String`) if new.
    mutating func intern(_ key: ByteSlice) -> Int32 {
        let p = InternTable.prefix(key)
        let h = InternTable.hash(key, prefix: p)
        if let i = find(key, prefix: p, hash: h) { return i }
        return add(key, prefix: p, hash: h)
    }

    /// Adds a key known to be absent.
    @discardableResult
    mutating func add(_ key: ByteSlice) -> Int32 {
        let p = InternTable.prefix(key)
        return add(key, prefix: p, hash: InternTable.hash(key, prefix: p))
    }

    private mutating func add(_ key: ByteSlice, prefix p: UInt64, hash h: UInt64) -> Int32 {
        if (strings.count + 1) * 2 > mask + 1 { grow() }
        let index = strings.count
        arena.append(contentsOf: key.buffer)
        starts.append(arena.count)
        strings.append(key.string)
        place(hash: h, prefix: p, count: key.count, index: index)
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

    private mutating func place(hash h: UInt64, prefix: UInt64, count: Int, index: Int) {
        if !isKnownUniquelyReferenced(&slots) { slots = slots.copy() }
        let slots = self.slots.words
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[2 * i + 1] != 0 { i = (i + 1) & mask }
        slots[2 * i] = prefix
        slots[2 * i + 1] = InternTable.check(h, count) << 32 | UInt64(index + 1)
    }

    private mutating func grow() {
        let size = (mask + 1) * 2
        slots = SlotMemory(words: 2 * size)
        mask = size - 1
        arena.withUnsafeBufferPointer { a in
            let base = a.baseAddress ?? UnsafePointer(bitPattern: 1)!
            for index in 0..<count {
                let key = ByteSlice(start: base + starts[index], count: starts[index + 1] - starts[index])
                let p = InternTable.prefix(key)
                place(hash: InternTable.hash(key, prefix: p), prefix: p, count: key.count, index: index)
            }
        }
    }
}

/// The slots of an `InternTable`: zeroed words, shared between copies of the table
/// until one of them adds a key. Tables of a megabyte or more are mapped directly
/// and advised to use huge pages: a look-up in a table of millions of children
/// lands on a random page, and with 4 kB pages nearly every one also missed the
/// TLB. Fresh mapped pages are zero already, so nothing is cleared up front.
final class SlotMemory {
    let words: UnsafeMutablePointer<UInt64>
    let count: Int
    private let mapped: Int

    init(words count: Int) {
        self.count = count
        let bytes = count * 8
        if bytes >= 1 << 20, let region = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           region != MAP_FAILED {
            #if os(Linux)
            _ = madvise(region, bytes, 14 /* MADV_HUGEPAGE */)
            #endif
            words = region.bindMemory(to: UInt64.self, capacity: count)
            mapped = bytes
        } else {
            words = .allocate(capacity: count)
            words.initialize(repeating: 0, count: count)
            mapped = 0
        }
    }

    func copy() -> SlotMemory {
        let c = SlotMemory(words: count)
        c.words.update(from: words, count: count)
        return c
    }

    deinit {
        if mapped > 0 { munmap(words, mapped) } else { words.deallocate() }
    }
}
