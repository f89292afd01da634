/// One thing wrong with the settings file, precise enough to find and fix it: the file,
/// the line and column (1-based), and what was wrong and expected.
public struct SettingsProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// An unknown key: reported, ignored, and kept in the file when homes saves it.
    /// Anything else keeps homes from saving until it is fixed, so the file is never
    /// overwritten with what homes could not read.
    public var isWarning: Bool

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, isWarning: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isWarning = isWarning
    }

    /// `FILE:LINE:COLUMN: message`, as compilers say it (editors jump to it).
    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): \(message)"
    }
}

/// Why the settings file was not written.
public enum SettingsSaveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has problems the user must fix first; it was left as it was.
    case fileHasProblems([SettingsProblem])
    /// The file or its folder could not be written.
    case cannotWrite(file: String, reason: String)

    public var description: String {
        switch self {
        case let .fileHasProblems(problems):
            let first = problems.first.map(\.description) ?? "the settings file has problems"
            return "\(first)\nNothing was saved: fix the settings file first (homes never overwrites a file it cannot read)."
        case let .cannotWrite(file, reason):
            return "\(file): cannot write the settings: \(reason)"
        }
    }
}
