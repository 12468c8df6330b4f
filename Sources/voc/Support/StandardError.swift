import Foundation

/// Writing to standard error (diagnostics, refusals) while standard output carries the command's result.
enum StandardError {
    /// Writes `text` and a newline to standard error. Empty text writes nothing.
    static func print(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
