import ArgumentParser

/// The exit statuses every command shares, worded once for every command's help;
/// docs/commands.md ("Exit status") says the same and its examples check it.
enum ExitStatus {
    /// Something on the command line is wrong: an unknown option, a bad value, a
    /// missing argument, a query that does not parse, an option after `--`. The
    /// argument parser's own code (EX_USAGE) for its errors, so one code for all.
    static let badArguments = ExitCode.validationFailure

    /// How each command's help ends its "Exit status" line.
    static let badArgumentsWording = "64 bad arguments (an unknown option, a bad value, a query that does not parse)"
}
