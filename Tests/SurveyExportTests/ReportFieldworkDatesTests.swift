import Foundation
import SurveyModel
import Testing

@testable import SurveyExport

/// The report's fieldwork dates come from the completes whose start is known: an imported response without a
/// start time is left out, never dated 1970-01-01.
@Suite struct ReportFieldworkDatesTests {
    @Test func unknownStartsAreLeftOutOfTheFieldworkDates() {
        func complete(_ id: String, startedAt: Date?) -> Response {
            Response(
                id: id, respondentID: id, surveyID: "s", surveyVersion: SemanticVersion(1, 0, 0), status: .complete,
                disposition: .complete, startedAt: startedAt, updatedAt: Date(timeIntervalSince1970: 1_800_000_000))
        }
        let responses = [
            complete("a", startedAt: nil), complete("b", startedAt: Date(timeIntervalSince1970: 1_764_000_000)),
            complete("c", startedAt: Date(timeIntervalSince1970: 1_764_200_000)),
        ]
        let input = ReportInput(survey: Survey(id: "s", title: LocalizedText("S")), responses: responses)
        let sample = ReportBuilder.sample(input, completes: responses)
        #expect((sample.fieldworkStart, sample.fieldworkEnd) == ("2025-11-24", "2025-11-26"))
        #expect(sample.completes == 3)
        let unknown = ReportBuilder.sample(input, completes: [responses[0]])
        #expect(unknown.fieldworkStart == nil && unknown.fieldworkEnd == nil)
    }
}
