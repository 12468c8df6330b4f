import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc convert survey.xml out.xlsx`: a voc survey written as an XLSForm for ODK / KoboToolbox fieldwork, the
/// report of what XLSForm cannot express printed (or as JSON), and the workbook read back by `voc convert`.
@Suite struct ConvertToXLSFormCLITests {
    @Test func writesAnXLSFormAndPrintsWhatItCannotExpress() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            at: PackagePaths.root.appendingPathComponent("Surveys/web-sections.xml"),
            to: directory.appendingPathComponent("web.xml"))
        let result = try PackagePaths.voc(["convert", "web.xml", "web.xlsx"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(
            result.stdout == """
                wrote web.xlsx
                web.xml:11:16: description: dropped (XLSForm has no form description)
                web.xml:46:5: why ladder "why_rating" of 2 steps: flattened to its first question (XLSForm cannot ask "Why is that important to you?" about each answer)
                web.xml:53:5: NPS end labels "Not at all likely" and "Extremely likely": dropped (an XLSForm range has no end labels); written as a range from 0 to 10
                converted web.xml (voc XML) to XLSForm: 3 report items

                """, "\(result.transcript)")
        let back = try PackagePaths.voc(["convert", "web.xlsx", "back.xml"], in: directory)
        #expect(back.exitCode == 0, "\(back.transcript)")
        let validated = try PackagePaths.voc(["validate", "back.xml"], in: directory)
        #expect(validated.exitCode == 0, "\(validated.transcript)")
    }

    @Test func printsTheReportAsJSONWithItsTarget() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            at: PackagePaths.root.appendingPathComponent("Surveys/web-sections.xml"),
            to: directory.appendingPathComponent("web.xml"))
        let result = try PackagePaths.voc(["convert", "--json", "web.xml", "web.xlsx"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(
            result.stdout.hasPrefix(#"{"file":"web.xml","format":"voc-xml","target":"xlsform","items":[{"location":"#))
        let refused = try PackagePaths.voc(["convert", "web.xml", "web.xlsx"], in: directory)
        #expect(refused.exitCode != 0 && refused.stderr.contains("already exists"), "\(refused.transcript)")
    }

    @Test func refusesAnInvalidSurveyAndWritesNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        <survey xmlns="https://voc.dev/schema/survey/1" id="x" version="1.0.0"><title>X</title>
        <section id="s"><what id="q" type="single"><text>Q?</text><options list="nowhere"/></what></section></survey>
        """.write(to: directory.appendingPathComponent("bad.xml"), atomically: true, encoding: .utf8)
        let result = try PackagePaths.voc(["convert", "bad.xml", "bad.xlsx"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        #expect(result.stderr.hasSuffix("error: bad.xml is not valid; nothing was written.\n"), "\(result.transcript)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.xlsx").path))
    }
}
