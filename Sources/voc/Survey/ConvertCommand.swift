import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser
import SurveyText

extension VocCommand {
    /// `voc convert IN OUT`: rewrites a survey definition as voc XML or JSON, or as an XLSForm `.xlsx` for ODK /
    /// KoboToolbox fieldwork (chosen by OUT's extension), reading voc's own files and other tools' (XLSForm,
    /// SurveyJS, ODK XForms, Qualtrics `.qsf`, LimeSurvey `.lss`), told apart by their content.
    struct Convert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract:
                "Convert a survey definition (voc XML or JSON, XLSForm .xlsx, SurveyJS JSON, ODK XForms, Qualtrics .qsf, LimeSurvey .lss) to voc XML or JSON, or a voc survey to an XLSForm .xlsx.",
            discussion: """
                The input's format is read from its content, not its name: an .xlsx workbook with a survey sheet \
                is an XLSForm, XML in the XForms namespace an ODK XForms form, XML with LimeSurveyDocType a \
                LimeSurvey .lss, JSON with SurveyEntry and \
                SurveyElements a Qualtrics .qsf, JSON with pages or elements SurveyJS, other XML and JSON are voc \
                surveys. A voc input must be valid: an input with errors is not converted, and its diagnostics are \
                printed; comments are not carried over. A converted file of another tool is followed by its \
                conversion report: one line per construct not carried over as it was (FILE:LOCATION: CONSTRUCT: \
                ACTION, LOCATION being SHEET!CELL, an XML line or a JSON path), or the report as JSON with --json. \
                Errors name the file and place (form.xlsx:survey!A12: error: ..., form.xml:10:52: error: ...). An OUT \
                named .xlsx is an XLSForm for ODK Collect and KoboToolbox: its report lists what XLSForm cannot \
                express (why ladders beyond one step, MaxDiff designs, Kano pairs, ...), located at the voc \
                file's LINE:COLUMN. OUT is written whole or not at all, and not \
                overwritten unless --force is given. Exit status: 0 converted (with or without report items), \
                1 invalid or unreadable input or unwritable output, 2 usage errors.
                """
        )

        @Argument(
            help: "The survey file to read (voc .xml or .json, XLSForm .xlsx, SurveyJS .json, XForms .xml, .qsf, .lss)."
        )
        var input: String

        @Argument(help: "The file to write (.xml or .json, or .xlsx for an XLSForm).")
        var output: String

        @Flag(help: "Overwrite OUT if it exists.")
        var force = false

        @Flag(help: "Print the conversion report as JSON.")
        var json = false

        func validate() throws {
            guard SurveyFormat(path: output) != nil || isXLSForm else {
                throw ValidationError("Cannot tell the format to write from \(output): name it .xml, .json or .xlsx.")
            }
            guard FileManager.default.fileExists(atPath: input) else { throw ValidationError("No such file: \(input)") }
            if !force, FileManager.default.fileExists(atPath: output) {
                throw ValidationError("\(output) already exists; use --force to overwrite it.")
            }
        }

        /// Whether OUT is an XLSForm workbook (named `.xlsx`, in any case).
        private var isXLSForm: Bool { (output as NSString).pathExtension.lowercased() == "xlsx" }

        func run() async throws {
            var reports: [ConversionReport] = []
            let data: Data
            do {
                let format = try SurveyConverter.format(ofFileAt: input)
                var document: SurveyDocument?
                let survey: Survey
                if format.isVoc {
                    (document, survey) = try loadVoc(format: format == .vocXML ? .xml : .json)
                } else {
                    let converted = try SurveyConverter.convert(contentsOf: input)
                    survey = converted.survey
                    reports.append(converted.report)
                }
                if isXLSForm {
                    let written =
                        if let document {
                            try XLSFormWriter.write(document)
                        } else {
                            try XLSFormWriter.write(survey, file: input, format: format)
                        }
                    data = written.data
                    reports.append(written.report)
                } else {
                    guard let outputFormat = SurveyFormat(path: output) else { throw ExitCode.validationFailure }
                    data = Data(SurveyFileFormat.text(of: survey, as: outputFormat).utf8)
                }
            } catch let error as ConversionError {
                StandardError.print(error.description)
                StandardError.print("error: nothing was written.")
                throw ExitCode.failure
            }
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                StandardError.print("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            if json, !reports.isEmpty {
                print(reports.count == 1 ? reports[0].json.text : JSONOutput.array(reports.map(\.json)).text)
            } else {
                print("wrote \(output)")
                for report in reports { print(report.text, terminator: "") }
            }
        }

        /// The valid voc survey in `input` (with its document, for source locations), read as `format`; its
        /// diagnostics are printed, and errors end the command.
        private func loadVoc(format: SurveyFormat) throws -> (SurveyDocument, Survey) {
            let document =
                SurveyFormat(path: input) == format
                ? SurveyLoader.load(contentsOf: input)
                : SurveyLoader.load(
                    text: (try? String(contentsOfFile: input, encoding: .utf8)) ?? "", path: input, format: format)
            if !document.diagnostics.isEmpty { StandardError.print(document.rendered()) }
            guard !document.hasErrors, let survey = document.survey else {
                StandardError.print("error: \(input) is not valid; nothing was written.")
                throw ExitCode.failure
            }
            return (document, survey)
        }
    }
}
