/// The result: new weights, the calibration record for SEs, and the report.
public struct WeightingOutcome: Sendable {
    public var weights: [Double]
    public var calibration: CalibrationStep
    public var report: WeightingReport

    /// The design with the calibration applied (and the trimmed weights, when trimming was requested).
    public func apply(to design: SurveyDesign) -> SurveyDesign {
        design.calibrated(by: calibration).replacingWeights(weights)
    }
}
