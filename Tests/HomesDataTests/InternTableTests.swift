import Testing
@testable import HomesData

@Suite struct InternTableTests {
    func withSlice<R>(_ s: String, _ body: (ByteSlice) -> R) -> R {
        var bytes = Array(s.utf8) + [UInt8](repeating: 0, count: 8)
        return bytes.withUnsafeMutableBufferPointer { b in body(ByteSlice(start: UnsafePointer(b.baseAddress!), count: b.count - 8)) }
    }

    @Test func internsRepeatsToOneIndexThroughGrowth() {
        var table = InternTable(expectedCount: 4)
        let keys = (0..<5000).map { i in
            switch i % 4 {
            case 0: "C\(1_000_000 + i)"                       // eight bytes, like child references
            case 1: "E0\(8_000_000 + i)"                      // nine bytes, like ONS codes
            case 2: "\(i)"                                      // short
            default: "A longer organisation name number \(i)" // needs the arena comparison
            }
        } + [""]
        let first = keys.map { k in withSlice(k) { table.intern($0) } }
        #expect(first == (0..<Int32(keys.count)).map { $0 })
        let again = keys.map { k in withSlice(k) { table.intern($0) } }
        #expect(again == first)
        #expect(table.strings == keys)
        #expect(withSlice("C999") { table.find($0) } == nil)
        #expect(withSlice("A longer organisation name number 3X") { table.find($0) } == nil)
        #expect(withSlice("A longer organisation name number 3") { table.find($0) } == 3)
    }
}
