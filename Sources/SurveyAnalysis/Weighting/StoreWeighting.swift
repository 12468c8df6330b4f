import Foundation
import SurveyModel
public import SurveyStatistics
import SurveyStore
import SurveyText

/// Weighting a store's complete responses and saving the weights as a weight set (docs/methods.md §8): the one
/// entry point behind `voc weight STORE`.
///
/// When every weighting variable is one a store can group by and `readResponses` is false, the store groups the
/// responses by the weighting variables and starting weight (`GROUP BY`), the calibration runs on those groups and
/// the store gives every respondent their group's weight in one `INSERT ... SELECT`
/// (`StoreAggregating.saveGroupedWeightSet`); no response is read. Otherwise the complete responses are read
/// (`StoreFrameReader`). Both give the same weights up to the order of floating-point sums, identical on SQLite and
/// PostgreSQL.
///
/// The saved report (`WeightSetReport`) carries the recipe (`CalibrationRecipe`: margins, method, options and the
/// starting weight set), so estimation redoes the calibration. Nothing is saved on any error or when raking does not
/// converge.
public enum StoreWeighting {
    /// What a weighting run did.
    public struct Outcome: Sendable {
        public var report: WeightSetReport
        /// Respondents whose weights were saved; nil when raking did not converge (nothing was saved).
        public var saved: Int?
        /// Warnings for the user (a starting weight set whose calibration could not be redone).
        public var warnings: [String]
    }

    /// Weighs the complete responses of the store at `path` with `request` (its margins name `columns`), starting
    /// from the design weights or the weight set `startWeightSet`, and saves the weights as `name`.
    /// - Throws: `StudyError` for an ambiguous or unknown survey, an unknown starting set or one lacking weights, a
    ///   margin naming a variable the store has not got; the weighting's and the store's errors.
    ///
    /// With `quality`, the responses that quality run flagged are left out (the rows are read), get no weight, and
    /// the recipe records the filter so estimation with the set leaves out the same responses.
    ///
    /// With `design.replicates` (made from the respondents' design: `voc weight --replicates`), every replicate is
    /// calibrated as the full sample was (R's `calibrate` on an `svrep.design`), and the set keeps each
    /// respondent's replicate weights and their constants (`WeightSetReplicates`), which estimation with the set
    /// then uses for its SEs. `design.lonelyPSU` is the rule for strata with one PSU when the replicates are made.
    public static func run(
        path: String, surveyID: String?, startWeightSet: String?, columns: [String], request: WeightingRequest,
        name: String, readResponses: Bool, quality: QualityFilter? = nil,
        design: StoreDesignOptions = StoreDesignOptions(), started: Date = Date()
    ) async throws -> Outcome {
        var recipe = CalibrationRecipe(request: request, startWeightSet: startWeightSet)
        if let quality {
            recipe.excludeFlagged = quality.rulesText
            recipe.qualityRun = quality.runName
        }
        if !readResponses, quality == nil, design.replicates == nil,
            let outcome = try await grouped(
                path: path, surveyID: surveyID, startWeightSet: startWeightSet, columns: columns, request: request,
                recipe: recipe, name: name, started: started)
        {
            return outcome
        }
        let study = try await StoreFrameReader.load(
            path: path, surveyID: surveyID, weightSet: startWeightSet, quality: quality, design: design
        ) { _ in columns }
        if let missing = columns.first(where: { study.frame[$0] == nil }) {
            throw unknownMargin(missing, path: path)
        }
        let loaded = Date()
        let outcome = try SurveyWeighting.run(
            frame: study.frame, startWeights: study.design.weights, request: request)
        var report = WeightSetReport(
            report: outcome.report, name: name, rows: study.frame.rowCount,
            secondsLoad: loaded.timeIntervalSince(started), secondsTotal: Date().timeIntervalSince(started),
            recipe: recipe)
        guard outcome.report.converged else { return Outcome(report: report, saved: nil, warnings: study.warnings) }
        var replicateWeights: [String: [Double]] = [:]
        if let replicates = study.design.replicates {
            let calibrated: ReplicateWeights
            do {
                calibrated = try study.design.recalibrated(replicates, to: request, frame: study.frame)
            } catch {
                throw StudyError(
                    "\(StoreOpener.displayName(path)): error: \(error); weight set '\(name)' was not saved")
            }
            let seed: UInt64? =
                if case .design(_, let seed) = design.replicates?.source { seed } else { nil }
            report.replicates = WeightSetReplicates(calibrated, seed: seed)
            for (row, id) in study.respondentIDs.enumerated() where replicateWeights[id] == nil {
                replicateWeights[id] = calibrated.weights(row: row)
            }
            report.secondsTotal = Date().timeIntervalSince(started)
        }
        let weights = Dictionary(zip(study.respondentIDs, outcome.weights), uniquingKeysWith: { first, _ in first })
        let store = try await StudyStore.open(path, mustExist: true)
        try await store.saveWeightSet(
            WeightSet(
                name: name, surveyID: study.surveyID ?? "", weights: weights, replicateWeights: replicateWeights,
                reportJSON: report.json.text))
        return Outcome(report: report, saved: weights.count, warnings: study.warnings)
    }

    /// The grouped run, or nil, having done nothing, when a weighting variable is not one a store can group by.
    private static func grouped(
        path: String, surveyID: String?, startWeightSet: String?, columns: [String], request: WeightingRequest,
        recipe: CalibrationRecipe, name: String, started: Date
    ) async throws -> Outcome? {
        let (store, survey) = try await StoreFrameReader.open(path: path, surveyID: surveyID)
        guard let aggregating = store as? any StoreAggregating,
            let variables = StoreAggregateFrame.variables(for: columns, survey: survey)
        else { return nil }
        if let startWeightSet {
            // The starting set must exist (the message lists those that do).
            _ = try await WeightSetDesign.load(
                name: startWeightSet, store: store, surveyID: survey.id, path: path, weights: false)
        }
        let shown = StoreOpener.displayName(path)
        let completes = try await store.responseCounts(surveyID: survey.id)[.complete] ?? 0
        let result: (report: WeightSetReport, saved: Int?)
        do {
            let outcome = try await aggregating.saveGroupedWeightSet(
                name: name, surveyID: survey.id, keys: variables, startWeightSet: startWeightSet
            ) { groups -> (GroupedWeights?, WeightSetReport) in
                let loaded = Date()
                let rows = StoreAggregateFrame.Rows(groups: groups, keyCount: variables.count)
                if let startWeightSet, rows.weights.count < completes {
                    throw StudyError(
                        "\(shown): error: weight set '\(startWeightSet)' has no weight for "
                            + "\(completes - rows.weights.count) completed responses")
                }
                let frame = try rows.frame(names: columns, variables: variables)
                if let missing = columns.first(where: { frame[$0] == nil }) { throw unknownMargin(missing, path: path) }
                let weighted = try SurveyWeighting.run(frame: frame, startWeights: rows.weights, request: request)
                let report = WeightSetReport(
                    report: weighted.report, name: name, rows: frame.rowCount,
                    secondsLoad: loaded.timeIntervalSince(started), secondsTotal: Date().timeIntervalSince(started),
                    recipe: recipe)
                guard weighted.report.converged else { return (nil, report) }
                // Every row of a group has the same cells and starting weight, hence the same final weight.
                let weights = rows.firstRows.map { weighted.weights[$0] }
                for (group, first) in rows.firstRows.enumerated() {
                    let end = group + 1 < rows.firstRows.count ? rows.firstRows[group + 1] : weighted.weights.count
                    guard weighted.weights[first..<end].allSatisfy({ $0 == weights[group] }) else {
                        throw StudyError("\(shown): error: internal: a group's rows were weighted differently")
                    }
                }
                return (GroupedWeights(weights: weights, reportJSON: report.json.text), report)
            }
            result = (outcome.result, outcome.saved)
        } catch let error as StudyError {
            throw error
        } catch let error as StoreError {
            throw StudyError("\(error)")  // names the store already
        } catch {
            // A message that already says where it is (a margins file's row) is kept as it is.
            let text = "\(error)"
            throw StudyError(text.contains("error:") ? text : "\(shown): error: \(text)")
        }
        return Outcome(report: result.report, saved: result.report.report.converged ? result.saved : nil, warnings: [])
    }

    /// A margins file names a variable the store has not got.
    static func unknownMargin(_ variable: String, path: String) -> StudyError {
        StudyError(
            "\(StoreOpener.displayName(path)): error: the margins name '\(variable)', which is neither a "
                + "survey variable, a computed variable, a segment nor a respondent attribute in the store")
    }
}
