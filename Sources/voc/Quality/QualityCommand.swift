import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyText

extension VocCommand {
    /// `voc quality STORE`: data-quality flags for every complete response, saved as a quality run.
    struct Quality: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quality",
            abstract: "Flag responses not worth their weight: speeding, straightlining, duplicates, poor why answers.",
            discussion: """
                Judges every complete response and saves the flags as a quality run (default name 'quality'), \
                which voc status shows, voc export --quality-run writes as columns and --exclude-flagged uses in \
                voc weight, estimate, needs, banner and report. Nothing is deleted. Each flag has a weight; a \
                response counts as flagged at a score of 1 (one strong flag, or two weaker ones). Flags: \
                \(QualityFlagKind.allCases.map(\.rawValue).joined(separator: ", ")). The README's "Data quality" \
                section gives each flag's meaning, default threshold and source.
                """)

        @OptionGroup var study: StoreSurveyOptions

        @Option(name: .long, help: ArgumentHelp("Save the run under this name.", valueName: "NAME"))
        var name = QualityFilter.defaultRunName

        @Flag(name: .customLong("no-save"), help: "Only print the flags; do not save a run.")
        var noSave = false

        @OptionGroup var thresholds: QualityThresholdOptions

        @Option(name: .long, help: ArgumentHelp("How many flagged responses to list (text output).", valueName: "N"))
        var list = 20

        @Flag(name: .long, help: "Print one JSON document (every flagged response with its evidence).")
        var json = false

        func validate() throws {
            if name.isEmpty { throw ValidationError("--name must not be empty") }
            if list < 0 { throw ValidationError("--list must be zero or more") }
        }

        func run() async throws {
            do {
                let (path, surveyID) = try study.resolve()
                let savedAs = noSave ? nil : name
                let (json, list) = (json, list)
                let output = try await QualityStudy.run(
                    path: path, surveyID: surveyID, settings: thresholds.settings, saveAs: savedAs
                ) { survey, assessment in
                    let printer = QualityPrinter(survey: survey, assessment: assessment, store: path, savedAs: savedAs)
                    return json ? printer.json.text : printer.text(listing: list)
                }
                print(output)
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
