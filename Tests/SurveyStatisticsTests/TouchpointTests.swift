import Testing
@testable import SurveyStatistics

@Suite("Touchpoints")
struct TouchpointTests {
    @Test func sharesBalanceAndDrivers() throws {
        let p = TouchpointExperience.positive
        let n = TouchpointExperience.negative
        let o = TouchpointExperience.neutral
        let experiences: [[TouchpointExperience?]] = [[p, n], [p, p], [p, o], [n, p], [p, nil]]
        let outcome: [Double] = [3, 9, 8, 2, 7]
        let analysis = try TouchpointAnalysis(experiences: experiences, outcome: outcome)
        #expect(isClose(analysis.negativeWeight, TouchpointAnalysis.defaultNegativeWeight))
        #expect(isClose(TouchpointAnalysis.defaultNegativeWeight, 5))
        let website = analysis.touchpoints[0]
        #expect(isClose(website.positiveShare, 0.8) && isClose(website.negativeShare, 0.2))
        #expect(isClose(website.balance, 0.8 - 5 * 0.2))
        #expect(isClose(website.outcomeGapNegativeMinusPositive ?? .nan, 2 - 27.0 / 4))
        let phone = analysis.touchpoints[1]
        #expect(phone.respondents == 4)
        #expect(isClose(phone.negativeShare, 0.25))
        // Respondent balances: −4, 2, 1, −4, 1 → mean −0.8.
        #expect(isClose(analysis.meanRespondentBalance, -0.8))
        #expect(
            isClose(
                website.outcomeCorrelation ?? .nan,
                try Correlation.pearson([1, 1, 1, -1, 1], outcome)))
    }

    @Test func kIsSettableAndRatingsMap() throws {
        let analysis = try TouchpointAnalysis(experiences: [[.positive], [.negative]], negativeWeight: 3)
        #expect(isClose(analysis.touchpoints[0].balance, 0.5 - 1.5))
        #expect(TouchpointExperience(rating: 2, negativeAtMost: 2, positiveAtLeast: 4) == .negative)
        #expect(TouchpointExperience(rating: 4, negativeAtMost: 2, positiveAtLeast: 4) == .positive)
        #expect(TouchpointExperience(rating: .nan, negativeAtMost: 2, positiveAtLeast: 4) == nil)
    }
}
