import SurveyModel

/// The state of one validation run: the survey, its symbols (every referenceable variable with its type and
/// position in the interview), and the diagnostics found so far.
struct ValidationContext {
    let survey: Survey
    let sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []
    /// Every referenceable name: questions, computed variables, segments, attributes.
    var symbols: [String: Symbol] = [:]
    /// The position of each item (what, why, note) in document order.
    var itemOrder: [String: Int] = [:]
    /// Item paths by position (with `#N` for duplicates), parallel to the document order of items.
    var itemPaths: [String] = []
    /// Option lists by id.
    var optionLists: [String: OptionList] = [:]
    /// Option lists referenced by a question (for unused warnings).
    var usedLists: Set<String> = []
    /// How often each element path has been visited (for `#N` duplicate paths).
    var occurrenceCounts: [String: Int] = [:]
    /// Inferred types of computed variables (filled on demand, cycle-safe).
    var computedTypes: [String: ExpressionType] = [:]

    init(survey: Survey, sourceMap: SourceMap) {
        self.survey = survey
        self.sourceMap = sourceMap
    }

    mutating func error(_ message: String, code: String, at path: String, offset: Int? = nil) {
        report(.error, message, code: code, at: path, offset: offset)
    }

    mutating func warning(_ message: String, code: String, at path: String, offset: Int? = nil) {
        report(.warning, message, code: code, at: path, offset: offset)
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, code: String, at path: String,
        offset: Int?
    ) {
        let location = offset.flatMap { sourceMap.location(path, offset: $0) } ?? sourceMap.location(path)
        diagnostics.append(Diagnostic(severity, code: code, message, at: location))
    }
}
