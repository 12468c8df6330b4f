import Foundation
import SurveyText
import SurveyStatistics
import Testing
import SurveyText

@Suite("Weighting: margins, errors, trimming, bounded raking")
struct WeightingTests {
    private func frame() throws -> SurveyFrame {
        try SurveyFrame(columns: [
            ("sex", .categorical(CategoricalColumn(labels: ["f", "f", "m", "m", "m", "f"]))),
            ("age", .categorical(CategoricalColumn(labels: ["y", "o", "y", "o", "o", "y"]))),
        ])
    }

    private func margin(_ variable: String, _ pairs: [(String, Double)]) -> MarginTargets.Margin {
        MarginTargets.Margin(variable: variable, levels: pairs.map(\.0), targets: pairs.map(\.1))
    }

    private let start = [Double](repeating: 1, count: 6)

    @Test func rakingHitsSharesAndCountsMargins() throws {
        let margins = MarginTargets(margins: [
            margin("sex", [("f", 0.4), ("m", 0.6)]),
            margin("age", [("y", 300), ("o", 700)]),
        ])
        let outcome = try SurveyWeighting.run(
            frame: frame(), startWeights: start,
            request: WeightingRequest(margins: margins))
        #expect(outcome.report.converged)
        for check in outcome.report.margins { expectRelative(check.achieved, check.target, 1e-5, check.level) }
        expectRelative(outcome.report.summary.sum, 1000, 1e-12, "sum")
        #expect(outcome.report.maxMarginErrorPerSweep.last! <= 1e-6)
    }

    @Test func levelInDataMissingFromMarginsIsNamed() throws {
        let margins = MarginTargets(margins: [margin("sex", [("f", 3)]), margin("age", [("y", 1), ("o", 2)])])
        #expect(throws: WeightingError.levelMissingFromMargins(variable: "sex", level: "m")) {
            _ = try SurveyWeighting.run(
                frame: frame(), startWeights: start, request: WeightingRequest(margins: margins))
        }
    }

    @Test func levelInMarginsMissingFromDataIsNamed() throws {
        let margins = MarginTargets(margins: [
            margin("sex", [("f", 3), ("m", 2), ("x", 1)]),
            margin("age", [("y", 3), ("o", 3)]),
        ])
        #expect(throws: WeightingError.levelMissingFromData(variable: "sex", level: "x")) {
            _ = try SurveyWeighting.run(
                frame: frame(), startWeights: start, request: WeightingRequest(margins: margins))
        }
    }

    @Test func inconsistentTotalsAreRejected() throws {
        let margins = MarginTargets(margins: [
            margin("sex", [("f", 3), ("m", 3)]), margin("age", [("y", 3), ("o", 4)]),
        ])
        #expect(
            throws: WeightingError.inconsistentTotals([
                MarginTotal(variable: "sex", total: 6),
                MarginTotal(variable: "age", total: 7),
            ])
        ) {
            _ = try SurveyWeighting.run(
                frame: frame(), startWeights: start, request: WeightingRequest(margins: margins))
        }
    }

    @Test func emptyPostStratificationCellIsNamed() throws {
        let frame = try SurveyFrame(columns: [
            ("sex", .categorical(CategoricalColumn(labels: ["f", "f", "m"]))),
            ("age", .categorical(CategoricalColumn(labels: ["y", "o", "y"]))),
        ])
        let joint = margin("sex:age", [("f:y", 1), ("f:o", 1), ("m:y", 1), ("m:o", 1)])
        #expect(throws: WeightingError.emptyCell(variables: ["sex", "age"], level: "m:o")) {
            _ = try SurveyWeighting.run(
                frame: frame, startWeights: [1, 1, 1],
                request: WeightingRequest(
                    margins: MarginTargets(margins: [joint]),
                    poststratify: ["sex", "age"]))
        }
    }

    @Test func jointPostStratificationHitsCellTotals() throws {
        let joint = margin("sex:age", [("f:y", 10), ("f:o", 20), ("m:y", 30), ("m:o", 40)])
        let outcome = try SurveyWeighting.run(
            frame: frame(), startWeights: start,
            request: WeightingRequest(
                margins: MarginTargets(margins: [joint]),
                poststratify: ["sex", "age"]))
        // f:y has rows 0 and 5; m:o rows 3 and 4.
        #expect(outcome.weights == [5, 20, 30, 20, 20, 5])
    }

    @Test func nonConvergenceIsAnErrorNamingTheWorstMargin() throws {
        let margins = MarginTargets(margins: [
            margin("sex", [("f", 1), ("m", 5)]), margin("age", [("y", 5), ("o", 1)]),
        ])
        let request = WeightingRequest(margins: margins, raking: RakingOptions(maxSweeps: 2, bounds: 0.5...2))
        do {
            _ = try SurveyWeighting.run(frame: frame(), startWeights: start, request: request)
            Issue.record("expected non-convergence")
        } catch WeightingError.notConverged(let sweeps, _, let variable, _) {
            #expect(sweeps == 2)
            #expect(["sex", "age"].contains(variable))
        }
    }

    @Test func boundedRakingKeepsFactorsWithinBounds() throws {
        let margins = MarginTargets(margins: [
            margin("sex", [("f", 2), ("m", 4)]), margin("age", [("y", 3), ("o", 3)]),
        ])
        var request = WeightingRequest(margins: margins, raking: RakingOptions(maxSweeps: 100, bounds: 0.7...1.5))
        request.failOnNonConvergence = false
        let outcome = try SurveyWeighting.run(frame: frame(), startWeights: start, request: request)
        #expect(outcome.weights.allSatisfy { $0 >= 0.7 - 1e-12 && $0 <= 1.5 + 1e-12 })
    }

    @Test func trimmingRedistributesAsRTrimWeights() {
        let once = WeightTrimming.trim([1, 2, 3, 10], lower: 0, upper: 5)
        #expect(once.trimmed == 1)
        for (actual, expected) in zip(once.weights, [1 + 5.0 / 3, 2 + 5.0 / 3, 3 + 5.0 / 3, 5]) {
            expectRelative(actual, expected, 1e-14, "trimmed")
        }
        let strict = WeightTrimming.trim([1, 4.5, 10, 1], lower: 0.5, upper: 5, strict: true)
        #expect(strict.weights.allSatisfy { $0 <= 5 + 1e-9 && $0 >= 0.5 - 1e-9 })
        expectRelative(strict.weights.reduce(0, +), 16.5, 1e-14, "sum kept")
        #expect(strict.rounds > 1)
    }

    @Test func marginsFileCSVAndJSON() throws {
        let csv = CSVBytes(
            text: "variable,level,target\nsex,f,0.5\nsex,m,0.5\nage,y,10\nage,o,x\nage,y,3\n",
            name: "m.csv")
        do {
            _ = try MarginTargets.parseCSV(csv)
            Issue.record("expected errors")
        } catch let error as WeightingError {
            #expect(error.description.contains("m.csv:5:3"))
            #expect(error.description.contains("m.csv:6:2"))
        }
        let good = try MarginTargets.parseCSV(CSVBytes(text: "variable,level,target\nsex,f,0.5\nsex,m,0.5\n"))
        #expect(good.margins == [margin("sex", [("f", 0.5), ("m", 0.5)])])
        #expect(good.margins[0].isShares)
        let json = try MarginTargets.parseJSON(Data(#"{"age": {"y": 3, "o": 7}}"#.utf8), name: "m.json")
        #expect(json.margins == [margin("age", [("o", 7), ("y", 3)])])
        let listed = try MarginTargets.parseJSON(
            Data(#"{"margins": [{"variable": "sex", "targets": {"f": 1, "m": 2}}]}"#.utf8), name: "m.json")
        #expect(listed.margins == [margin("sex", [("f", 1), ("m", 2)])])
    }

    @Test func weightSummaryQuartilesAreRType7() {
        let summary = WeightSummary([4, 1, 3, 2, 10])
        #expect(summary.q1 == 2 && summary.median == 3 && summary.q3 == 4)
        let even = WeightSummary([1, 2, 3, 4])
        #expect(even.q1 == 1.75 && even.median == 2.5 && even.q3 == 3.25)
        let rows: [Double] = [3, 1, 3, 7, 1, 1, 3, 7, 7, 7, 2]
        let grouped = WeightSummary(values: [1, 2, 3, 7], counts: [3, 1, 3, 4])
        #expect(grouped == WeightSummary(rows))
    }
}
