/// Diagnostics as machine-readable JSON (`voc validate --json`).
///
/// The output is one JSON array with an object per diagnostic, keys in this order:
/// `{"file": "s.xml", "line": 3, "column": 7, "severity": "error", "code": "unknown-reference", "message": "..."}`.
/// `line` and `column` are `null` for diagnostics without a position; `file` then falls back to the file the
/// diagnostic was reported for. An empty list prints as `[]`.
public enum DiagnosticJSONReport {
    /// One diagnostic paired with the file it was reported for.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var diagnostic: Diagnostic

        public init(file: String, diagnostic: Diagnostic) {
            self.file = file
            self.diagnostic = diagnostic
        }
    }

    /// The JSON text of `entries`: an array, one object per line, with a trailing newline.
    public static func render(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "[]\n" }
        let objects = entries.map { entry -> String in
            let diagnostic = entry.diagnostic
            let location = diagnostic.location
            let fields = [
                "\"file\": " + quoted(location?.file ?? entry.file),
                "\"line\": " + (location.map { String($0.line) } ?? "null"),
                "\"column\": " + (location.map { String($0.column) } ?? "null"),
                "\"severity\": " + quoted(diagnostic.severity.rawValue),
                "\"code\": " + quoted(diagnostic.code),
                "\"message\": " + quoted(diagnostic.message),
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// `text` as a JSON string literal (RFC 8259; `JSONString`).
    public static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
