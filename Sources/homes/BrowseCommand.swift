import ArgumentParser

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "(being built)")

    @Argument(parsing: .captureForPassthrough) var rest: [String] = []

    func run() throws {
        throw ValidationError("'homes browse' is not built yet")
    }
}
