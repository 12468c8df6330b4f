import Foundation
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import Testing

/// A store and the `club` survey for the tests of other tools' CSV exports: a single choice with an "other"
/// option, a multiple choice with one, a labelled rating with a why probe, a matrix, a ranking, a number, a date
/// and a respondent attribute, in the shapes `voc convert` gives them.
struct ForeignCSVFixture {
    static let surveyXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="club" version="1.0.0" lang="en">
          <title>Club</title>
          <attributes>
            <attribute id="region" type="text"/>
          </attributes>
          <section id="s1">
            <what id="plan" type="single" required="false">
              <text>Plan?</text>
              <options>
                <option code="1"><label>Free</label></option>
                <option code="2"><label>Pro</label></option>
                <option code="4" other="true" anchored="true"><label>Other</label></option>
              </options>
            </what>
            <what id="features" type="multiple" required="false">
              <text>Features?</text>
              <options>
                <option code="1"><label>Reports</label></option>
                <option code="2"><label>Export</label></option>
                <option code="3" other="true" anchored="true"><label>Something else</label></option>
              </options>
            </what>
            <what id="sat" type="rating" required="false">
              <text>Satisfied?</text>
              <scale min="1" max="5"><label value="1">Very unhappy</label><label value="5">Very happy</label></scale>
            </what>
            <why id="why_sat" about="sat" required="false"><text>Why?</text></why>
            <what id="grid" type="matrix" required="false">
              <text>Rate.</text>
              <rows><option code="speed"><label>Speed</label></option><option code="price"><label>Price</label></option></rows>
              <scale min="1" max="5"/>
            </what>
            <what id="rank" type="ranking" required="false">
              <text>Rank.</text>
              <options>
                <option code="a"><label>A</label></option>
                <option code="b"><label>B</label></option>
                <option code="c"><label>C</label></option>
              </options>
            </what>
            <what id="visits" type="numeric" required="false"><text>Visits?</text></what>
            <what id="joined" type="date" required="false"><text>Joined?</text></what>
          </section>
        </survey>
        """

    let directory: URL
    let store: SQLiteStore
    var importer: ResponseImporter

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let survey = try #require(
            SurveyLoader.load(text: Self.surveyXML, path: "club.xml", format: .xml).survey)
        store = try SQLiteStore(path: directory.appendingPathComponent("club.voc.sqlite").path)
        importer = ResponseImporter(
            store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
    }

    /// Writes `lines` (joined by line breaks) to `name` in the directory and returns its path.
    func file(_ name: String, _ lines: [String]) throws -> String {
        try StoreFixtures.write(lines.joined(separator: "\n") + "\n", to: name, in: directory)
    }

    /// Imports `path` (all or nothing) and returns the report.
    func importFile(_ path: String, allOrNothing: Bool = true) async throws -> ImportFileReport {
        try await importer.importFile(path, allOrNothing: allOrNothing)
    }

    /// The stored response `id`.
    func response(_ id: String) async throws -> StoredResponse? { try await store.response(id: id) }

    /// How many responses the store holds.
    func count() async throws -> Int {
        try await store.responses(ResponseQuery(surveyID: "club", limit: 1000)).count
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
