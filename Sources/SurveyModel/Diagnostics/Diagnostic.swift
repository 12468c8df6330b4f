/// A problem found in a file, reported like a compiler: `file:line:column: error: message`.
///
/// Messages never contain answer values (personal data); they name variables, codes of the survey definition and
/// positions.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable, greppable identifier (e.g. `xml-syntax`, `unknown-reference`, `type-mismatch`).
    public var code: String
    public var message: String
    /// Where the problem is; nil for problems with no position (e.g. an unreadable file).
    public var location: SourceLocation?

    public init(_ severity: Severity, code: String, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `file:line:col: severity: message` without the source snippet.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// The compiler-style rendering: the header line, then the source line and a caret under the column.
    ///
    /// - Parameter source: the full text of the file the location points into; when nil (or the line does not
    ///   exist) only the header is printed.
    public func rendered(source: String?) -> String {
        guard let location, let source, location.line >= 1,
            let line = SourceText.line(location.line, of: source)
        else { return description }
        let prefix = line.prefix(max(0, location.column - 1))
        let caretPad = String(repeating: " ", count: DisplayWidth.of(String(prefix)))
        return description + "\n" + line + "\n" + caretPad + "^"
    }
}
