public import SurveyStatistics

/// The sampling design of a data file, named by its columns: weights, strata, one or two cluster stages and the
/// finite-population correction per stage (docs/methods.md §7.1).
public struct DesignColumns: Sendable, Equatable {
    public var weight: String?
    public var strata: String?
    public var clusters: [String]
    public var fpc: [String]
    public var lonelyPSU: LonelyPSU
    /// Replicate weights made from the design or read from columns; nil for linearisation.
    public var replicates: ReplicateRequest?

    public init(
        weight: String? = nil, strata: String? = nil, clusters: [String] = [], fpc: [String] = [],
        lonelyPSU: LonelyPSU = .fail, replicates: ReplicateRequest? = nil
    ) {
        self.weight = weight
        self.strata = strata
        self.clusters = clusters
        self.fpc = fpc
        self.lonelyPSU = lonelyPSU
        self.replicates = replicates
    }

    /// The columns the design needs from the data file.
    public var columns: [String] { [weight, strata].compactMap { $0 } + clusters + fpc }

    /// The design over `frame`.
    /// - Throws: the design's errors (a missing column, weights that are not positive, a lonely PSU with `.fail`).
    public func design(frame: SurveyFrame) throws -> SurveyDesign {
        try SurveyDesign(
            frame: frame, weight: weight, strata: strata, clusters: clusters, fpc: fpc, lonelyPSU: lonelyPSU)
    }

    /// The design over `frame` with the replicate weights of `replicates` (`replicateColumns` are the columns its
    /// pattern matched, `path` names the file in messages).
    /// - Throws: the design's errors, and `StudyError` for replicates that do not fit (`ReplicateRequest.apply`).
    public func design(frame: SurveyFrame, replicateColumns: [String], path: String) throws -> SurveyDesign {
        let base = try design(frame: frame)
        guard let replicates else { return base }
        return try replicates.apply(to: base, frame: frame, columns: replicateColumns, path: path)
    }
}

extension SurveyDesign {
    /// This design calibrated to `request`'s margins on `frame` (raking, post-stratification or calibration to
    /// totals from the design's weights, trimmed as asked), so that standard errors account for the calibration as
    /// R's `rake`, `postStratify` and `calibrate` designs do (docs/methods.md §8.6, §8.7).
    /// - Throws: `WeightingError` for margins the data cannot meet or raking that does not converge.
    public func calibrated(to request: WeightingRequest, frame: SurveyFrame) throws -> SurveyDesign {
        try calibratedWithReport(to: request, frame: frame).design
    }

    /// As `calibrated(to:frame:)`, with the weighting's report (method, iterations, convergence, achieved margins).
    /// With replicate weights, every replicate is recalibrated (`recalibrated(_:to:frame:)`).
    /// - Throws: `WeightingError` for margins the data cannot meet or a calibration that does not converge.
    public func calibratedWithReport(
        to request: WeightingRequest, frame: SurveyFrame
    ) throws -> (design: SurveyDesign, report: WeightingReport) {
        let outcome = try SurveyWeighting.run(frame: frame, startWeights: weights, request: request)
        let design = outcome.apply(to: self)
        guard let replicates else { return (design, outcome.report) }
        return (design.withReplicates(try recalibrated(replicates, to: request, frame: frame)), outcome.report)
    }

    /// Every replicate calibrated as the full sample was, from its own weights to the same targets, as R's
    /// `postStratify`, `rake` and `calibrate` on a replicate design (docs/methods.md §7.10).
    /// - Throws: `WeightingError` for a replicate whose calibration fails, naming the replicate.
    func recalibrated(
        _ replicates: ReplicateWeights, to request: WeightingRequest, frame: SurveyFrame
    ) throws -> ReplicateWeights {
        let columns = try (0..<replicates.count).map { r in
            do {
                return try SurveyWeighting.run(
                    frame: frame, startWeights: replicates.weights(replicate: r), request: request
                ).weights
            } catch {
                throw StudyError("replicate \(r + 1) of \(replicates.count): \(error)")
            }
        }
        var calibrated = replicates.replacing(columns: columns)
        calibrated.calibrated = true
        return calibrated
    }
}
