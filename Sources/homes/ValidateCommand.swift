import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(being built)")

    @Argument(parsing: .captureForPassthrough) var rest: [String] = []

    func run() throws {
        throw ValidationError("'homes validate' is not built yet")
    }
}
