import Foundation
@testable import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore
import SurveyTestSupport
import Testing

/// A seeded study with planted speeders, straightliners, duplicates, gibberish (English and Chinese), attention
/// and consistency failures and shared contacts among honest responses (`PlantedQualityStudy`).
@Suite struct PlantedQualityTests {
    static func survey() throws -> Survey {
        let document = SurveyLoader.load(
            text: PlantedQualityStudy.surveyXML, path: "planted-quality.xml", format: .xml)
        #expect(!document.hasErrors, "\(document.rendered())")
        let survey = try #require(document.survey)
        #expect(survey.whatQuestion("sat")?.attentionCheck == AttentionCheck(row: "att", expected: ["2"]))
        #expect(survey.consistencyRules.map(\.id) == ["adult"])
        return survey
    }

    static func assess(_ study: PlantedQualityStudy.Study, survey: Survey) async -> QualityAssessment {
        var assessor = QualityAssessor(survey: survey)
        let attributes = Dictionary(uniqueKeysWithValues: study.respondents.map { ($0.id, $0.attributes) })
        for response in study.responses { assessor.add(response, attributes: attributes[response.response.id] ?? [:]) }
        return await assessor.finish()
    }

    @Test func everyPlantedCaseIsFlaggedAndFewerThanTwoPercentOfTheHonestOnes() async throws {
        let survey = try Self.survey()
        let study = PlantedQualityStudy.generate(seed: 17)
        let assessment = await Self.assess(study, survey: survey)
        let flagged = Dictionary(
            uniqueKeysWithValues: assessment.responses.filter { $0.score >= 1 }.map { ($0.responseID, $0) })
        let expected: [PlantedQualityStudy.Plant: QualityFlagKind] = [
            .speeder: .speeding, .straightliner: .straightlining, .duplicate: .duplicate,
            .nearDuplicate: .nearDuplicate, .gibberishEnglish: .openGibberish, .gibberishChinese: .openGibberish,
            .attention: .attention, .consistency: .consistency, .sharedContact: .duplicateContact,
        ]
        for (id, plant) in study.planted.sorted(by: { $0.key < $1.key }) {
            let flags = flagged[id]?.flags.map(\.kind) ?? []
            #expect(flags.contains(expected[plant]!), "\(id) (\(plant)) was flagged \(flags)")
        }
        let honest = study.responses.map(\.response.id).filter { study.planted[$0] == nil }
        let falsePositives = honest.filter { flagged[$0] != nil }
        print("planted: \(study.planted.count), honest flagged: \(falsePositives.count) of \(honest.count)")
        #expect(honest.count == 600)
        #expect(Double(falsePositives.count) < 0.02 * Double(honest.count), "\(falsePositives.map { flagged[$0]! })")
        #expect(assessment.summary.judged == study.responses.count)
        #expect(assessment.summary.segments.map(\.id) == ["retail", "finance"])
    }

    @Test func consistencyRulesFlagExactlyTheResponsesThatBreakThem() async throws {
        let survey = try Self.survey()
        let study = PlantedQualityStudy.generate(seed: 3, honestPerIndustry: 50, bad: 8)
        let assessment = await Self.assess(study, survey: survey)
        let consistency = Set(
            assessment.responses.filter { $0.flags.contains { $0.kind == .consistency } }.map(\.responseID))
        #expect(consistency == Set(study.planted.filter { $0.value == .consistency }.map(\.key)))
        let evidence = assessment.responses.first { consistency.contains($0.responseID) }?.flags.first {
            $0.kind == .consistency
        }
        #expect(evidence?.evidence == "adult: Respondents are adults")
    }

    @Test func anInterviewerWhoseInterviewsAreFastAndStraightIsNamed() async throws {
        let survey = try Self.survey()
        var study = PlantedQualityStudy.generate(seed: 5, honestPerIndustry: 100, bad: 20)
        let names = ["ann", "bob", "cy", "dee"]
        for index in study.responses.indices {
            let id = study.responses[index].response.id
            switch study.planted[id] {
            case .speeder?, .straightliner?: study.responses[index].interviewer = "zed"
            default: study.responses[index].interviewer = names[index % names.count]
            }
        }
        let indicators = await Self.assess(study, survey: survey).summary.interviewers
        #expect(indicators.map(\.interviewer) == ["ann", "bob", "cy", "dee", "zed"])
        let zed = try #require(indicators.last)
        #expect(zed.interviews == 40)
        #expect(zed.concerns == ["short interviews", "much straightlining"])
        #expect(indicators.dropLast().allSatisfy { $0.concerns.isEmpty }, "\(indicators)")
    }

    @Test func thePoissonBinomialTailEqualsTheBinomialWhenProbabilitiesAreEqual() {
        // P(X >= 8) for X ~ Binomial(10, 0.5) = (45 + 10 + 1) / 1024.
        #expect(abs(DuplicateFinder.tail(Array(repeating: 0.5, count: 10), atLeast: 8) - 56.0 / 1024) < 1e-15)
        #expect(DuplicateFinder.tail([0.2, 0.7], atLeast: 0) == 1)
        #expect(abs(DuplicateFinder.tail([0.2, 0.7], atLeast: 2) - 0.14) < 1e-15)
    }
}
