public import SurveyModel
import SurveyText

/// Writes surveys as XML or JSON files: pretty-printed, with a stable order of elements, attributes and keys,
/// and defaults left out. Reading the output gives back an equal `Survey`.
public enum SurveyWriter {
    /// The survey in the XML syntax (UTF-8, two-space indentation, namespace `SurveySchema.namespace`).
    public static func xml(_ survey: Survey) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        SurveyXMLEncoder.encode(survey).write(into: &output, level: 0)
        return output
    }

    /// The survey in the JSON syntax (UTF-8 without `\u` escapes for non-ASCII, two-space indentation, keys in
    /// schema order), ending with a newline.
    public static func json(_ survey: Survey) -> String {
        var output = ""
        SurveyJSONEncoder.encode(survey).writePretty(into: &output, level: 0)
        return output + "\n"
    }

    /// The survey in `format`.
    public static func text(_ survey: Survey, format: SurveyFormat) -> String {
        format == .xml ? xml(survey) : json(survey)
    }
}
