import Testing
@testable import HomesData

/// Narrowing a list as a query is typed must list exactly what asking the whole index
/// lists, in the list's own order; and a change that could list other homes must not be
/// taken for a narrowing (the list would silently miss them).
@Suite struct IndexNarrowingTests {
    static let snapshot = SnapshotGenerator(homes: 3000, seed: 11, placementsPerHome: 2).generate()
    static let index = SnapshotIndex(snapshot)

    /// Each pair is a keystroke or an edit: typed one after the other.
    @Test(arguments: [
        ("", "l"), ("l", "le"), ("le", "lee"), ("car", "care"), ("", "sc"), ("go", "good"), ("inad", "inadequate"),
        ("leeds", "leeds r"), ("care", "care rating:i"), ("rating:i", "rating:i house"), ("rating:i ho", "rating:i hou"),
        ("care", "care -ltd"), ("", "places:3..5"), ("e", "e sector:private"), ("status:any", "status:any lodge"),
        ("status:any", "status:any closed:2023"), ("leeds", "leeds rating:i"), ("", "care rating:i -ltd"),
    ])
    func narrowingListsWhatTheWholeIndexLists(from old: String, to new: String) throws {
        let index = Self.index
        let before = try Query.parse(old), after = try Query.parse(new)
        // Any fixed order will do: reversed, so an answer in snapshot order would be wrong.
        let listed = Array(index.matches(before).reversed())
        let narrowed = try #require(index.refine(listed, from: before, to: after))
        let wanted = Set(index.matches(after))
        #expect(narrowed == listed.filter { wanted.contains($0) })
        #expect(Set(narrowed) == wanted)
    }

    /// Edits after which homes not listed before may match.
    @Test(arguments: [
        ("le", "l"), ("lee", "leo"), ("good", "ood"), ("care", "-care"), ("-ca", "-car"), ("lodge", "lodge status:any"),
        ("", "status:closed"), ("rating:g", "rating:go"), ("care house", "care"), ("care", "house care"),
        ("la:leeds", "la:leedsx"),
    ])
    func aWideningIsNotANarrowing(from old: String, to new: String) throws {
        let before = try Query.parse(old), after = try Query.parse(new)
        #expect(Self.index.refine(Self.index.matches(before), from: before, to: after) == nil)
    }

    /// The bitmap packed eight bytes at a time holds the bit of every byte, at every length
    /// (whole words, a part word, fewer than eight bytes).
    @Test(arguments: [0, 1, 7, 8, 9, 63, 64, 65, 1000])
    func packedBitsAreTheBytes(count: Int) {
        var random = SyntheticRandom(seed: UInt64(count) + 3)
        let bytes = (0..<count).map { _ in UInt8(random.next() % 2) }
        let bits = SnapshotIndex.packed(bytes)
        #expect(bits.count == (count + 63) / 64)
        #expect((0..<count).allSatisfy { (bits[$0 / 64] >> UInt64($0 % 64)) & 1 == UInt64(bytes[$0]) })
    }
}
