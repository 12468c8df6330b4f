import ArgumentParser
import Foundation

extension VocCommand {
    /// The exit status of every usage error (unknown option, missing argument, failed `validate()`).
    ///
    /// ArgumentParser's default is 64 (`EX_USAGE`); voc documents 0 success, 1 failure (e.g. an invalid survey),
    /// 2 usage error, so scripts can tell "your file is wrong" from "you called me wrong".
    static let usageErrorStatus: Int32 = 2

    /// Parses the command line and runs the chosen subcommand, mapping usage errors to exit status 2.
    ///
    /// Help and version requests exit 0; errors thrown by `run()` keep their own status (`ExitCode(1)` for
    /// invalid input); any other error a command throws is printed once by `CommandFailure.message(for:)` and
    /// exits 1.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageErrorStatus)
            }
            if !(error is ExitCode), exitCode(for: error) == .failure {
                FileHandle.standardError.write(Data((CommandFailure.message(for: error) + "\n").utf8))
                Foundation.exit(ExitCode.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}
