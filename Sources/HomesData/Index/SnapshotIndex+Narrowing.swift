extension SnapshotIndex {
    /// The homes of `homes`, kept in their order, that match `new`, worked out from them
    /// alone when `new` can only match fewer homes than `old` did (`homes` being what
    /// `old` matched); nil when it could match others, and the whole index must be asked.
    ///
    /// Typing narrows: each key adds a letter to the last word or starts a new clause, and
    /// every clause but the new one has already been checked. Checking only the new one
    /// against the homes already listed, in the order already sorted, keeps a keystroke
    /// well inside a frame at 100,000 homes instead of scanning every home for every word.
    public func refine(_ homes: [Int32], from old: Query, to new: Query) -> [Int32]? {
        guard let added = Self.narrowingClauses(from: old.clauses, to: new.clauses) else { return nil }
        // A clause already asked (a paste repeating itself) leaves the homes as they are.
        let asked = Set(old.clauses)
        return Self.distinct(added).filter { !asked.contains($0) }.reduce(homes) { narrow($0, by: $1) }
    }

    /// The clauses that `new` adds to `old`, when every home matching `new` matches `old`:
    /// clauses appended (that do not lift the open-register default), or the last
    /// free-text word made longer at its end. Free text matches substrings and the starts
    /// of words, so a word that begins with the old word can only match less.
    static func narrowingClauses(from old: [QueryClause], to new: [QueryClause]) -> [QueryClause]? {
        guard let last = new.last, isOpenByDefault(old) == isOpenByDefault(new) else { return nil }
        if new.count > old.count, new.prefix(old.count).elementsEqual(old) { return Array(new.dropFirst(old.count)) }
        guard new.count == old.count, let before = old.last, new.dropLast().elementsEqual(old.dropLast()),
              before.field == nil, last.field == nil, !before.negated, !last.negated,
              before.values.count == 1, last.values.count == 1,
              case .text(let was, _) = before.values[0], case .text(let now, _) = last.values[0],
              now.count > was.count, now.starts(with: was) else { return nil }
        return [last]
    }

    /// The homes of `homes`, in their order, that satisfy one clause.
    func narrow(_ homes: [Int32], by clause: QueryClause) -> [Int32] {
        if checksOneByOne(homes.count) {
            // Few homes left: ask each one rather than pass over every home.
            let holds = homeTest(clause)
            return homes.filter { holds(Int($0)) }
        }
        var hits = [UInt8](repeating: 0, count: count)
        hits.withUnsafeMutableBufferPointer { hit in
            for value in clause.values { mark(clause.field, value, into: hit) }
        }
        // The homes are in the list's order, so they land all over the map: packed to bits
        // it fits the fastest cache, where a byte a home did not. Every home is written and
        // the count moves on only for a kept one: no branch to mispredict when about half
        // the homes are kept.
        let bits = Self.packed(hits)
        let flip: UInt64 = clause.negated ? 1 : 0
        return bits.withUnsafeBufferPointer { bits in
            homes.withUnsafeBufferPointer { homes in
                [Int32](unsafeUninitializedCapacity: homes.count) { kept, count in
                    var k = 0
                    for h in homes {
                        kept[k] = h
                        k &+= Int(truncatingIfNeeded: ((bits[Int(h) >> 6] >> UInt64(h & 63)) & 1) ^ flip)
                    }
                    count = k
                }
            }
        }
    }

    /// A bitmap of bytes that are 0 or 1 as bits, 64 homes a word (home i is bit i % 64 of
    /// word i / 64). Eight bytes at a time: multiplying gathers their low bits into the
    /// top byte.
    static func packed(_ bytes: [UInt8]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: (bytes.count + 63) / 64)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { out in
                let full = bytes.count / 8
                for j in 0..<full {
                    let eight = raw.loadUnaligned(fromByteOffset: j * 8, as: UInt64.self)
                    out[j >> 3] |= ((eight &* 0x0102_0408_1020_4080) >> 56) << UInt64((j & 7) * 8)
                }
                for i in (full * 8)..<bytes.count where raw[i] != 0 { out[i >> 6] |= 1 << UInt64(i & 63) }
            }
        }
        return out
    }
}
