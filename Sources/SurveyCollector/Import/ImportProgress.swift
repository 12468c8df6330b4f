import SurveyModel
import SurveyStore
import SurveyText

/// What an import read and found in one file: counts and every problem, in file order.
public struct ImportFileReport: Sendable, Hashable {
    public var file: String
    /// Data rows (or lines) read.
    public var read = 0
    /// Responses newly stored.
    public var stored = 0
    /// Rows rejected because of errors (with `--all-or-nothing`, every row of a file with an error).
    public var rejected = 0
    /// Responses already in the store (same id), left unchanged.
    public var skipped = 0
    /// Errors, each naming `file:row:column`.
    public var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    /// Counts one row (or line) read and returns its decoded response; without one, counts the row rejected and
    /// keeps its problems (nil).
    mutating func admit(_ decoded: (response: ImportedResponse?, problems: [Diagnostic])) -> ImportedResponse? {
        read += 1
        guard let response = decoded.response else {
            rejected += 1
            diagnostics += decoded.problems
            return nil
        }
        return response
    }
}

extension Diagnostic {
    /// A CSV reading problem as a diagnostic at its `file:row:column`.
    init(_ error: CSVError) {
        let place = "\(error.file):\(error.row):\(error.column): "
        let text = error.description
        let message = text.hasPrefix(place) ? String(text.dropFirst(place.count)) : text
        self.init(
            .error, code: "csv", message,
            at: error.row > 0 ? SourceLocation(file: error.file, line: error.row, column: max(1, error.column)) : nil)
    }

    /// Any error thrown while reading a file, as a diagnostic.
    static func reading(_ error: any Error, file: String) -> [Diagnostic] {
        if let error = error as? CSVError { return [Diagnostic(error)] }
        if let errors = error as? CSVErrors { return errors.errors.map(Diagnostic.init) }
        return [Diagnostic(.error, code: "io", "\(file): \(error)", at: nil)]
    }
}
