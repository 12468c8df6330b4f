/// A survey design: weights, strata, one or two stages of clusters, finite-population corrections and any
/// calibration (post-stratification, raking) applied to the weights.
///
/// Standard errors come from `variances(of:)`/`covariance(of:)`: Taylor linearisation with PSU totals centred
/// within strata, the factor n_h/(n_h − 1) and the fpc factor (1 − n_h/N_h), as R's `svyrecvar`; at stage 2 the
/// within-PSU variance is added scaled by the stage-1 sampling fraction (R's `survey.ultimate.cluster = FALSE`).
/// Before the variance, linearised values are residualised for every calibration step, as R does.
/// Degrees of freedom are (number of PSUs) − (number of strata), as R's `degf`.
public struct SurveyDesign: Sendable {
    /// Number of rows.
    public let rowCount: Int
    /// The current weights (after any calibration).
    public private(set) var weights: [Double]
    /// What to do with strata that have a single PSU.
    public var lonelyPSU: LonelyPSU
    /// Calibration steps applied to the weights, oldest first.
    public private(set) var calibration: [CalibrationStep] = []
    /// Replicate weights: when present, every standard error comes from them instead of linearisation
    /// (`ReplicateWeights`; R's `svyrep.design`).
    public private(set) var replicates: ReplicateWeights?
    let stage1: SamplingStage
    let stage2: SamplingStage?

    /// Builds a design from arrays (all of length `rowCount`).
    ///
    /// - Parameters:
    ///   - weights: sampling weights; nil means equal weights of 1, or, when an fpc is given, the inverse
    ///     inclusion probabilities N_h/n_h (times M_i/m_i at stage 2), as R.
    ///   - strata: stage-1 strata; nil means one stratum.
    ///   - clusters: zero, one or two cluster stages (codes; ids need only be unique within a stratum / PSU).
    ///   - fpc: per stage, population sizes or sampling fractions (all ≤ 1); stage-2 strata are the PSUs.
    ///   - names: column names used in error messages, in the order strata, fpc stage 1, fpc stage 2.
    /// - Throws: `DesignError` for missing design values, negative weights, inconsistent fpc, too many stages.
    public init(
        rowCount: Int, weights: [Double]? = nil, strata: CategoricalColumn? = nil,
        clusters: [CategoricalColumn] = [], fpc: [[Double]] = [], lonelyPSU: LonelyPSU = .fail,
        fpcNames: [String] = ["fpc", "fpc2"]
    ) throws {
        if clusters.count > 2 { throw DesignError.tooManyStages(clusters.count) }
        if fpc.count > max(1, clusters.count) { throw DesignError.fpcWithoutCluster }
        self.rowCount = rowCount
        self.lonelyPSU = lonelyPSU
        let strataCodes: [Int32]
        let strataLabels: [String]
        if let strata {
            let missing = strata.codes.filter { $0 < 0 }.count
            if missing > 0 { throw DesignError.missingDesignValues(column: "strata", count: missing) }
            strataCodes = strata.codes
            strataLabels = strata.levels
        } else {
            strataCodes = Array(repeating: 0, count: rowCount)
            strataLabels = ["1"]
        }
        for (index, cluster) in clusters.enumerated() {
            let missing = cluster.codes.filter { $0 < 0 }.count
            if missing > 0 { throw DesignError.missingDesignValues(column: "cluster\(index + 1)", count: missing) }
        }
        var first = SamplingStage(
            groupOfRow: strataCodes, groupLabels: strataLabels,
            clusterOfRow: clusters.first?.codes, clusterLevelCount: clusters.first?.levels.count ?? 0)
        if let values = fpc.first { try first.setFPC(values, column: fpcNames[0]) }
        var second: SamplingStage? = nil
        if clusters.count == 2 {
            let psuLabels = (0..<first.unitCount).map { "PSU \($0 + 1)" }
            var stage = SamplingStage(
                groupOfRow: first.unitOfRow, groupLabels: psuLabels,
                clusterOfRow: clusters[1].codes, clusterLevelCount: clusters[1].levels.count)
            if fpc.count == 2 { try stage.setFPC(fpc[1], column: fpcNames.count > 1 ? fpcNames[1] : "fpc2") }
            second = stage
        }
        stage1 = first
        stage2 = second
        if let weights {
            let bad = weights.filter { !$0.isFinite || $0 < 0 }.count
            if bad > 0 { throw DesignError.invalidWeights(count: bad) }
            self.weights = weights
        } else {
            self.weights = (0..<rowCount).map { row in
                let unit = Int(first.unitOfRow[row])
                let group = Int(first.groupOfUnit[unit])
                var weight =
                    first.population[group].isFinite ? first.population[group] / Double(first.sampled[group]) : 1
                if let second {
                    let psuGroup = Int(second.groupOfUnit[Int(second.unitOfRow[row])])
                    if second.population[psuGroup].isFinite {
                        weight *= second.population[psuGroup] / Double(second.sampled[psuGroup])
                    }
                }
                return weight
            }
        }
    }

    /// A simple random sample with replacement (no strata, clusters or fpc) with the given weights.
    public init(weights: [Double]) throws {
        try self.init(rowCount: weights.count, weights: weights)
    }

    /// Design degrees of freedom: number of stage-1 PSUs minus number of strata (R's `degf`); with replicate
    /// weights, their rank minus 1 (R's `degf` of a replicate design).
    public var degreesOfFreedom: Int {
        if let replicates { return replicates.degreesOfFreedom }
        return stage1.unitCount - stage1.sampled.filter { $0 > 0 }.count
    }

    /// Returns a copy whose standard errors come from `replicates` (R's `as.svrepdesign`, `svrepdesign`).
    public func withReplicates(_ replicates: ReplicateWeights) -> SurveyDesign {
        var copy = self
        copy.replicates = replicates
        return copy
    }

    /// Number of stage-1 PSUs.
    public var psuCount: Int { stage1.unitCount }
    /// Number of stage-1 strata present.
    public var strataCount: Int { stage1.sampled.filter { $0 > 0 }.count }

    /// Returns a copy whose weights were changed by a calibration step (the step's new weights are taken).
    public func calibrated(by step: CalibrationStep) -> SurveyDesign {
        var copy = self
        copy.weights = step.newWeights
        copy.calibration.append(step)
        return copy
    }

    /// Returns a copy with different weights treated as fixed (no calibration adjustment for them).
    public func withFixedWeights(_ weights: [Double]) -> SurveyDesign {
        var copy = self
        copy.weights = weights
        copy.calibration = []
        return copy
    }

    /// Design variances of the totals of each linearised column (length p).
    public func variances(of columns: [[Double]]) throws -> [Double] {
        try variance(columns, diagonalOnly: true)
    }

    /// Design covariance matrix (p×p, row-major) of the totals of the linearised columns.
    public func covariance(of columns: [[Double]]) throws -> [Double] {
        try variance(columns, diagonalOnly: false)
    }

    private func variance(_ columns: [[Double]], diagonalOnly: Bool) throws -> [Double] {
        var values = columns
        for step in calibration { step.residualize(&values) }
        var result = try StratifiedVariance.compute(
            values, stage: stage1, stageNumber: 1, multiplier: nil,
            lonely: lonelyPSU, diagonalOnly: diagonalOnly)
        if let stage2, stage1.population.contains(where: \.isFinite) {
            let fraction = (0..<stage1.unitCount).map { unit in
                stage1.samplingFraction(Int(stage1.groupOfUnit[unit]))
            }
            let within = try StratifiedVariance.compute(
                values, stage: stage2, stageNumber: 2, multiplier: fraction,
                lonely: lonelyPSU, diagonalOnly: diagonalOnly)
            for index in result.indices { result[index] += within[index] }
        }
        return result
    }
}

extension SurveyDesign {
    /// Builds a design from frame columns named by the caller (as `voc estimate --weight --strata --cluster --fpc`).
    ///
    /// Cluster and strata columns may be numeric or categorical (numbers are coded by value).
    public init(
        frame: SurveyFrame, weight: String? = nil, strata: String? = nil, clusters: [String] = [],
        fpc: [String] = [], lonelyPSU: LonelyPSU = .fail
    ) throws {
        let weights = try weight.map { name -> [Double] in
            let values = try frame.numeric(name)
            let missing = values.filter(\.isNaN).count
            if missing > 0 { throw DesignError.missingDesignValues(column: name, count: missing) }
            return values
        }
        var strataColumn: CategoricalColumn? = nil
        if let strata {
            let column = try frame.categorical(strata)
            let missing = column.codes.filter { $0 < 0 }.count
            if missing > 0 { throw DesignError.missingDesignValues(column: strata, count: missing) }
            strataColumn = column
        }
        let clusterColumns = try clusters.map { name -> CategoricalColumn in
            let column = try frame.categorical(name)
            let missing = column.codes.filter { $0 < 0 }.count
            if missing > 0 { throw DesignError.missingDesignValues(column: name, count: missing) }
            return column
        }
        let fpcColumns = try fpc.map { try frame.numeric($0) }
        try self.init(
            rowCount: frame.rowCount, weights: weights, strata: strataColumn, clusters: clusterColumns,
            fpc: fpcColumns, lonelyPSU: lonelyPSU, fpcNames: fpc + ["fpc2", "fpc2"])
    }
}

extension SurveyDesign {
    /// Returns a copy with new weights, keeping the calibration record (for trimming after calibration, as R's
    /// `trimWeights` keeps the post-strata of a calibrated design).
    public func replacingWeights(_ weights: [Double]) -> SurveyDesign {
        var copy = self
        copy.weights = weights
        return copy
    }
}
