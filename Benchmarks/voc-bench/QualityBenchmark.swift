import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport

/// `quality`: `voc quality` on N stored responses (default 1e6, give or take one) of the planted study
/// (`PlantedQualityStudy`: honest responses with 5% speeders and 5% straightliners and smaller numbers of duplicates,
/// gibberish, attention and consistency failures), in SQLite.
///
/// `t_store` is storing respondents and responses (not timed by the target); `t_voc_quality` is the command as a
/// user runs it (the release `voc` built beside `voc-bench`: every complete read, judged and the run saved);
/// `t_read` and `t_assess` are the library's phases (reading every complete with its respondent; reading and
/// judging them); `flagged` is what it found; with `VOC_BENCH_KEEP` set the store is kept (`store` in the output); `voc_peak_rss_bytes` the largest resident size of the `voc` process.
enum QualityBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-quality-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let keep = ProcessInfo.processInfo.environment["VOC_BENCH_KEEP"] != nil
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        for n in sizes {
            let path = directory.appendingPathComponent("quality-\(n).voc.sqlite").path
            let started = now()
            // n responses in all: the planted ones for `bad = n / 20`, the rest honest, half in each industry.
            let planted = PlantedQualityStudy.generate(seed: options.seed, honestPerIndustry: 0, bad: n / 20)
            let study = PlantedQualityStudy.generate(
                seed: options.seed, honestPerIndustry: max(0, n - planted.responses.count) / 2, bad: n / 20)
            try blocking { try await store(study, at: path) }
            let stored = now() - started
            let (read, assess) = try blocking { try await phases(path: path) }
            var best = Double.infinity
            var output = ""
            for _ in 0..<options.repeats {
                let start = now()
                output = try VocCommandRun.voc(["quality", path, "--json"])
                best = min(best, now() - start)
            }
            let flagged = (try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["flagged"]
            printJSON([
                ("benchmark", "quality"), ("n", study.responses.count), ("store", keep ? path : ""),
                ("planted", study.planted.count),
                ("t_store", stored), ("t_read", read), ("t_assess", assess), ("t_voc_quality", best),
                ("flagged", flagged as? Int ?? -1),
                ("peak_rss_bytes", peakResidentBytes()), ("voc_peak_rss_bytes", VocCommandRun.peakChildResidentBytes()),
            ])
        }
    }

    /// Seconds to read every complete with its respondent (`t_read`), and to read and judge them (`t_assess`).
    static func phases(path: String) async throws -> (Double, Double) {
        let store = try SQLiteStore(path: path)
        let survey = try await StudyStore.survey(in: store, path: path, requested: nil)
        var start = now()
        var count = 0
        try await store.forEachResponsePage(
            ResponseQuery(surveyID: survey.id, statuses: [.complete], limit: 2_000)
        ) { page in
            count += try await store.respondents(ids: page.map(\.response.respondentID)).count
        }
        let read = now() - start
        start = now()
        _ = try await QualityAssessor.assess(store: store, survey: survey)
        return (read, now() - start)
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
