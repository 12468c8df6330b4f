import SurveyStatistics
import Testing

/// Share intervals on a calibrated design against R (`Reference/intervals.R`): dclus1 raked to the population's
/// stype and sch.wide counts (`rake(..., control = list(maxit = 100, epsilon = 1e-12))`). R keeps every row of a
/// calibrated design in a segment's subset (the others weigh 0), so `nrow` is 183 in each segment.
@Suite("Share intervals on a raked design")
struct CalibratedShareIntervalTests {
    func raked() throws -> SurveyEstimator {
        let base = try ReferenceData.dclus1()
        let outcome = try SurveyWeighting.run(
            frame: base.frame, startWeights: base.design.weights,
            request: WeightingRequest(
                margins: MarginTargets(margins: [
                    CalibrationTests.populationTypes, CalibrationTests.populationSchoolWide,
                ]),
                raking: RakingOptions(maxSweeps: 100, convergence: .rJointTableChange(epsilon: 1e-12))))
        var frame = base.frame
        let api00 = try frame.numeric("api00")
        try frame.add(
            "high", .categorical(CategoricalColumn(codes: api00.map { $0 > 700 ? 1 : 0 }, levels: ["no", "yes"])))
        return SurveyEstimator(frame: frame, design: outcome.apply(to: base.design))
    }

    /// `svyciprop(~I(api00 > 700), rclus1, method = ...)`: svymean 0.3241126974615528, SE 0.077709690407140916.
    @Test func overall() throws {
        let figures: [(ShareIntervalMethod, Double, Double)] = [
            (.logit, 0.18305765286602521, 0.50647395161616582),
            (.likelihood, 0.17620378484780705, 0.50074858629378327),
            (.beta, 0.16733641393589574, 0.51631387043930377),
            (.xlogit, 0.18305765286599737, 0.50647395161613895),
            (.asin, 0.17197691243023566, 0.4983177801921958),
            (.mean, 0.15744198795410311, 0.49078340696900247),
        ]
        var estimator = try raked()
        for (method, low, high) in figures {
            estimator.shareInterval = method
            let share = try #require(try estimator.shares("high").first { $0.level == "yes" })
            expectRelative(share.estimate, 0.3241126974615528, 1e-9, "\(method) estimate")
            expectRelative(share.se, 0.077709690407140916, 1e-7, "\(method) se")
            expectRelative(share.ciLow, low, 1e-7, "\(method) low")
            expectRelative(share.ciHigh, high, 1e-7, "\(method) high")
        }
    }

    /// `svyby(~I(api00 > 700), ~stype, rclus1, svyciprop, method = ..., vartype = "ci")`.
    @Test func bySegment() throws {
        let figures: [ShareIntervalMethod: [(Double, Double, Double)]] = [
            .logit: [
                (0.35584986363458865, 0.20984838194207792, 0.5346925976992053),
                (0.26664583372735468, 0.053243883565477199, 0.70156129453787897),
                (0.22890392581944613, 0.071864466560907808, 0.53229862237764847),
            ],
            .likelihood: [
                (0.35584986363458865, 0.20369349537061282, 0.53090217328519573),
                (0.26664583372735468, 0.031523446320885253, 0.68545058412046711),
                (0.22890392581944613, 0.056086884099225652, 0.51000194087610951),
            ],
            .beta: [
                (0.35584986363458865, 0.19463796417456999, 0.54515457613300033),
                (0.26664583372735468, 0.020591720708806521, 0.73762352565590028),
                (0.22890392581944613, 0.046085985175547246, 0.54734175855480804),
            ],
            // R: (−0.098330910996161869, 0.63162257845087122) for H and (−0.0083011167038109235, …) for M.
            .mean: [
                (0.35584986363458865, 0.1879647784542996, 0.5237349488148777),
                (0.26664583372735468, 0, 0.63162257845087122),
                (0.22890392581944613, 0, 0.46610896834270321),
            ],
        ]
        var estimator = try raked()
        for (method, rows) in figures {
            estimator.shareInterval = method
            let shares = try estimator.shares("high", by: "stype").filter { $0.level == "yes" }
            try #require(shares.count == 3)
            for (share, (estimate, low, high)) in zip(shares, rows) {
                let label = "\(method) \(share.segment ?? "")"
                expectRelative(share.estimate, estimate, 1e-9, "\(label) estimate")
                expectRelative(share.ciLow, low, 1e-7, "\(label) low")
                expectRelative(share.ciHigh, high, 1e-7, "\(label) high")
            }
        }
    }
}
