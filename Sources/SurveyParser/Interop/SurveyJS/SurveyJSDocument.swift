import Foundation

/// Recognising SurveyJS survey definitions.
enum SurveyJSDocument {
    /// Whether `data` is a JSON object with `pages` or `elements` among its top-level keys.
    static func looksLikeSurveyJS(_ data: Data) -> Bool {
        guard case .object(let members)? = try? JSONParser.parse([UInt8](data)).kind else { return false }
        return members.contains { $0.key == "pages" || $0.key == "elements" }
    }
}
