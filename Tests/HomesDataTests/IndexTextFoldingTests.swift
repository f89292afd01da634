import Testing
@testable import HomesData

@Suite struct IndexTextFoldingTests {
    @Test(arguments: [
        ("Brontë House", "bronte house"),
        ("ST. HELENS", "st helens"),
        ("St. Helens", "st helens"),
        ("Children's Home", "childrens home"),
        ("Children’s home", "childrens home"),
        ("  Bristol,  City of ", "bristol city of"),
        ("Stockton-on-Tees", "stockton on tees"),
        ("ÆSIR Ça ÑANDÚ", "aesir ca nandu"),
        ("a\u{1B}[31mb", "a 31mb"),
        ("SC123456", "sc123456"),
        ("!!!", ""),
    ])
    func folds(text: String, expected: String) {
        #expect(TextFolding.folded(text) == expected)
    }

    @Test func slugsJoinWordsWithHyphens() {
        #expect(TextFolding.slug("Bristol, City of") == "bristol-city-of")
        #expect(TextFolding.slug("Secure children's home") == "secure-childrens-home")
    }

    @Test func columnSearchFindsEachHomeOnceAndNeverAcrossHomes() {
        let texts = ["abc", "", "xab", "cab", "ab"]
        let column = FoldedColumn(count: texts.count) { texts[$0] }
        func hits(_ needle: [UInt8]) -> [Int] {
            var h = [UInt8](repeating: 0, count: texts.count)
            h.withUnsafeMutableBufferPointer { column.markMatches(needle, into: $0) }
            return h.indices.filter { h[$0] == 1 }
        }
        #expect(hits(Array("ab".utf8)) == [0, 2, 3, 4])
        #expect(hits(Array("bcx".utf8)) == [])      // "abc" + "xab" never joins
        #expect(hits([0] + Array("ab".utf8)) == [0, 4]) // prefix
        #expect(hits([0] + Array("ab".utf8) + [0]) == [4]) // exact
        #expect(column.contains(Array("ca".utf8), home: 3))
        #expect(!column.contains(Array("ca".utf8), home: 0))
    }
}
