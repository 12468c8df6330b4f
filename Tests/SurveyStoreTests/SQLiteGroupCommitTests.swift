import Foundation
import SurveyModel
import SurveyStore
import Testing

/// Writes requested at the same time share a transaction (`SQLiteGroupCommit`); each caller must still see its own
/// transaction's outcome: a failing write stores nothing and fails alone, the others are all stored.
@Suite struct SQLiteGroupCommitTests {
    @Test func concurrentWritesFailAloneAndTheRestAreStored() async throws {
        let path = SQLiteStoreTests.temporaryPath()
        let store = try await ResponseStoreConformance.prepared(try SQLiteStore(path: path), respondents: 20)
        for index in 1...20 {
            let respondent = String(format: "r%02d", index)
            try await store.createResponse(ResponseStoreConformance.start("k\(index)", respondent: respondent))
        }
        try await store.updateCursor(
            InterviewCursor(position: "", status: .breakOff, disposition: .breakOff, updatedAt: Date()),
            responseID: "k20")
        // 19 open responses × 10 answers, interleaved with writes to an unknown and to a closed response.
        let outcomes = await withTaskGroup(of: (String, String?).self) { group in
            for question in 1...10 {
                for index in 1...20 {
                    group.addTask {
                        do {
                            try await store.saveAnswer(
                                AnswerRecord(
                                    questionID: "q\(question)", value: .number(Double(index * 100 + question))),
                                responseID: "k\(index)")
                            return ("k\(index)", nil)
                        } catch {
                            return ("k\(index)", "\(error)")
                        }
                    }
                }
                group.addTask {
                    do {
                        try await store.saveAnswer(
                            AnswerRecord(questionID: "q\(question)", value: .number(1)), responseID: "missing")
                        return ("missing", nil)
                    } catch {
                        return ("missing", "\(error)")
                    }
                }
            }
            var outcomes: [(String, String?)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(outcomes.count == 210)
        for (id, failure) in outcomes {
            switch id {
            case "missing": #expect(failure == "\(StoreError.unknownResponse(id: "missing"))")
            case "k20": #expect(failure == "\(StoreError.responseClosed(id: "k20", status: .breakOff))")
            default: #expect(failure == nil, "\(id): \(failure ?? "")")
            }
        }
        for index in 1...19 {
            let answers = try #require(try await store.response(id: "k\(index)")).response.answers
            let expected = Dictionary(
                uniqueKeysWithValues: (1...10).map { ("q\($0)", AnswerValue.number(Double(index * 100 + $0))) })
            #expect(answers == expected)
        }
        #expect(try await store.response(id: "k20")?.response.answers == [:])
        #expect(try await store.response(id: "missing") == nil)
    }
}
