import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc convert` on other tools' files: XLSForm, SurveyJS, ODK XForms, Qualtrics and LimeSurvey in, a valid voc
/// survey and the report out; bad workbooks, forms and exports refused with a located error and nothing written.
@Suite struct ConvertOtherToolsCLITests {
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/SurveyParserTests/Fixtures/interop")

    /// Copies the fixture `name` into `directory` under `as` (default: its own name).
    private func copy(_ name: String, to directory: URL, as target: String? = nil) throws {
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(target ?? name))
    }

    /// Converts each fixture of `cases`, copied to `input`, into `output`: exit status 1, the case's message and
    /// "nothing was written" on standard error, and no `output`.
    private func expectRefused(
        _ cases: [(fixture: String, message: String)], input: String, output: String, in directory: URL
    ) throws {
        for (fixture, message) in cases {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(input))
            try copy(fixture, to: directory, as: input)
            let result = try PackagePaths.voc(["convert", input, output], in: directory)
            #expect(result.exitCode == 1, "\(result.transcript)")
            #expect(result.stderr == message + "\nerror: nothing was written.\n", "\(result.transcript)")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(output).path))
        }
    }

    @Test func convertsAnXLSFormAndPrintsTheReport() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try copy("xlsform-grid.xlsx", to: directory, as: "grid.xlsx")
        let result = try PackagePaths.voc(["convert", "grid.xlsx", "grid.xml"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(
            result.stdout == """
                wrote grid.xml
                grid.xlsx:survey!D2: appearance "table-list" on group "service": converted to the matrix "service" with 3 rows on the scale of list "sat5"
                grid.xlsx:survey!D9: appearance "multiline": dropped (voc has no display hints)
                grid.xlsx:survey!D7: appearance "field-list" on group "about": not a grid (its questions are not all select_one of one list with numeric codes); kept as separate questions
                converted grid.xlsx (XLSForm): 3 report items

                """, "\(result.transcript)")
        let validated = try PackagePaths.voc(["validate", "grid.xml"], in: directory)
        #expect(validated.exitCode == 0, "\(validated.transcript)")
    }

    @Test func detectsSurveyJSByContentAndPrintsTheReportAsJSON() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try copy("surveyjs-logic.json", to: directory, as: "commute.txt")
        let result = try PackagePaths.voc(["convert", "--json", "commute.txt", "commute.json"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(
            result.stdout
                == #"{"file":"commute.txt","format":"surveyjs","items":[{"location":"pages[0].elements[6].visibleIf","construct":"\"age({birthdate}) > 18\"","action":"not translated (a reference to \"birthdate\", which is not an earlier question); the question is always asked"}]}"#
                + "\n", "\(result.transcript)")
        let survey = try #require(
            SurveyLoader.load(contentsOf: directory.appendingPathComponent("commute.json").path).survey)
        #expect(survey.whatQuestions.count == 9)
    }

    @Test func refusesBadWorkbooksAndWritesNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases = [
            ("xlsform-old.xlsx", "old.xlsx: error: an .xls file (Excel 97-2003); save it as .xlsx"),
            (
                "xlsform-truncated.xlsx",
                "old.xlsx: error: a ZIP archive without xl/workbook.xml (truncated, or not an .xlsx workbook)"
            ),
            (
                "xlsform-no-survey-sheet.xlsx",
                "old.xlsx: error: the workbook has no \"survey\" sheet (its sheets: \"questions\", \"choices\")"
            ),
            (
                "xlsform-unknown-list.xlsx",
                "old.xlsx:survey!A3: error: select_one refers to the list \"colours\", which the choices sheet does not have"
            ),
        ]
        try expectRefused(cases, input: "old.xlsx", output: "out.json", in: directory)
    }

    @Test func convertsAQualtricsExportAndAnXFormsForm() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try copy("qualtrics-csat.qsf", to: directory, as: "csat.qsf")
        try copy("xforms-bilingual.xml", to: directory, as: "hotel.xml")
        let qualtrics = try PackagePaths.voc(["convert", "csat.qsf", "csat.json"], in: directory)
        #expect(qualtrics.exitCode == 0, "\(qualtrics.transcript)")
        #expect(
            qualtrics.stdout == """
                wrote csat.json
                csat.qsf:SurveyElements[8].Payload: text question "nps_why": converted to a why probe about "nps" (asked only after that answer)
                converted csat.qsf (Qualtrics): 1 report item

                """, "\(qualtrics.transcript)")
        let xforms = try PackagePaths.voc(["convert", "hotel.xml", "hotel.voc.xml"], in: directory)
        #expect(xforms.exitCode == 0, "\(xforms.transcript)")
        for output in ["csat.json", "hotel.voc.xml"] {
            let validated = try PackagePaths.voc(["validate", output], in: directory)
            #expect(validated.exitCode == 0, "\(validated.transcript)")
        }
    }

    @Test func refusesBadFormsAndExportsAndWritesNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases = [
            (
                "qualtrics-missing-block.qsf",
                "bad.in:SurveyElements[1].Payload.Flow[1]: error: the survey flow names the block \"BL_9\", which the survey does not have"
            ),
            (
                "qualtrics-unknown-question.qsf",
                "bad.in:SurveyElements[0].Payload.0.BlockElements[1]: error: the block \"Main\" names the question \"QID7\", which the survey does not have"
            ),
            ("xforms-malformed.xml", "bad.in:10:52: error: Opening and ending tag mismatch: label line 10 and input"),
            (
                "limesurvey-unknown-group.lss",
                "bad.in:60: error: the question \"q1\" refers to the group 7, which the survey does not have"
            ),
        ]
        try expectRefused(cases, input: "bad.in", output: "out.xml", in: directory)
    }
}
