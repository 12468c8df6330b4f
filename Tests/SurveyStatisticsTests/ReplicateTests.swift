import SurveyStatistics
import Testing

/// Replicate-weight designs against R's `survey` 4.1.1: `as.svrepdesign` (JK1, JKn, BRR, Fay) and `svrepdesign`
/// on supplied columns (BRR, bootstrap, JK1 with a given scale). Every figure comes from
/// `Reference/replicates.R`, which also wrote `apibrr.csv` and `apiboot.csv`; its output line is quoted above
/// each block.
@Suite("Replicate weights: as R's svrepdesign")
struct ReplicateTests {
    static let estimateTolerance = 1e-9
    static let seTolerance = 1e-7

    /// What `replicates.R`'s `report()` prints for one design.
    struct Figures {
        var df: Int
        var mean: (Double, Double)
        var total: (Double, Double)
        var shares: [(Double, Double)]
        var byStype: [(Double, Double)]
        /// svyciprop(~I(sch.wide == "Yes")): estimate, se, logit interval.
        var schWide: (Double, Double, Double, Double)
        /// svyquantile(~api00, c(.25, .5, .75), ci = TRUE): quantile, low, high, se.
        var quartiles: [(Double, Double, Double, Double)]
    }

    func check(
        _ estimator: SurveyEstimator, _ figures: Figures, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let e = Self.estimateTolerance
        let s = Self.seTolerance
        #expect(estimator.design.degreesOfFreedom == figures.df, sourceLocation: sourceLocation)
        let mean = try #require(try estimator.mean("api00").first)
        expectRelative(mean.estimate, figures.mean.0, e, "mean", sourceLocation: sourceLocation)
        expectRelative(mean.se, figures.mean.1, s, "mean se", sourceLocation: sourceLocation)
        let total = try #require(try estimator.total("enroll").first)
        expectRelative(total.estimate, figures.total.0, e, "total", sourceLocation: sourceLocation)
        expectRelative(total.se, figures.total.1, s, "total se", sourceLocation: sourceLocation)
        let shares = try estimator.shares("stype")
        try #require(shares.count == 3)
        for (share, (value, se)) in zip(shares, figures.shares) {
            expectRelative(share.estimate, value, e, "share", sourceLocation: sourceLocation)
            expectRelative(share.se, se, s, absolute: 1e-12, "share se", sourceLocation: sourceLocation)
        }
        let by = try estimator.mean("api00", by: "stype")
        try #require(by.count == 3)
        for (estimate, (value, se)) in zip(by, figures.byStype) {
            expectRelative(estimate.estimate, value, e, "by stype", sourceLocation: sourceLocation)
            expectRelative(estimate.se, se, s, "by stype se", sourceLocation: sourceLocation)
        }
        let yes = try #require(try estimator.shares("sch.wide").first { $0.level == "Yes" })
        expectRelative(yes.estimate, figures.schWide.0, e, "sch.wide", sourceLocation: sourceLocation)
        expectRelative(yes.se, figures.schWide.1, s, "sch.wide se", sourceLocation: sourceLocation)
        expectRelative(yes.ciLow, figures.schWide.2, s, "sch.wide logit low", sourceLocation: sourceLocation)
        expectRelative(yes.ciHigh, figures.schWide.3, s, "sch.wide logit high", sourceLocation: sourceLocation)
        let quartiles = try estimator.quantiles("api00")
        try #require(quartiles.count == 3)
        for (q, (value, low, high, se)) in zip(quartiles, figures.quartiles) {
            expectRelative(q.estimate, value, e, "quantile \(q.level ?? "")", sourceLocation: sourceLocation)
            expectRelative(q.ciLow, low, e, "quantile low", sourceLocation: sourceLocation)
            expectRelative(q.ciHigh, high, e, "quantile high", sourceLocation: sourceLocation)
            expectRelative(q.se, se, s, "quantile se", sourceLocation: sourceLocation)
        }
    }

    static func withReplicates(_ base: SurveyEstimator, _ replicates: ReplicateWeights) -> SurveyEstimator {
        SurveyEstimator(frame: base.frame, design: base.design.withReplicates(replicates))
    }

    // == JK1 dclus1  degf 14  scale 0.91483927785116681  R 15   (rclus1 <- as.svrepdesign(dclus1))
    static let jk1 = Figures(
        df: 14, mean: (644.16939890710375, 26.329360589527564), total: (3404940.1345291086, 932235.0270412137),
        shares: [
            (0.78688524590163933, 0.051441313470185525), (0.07650273224043716, 0.027779902953805079),
            (0.13661202185792348, 0.033174300039465469),
        ],
        byStype: [
            (648.86805555555554, 25.374303552398203), (618.57142857142856, 46.344121745186008),
            (631.43999999999994, 33.687619998631355),
        ],
        schWide: (0.87431693988704007, 0.020556014253966522, 0.82346354827010504, 0.91208536451205791),
        quartiles: [
            (552, 482, 629, 34.269142201434995), (652, 552, 720, 39.164733944497137),
            (719, 691, 781, 20.981107470266323),
        ])

    /// A jackknife of 20,000 respondents without clusters would hold 20,000² factors: refused with what to do,
    /// instead of exhausting memory; a small bootstrap of the same design is made.
    @Test func replicatesTooLargeToHoldAreRefused() throws {
        let design = try SurveyDesign(weights: [Double](repeating: 1, count: 20_000))
        #expect(
            throws: ReplicateError.designMismatch(
                "jk1 on 20000 PSUs would make 20000 replicates (20000 × 20000 factors, more than the 250000000 "
                    + "voc holds); give the design its clusters, or use bootstrap:R with fewer replicates")
        ) { try ReplicateWeights.jackknife(design, stratified: false) }
        #expect(try ReplicateWeights.bootstrap(design, replicates: 50, seed: 1).count == 50)
    }

    @Test func jackknifeFromTheClusterDesign() throws {
        let base = try ReferenceData.dclus1()
        let replicates = try ReplicateWeights.jackknife(base.design, stratified: false)
        #expect(replicates.count == 15)
        #expect(isClose(replicates.scale, 0.91483927785116681))
        let estimator = Self.withReplicates(base, replicates)
        try check(estimator, Self.jk1)
        // svymean(~I(api00 >= 800), rclus1): TRUE 0.07650273224043716, SE 0.035318311734340538 (a top box).
        let top = try #require(try estimator.topBox("api00", boxes: 1, scaleMax: 800).first)
        expectRelative(top.estimate, 0.07650273224043716, Self.estimateTolerance, "top box")
        expectRelative(top.se, 0.035318311734340538, Self.seTolerance, "top box se")
    }

    /// svyby(~api00, ~stype, rclus1, svymean, covmat = TRUE): vcov(d).
    @Test func jackknifeCovarianceBetweenSegments() throws {
        let base = try ReferenceData.dclus1()
        let estimator = Self.withReplicates(base, try ReplicateWeights.jackknife(base.design, stratified: false))
        let differences = try estimator.differences("api00", statistic: .mean, by: "stype")
        let r = [
            643.85528076924811, 688.65383312002655, 778.29782219683807, 688.65383312002655, 2147.7776203326225,
            810.30320388231928, 778.29782219683807, 810.30320388231928, 1134.8557411721872,
        ]
        // E − H, E − M, H − M: V(a − b) = V(a) + V(b) − 2 Cov(a, b).
        let pairs: [(Int, Int)] = [(0, 1), (0, 2), (1, 2)]
        let expected = pairs.map { (a: Int, b: Int) -> Double in
            let both: Double = r[a * 3 + a] + r[b * 3 + b]
            return both - 2 * r[a * 3 + b]
        }
        try #require(differences.count == 3)
        for (difference, variance) in zip(differences, expected) {
            expectRelative(difference.se, variance.squareRoot(), Self.seTolerance, "difference se")
        }
    }

    /// svyby(~I(sch.wide == "Yes"), ~stype, rclus1, svyciprop, vartype = "ci") and svyby(~api00, ~stype, rclus1,
    /// svyquantile, quantiles = 0.5, ci = TRUE): each segment's subset has its own degf (14, 7, 11).
    @Test func jackknifeIntervalsInSegments() throws {
        let base = try ReferenceData.dclus1()
        let estimator = Self.withReplicates(base, try ReplicateWeights.jackknife(base.design, stratified: false))
        let shares = try estimator.shares("sch.wide", by: "stype").filter { $0.level == "Yes" }
        let r: [(Double, Double, Double)] = [
            (0.91666666666666086, 0.84011074408765052, 0.95838297996249777),
            (0.78571428571414215, 0.46495049131486121, 0.93928877278379586),
            (0.67999999999990146, 0.39920549269050121, 0.87172753259148017),
        ]
        try #require(shares.count == 3)
        for (share, (value, low, high)) in zip(shares, r) {
            expectRelative(share.estimate, value, Self.estimateTolerance, "share")
            expectRelative(share.ciLow, low, Self.seTolerance, "low")
            expectRelative(share.ciHigh, high, Self.seTolerance, "high")
        }
        #expect(shares.map(\.degreesOfFreedom) == [14, 7, 11])
        let medians = try estimator.quantiles("api00", probabilities: [0.5], by: "stype")
        try #require(medians.count == 3)
        #expect(medians.map(\.estimate) == [652, 608, 642])
        #expect(medians[0].ciLow == 553 && medians[0].ciHigh == 733)
        #expect(medians[1].ciLow.isNaN && medians[1].ciHigh.isNaN)
        #expect(medians[2].ciLow == 528 && medians[2].ciHigh == 720)
    }

    /// as.svrepdesign(dclus1, mse = TRUE): SE of svymean(~api00) 26.334857668459147 (centred on the estimate).
    @Test func meanSquaredErrorCentring() throws {
        let base = try ReferenceData.dclus1()
        let replicates = try ReplicateWeights.jackknife(base.design, stratified: false, mse: true)
        let mean = try #require(try Self.withReplicates(base, replicates).mean("api00").first)
        expectRelative(mean.se, 26.334857668459147, Self.seTolerance, "mse se")
    }

    // == JKn dstrat  degf 197  scale 1  R 200   (as.svrepdesign(dstrat, type = "JKn"))
    @Test func stratifiedJackknife() throws {
        let base = try ReferenceData.dstrat()
        let replicates = try ReplicateWeights.jackknife(base.design, stratified: true)
        #expect(replicates.count == 200)
        let figures = Figures(
            df: 197, mean: (662.28736315932076, 9.4089408027845032), total: (3687177.5324382801, 114641.71610078026),
            shares: [
                (0.71375523706774757, 1.0920931996588249e-15), (0.12189215760224134, 2.3212878948387297e-16),
                (0.16435260533001114, 1.8945761599942823e-16),
            ],
            byStype: [
                (674.42999999999995, 12.382479793907278), (625.82000000000005, 14.937129185393131),
                (636.60000000000002, 16.214707308184476),
            ],
            schWide: (0.82794801100195725, 0.024344780113074758, 0.77392992105759861, 0.87120676512133),
            quartiles: [
                (565, 535, 597, 15.719451132039083), (668, 642, 694, 13.184055788161812),
                (756, 726, 778, 13.184055788161812),
            ])
        try check(Self.withReplicates(base, replicates), figures)
    }

    static func pairs() throws -> SurveyEstimator {
        let columns = ["dnum", "pair", "stype", "api00", "enroll", "sch.wide", "pw"] + (1...8).map { "brr\($0)" }
        let frame = try SurveyFrame(csvPath: ReferenceData.path("apibrr.csv"), columns: columns)
        let design = try SurveyDesign(frame: frame, weight: "pw", strata: "pair", clusters: ["dnum"])
        return SurveyEstimator(frame: frame, design: design)
    }

    // == BRR pairs  degf 7  scale 0.125  R 8   (as.svrepdesign(dbrr, type = "BRR"); the same from the columns)
    static let brr = Figures(
        df: 7, mean: (644.63687150837995, 22.178351348125748), total: (3349397.2135887095, 999350.45514199184),
        shares: [
            (0.7932960893854748, 0.061768576509163425), (0.072625698324022353, 0.033033975829228651),
            (0.13407821229050282, 0.037295168325305633),
        ],
        byStype: [
            (649.79577464788736, 22.983779842543232), (612.61538461538453, 41.414877556316),
            (631.45833333333326, 25.612466897580624),
        ],
        schWide: (0.88268156421159605, 0.022411416447873665, 0.81474291451234715, 0.9279098443777013),
        quartiles: [
            (551, 494, 625, 27.699961190823419), (655, 547, 733, 39.329715889260733),
            (720, 691, 781, 19.030507688351967),
        ])

    @Test func balancedRepeatedReplication() throws {
        let base = try Self.pairs()
        let replicates = try ReplicateWeights.balanced(base.design, rho: 0)
        #expect(replicates.count == 8 && replicates.method == .brr)
        try check(Self.withReplicates(base, replicates), Self.brr)
    }

    @Test func suppliedBalancedColumns() throws {
        let base = try Self.pairs()
        let columns = try (1...8).map { (name: "brr\($0)", values: try base.frame.numeric("brr\($0)")) }
        let replicates = try ReplicateWeights.supplied(columns: columns, weights: base.design.weights, method: .brr)
        try check(Self.withReplicates(base, replicates), Self.brr)
    }

    // == Fay 0.3 pairs  degf 7  scale 0.25510204081632659  R 8   (as.svrepdesign(dbrr, type = "Fay", fay.rho = 0.3))
    @Test func faysMethod() throws {
        let base = try Self.pairs()
        let replicates = try ReplicateWeights.balanced(base.design, rho: 0.3)
        #expect(isClose(replicates.scale, 0.25510204081632659))
        let figures = Figures(
            df: 7, mean: (644.63687150837995, 21.264617614970085), total: (3349397.2135887095, 999350.45514199184),
            shares: [
                (0.7932960893854748, 0.053470212893997907), (0.072625698324022353, 0.028080133997097929),
                (0.13407821229050282, 0.035336852067096233),
            ],
            byStype: [
                (649.79577464788736, 21.371776032312219), (612.61538461538453, 40.642459562985941),
                (631.45833333333326, 24.949844878347033),
            ],
            schWide: (0.88268156421159605, 0.021399206595203689, 0.8201469391294367, 0.92544943399934954),
            quartiles: [
                (551, 494, 625, 27.699961190823419), (655, 552, 720, 35.523614351590339),
                (720, 696, 780, 17.76180717579517),
            ])
        try check(Self.withReplicates(base, replicates), figures)
    }

    static func bootColumns() throws -> (SurveyEstimator, [(name: String, values: [Double])]) {
        let names = (1...50).map { "boot\($0)" }
        let frame = try SurveyFrame(
            csvPath: ReferenceData.path("apiboot.csv"),
            columns: ["dnum", "stype", "api00", "enroll", "sch.wide", "pw"] + names)
        let design = try SurveyDesign(frame: frame, weight: "pw", clusters: ["dnum"])
        let columns = try names.map { (name: $0, values: try frame.numeric($0)) }
        return (SurveyEstimator(frame: frame, design: design), columns)
    }

    // == bootstrap supplied  degf 14  scale 0.020408163265306121  R 50
    // (R's set.seed(15); as.svrepdesign(dclus1, type = "bootstrap", replicates = 50), its weights read back with
    // svrepdesign(repweights = "boot[0-9]+", weights = ~pw, type = "bootstrap"))
    @Test func suppliedBootstrapColumns() throws {
        let (base, columns) = try Self.bootColumns()
        let replicates = try ReplicateWeights.supplied(
            columns: columns, weights: base.design.weights, method: .bootstrap)
        #expect(isClose(replicates.scale, 0.020408163265306121))
        let figures = Figures(
            df: 14, mean: (644.16939890710375, 17.673605998497525), total: (3404940.1345291086, 990125.70215701207),
            shares: [
                (0.78688524590163933, 0.043882169831430312), (0.07650273224043716, 0.027215441605036979),
                (0.13661202185792348, 0.026791392181063408),
            ],
            byStype: [
                (648.86805555555554, 16.693425687004574), (618.57142857142856, 36.181120399228448),
                (631.43999999999994, 27.004272415358628),
            ],
            schWide: (0.87431693988704007, 0.021514776933307531, 0.82036635097033817, 0.91376739412468466),
            quartiles: [
                (552, 504, 614, 25.643575796992174), (652, 592, 705, 26.34294604600105),
                (719, 700, 757, 13.288034731168672),
            ])
        try check(Self.withReplicates(base, replicates), figures)
    }

    /// svrepdesign(..., type = "JK1", scale = 0.25, rscales = 0.5) on the bootstrap columns: SE of svymean(~api00)
    /// 43.739943273448951.
    @Test func givenScaleAndRscales() throws {
        let (base, columns) = try Self.bootColumns()
        let replicates = try ReplicateWeights.supplied(
            columns: columns, weights: base.design.weights, method: .jk1, scale: 0.25, rscales: [0.5])
        let mean = try #require(try Self.withReplicates(base, replicates).mean("api00").first)
        expectRelative(mean.se, 43.739943273448951, Self.seTolerance, "se")
    }

    /// svychisq(~stype + sch.wide, rclus1): F 4.463905381929588 on 1.4197254796946033 and 19.876156715724445 df,
    /// p 0.035773399013596462; statistic = "Chisq": Pearson X² 11.940892080745339, p 0.011517295902777879 (from
    /// X²/mean(diag Δ)).
    @Test func raoScottOnAReplicateDesign() throws {
        let base = try ReferenceData.dclus1()
        let estimator = Self.withReplicates(base, try ReplicateWeights.jackknife(base.design, stratified: false))
        let test = try estimator.raoScott("sch.wide", by: "stype")
        expectRelative(test.f, 4.463905381929588, Self.seTolerance, "F")
        expectRelative(test.numeratorDF, 1.4197254796946033, Self.seTolerance, "ndf")
        expectRelative(test.denominatorDF, 19.876156715724445, Self.seTolerance, "ddf")
        expectRelative(test.pValue, 0.035773399013596462, 1e-6, "p")
        expectRelative(test.pearson, 11.940892080745339, Self.seTolerance, "Pearson X2")
        expectRelative(test.firstOrderPValue, 0.011517295902777879, 1e-6, "Chisq p")
    }

    @Test func bootstrapIsSeededAndScaledAsR() throws {
        let base = try ReferenceData.dclus1()
        let first = try ReplicateWeights.bootstrap(base.design, replicates: 50, seed: 7)
        let again = try ReplicateWeights.bootstrap(base.design, replicates: 50, seed: 7)
        #expect(first.weights(replicate: 3) == again.weights(replicate: 3))
        // 15 PSUs in one stratum: scale 15/(14 · 49), as R's bootweights.
        #expect(isClose(first.scale, 15.0 / (14 * 49)))
        // Each replicate draws 15 PSUs: the factors of a replicate sum to 15 over the PSUs.
        let districts = try base.frame.numeric("dnum")
        var seen = Set<Double>()
        var drawn = 0.0
        for row in districts.indices where seen.insert(districts[row]).inserted {
            drawn += first.weight(row: row, replicate: 0) / base.design.weights[row]
        }
        #expect(abs(drawn - 15) < 1e-9)
    }

    @Test func refusesWhatDoesNotFit() throws {
        let base = try Self.pairs()
        let columns = try (1...7).map { (name: "brr\($0)", values: try base.frame.numeric("brr\($0)")) }
        #expect(throws: ReplicateError.self) {
            try ReplicateWeights.supplied(columns: columns, weights: base.design.weights, method: .brr)
        }
        var negative = columns
        negative[2].values[4] = -1
        #expect(
            throws: ReplicateError.badColumn(column: "brr3", row: 5, problem: "-1.0 is not a non-negative number")
        ) {
            try ReplicateWeights.supplied(columns: negative, weights: base.design.weights, method: .other)
        }
        #expect(throws: ReplicateError.self) { try ReplicateWeights.jackknife(base.design, stratified: false) }
        #expect(throws: ReplicateError.self) {
            try ReplicateWeights.balanced(try ReferenceData.dstrat().design, rho: 0)
        }
    }
}
