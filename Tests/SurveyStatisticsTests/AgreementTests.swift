import Testing
@testable import SurveyStatistics

/// docs/methods.md §4.2, T11 and T12.
@Suite("Agreement")
struct AgreementTests {
    @Test func cohenKappaFromTable() throws {
        let result = try CohenKappa.fromTable([[20, 5], [10, 15]])
        #expect(isClose(result.observedAgreement, 0.70))
        #expect(isClose(result.expectedAgreement, 0.50))
        #expect(isClose(result.kappa, 0.40))
    }

    @Test func cohenKappaFromLabelsSkipsMissing() throws {
        var a: [String?] = []
        var b: [String?] = []
        for (x, y, n) in [("yes", "yes", 20), ("yes", "no", 5), ("no", "yes", 10), ("no", "no", 15)] {
            a += [String?](repeating: x, count: n)
            b += [String?](repeating: y, count: n)
        }
        a.append(nil)
        b.append("yes")
        #expect(isClose(try CohenKappa.fromLabels(a, b).kappa, 0.40))
    }

    static let canonical: [[Double?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]

    @Test(arguments: [(KrippendorffAlpha.Metric.nominal, 0.7434), (.interval, 0.8491)])
    func krippendorffCanonicalExample(metric: KrippendorffAlpha.Metric, expected: Double) {
        let result = KrippendorffAlpha.compute(Self.canonical, metric: metric)
        #expect(isClose(result.alpha, printed: expected, digits: 4))
        #expect(isClose(result.pairableValues, 40))
        #expect(allClose(result.valueCounts.keys.sorted(), [1, 2, 3, 4, 5]))
        #expect(allClose(result.valueCounts.keys.sorted().map { result.valueCounts[$0]! }, [9, 13, 10, 5, 3]))
    }

    @Test func perfectAgreementAndNoVariation() {
        #expect(isClose(KrippendorffAlpha.compute([[1, 2, 3], [1, 2, 3]]).alpha, 1))
        #expect(KrippendorffAlpha.compute([[1, 1], [1, 1]]).alpha.isNaN)
    }

    @Test func multiLabelPerCodeAndOverall() throws {
        let coder1: [Set<String>?] = [["price"], ["price", "trust"], ["service"], nil, ["trust"], []]
        let coder2: [Set<String>?] = [["price"], ["price"], ["service"], ["price"], ["trust"], []]
        let agreement = try MultiLabelAgreement(assignments: [coder1, coder2], codes: ["price", "trust", "service"])
        let price = agreement.perCode[0]
        #expect(isClose(price.alpha, 1))
        #expect(isClose(price.kappa ?? .nan, 1))
        // trust: units 1..6 except the 4th → coder1 [0,1,0,1,0], coder2 [0,0,0,1,0].
        let trustKappa = try CohenKappa.fromLabels([0.0, 1, 0, 1, 0], [0.0, 0, 0, 1, 0]).kappa
        #expect(isClose(agreement.perCode[1].kappa ?? .nan, trustKappa))
        #expect(agreement.perCode[1].unitsWithCode == 2)
        let pooledA: [Double?] = [1, 1, 0, nil, 0, 0] + [0, 1, 0, nil, 1, 0] + [0, 0, 1, nil, 0, 0]
        let pooledB: [Double?] = [1, 1, 0, 1, 0, 0] + [0, 0, 0, 0, 1, 0] + [0, 0, 1, 0, 0, 0]
        #expect(isClose(agreement.overallAlpha, KrippendorffAlpha.compute([pooledA, pooledB]).alpha))
        #expect(isClose(agreement.overallKappa ?? .nan, try CohenKappa.fromLabels(pooledA, pooledB).kappa))
    }
}
