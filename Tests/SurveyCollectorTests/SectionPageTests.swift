import Foundation
import SurveyModel
import SurveyParser
import Testing

@testable import SurveyCollector

/// Section pages (`page="section"`, `Surveys/web-sections.xml`): what the engine puts on one page, and a page
/// taken whole or not at all.
@Suite struct SectionPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func survey() throws -> Survey {
        let path = root.appendingPathComponent("Surveys/web-sections.xml").path
        return try #require(SurveyLoader.load(contentsOf: path).survey)
    }

    static func ids(_ engine: InterviewEngine) -> [String] { engine.page.map(\.description) }

    static func firstPage(channel: String) -> [InterviewPosition: InterviewInput] {
        [
            InterviewPosition(itemID: "visits"): .answer(.number(3)),
            InterviewPosition(itemID: "channel"): .answer(.code(channel)),
            InterviewPosition(itemID: "rating"): .answer(.number(4)),
        ]
    }

    @Test func aPageEndsBeforeAQuestionThatDependsOnIt() throws {
        var engine = InterviewEngine(survey: try Self.survey(), respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        // staff and store_comment depend on channel, asked on the same page: they start the next one.
        #expect(Self.ids(engine) == ["intro", "visits", "channel", "rating"])
        guard case .accepted(let events) = engine.submitPage(Self.firstPage(channel: "store")) else {
            Issue.record("the first page was not taken")
            return
        }
        #expect(events.filter { if case .answered = $0 { true } else { false } }.count == 3)
        #expect(Self.ids(engine) == ["staff", "store_comment"])
        // The optional comment may stay empty; the why probe keeps a page per ladder step.
        guard case .accepted = engine.submitPage([InterviewPosition(itemID: "staff"): .answer(.number(5))]) else {
            Issue.record("the store page was not taken")
            return
        }
        #expect(Self.ids(engine) == ["why_rating@1"])
        #expect(engine.prompt?.text == "You rated your visit 4. Why is that?")
        _ = engine.submitPage([InterviewPosition(itemID: "why_rating", depth: 1): .why("Quick checkout")])
        #expect(Self.ids(engine) == ["why_rating@2"])
        _ = engine.submitPage([InterviewPosition(itemID: "why_rating", depth: 2): .why("")])
        #expect(Self.ids(engine) == ["nps", "liked", "comment"])
        #expect(engine.prompt(at: InterviewPosition(itemID: "liked"))?.required == true)
    }

    @Test func hiddenQuestionsLeaveThePage() throws {
        var engine = InterviewEngine(survey: try Self.survey(), respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        _ = engine.submitPage(Self.firstPage(channel: "web"))
        #expect(Self.ids(engine) == ["why_rating@1"])
    }

    @Test func aPageWithProblemsTakesNothingAndNamesEachOne() throws {
        var engine = InterviewEngine(survey: try Self.survey(), respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        let result = engine.submitPage([
            InterviewPosition(itemID: "visits"): .answer(.number(3)),
            InterviewPosition(itemID: "rating"): .answer(.number(9)),
        ])
        guard case .needsCorrection(let problems) = result else {
            Issue.record("a page with problems was taken: \(result)")
            return
        }
        #expect(Set(problems.keys.map(\.description)) == ["channel", "rating"])
        #expect(problems[InterviewPosition(itemID: "channel")] == .rejected("an answer is required"))
        #expect(engine.answers.isEmpty)
        #expect(Self.ids(engine) == ["intro", "visits", "channel", "rating"])
    }

    @Test func backGoesToThePreviousPageAndResumingShowsTheWholePage() throws {
        let survey = try Self.survey()
        var engine = InterviewEngine(survey: survey, respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        #expect(engine.goBackPage() == .rejected("already at the first question"))
        _ = engine.submitPage(Self.firstPage(channel: "store"))
        guard case .accepted(let events) = engine.goBackPage() else {
            Issue.record("back from the second page was refused")
            return
        }
        #expect(
            events.first == .wentBack(from: InterviewPosition(itemID: "staff"), to: InterviewPosition(itemID: "intro")))
        #expect(Self.ids(engine) == ["intro", "visits", "channel", "rating"])
        #expect(engine.prompt(at: InterviewPosition(itemID: "channel"))?.currentAnswer == .code("store"))
        // Resumed without a cursor after two answers of the first page: the whole page again.
        var resumed = InterviewEngine(
            survey: survey, respondent: Respondent(id: "r"), seed: 1,
            answers: ["visits": .number(3), "channel": .code("web")])
        _ = resumed.begin()
        #expect(resumed.cursor?.description == "rating")
        #expect(Self.ids(resumed) == ["intro", "visits", "channel", "rating"])
    }

    @Test func aQuestionPerPageByDefault() throws {
        var survey = try Self.survey()
        survey.page = .question
        var engine = InterviewEngine(survey: survey, respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        #expect(Self.ids(engine) == ["intro"])
        survey.sections[0].page = .section
        engine = InterviewEngine(survey: survey, respondent: Respondent(id: "r"), seed: 1)
        _ = engine.begin()
        #expect(Self.ids(engine) == ["intro", "visits", "channel", "rating"])
    }
}
