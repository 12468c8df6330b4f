import Foundation
import Hummingbird
import SurveyStore

/// The routes respondents use: `GET` and `POST /s/SURVEY[?t=TOKEN]`, the style sheet, and `GET /healthz`.
///
/// Navigation contract: every page has one `<form method="post">` whose primary button is
/// `<button type="submit" name="action" value="next">` (back: `value="back"`); a taken page answers 303 to
/// the page to show next (post/redirect/get), so refreshing or the browser's back button never records twice.
/// Forms carry a CSRF value equal to the `voc_csrf` cookie (SameSite=Strict); a form without it changes
/// nothing and the current page is shown again.
struct RespondentRoutes: Sendable {
    let interviews: WebInterviews
    let templates: WebTemplates
    let limiter: LinkGuessLimiter
    /// Cookies are marked `Secure` (served over HTTPS, directly or behind a proxy).
    let secureCookies: Bool

    func add(to router: Router<WebRequestContext>) {
        router.get("/healthz") { _, _ in try await health() }
        router.get("/assets/voc.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=300"],
                body: .init(byteBuffer: ByteBuffer(string: templates.styleSheet)))
        }
        router.get("/s/:survey") { request, context in try await show(request, context) }
        router.post("/s/:survey") { request, context in try await submit(request, context) }
    }

    private func health() async throws -> Response {
        do {
            _ = try await interviews.store.surveyDefinitions(surveyID: interviews.surveys.keys.sorted().first)
            return Response(
                status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        } catch {
            return Response(
                status: .serviceUnavailable, headers: [.contentType: "text/plain"],
                body: .init(byteBuffer: ByteBuffer(string: "the store is unreachable\n")))
        }
    }

    private func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let surveyID = context.parameters.get("survey") ?? ""
        let query = request.uri.queryParameters
        let token = query["t"].map(String.init)
        let language = languageRequest(request)
        var cookies = PageCookies(request: request, secure: secureCookies)
        if token == nil, let remembered = cookies.link(for: surveyID) {
            return redirect(to: WebLinkPath.path(surveyID, token: remembered, language: language.requested))
        }
        if token != nil, await limiter.isBlocked(context.clientAddress) { return message(.tooManyRequests, "tooMany") }
        return try await guarded {
            let page = try await interviews.page(surveyID: surveyID, token: token, language: language)
            if case .notFound = page, token != nil { await limiter.recordFailure(context.clientAddress) }
            return render(page, surveyID: surveyID, token: token, language: language.requested, cookies: &cookies)
        }
    }

    private func submit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let surveyID = context.parameters.get("survey") ?? ""
        let token = request.uri.queryParameters["t"].map(String.init)
        var language = languageRequest(request)
        var cookies = PageCookies(request: request, secure: secureCookies)
        var request = request
        guard let body = try? await request.collectBody(upTo: context.maxUploadSize) else {
            return message(.contentTooLarge, "badRequest")
        }
        let fields = FormFields(urlEncoded: String(buffer: body))
        if language.requested == nil { language.requested = fields["lang"] }
        guard let csrf = cookies.csrf, fields["csrf"] == csrf else {
            return redirect(to: WebLinkPath.path(surveyID, token: token, language: language.requested))
        }
        if token != nil, await limiter.isBlocked(context.clientAddress) { return message(.tooManyRequests, "tooMany") }
        return try await guarded {
            guard let token else {
                guard let started = try await interviews.startOpen(surveyID: surveyID) else {
                    return message(.notFound, "notFound")
                }
                var response = redirect(
                    to: WebLinkPath.path(surveyID, token: started.text, language: language.requested))
                cookies.remember(link: started.text, for: surveyID, in: &response)
                return response
            }
            switch try await interviews.submit(surveyID: surveyID, token: token, fields: fields, language: language) {
            case .redirect: return redirect(to: WebLinkPath.path(surveyID, token: token, language: language.requested))
            case .page(let page):
                if case .notFound = page { await limiter.recordFailure(context.clientAddress) }
                return render(page, surveyID: surveyID, token: token, language: language.requested, cookies: &cookies)
            }
        }
    }

    /// Runs `body`, turning a store that cannot be reached into a 503 page that retries by itself.
    private func guarded(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch StoreError.unavailable, StoreError.busy {
            var response = message(.serviceUnavailable, "unavailable", refresh: true)
            response.headers[.retryAfter] = "5"
            return response
        }
    }

    private func languageRequest(_ request: Request) -> LanguageRequest {
        LanguageRequest(
            requested: request.uri.queryParameters["lang"].map(String.init),
            acceptLanguage: request.headers[.acceptLanguage])
    }

    private func render(
        _ page: WebPage, surveyID: String, token: String?, language: String?, cookies: inout PageCookies
    ) -> Response {
        let csrf = cookies.csrf ?? PageCookies.newValue()
        let view = PageView(action: WebLinkPath.path(surveyID, token: token, language: language), csrf: csrf)
        let (template, context) = view.render(page)
        var status: HTTPResponse.Status = .ok
        if case .notFound = page { status = .notFound }
        var response = templates.htmlResponse(status, template, context)
        if cookies.csrf == nil { cookies.setCSRF(csrf, in: &response) }
        return response
    }

    private func message(_ status: HTTPResponse.Status, _ key: String, refresh: Bool = false) -> Response {
        templates.messageResponse(status, key, refresh: refresh)
    }

    private func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
