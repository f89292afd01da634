import Foundation
import Testing
@testable import HomesData

/// Resources/snapshot.schema.json must describe what the loader reads.
@Suite struct SnapshotSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/snapshot.schema.json")

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        #expect(JSONSyntax.validate([UInt8](data)) == nil)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func properties(_ object: [String: Any]?) -> Set<String> {
        Set(((object?["properties"] as? [String: Any]) ?? [:]).keys)
    }

    @Test func requiredTopLevelKeysMatchTheLoader() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["required"] as? [String] == SnapshotLoader.requiredTopLevelKeys)
        #expect(Self.properties(schema) == Set(SnapshotKeys.topLevel.names))
    }

    @Test(arguments: [
        ("metadata", SnapshotKeys.metadata), ("localAuthority", SnapshotKeys.authority),
        ("home", SnapshotKeys.home), ("inspection", SnapshotKeys.inspection), ("placement", SnapshotKeys.placement),
    ])
    func recordKeysMatchTheLoader(definition: String, keys: KeyTable) throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        #expect(Self.properties(defs[definition] as? [String: Any]) == Set(keys.names))
    }

    @Test func judgementWordingsMatchTheModel() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        let judgement = try #require(defs["judgement"] as? [String: Any])
        #expect(judgement["enum"] as? [String] == Judgement.allCases.map(\.ofstedName))
    }
}
