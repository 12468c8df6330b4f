/// The record of one calibration to totals (linear, raking or logit distance; R's `greg_calibration`): the
/// auxiliary variables, the weights the calibration started from and the g-weights.
///
/// Residualisation (R `svyrecvar`, `greg_calibration` branch, Lumley 2010 ch. 7; Deville & Särndal 1992): the
/// linearised values z are replaced by g·√w times their residuals from the least-squares regression of z/(g√w) on
/// X√w, with w the start weights. In closed form, for every row i,
/// xᵢ ← zᵢ − gᵢwᵢ·xᵢᵀβ with β = (Σⱼ wⱼxⱼxⱼᵀ)⁻ Σⱼ xⱼzⱼ/gⱼ,
/// whatever the distance (R uses the same regression for all of them). Rows with gᵢwᵢ = 0 add nothing to β.
/// docs/methods.md §8.7.
public struct RegressionCalibrationAdjustment: Sendable {
    /// The auxiliary variables.
    public let model: CalibrationModel
    /// The weights the calibration started from.
    public let startWeights: [Double]
    /// g-weights: calibrated weight / start weight.
    public let g: [Double]
    /// (Σ wⱼxⱼxⱼᵀ)⁻, computed once.
    let inverse: SymmetricPseudoInverse

    /// `inverse`, when given, must be (Σ wⱼxⱼxⱼᵀ)⁻ of these start weights (the one-step GREG has computed it).
    /// - Throws: `StatisticsError` only for an inconsistent model (not square); never for data.
    init(model: CalibrationModel, startWeights: [Double], g: [Double], inverse: SymmetricPseudoInverse? = nil) throws {
        self.model = model
        self.startWeights = startWeights
        self.g = g
        self.inverse = try inverse ?? SymmetricPseudoInverse(model.crossProduct(startWeights))
    }

    /// Start weight times g.
    public var newWeights: [Double] { zip(startWeights, g).map { $0 * $1 } }

    func residualize(_ columns: inout [[Double]]) {
        let n = model.rowCount
        var scaled = [Double](repeating: 0, count: n)
        for column in columns.indices {
            columns[column].withUnsafeBufferPointer { z in
                for row in 0..<n { scaled[row] = g[row] * startWeights[row] != 0 ? z[row] / g[row] : 0 }
            }
            let beta = inverse.apply(model.columnSums(scaled))
            let fitted = model.linearPredictor(beta)
            columns[column].withUnsafeMutableBufferPointer { x in
                for row in 0..<n { x[row] -= g[row] * startWeights[row] * fitted[row] }
            }
        }
    }
}
