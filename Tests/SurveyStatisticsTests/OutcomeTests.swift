import Testing
@testable import SurveyStatistics

/// docs/methods.md §6, T13–T16.
@Suite("Outcomes")
struct OutcomeTests {
    static let dispositions: [AAPORDisposition] = ["I", "P", "I", "NC", "UH", "I", "R", "UO", "I", "O", "P", "I"]
        .map { AAPORDisposition(rawValue: $0)! }

    @Test func aaporRates() throws {
        let rates = try AAPORRates(dispositions: Self.dispositions)
        let e = 0.8
        let expected: [(Double, Double)] = [
            (rates.rr1, 0.4167), (rates.rr2, 0.5833), (rates.rr3(e: e), 0.4310), (rates.rr4(e: e), 0.6034),
            (rates.rr5, 0.5000), (rates.rr6, 0.7000), (rates.coop1, 0.5556), (rates.coop2, 0.7778),
            (rates.coop3, 0.6250), (rates.coop4, 0.8750), (rates.ref1, 0.0833), (rates.ref2(e: e), 0.0862),
            (rates.ref3, 0.1000), (rates.con1, 0.7500), (rates.con2(e: e), 0.7759), (rates.con3, 0.9000),
        ]
        for (value, printed) in expected { #expect(isClose(value, printed: printed, digits: 4)) }
    }

    @Test func aaporEligibilityAndWeights() throws {
        let rates = AAPORRates(i: 6, p: 0, r: 2, nc: 1, o: 1, uh: 5, uo: 0, ne: 10)
        #expect(isClose(rates.proportionalEligibility, 0.5))
        let weighted = try AAPORRates(dispositions: [.complete, .refusal], weights: [3, 1])
        #expect(isClose(weighted.rr1, 0.75))
    }

    @Test func cesMean() throws {
        // 50 responses on 1–7 summing to 208: 42 × 4 and 8 × 5.
        let scores = [Double](repeating: 4, count: 42) + [Double](repeating: 5, count: 8)
        let ces = try CustomerEffortScore(scores: scores, lowest: 1, highest: 7)
        #expect(isClose(ces.value, 4.16))
        #expect(ces.convention == .mean)
        let net = try CustomerEffortScore(scores: [7, 6, 1, 4], lowest: 1, highest: 7, convention: .netEasy)
        #expect(isClose(net.value, 0.25))
    }

    @Test func acsiEqualWeights() throws {
        #expect(isClose(try SatisfactionIndex.acsiStyle(itemMeans: [8.0, 7.0, 7.5]), printed: 72.22, digits: 2))
        #expect(isClose(try SatisfactionIndex.acsiStyle(itemMeans: [10, 1], itemWeights: [3, 1]), 75))
    }

    @Test(arguments: [
        ("1.1", AAPORDisposition.complete), ("1.2", .partial), ("2.112a", .refusal),
        ("2.20", .nonContact), ("2.34", .other), ("3.13", .unknownHousehold), ("3.21", .unknownOther),
        ("4.51", .notEligible),
    ])
    func aaporCodes(code: String, expected: AAPORDisposition) {
        #expect(AAPORDisposition(aaporCode: code) == expected)
    }

    @Test func unknownAAPORCodes() {
        #expect(AAPORDisposition(aaporCode: "5.1") == nil)
        #expect(AAPORDisposition(aaporCode: "x") == nil)
        #expect(AAPORDisposition(aaporCode: "11") == nil)
    }
}
