import Foundation
import SurveyModel
import SurveyStore
import Testing

/// `StoreCopier` SQLite → PostgreSQL → SQLite keeps everything the stores can tell apart: responses exactly as
/// stored (unreachable answers, paradata, ladders, cursors, statuses), respondents, contact attempts and the queue
/// state they imply, quota counts and weight sets.
@Suite struct StoreCopyTests {
    static func fill(_ store: any ResponseStore) async throws {
        _ = try await ResponseStoreConformance.prepared(store, respondents: 4)
        let start = ResponseStoreConformance.start
        var live = start("live", "r01", "ann")
        live.language = "zh"
        try await store.createResponse(live)
        let at = Date(timeIntervalSince1970: 1_700_000_100)
        try await store.saveAnswer(
            AnswerRecord(
                questionID: "q1", value: .code("2"), answeredAt: at,
                paradata: AnswerParadata(
                    milliseconds: 900,
                    backSteps: 1)), responseID: "live")
        try await store.saveAnswer(
            AnswerRecord(questionID: "q2", value: .grid(["a": 1.5]), answeredAt: at), responseID: "live")
        try await store.markAnswersUnreachable(questionIDs: ["q2"], responseID: "live")
        try await store.saveLadderStep(
            LadderStep(probeID: "w", questionID: "q1", optionCode: "2", depth: 1, text: "why\tnot"), responseID: "live",
            truncate: false)
        try await store.saveLadderStep(
            LadderStep(probeID: "w", questionID: "q1", optionCode: "3", depth: 1, text: "set aside"),
            responseID: "live",
            truncate: false)
        try await store.markLadderStepsUnreachable(
            [LadderStepKey(probeID: "w", optionCode: "3", depth: 1)],
            responseID: "live")
        try await store.updateCursor(
            InterviewCursor(position: "s1/q3", status: .inProgress, disposition: .inProgress, updatedAt: at),
            responseID: "live")
        try await store.createResponse(start("done", "r02", "bob"))
        try await store.saveAnswer(
            AnswerRecord(questionID: "q1", value: .number(3), answeredAt: at), responseID: "done")
        _ = try await store.completeResponse(
            responseID: "done", quotas: [QuotaClaim(quotaID: "north", target: 9)], at: at)
        try await store.recordContactAttempt(
            ContactAttempt(
                respondentID: "r03", surveyID: "demo", interviewer: "cat", disposition: .callback, at: at,
                callbackAt: at.addingTimeInterval(60), note: "later"))
        // An imported complete response without start or completion time: the NULLs cross both ways.
        var untimed = ResponseStoreConformance.untimed("untimed")
        untimed.response.respondentID = "p-imp"
        _ = try await store.importResponses([ResponseStoreConformance.imported("imp"), untimed], atomic: true)
        try await store.saveWeightSet(
            WeightSet(
                name: "w", surveyID: "demo", weights: ["r01": 0.5, "r02": 1.75],
                replicateWeights: ["r01": [0.25, 0.75], "r02": [1.5, 2]], reportJSON: "{\"k\":1}", createdAt: at))
        try await store.saveQualityRun(
            QualityRun(
                name: "quality", surveyID: "demo", settingsJSON: "{}", reportJSON: "{\"judged\":1}", createdAt: at,
                records: [
                    QualityRecord(
                        responseID: "done", respondentID: "r01", score: 1, flags: ["speeding"],
                        evidenceJSON: "{\"speeding\":\"took 3 s\"}")
                ]))
    }

    /// Everything compared after a copy (value equality, so dictionary order does not matter).
    struct Snapshot: Equatable {
        var responses: [StoredResponse]
        var respondents: [Respondent]
        var attempts: [ContactAttempt]
        var quotas: [String: Int]
        var weights: WeightSet?
        var quality: QualityRun?
        var definitions: [[String]]
        var nextClaim: String?
    }

    static func snapshot(_ store: any ResponseStore) async throws -> Snapshot {
        let ids = ["r01", "r02", "r03", "r04", "p-imp"]
        let claim = ClaimRequest(surveyID: "demo", interviewer: "zed", now: Date(timeIntervalSince1970: 1_700_000_130))
        return Snapshot(
            responses: try await store.responses(ResponseQuery(surveyID: "demo", limit: 100)),
            respondents: try await store.respondents(ids: ids).sorted { $0.id < $1.id },
            attempts: try await store.contactAttempts(respondentID: "r03", surveyID: "demo"),
            quotas: try await store.quotaCounts(surveyID: "demo"),
            weights: try await store.weightSet(name: "w", surveyID: "demo"),
            quality: try await store.qualityRun(name: "quality", surveyID: "demo"),
            definitions: try await store.surveyDefinitions(surveyID: nil).map { [$0.surveyID, $0.hash, $0.json] },
            nextClaim: try await store.claimNextRespondent(claim)?.respondent.id)
    }

    @Test func sqliteToPostgresAndBackIsLossless() async throws {
        let original = try SQLiteStore(path: SQLiteStoreTests.temporaryPath())
        try await Self.fill(original)
        let server = try #require(try await StoreBackend.postgres.makeStore() as? PostgresStore)
        let back = try SQLiteStore(path: SQLiteStoreTests.temporaryPath("back"))
        let there = try await StoreCopier.copy(from: original, to: server)
        #expect(there.responses == 4)
        #expect(there.contactAttempts == 1)
        #expect(there.qualityRuns == 1)
        _ = try await StoreCopier.copy(from: server, to: back)
        let expected = try await Self.snapshot(original)
        #expect(try await Self.snapshot(server) == expected)
        #expect(try await Self.snapshot(back) == expected)
        for store in [original, server, back] as [any ResponseStore] {
            let untimed = try #require(try await store.response(id: "untimed"))
            #expect(untimed.response.startedAt == nil && untimed.completedAt == nil)
        }
        // A store that already holds data is refused (nothing is duplicated).
        await #expect(throws: StoreCopier.Failure.destinationNotEmpty(respondents: 5)) {
            _ = try await StoreCopier.copy(from: original, to: server)
        }
    }
}
