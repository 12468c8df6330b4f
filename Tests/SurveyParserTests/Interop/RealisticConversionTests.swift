import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Realistic multi-page surveys in each format convert to valid voc surveys with the expected questions.
@Suite struct RealisticConversionTests {
    /// Converts `name`, writes it as voc XML and JSON, and loads both back without errors.
    static func convertedAndReloaded(_ name: String) throws -> ConvertedSurvey {
        let converted = try InteropFixtures.convert(name)
        for format in SurveyFormat.allCases {
            let document = SurveyLoader.load(
                text: SurveyWriter.text(converted.survey, format: format), path: "out.\(format.rawValue)",
                format: format)
            #expect(!document.hasErrors, "\(document.rendered())")
            #expect(document.survey == converted.survey)
        }
        return converted
    }

    @Test func householdXLSForm() throws {
        let converted = try Self.convertedAndReloaded("xlsform-household.xlsx")
        let survey = converted.survey
        #expect(survey.id == "hh_district" && survey.version == SemanticVersion(1, 2, 0))
        #expect(survey.translations == ["es"])
        #expect(survey.sections.map(\.id) == ["consent_page", "household", "income"])
        #expect(survey.sections.map { $0.when?.description } == [nil, "{consent} = 'yes'", "{consent} = 'yes'"])
        #expect(survey.whatQuestions.count == 8)
        #expect(survey.interopCodes("water_source") == ["piped", "well", "surface"])
        #expect(survey.interopQuestion("water_minutes")?.when?.description == "{water_source} != 'piped'")
        let size = try #require(survey.interopQuestion("hh_size"))
        #expect(size.text.translations["es"] == "¿Cuántas personas viven en este hogar?")
        #expect(size.checks.first?.condition.description == "{hh_size} > 0 and {hh_size} < 40")
        #expect(size.checks.first?.message.text == "Between 1 and 39 people.")
        #expect(converted.report.items.isEmpty)
    }

    @Test func storeFeedbackXLSForm() throws {
        let converted = try Self.convertedAndReloaded("xlsform-customer.xlsx")
        let survey = converted.survey
        #expect(survey.whatQuestions.map(\.id) == ["store", "reasons", "rating", "nps", "effort", "suggestion"])
        #expect(survey.whatQuestions.map(\.kind.keyword) == ["single", "multiple", "matrix", "nps", "rating", "text"])
        #expect(survey.whyProbes.map(\.about) == ["nps"])
        #expect(survey.interopQuestion("effort")?.kind == .rating(scale: RatingScale(min: 1, max: 7)))
        #expect(survey.optionLists.map(\.id) == ["store", "reason"])
        #expect(converted.report.items.count == 5)
    }

    @Test func facilityAssessmentXLSForm() throws {
        let converted = try Self.convertedAndReloaded("xlsform-clinic.xlsx")
        let survey = converted.survey
        #expect(survey.whatQuestions.count == 9)
        #expect(survey.computed.map(\.expression.description) == ["{beds} / {staff}"])
        let district = try #require(survey.interopQuestion("district"))
        #expect(
            survey.options(of: district).map { $0.when?.description } == [
                "'north' = {region}", "'north' = {region}", "'south' = {region}",
            ])
        #expect(survey.interopQuestion("vaccines")?.when?.description == "contains({offered}, 'immunisation')")
        #expect(
            converted.report.items.map(\.location) == ["survey!A2", "survey!A3", "survey!A14", "survey!A17"])
    }

    @Test func onboardingSurveyJS() throws {
        let converted = try Self.convertedAndReloaded("surveyjs-saas-onboarding.json")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["profile", "setup", "outlook"])
        #expect(survey.sections[2].when?.description == "{role} != 'analyst'")
        #expect(survey.whatQuestions.count == 9)
        #expect(survey.interopCodes("role") == ["admin", "developer", "analyst", "other"])
        #expect(survey.interopQuestion("admins")?.when?.description == "{team_size} != 's'")
        #expect(survey.interopQuestion("nps")?.kind.keyword == "nps")
        #expect(survey.whyProbes.map(\.id) == ["setup_why", "nps_reason"])
        #expect(survey.interopQuestion("docs")?.kind.keyword == "matrix")
    }

    @Test func conferenceSurveyJS() throws {
        let converted = try Self.convertedAndReloaded("surveyjs-event.json")
        let survey = converted.survey
        #expect(survey.translations == ["es"])
        #expect(survey.whatQuestions.map(\.id) == ["days", "ticket", "talks", "keynote_comment", "return", "month"])
        #expect(survey.interopQuestion("keynote_comment")?.when?.description == "{talks.keynote} = 1")
        #expect(survey.interopQuestion("month")?.when?.description == "{return} = 'true'")
        #expect(survey.sections.map { $0.title?.translations["es"] } == ["Asistencia", "Sesiones", "El próximo año"])
        #expect(converted.report.items.isEmpty)
    }

    @Test func clinicVisitSurveyJS() throws {
        let converted = try Self.convertedAndReloaded("surveyjs-patient.json")
        let survey = converted.survey
        #expect(survey.whatQuestions.count == 9)
        #expect(survey.interopQuestion("doctor")?.kind.keyword == "rating")
        #expect(survey.interopQuestion("nurse")?.kind == .rating(scale: RatingScale(min: 1, max: 4)))
        #expect(survey.interopQuestion("recommend")?.kind.keyword == "nps")
        #expect(survey.whyProbes.map(\.about) == ["doctor"])
        #expect(survey.interopCodes("meds_tablets_explained") == ["yes", "no"])
        #expect(converted.report.items.map(\.location).first == "completedHtml")
        #expect(converted.report.items.count == 5)
    }
}
