import Foundation
public import SurveyStore
import SurveyText

/// The result of a quality run: every response with at least one flag, and the summary.
public struct QualityAssessment: Sendable {
    public var surveyID: String
    public var settings: QualitySettings
    /// Responses with at least one flag, in response id order.
    public var responses: [ResponseQuality]
    public var summary: QualitySummary

    public init(surveyID: String, settings: QualitySettings, responses: [ResponseQuality], summary: QualitySummary) {
        self.surveyID = surveyID
        self.settings = settings
        self.responses = responses
        self.summary = summary
    }

    /// The run as stored under `name`: settings and summary as JSON, one record per flagged response.
    public func run(name: String, createdAt: Date = Date()) -> QualityRun {
        QualityRun(
            name: name, surveyID: surveyID, settingsJSON: Self.json(settings), reportJSON: Self.json(summary),
            createdAt: createdAt,
            records: responses.map { response in
                let kinds = FlagKinds.kinds(FlagKinds.bits(response.flags))
                let evidence = JSONOutput.object(
                    kinds.map { kind in
                        (
                            kind.rawValue,
                            .string(
                                response.flags.filter { $0.kind == kind }.map(\.evidence).joined(separator: "; "))
                        )
                    })
                return QualityRecord(
                    responseID: response.responseID, respondentID: response.respondentID, score: response.score,
                    flags: kinds.map(\.rawValue), evidenceJSON: evidence.text)
            })
    }

    /// `value` as compact JSON with sorted keys.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
