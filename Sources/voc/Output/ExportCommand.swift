import ArgumentParser
import Foundation
import SurveyExport
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc export STORE --format csv|jsonl|json|sav|sss [--out FILE]`: stored responses with a codebook and why
    /// answers; SPSS (.sav) and Triple-S (.sss definition + .asc data) for statistics packages.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export stored responses as CSV, JSON Lines or JSON, with a codebook and the why answers.",
            discussion: """
                One row per complete response (--include-partial adds in-progress, partial and break-off ones): \
                response_id, respondent_id, status, disposition, survey_version, started_at, updated_at, \
                completed_at, interviewer, mode, the respondent attributes, then the survey's variables in order. \
                A time the source did not record (an imported response without started_at or completed_at) is \
                an empty cell, never made up; the codebook describes every fixed column. With --out FILE.csv (or FILE.jsonl), CSV and JSON Lines also write FILE.codebook.json, and CSV \
                writes the why answers as the long table FILE.why.csv; JSON holds the codebook as a section. \
                Exported CSV and JSON Lines import back unchanged with voc import. --format sav writes an SPSS \
                file (the same fixed columns as CSV, variable and value labels, categorical text codes as numbers \
                1, 2, 3 ... with the original codes in the file's documents, don't know / refused as user-missing \
                values, why answers as strings, the weight set named by --weight-set as the weight variable) that \
                voc import reads back; --format sss writes a \
                Triple-S 2.0 definition to --out FILE.sss and the fixed-width data to FILE.asc. Personal data is \
                left out of sav and sss files unless --include-personal is given.
                """)

        @Argument(help: ArgumentHelp("The store file, or a survey file (its default store).", valueName: "STORE"))
        var target: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "csv, jsonl, json, sav or sss.")
        var format: String = "csv"

        @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
        var out: String?

        @Option(name: .long, help: "The survey id, when the store holds several surveys.")
        var survey: String?

        @Flag(name: .customLong("include-partial"), help: "Also export in-progress, partial and break-off responses.")
        var includePartial = false

        @Option(
            name: .customLong("weight-set"),
            help: ArgumentHelp(
                "sav and sss: the stored weight set to write as the weight variable.", valueName: "NAME"))
        var weightSet: String?

        @Flag(name: .customLong("include-personal"), help: "sav and sss: also write personal data (e-mails, names).")
        var includePersonal = false

        @Option(
            name: .customLong("quality-run"),
            help: ArgumentHelp(
                "csv, jsonl and json: add the score and flags of this stored quality run (voc quality).",
                valueName: "NAME"))
        var qualityRun: String?

        @Flag(
            help: ArgumentHelp(
                "Write the paradata instead, in long form (CSV): one row per answer with its time, back steps, "
                    + "mode, interviewer and language."))
        var paradata = false

        /// Whether the format is one of the statistics-package formats written by SurveyExport.
        private var isPackageFormat: Bool { format == "sav" || format == "sss" }

        func validate() throws {
            if ExportFormat(rawValue: format) == nil, !isPackageFormat {
                throw ValidationError("--format must be csv, jsonl, json, sav or sss")
            }
            if isPackageFormat, out == nil { throw ValidationError("--format \(format) needs --out FILE") }
            if !isPackageFormat, weightSet != nil || includePersonal {
                throw ValidationError("--weight-set and --include-personal apply to --format sav and sss")
            }
            if let out, out.isEmpty { throw ValidationError("--out must not be empty") }
            if isPackageFormat, qualityRun != nil {
                throw ValidationError("--quality-run applies to csv, jsonl and json")
            }
            if paradata, format != "csv" || qualityRun != nil {
                throw ValidationError("--paradata writes CSV; it takes neither --format \(format) nor --quality-run")
            }
        }

        func run() async throws {
            if isPackageFormat, let out {
                do {
                    let study = try await storeOptions.openStudy(
                        target: target, surveyID: survey, weightSet: weightSet
                    ).study
                    let dataset = study.dataset(
                        includePartial: includePartial,
                        options: ExportOptions(includePersonal: includePersonal))
                    let url = URL(fileURLWithPath: out)
                    if format == "sav" {
                        try SPSSWriter.write(dataset, to: url)
                    } else {
                        try TripleSExport.write(
                            dataset, definition: url,
                            data: url.deletingPathExtension().appendingPathExtension("asc"))
                    }
                    let message = "exported \(dataset.responses.count) responses to \(out)\n"
                    FileHandle.standardError.write(Data(message.utf8))
                } catch {
                    throw CommandFailure.report(error)
                }
                return
            }
            do {
                let (path, surveyFromFile) = try storeOptions.resolve(target: target)
                let store = try await storeOptions.open(path, mustExist: true)
                let exporter = try await ResponseExporter.load(
                    store: store, surveyID: survey ?? surveyFromFile?.id, includePartial: includePartial,
                    qualityRun: qualityRun)
                if paradata {
                    let rows = try await ParadataExporter.export(
                        store: store, surveyID: exporter.survey.id, includePartial: includePartial, to: out)
                    if let out {
                        FileHandle.standardError.write(Data("exported \(rows) answers' paradata to \(out)\n".utf8))
                    }
                    return
                }
                let count = try await exporter.export(format: ExportFormat(rawValue: format) ?? .csv, to: out)
                if let out { FileHandle.standardError.write(Data("exported \(count) responses to \(out)\n".utf8)) }
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
