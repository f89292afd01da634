import Foundation
import Testing

/// docs/privacy.md promises that homes has no network code. This keeps the promise
/// checked: no source file of homes may use a networking API.
@Suite struct PrivacyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What networking looks like in Swift and C on Linux and macOS.
    static let networking = [
        "FoundationNetworking", "URLSession", "URLRequest", "NSURLConnection", "CFNetwork", "Network.framework",
        "import Network", "import NIO", "socket(", "connect(", "getaddrinfo", "gethostbyname", "<sys/socket.h>", "<netdb.h>",
        "Data(contentsOf: URL(string", "String(contentsOf: URL(string",
    ]

    @Test func noSourceFileUsesTheNetwork() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { ["swift", "c", "h"].contains($0.pathExtension) }
        #expect(files.count > 50, "Sources/ was not found from \(#filePath)")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for word in Self.networking {
                #expect(!text.contains(word), "\(file.path) uses \(word); docs/privacy.md says homes has no network code")
            }
        }
    }

    @Test func thePackageDependsOnNoNetworkingLibrary() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for library in ["swift-nio", "async-http-client", "grpc", "hummingbird", "vapor", "FoundationNetworking"] {
            #expect(!manifest.contains(library), "Package.swift depends on \(library)")
        }
    }
}
