import SurveyStore
import SurveyModel

/// The codebook of an export: every column with its label, codes, type and family (what or why), as JSON text.
///
/// `fixed_columns` lists the fixed leading columns and `fixed_column_notes` says what each holds
/// (`ResponseColumns.descriptions`), including that a time the source did not record is empty.
public enum ExportCodebook {
    /// The codebook of `survey` for a table with the given attribute columns.
    public static func json(survey: Survey, attributeColumns: [String]) -> String {
        var out =
            "{\"survey_id\":\(JSONString.quoted(survey.id)),\"version\":\(JSONString.quoted(survey.version.description)),"
        out += "\"title\":\(JSONString.quoted(survey.title.text)),"
        out += "\"special_codes\":{\"dont_know\":\(JSONString.quoted(survey.specialCodes.dontKnow)),"
        out += "\"refused\":\(JSONString.quoted(survey.specialCodes.refused))},"
        out +=
            "\"fixed_columns\":" + ("[" + ResponseColumns.fixed.map(JSONString.quoted).joined(separator: ",") + "]")
            + ","
        let notes = ResponseColumns.descriptions.map { JSONString.quoted($0.name) + ":" + JSONString.quoted($0.text) }
        out += "\"fixed_column_notes\":{" + notes.joined(separator: ",") + "},"
        let attributes = attributeColumns.map { name -> String in
            let definition = survey.attributes.first { $0.id == name }
            return
                "{\"name\":\(JSONString.quoted(name)),\"type\":\(JSONString.quoted(definition?.type.rawValue ?? "text")),"
                + "\"personal\":\(definition?.personal ?? false)}"
        }
        out += "\"attributes\":[" + attributes.joined(separator: ",") + "],"
        let variables = survey.variables.map { variable -> String in
            let labels = variable.valueLabels.map {
                "{\"code\":\(JSONString.quoted($0.code)),\"label\":\(JSONString.quoted($0.label))}"
            }
            return "{\"name\":\(JSONString.quoted(variable.name)),\"label\":\(JSONString.quoted(variable.label)),"
                + "\"question\":\(JSONString.quoted(variable.questionID)),\"family\":\"what\","
                + "\"type\":\(JSONString.quoted(variable.measure.rawValue)),\"values\":["
                + labels.joined(separator: ",")
                + "],"
                + "\"personal\":\(variable.personal),\"allows_special_codes\":\(variable.allowsSpecialCodes)}"
        }
        out += "\"variables\":[" + variables.joined(separator: ",") + "],"
        let probes = survey.whyProbes.map { probe -> String in
            "{\"probe\":\(JSONString.quoted(probe.id)),\"family\":\"why\",\"about\":\(JSONString.quoted(probe.about)),"
                + "\"text\":\(JSONString.quoted(probe.text.text)),\"target\":\(JSONString.quoted(probe.target.rawValue)),"
                + "\"ladder_depth\":\(probe.ladderDepth),\"codebook\":"
                + (probe.codebook.map(JSONString.quoted) ?? "null") + "}"
        }
        out += "\"why\":[" + probes.joined(separator: ",") + "],"
        out +=
            "\"why_columns\":" + ("[" + ResponseColumns.why.map(JSONString.quoted).joined(separator: ",") + "]") + "}"
        return out
    }
}
