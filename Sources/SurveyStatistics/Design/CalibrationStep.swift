/// A calibration applied to design weights, kept so that standard errors can account for it as R does.
public enum CalibrationStep: Sendable {
    /// Post-stratification to known cell totals.
    case postStratification(PostStratificationAdjustment)
    /// Raking (iterative post-stratification over several margins).
    case raking(RakingAdjustment)
    /// Calibration to totals by a distance function (GREG, raking or logit distance; R's `calibrate`).
    case regression(RegressionCalibrationAdjustment)

    /// The weights after this step.
    public var newWeights: [Double] {
        switch self {
        case .postStratification(let step): step.newWeights
        case .raking(let step): step.finalWeights()
        case .regression(let step): step.newWeights
        }
    }

    /// Replaces each linearised column by its residual from the calibration (see the adjustment types).
    func residualize(_ columns: inout [[Double]]) {
        switch self {
        case .postStratification(let step): step.residualize(&columns)
        case .raking(let step): step.residualize(&columns)
        case .regression(let step): step.residualize(&columns)
        }
    }
}
