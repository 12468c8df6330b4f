import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport

/// `quality`: `voc quality` on N stored responses (default 1e6) of the planted study (`PlantedQualityStudy`:
/// honest responses with 5% speeders and 5% straightliners and smaller numbers of duplicates, gibberish, attention
/// and consistency failures), in SQLite.
///
/// `t_store` is storing respondents and responses (not timed by the target); `t_voc_quality` is the command as a
/// user runs it (the release `voc` built beside `voc-bench`: every complete read, judged and the run saved);
/// `flagged` is what it found; `voc_peak_rss_bytes` the largest resident size of the `voc` process.
enum QualityBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-quality-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for n in sizes {
            let path = directory.appendingPathComponent("quality-\(n).voc.sqlite").path
            let started = now()
            let study = PlantedQualityStudy.generate(seed: options.seed, honestPerIndustry: n * 9 / 20, bad: n / 20)
            try blocking { try await store(study, at: path) }
            let stored = now() - started
            var best = Double.infinity
            var output = ""
            for _ in 0..<options.repeats {
                let start = now()
                output = try VocCommandRun.voc(["quality", path, "--json"])
                best = min(best, now() - start)
            }
            let flagged = (try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["flagged"]
            printJSON([
                ("benchmark", "quality"), ("n", study.responses.count), ("planted", study.planted.count),
                ("t_store", stored), ("t_voc_quality", best), ("flagged", flagged as? Int ?? -1),
                ("peak_rss_bytes", peakResidentBytes()), ("voc_peak_rss_bytes", VocCommandRun.peakChildResidentBytes()),
            ])
        }
    }

    static func store(_ study: PlantedQualityStudy.Study, at path: String) async throws {
        let document = SurveyLoader.load(
            text: PlantedQualityStudy.surveyXML, path: "planted-quality.xml", format: .xml)
        guard let survey = document.survey else { throw BenchmarkFailure(document.rendered()) }
        let store = try SQLiteStore(path: path)
        try await store.registerSurvey(
            SurveyDefinitionRecord(
                surveyID: survey.id, version: survey.version, hash: SurveyHash.sha256(survey),
                json: SurveyWriter.json(survey)))
        for start in stride(from: 0, to: study.respondents.count, by: 50_000) {
            _ = try await store.upsertRespondents(
                Array(study.respondents[start..<min(study.respondents.count, start + 50_000)]))
        }
        for start in stride(from: 0, to: study.responses.count, by: 10_000) {
            _ = try await store.restoreResponses(
                Array(study.responses[start..<min(study.responses.count, start + 10_000)]))
        }
    }
}
