import ArgumentParser
import Foundation

/// A failure already phrased for the user (`file:row:column: error: ...` lines): printed to standard error as is,
/// then the command exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    /// Prints the message to standard error and returns the exit code to throw.
    static func report(_ error: any Error) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        FileHandle.standardError.write(Data((message(for: error) + "\n").utf8))
        return ExitCode.failure
    }

    /// The one way voc prints a failure: a message that already says where and that it is an error (its first line
    /// holds `error:`, as `file:line:col: error: ...` and `STORE: error: ...` do) is printed as it is; any other
    /// gets the prefix `error: `. The location is never repeated.
    static func message(for error: any Error) -> String {
        var text = (error as? CommandFailure)?.description ?? "\(error)"
        while text.hasSuffix("\n") { text.removeLast() }
        let first = text.prefix { $0 != "\n" }
        return first.contains("error:") || first.hasPrefix("warning:") ? text : "error: " + text
    }
}
