/// Which letters and digits each home's free text holds, one 64-bit mask per home, so a
/// one-letter word (the first key typed in a search) is answered by one pass over the
/// masks instead of scanning every URN, name, owner and authority for it.
///
/// The first key typed matches nearly every home (`l` lists 94,000 of 100,000), so for it
/// a text scan costs the most and tells the least; from the second letter on, words are
/// searched in the text as before. A mask holds exactly what a one-letter free-text word
/// finds: the letters anywhere in the URN, name, organisation, authority and provision
/// type, and the first letter of each word of the sector and the latest rating (those
/// match at the start of a word, see `FreeTextWords`).
struct LetterPresence: Sendable {
    /// By home.
    let masks: [UInt64]

    /// The bit for a folded byte: `a`–`z` are 0–25, `0`–`9` are 26–35. Nil for any other
    /// byte (spaces, the bytes of non-ASCII letters): words holding those are searched.
    @inline(__always)
    static func bit(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x61...0x7A: Int(byte - 0x61)
        case 0x30...0x39: 26 + Int(byte - 0x30)
        default: nil
        }
    }

    /// The mask of every letter and digit in `bytes`.
    static func mask(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var m: UInt64 = 0
        for b in bytes { if let k = bit(b) { m |= 1 << UInt64(k) } }
        return m
    }

    /// The mask of the first letter of each word of `bytes` (folded, words split by one space).
    static func initials(_ bytes: [UInt8]) -> UInt64 {
        var m: UInt64 = 0
        for (i, b) in bytes.enumerated() where i == 0 || bytes[i - 1] == 0x20 {
            if let k = bit(b) { m |= 1 << UInt64(k) }
        }
        return m
    }

    /// Built from the index's own folded columns, so the masks hold the very bytes that a
    /// text scan would search. Distinct names, owners and terms are masked once each.
    init(count n: Int, urns: FoldedColumn, names: InternedColumn, organisations: InternedColumn,
         authority: [Int32], authorityTerms: [IndexTerm], typeID: [UInt16], typeTerms: [IndexTerm],
         sector: [UInt8], rating: [UInt8]) {
        func valueMasks(_ column: InternedColumn) -> [UInt64] {
            // Slot 0 stands for "no value".
            [0] + (0..<column.values.count).map { Self.mask(column.values.slice($0)) }
        }
        let nameMasks = valueMasks(names), organisationMasks = valueMasks(organisations)
        let authorityMasks = [0] + authorityTerms.map { Self.mask($0.folded) }
        let typeMasks = typeTerms.map { Self.mask($0.folded) }
        let sectorMasks = FreeTextWords.sectorWords.map(Self.initials)
        let ratingMasks = FreeTextWords.ratingWords.map { words in words.reduce(UInt64(0)) { $0 | Self.initials($1) } }
        var masks = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            var m = Self.mask(urns.slice(i))
            m |= nameMasks[Int(names.ids[i] + 1)] | organisationMasks[Int(organisations.ids[i] + 1)]
            m |= authorityMasks[Int(authority[i] + 1)] | typeMasks[Int(typeID[i])]
            m |= sectorMasks[Int(sector[i])] | ratingMasks[Int(rating[i])]
            masks[i] = m
        }
        self.masks = masks
    }

    /// Sets `hits[i] = 1` for every home whose free text holds the letter or digit of `bit`.
    func mark(bit: Int, into hits: UnsafeMutableBufferPointer<UInt8>) {
        let shift = UInt64(bit)
        masks.withUnsafeBufferPointer { masks in
            for i in 0..<masks.count { hits[i] |= UInt8(truncatingIfNeeded: (masks[i] >> shift) & 1) }
        }
    }

    /// Whether home `i`'s free text holds the letter or digit of `bit`.
    func contains(bit: Int, home i: Int) -> Bool { (masks[i] >> UInt64(bit)) & 1 != 0 }
}
