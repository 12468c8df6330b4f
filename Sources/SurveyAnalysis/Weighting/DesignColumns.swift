public import SurveyStatistics

/// The sampling design of a data file, named by its columns: weights, strata, one or two cluster stages and the
/// finite-population correction per stage (docs/methods.md §7.1).
public struct DesignColumns: Sendable, Equatable {
    public var weight: String?
    public var strata: String?
    public var clusters: [String]
    public var fpc: [String]
    public var lonelyPSU: LonelyPSU

    public init(
        weight: String? = nil, strata: String? = nil, clusters: [String] = [], fpc: [String] = [],
        lonelyPSU: LonelyPSU = .fail
    ) {
        self.weight = weight
        self.strata = strata
        self.clusters = clusters
        self.fpc = fpc
        self.lonelyPSU = lonelyPSU
    }

    /// The columns the design needs from the data file.
    public var columns: [String] { [weight, strata].compactMap { $0 } + clusters + fpc }

    /// The design over `frame`.
    /// - Throws: the design's errors (a missing column, weights that are not positive, a lonely PSU with `.fail`).
    public func design(frame: SurveyFrame) throws -> SurveyDesign {
        try SurveyDesign(
            frame: frame, weight: weight, strata: strata, clusters: clusters, fpc: fpc, lonelyPSU: lonelyPSU)
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
    /// - Throws: `WeightingError` for margins the data cannot meet or a calibration that does not converge.
    public func calibratedWithReport(
        to request: WeightingRequest, frame: SurveyFrame
    ) throws -> (design: SurveyDesign, report: WeightingReport) {
        let outcome = try SurveyWeighting.run(frame: frame, startWeights: weights, request: request)
        return (outcome.apply(to: self), outcome.report)
    }
}
