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
            // An exclusive option is a constraint in XLSForm (checked below), not a mark of the option.
            let options = trip.original.options(of: question).map { option in
                var plain = option
                plain.exclusive = false
                return plain
            }
            #expect(survey.options(of: back) == options, "\(question.id)")
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
                voc-xlsform-features.xml:5:10: translations of the title: dropped (form_title has one language); the title is "Clinic visit"
                converted voc-xlsform-features.xml (voc XML) to XLSForm: 1 report item

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
                "constraint_message::French (fr)", "appearance", "calculation",
            ])
        let types = sheets[0].rows.dropFirst().map { $0[0] }
        #expect(
            types == [
                "begin_group", "note", "select_one services", "text", "select_multiple reasons", "integer", "calculate",
                "select_one scale_1_5", "text", "end_group", "begin_group", "date", "rank priorities", "begin_group",
                "select_one scale_1_4", "select_one scale_1_4", "end_group", "text", "end_group",
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
                "services/gp", "services/lab", "services/other",
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
                voc-xlsform-unsupported.xml:5:16: description: dropped (XLSForm has no form description)
                voc-xlsform-unsupported.xml:7:5: respondent attributes tier: not in the XLSForm (an ODK form sees no sample attributes)
                voc-xlsform-unsupported.xml:10:5: segments heavy: kept in the voc survey only; apply them when the submissions are imported
                voc-xlsform-unsupported.xml:13:5: quotas q_heavy: not enforced by ODK; kept in the voc survey only
                voc-xlsform-unsupported.xml:15:3: random item order of section "use": dropped; the items keep their order
                voc-xlsform-unsupported.xml:17:5: unit "times a week": dropped (XLSForm has no units); say it in the label
                voc-xlsform-unsupported.xml:20:44: condition of "premium" "{tier} = 'gold'": not translated (the respondent attribute "tier", which an XLSForm cannot see); the question is always asked
                voc-xlsform-unsupported.xml:20:5: don't know of "premium": not offered (XLSForm has no special answers)
                voc-xlsform-unsupported.xml:27:5: NPS end labels "Not at all likely" and "Extremely likely": dropped (an XLSForm range has no end labels); written as a range from 0 to 10
                voc-xlsform-unsupported.xml:30:5: why ladder "nps_why" of 3 steps: flattened to its first question (XLSForm cannot ask "Why is that important to you?" about each answer)
                voc-xlsform-unsupported.xml:30:5: codebook "themes" of "nps_why": not in the XLSForm; code the answers in voc
                voc-xlsform-unsupported.xml:40:5: probe of each selected option: asked once about the whole answer (XLSForm cannot repeat a question per option)
                voc-xlsform-unsupported.xml:43:5: ranking of the top 1: dropped (an XLSForm rank orders every item)
                voc-xlsform-unsupported.xml:54:5: MaxDiff design of "tradeoffs" (3 sets of 2, seed 11): XLSForm has no best-worst sets: written as a rank question over its 3 items
                voc-xlsform-unsupported.xml:62:5: Kano question "features" (1 feature): XLSForm has no Kano pairs: written as the note "features" and a single choice of the five Kano answers per side (features_sync_functional, features_sync_dysfunctional); the categories are computed in voc only
                voc-xlsform-unsupported.xml:70:5: importance battery "imp" with performance: written as two table-list grids, "imp" (importance) and "imp_performance" (performance, rows named CODE_performance)
                converted voc-xlsform-unsupported.xml (voc XML) to XLSForm: 16 report items

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
        #expect(written("round({n}, 1) + abs({n}) + sum({n}, 2)") == "round(${n}, 1) + abs(${n}) + (${n} + 2)")
    }
}
