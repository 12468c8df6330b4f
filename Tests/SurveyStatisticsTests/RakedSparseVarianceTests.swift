import SurveyModel
@testable import SurveyStatistics
import Testing

/// The one-pass covariance of raked domain estimates (`RakedSparseVariance`) against the dense computation it
/// replaces (residualise every column, then `StratifiedVariance`): same figures on seeded designs with strata,
/// unequal start weights, rows weighing 0, empty cells and a lonely stratum.
@Suite("Raked domain covariance in one pass")
struct RakedSparseVarianceTests {
    struct Case {
        let frame: SurveyFrame
        let design: SurveyDesign
        /// The same design with every row its own cluster: the same variance, computed densely.
        let clustered: SurveyDesign
    }

    static func make(seed: UInt64, rows: Int, strata: Int, lonely: LonelyPSU) throws -> Case {
        var generator = SplitMix64(seed: seed)
        var frame = SurveyFrame(rowCount: rows)
        let margins: [(String, [String])] = [
            ("region", ["n", "s", "e", "w"]), ("age", ["y", "m", "o"]), ("sex", ["f", "m"]),
        ]
        for (name, levels) in margins {
            // Skewed draws, so some cells are rare or empty.
            let codes = (0..<rows).map { _ in
                Int32(
                    min(levels.count - 1, Int(generator.nextUnit() * generator.nextUnit() * Double(levels.count + 1))))
            }
            try frame.add(name, .categorical(CategoricalColumn(codes: codes, levels: levels)))
        }
        try frame.add(
            "segment",
            .categorical(
                CategoricalColumn(
                    codes: (0..<rows).map { _ in Int32(generator.next() % 4) }, levels: ["a", "b", "c", "d"])))
        try frame.add(
            "answer",
            .categorical(
                CategoricalColumn(
                    codes: (0..<rows).map { _ in generator.next() % 10 == 0 ? -1 : Int32(generator.next() % 3) },
                    levels: ["x", "y", "z"])))
        // Stratum 0 holds a single row (lonely); the others share the rest.
        let strataCodes = (0..<rows).map { row in row == 0 ? Int32(0) : Int32(1 + row % max(1, strata - 1)) }
        let start = (0..<rows).map { row in row % 97 == 5 ? 0 : 0.5 + 3 * generator.nextUnit() }
        let strataColumn = CategoricalColumn(codes: strataCodes, levels: (0..<strata).map { "h\($0)" })
        let base = try SurveyDesign(rowCount: rows, weights: start, strata: strataColumn, lonelyPSU: lonely)
        let clusters = CategoricalColumn(codes: (0..<rows).map(Int32.init), levels: (0..<rows).map(String.init))
        let clusteredBase = try SurveyDesign(
            rowCount: rows, weights: start, strata: strataColumn, clusters: [clusters], lonelyPSU: lonely)
        let targets = MarginTargets(
            margins: try margins.map { name, levels in
                let codes = try frame.categorical(name).codes
                let counts = levels.indices.map { level in Double(codes.filter { $0 == Int32(level) }.count) }
                // Every margin totals 1.3·rows, each level pulled a little towards equal shares.
                let targets = counts.map { 1.3 * Double(rows) * ($0 + 5) / (Double(rows) + 5 * Double(levels.count)) }
                return MarginTargets.Margin(variable: name, levels: levels, targets: targets)
            })
        let outcome = try SurveyWeighting.run(
            frame: frame, startWeights: start, request: WeightingRequest(margins: targets))
        return Case(frame: frame, design: outcome.apply(to: base), clustered: outcome.apply(to: clusteredBase))
    }

    @Test(arguments: zip([UInt64(1), 2, 3, 4], [LonelyPSU.adjust, .remove, .average, .certainty]))
    func oneStepEqualsTheDenseComputation(seed: UInt64, lonely: LonelyPSU) throws {
        let raked = try Self.make(seed: seed, rows: 1_500, strata: 6, lonely: lonely)
        var generator = SplitMix64(seed: seed &+ 100)
        let columnOfRow = (0..<1_500).map { _ in generator.next() % 7 == 0 ? Int32(-1) : Int32(generator.next() % 4) }
        let value = (0..<1_500).map { _ in generator.nextUnit() * 4 - 1 }
        let sparse = SparseColumns(columnOfRow: columnOfRow, value: value, columnCount: 4)
        let fast = try raked.design.covariance(of: sparse)
        let dense = try raked.design.covariance(of: sparse.dense())
        #expect(fast.count == dense.count)
        let scale = dense.map(abs).max() ?? 1
        for (index, (a, b)) in zip(fast, dense).enumerated() {
            #expect(abs(a - b) <= 1e-10 * scale, "entry \(index): \(a) vs dense \(b)")
        }
    }

    @Test func sharesBySegmentEqualTheDenseComputation() throws {
        let raked = try Self.make(seed: 9, rows: 2_000, strata: 5, lonely: .adjust)
        let fast = try SurveyEstimator(frame: raked.frame, design: raked.design).shares("answer", by: "segment")
        let dense = try SurveyEstimator(frame: raked.frame, design: raked.clustered).shares("answer", by: "segment")
        #expect(fast.count == 12)
        for (a, b) in zip(fast, dense) {
            #expect(a.estimate == b.estimate)
            expectRelative(a.se, b.se, 1e-9, "\(a.segment ?? "") \(a.level ?? "") se")
        }
    }
}
