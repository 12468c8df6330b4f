public import Foundation

/// Writes a text file through a temporary file beside it, so a failure never leaves a half-written file or
/// replaces an existing one.
public enum TextFileWriter {
    /// Writes `text` as UTF-8 to `url`.
    /// - Throws: `ExportError` (`write-failed`) naming the path.
    public static func write(_ text: String, to url: URL) throws(ExportError) {
        let sink = try FileSink(destination: url)
        defer { sink.discard() }
        try sink.write(Data(text.utf8))
        try sink.commit()
    }
}
