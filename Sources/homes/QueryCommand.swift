import ArgumentParser

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "(being built)")

    @Argument(parsing: .captureForPassthrough) var rest: [String] = []

    func run() throws {
        throw ValidationError("'homes query' is not built yet")
    }
}
