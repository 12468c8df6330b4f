import SurveyStatistics

/// voc's side of the conformance suite: the design of a `ConformanceDesign` built with the library API, calibrated
/// and given replicates as `conformance.R` does, and the same figures under the same names.
struct ConformanceVoc {
    let spec: ConformanceDesign

    init(_ spec: ConformanceDesign) { self.spec = spec }

    static func column(_ codes: [Int], _ labels: [String]) -> CategoricalColumn {
        CategoricalColumn(codes: codes.map { Int32($0) }, levels: labels)
    }

    func frame() throws -> SurveyFrame {
        try SurveyFrame(columns: [
            ("y", .numeric(spec.y)), ("x", .numeric(spec.x)), ("b", .numeric(spec.b)), ("nps", .numeric(spec.nps)),
            ("cat", .categorical(Self.column(spec.cat, ["A", "B", "C"]))),
            ("dom", .categorical(Self.column(spec.dom, ["d1", "d2", "d3", "d4"]))),
            ("r1", .categorical(Self.column(spec.r1, ["a", "b", "c"]))),
            ("r2", .categorical(Self.column(spec.r2, ["u", "v"]))),
        ])
    }

    /// The design before calibration and replicates, as R's `svydesign(ids, strata, fpc, weights = ~w, nest = TRUE)`.
    func baseDesign() throws -> SurveyDesign {
        let strata = spec.isStratified ? Self.column(spec.stratum, (1...spec.strataCount).map { "s\($0)" }) : nil
        var clusters: [CategoricalColumn] = []
        if spec.stages >= 1 { clusters.append(Self.column(spec.psu, (1...(spec.psu.max()! + 1)).map { "p\($0)" })) }
        if spec.stages == 2 { clusters.append(Self.column(spec.ssu, (1...(spec.ssu.max()! + 1)).map { "q\($0)" })) }
        let fpc = spec.fpc ? (spec.stages == 2 ? [spec.fpc1, spec.fpc2] : [spec.fpc1]) : []
        return try SurveyDesign(
            rowCount: spec.n, weights: spec.w, strata: strata, clusters: clusters, fpc: fpc, lonelyPSU: spec.lonely)
    }

    /// The calibration of `conformance.R` (rake, postStratify, calibrate, then trimWeights).
    func request() -> WeightingRequest? {
        guard spec.calibration != "none" else { return nil }
        let r1 = MarginTargets.Margin(variable: "r1", levels: ["a", "b", "c"], targets: spec.r1Targets)
        let r2 = MarginTargets.Margin(variable: "r2", levels: ["u", "v"], targets: spec.r2Targets)
        let trim = spec.trim.map {
            TrimBounds(lower: $0.0, upper: $0.1, lowerIsRelative: true, upperIsRelative: true)
        }
        let raking = RakingOptions(maxSweeps: 100, convergence: .rJointTableChange(epsilon: 1e-10))
        switch spec.calibration {
        case "rake":
            return WeightingRequest(
                margins: MarginTargets(margins: [r1, r2]), raking: raking, trim: trim, strictTrim: spec.strictTrim)
        case "poststrat":
            let levels = ["u", "v"].flatMap { v in ["a", "b", "c"].map { "\($0):\(v)" } }
            let joint = MarginTargets.Margin(variable: "r1:r2", levels: levels, targets: spec.jointTargets)
            return WeightingRequest(
                margins: MarginTargets(margins: [joint]), poststratify: ["r1", "r2"], trim: trim,
                strictTrim: spec.strictTrim)
        default:
            let distance = CalibrationDistance(rawValue: spec.calibration)!
            let bounds = spec.bounds.map { $0.0...$0.1 }
            return WeightingRequest(
                margins: MarginTargets(margins: [r1, r2], totals: [NumericTotal(variable: "x", total: spec.xTotal)]),
                trim: trim, strictTrim: spec.strictTrim,
                distance: DistanceCalibration(distance: distance, bounds: bounds, maxIterations: 100, epsilon: 1e-10))
        }
    }

    /// The design voc estimates on; `bootstrap` holds R's replicate weights for a bootstrap design.
    func design(
        frame: SurveyFrame, bootstrap: (columns: [[Double]], scale: Double, rscales: [Double])?
    ) throws
        -> SurveyDesign
    {
        var design = try baseDesign()
        if let request = request() {
            let outcome = try SurveyWeighting.run(frame: frame, startWeights: design.weights, request: request)
            design = outcome.apply(to: design)
        }
        switch spec.replication {
        case "jk1": design = try design.withReplicates(.jackknife(design, stratified: false, mse: spec.mse))
        case "jkn": design = try design.withReplicates(.jackknife(design, stratified: true, mse: spec.mse))
        case "brr": design = try design.withReplicates(.balanced(design, rho: 0, mse: spec.mse))
        case "fay": design = try design.withReplicates(.balanced(design, rho: spec.rho, mse: spec.mse))
        case "bootstrap":
            guard let bootstrap else { throw ConformanceError("R wrote no bootstrap replicates") }
            let columns = bootstrap.columns.enumerated().map { (name: "boot\($0.offset + 1)", values: $0.element) }
            design = try design.withReplicates(
                .supplied(
                    columns: columns, weights: design.weights, method: .bootstrap, scale: bootstrap.scale,
                    rscales: bootstrap.rscales, mse: spec.mse))
        default: break
        }
        return design
    }
}

/// A failure of the suite's own machinery (not a mismatch).
struct ConformanceError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
