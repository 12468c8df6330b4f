import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport

/// `convert-xlsform`: `voc convert`'s library path on a generated XLSForm of 2,000 questions (default; `--n`
/// changes it) written to a temporary `.xlsx`: reading the workbook, converting, checking the result loads as a
/// valid voc survey, and writing it as voc JSON. Reports the fastest of `--repeats` runs.
enum ConvertXLSFormBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let questions = options.sizes.first ?? 2_000
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-xlsform-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("generated.xlsx")
        try XLSXWriter.write(GeneratedXLSForm.sheets(questions: questions, seed: options.seed), to: input)
        let output = directory.appendingPathComponent("generated.json")
        let (seconds, cpu, converted) = try timed(repeats: options.repeats) { () throws -> ConvertedSurvey in
            let converted = try SurveyConverter.convert(contentsOf: input.path)
            try SurveyWriter.json(converted.survey).write(to: output, atomically: true, encoding: .utf8)
            return converted
        }
        let inputBytes = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
        let outputBytes = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        printJSON([
            ("benchmark", "convert-xlsform"), ("questions", questions),
            ("converted_questions", converted.survey.whatQuestions.count),
            ("report_items", converted.report.items.count), ("xlsx_bytes", inputBytes), ("json_bytes", outputBytes),
            ("seconds", seconds), ("cpu_seconds", cpu), ("peak_rss_bytes", peakResidentBytes()),
            ("load_average", loadAverage()),
        ])
    }
}
