import SurveyStatistics

extension ConformanceVoc {
    /// Every figure of `conformance.R`'s `figures()`, computed by voc; a category that throws gives one `error`
    /// figure.
    func compute(bootstrap: (columns: [[Double]], scale: Double, rscales: [Double])?) -> [ConformanceFigure] {
        var out: [ConformanceFigure] = []
        func put(_ category: String, _ item: String, _ kind: String, _ value: Double) {
            out.append(ConformanceFigure(category: category, item: item, kind: kind, value: value))
        }
        func put(_ category: String, _ item: String, _ estimate: Estimate) {
            put(category, item, "est", estimate.estimate)
            put(category, item, "se", estimate.se)
        }
        var estimator: SurveyEstimator? = nil
        func attempt(_ category: String, _ body: (SurveyEstimator) throws -> Void) {
            do { try body(estimator!) } catch { put(category, "voc error: \(error)", "error", .nan) }
        }
        let frame: SurveyFrame
        let design: SurveyDesign
        do {
            frame = try self.frame()
            design = try self.design(frame: frame, bootstrap: bootstrap)
        } catch {
            put("design", "voc error: \(error)", "error", .nan)
            return out
        }
        put("weights", "sum", "est", design.weights.reduce(0, +))
        estimator = SurveyEstimator(frame: frame, design: design)
        let rowsOfDomain = (0..<4).map { level in spec.dom.filter { $0 == level }.count }
        let present = ["d1", "d2", "d3", "d4"].enumerated().filter { rowsOfDomain[$0.offset] > 0 }.map(\.element)
        attempt("mean") { put("mean", "y", try $0.mean("y")[0]) }
        attempt("total") { put("total", "y", try $0.total("y")[0]) }
        attempt("empty domain") { estimator in
            for estimate in try estimator.mean("y", by: "dom") where !present.contains(estimate.segment ?? "") {
                put("empty domain", estimate.segment ?? "", "est", Double(estimate.n))
            }
        }
        for (category, statistic) in [("domain mean", "mean"), ("domain total", "total")] {
            attempt(category) { estimator in
                let estimates =
                    try statistic == "mean" ? estimator.mean("y", by: "dom") : estimator.total("y", by: "dom")
                for estimate in estimates where present.contains(estimate.segment ?? "") {
                    put(category, estimate.segment ?? "", "est", estimate.estimate)
                    put(category, estimate.segment ?? "", "se", estimate.se)
                }
            }
        }
        attempt("share") { estimator in
            for estimate in try estimator.shares("cat") { put("share", estimate.level ?? "", estimate) }
        }
        attempt("domain share") { estimator in
            for estimate in try estimator.shares("cat", by: "dom") where present.contains(estimate.segment ?? "") {
                put("domain share", "\(estimate.segment ?? "") \(estimate.level ?? "")", estimate)
            }
        }
        let likelihood = design.replicates == nil && design.calibration.isEmpty
        for method in ShareIntervalMethod.allCases where method != .likelihood || likelihood {
            let category = "ciprop \(method.rawValue)"
            estimator?.shareInterval = method
            attempt(category) { estimator in
                let estimate = try estimator.proportion("b")[0]
                put(category, "b", "est", estimate.estimate)
                put(category, "b low", "ci", estimate.ciLow)
                put(category, "b high", "ci", estimate.ciHigh)
            }
        }
        for method in ShareIntervalMethod.allCases where method != .likelihood || likelihood {
            let category = "domain ciprop \(method.rawValue)"
            estimator?.shareInterval = method
            attempt(category) { estimator in
                for estimate in try estimator.proportion("b", by: "dom") where present.contains(estimate.segment ?? "")
                {
                    let segment = estimate.segment ?? ""
                    put(category, segment, "est", estimate.estimate)
                    put(category, "\(segment) low", "ci", estimate.ciLow)
                    put(category, "\(segment) high", "ci", estimate.ciHigh)
                }
            }
        }
        attempt("domain quantile") { estimator in
            for estimate in try estimator.quantiles("y", by: "dom") where present.contains(estimate.segment ?? "") {
                let item = "\(estimate.segment ?? "") \(estimate.level ?? "")"
                put("domain quantile", item, "est", estimate.estimate)
                put("domain quantile", "\(item) low", "ci", estimate.ciLow)
                put("domain quantile", "\(item) high", "ci", estimate.ciHigh)
                put("domain quantile", item, "se", estimate.se)
            }
        }
        attempt("quantile") { estimator in
            for estimate in try estimator.quantiles("y") {
                let p = estimate.level ?? ""
                put("quantile", p, "est", estimate.estimate)
                put("quantile", "\(p) low", "ci", estimate.ciLow)
                put("quantile", "\(p) high", "ci", estimate.ciHigh)
                put("quantile", p, "se", estimate.se)
            }
        }
        attempt("ratio") { put("ratio", "y/x", try $0.ratio("y", to: "x")[0]) }
        attempt("domain ratio") { estimator in
            for estimate in try estimator.ratio("y", to: "x", by: "dom") where present.contains(estimate.segment ?? "")
            {
                put("domain ratio", estimate.segment ?? "", estimate)
            }
        }
        put("degrees of freedom", "design", "stat", Double(design.degreesOfFreedom))
        attempt("nps") { put("nps", "nps", try $0.nps("nps")[0]) }
        for (variable, statistic, category) in [
            ("y", DifferenceStatistic.mean, "domain difference"), ("nps", .nps, "domain nps difference"),
        ] {
            attempt(category) { estimator in
                for difference in try estimator.differences(variable, statistic: statistic, by: "dom")
                where present.contains(difference.segmentA) && present.contains(difference.segmentB)
                    && !difference.difference.isNaN
                {
                    let item = "\(difference.segmentA) \(difference.segmentB)"
                    put(category, item, "est", difference.difference)
                    put(category, item, "se", difference.se)
                }
            }
        }
        for (variable, category) in [("y", "domain wald"), ("npsscore", "domain nps wald")] {
            attempt(category) { estimator in
                let values =
                    variable == "y" ? spec.y : spec.nps.map { $0.isNaN ? .nan : ($0 >= 9 ? 100 : ($0 <= 6 ? -100 : 0)) }
                let means = try estimator.domainMeans(values, variable: variable, statistic: "mean", by: "dom")
                let include = means.estimates.map { present.contains($0.segment ?? "") }
                guard
                    let test = DomainEqualityTest.wald(
                        estimates: means.estimates.map(\.estimate), covariance: means.covariance, include: include,
                        designDF: estimator.design.degreesOfFreedom)
                else { return }
                put(category, "F", "stat", test.f)
                put(category, "ndf", "stat", test.numeratorDF)
                put(category, "p", "stat", test.pValue)
            }
        }
        attempt("rao-scott") { estimator in
            let test = try estimator.raoScott("cat", by: "dom")
            put("rao-scott", "F", "stat", test.f)
            put("rao-scott", "ndf", "stat", test.numeratorDF)
            put("rao-scott", "ddf", "stat", test.denominatorDF)
            put("rao-scott", "p", "stat", test.pValue)
            put("rao-scott", "pearson", "stat", test.pearson)
            put("rao-scott", "chisq first order", "stat", test.firstOrderChiSquare)
            put("rao-scott", "p first order", "stat", test.firstOrderPValue)
        }
        return out
    }
}
