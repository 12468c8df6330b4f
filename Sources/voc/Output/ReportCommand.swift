import ArgumentParser
import Foundation
import SurveyExport
import SurveyAnalysis
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc report (STORE | SURVEY --data FILE) [--weight-set NAME] [--by SEGMENT] --format md|html|json|csv
    /// --out PATH`: the findings document.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the findings report (Markdown, self-contained HTML, JSON, or CSV of every estimate).",
            discussion: """
                Reads the responses from STORE (a store file, or a survey file for its default store), or from \
                --data FILE (CSV or JSON Lines as exported, checked against the survey given as STORE). Estimates \
                are weighted by --weight-set NAME and broken down by --by SEGMENT (a survey segment, a respondent \
                attribute or a single-choice question). Why answers coded with `voc code` are reported as themes \
                (named by the labels of --codebook files, else by code id); uncoded ones as raw answers. A probe \
                whose codebook gives attribute/consequence/value levels also gets its means-end ladders: the top \
                chains of coded steps by segment and the value map. Figures on fewer than --min-base respondents are shown \
                as "small base". Share intervals use --ci (R's svyciprop methods, default logit; the report's notes name \
                it). --template DIR uses a customised copy of the report templates. Prints the \
                headline findings and the path of the report.
                """)

        @Argument(
            help: ArgumentHelp(
                "The store file, or a survey file (its default store; with --data, the survey).",
                valueName: "STORE"))
        var target: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Read responses from this CSV or JSON Lines file instead of a store.",
                valueName: "FILE"))
        var data: String?

        @Option(name: .customLong("weight-set"), help: ArgumentHelp("The stored weight set to use.", valueName: "NAME"))
        var weightSet: String?

        @Option(name: .long, help: ArgumentHelp("Break results down by this segment.", valueName: "SEGMENT"))
        var by: String?

        @Option(name: .long, help: "md, html, json or csv.")
        var format: String = "html"

        @Option(name: .long, help: ArgumentHelp("Where to write the report.", valueName: "PATH"))
        var out: String

        @Option(name: .long, help: ArgumentHelp("A folder with customised report templates.", valueName: "DIR"))
        var template: String?

        @Option(name: .long, help: "The survey id, when the store holds several surveys.")
        var survey: String?

        @Option(name: .customLong("min-base"), help: "Hide estimates on fewer unweighted respondents than this.")
        var minimumBase: Int = 30

        @Option(
            name: .customLong("codebook"),
            help: ArgumentHelp(
                "A codebook: its labels name the why themes, its levels make ladders (repeatable; matched to probes by id).",
                valueName: "FILE"))
        var codebooks: [String] = []

        @OptionGroup var quality: QualityFilterOptions

        @OptionGroup var intervals: ShareIntervalOptions

        func validate() throws {
            if data != nil, quality.excludeFlagged != nil || quality.qualityRun != nil {
                throw ValidationError("--exclude-flagged and --quality-run need a store (quality runs are saved there)")
            }
            guard ["md", "html", "json", "csv"].contains(format) else {
                throw ValidationError("--format must be md, html, json or csv")
            }
            if out.isEmpty { throw ValidationError("--out must not be empty") }
            if minimumBase < 1 { throw ValidationError("--min-base must be at least 1") }
            if let data, !FileManager.default.fileExists(atPath: data) { throw ValidationError("no file at \(data)") }
            if let missing = codebooks.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
                throw ValidationError("no codebook at \(missing)")
            }
            if data != nil, weightSet != nil {
                throw ValidationError("--weight-set needs a store (weight sets are saved in the store), not --data")
            }
        }

        func run() async throws {
            do {
                let study: StoredStudy
                var design: ReportDesign?
                var studyQuality: StudyQuality?
                if let data {
                    study = try await StoredStudy.importing(dataPath: data, survey: try SurveyFile.load(target))
                } else {
                    let opened = try await storeOptions.openStudy(
                        target: target, surveyID: survey, weightSet: weightSet)
                    study = opened.study
                    studyQuality = try await StudyQuality.load(
                        store: opened.store, surveyID: study.survey.id, path: opened.path,
                        runName: quality.qualityRun, filter: quality.filter, weightSet: weightSet)
                    let excluded = studyQuality?.exclusion?.respondentIDs ?? []
                    if let exclusion = studyQuality?.exclusion {
                        let completes = study.responses.filter { $0.status == .complete }.count
                        StandardError.print(exclusion.note(total: completes))
                    }
                    let completes = try await study.completesDesign(
                        store: opened.store, path: opened.path, weightSet: weightSet, excluding: excluded)
                    completes.warnings.forEach(StandardError.print)
                    design = completes.design
                }
                var input = ReportInput(
                    survey: study.survey, responses: study.responses,
                    respondents: study.respondents, interviewers: study.interviewers, weight: study.weight,
                    segmentBy: by,
                    whyCodes: study.whyCodes, codebooks: try codebooks.map(CodingData.loadCodebook),
                    design: design, minimumBase: minimumBase, quality: studyQuality)
                input.shareInterval = intervals.method
                let report = try ReportBuilder.build(input)
                let renderer = ReportRenderer(
                    templates: try template.map {
                        try ReportTemplates(directory: URL(fileURLWithPath: $0))
                    } ?? ReportTemplates())
                let text: String
                switch format {
                case "md": text = try renderer.markdown(report)
                case "json": text = try renderer.json(report)
                case "csv": text = ReportTables.csv(report)
                default: text = try renderer.html(report)
                }
                try TextFileWriter.write(text, to: URL(fileURLWithPath: out))
                print(ReportSummary.text(report))
                print("report: \(out)")
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
