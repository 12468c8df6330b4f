import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore
import SurveyTestSupport
import Testing

/// A quality run saved in a store, and analyses that leave the flagged responses out.
@Suite struct QualityExclusionTests {
    /// A store holding the planted study (seed 17), with its quality run saved as `quality`.
    static func plantedStore(in directory: URL) async throws -> (path: String, study: PlantedQualityStudy.Study) {
        let survey = try PlantedQualityTests.survey()
        let path = directory.appendingPathComponent("planted.voc.sqlite").path
        let store = try SQLiteStore(path: path)
        try await store.registerSurvey(
            SurveyDefinitionRecord(
                surveyID: survey.id, version: survey.version, hash: SurveyHash.sha256(survey),
                json: SurveyWriter.json(survey)))
        let study = PlantedQualityStudy.generate(seed: 17)
        _ = try await store.upsertRespondents(study.respondents)
        _ = try await store.restoreResponses(study.responses)
        _ = try await QualityStudy.run(path: path, surveyID: nil, settings: QualitySettings(), saveAs: "quality")
        return (path, study)
    }

    /// The importance classes of the needs, by need code.
    static func classes(
        path: String, quality: QualityFilter?
    ) async throws -> (classes: [String: String], note: String?) {
        let loaded = try await StudyFrame.load(
            .store(path: path, surveyID: nil, weightSet: nil, aggregate: false, quality: quality)
        ) { survey in
            ["industry"] + (survey.map(NeedBattery.batteries(in:)) ?? []).flatMap(\.columns)
        }
        let survey = try #require(loaded.survey)
        let report = try loaded.needsReport(of: survey, by: "industry", outcome: nil, options: NeedsAnalysis.Options())
        let battery = try #require(report.batteries.first { $0.battery.id == "imp" })
        let results = try #require(battery.classification).results
        return (
            Dictionary(uniqueKeysWithValues: results.map { ($0.name, $0.needClass.rawValue) }),
            loaded.warnings.first { $0.hasPrefix("note: left out") }
        )
    }

    @Test func excludingTheFlaggedResponsesBringsTheNeedClassesBackToTheTruth() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, study) = try await Self.plantedStore(in: directory)
        let truth = [
            "n1": "common", "n2": "common", "n3": "segment-specific", "n4": "segment-specific",
            "n5": "not-important", "n6": "not-important", "n7": "not-important", "n8": "not-important",
        ]
        let all = try await Self.classes(path: path, quality: nil)
        let cleaned = try await Self.classes(path: path, quality: try QualityFilter(rules: "any"))
        print("need classes with every response: \(all.classes.sorted { $0.key < $1.key })")
        print("need classes without the flagged: \(cleaned.classes.sorted { $0.key < $1.key })")
        #expect(all.classes != truth, "the planted responses should distort the classification")
        #expect(all.classes["n6"] != "not-important")
        #expect(cleaned.classes == truth)
        #expect(all.note == nil)
        let note = try #require(cleaned.note)
        #expect(
            note.hasPrefix(
                "note: left out \(study.planted.count) of \(study.responses.count) complete responses flagged in quality run 'quality': "
            ))
    }

    @Test func anUnknownRunOrFlagIsAClearError() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, _) = try await Self.plantedStore(in: directory)
        await #expect(throws: StudyError.self) {
            _ = try await Self.classes(path: path, quality: try QualityFilter(rules: "any", runName: "wave2"))
        }
        do {
            _ = try await Self.classes(path: path, quality: try QualityFilter(rules: "any", runName: "wave2"))
        } catch {
            #expect(
                "\(error)"
                    == "\(path): error: no quality run 'wave2' for survey 'planted-quality' (run `voc quality` first); "
                    + "runs in the store: quality")
        }
        #expect(throws: StudyError.self) { try QualityFilter(rules: "speeding,fast") }
    }
}
