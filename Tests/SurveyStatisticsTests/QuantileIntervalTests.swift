import SurveyStatistics
import Testing

/// Quantiles and their Woodruff intervals against R's `svyquantile(..., ci = TRUE)` (survey 4.1.1,
/// `interval.type = "mean"`): the figures come from `Reference/intervals.R`.
@Suite("Quantile intervals: svyquantile's rules")
struct QuantileIntervalTests {
    /// Per probability: (quantile, ci low, ci high, se).
    typealias Figures = [(Double, Double, Double, Double)]

    static let dclus1: [QuantileRule: Figures] = [
        .math: [
            (552, 492, 627, 31.471661205399485), (652, 561, 714, 35.667882699452747),
            (719, 696, 777, 18.882996723239689),
        ],
        .school: [
            (552, 492, 627, 31.471661205399485), (652, 561, 714, 35.667882699452747),
            (719, 696, 777, 18.882996723239689),
        ],
        .hf7: [
            (552.5, 492.21019767281319, 627.28707008674962, 31.489581965158361),
            (652, 560.54762917282176, 714.22072093271481, 35.824796150026827),
            (718, 691, 771.02257778997114, 18.655136718434793),
        ],
    ]

    static let dstrat: [QuantileRule: Figures] = [
        .math: [
            (565, 535, 597, 15.719451132039083), (668, 642, 694, 13.184055788161812),
            (756, 726, 778, 13.184055788161812),
        ],
        .school: [
            (565, 535, 597, 15.719451132039083), (668, 642, 694, 13.184055788161812),
            (756, 726, 778, 13.184055788161812),
        ],
        .hf7: [
            (565, 536.95822498130735, 597.44483479644578, 15.335746889222323),
            (667.60857253352333, 637.03298488257758, 680.81959165340288, 11.101635893093547),
            (755.72335328180122, 724.21895209397485, 776.51960166130061, 13.260282339475458),
        ],
    ]

    func check(_ estimator: SurveyEstimator, _ figures: [QuantileRule: Figures]) throws {
        for (rule, rows) in figures {
            var estimator = estimator
            estimator.quantileRule = rule
            let quartiles = try estimator.quantiles("api00")
            try #require(quartiles.count == 3)
            for (q, (estimate, low, high, se)) in zip(quartiles, rows) {
                let label = "\(rule) p=\(q.level ?? "")"
                expectRelative(q.estimate, estimate, 1e-9, "\(label) quantile")
                expectRelative(q.ciLow, low, 1e-7, "\(label) low")
                expectRelative(q.ciHigh, high, 1e-7, "\(label) high")
                expectRelative(q.se, se, 1e-7, "\(label) se")
                #expect(q.intervalMethod == .woodruff(rule))
            }
        }
    }

    @Test func oneStageClusterDesign() throws { try check(ReferenceData.dclus1(), Self.dclus1) }

    @Test func stratifiedDesign() throws { try check(ReferenceData.dstrat(), Self.dstrat) }

    /// `svyby(~api00, ~stype, dclus1, svyquantile, quantiles = 0.5, ci = TRUE, qrule = ...)`: H has 14 equally
    /// weighted schools, so p = 0.5 falls on a step and `school` averages the two middle values.
    @Test func mediansBySegment() throws {
        let figures: [QuantileRule: [(String, Double, Double, Double, Double)]] = [
            .math: [
                ("E", 652, 36.367252948461626, 561, 717), ("H", 608, 52.016721014828711, 478, 724),
                ("M", 642, 43.616832017169536, 528, 720),
            ],
            .school: [
                ("E", 653.5, 36.367252948461626, 561, 717), ("H", 634.5, 52.016721014828711, 478, 724),
                ("M", 642, 43.616832017169536, 528, 720),
            ],
            .hf7: [
                ("E", 653.5, 36.367252948461626, 561, 717),
                ("H", 634.5, 56.846927535414117, 454.81906545793197, 723.66231241548769),
                ("M", 642, 39.892652302421133, 538.88003010198827, 714.48630153063721),
            ],
        ]
        var estimator = try ReferenceData.dclus1()
        for (rule, rows) in figures {
            estimator.quantileRule = rule
            let medians = try estimator.quantiles("api00", probabilities: [0.5], by: "stype")
            try #require(medians.count == 3)
            for (q, (segment, estimate, se, low, high)) in zip(medians, rows) {
                #expect(q.segment == segment)
                expectRelative(q.estimate, estimate, 1e-9, "\(rule) \(segment) median")
                expectRelative(q.se, se, 1e-7, "\(rule) \(segment) se")
                expectRelative(q.ciLow, low, 1e-7, "\(rule) \(segment) low")
                expectRelative(q.ciHigh, high, 1e-7, "\(rule) \(segment) high")
            }
        }
    }
}
