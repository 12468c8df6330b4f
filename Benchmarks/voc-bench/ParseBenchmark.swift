import Foundation
import SurveyModel
import SurveyParser

/// `parse-xml`, `parse-json`: load (parse, schema-check, build and validate) a generated survey of 5,000 what
/// questions (default; `--n` changes it) written by `SurveyWriter`, and report the fastest of `--repeats` runs.
enum ParseBenchmark {
    static func run(format: SurveyFormat, questions: Int, seed: UInt64, repeats: Int) {
        let survey = BenchmarkSurvey.make(questions: questions, seed: seed)
        let text = SurveyWriter.text(survey, format: format)
        var best = Double.infinity
        var bestCPU = Double.infinity
        var document: SurveyDocument?
        for _ in 0..<max(1, repeats) {
            document = nil
            let start = monotonicSeconds()
            let startCPU = cpuSeconds()
            document = SurveyLoader.load(text: text, path: "bench.\(format.rawValue)", format: format)
            best = min(best, monotonicSeconds() - start)
            bestCPU = min(bestCPU, cpuSeconds() - startCPU)
        }
        let loaded = document!
        let fields: [(String, String)] = [
            ("benchmark", "\"parse-\(format.rawValue)\""), ("questions", String(questions)),
            ("items", String(survey.sections.reduce(0) { $0 + $1.items.count })),
            ("bytes", String(text.utf8.count)), ("seconds", String(best)),
            ("cpu_seconds", String(bestCPU)),
            ("valid", loaded.survey == survey ? "true" : "false"),
            ("errors", String(loaded.errors.count)), ("warnings", String(loaded.warnings.count)),
            ("peak_rss_bytes", String(peakResidentBytes())),
        ]
        print("{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
        if loaded.hasErrors { print(loaded.rendered().split(separator: "\n").prefix(6).joined(separator: "\n")) }
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// CPU time of this process (user + system), which other processes on a busy machine do not inflate.
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

}

extension ParseBenchmark {
    /// Registry entry: `--n` questions (default 5,000), `--seed`, `--repeats` (default 5).
    static func run(format: SurveyFormat, options: BenchmarkOptions) {
        run(
            format: format, questions: options.sizes.first ?? 5_000, seed: options.seed,
            repeats: max(options.repeats, 5))
    }
}
