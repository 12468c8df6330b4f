public import SurveyModel

/// The result of loading one survey file: the model when it is valid, and every diagnostic.
public struct SurveyDocument: Sendable {
    /// The path as given to the loader (used in every diagnostic).
    public var path: String
    public var format: SurveyFormat
    /// The file's text.
    public var source: String
    /// The survey; nil when there is at least one error (warnings alone keep the survey).
    public var survey: Survey?
    /// Every error and warning, sorted by position (diagnostics without a position first).
    public var diagnostics: [Diagnostic]
    /// Where each part of the survey was written (empty when the file could not be read).
    public var sourceMap: SourceMap

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Every diagnostic rendered like a compiler (`file:line:col: error: message`, the source line, a caret),
    /// separated by newlines; empty when there are none.
    public func rendered() -> String {
        diagnostics.map { $0.rendered(source: source) }.joined(separator: "\n")
    }
}

extension SurveyDocument: CustomStringConvertible {
    /// The path, the format and the diagnostics (not the source).
    public var description: String {
        "SurveyDocument(\(path), \(format.rawValue), survey: \(survey == nil ? "nil" : survey!.id), "
            + "diagnostics: \(diagnostics.map(\.description)))"
    }
}
