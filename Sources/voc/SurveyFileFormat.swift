import SurveyParser

/// Survey file formats as the command line chooses them: by file extension (`.xml`, `.json`, any case).
enum SurveyFileFormat {
    /// The format a path's extension names, or nil for any other extension.
    static func format(of path: String) -> SurveyFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "xml": return .xml
        case "json": return .json
        default: return nil
        }
    }

    /// The text of `survey` in `format`, as `SurveyWriter` writes it.
    static func text(of survey: Survey, as format: SurveyFormat) -> String {
        switch format {
        case .xml: SurveyWriter.xml(survey)
        case .json: SurveyWriter.json(survey)
        }
    }
}
