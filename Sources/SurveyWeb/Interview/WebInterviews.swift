import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore

/// The web interviews of the served surveys over one store: what a link shows and what a submitted page does.
///
/// Nothing about an interview is kept between requests: each request finds the link's response in the store
/// and resumes it with the interview engine (`InterviewSession`), so several servers can share one store and a
/// server killed at any moment loses nothing it acknowledged. A page is redirected to (post/redirect/get) only
/// after its answer is committed.
///
/// A personal link's response is created by its first submitted page, not by opening the link (a link preview
/// or a crawler creates nothing); until then the first page is computed in memory with the link's seed, so it
/// shows the same option order the stored interview will.
public struct WebInterviews: Sendable {
    /// The served surveys by id.
    public let surveys: [String: Survey]
    public let store: any ResponseStore
    /// The collection mode stored with web responses.
    public static let mode = "cawi"
    /// The metadata entry that opens a survey to anyone with its link (`<entry key="web-access">open</entry>`).
    public static let accessKey = "web-access"

    public init(surveys: [Survey], store: any ResponseStore) {
        self.surveys = Dictionary(surveys.map { ($0.id, $0) }) { first, _ in first }
        self.store = store
    }

    /// Whether anyone may start `survey` from its open link.
    public static func isOpen(_ survey: Survey) -> Bool { survey.metadata[accessKey] == "open" }

    /// The page `GET /s/SURVEY[?t=TOKEN]` shows.
    public func page(surveyID: String, token: String?, language: LanguageRequest) async throws -> WebPage {
        guard let survey = surveys[surveyID] else { return .notFound }
        guard let token else {
            let chosen = language.choose(for: survey)
            return Self.isOpen(survey)
                ? .start(survey: survey, language: chosen) : .needsInvitation(survey: survey, language: chosen)
        }
        guard let link = try await link(token, survey: survey) else { return .notFound }
        return try await state(of: link, survey: survey, language: language).page
    }

    /// Starts an interview from the open link: a new respondent and link, whose token is returned (the caller
    /// redirects to it). Nil when the survey is unknown or not open.
    public func startOpen(surveyID: String, now: Date = Date()) async throws -> WebLinkToken? {
        guard let survey = surveys[surveyID], Self.isOpen(survey) else { return nil }
        let token = WebLinkToken.random()
        let respondent = "web-" + token.hash.suffix(16)
        let invitation = Invitation(
            tokenHash: token.hash, surveyID: survey.id, respondentID: respondent, createdAt: now)
        _ = try await store.saveInvitations([invitation], replace: false)
        return token
    }

    /// Applies a submitted page (`POST /s/SURVEY?t=TOKEN`): every step on it through the engine at once
    /// (`InterviewSession.submitPage`), so that a page is taken whole or not at all. A form for another page than
    /// the current one (an old tab, a double submit) changes nothing and shows the current page.
    public func submit(
        surveyID: String, token: String, fields: FormFields, language: LanguageRequest
    ) async throws -> WebSubmission {
        guard let survey = surveys[surveyID], let link = try await link(token, survey: survey) else {
            return .page(.notFound)
        }
        let state = try await state(of: link, survey: survey, language: language)
        guard case .step(var step) = state.page, fields["step"] == step.prompt.position.description else {
            return .redirect
        }
        let back = fields["action"] == "back"
        var inputs: [InterviewPosition: InterviewInput] = [:]
        var confirmed: Set<InterviewPosition> = []
        if !back {
            var unreadable = false
            for index in step.items.indices {
                let item = step.items[index]
                let scoped = fields.scoped(step.prefix(of: item))
                step.items[index].fields = scoped
                if scoped["confirm"] == "1" { confirmed.insert(item.prompt.position) }
                switch FormAnswerCodec.input(scoped, for: item.prompt) {
                case .success(let input): inputs[item.prompt.position] = input
                case .failure(let problem):
                    step.items[index].problem = problem.message(in: step.language ?? step.survey.defaultLanguage)
                    unreadable = true
                }
            }
            if unreadable {
                // The other steps' problems too, from a trial on a copy of the engine (nothing is recorded).
                var trial = state.engine
                if case .needsCorrection(let problems)? = trial?.submitPage(inputs, confirmed: confirmed) {
                    step.mark(problems, keeping: true)
                }
                return .page(.step(step))
            }
        }
        var session: InterviewSession
        switch state {
        case .running(let running): session = running
        case .fresh(let engine, let responseID):
            if back { return .redirect }
            guard let started = try await start(link, engine: engine, responseID: responseID) else { return .redirect }
            session = started
        case .other: return .redirect
        }
        if back {
            guard case .rejected(let message) = try await session.goBackPage() else { return .redirect }
            step.items[0].problem = Self.sentence(message)
            return .page(.step(step))
        }
        switch try await session.submitPage(inputs, confirmed: confirmed) {
        case .accepted: return .redirect
        case .needsCorrection(let problems):
            step.mark(problems, keeping: false)
            return .page(.step(step))
        }
    }

    /// `message` as a sentence: a capital first letter and a full stop (Chinese texts already end with "。").
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let text = first.uppercased() + message.dropFirst()
        return text.hasSuffix(".") || text.hasSuffix("。") ? text : text + "."
    }

    // MARK: The state of a link

    private struct Link {
        var token: WebLinkToken
        /// The link with its response and respondent, read together.
        var stored: InvitationState
        var invitation: Invitation { stored.invitation }
    }

    /// The link `text` names for `survey`, or nil (malformed, unknown, replaced, or for another survey).
    private func link(_ text: String, survey: Survey) async throws -> Link? {
        guard let token = WebLinkToken(parsing: text),
            let stored = try await store.invitationState(tokenHash: token.hash),
            stored.invitation.surveyID == survey.id
        else { return nil }
        return Link(token: token, stored: stored)
    }

    private enum LinkState {
        /// A stored interview in progress, resumed.
        case running(InterviewSession)
        /// Not started: the first step computed in memory (`responseID`: an id the link already names but whose
        /// response was never created, after a crash between the two writes).
        case fresh(InterviewEngine, responseID: String?)
        /// Any other page (ended interviews).
        case other(WebPage)

        var page: WebPage {
            switch self {
            case .running(let session): WebInterviews.page(of: session.engine)
            case .fresh(let engine, _): WebInterviews.page(of: engine)
            case .other(let page): page
            }
        }

        /// The engine of an interview that can still be answered.
        var engine: InterviewEngine? {
            switch self {
            case .running(let session): session.engine
            case .fresh(let engine, _): engine
            case .other: nil
            }
        }
    }

    /// A recorder for one request: pages are timed from the previous page's answer (within 30 minutes), and a
    /// store outage is retried for 3 s before the respondent gets the "try again in a moment" page.
    private func makeRecorder() -> StoreInterviewRecorder {
        StoreInterviewRecorder(
            store: store, mode: Self.mode, continuousWithin: 1800, retry: StoreOutageRetry(limit: 3))
    }

    private func state(of link: Link, survey: Survey, language: LanguageRequest) async throws -> LinkState {
        let recorder = makeRecorder()
        if let responseID = link.invitation.responseID, let stored = link.stored.response {
            let sameVersion = stored.response.surveyID == survey.id && stored.response.surveyVersion == survey.version
            let definition =
                sameVersion
                ? survey : try await InterviewSession.definition(for: responseID, store: store, file: survey).survey
            guard stored.response.status == .inProgress else {
                let language = language.explicit(for: definition) ?? stored.language
                return .other(.finished(Self.ending(stored.response), survey: definition, language: language))
            }
            var session = try InterviewSession.resume(
                survey: definition,
                stored: await recorder.loadInterview(stored, respondent: link.stored.respondent),
                language: language.explicit(for: definition), recorder: recorder)
            _ = try await session.begin()
            return .running(session)
        }
        let respondent = link.stored.respondent ?? Respondent(id: link.invitation.respondentID)
        var engine = InterviewEngine(
            survey: survey, respondent: respondent, seed: link.token.seed, language: language.choose(for: survey))
        if !survey.quotas.isEmpty { engine.fullQuotas = try await recorder.fullQuotas(of: survey) }
        _ = engine.begin()
        return .fresh(engine, responseID: link.invitation.responseID)
    }

    /// The engine's current page (`InterviewEngine.page`), or its ending.
    static func page(of engine: InterviewEngine) -> WebPage {
        let prompts = engine.page.compactMap(engine.prompt(at:))
        guard let first = prompts.first else {
            let outcome = engine.outcome
            let ending: WebEnding =
                outcome?.status == .complete ? .completed : outcome?.disposition == .quotaFull ? .screenedOut : .closed
            return .finished(ending, survey: engine.survey, language: engine.language)
        }
        let items = prompts.map { prompt in
            let prefix = prompt.position.itemID + "."
            var others: [String: String] = [:]
            for (key, text) in engine.otherTexts where key.hasPrefix(prefix) {
                others[String(key.dropFirst(prefix.count))] = text
            }
            let fields = FormAnswerCodec.fields(for: prompt, answer: prompt.currentAnswer, otherTexts: others)
            return WebStepItem(prompt: prompt, fields: fields)
        }
        return .step(
            WebStep(
                survey: engine.survey, items: items, language: engine.language,
                canGoBack: first.number > 1 || first.position.depth > 1))
    }

    /// Creates the link's response and resumes it; nil when a concurrent request created it first.
    private func start(_ link: Link, engine: InterviewEngine, responseID: String?) async throws -> InterviewSession? {
        let recorder = makeRecorder()
        let id: String
        if let responseID {
            id = responseID
        } else {
            let proposed = UUID().uuidString.lowercased()
            id = try await store.attachResponse(proposed, toInvitation: link.invitation.tokenHash)
            guard id == proposed else { return nil }
        }
        do {
            var session = try await InterviewSession.start(
                survey: engine.survey, respondent: engine.respondent, seed: engine.seed, responseID: id,
                language: engine.language, recorder: recorder)
            _ = try await session.begin()
            return session
        } catch StoreError.duplicateResponse {
            return nil
        }
    }

    private static func ending(_ response: Response) -> WebEnding {
        switch (response.status, response.disposition) {
        case (.complete, _): .completed
        case (_, .quotaFull): .screenedOut
        default: .closed
        }
    }
}
