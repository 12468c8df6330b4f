import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// voc surveys written as XLSForms (`voc convert survey.xml out.xlsx`) and read back: what XLSForm expresses
/// survives, and everything else is in the report, located at the voc file's line and column.
@Suite struct XLSFormWritingTests {
    @Test func keepsWhatXLSFormExpresses() throws {
        let trip = try XLSFormRoundTrip(fixture: "voc-xlsform-features.xml")
        let survey = trip.back.survey
        #expect(survey.id == "clinic-visit" && survey.version == SemanticVersion(1, 2, 0))
        #expect(survey.title.text == "Clinic visit")
        #expect(survey.defaultLanguage == "en" && survey.translations == ["fr"])
        #expect(survey.sections.map(\.id) == ["visit", "more"])
        #expect(survey.sections.map { $0.title?.translations["fr"] } == ["Votre visite", "Plus sur vous"])
        #expect(survey.sections[1].when?.description == "contains({reasons}, 'near') and not {service} = 'lab'")
        #expect(trip.questionIDs == trip.expectedQuestionIDs)
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "numeric", "rating", "date", "ranking", "matrix", "text",
            ])
        for question in trip.original.whatQuestions {
            let back = try #require(survey.interopQuestion(question.id))
            #expect(back.text == question.text, "\(question.id)")
            #expect(back.help == question.help, "\(question.id)")
            #expect(back.required == question.required, "\(question.id)")
            #expect(back.when == question.when, "\(question.id)")
            #expect(survey.options(of: back) == trip.original.options(of: question), "\(question.id)")
        }
        guard case .rating(let scale)? = survey.interopQuestion("satisfaction")?.kind,
            case .matrix(_, let careScale)? = survey.interopQuestion("care")?.kind
        else {
            Issue.record("satisfaction is not a rating, or care not a matrix")
            return
        }
        #expect(scale.min == 1 && scale.max == 5)
        #expect(scale.labels.map(\.value) == [1, 5])
        #expect(scale.labels.map { $0.text.translations["fr"] } == ["Très insatisfait", "Très satisfait"])
        #expect(careScale == RatingScale(min: 1, max: 4))
        #expect(survey.interopQuestion("postcode")?.checks.map(\.condition.description) == ["{postcode} != '0000'"])
        #expect(
            survey.interopQuestion("postcode")?.checks.first?.message.translations["fr"]
                == "Donnez un vrai code postal.")
        #expect(
            survey.interopQuestion("reasons")?.checks.map(\.condition.description) == [
                "count({reasons}) >= 1 and count({reasons}) <= 2 and (not contains({reasons}, 'none') or count({reasons}) = 1)"
            ])
        #expect(
            survey.interopQuestion("wait")?.checks.map(\.condition.description) == ["{wait} >= 0 and {wait} <= 600"])
        #expect(survey.whyProbes.map(\.id) == ["satisfaction_why"])
        #expect(survey.whyProbes.first?.about == "satisfaction")
        #expect(survey.whyProbes.first?.when?.description == "{satisfaction} <= 2")
        #expect(survey.whyProbes.first?.text.translations["fr"] == "Pourquoi avez-vous donné {satisfaction} ?")
        #expect(survey.computed.map(\.expression.description) == ["iif({wait} > 60, 1, 0)"])
        #expect(
            trip.written.report.text == """
                converted voc-xlsform-features.xml (voc XML) to XLSForm: everything carried over

                """)
    }

    @Test func writesTheSurveyChoicesAndSettingsSheets() throws {
        let trip = try XLSFormRoundTrip(fixture: "voc-xlsform-features.xml")
        let sheets = trip.written.sheets
        #expect(sheets.map(\.name) == ["survey", "choices", "settings"])
        #expect(
            sheets[0].rows[0] == [
                "type", "name", "label::English (en)", "label::French (fr)", "hint::English (en)", "hint::French (fr)",
                "required", "relevant", "constraint", "constraint_message::English (en)",
                "constraint_message::French (fr)", "appearance", "parameters", "calculation",
            ])
        let types = sheets[0].rows.dropFirst().map { $0[0] }
        #expect(
            types == [
                "begin_group", "note", "select_one services", "text", "select_multiple reasons", "integer",
                "select_one scale_1_5", "text", "end_group", "begin_group", "date", "rank priorities", "begin_group",
                "select_one scale_1_4", "select_one scale_1_4", "end_group", "text", "end_group", "calculate",
            ])
        let relevant = sheets[0].rows.dropFirst().map { $0[7] }.filter { !$0.isEmpty }
        #expect(
            relevant == [
                "selected(${service}, 'other')", "${service} = 'gp' or ${wait} <= 30", "${satisfaction} <= 2",
                "selected(${reasons}, 'near') and not(${service} = 'lab')", "${wait} > 10", "${doctor} >= 3",
            ])
        #expect(sheets[1].rows[0] == ["list_name", "name", "label::English (en)", "label::French (fr)"])
        #expect(
            sheets[1].rows.dropFirst().map { $0[0] + "/" + $0[1] }.prefix(3) == [
                "services/gp", "services/lab", "reasons/near",
            ])
        #expect(
            sheets[2].rows == [
                ["form_id", "form_title", "version", "default_language"],
                ["clinic-visit", "Clinic visit", "1.2.0", "English (en)"],
            ])
    }

    @Test func reportsEveryConstructXLSFormCannotExpress() throws {
        let trip = try XLSFormRoundTrip(fixture: "voc-xlsform-unsupported.xml")
        #expect(trip.questionIDs == trip.expectedQuestionIDs)
        #expect(
            trip.written.report.text == """
                REPLACE
                """)
    }

    @Test func writesConditionsInTheXLSFormDialect() throws {
        var names = XLSFormNames()
        names.variables = [
            "a": .choice("a"), "n": .value("n"), "m": .codes("m", ranking: false), "r": .codes("r", ranking: true),
            "g": .rows(["x": "g_x"]), "seg": .unavailable("the segment \"seg\""),
        ]
        func written(_ source: String, current: String? = nil) -> String {
            guard let expression = try? ExpressionParser.parse(source) else { return "unparsable" }
            do {
                return try XLSFormExpressionWriter(names: names, current: current).text(expression)
            } catch {
                return "unsupported: \(error.message)"
            }
        }
        #expect(written("{a} = 'x' and {n} > 2") == "${a} = 'x' and ${n} > 2")
        #expect(written("{a} != 'x'") == "${a} != '' and ${a} != 'x'")
        #expect(written("{a} in ['x', 'y']") == "${a} = 'x' or ${a} = 'y'")
        #expect(written("{a} not in ['x']") == "${a} != '' and not(${a} = 'x')")
        #expect(written("contains({m}, 'x') or count({m}) >= 2") == "selected(${m}, 'x') or count-selected(${m}) >= 2")
        #expect(written("{m.x} = 1") == "if(selected(${m}, 'x'), 1, 0) = 1")
        #expect(written("{g.x} * 2 / 3 % 2 - -1") == "${g_x} * 2 div 3 mod 2 - -1")
        #expect(written("({n} + 1) * 2") == "(${n} + 1) * 2")
        #expect(written("not empty({a}) and notempty({n})") == "not(${a} = '') and ${n} != ''")
        #expect(
            written("iif({n} > 1, 'a', 'b') = coalesce({n}, 0, 1)")
                == "if(${n} > 1, 'a', 'b') = coalesce(${n}, coalesce(0, 1))")
        #expect(written("{n} >= 0 and {n} != 5", current: "n") == ". >= 0 and . != 5")
        #expect(written("{seg}") == "unsupported: the segment \"seg\"")
        #expect(written("{r.x} = 1") == "unsupported: the rank of \"x\" in \"r\"")
        #expect(written("{m} = 'x'") == "unsupported: a comparison (=) of \"m\", whose answer is a list of codes")
        #expect(written("round({n}, 1) + abs({n}) + sum({n}, 2)") == "round(${n}, 1) + abs(${n}) + ${n} + 2")
    }
}
