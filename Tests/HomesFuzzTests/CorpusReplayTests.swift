import Foundation
import Testing
import HomesFuzz

/// Every input kept for the fuzzers (the seeds, the minimised corpora and every crash a
/// fuzzer found, named `crash-…`) runs through its target in the ordinary suite, so what
/// a fuzzer once found wrong is checked on every run without a fuzzer.
@Suite struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputHoldsItsInvariants(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 5, "the \(target.rawValue) corpus should hold its seeds")
        for input in inputs {
            let found = target.violations([UInt8](try Data(contentsOf: input)))
            #expect(found.isEmpty, "\(input.lastPathComponent): \(found.joined(separator: "; "))")
        }
    }
}
