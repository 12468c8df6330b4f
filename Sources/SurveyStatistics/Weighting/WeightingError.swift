/// Problems that stop a weighting run; no weights are produced when one is thrown.
///
/// Messages name variables and levels (category labels of the weighting variables, not respondents' answers).
import Foundation

public enum WeightingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The margins file has a problem at `file:row:column` (row 0: the file as a whole).
    case marginsFile(file: String, row: Int, column: Int, message: String)
    /// Several problems in one margins file, each with its location, reported at once.
    case marginsFileProblems([WeightingError])
    /// A level occurs in the data but the margins give no target for it.
    case levelMissingFromMargins(variable: String, level: String)
    /// The margins give a positive target for a level with no respondents.
    case levelMissingFromData(variable: String, level: String)
    /// A post-stratification cell with a positive target has no respondents.
    case emptyCell(variables: [String], level: String)
    /// A weighting variable has missing values.
    case missingValues(variable: String, count: Int)
    /// Count margins whose totals disagree (variable, total), beyond the relative tolerance.
    case inconsistentTotals([MarginTotal])
    /// Raking did not reach the tolerance; the worst margin is named.
    case notConverged(sweeps: Int, maxError: Double, variable: String, level: String)
    /// The same variable has two margins.
    case duplicateMargin(variable: String)
    /// Invalid option values (trim bounds, tolerance, ...).
    case invalidOption(String)
    /// The margins give the total of a numeric variable but no calibration distance (`--calfun`) was chosen.
    case totalsNeedDistance(variable: String)
    /// The margins give a total (an empty level) for a variable whose values are not all numbers; `location` is
    /// `file:row:column` of the margins row, when known.
    case totalNotNumeric(variable: String, location: String?)
    /// Calibration to totals stopped before every relative misfit |T − t|/(1 + |T|) fell below its tolerance: the
    /// bounds cannot be met or the targets contradict each other. The worst term is named.
    case calibrationNotConverged(
        distance: CalibrationDistance, bounds: ClosedRange<Double>?, iterations: Int, misfit: Double,
        term: CalibrationModel.Term)
    /// The auxiliary variables of a calibration to totals are collinear in the sample (one is a combination of
    /// others), so their totals cannot be met independently.
    case collinearCalibration([CalibrationModel.Term])

    public var description: String {
        switch self {
        case .marginsFile(let file, let row, let column, let message):
            row > 0 ? "\(file):\(row):\(column): error: \(message)" : "\(file): error: \(message)"
        case .marginsFileProblems(let problems): problems.map(\.description).joined(separator: "\n")
        case .levelMissingFromMargins(let variable, let level):
            "variable '\(variable)': level '\(level)' occurs in the data but has no target in the margins"
        case .levelMissingFromData(let variable, let level):
            "variable '\(variable)': level '\(level)' has a target but no respondents"
        case .emptyCell(let variables, let level):
            "post-stratification cell \(variables.joined(separator: ":"))='\(level)' has a target but no respondents"
        case .missingValues(let variable, let count):
            "weighting variable '\(variable)' has \(count) missing values"
        case .inconsistentTotals(let totals):
            "margin targets do not add up to the same total: "
                + totals.map { "\($0.variable) = \($0.total)" }.joined(separator: ", ")
        case .notConverged(let sweeps, let maxError, let variable, let level):
            "raking did not converge after \(sweeps) sweeps: largest share error \(maxError) at variable "
                + "'\(variable)', level '\(level)'"
        case .duplicateMargin(let variable): "variable '\(variable)' has more than one margin"
        case .invalidOption(let message): message
        case .totalsNeedDistance(let variable):
            "the margins give the total of the numeric variable '\(variable)'; calibrating to totals needs a "
                + "distance: --calfun linear, raking or logit"
        case .totalNotNumeric(let variable, let location):
            (location.map { "\($0): error: " } ?? "")
                + "'\(variable)' is given a total (an empty level), but its values in the data are not all numbers; "
                + "give a target for each of its levels instead"
        case .calibrationNotConverged(let distance, let bounds, let iterations, let misfit, let term):
            "calibration (\(distance.label) distance"
                + (bounds.map { ", g-weight bounds \(Self.number($0.lowerBound)),\(Self.number($0.upperBound))" } ?? "")
                + ") did not converge after \(iterations) iterations: the largest misfit |target - achieved| / "
                + "(1 + |target|) is \(Self.number(misfit)), at \(term); the bounds cannot be met or the targets "
                + "contradict each other (widen --bounds or check the margins)"
        case .collinearCalibration(let terms):
            "the calibration variables are collinear in the sample (one is a combination of the others), so their "
                + "targets cannot all be met: " + terms.map(\.description).joined(separator: ", ")
        }
    }

    /// A number for a message: integers without a decimal point, others with up to 6 significant digits.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }
}
