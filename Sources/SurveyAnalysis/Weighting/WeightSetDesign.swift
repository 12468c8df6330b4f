public import SurveyStatistics
public import SurveyStore

/// The design of a stored weight set: its calibration redone so that standard errors account for it.
///
/// `voc weight STORE` saves with each weight set the recipe that made it (`CalibrationRecipe`, under
/// `calibration` in the report JSON): margins or post-strata with their targets, method, raking options and
/// trimming, and the weight set it started from (none: the respondents' design weights). Loading the set for
/// estimation walks that chain back to the design weights and re-runs each calibration on the loaded frame,
/// giving the same design as `voc estimate STORE --margins FILE` (R's `rake`/`postStratify` design, whose SEs
/// are smaller for variables correlated with the margins). A set without a recipe, or whose recipe no longer
/// reproduces its stored weights (relative difference above 1e-9, e.g. respondents' answers or attributes
/// changed since), is used with its weights treated as fixed, with a warning for the user.
public struct WeightSetDesign: Sendable {
    /// The sets from the outermost start to the requested one, each with its recipe (nil: fixed weights).
    public var chain: [(set: WeightSet, recipe: CalibrationRecipe?)]

    /// Largest relative difference between recomputed and stored weights for a recipe to count as reproduced.
    static let reproductionTolerance = 1e-9

    /// Reads the weight set `name` and the sets its recipe started from (at most 16 deep). With `weights: false`
    /// only the sets' reports are read (their `weights` are empty): for designs laid out from grouped counts, which
    /// carry each set's weights as a group key instead.
    /// - Throws: `StudyError` for an unknown set (listing those that exist), a malformed recipe or a cycle.
    public static func load(
        name: String, store: any ResponseStore, surveyID: String, path: String, weights: Bool = true
    )
        async throws -> WeightSetDesign
    {
        var chain: [(set: WeightSet, recipe: CalibrationRecipe?)] = []
        var next: String? = name
        while let current = next {
            guard chain.count < 16, !chain.contains(where: { $0.set.name == current }) else {
                throw StudyError("\(path): error: weight set '\(name)' starts from a cycle of weight sets")
            }
            let found: WeightSet?
            if weights {
                found = try await store.weightSet(name: current, surveyID: surveyID)
            } else {
                found = try await store.weightSetReport(name: current, surveyID: surveyID).map {
                    WeightSet(name: current, surveyID: surveyID, weights: [:], reportJSON: $0)
                }
            }
            guard let set = found else {
                let names = try await store.weightSets(surveyID: surveyID).map(\.name).sorted()
                let known = names.isEmpty ? "none (save one with voc weight)" : names.joined(separator: ", ")
                throw StudyError(
                    "\(path): error: unknown weight set '\(current)'; weight sets in the store: "
                        + known)
            }
            let recipe: CalibrationRecipe?
            do { recipe = try CalibrationRecipe.fromReport(set.reportJSON) } catch {
                throw StudyError("\(path): error: weight set '\(current)': \(error)")
            }
            chain.insert((set, recipe), at: 0)
            next = recipe?.startWeightSet
        }
        return WeightSetDesign(chain: chain)
    }

    /// The recipe stored with the weight set `name`, or nil when there is no such set, it has no recipe or the
    /// recipe cannot be read (`load` reports those).
    public static func recipe(
        name: String, store: any ResponseStore, surveyID: String
    ) async throws
        -> CalibrationRecipe?
    {
        guard let report = try await store.weightSetReport(name: name, surveyID: surveyID) else { return nil }
        return try? CalibrationRecipe.fromReport(report)
    }

    /// The variables the recipes need in the frame.
    public var variables: [String] { chain.flatMap { $0.recipe?.variables ?? [] } }

    /// Applies the chain to `design` (built on the respondents' design weights), `storedWeights[k][i]` being the
    /// weight of row `i` in the chain's set `k` (NaN: none). Each set with a reproducible recipe calibrates the
    /// current design; any other set replaces the weights as fixed ones.
    /// Returns the design and a warning for each set whose weights had to be treated as fixed.
    /// - Throws: `StudyError` when a set has no weight for some rows.
    public func apply(
        to design: SurveyDesign, frame: SurveyFrame, stored storedWeights: [[Double]], path: String
    )
        throws -> (design: SurveyDesign, warnings: [String])
    {
        var current = design
        var warnings: [String] = []
        for ((set, recipe), stored) in zip(chain, storedWeights) {
            let missing = stored.filter { !$0.isFinite }.count
            if missing > 0 {
                throw StudyError(
                    "\(path): error: weight set '\(set.name)' has no weight for \(missing) completed "
                        + "responses")
            }
            guard let recipe else {
                current = Self.fixing(current, weights: stored)
                continue
            }
            do {
                let outcome = try SurveyWeighting.run(
                    frame: frame, startWeights: current.weights, request: recipe.request())
                if Self.largestRelativeDifference(outcome.weights, stored) <= Self.reproductionTolerance {
                    let replicates = current.replicates
                    current = outcome.apply(to: current)
                    if let replicates {
                        current = current.withReplicates(
                            try current.recalibrated(replicates, to: recipe.request(), frame: frame))
                    }
                    continue
                }
                warnings.append(
                    "warning: weight set '\(set.name)': its calibration no longer reproduces the "
                        + "stored weights (the data changed since); SEs treat its weights as fixed")
            } catch {
                warnings.append(
                    "warning: weight set '\(set.name)': its calibration could not be redone "
                        + "(\(error)); SEs treat its weights as fixed")
            }
            current = Self.fixing(current, weights: stored)
        }
        return (current, warnings)
    }

    /// `design` with `weights` treated as fixed; its replicate weights, if any, scaled row by row by the same
    /// change (new weight / old weight), so each replicate keeps its adjustment of the row.
    static func fixing(_ design: SurveyDesign, weights: [Double]) -> SurveyDesign {
        let fixed = design.withFixedWeights(weights)
        guard let replicates = design.replicates else { return fixed }
        let ratio = zip(weights, design.weights).map { new, old in old > 0 ? new / old : 0 }
        let columns = (0..<replicates.count).map { r in zip(replicates.weights(replicate: r), ratio).map(*) }
        return fixed.withReplicates(replicates.replacing(columns: columns))
    }

    static func largestRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .infinity }
        var largest = 0.0
        for (x, y) in zip(a, b) {
            let scale = max(abs(x), abs(y))
            if scale > 0 { largest = max(largest, abs(x - y) / scale) }
        }
        return largest
    }
}
