import ArgumentParser
import Foundation
import SurveyStatistics

/// Weighting to population margins: shared by `voc weight` and `voc estimate --margins`.
struct CalibrationOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Population margins: CSV 'variable,level,target' (counts, or shares summing to 1) or JSON.",
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
            "Bounded raking: keep each weight's adjustment factor within [L, U].", valueName: "L,U"))
    var bounds: String?

    @Option(name: .customLong("max-iter"), help: "Maximum raking sweeps.")
    var maxIterations: Int = 50

    @Option(name: .long, help: "Raking tolerance on the largest share error |achieved - target| / total.")
    var tol: Double = 1e-6

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
        if !(tol > 0) { throw ValidationError("--tol must be positive") }
    }

    /// The variables the margins need from the data file.
    func columns(for targets: MarginTargets) -> [String] {
        poststratVariables ?? targets.margins.flatMap(\.variables)
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
        let raking = RakingOptions(
            maxSweeps: maxIterations, convergence: .maxShareError(tolerance: tol),
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
