import Foundation
import SurveyModel
import SurveyStore
import Testing

extension ResponseStoreConformance {
    /// Web links: one per survey and respondent, kept or replaced (the replacement keeps the started response),
    /// found by their hash only, and attached to one response even when two requests race.
    static func invitations(_ store: any ResponseStore) async throws {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        let first = [
            Invitation(tokenHash: "h1", surveyID: "demo", respondentID: "r1", createdAt: at),
            Invitation(tokenHash: "h2", surveyID: "demo", respondentID: "r2", createdAt: at),
        ]
        #expect(try await store.saveInvitations(first, replace: false) == first)
        #expect(try await store.respondentIDs() == [])
        #expect(try await store.invitation(tokenHash: "h1") == first[0])
        #expect(try await store.invitation(tokenHash: "nope") == nil)

        async let one = store.attachResponse("x-one", toInvitation: "h1")
        async let two = store.attachResponse("x-two", toInvitation: "h1")
        let winners = try await [one, two]
        #expect(winners[0] == winners[1] && ["x-one", "x-two"].contains(winners[0]))
        #expect(try await store.attachResponse("x-three", toInvitation: "h1") == winners[0])

        let again = [
            Invitation(tokenHash: "h1b", surveyID: "demo", respondentID: "r1", createdAt: at),
            Invitation(tokenHash: "h3", surveyID: "demo", respondentID: "r3", createdAt: at),
        ]
        #expect(try await store.saveInvitations(again, replace: false) == [again[1]])
        #expect(try await store.invitation(tokenHash: "h1b") == nil)
        #expect(try await store.saveInvitations([again[0]], replace: true) == [again[0]])
        #expect(try await store.invitation(tokenHash: "h1") == nil)
        #expect(try await store.invitation(tokenHash: "h1b")?.responseID == winners[0])
        await #expect(throws: StoreError.self) { try await store.attachResponse("x", toInvitation: "nope") }

        _ = try await store.upsertRespondents([Respondent(id: "b"), Respondent(id: "a", attributes: ["k": "v"])])
        #expect(try await store.respondentIDs() == ["a", "b"])

        // What a web page reads: the link with its response and respondent, as the three separate reads give them.
        #expect(try await store.invitationState(tokenHash: "nope") == nil)
        let unstarted = try #require(try await store.invitationState(tokenHash: "h3"))
        #expect(unstarted.invitation == again[1] && unstarted.response == nil && unstarted.respondent == nil)
        try await store.registerSurvey(definition)
        let link = Invitation(tokenHash: "h4", surveyID: "demo", respondentID: "a", createdAt: at)
        _ = try await store.saveInvitations([link], replace: false)
        try await store.createResponse(start("k-web", respondent: "a"))
        #expect(try await store.attachResponse("k-web", toInvitation: "h4") == "k-web")
        try await store.saveAnswer(AnswerRecord(questionID: "q1", value: .code("yes")), responseID: "k-web")
        let started = try #require(try await store.invitationState(tokenHash: "h4"))
        #expect(
            started.invitation
                == Invitation(
                    tokenHash: "h4", surveyID: "demo", respondentID: "a", responseID: "k-web", createdAt: at))
        #expect(started.respondent == Respondent(id: "a", attributes: ["k": "v"]))
        #expect(started.response == (try await store.response(id: "k-web")))
        #expect(started.response?.response.answers == ["q1": .code("yes")])
    }
}
