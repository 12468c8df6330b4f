import Foundation
import SurveyModel
import SurveyStore
import Testing

extension ResponseStoreConformance {
    /// Quality runs save, read back in response id order, list with their counts and replace as a whole.
    static func qualityRuns(_ store: any ResponseStore) async throws {
        #expect(try await store.qualityRun(name: "quality", surveyID: "demo") == nil)
        #expect(try await store.qualityRuns(surveyID: "demo").isEmpty)
        let records = [
            QualityRecord(
                responseID: "x2", respondentID: "r02", score: 1.5, flags: ["speeding", "long-string"],
                evidenceJSON: #"{"long-string":"imp: 7 of 8 rows","speeding":"took 40 s"}"#),
            QualityRecord(
                responseID: "x1", respondentID: "r01", score: 0.25, flags: ["open-short"],
                evidenceJSON: #"{"open-short":"why step 1: 1 words, 价格"}"#),
        ]
        let run = QualityRun(
            name: "quality", surveyID: "demo", settingsJSON: #"{"flaggedScore":1}"#, reportJSON: #"{"judged":2}"#,
            createdAt: Date(timeIntervalSince1970: 1_700_000_500), records: records)
        try await store.saveQualityRun(run)
        let read = try #require(try await store.qualityRun(name: "quality", surveyID: "demo"))
        #expect(read.records == records.sorted { $0.responseID < $1.responseID })
        #expect(read.settingsJSON == run.settingsJSON && read.reportJSON == run.reportJSON)
        #expect(read.createdAt == run.createdAt)
        #expect(
            try await store.qualityRuns(surveyID: "demo") == [
                QualityRunSummary(
                    name: "quality", surveyID: "demo", flaggedCount: 2, reportJSON: #"{"judged":2}"#,
                    createdAt: run.createdAt)
            ])
        var replaced = run
        replaced.records = [records[1]]
        try await store.saveQualityRun(replaced)
        #expect(try await store.qualityRun(name: "quality", surveyID: "demo")?.records == [records[1]])
        #expect(try await store.qualityRun(name: "quality", surveyID: "other") == nil)
    }
}
