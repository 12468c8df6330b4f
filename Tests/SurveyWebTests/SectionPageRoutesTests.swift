import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// A section per page (`Surveys/web-sections.xml`) driven in process: one form with every question of the page,
/// problems next to each failing question with the answers kept, a page taken whole, back to the previous page.
@Suite struct SectionPageRoutesTests {
    @Test func aSectionPageIsOneFormTakenWholeOrNotAtAll() async throws {
        let fixture = try await WebFixture(survey: "Surveys/web-sections.xml")
        defer { fixture.remove() }
        let link = fixture.links["r1"] ?? ""
        try await fixture.server().application().test(.router) { client in
            let first = String(buffer: try await client.execute(uri: link, method: .get).body)
            #expect(first.components(separatedBy: "<form").count == 2)
            #expect(first.contains(#"name="step" value="intro""#))
            for name in ["visits:a", "channel:a", "rating:a"] {
                #expect(first.contains(#"name="\#(name)""#), "\(name)")
            }
            #expect(!first.contains(#"name="staff:a""#))
            let csrf = RespondentRoutesTests.csrf(first)
            let headers: HTTPFields = [.cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"]
            func post(_ fields: [(String, String)]) async throws -> TestResponse {
                try await client.execute(
                    uri: link, method: .post, headers: headers,
                    body: RespondentRoutesTests.form([("csrf", csrf), ("step", "intro")] + fields))
            }
            // A number that is not one and a missing rating: both shown, linked, the channel kept; nothing stored.
            let corrected = try await post([("visits:a", "lots"), ("channel:a", "store"), ("action", "next")])
            let html = String(buffer: corrected.body)
            #expect(corrected.status == .ok)
            #expect(html.contains(#"id="visits:problem""#))
            #expect(html.contains(#"id="rating:problem""#))
            #expect(!html.contains(#"id="channel:problem""#))
            #expect(html.contains(#"aria-describedby="visits:problem""#))
            #expect(html.contains(#"value="lots""#))
            #expect(html.contains(#"value="store" checked"#))
            #expect(try await fixture.store.responseCounts(surveyID: "web-sections").isEmpty)
            // Corrected: taken whole, and the store questions follow on their own page.
            let taken = try await post([
                ("visits:a", "3"), ("channel:a", "store"), ("rating:a", "4"), ("action", "next"),
            ])
            #expect(taken.status == .seeOther)
            let second = String(buffer: try await client.execute(uri: link, method: .get).body)
            #expect(second.contains(#"name="step" value="staff""#))
            #expect(second.contains(#"name="store_comment:a""#))
            let stored = try #require(try await fixture.store.responses(.init(surveyID: "web-sections")).first)
            #expect(stored.response.answers == ["visits": .number(3), "channel": .code("store"), "rating": .number(4)])
            // Back: the previous page, with its answers.
            let back = try await client.execute(
                uri: link, method: .post, headers: headers,
                body: RespondentRoutesTests.form([("csrf", csrf), ("step", "staff"), ("action", "back")]))
            #expect(back.status == .seeOther)
            let again = String(buffer: try await client.execute(uri: link, method: .get).body)
            #expect(again.contains(#"name="step" value="intro""#))
            #expect(again.contains(#"name="visits:a" value="3""#))
        }
    }
}
