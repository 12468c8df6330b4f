import Foundation
import SurveyStatistics
import SurveyText
import Testing

/// Calibration to totals (R's `survey::calibrate`) on the one-stage cluster design dclus1 with `~stype + api99` and
/// apipop's totals; the figures are R's, printed by `Reference/calibration.R` (survey 4.1.1).
@Suite("R survey: calibrate to totals (calibration.R)")
struct CalibrateTotalsTests {
    /// Estimates to 1e-9 relative, SEs to 1e-7 relative (issue 15).
    static let estimateTolerance = 1e-9
    static let seTolerance = 1e-7

    /// apipop: E 4421, H 755, M 1018 schools; Σ api99 = 3,914,069.
    static let targets = MarginTargets(
        margins: [MarginTargets.Margin(variable: "stype", levels: ["E", "H", "M"], targets: [4421, 755, 1018])],
        totals: [NumericTotal(variable: "api99", total: 3_914_069)])

    /// R's figures for one calibration.
    struct Figures {
        var weightRange: (Double, Double)
        var weightSum: Double
        var firstWeights: [Double]
        var totalAPI99: Double
        var meanAPI00: (Double, Double)
        var totalEnroll: (Double, Double)
        var shareNo: (Double, Double)
        var byType: [(Double, Double)]
    }

    private func check(_ distance: DistanceCalibration, _ r: Figures) throws {
        let base = try ReferenceData.dclus1()
        let outcome = try SurveyWeighting.run(
            frame: base.frame, startWeights: base.design.weights,
            request: WeightingRequest(margins: Self.targets, distance: distance))
        #expect(outcome.report.converged)
        let weights = outcome.weights
        expectRelative(weights.min()!, r.weightRange.0, Self.estimateTolerance, "min weight")
        expectRelative(weights.max()!, r.weightRange.1, Self.estimateTolerance, "max weight")
        expectRelative(weights.reduce(0, +), r.weightSum, Self.estimateTolerance, "sum of weights")
        for (weight, expected) in zip(weights, r.firstWeights) {
            expectRelative(weight, expected, Self.estimateTolerance, "weight")
        }
        let estimator = SurveyEstimator(frame: base.frame, design: outcome.apply(to: base.design))
        let total = try estimator.total("api99")[0]
        expectRelative(total.estimate, r.totalAPI99, Self.estimateTolerance, "total api99")
        // The calibrated total's SE is zero up to rounding (R: about 1e-10 on 3.9e6).
        #expect(total.se < 1e-6)
        let mean = try estimator.mean("api00")[0]
        expectRelative(mean.estimate, r.meanAPI00.0, Self.estimateTolerance, "mean api00")
        expectRelative(mean.se, r.meanAPI00.1, Self.seTolerance, "mean api00 se")
        let enroll = try estimator.total("enroll")[0]
        expectRelative(enroll.estimate, r.totalEnroll.0, Self.estimateTolerance, "total enroll")
        expectRelative(enroll.se, r.totalEnroll.1, Self.seTolerance, "total enroll se")
        let no = try #require(try estimator.shares("sch.wide").first { $0.level == "No" })
        expectRelative(no.estimate, r.shareNo.0, Self.estimateTolerance, "share No")
        expectRelative(no.se, r.shareNo.1, Self.seTolerance, "share No se")
        let byType = try estimator.mean("api00", by: "stype")
        try #require(byType.count == 3)
        for (estimate, (value, se)) in zip(byType, r.byType) {
            expectRelative(estimate.estimate, value, Self.estimateTolerance, "mean api00 \(estimate.segment ?? "")")
            expectRelative(estimate.se, se, Self.seTolerance, "mean api00 se \(estimate.segment ?? "")")
        }
    }

    /// GREG: `calibrate(dclus1, ~stype + api99, pop)`.
    @Test func linearCalibrationEqualsR() throws {
        try check(
            DistanceCalibration(distance: .linear),
            Figures(
                weightRange: (14.168097522849909, 62.05152514097972), weightSum: 6194.0000000000018,
                firstWeights: [51.632742594884782, 27.038358315084828, 25.267846248428164],
                totalAPI99: 3914069.0000000009, meanAPI00: (665.30907116577976, 3.4417531164048429),
                totalEnroll: (3638487.2041318817, 385524.42735247884),
                shareNo: (0.13981442094528115, 0.024986469786726744),
                byType: [
                    (674.70404551265665, 6.4780659133782947), (630.51487957576876, 32.700046540091741),
                    (650.31342584447896, 17.606258150087246),
                ]))
    }

    /// `calibrate(dclus1, ~stype + api99, pop, calfun = "raking", bounds = c(0.6, 1.6))`.
    @Test func boundedRakingDistanceEqualsR() throws {
        try check(
            DistanceCalibration(distance: .raking, bounds: 0.6...1.6),
            Figures(
                weightRange: (20.308197784423797, 54.155194091796801), weightSum: 6193.9999361325317,
                firstWeights: [54.155194091796801, 25.812622900010712, 24.228326035482624],
                totalAPI99: 3914068.9704967453, meanAPI00: (665.46163077365679, 3.429459107521954),
                totalEnroll: (3662280.5974287568, 378415.48063860479),
                shareNo: (0.13686170513674148, 0.024873784209820681),
                byType: [
                    (675.87044254959926, 6.2510907548346548), (619.30924234794577, 31.684071387452388),
                    (654.48687002551901, 17.34820288177044),
                ]))
    }

    /// `calibrate(dclus1, ~stype + api99, pop, calfun = "logit", bounds = c(0.6, 1.6))`.
    @Test func logitDistanceEqualsR() throws {
        try check(
            DistanceCalibration(distance: .logit, bounds: 0.6...1.6),
            Figures(
                weightRange: (20.719210124561922, 54.135773711979979), weightSum: 6193.999966384712,
                firstWeights: [54.00872899848779, 24.71869007390573, 23.558231173125289],
                totalAPI99: 3914068.9839725159, meanAPI00: (665.40985533387527, 3.4102682692422688),
                totalEnroll: (3660490.1102010133, 377994.93257957842),
                shareNo: (0.13714487604524991, 0.025004763630442427),
                byType: [
                    (675.97078355751523, 6.2205700805644266), (619.03480465448445, 31.717251473693082),
                    (653.93961763968764, 16.671724600074931),
                ]))
    }

    /// `calibrate(dclus1, ~stype + api99, pop, calfun = "linear", bounds = c(0.6, 1.6))`.
    @Test func boundedLinearCalibrationEqualsR() throws {
        try check(
            DistanceCalibration(distance: .linear, bounds: 0.6...1.6),
            Figures(
                weightRange: (20.308197784423797, 54.155194091796801), weightSum: 6194,
                firstWeights: [54.155194091796801, 25.767894185392365, 23.677340038376265],
                totalAPI99: 3914069.0000000028, meanAPI00: (665.48494593063015, 3.4183874028725811),
                totalEnroll: (3662212.8730601911, 378690.75292047916),
                shareNo: (0.13690143307628921, 0.024961650637259331),
                byType: [
                    (676.2913954913115, 6.3037052115422618), (619.28973580659272, 31.719965617866265),
                    (652.81507376547825, 17.257433749815537),
                ]))
    }

    /// R: `calibrate(..., calfun = "raking", bounds = c(0.95, 1.05))` stops with "Calibration failed" (misfit
    /// 0.37 after 51 iterations); voc refuses it naming the distance, the bounds and the worst total.
    @Test func boundsThatCannotBeMetAreAnError() throws {
        let base = try ReferenceData.dclus1()
        #expect {
            try SurveyWeighting.run(
                frame: base.frame, startWeights: base.design.weights,
                request: WeightingRequest(
                    margins: Self.targets, distance: DistanceCalibration(distance: .raking, bounds: 0.95...1.05)))
        } throws: { error in
            guard case .calibrationNotConverged(.raking, 0.95...1.05, 50, _, _)? = error as? WeightingError else {
                return false
            }
            return true
        }
    }

    @Test func totalsNeedADistanceAndANumericVariable() throws {
        let base = try ReferenceData.dclus1()
        #expect(throws: WeightingError.totalsNeedDistance(variable: "api99")) {
            try SurveyWeighting.run(
                frame: base.frame, startWeights: base.design.weights, request: WeightingRequest(margins: Self.targets))
        }
        let wrong = MarginTargets(
            margins: [], totals: [NumericTotal(variable: "sch.wide", total: 10, location: "m.csv:2:1")])
        #expect(throws: WeightingError.totalNotNumeric(variable: "sch.wide", location: "m.csv:2:1")) {
            try SurveyWeighting.run(
                frame: base.frame, startWeights: base.design.weights,
                request: WeightingRequest(margins: wrong, distance: DistanceCalibration(distance: .linear)))
        }
        #expect(throws: WeightingError.self) {
            try SurveyWeighting.run(
                frame: base.frame, startWeights: base.design.weights,
                request: WeightingRequest(margins: Self.targets, distance: DistanceCalibration(distance: .logit)))
        }
    }

    @Test func marginsFilesGiveTotalsByAnEmptyLevelOrANumber() throws {
        let csv = try MarginTargets.parseCSV(
            CSVBytes(text: "variable,level,target\nstype,E,4421\nstype,H,755\napi99,,-3.5\n", name: "m.csv"))
        #expect(csv.totals == [NumericTotal(variable: "api99", total: -3.5, location: "m.csv:4:1")])
        #expect(csv.margins.map(\.variable) == ["stype"])
        let json = try MarginTargets.parseJSON(
            Data(#"{"margins": [{"variable": "api99", "total": 3914069}, {"variable": "x", "targets": 12}]}"#.utf8),
            name: "m.json")
        #expect(json.totals.map(\.variable) == ["api99", "x"] && json.totals.map(\.total) == [3_914_069, 12])
        #expect {
            try MarginTargets.parseCSV(
                CSVBytes(text: "variable,level,target\nstype,E,4421\nstype,,755\n", name: "m.csv"))
        } throws: { error in
            (error as? WeightingError)?.description
                == "m.csv:3:2: error: 'stype' has targets per level above, so it cannot also have a total (an empty level)"
        }
    }

    /// A stored recipe redoes the same calibration (`--weight-set`).
    @Test func theRecipeRedoesTheCalibration() throws {
        let request = WeightingRequest(
            margins: Self.targets, distance: DistanceCalibration(distance: .raking, bounds: 0.6...1.6))
        let recipe = CalibrationRecipe(request: request, startWeightSet: nil)
        #expect(recipe.version == 2 && recipe.method == "calibrate" && recipe.calfun == "raking")
        let decoded = try #require(try CalibrationRecipe.fromReport(#"{"calibration": \#(recipe.jsonText)}"#))
        #expect(decoded == recipe)
        let redone = try decoded.request()
        #expect(redone.distance == request.distance)
        #expect(redone.margins.totals.map(\.total) == [3_914_069])
    }
}
