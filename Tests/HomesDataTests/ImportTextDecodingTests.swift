import Testing
@testable import HomesData

@Suite struct ImportTextDecodingTests {
    @Test func plainUTF8IsKept() {
        let d = TextDecoding.decode(Array("Zoë,SC – x".utf8))
        #expect(d.encoding == .utf8)
        #expect(String(decoding: d.utf8, as: UTF8.self) == "Zoë,SC – x")
    }

    @Test func aByteOrderMarkIsDroppedAndNamed() {
        let d = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("URN".utf8))
        #expect(d.encoding == .utf8WithBOM)
        #expect(d.utf8 == Array("URN".utf8))
    }

    @Test(arguments: [
        ([0x53, 0x43, 0x20, 0x96, 0x20, 0x45] as [UInt8], "SC – E"),
        ([0x43, 0x61, 0x66, 0xE9] as [UInt8], "Café"),
        ([0x92, 0x80, 0x9C, 0x9D] as [UInt8], "’€œ\u{FFFD}"),
    ])
    func windows1252IsDecoded(bytes: [UInt8], expected: String) {
        let d = TextDecoding.decode(bytes)
        #expect(d.encoding == .windows1252)
        #expect(String(decoding: d.utf8, as: UTF8.self) == expected)
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],            // overlong
        [0xED, 0xA0, 0x80] as [UInt8],      // surrogate
        [0xE2, 0x82] as [UInt8],            // truncated
        [0xF4, 0x90, 0x80, 0x80] as [UInt8], // past U+10FFFF
    ])
    func invalidUTF8IsNotTakenForUTF8(bytes: [UInt8]) {
        #expect(TextDecoding.isValidUTF8(bytes) == false)
    }

    @Test func theRealWindows1252FileFixtureDecodes() {
        let d = TextDecoding.decode(ImportFixtures.bytes("Provider_level_in_year_2022-23.csv"))
        #expect(d.encoding == .windows1252)
        let text = String(decoding: d.utf8, as: UTF8.self)
        #expect(text.contains("SC – Emergency inspection"))
        #expect(text.contains("Café Lodge"))
    }
}
