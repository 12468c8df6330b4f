import Foundation
import SurveyModel
import SurveyStore
import Testing

extension ResponseStoreConformance {
    /// Completes read in bulk get exactly their own answers, paradata and ladder steps when other responses' rows
    /// lie between theirs: every second response left in progress (the stores read such a page by key range and
    /// skip the others' rows), and a sparser mix where only every third response is complete (read by key list).
    static func interleaved(_ store: any ResponseStore) async throws {
        let store = try await prepared(store, respondents: 1)
        let id = { (number: Int) in String(format: "m%02d", number) }
        for number in 1...60 {
            try await store.createResponse(start(id(number), respondent: "r01"))
            for (position, question) in ["a", "b", "c"].enumerated() {
                try await store.saveAnswer(
                    AnswerRecord(
                        questionID: question, value: .number(Double(number * 10 + position)),
                        paradata: AnswerParadata(milliseconds: position == 1 ? nil : number)),
                    responseID: id(number))
            }
            try await store.saveLadderStep(
                LadderStep(probeID: "w", questionID: "a", depth: 1, text: "because \(number)"), responseID: id(number),
                truncate: false)
        }
        let completed = Array(stride(from: 2, through: 30, by: 2)) + Array(stride(from: 33, through: 60, by: 3))
        for number in completed {
            _ = try await store.completeResponse(
                responseID: id(number), quotas: [], at: Date(timeIntervalSince1970: 1_700_000_500))
        }
        let pages = try await store.responsePages(ResponseQuery(surveyID: "demo", statuses: [.complete], limit: 4))
        var read: [StoredResponse] = []
        for page in pages { read += try await store.responses(inPage: page) }
        #expect(read.map(\.response.id) == completed.map(id))
        for stored in read {
            let number = Int(stored.response.id.dropFirst())!
            let base = Double(number * 10)
            #expect(stored.response.answers == ["a": .number(base), "b": .number(base + 1), "c": .number(base + 2)])
            #expect(stored.answerRecords.map(\.record.paradata.milliseconds) == [number, nil, number])
            #expect(stored.response.ladder.map(\.text) == ["because \(number)"])
        }
    }
}
