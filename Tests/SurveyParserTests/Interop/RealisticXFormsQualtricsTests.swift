import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Realistic multi-page ODK XForms and Qualtrics surveys convert to valid voc surveys with the expected questions,
/// codes, translations and why probes.
@Suite struct RealisticXFormsQualtricsTests {
    @Test func postPurchaseXForms() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("xforms-csat.xml")
        let survey = converted.survey
        #expect(survey.id == "csat_post_purchase" && survey.version == SemanticVersion(2, 1, 0))
        #expect(survey.sections.map(\.id) == ["order", "experience", "loyalty"])
        #expect(
            survey.sections.map { $0.title?.text } == [
                "Your order", "How satisfied were you with ...", "Recommendation",
            ])
        #expect(survey.whatQuestions.count == 9)
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "text", "single", "single", "single", "nps", "single", "text",
            ])
        #expect(survey.interopCodes("channel") == ["web", "app", "store"])
        #expect(survey.interopCodes("quality") == ["1", "2", "3", "4", "5"])
        #expect(survey.optionLists.map(\.id) == ["sat5"])
        #expect(survey.interopQuestion("bought_other")?.when?.description == "contains({bought}, 'other')")
        #expect(survey.whyProbes.map(\.id) == ["nps_why"])
        #expect(survey.whyProbes.first?.about == "nps" && survey.whyProbes.first?.when?.description == "{nps} <= 6")
        #expect(converted.report.items.count == 3)
    }

    @Test func supplierNeedsXForms() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("xforms-b2b-needs.xml")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["company", "importance", "supplier", "buying"])
        #expect(survey.sections[3].when?.description == "{role} = 'decider' or {role} = 'influencer'")
        #expect(survey.whatQuestions.count == 12)
        #expect(survey.interopQuestion("perf_overall")?.kind == .rating(scale: RatingScale(min: 1, max: 7)))
        #expect(survey.interopQuestion("top_needs")?.kind.keyword == "ranking")
        #expect(survey.interopCodes("imp_price") == ["1", "2", "3", "4", "5"])
        #expect(survey.computed.map(\.expression.description) == ["{budget} / 10"])
        #expect(survey.interopQuestion("budget")?.checks.map(\.condition.description) == ["{budget} > 0"])
        #expect(converted.report.items.count == 1)
    }

    @Test func bilingualHotelXForms() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("xforms-bilingual.xml")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en" && survey.translations == ["zh"])
        #expect(survey.sections.map { $0.title?.translations["zh"] } == ["您的入住", "您的意见"])
        #expect(survey.whatQuestions.map(\.id) == ["purpose", "nights", "services", "clean", "nps"])
        #expect(survey.interopQuestion("nights")?.help?.translations["zh"] == "请按晚数计算，而不是天数。")
        let clean = try #require(survey.interopQuestion("clean"))
        #expect(survey.options(of: clean).map { $0.label.translations["zh"] } == ["非常脏", "脏", "干净", "非常干净"])
        #expect(survey.interopCodes("services") == ["breakfast", "gym", "spa"])
        let probe = try #require(survey.whyProbes.first)
        #expect(probe.id == "nps_reason" && probe.about == "nps" && probe.when?.description == "{nps} >= 9")
        #expect(probe.text.translations["zh"] == "您给出这个分数的主要原因是什么？")
        #expect(converted.report.items.count == 1)
    }

    @Test func postPurchaseQualtrics() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("qualtrics-csat.qsf")
        let survey = converted.survey
        #expect(survey.id == "SV_csatPost")
        #expect(survey.sections.map(\.id) == ["Your_order", "Your_order_2", "Recommendation", "About_you"])
        #expect(
            survey.whatQuestions.map(\.id) == ["channel", "bought", "csat", "delivery_issue", "nps", "age", "comments"])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "matrix", "text", "nps", "single", "text",
            ])
        #expect(survey.interopCodes("channel") == ["web", "app", "store", "phone"])
        #expect(survey.interopCodes("age") == ["u25", "25_34", "35_49", "50_64", "65p"])
        #expect(survey.interopQuestion("delivery_issue")?.when?.description == "{csat.1} = 1")
        let probe = try #require(survey.whyProbes.first)
        #expect(probe.id == "nps_why" && probe.about == "nps")
        #expect(probe.text.text == "What is the main reason for your score of {nps}?")
        #expect(converted.report.items.count == 1)
    }

    @Test func supplierNeedsQualtrics() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("qualtrics-b2b-needs.qsf")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["Company", "Needs", "Needs_2", "Needs_3", "Buying", "Wrap-up"])
        #expect(survey.sections[4].when?.description == "{role} = 'decider' or {role} = 'influencer'")
        #expect(survey.whatQuestions.count == 9)
        guard case .matrix(let rows, let scale)? = survey.interopQuestion("performance")?.kind else {
            Issue.record("performance is not a matrix")
            return
        }
        #expect(rows.count == 6 && scale.labels.map(\.text.text).last == "Excellent")
        #expect(survey.interopQuestion("switch")?.kind == .rating(scale: RatingScale(min: 0, max: 10)))
        #expect(survey.whyProbes.map(\.about) == ["switch"])
        #expect(survey.interopCodes("role") == ["decider", "influencer", "user"])
        #expect(converted.report.items.count == 1)
    }

    @Test func bilingualHotelQualtrics() throws {
        let converted = try RealisticConversionTests.convertedAndReloaded("qualtrics-hotel-bilingual.qsf")
        let survey = converted.survey
        #expect(survey.translations == ["zh-Hans"])
        #expect(survey.whatQuestions.count == 7)
        #expect(survey.interopQuestion("purpose")?.text.translations["zh-Hans"] == "您此次入住的主要目的是什么？")
        let services = try #require(survey.interopQuestion("services"))
        #expect(survey.options(of: services).map(\.code) == ["breakfast", "gym", "spa", "none"])
        #expect(survey.options(of: services).last?.exclusive == true)
        #expect(survey.whyProbes.map(\.when?.description) == ["{nps} = 9 or {nps} = 10"])
        #expect(converted.report.items.count == 1)
    }
}
