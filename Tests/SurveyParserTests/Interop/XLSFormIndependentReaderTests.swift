import Foundation
import SurveyModel
import SurveyTestSupport
import Testing

@testable import SurveyParser

/// The XLSForms voc writes, read by tools independent of voc: openpyxl reads the workbook's sheets, and pyxform
/// (ODK's XLSForm converter, run by ODK Central and KoboToolbox) turns each into an XForm with a binding for every
/// question. Needs python3 with openpyxl and pyxform: a missing package fails with the install command.
@Suite struct XLSFormIndependentReaderTests {
    static let forms =
        XLSFormExampleRoundTripTests.examples.map { "example:" + $0 } + [
            "fixture:voc-xlsform-features.xml", "fixture:voc-xlsform-unsupported.xml",
        ]

    @Test(arguments: forms) func openpyxlAndPyxformReadTheWrittenXLSForm(_ form: String) throws {
        let name = String(form.drop { $0 != ":" }.dropFirst())
        let trip =
            form.hasPrefix("example:") ? try XLSFormRoundTrip(example: name) : try XLSFormRoundTrip(fixture: name)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workbook = folder.file("form.xlsx")
        let xform = folder.file("form.xml")
        try trip.written.data.write(to: workbook)
        let script = InteropFixtures.directory.appendingPathComponent("read-xlsform.py").path
        let result = try VocRunner.run(executable: "/usr/bin/env", ["python3", script, workbook.path, xform.path])
        try #require(result.exitCode == 0, "read-xlsform.py failed (exit \(result.exitCode)):\n\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let sheets = try #require(json["sheets"] as? [String: [[String]]])
        for sheet in trip.written.sheets {
            #expect(sheets[sheet.name].map(Self.trimmed) == Self.trimmed(sheet.rows), "\(name): sheet \(sheet.name)")
        }
        #expect(json["warnings"] as? [String] == [], "\(name): \(json["warnings"] ?? "")")
        let xml = try String(contentsOf: xform, encoding: .utf8)
        let rows = trip.written.sheets[0].rows.dropFirst().filter { !["begin_group", "end_group"].contains($0[0]) }
        for id in rows.map({ $0[1] }) {
            #expect(xml.contains("nodeset=\"/data/") && xml.contains("/\(id)\""), "\(name): no binding for \(id)")
        }
    }

    /// Rows without their trailing empty cells (openpyxl pads rows to the widest row).
    private static func trimmed(_ rows: [[String]]) -> [[String]] {
        rows.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
    }
}
