import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// Many interviewers, one PostgreSQL store: 4,400 sampled respondents (2,200 per region), quotas of 2,000 per
/// region, and 8 interviewers (tasks sharing one store) working the queue until it is empty. Afterwards: exactly
/// 4,000 complete responses, 400 quota-full ones (no overshoot), no respondent interviewed twice, quotas exact.
/// The same through 8 real `voc interview --next` processes: `PostgresInterviewLoadTests` (VocCLITests).
@Suite(.serialized) struct PostgresLoadTests {
    static let perRegion = 2_200
    static let target = 2_000

    /// Checks the store after a load run.
    static func verify(_ store: any ResponseStore, tallies: [StoreLoadScript.Tally]) async throws {
        #expect(tallies.reduce(0) { $0 + $1.completed } == 2 * target)
        #expect(tallies.reduce(0) { $0 + $1.quotaFull } == 2 * (perRegion - target))
        let counts = try await store.responseCounts(surveyID: StoreLoadScript.surveyID)
        #expect(counts[.complete] == 2 * target)
        #expect(counts[.breakOff] == 2 * (perRegion - target))
        #expect(
            try await store.quotaCounts(surveyID: StoreLoadScript.surveyID) == [
                "region-north": target, "region-south": target,
            ])
        var respondents = Set<String>()
        var completePerRegion: [String: Int] = [:]
        var after: String?
        while true {
            let page = try await store.responses(
                ResponseQuery(surveyID: StoreLoadScript.surveyID, after: after, limit: 1_000))
            guard let last = page.last else { break }
            for stored in page {
                #expect(respondents.insert(stored.response.respondentID).inserted, "respondent interviewed twice")
                if stored.response.status == .complete {
                    #expect(stored.response.answers.count == 3)
                    completePerRegion[String(stored.response.respondentID.prefix { $0 != "-" }), default: 0] += 1
                }
            }
            after = last.response.id
        }
        #expect(respondents.count == 2 * perRegion)
        #expect(completePerRegion == ["north": target, "south": target])
    }

    @Test func eightConcurrentTasks() async throws {
        let url = try SharedPostgres.freshDatabaseURL()
        let store = try await PostgresStore(url: url, maximumConnections: 8)
        try await StoreLoadScript.prepare(store, perRegion: Self.perRegion)
        let tallies = try await withThrowingTaskGroup(of: StoreLoadScript.Tally.self) { group in
            for index in 1...8 {
                group.addTask {
                    try await StoreLoadScript.interview(store, interviewer: "task\(index)", target: Self.target)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await Self.verify(store, tallies: tallies)
    }
}
