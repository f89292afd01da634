import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "(being built)")

    @Argument(parsing: .captureForPassthrough) var rest: [String] = []

    func run() throws {
        throw ValidationError("'homes show' is not built yet")
    }
}
