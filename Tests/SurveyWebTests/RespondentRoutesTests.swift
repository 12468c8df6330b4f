import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyStore
import Testing

@testable import SurveyWeb

/// The respondent routes driven in process (HummingbirdTesting): links, the navigation contract, CSRF, stale
/// forms, validation errors, the open link, security headers and the limit on link guesses.
@Suite struct RespondentRoutesTests {
    /// The page's CSRF value (also its cookie).
    static func csrf(_ html: String) -> String {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(
            string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
                .joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func aPersonalLinkShowsTheFirstStepWithTheNavigationContractAndSafeHeaders() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: fixture.links["r1"] ?? "", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains(#"<form method="post""#))
                #expect(
                    html.contains(#"<button type="submit" name="action" value="next" class="primary">Next</button>"#))
                #expect(html.contains(#"name="step" value="welcome""#))
                #expect(html.components(separatedBy: "<form").count == 2)
                #expect(response.headers[.setCookie]?.hasPrefix("voc_csrf=") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            #expect(try await fixture.store.responseCounts(surveyID: "web-feedback").isEmpty)
        }
    }

    @Test func formsWithoutTheCSRFValueOrForAnotherStepChangeNothing() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let link = fixture.links["r1"] ?? ""
        try await fixture.server().application().test(.router) { client in
            let first = try await client.execute(uri: link, method: .get)
            let csrf = Self.csrf(String(buffer: first.body))
            let cookie: HTTPFields = [.cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"]
            let forged = try await client.execute(
                uri: link, method: .post, headers: Self.formHeaders,
                body: Self.form([("csrf", csrf), ("step", "welcome"), ("action", "next")]))
            #expect(forged.status == .seeOther)
            #expect(try await fixture.store.responseCounts(surveyID: "web-feedback").isEmpty)

            let taken = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "welcome"), ("action", "next")]))
            #expect(taken.status == .seeOther)
            #expect(taken.headers[.location] == link)
            let stale = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "welcome"), ("action", "next")]))
            #expect(stale.status == .seeOther)
            let page = try await client.execute(uri: link, method: .get, headers: [.cookie: "voc_csrf=\(csrf)"])
            #expect(String(buffer: page.body).contains(#"name="step" value="channel""#))

            let wrong = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "channel"), ("action", "next"), ("a", "<b>moon</b>")]))
            let html = String(buffer: wrong.body)
            #expect(wrong.status == .ok)
            #expect(html.contains(#"<p class="problem" id="problem" role="alert">"#))
            #expect(html.contains(#"<fieldset aria-describedby="problem">"#))
            #expect(!html.contains("<b>moon</b>"))
        }
    }

    /// On a Chinese page every problem is Chinese: the form's (an answer the page cannot read) and the engine's
    /// (a required answer missing), as on the terminal.
    @Test func problemsAreShownInThePageLanguage() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let link = (fixture.links["r1"] ?? "") + "&lang=zh"
        try await fixture.server().application().test(.router) { client in
            let first = try await client.execute(uri: link, method: .get)
            let csrf = Self.csrf(String(buffer: first.body))
            let cookie: HTTPFields = [.cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"]
            _ = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "welcome"), ("action", "next")]))
            let missing = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "channel"), ("action", "next")]))
            #expect(String(buffer: missing.body).contains("<strong>请更正：</strong> 此题必须回答。"))
            let unreadable = try await client.execute(
                uri: link, method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "channel"), ("action", "next"), ("a", "moon")]))
            #expect(String(buffer: unreadable.body).contains("<strong>请更正：</strong> 请选择一个选项。"))
            let english = try await client.execute(
                uri: (fixture.links["r1"] ?? "") + "&lang=en", method: .post, headers: cookie,
                body: Self.form([("csrf", csrf), ("step", "channel"), ("action", "next")]))
            #expect(
                String(buffer: english.body).contains("<strong>Please correct this:</strong> An answer is required."))
        }
    }

    @Test func theOpenLinkStartsAnInterviewOnlyWhenTheSurveyAllowsIt() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let start = try await client.execute(uri: "/s/web-feedback", method: .get)
            let csrf = Self.csrf(String(buffer: start.body))
            #expect(String(buffer: start.body).contains("Start the survey"))
            let started = try await client.execute(
                uri: "/s/web-feedback", method: .post,
                headers: [.cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"],
                body: Self.form([("csrf", csrf), ("action", "next")]))
            #expect(started.status == .seeOther)
            #expect(started.headers[.location]?.hasPrefix("/s/web-feedback?t=") == true)
            #expect(started.headers[values: .setCookie].contains { $0.hasPrefix("voc_link_web-feedback=") })
            try await client.execute(uri: "/s/another", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func unknownLinksRevealNothingAndGuessingIsLimited() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            for attempt in 1...21 {
                let token =
                    String(repeating: "A", count: 31) + String("ABCDEFGHIJKLMNOPQRSTU".dropFirst(attempt - 1).prefix(1))
                let response = try await client.execute(uri: "/s/web-feedback?t=\(token)", method: .get)
                let expected: HTTPResponse.Status = attempt <= 20 ? .notFound : .tooManyRequests
                #expect(response.status == expected, "attempt \(attempt)")
            }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Page not found"))
            }
        }
    }
}
