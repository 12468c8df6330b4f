import SurveyModel

/// The codebook of an export: every column with its label, codes, type and family (what or why), as JSON text.
public enum ExportCodebook {
    /// The codebook of `survey` for a table with the given attribute columns.
    public static func json(survey: Survey, attributeColumns: [String]) -> String {
        var out =
            "{\"survey_id\":\(JSONText.string(survey.id)),\"version\":\(JSONText.string(survey.version.description)),"
        out += "\"title\":\(JSONText.string(survey.title.text)),"
        out += "\"special_codes\":{\"dont_know\":\(JSONText.string(survey.specialCodes.dontKnow)),"
        out += "\"refused\":\(JSONText.string(survey.specialCodes.refused))},"
        out += "\"fixed_columns\":" + JSONText.array(ResponseColumns.fixed) + ","
        let attributes = attributeColumns.map { name -> String in
            let definition = survey.attributes.first { $0.id == name }
            return
                "{\"name\":\(JSONText.string(name)),\"type\":\(JSONText.string(definition?.type.rawValue ?? "text")),"
                + "\"personal\":\(definition?.personal ?? false)}"
        }
        out += "\"attributes\":[" + attributes.joined(separator: ",") + "],"
        let variables = survey.variables.map { variable -> String in
            let labels = variable.valueLabels.map {
                "{\"code\":\(JSONText.string($0.code)),\"label\":\(JSONText.string($0.label))}"
            }
            return "{\"name\":\(JSONText.string(variable.name)),\"label\":\(JSONText.string(variable.label)),"
                + "\"question\":\(JSONText.string(variable.questionID)),\"family\":\"what\","
                + "\"type\":\(JSONText.string(variable.measure.rawValue)),\"values\":[" + labels.joined(separator: ",")
                + "],"
                + "\"personal\":\(variable.personal),\"allows_special_codes\":\(variable.allowsSpecialCodes)}"
        }
        out += "\"variables\":[" + variables.joined(separator: ",") + "],"
        let probes = survey.whyProbes.map { probe -> String in
            "{\"probe\":\(JSONText.string(probe.id)),\"family\":\"why\",\"about\":\(JSONText.string(probe.about)),"
                + "\"text\":\(JSONText.string(probe.text.text)),\"target\":\(JSONText.string(probe.target.rawValue)),"
                + "\"ladder_depth\":\(probe.ladderDepth),\"codebook\":"
                + (probe.codebook.map(JSONText.string) ?? "null") + "}"
        }
        out += "\"why\":[" + probes.joined(separator: ",") + "],"
        out += "\"why_columns\":" + JSONText.array(ResponseColumns.why) + "}"
        return out
    }
}
