import ArgumentParser
import Foundation
import SurveyStatistics

/// Weighting to population margins: shared by `voc weight` and `voc estimate --margins`.
struct CalibrationOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Population margins: CSV 'variable,level,target' (counts, or shares summing to 1; an empty level gives "
                + "the total of a numeric variable) or JSON.",
            valueName: "FILE"))
    var margins: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Post-stratify on the joint cells of these variables (margins hold 'a:b' targets) instead of raking.",
            valueName: "VARS"))
    var poststrat: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Trim final weights to [LOW, HIGH] and redistribute (R trimWeights); 'x' suffix = multiple of the mean.",
            valueName: "LOW,HIGH"))
    var trim: String?

    @Flag(name: .customLong("trim-strict"), help: "Repeat trimming until no weight is outside the bounds.")
    var trimStrict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Calibrate to the margins and numeric totals with this distance (R's calibrate calfun): linear (GREG), "
                + "raking or logit (logit needs --bounds).",
            valueName: "DISTANCE"))
    var calfun: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep each weight's adjustment factor g = weight / start weight within [L, U]: bounded raking, or with "
                + "--calfun R's calibrate bounds.", valueName: "L,U"))
    var bounds: String?

    @Option(name: .customLong("max-iter"), help: "Maximum raking sweeps, or Newton iterations with --calfun.")
    var maxIterations: Int = 50

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Convergence tolerance: raking's largest share error |achieved - target| / total (default 1e-6), or "
                + "with --calfun every |target - achieved| / (1 + |target|) (R's epsilon, default 1e-7)."))
    var tol: Double?

    @Flag(
        name: .customLong("allow-nonconvergence"),
        help: "Report non-convergence as a warning and keep the weights instead of failing.")
    var allowNonConvergence = false

    var poststratVariables: [String]? { poststrat.map { DesignOptions.split($0) } }

    func validate() throws {
        if let trim, Self.pair(trim) == nil { throw ValidationError("--trim expects LOW,HIGH (numbers, optional x)") }
        if let bounds {
            guard let pair = Self.pair(bounds), !pair.0.relative, !pair.1.relative, pair.0.value <= pair.1.value
            else { throw ValidationError("--bounds expects L,U with L <= U") }
        }
        if maxIterations < 1 { throw ValidationError("--max-iter must be at least 1") }
        if let tol, !(tol > 0) { throw ValidationError("--tol must be positive") }
        if let calfun, CalibrationDistance(rawValue: calfun) == nil {
            throw ValidationError(
                "--calfun must be one of: "
                    + CalibrationDistance.allCases.map(\.rawValue).joined(separator: ", ") + " (got '\(calfun)')")
        }
        if calfun != nil, poststrat != nil { throw ValidationError("--calfun and --poststrat cannot be combined") }
        if calfun == CalibrationDistance.logit.rawValue, bounds == nil {
            throw ValidationError("--calfun logit needs --bounds L,U with L < 1 < U (as R's calibrate)")
        }
    }

    /// The variables the margins need from the data file (categorical margins, then numeric totals).
    func columns(for targets: MarginTargets) -> [String] {
        (poststratVariables ?? targets.margins.flatMap(\.variables)) + targets.totals.map(\.variable)
    }

    /// The weighting request (relative trim bounds are resolved against the mean calibrated weight).
    func request(targets: MarginTargets) -> WeightingRequest {
        var trimBounds: TrimBounds? = nil
        if let trim, let (low, high) = Self.pair(trim) {
            trimBounds = TrimBounds(
                lower: low.value, upper: high.value, lowerIsRelative: low.relative,
                upperIsRelative: high.relative)
        }
        let boundRange = bounds.flatMap { Self.pair($0) }.map { $0.0.value...$0.1.value }
        if let distance = calfun.flatMap(CalibrationDistance.init(rawValue:)) {
            return WeightingRequest(
                margins: targets, poststratify: poststratVariables, trim: trimBounds, strictTrim: trimStrict,
                failOnNonConvergence: !allowNonConvergence,
                distance: DistanceCalibration(
                    distance: distance, bounds: boundRange, maxIterations: maxIterations, epsilon: tol ?? 1e-7))
        }
        let raking = RakingOptions(
            maxSweeps: maxIterations, convergence: .maxShareError(tolerance: tol ?? 1e-6),
            bounds: boundRange)
        return WeightingRequest(
            margins: targets, poststratify: poststratVariables, raking: raking, trim: trimBounds,
            strictTrim: trimStrict, failOnNonConvergence: !allowNonConvergence)
    }

    struct Bound {
        var value: Double
        var relative: Bool
    }

    static func pair(_ text: String) -> (Bound, Bound)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2 else { return nil }
        func bound(_ part: String) -> Bound? {
            let relative = part.hasSuffix("x")
            guard let value = Double(relative ? String(part.dropLast()) : part), value >= 0 else { return nil }
            return Bound(value: value, relative: relative)
        }
        guard let low = bound(parts[0]), let high = bound(parts[1]) else { return nil }
        return (low, high)
    }
}
