public import SurveyModel

/// A column map that cannot be used; `diagnostics` holds every problem, located in the map file.
public struct ImportColumnMapError: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
}
