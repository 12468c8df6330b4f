import Foundation
import SurveyModel
import SurveyText

/// The JSON object of one response, as written by JSON and JSON Lines exports and read by `voc import`.
///
/// Keys: the fixed columns (`ResponseColumns.fixed`, strings; absent when empty, so `started_at` and
/// `completed_at` are absent when the time is unknown), `seed`, `attributes`,
/// `answers` (question id → `{"kind": ..., "value": ...}`, see `AnswerValueCoding`), `other_texts` and `ladder`.
public enum ResponseJSON {
    public static func object(_ stored: StoredResponse, attributes: [String: String]) -> String {
        let response = stored.response
        var fields: [(String, String)] = [
            (ResponseColumns.responseID, JSONText.string(response.id)),
            (ResponseColumns.respondentID, JSONText.string(response.respondentID)),
            (ResponseColumns.status, JSONText.string(response.status.rawValue)),
            (ResponseColumns.disposition, JSONText.string(response.disposition.rawValue)),
            (ResponseColumns.surveyVersion, JSONText.string(response.surveyVersion.description)),
        ]
        if let started = response.startedAt {
            fields.append((ResponseColumns.startedAt, JSONText.string(Timestamp.format(started))))
        }
        fields.append((ResponseColumns.updatedAt, JSONText.string(Timestamp.format(response.updatedAt))))
        if let completed = stored.completedAt {
            fields.append((ResponseColumns.completedAt, JSONText.string(Timestamp.format(completed))))
        }
        if let interviewer = stored.interviewer {
            fields.append((ResponseColumns.interviewer, JSONText.string(interviewer)))
        }
        if let mode = stored.mode { fields.append((ResponseColumns.mode, JSONText.string(mode))) }
        fields.append(("seed", String(response.seed)))
        fields.append(("attributes", JSONText.object(attributes) ?? "{}"))
        let answers = response.answers.sorted { $0.key < $1.key }.map { id, value -> String in
            let (kind, json) = AnswerValueCoding.encode(value)
            return JSONText.string(id) + ":{\"kind\":\(JSONText.string(kind)),\"value\":\(json)}"
        }
        fields.append(("answers", "{" + answers.joined(separator: ",") + "}"))
        fields.append(("other_texts", JSONText.object(response.otherTexts) ?? "{}"))
        let ladder = response.ladder.map { step in
            "{\"probe\":\(JSONText.string(step.probeID)),\"question\":\(JSONText.string(step.questionID)),"
                + "\"option\":" + (step.optionCode.map(JSONText.string) ?? "null")
                + ",\"depth\":\(step.depth),\"text\":\(JSONText.string(step.text))}"
        }
        fields.append(("ladder", "[" + ladder.joined(separator: ",") + "]"))
        return "{" + fields.map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
