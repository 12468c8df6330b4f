import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore

extension VocCommand.Weight {
    /// Rakes (or post-stratifies) a store's complete responses from grouped counts, inside the store: the store
    /// groups the responses by the weighting variables and starting weight (`GROUP BY`), the calibration runs on
    /// those groups, and the store gives every respondent their group's weight in one `INSERT ... SELECT`
    /// (`StoreAggregating.saveGroupedWeightSet`). No response is read. Returns false, having done nothing, when a
    /// weighting variable is not one a store can group by (a computed variable or segment); the caller then reads
    /// the responses.
    ///
    /// The weights equal those of reading the responses up to the order of floating-point sums, and are
    /// identical on SQLite and PostgreSQL (the groups come in a canonical order). Nothing is saved on any error or
    /// when raking does not converge.
    func runOnStoreGrouped(_ path: String, targets: MarginTargets, started: Date) async throws -> Bool {
        let (store, survey) = try await StoreFrameReader.open(path: path, surveyID: source.survey)
        let columns = calibration.columns(for: targets)
        guard let aggregating = store as? any StoreAggregating,
            let variables = StoreAggregateFrame.variables(for: columns, survey: survey)
        else { return false }
        if let start = source.weightSet {
            // The starting set must exist (the message lists those that do).
            _ = try await WeightSetDesign.load(
                name: start, store: store, surveyID: survey.id, path: path, weights: false)
        }
        let request = calibration.request(targets: targets)
        let recipe = CalibrationRecipe(request: request, startWeightSet: source.weightSet)
        let shown = StoreOpener.displayName(path)
        let name = self.name
        let json = self.json
        let completes = try await store.responseCounts(surveyID: survey.id)[.complete] ?? 0
        let startSet = source.weightSet
        let outcome: (result: (printer: WeightReportPrinter, converged: Bool), saved: Int?)
        do {
            outcome = try await aggregating.saveGroupedWeightSet(
                name: name, surveyID: survey.id, keys: variables, startWeightSet: source.weightSet
            ) { groups in
                let loaded = Date()
                let rows = StoreAggregateFrame.Rows(groups: groups, keyCount: variables.count)
                if let startSet, rows.weights.count < completes {
                    throw CommandFailure(
                        "\(shown): error: weight set '\(startSet)' has no weight for "
                            + "\(completes - rows.weights.count) completed responses")
                }
                let frame = try rows.frame(names: columns, variables: variables)
                if let missing = columns.first(where: { frame[$0] == nil }) {
                    throw Self.unknownMargin(missing, path: path)
                }
                let weighted = try SurveyWeighting.run(frame: frame, startWeights: rows.weights, request: request)
                let printer = WeightReportPrinter(
                    report: weighted.report, name: name, rows: frame.rowCount,
                    secondsLoad: loaded.timeIntervalSince(started), secondsTotal: Date().timeIntervalSince(started),
                    output: nil, recipe: recipe)
                guard weighted.report.converged else { return (nil, (printer, false)) }
                // Every row of a group has the same cells and starting weight, hence the same final weight.
                let weights = rows.firstRows.map { weighted.weights[$0] }
                for (group, first) in rows.firstRows.enumerated() {
                    let end = group + 1 < rows.firstRows.count ? rows.firstRows[group + 1] : weighted.weights.count
                    guard weighted.weights[first..<end].allSatisfy({ $0 == weights[group] }) else {
                        throw CommandFailure("\(shown): error: internal: a group's rows were weighted differently")
                    }
                }
                return (GroupedWeights(weights: weights, reportJSON: printer.json.text), (printer, true))
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as StoreError {
            throw CommandFailure("\(error)")  // names the store already
        } catch {
            throw CommandFailure("\(shown): error: \(error)")
        }
        let printer = outcome.result.printer
        print(json ? printer.json.text : printer.text)
        guard outcome.result.converged, let saved = outcome.saved else {
            throw Self.notConverged(name, path: path)
        }
        if !json { print("saved weight set '\(name)' (\(saved) respondents) in \(shown)") }
        return true
    }
}
