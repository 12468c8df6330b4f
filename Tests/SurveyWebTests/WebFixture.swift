import Foundation
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import SurveyWeb

/// A store with the web example survey, three sampled respondents and their links, for tests that drive the
/// web server in process.
struct WebFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let directory: URL
    let store: SQLiteStore
    let survey: Survey
    /// Link paths (`/s/web-feedback?t=...`) by respondent id.
    let links: [String: String]

    init(survey file: String = "Surveys/web-feedback.xml") async throws {
        directory = try VocRunner.temporaryDirectory()
        store = try SQLiteStore(path: directory.appendingPathComponent("web.voc.sqlite").path)
        let document = SurveyLoader.load(contentsOf: Self.root.appendingPathComponent(file).path)
        guard let survey = document.survey, !document.hasErrors else { throw WebServerError(document.rendered()) }
        self.survey = survey
        _ = try await store.upsertRespondents(
            ["r1", "r2", "r3"].map { Respondent(id: $0, attributes: ["email": "\($0)@example.com"]) })
        let issued = try await WebInvitations.issue(
            surveyID: survey.id, store: store, baseURL: "http://x", replace: false)
        links = Dictionary(uniqueKeysWithValues: issued.links.map { ($0.respondentID, String($0.url.dropFirst(8))) })
    }

    func server() throws -> WebServer {
        WebServer(
            interviews: WebInterviews(surveys: [survey], store: store),
            configuration: .init(templates: try WebTemplates()))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
