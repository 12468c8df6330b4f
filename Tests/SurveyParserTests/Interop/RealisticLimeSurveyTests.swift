import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Realistic multi-page LimeSurvey surveys (both layouts) convert to valid voc surveys with the expected
/// questions, codes, translations and why probes.
@Suite struct RealisticLimeSurveyTests {
    @Test func postPurchaseLimeSurvey() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("limesurvey-csat.lss")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["G1", "G2", "G3"])
        #expect(
            survey.whatQuestions.map(\.id) == ["channel", "bought", "csat", "delivery_issue", "nps", "age", "comments"])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "matrix", "text", "nps", "single", "text",
            ])
        #expect(survey.interopCodes("bought") == ["clothing", "shoes", "other"])
        #expect(survey.interopQuestion("delivery_issue")?.when?.description == "{csat.delivery} <= 2")
        let probe = try #require(survey.whyProbes.first)
        #expect(probe.id == "nps_why" && probe.about == "nps")
        #expect(probe.when?.description == "{nps} = 0 or {nps} = 1 or {nps} = 2")
        #expect(converted.report.items.count == 2)
    }

    @Test func supplierNeedsLimeSurvey() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("limesurvey-b2b-needs.lss")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["G1", "G2", "G3"])
        #expect(survey.sections[2].when?.description == "{role} = 'decider' or {role} = 'influencer'")
        #expect(survey.whatQuestions.count == 7)
        #expect(survey.interopQuestion("importance")?.kind.keyword == "matrix")
        #expect(survey.interopQuestion("performance")?.kind.keyword == "matrix")
        #expect(survey.interopCodes("top_needs") == ["erp", "uptime", "support"])
        #expect(converted.report.items.isEmpty)
    }

    @Test func bilingualHotelLimeSurveyInTheOldLayout() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("limesurvey-hotel-bilingual.lss")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en" && survey.translations == ["zh-Hans"])
        #expect(survey.title == LocalizedText("Hotel guest survey", translations: ["zh-Hans": "酒店客人调查"]))
        #expect(survey.whatQuestions.map(\.id) == ["purpose", "nights", "services", "room", "overall"])
        #expect(survey.interopQuestion("nights")?.help?.translations["zh-Hans"] == "请按晚数计算。")
        #expect(survey.sections.map { $0.title?.translations["zh-Hans"] } == ["您的入住", "您的意见"])
        let services = try #require(survey.interopQuestion("services"))
        #expect(survey.options(of: services).map { $0.label.translations["zh-Hans"] } == ["早餐", "健身房"])
        let probe = try #require(survey.whyProbes.first)
        #expect(probe.about == "overall" && probe.when?.description == "{overall} <= 2")
        #expect(converted.report.items.count == 1)
    }
}
