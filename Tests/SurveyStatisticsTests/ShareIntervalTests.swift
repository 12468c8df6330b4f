import SurveyStatistics
import Testing

/// Share intervals against R's `svyciprop` (survey 4.1.1): the figures come from `Reference/intervals.R`.
@Suite("Share intervals: svyciprop's methods")
struct ShareIntervalTests {
    /// (method, R's lower end, R's upper end).
    typealias Figures = [(ShareIntervalMethod, Double, Double)]

    static let estimateTolerance = 1e-9
    static let intervalTolerance = 1e-7

    /// `svyciprop(~I(sch.wide == "Yes"), dstrat, method = ...)`; svymean 0.82794801141582364, SE 0.024344780113074782.
    static let dstratSchWide: Figures = [
        (.logit, 0.7745396543515678, 0.87081485454450847),
        (.likelihood, 0.77641185342849128, 0.87241586605152766),
        (.beta, 0.77417132859731275, 0.87343159262073544),
        (.xlogit, 0.77453965474676834, 0.87081485494359889),
        (.asin, 0.77741790823431978, 0.87317883414990283),
        (.mean, 0.77993818097288103, 0.87595784185876624),
    ]

    /// The same on dclus1 (one-stage cluster sample, df 14); svymean 0.87431693989071035, SE 0.02035947724462743.
    static let dclus1SchWide: Figures = [
        (.logit, 0.8237988923790337, 0.91190007702122267),
        (.likelihood, 0.82628824196357609, 0.9136944918924953),
        (.beta, 0.82370221084750106, 0.91470449212686533),
        (.xlogit, 0.82379889238300175, 0.91190007702439313),
        (.asin, 0.82753345332108619, 0.9146145718489066),
        (.mean, 0.83065020412346802, 0.91798367565795269),
    ]

    /// `svyciprop(~I(api00 < 450), dclus1, method = ...)`: 3 schools of 183, svymean 0.016393442622950821,
    /// SE 0.0091250062823661771. The Wald interval is (−0.0031777493786344854, 0.035964634624536126); R's mean
    /// method returns it as is, voc clips it at 0.
    static let dclus1LowScores: Figures = [
        (.logit, 0.0049270057111183586, 0.053120723920090436),
        (.likelihood, 0.0036558803067211227, 0.044191076184810128),
        (.beta, 0.0029907799115111698, 0.049740835101279024),
        (.xlogit, 0.0049270057111184982, 0.053120723920090436),
        (.asin, 0.0026321583159452872, 0.041619759353252996),
        (.mean, 0, 0.035964634624536126),
    ]

    func check(
        _ estimator: SurveyEstimator, variable: String, level: String, estimate: Double, se: Double,
        figures: Figures, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (method, low, high) in figures {
            var estimator = estimator
            estimator.shareInterval = method
            let share = try #require(try estimator.shares(variable).first { $0.level == level })
            expectRelative(share.estimate, estimate, Self.estimateTolerance, "\(method) estimate")
            expectRelative(share.se, se, Self.intervalTolerance, "\(method) se")
            expectRelative(share.ciLow, low, Self.intervalTolerance, absolute: 1e-15, "\(method) low")
            expectRelative(share.ciHigh, high, Self.intervalTolerance, "\(method) high")
            #expect(share.intervalMethod == .share(method), sourceLocation: sourceLocation)
            #expect(share.ciLow >= 0 && share.ciHigh <= 1, sourceLocation: sourceLocation)
        }
    }

    @Test func stratifiedDesign() throws {
        try check(
            ReferenceData.dstrat(), variable: "sch.wide", level: "Yes", estimate: 0.82794801141582364,
            se: 0.024344780113074782, figures: Self.dstratSchWide)
    }

    @Test func oneStageClusterDesign() throws {
        try check(
            ReferenceData.dclus1(), variable: "sch.wide", level: "Yes", estimate: 0.87431693989071035,
            se: 0.02035947724462743, figures: Self.dclus1SchWide)
    }

    @Test func aSmallShareStaysAboveZero() throws {
        let base = try ReferenceData.dclus1()
        var frame = base.frame
        let api00 = try frame.numeric("api00")
        try frame.add(
            "low", .categorical(CategoricalColumn(codes: api00.map { $0 < 450 ? 1 : 0 }, levels: ["no", "yes"])))
        let estimator = SurveyEstimator(frame: frame, design: base.design)
        try check(
            estimator, variable: "low", level: "yes", estimate: 0.016393442622950821, se: 0.0091250062823661771,
            figures: Self.dclus1LowScores)
    }

    /// `svyby(~I(sch.wide == "Yes"), ~stype, dclus1, svyciprop, method = ..., vartype = "ci")`: each segment is
    /// its own subset design (degf 14, 7 and 11; nrow 144, 14 and 25).
    @Test func segmentsUseTheirSubsetDesign() throws {
        let figures: [ShareIntervalMethod: [(String, Double, Double, Double)]] = [
            .logit: [
                ("E", 0.91666666666666674, 0.85920653705640071, 0.95198680147212034),
                ("H", 0.7857142857142857, 0.50368796786563674, 0.92981257236462611),
                ("M", 0.68000000000000005, 0.41245544469725248, 0.86545626165111955),
            ],
            .likelihood: [
                ("E", 0.91666666666666674, 0.86416696103308999, 0.95449893006041908),
                ("H", 0.7857142857142857, 0.52181179923188359, 0.94604425405356085),
                ("M", 0.68000000000000005, 0.41841858860488623, 0.88028637051379777),
            ],
            .beta: [
                ("E", 0.91666666666666674, 0.85976535873735127, 0.95581662331015138),
                ("H", 0.7857142857142857, 0.5217609712072494, 0.94390769367080685),
                ("M", 0.68000000000000005, 0.40570899167224006, 0.88524128954376491),
            ],
            // R's upper end for H is 1.0019873361709151; voc clips it at 1.
            .mean: [
                ("E", 0.91666666666666674, 0.87165986451381061, 0.96167346881952287),
                ("H", 0.7857142857142857, 0.56944123525765633, 1),
                ("M", 0.68000000000000005, 0.43898717627923395, 0.9210128237207662),
            ],
        ]
        var estimator = try ReferenceData.dclus1()
        for (method, rows) in figures {
            estimator.shareInterval = method
            let shares = try estimator.shares("sch.wide", by: "stype").filter { $0.level == "Yes" }
            try #require(shares.count == 3)
            for (share, (segment, estimate, low, high)) in zip(shares, rows) {
                #expect(share.segment == segment)
                expectRelative(share.estimate, estimate, Self.estimateTolerance, "\(method) \(segment) estimate")
                expectRelative(share.ciLow, low, Self.intervalTolerance, "\(method) \(segment) low")
                expectRelative(share.ciHigh, high, Self.intervalTolerance, "\(method) \(segment) high")
            }
            #expect(shares.map(\.degreesOfFreedom) == [14, 7, 11])
        }
    }

    @Test func topBoxSharesUseTheMethodToo() throws {
        var estimator = try ReferenceData.dclus1()
        estimator.shareInterval = .beta
        let top = try #require(try estimator.topBox("api00", boxes: 1, scaleMax: 900).first)
        #expect(top.intervalMethod == .share(.beta))
        #expect(top.ciLow >= 0 && top.ciHigh <= 1)
    }

    @Test func betaQuantileMatchesR() {
        // qbeta(0.025, 2.5, 7.25), qbeta(0.975, 0.3, 40), qbeta(1e-8, 50, 3) from R 4.2.2.
        #expect(isClose(BetaDistribution.quantile(0.025, a: 2.5, b: 7.25), 0.050814205495634486, relative: 1e-12))
        #expect(isClose(BetaDistribution.quantile(0.975, a: 0.3, b: 40), 0.046792912372851325, relative: 1e-12))
        #expect(isClose(BetaDistribution.quantile(1e-8, a: 50, b: 3), 0.62215166677187583, relative: 1e-12))
        #expect(BetaDistribution.quantile(0, a: 2, b: 3) == 0 && BetaDistribution.quantile(1, a: 2, b: 3) == 1)
    }
}
