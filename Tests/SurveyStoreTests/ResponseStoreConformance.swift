import Foundation
import SurveyModel
import SurveyStore
import Testing

/// The backend-neutral store test suite: every check takes a fresh, empty store from a factory, so the same
/// checks run against SQLite today and PostgreSQL later (`ResponseStoreConformance.checks`).
enum ResponseStoreConformance {
    struct Check: Sendable, CustomStringConvertible {
        let name: String
        let run: @Sendable (any ResponseStore) async throws -> Void
        var description: String { name }
    }

    static let version = SemanticVersion(1, 0, 0)
    static let definition = SurveyDefinitionRecord(
        surveyID: "demo", version: version, hash: "h1", json: "{\"id\":\"demo\"}")

    /// A store with the demo definition registered and `count` respondents r01, r02, ...
    static func prepared(_ store: any ResponseStore, respondents count: Int = 0) async throws -> any ResponseStore {
        try await store.registerSurvey(definition)
        let respondents = (1...max(1, count)).prefix(count).map {
            Respondent(id: String(format: "r%02d", $0), attributes: ["region": $0 % 2 == 0 ? "north" : "south"])
        }
        try await store.upsertRespondents(respondents)
        return store
    }

    static func start(_ id: String, respondent: String, interviewer: String = "ann") -> ResponseStart {
        ResponseStart(
            id: id, respondentID: respondent, surveyID: "demo", surveyVersion: version, seed: 42,
            interviewer: interviewer, mode: "script", startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    }

    static let checks: [Check] = [
        Check(name: "definitions are idempotent and versioned", run: definitions),
        Check(name: "web links are stored hashed, kept or replaced, attached once", run: invitations),
        Check(name: "respondents upsert", run: respondents),
        Check(name: "claims never hand one respondent to two callers", run: concurrentClaims),
        Check(name: "claims respect callbacks and final outcomes", run: callbacks),
        Check(name: "answers, unreachable flags, ladder, cursor", run: interview),
        Check(name: "quotas never overshoot", run: quotas),
        Check(name: "closed and unknown responses are refused", run: refusals),
        Check(name: "imports are idempotent and atomic when asked", run: imports),
        Check(name: "imported answers of every kind read back and continue in an interview", run: importedContinued),
        Check(name: "unknown times of imported responses stay unknown", run: unknownTimes),
        Check(name: "responses page by id, cut into ranges and filter by status", run: paging),
        Check(name: "bulk reads keep interleaved responses' answers, paradata and ladders apart", run: interleaved),
        Check(name: "disposition counts per case", run: dispositions),
        Check(name: "pending responses are the open interviews that decide their case", run: pendingResponses),
        Check(name: "weight sets", run: weightSets),
        Check(name: "quality runs", run: qualityRuns),
    ]

    static func definitions(_ store: any ResponseStore) async throws {
        #expect(try await store.registerSurvey(definition) == true)
        #expect(try await store.registerSurvey(definition) == false)
        var changed = definition
        changed.hash = "h2"
        await #expect(throws: StoreError.definitionConflict(surveyID: "demo", version: version)) {
            try await store.registerSurvey(changed)
        }
        var next = changed
        next.version = SemanticVersion(1, 1, 0)
        #expect(try await store.registerSurvey(next) == true)
        let found = try await store.surveyDefinition(surveyID: "demo", version: version)
        #expect(found?.hash == "h1")
        #expect(found?.json == definition.json)
        #expect(try await store.surveyDefinition(surveyID: "demo", version: SemanticVersion(9, 0, 0)) == nil)
        #expect(try await store.surveyDefinitions(surveyID: "demo").map(\.version) == [version, next.version])
    }

    static func respondents(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 3)
        #expect(try await store.respondentCount() == 3)
        try await store.upsertRespondents([
            Respondent(id: "r01", attributes: ["age": "40"], designWeight: 2.5, stratum: "s1", cluster: "c9")
        ])
        let updated = try await store.respondent(id: "r01")
        #expect(
            updated == Respondent(id: "r01", attributes: ["age": "40"], designWeight: 2.5, stratum: "s1", cluster: "c9")
        )
        #expect(try await store.respondentCount() == 3)
        #expect(try await store.respondentAttributeNames() == ["age", "region"])
        #expect(try await store.respondent(id: "nobody") == nil)
    }

    static func concurrentClaims(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 10)
        let claimed = try await withThrowingTaskGroup(of: String?.self) { group in
            for caller in 0..<25 {
                group.addTask {
                    try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "i\(caller)"))?
                        .respondent.id
                }
            }
            var ids: [String] = []
            for try await id in group { if let id { ids.append(id) } }
            return ids
        }
        #expect(claimed.count == 10)
        #expect(Set(claimed).count == 10)
        // The same interviewer gets their own claim back (resume after a crash).
        let again = try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "i0"))
        #expect(again != nil)
    }

    static func callbacks(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 2)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try #require(
            try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "ann", now: now)))
        #expect(first.respondent.id == "r01")
        try await store.recordContactAttempt(
            ContactAttempt(
                respondentID: "r01", surveyID: "demo", interviewer: "ann", disposition: .callback, at: now,
                callbackAt: now.addingTimeInterval(3600), note: "call after lunch"))
        let second = try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "bob", now: now))
        #expect(second?.respondent.id == "r02")
        try await store.recordContactAttempt(
            ContactAttempt(respondentID: "r02", surveyID: "demo", interviewer: "bob", disposition: .refusal, at: now))
        #expect(
            try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "bob", now: now)) == nil)
        let later = now.addingTimeInterval(7200)
        let due = try await store.claimNextRespondent(ClaimRequest(surveyID: "demo", interviewer: "cat", now: later))
        #expect(due?.respondent.id == "r01")
        #expect(due?.previousAttempts == 1)
        #expect(due?.callbackAt == now.addingTimeInterval(3600))
        let attempts = try await store.contactAttempts(respondentID: "r01", surveyID: "demo")
        #expect(attempts.map(\.note) == ["call after lunch"])
        await #expect(throws: StoreError.unknownRespondent(id: "zz")) {
            try await store.recordContactAttempt(
                ContactAttempt(respondentID: "zz", surveyID: "demo", interviewer: "x", disposition: .noAnswer))
        }
    }

    static func interview(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 1)
        try await store.createResponse(start("resp1", respondent: "r01"))
        let at = Date(timeIntervalSince1970: 1_700_000_100)
        try await store.saveAnswer(
            AnswerRecord(
                questionID: "q1", value: .code("2"), answeredAt: at, paradata: AnswerParadata(milliseconds: 1500)),
            responseID: "resp1")
        try await store.saveAnswer(
            AnswerRecord(
                questionID: "q2", value: .codes(["a", "other"]), otherTexts: ["q2.other": "a \"quoted\"\nline"],
                answeredAt: at),
            responseID: "resp1")
        try await store.saveAnswer(
            AnswerRecord(questionID: "q3", value: .grid(["r1": 3, "r2": 4.5])), responseID: "resp1")
        try await store.saveAnswer(
            AnswerRecord(
                questionID: "q4", value: .maxDiff([MaxDiffChoice(shown: ["x", "y", "z"], best: "x", worst: "z")])),
            responseID: "resp1")
        try await store.saveAnswer(AnswerRecord(questionID: "q5", value: .dontKnow), responseID: "resp1")
        try await store.saveLadderStep(
            LadderStep(probeID: "w1", questionID: "q1", depth: 1, text: "cheap"), responseID: "resp1", truncate: false)
        try await store.saveLadderStep(
            LadderStep(probeID: "w1", questionID: "q1", depth: 2, text: "saves money"), responseID: "resp1",
            truncate: false)
        try await store.saveLadderStep(
            LadderStep(probeID: "w1", questionID: "q1", depth: 1, text: "low price"), responseID: "resp1",
            truncate: true)
        try await store.markAnswersUnreachable(questionIDs: ["q3", "nope"], responseID: "resp1")
        try await store.updateCursor(
            InterviewCursor(position: "s1/q5#3", status: .inProgress, disposition: .inProgress), responseID: "resp1")
        let stored = try #require(try await store.response(id: "resp1"))
        #expect(stored.response.answers["q1"] == .code("2"))
        #expect(stored.response.answers["q2"] == .codes(["a", "other"]))
        #expect(stored.response.otherTexts == ["q2.other": "a \"quoted\"\nline"])
        #expect(stored.response.answers["q3"] == nil)
        #expect(stored.answerRecords.first { $0.record.questionID == "q3" }?.unreachable == true)
        #expect(
            stored.answerRecords.first { $0.record.questionID == "q3" }?.record.value == .grid(["r1": 3, "r2": 4.5]))
        #expect(
            stored.response.answers["q4"] == .maxDiff([MaxDiffChoice(shown: ["x", "y", "z"], best: "x", worst: "z")]))
        #expect(stored.response.answers["q5"] == .dontKnow)
        #expect(stored.answerRecords.first { $0.record.questionID == "q1" }?.record.paradata.milliseconds == 1500)
        #expect(stored.response.ladder == [LadderStep(probeID: "w1", questionID: "q1", depth: 1, text: "low price")])
        #expect(stored.setAsideLadder.isEmpty)
        // A ladder step set aside by back navigation is kept, flagged, and reachable again once saved again.
        let other = LadderStep(probeID: "w2", questionID: "q2", optionCode: "a", depth: 1, text: "because")
        try await store.saveLadderStep(other, responseID: "resp1", truncate: false)
        try await store.markLadderStepsUnreachable(
            [LadderStepKey(probeID: "w2", optionCode: "a", depth: 1), LadderStepKey(probeID: "nope", depth: 1)],
            responseID: "resp1")
        let setAside = try #require(try await store.response(id: "resp1"))
        #expect(setAside.response.ladder == [LadderStep(probeID: "w1", questionID: "q1", depth: 1, text: "low price")])
        #expect(setAside.setAsideLadder == [other])
        try await store.saveLadderStep(other, responseID: "resp1", truncate: false)
        #expect(try await store.response(id: "resp1")?.response.ladder.contains(other) == true)
        try await store.markLadderStepsUnreachable(
            [LadderStepKey(probeID: "w2", optionCode: "a", depth: 1)],
            responseID: "resp1")
        #expect(stored.cursor == "s1/q5#3")
        #expect(stored.response.seed == 42)
        #expect(stored.interviewer == "ann")
        #expect(stored.language == nil)
        // The interview language is kept (a resumed interview continues in it).
        var chinese = start("resp-zh", respondent: "r01")
        chinese.language = "zh"
        try await store.createResponse(chinese)
        #expect(try await store.response(id: "resp-zh")?.language == "zh")
        // Answering again makes the answer reachable again.
        try await store.saveAnswer(AnswerRecord(questionID: "q3", value: .grid(["r1": 1])), responseID: "resp1")
        #expect(try await store.response(id: "resp1")?.response.answers["q3"] == .grid(["r1": 1]))
        #expect(try await store.completeResponse(responseID: "resp1", quotas: [], at: at) == .completed)
        #expect(try await store.response(id: "resp1")?.response.status == .complete)
        #expect(try await store.response(id: "resp1")?.response.disposition == .complete)
    }

    static func quotas(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 12)
        for index in 1...12 {
            try await store.createResponse(start("q\(index)", respondent: String(format: "r%02d", index)))
        }
        let outcomes = try await withThrowingTaskGroup(of: CompletionOutcome.self) { group in
            for index in 1...12 {
                group.addTask {
                    try await store.completeResponse(
                        responseID: "q\(index)",
                        quotas: [QuotaClaim(quotaID: "all", target: 20), QuotaClaim(quotaID: "north", target: 5)],
                        at: Date())
                }
            }
            var outcomes: [CompletionOutcome] = []
            for try await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(outcomes.filter { $0 == .completed }.count == 5)
        #expect(outcomes.filter { $0 == .quotaFull(quotaID: "north") }.count == 7)
        #expect(try await store.quotaCounts(surveyID: "demo") == ["all": 5, "north": 5])
        let counts = try await store.responseCounts(surveyID: "demo")
        #expect(counts[.complete] == 5)
        #expect(counts[.breakOff] == 7)
        let full = try await store.responses(ResponseQuery(surveyID: "demo", statuses: [.breakOff]))
        #expect(full.allSatisfy { $0.response.disposition == .quotaFull })
    }

    static func refusals(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 1)
        await #expect(throws: StoreError.unknownSurveyVersion(surveyID: "demo", version: SemanticVersion(2, 0, 0))) {
            var start = start("x1", respondent: "r01")
            start.surveyVersion = SemanticVersion(2, 0, 0)
            try await store.createResponse(start)
        }
        #expect(try await store.response(id: "x1") == nil)
        await #expect(throws: StoreError.unknownResponse(id: "none")) {
            try await store.saveAnswer(AnswerRecord(questionID: "q1", value: .number(1)), responseID: "none")
        }
        try await store.createResponse(start("x2", respondent: "r01"))
        await #expect(throws: StoreError.duplicateResponse(id: "x2")) {
            try await store.createResponse(start("x2", respondent: "r01"))
        }
        _ = try await store.completeResponse(responseID: "x2", quotas: [], at: Date())
        await #expect(throws: StoreError.responseClosed(id: "x2", status: .complete)) {
            try await store.saveAnswer(AnswerRecord(questionID: "q1", value: .number(1)), responseID: "x2")
        }
    }

    static func imported(_ id: String, version: SemanticVersion = version) -> ImportedResponse {
        ImportedResponse(
            response: Response(
                id: id, respondentID: "p-" + id, surveyID: "demo", surveyVersion: version, status: .complete,
                disposition: .complete, startedAt: Date(timeIntervalSince1970: 1_700_000_000),
                updatedAt: Date(timeIntervalSince1970: 1_700_000_060), seed: 7,
                answers: ["q1": .code("1"), "q2": .number(3.5), "q3": .text("tab\there")],
                ladder: [LadderStep(probeID: "w1", questionID: "q1", depth: 1, text: "why not")]),
            attributes: ["region": "east"], mode: "import", quotaIDs: ["east"])
    }

    static func imports(_ store: any ResponseStore) async throws {
        let store = try await prepared(store)
        let first = try await store.importResponses((1...5).map { imported("i\($0)") }, atomic: false)
        #expect(first == ImportSummary(received: 5, stored: 5, skipped: 0))
        let again = try await store.importResponses((1...6).map { imported("i\($0)") }, atomic: true)
        #expect(again == ImportSummary(received: 6, stored: 1, skipped: 5))
        #expect(try await store.response(id: "i3")?.response == imported("i3").response)
        #expect(try await store.respondent(id: "p-i3")?.attributes == ["region": "east"])
        #expect(try await store.quotaCounts(surveyID: "demo") == ["east": 6])
        // Atomic: a bad response in a later batch stores nothing of the call.
        let bad = [imported("a1"), imported("a2"), imported("a3", version: SemanticVersion(3, 0, 0))]
        await #expect(throws: StoreError.self) {
            try await store.importResponses(from: ArrayBatchSource(bad, batchSize: 1), atomic: true)
        }
        #expect(try await store.response(id: "a1") == nil)
        // Not atomic: batches committed before the failure stay.
        await #expect(throws: StoreError.self) {
            try await store.importResponses(from: ArrayBatchSource(bad, batchSize: 1), atomic: false)
        }
        #expect(try await store.response(id: "a2") != nil)
        #expect(try await store.responseCounts(surveyID: "demo")[.complete] == 8)
    }

    /// Every kind of value (escapes, "other" texts) survives an import; an imported in-progress response then
    /// takes new answers, replacements and unreachable flags like an interviewed one, keeping the imported ones.
    static func importedContinued(_ store: any ResponseStore) async throws {
        let store = try await prepared(store)
        let answers: [String: AnswerValue] = [
            "c": .code("a\"b"), "cs": .codes(["x", "o"]), "n": .number(-2.25), "big": .number(1e20),
            "r": .ranking(["b", "a"]), "t": .text("line\n\u{1F600} \\ \"quoted\""), "d": .date("2026-11-23"),
            "g": .grid(["speed": 4, "cost": 2.5]), "k": .dontKnow, "f": .refused,
            "m": .maxDiff([MaxDiffChoice(shown: ["a", "b", "c"], best: "a", worst: "c")]),
        ]
        var response = Response(
            id: "open1", respondentID: "p1", surveyID: "demo", surveyVersion: version, status: .inProgress,
            disposition: .inProgress, startedAt: Date(timeIntervalSince1970: 1_700_000_000),
            updatedAt: Date(timeIntervalSince1970: 1_700_000_060), seed: 3, answers: answers,
            otherTexts: ["cs.o": "my \"own\" words"])
        _ = try await store.importResponses([ImportedResponse(response: response)], atomic: true)
        let read = try #require(try await store.response(id: "open1"))
        #expect(read.response == response)
        #expect(read.answerRecords.map(\.record.questionID) == answers.keys.sorted())
        #expect(
            read.answerRecords.first { $0.record.questionID == "cs" }?.record.otherTexts == ["cs.o": "my \"own\" words"]
        )
        // The interview goes on: a new answer, a replaced one and one made unreachable.
        try await store.saveAnswer(AnswerRecord(questionID: "z", value: .code("9")), responseID: "open1")
        try await store.saveAnswer(AnswerRecord(questionID: "n", value: .number(7)), responseID: "open1")
        try await store.markAnswersUnreachable(questionIDs: ["t"], responseID: "open1")
        let continued = try #require(try await store.response(id: "open1"))
        response.answers["z"] = .code("9")
        response.answers["n"] = .number(7)
        response.answers["t"] = nil
        #expect(continued.response.answers == response.answers)
        #expect(continued.response.otherTexts == ["cs.o": "my \"own\" words"])
        #expect(continued.answerRecords.filter(\.unreachable).map(\.record.questionID) == ["t"])
        #expect(continued.answerRecords.count == answers.count + 1)
    }

    static func paging(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 1)
        _ = try await store.importResponses((1...25).map { imported(String(format: "p%02d", $0)) }, atomic: true)
        try await store.createResponse(start("p99", respondent: "r01"))
        var seen: [String] = []
        var after: String? = nil
        while true {
            let page = try await store.responses(
                ResponseQuery(surveyID: "demo", statuses: [.complete], after: after, limit: 10))
            if page.isEmpty { break }
            seen += page.map(\.response.id)
            after = page.last?.response.id
        }
        #expect(seen == (1...25).map { String(format: "p%02d", $0) })
        #expect(try await store.responses(ResponseQuery(surveyID: "demo")).count == 26)
        #expect(try await store.responses(ResponseQuery(surveyID: "demo", statuses: [])).isEmpty)
        // Pages cut as ranges, read backwards: every complete once, in id order.
        let query = ResponseQuery(surveyID: "demo", statuses: [.complete], limit: 10)
        #expect(try await store.responsePageEnds(query) == ["p10", "p20"])
        let pages = try await store.responsePages(query)
        #expect(pages.map(\.after) == [nil, "p10", "p20"])
        #expect(pages.map(\.through) == ["p10", "p20", nil])
        var read: [[String]] = []
        for page in pages.reversed() { read.insert(try await store.responses(inPage: page).map(\.response.id), at: 0) }
        #expect(read.flatMap { $0 } == (1...25).map { String(format: "p%02d", $0) })
        #expect(try await store.responsePageEnds(ResponseQuery(surveyID: "demo", statuses: [])).isEmpty)
        let whole = ResponseQuery(surveyID: "demo", statuses: [.complete], after: "p05", through: "p07")
        #expect(try await store.responses(whole).map(\.response.id) == ["p06", "p07"])
    }

    static func dispositions(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 5)
        try await store.createResponse(start("d1", respondent: "r01", interviewer: "ann"))
        _ = try await store.completeResponse(responseID: "d1", quotas: [], at: Date())
        try await store.recordContactAttempt(
            ContactAttempt(
                respondentID: "r02", surveyID: "demo", interviewer: "bob", disposition: .noAnswer,
                at: Date(timeIntervalSince1970: 1_000)))
        try await store.recordContactAttempt(
            ContactAttempt(
                respondentID: "r02", surveyID: "demo", interviewer: "bob", disposition: .refusal,
                at: Date(timeIntervalSince1970: 2_000)))
        try await store.recordContactAttempt(
            ContactAttempt(respondentID: "r03", surveyID: "demo", interviewer: "ann", disposition: .noAnswer))
        let counts = try await store.dispositionCounts(surveyID: "demo")
        #expect(
            Set(counts) == [
                DispositionCount(disposition: .inProgress, interviewer: nil, count: 2),
                DispositionCount(disposition: .complete, interviewer: "ann", count: 1),
                DispositionCount(disposition: .refusal, interviewer: "bob", count: 1),
                DispositionCount(disposition: .noAnswer, interviewer: "ann", count: 1),
            ])
    }

    static func pendingResponses(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 4)
        // r01: open, decides its case. r02: open but completed by a later response. r03: open, then a later
        // refusal attempt decides the case. r04: nothing yet (pending, but no response to classify).
        try await store.createResponse(start("o1", respondent: "r01", interviewer: "ann"))
        try await store.createResponse(start("o2", respondent: "r02", interviewer: "bob"))
        try await store.createResponse(start("o3", respondent: "r02", interviewer: "bob"))
        _ = try await store.completeResponse(responseID: "o3", quotas: [], at: Date())
        try await store.createResponse(start("o4", respondent: "r03"))
        try await store.recordContactAttempt(
            ContactAttempt(
                respondentID: "r03", surveyID: "demo", interviewer: "ann", disposition: .refusal,
                at: Date(timeIntervalSince1970: 1_800_000_000)))
        let pending = try await store.pendingResponses(surveyID: "demo")
        #expect(pending.map(\.responseID) == ["o1"])
        #expect(pending.first?.interviewer == "ann")
        #expect(pending.first?.updatedAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try await store.pendingResponses(surveyID: "other").isEmpty)
    }

    static func weightSets(_ store: any ResponseStore) async throws {
        let set = WeightSet(
            name: "rake", surveyID: "demo", weights: ["r01": 1.25, "r02": 0.75], reportJSON: "{\"method\":\"raking\"}",
            createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        try await store.saveWeightSet(set)
        #expect(try await store.weightSet(name: "rake", surveyID: "demo") == set)
        var replaced = set
        replaced.weights = ["r03": 2]
        try await store.saveWeightSet(replaced)
        #expect(try await store.weightSet(name: "rake", surveyID: "demo")?.weights == ["r03": 2])
        #expect(try await store.weightSets(surveyID: "demo").map(\.count) == [1])
        #expect(try await store.weightSet(name: "none", surveyID: "demo") == nil)
        // Replicate weights come back bit for bit (a negative zero, a subnormal, the largest double); a
        // respondent may have none.
        var replicated = set
        replicated.name = "rake-jk1"
        replicated.replicateWeights = [
            "r01": [1.5, 0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude],
            "r02": [0.1, 0.2, 0.3, 0.4, 1.0 / 3],
        ]
        try await store.saveWeightSet(replicated)
        let read = try #require(try await store.weightSet(name: "rake-jk1", surveyID: "demo"))
        #expect(read == replicated)
        #expect(
            read.replicateWeights["r01"]?.map(\.bitPattern) == replicated.replicateWeights["r01"]?.map(\.bitPattern))
        #expect(read.replicateWeights["r02"]?.last == 1.0 / 3)
        // Saving the set again without replicates drops them.
        replicated.replicateWeights = [:]
        try await store.saveWeightSet(replicated)
        #expect(try await store.weightSet(name: "rake-jk1", surveyID: "demo")?.replicateWeights == [:])
    }
}
