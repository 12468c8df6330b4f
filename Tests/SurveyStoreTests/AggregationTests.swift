import Foundation
import SurveyModel
import SurveyStore
import Testing

/// `StoreAggregating` gives the same numbers on SQLite and PostgreSQL, and those numbers are right (checked
/// against sums over the responses read back one by one).
@Suite struct AggregationTests {
    static let surveyID = ResponseStoreConformance.definition.surveyID

    /// 600 complete responses (plus partial ones that must not count) with varied design weights, a region
    /// attribute, a numeric answer (with don't knows), a code answer and a weight set on half the respondents.
    static func fill(_ store: any ResponseStore) async throws {
        _ = try await ResponseStoreConformance.prepared(store)
        var generator = SplitMix(seed: 7)
        var respondents: [Respondent] = []
        var imported: [ImportedResponse] = []
        for index in 0..<640 {
            let id = String(format: "p%04d", index)
            let region = ["north", "south", "east"][Int(generator.next() % 3)]
            respondents.append(
                Respondent(id: id, attributes: ["region": region], designWeight: [0.5, 1, 1.25, 3.1][index % 4]))
            var answers: [String: AnswerValue] = ["brand": .code(["a", "b"][Int(generator.next() % 2)])]
            answers["score"] = index % 17 == 0 ? .dontKnow : .number(Double(generator.next() % 11) / 2)
            let response = Response(
                id: "x\(id)", respondentID: id, surveyID: surveyID, surveyVersion: ResponseStoreConformance.version,
                status: index < 600 ? .complete : .partial, disposition: index < 600 ? .complete : .inProgress,
                startedAt: Date(timeIntervalSince1970: 1_700_000_000),
                updatedAt: Date(timeIntervalSince1970: 1_700_000_000),
                answers: answers)
            imported.append(ImportedResponse(response: response))
        }
        try await store.upsertRespondents(respondents)
        // The first 40 are interviewed (answers stored row by row), the rest imported (one block per response on
        // SQLite): the aggregates read both forms.
        for response in imported.prefix(40).map(\.response) {
            try await store.createResponse(
                ResponseStart(
                    id: response.id, respondentID: response.respondentID, surveyID: surveyID,
                    surveyVersion: ResponseStoreConformance.version, seed: 1, interviewer: "ann", mode: "script",
                    startedAt: response.updatedAt))
            for (questionID, value) in response.answers.sorted(by: { $0.key < $1.key }) {
                try await store.saveAnswer(AnswerRecord(questionID: questionID, value: value), responseID: response.id)
            }
            _ = try await store.completeResponse(responseID: response.id, quotas: [], at: response.updatedAt)
        }
        _ = try await store.importResponses(Array(imported.dropFirst(40)), atomic: true)
        var weights: [String: Double] = [:]
        for respondent in respondents where respondent.id.hasSuffix("1") || respondent.id.hasSuffix("6") {
            weights[respondent.id] = 0.7 + Double(respondent.id.count % 3)
        }
        try await store.saveWeightSet(
            WeightSet(name: "raked", surveyID: surveyID, weights: weights, reportJSON: "{}", createdAt: Date()))
    }

    @Test func bothBackendsGiveIdenticalFigures() async throws {
        var results: [String] = []
        for backend in StoreBackend.allCases {
            let store = try #require(try await backend.makeStore() as? any StoreAggregating)
            try await Self.fill(store)
            let cells = try await store.cellCounts(
                surveyID: Self.surveyID, variables: [.attribute("region"), .answer("brand")])
            let weighted = try await store.cellCounts(
                surveyID: Self.surveyID, variables: [.attribute("region")], weightSet: "raked")
            let sums = try await store.weightedSums(
                surveyID: Self.surveyID, variable: .answer("score"), by: .attribute("region"))
            let overall = try await store.weightedSums(surveyID: Self.surveyID, variable: .answer("score"))
            #expect(cells.count == 6)
            #expect(cells.reduce(0) { $0 + $1.count } == 600)
            #expect(overall.count == 1)
            try await Self.checkAgainstResponses(store, cells: cells, overall: try #require(overall.first))
            results.append("\(cells)|\(weighted)|\(sums)|\(overall)")
        }
        #expect(results.count == 2)
        #expect(results[0] == results[1])
    }

    /// Recomputes the cells and the overall sums from the responses themselves.
    static func checkAgainstResponses(
        _ store: any StoreAggregating, cells: [AggregateCell], overall: WeightedSums
    )
        async throws
    {
        let responses = try await store.responses(
            ResponseQuery(surveyID: surveyID, statuses: [.complete], limit: 10_000))
        let respondents = Dictionary(
            uniqueKeysWithValues: try await store.respondents(ids: responses.map(\.response.respondentID)).map {
                ($0.id, $0)
            })
        var expectedCells: [[String?]: (Int, Double)] = [:]
        var n = 0
        var sumW = 0.0
        var sumWX = 0.0
        for stored in responses {
            let respondent = try #require(respondents[stored.response.respondentID])
            guard case .code(let brand)? = stored.response.answers["brand"] else { continue }
            let key = [respondent.attributes["region"], brand]
            expectedCells[key, default: (0, 0)].0 += 1
            expectedCells[key, default: (0, 0)].1 += respondent.designWeight
            if case .number(let x)? = stored.response.answers["score"] {
                n += 1
                sumW += respondent.designWeight
                sumWX += respondent.designWeight * x
            }
        }
        for cell in cells {
            let expected = try #require(expectedCells[cell.levels])
            #expect(cell.count == expected.0)
            #expect(abs(cell.weight - expected.1) < 1e-9)
        }
        #expect(overall.count == n)
        #expect(abs(overall.sumWeights - sumW) < 1e-9)
        #expect(abs(overall.mean - sumWX / sumW) < 1e-12)
    }
}

/// A small deterministic generator for test data: voc's SplitMix64.
typealias SplitMix = SplitMix64
