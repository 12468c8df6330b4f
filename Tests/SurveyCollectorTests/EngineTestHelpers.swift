import SurveyModel
import Testing

@testable import SurveyCollector

extension InterviewEngine {
    /// Submits `input`, expecting it to be accepted; returns the events.
    @discardableResult
    mutating func take(
        _ input: InterviewInput, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        -> [InterviewEvent]
    {
        let result = submit(input)
        guard case .accepted(let events) = result else {
            Issue.record("expected acceptance, got \(result)", sourceLocation: sourceLocation)
            return []
        }
        return events
    }

    /// Submits `input`, expecting a rejection; returns the reason.
    @discardableResult
    mutating func refuse(_ input: InterviewInput, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let result = submit(input)
        guard case .rejected(let reason) = result else {
            Issue.record("expected rejection, got \(result)", sourceLocation: sourceLocation)
            return ""
        }
        return reason
    }

    var at: String { cursor?.description ?? "end" }
}

func engine(
    _ survey: Survey = TestSurveys.everyType(), seed: UInt64 = 1, attributes: [String: String] = [:]
)
    -> InterviewEngine
{
    var engine = InterviewEngine(survey: survey, respondent: Respondent(id: "p1", attributes: attributes), seed: seed)
    _ = engine.begin()
    return engine
}

/// Answers the every-type survey up to `liked` (age 40, user yes, NPS 9: no NPS probe).
func engineAtLiked(seed: UInt64 = 1) -> InterviewEngine {
    var e = engine(seed: seed)
    e.take(.acknowledge)
    e.take(.answer(.number(40)))
    e.take(.answer(.code("y")))
    e.take(.answer(.number(9)))
    return e
}
