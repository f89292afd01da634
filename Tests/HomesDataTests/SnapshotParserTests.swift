import Testing
@testable import HomesData

/// The parser's hand-written value matchers, against the model's own wording.
@Suite struct SnapshotParserTests {
    static func judgement(_ text: String) -> Judgement? {
        var bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeMutableBufferPointer { b in
            SnapshotParser.judgement(of: ByteSlice(start: UnsafePointer(b.baseAddress!), count: b.count - 1))
        }
    }

    @Test(arguments: Judgement.allCases)
    func everyJudgementIsReadBackFromOfstedsWording(_ judgement: Judgement) {
        #expect(Self.judgement(judgement.ofstedName) == judgement)
    }

    @Test(arguments: ["", "good", "Goods", "Inadequat", "Not Judged", "Outstanding ", "Requires improvement to be Good", "Declined  effectivenes"])
    func nearMissesAreNotJudgements(_ text: String) {
        #expect(Self.judgement(text) == nil)
    }
}
