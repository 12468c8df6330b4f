import Foundation
import SurveyModel
import SurveyStore
import Testing

extension ResponseStoreConformance {
    /// An imported response whose file gave no start or completion time (a `complete` one among them).
    static func untimed(_ id: String, status: ResponseStatus = .complete) -> ImportedResponse {
        var imported = imported(id)
        imported.response.status = status
        imported.response.disposition = status == .complete ? .complete : .partial
        imported.response.startedAt = nil
        imported.completedAt = nil
        return imported
    }

    /// Unknown times are stored as NULL and read back as nil, in single reads and pages alike; known ones beside
    /// them are untouched.
    static func unknownTimes(_ store: any ResponseStore) async throws {
        let store = try await prepared(store)
        var completed = untimed("t2")
        completed.completedAt = Date(timeIntervalSince1970: 1_700_000_090)
        _ = try await store.importResponses(
            [untimed("t1"), completed, untimed("t3", status: .partial), imported("t4")], atomic: true)
        let t1 = try #require(try await store.response(id: "t1"))
        #expect(t1.response == untimed("t1").response)
        #expect(t1.response.startedAt == nil)
        #expect(t1.completedAt == nil)
        #expect(try await store.response(id: "t2")?.completedAt == Date(timeIntervalSince1970: 1_700_000_090))
        let page = try await store.responses(ResponseQuery(surveyID: "demo", limit: 10))
        #expect(page.map(\.response.id) == ["t1", "t2", "t3", "t4"])
        #expect(page.map { $0.response.startedAt == nil } == [true, true, true, false])
        #expect(page.map { $0.completedAt == nil } == [true, false, true, true])
        #expect(page[3].response.startedAt == Date(timeIntervalSince1970: 1_700_000_000))
    }
}
