import Foundation

/// Everything needed to redo a weighting run: the margins (or post-strata) and their targets, the totals of
/// numeric variables, the method (raking, post-stratification or calibration by a distance), its options and the
/// trimming, plus where the start weights came from.
///
/// A stored weight set keeps its recipe (in the report JSON under the key `calibration`) so that estimation can
/// rebuild the calibrated design instead of treating the final weights as fixed: starting from the same start
/// weights, `SurveyWeighting.run(frame:startWeights:request:)` with `request` reproduces the weights exactly and
/// returns the calibration record that the standard errors need (R's `rake`/`postStratify` designs). Encoded as
/// JSON with snake-case keys; numbers round-trip exactly.
public struct CalibrationRecipe: Sendable, Equatable, Codable {
    /// Format version of the encoded recipe: 1, or 2 for calibration to totals (`calfun`, `totals`), which older
    /// versions of voc cannot redo.
    public var version: Int
    /// The weight set the weighting started from; nil for the respondents' design weights.
    public var startWeightSet: String?
    /// `rake`, `poststratify` or `calibrate`.
    public var method: String
    /// Post-stratification variables (joint margin `a:b`); nil when raking.
    public var poststratify: [String]?
    /// The margins as given (shares or counts), in their original order.
    public var margins: [Margin]
    /// Population totals of numeric variables (method `calibrate`); nil when there are none.
    public var totals: [Total]?
    /// The distance of method `calibrate`: `linear`, `raking` or `logit` (R's `calfun`); nil otherwise.
    public var calfun: String?
    /// Raking sweeps, or the Newton iterations of method `calibrate` (R's `maxit`).
    public var maxSweeps: Int
    /// `max_share_error` (tolerance on |achieved − target|/total), `r_joint_table_change` (R's `rake` epsilon) or
    /// `r_calibrate_misfit` (R's `calibrate` epsilon on |T − t|/(1 + |T|)).
    public var convergence: String
    public var tolerance: Double
    /// Bounded raking, or the g-weight bounds of method `calibrate`: the [L, U] range of the adjustment factor, or
    /// nil.
    public var bounds: [Double]?
    public var trim: Trim?
    public var strictTrim: Bool
    public var failOnNonConvergence: Bool
    /// The `--exclude-flagged` rules the weighting left flagged responses out by (nil: none left out); estimation
    /// with this weight set leaves out the same responses, from the quality run `qualityRun`.
    public var excludeFlagged: String?
    /// The quality run `excludeFlagged` refers to.
    public var qualityRun: String?

    /// One margin: levels and their targets.
    public struct Margin: Sendable, Equatable, Codable {
        public var variable: String
        public var levels: [String]
        public var targets: [Double]
    }

    /// The population total of a numeric variable.
    public struct Total: Sendable, Equatable, Codable {
        public var variable: String
        public var total: Double
    }

    /// Trimming bounds, absolute or relative to the mean weight.
    public struct Trim: Sendable, Equatable, Codable {
        public var lower: Double
        public var upper: Double
        public var lowerIsRelative: Bool
        public var upperIsRelative: Bool
    }

    enum CodingKeys: String, CodingKey {
        case version, method, poststratify, margins, totals, calfun, convergence, tolerance, bounds, trim
        case startWeightSet = "start_weight_set"
        case maxSweeps = "max_sweeps"
        case strictTrim = "strict_trim"
        case failOnNonConvergence = "fail_on_nonconvergence"
        case excludeFlagged = "exclude_flagged"
        case qualityRun = "quality_run"
    }

    /// The recipe of `request`, started from the weight set `startWeightSet` (nil: design weights).
    public init(request: WeightingRequest, startWeightSet: String?) {
        version = 1
        self.startWeightSet = startWeightSet
        method = request.poststratify == nil ? "rake" : "poststratify"
        poststratify = request.poststratify
        margins = request.margins.margins.map {
            Margin(variable: $0.variable, levels: $0.levels, targets: $0.targets)
        }
        maxSweeps = request.raking.maxSweeps
        switch request.raking.convergence {
        case .maxShareError(let value):
            convergence = "max_share_error"
            tolerance = value
        case .rJointTableChange(let value):
            convergence = "r_joint_table_change"
            tolerance = value
        }
        bounds = request.raking.bounds.map { [$0.lowerBound, $0.upperBound] }
        if let distance = request.distance {
            version = 2
            method = "calibrate"
            calfun = distance.distance.rawValue
            totals = request.margins.totals.map { Total(variable: $0.variable, total: $0.total) }
            maxSweeps = distance.maxIterations
            convergence = "r_calibrate_misfit"
            tolerance = distance.epsilon
            bounds = distance.bounds.map { [$0.lowerBound, $0.upperBound] }
        } else if !request.margins.totals.isEmpty {
            totals = request.margins.totals.map { Total(variable: $0.variable, total: $0.total) }
        }
        trim = request.trim.map {
            Trim(
                lower: $0.lower, upper: $0.upper, lowerIsRelative: $0.lowerIsRelative,
                upperIsRelative: $0.upperIsRelative)
        }
        strictTrim = request.strictTrim
        failOnNonConvergence = request.failOnNonConvergence
    }

    /// The weighting request this recipe describes.
    /// - Throws: `WeightingError.invalidOption` for a recipe of a newer format, an unknown convergence rule or
    ///   distance, or malformed bounds.
    public func request() throws -> WeightingRequest {
        if version > 2 {
            throw WeightingError.invalidOption(
                "the stored recipe has format version \(version); this voc reads versions 1 and 2 (update voc)")
        }
        let rule: RakingConvergence
        switch convergence {
        case "max_share_error": rule = .maxShareError(tolerance: tolerance)
        case "r_joint_table_change", "r_calibrate_misfit": rule = .rJointTableChange(epsilon: tolerance)
        default: throw WeightingError.invalidOption("unknown convergence rule '\(convergence)' in a stored recipe")
        }
        var range: ClosedRange<Double>?
        if let bounds {
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                throw WeightingError.invalidOption("stored raking bounds must be [L, U] with L <= U")
            }
            range = bounds[0]...bounds[1]
        }
        let targets = MarginTargets(
            margins: margins.map {
                MarginTargets.Margin(variable: $0.variable, levels: $0.levels, targets: $0.targets)
            },
            totals: (totals ?? []).map { NumericTotal(variable: $0.variable, total: $0.total) })
        var distance: DistanceCalibration?
        if let calfun {
            guard let function = CalibrationDistance(rawValue: calfun) else {
                throw WeightingError.invalidOption("unknown calibration distance '\(calfun)' in a stored recipe")
            }
            distance = DistanceCalibration(
                distance: function, bounds: range, maxIterations: maxSweeps, epsilon: tolerance)
        }
        return WeightingRequest(
            margins: targets, poststratify: poststratify,
            raking: distance == nil
                ? RakingOptions(maxSweeps: maxSweeps, convergence: rule, bounds: range) : RakingOptions(),
            trim: trim.map {
                TrimBounds(
                    lower: $0.lower, upper: $0.upper, lowerIsRelative: $0.lowerIsRelative,
                    upperIsRelative: $0.upperIsRelative)
            },
            strictTrim: strictTrim, failOnNonConvergence: failOnNonConvergence, distance: distance)
    }

    /// The variables the recipe needs in the frame (post-strata, or each margin's variables).
    public var variables: [String] {
        var seen = Set<String>()
        let all =
            poststratify ?? margins.flatMap { $0.variable.split(separator: ":").map(String.init) }
            + (totals ?? []).map(\.variable)
        return all.filter { seen.insert($0).inserted }
    }

    /// Compact JSON text (sorted keys).
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, numbers and booleans cannot fail.
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "null"
    }

    /// The recipe stored under `calibration` in a weighting report's JSON text; nil when the report has none
    /// (weight sets saved before recipes were recorded, or weights made elsewhere).
    /// - Throws: `WeightingError.invalidOption` when the report is not JSON or the recipe is malformed.
    public static func fromReport(_ reportJSON: String) throws -> CalibrationRecipe? {
        struct Report: Decodable { var calibration: CalibrationRecipe? }
        do {
            return try JSONDecoder().decode(Report.self, from: Data(reportJSON.utf8)).calibration
        } catch {
            throw WeightingError.invalidOption("the weight set's calibration recipe is malformed")
        }
    }
}
