import Testing
@testable import SurveyStatistics

/// docs/methods.md §2.5, T6 (data from verify_examples.py).
@Suite("Derived importance")
struct DerivedImportanceTests {
    static let x: [[Double]] = [
        [5, 3, 4], [4, 4, 3], [3, 2, 2], [5, 5, 5], [2, 3, 1], [4, 2, 4], [3, 4, 3],
        [1, 1, 2], [5, 4, 4], [2, 2, 3],
    ]
    static let y: [Double] = [9, 8, 5, 10, 4, 7, 7, 2, 9, 5]

    @Test func correlationsShapleyAndRelativeWeights() throws {
        let result = try DerivedImportance(drivers: Self.x, outcome: Self.y)
        for (a, b) in zip(result.correlations, [0.9640, 0.8044, 0.8525]) { #expect(isClose(a, printed: b, digits: 4)) }
        #expect(isClose(result.rSquared, printed: 0.9853, digits: 4))
        let shapley = try #require(result.shapley)
        for (a, b) in zip(shapley, [0.4259, 0.2664, 0.2930]) { #expect(isClose(a, printed: b, digits: 4)) }
        for (a, b) in zip(result.relativeWeights, [0.4013, 0.2825, 0.3015]) {
            #expect(isClose(a, printed: b, digits: 4))
        }
        for (a, b) in zip(result.relativeWeightPercentages, [40.73, 28.67, 30.60]) {
            #expect(isClose(a, printed: b, digits: 2))
        }
        #expect(isClose(shapley.reduce(0, +), result.rSquared, relative: 1e-10))
        #expect(isClose(result.relativeWeights.reduce(0, +), result.rSquared, relative: 1e-10))
    }

    @Test func integerWeightsEqualRepeatedRows() throws {
        let weights: [Double] = [2, 1, 1, 3, 1, 1, 2, 1, 1, 1]
        let weighted = try DerivedImportance(drivers: Self.x, outcome: Self.y, weights: weights)
        var rows: [[Double]] = []
        var outcome: [Double] = []
        for (i, w) in weights.enumerated() {
            for _ in 0..<Int(w) {
                rows.append(Self.x[i])
                outcome.append(Self.y[i])
            }
        }
        let repeated = try DerivedImportance(drivers: rows, outcome: outcome)
        for (a, b) in zip(weighted.relativeWeights, repeated.relativeWeights) {
            #expect(isClose(a, b, relative: 1e-10))
        }
        for (a, b) in zip(weighted.shapley!, repeated.shapley!) { #expect(isClose(a, b, relative: 1e-10)) }
    }

    @Test func jacobiReconstructsTheMatrix() throws {
        let m: [[Double]] = [[4, 1, 2], [1, 3, 0.5], [2, 0.5, 5]]
        let eigen = try SymmetricEigen(m)
        for i in 0..<3 {
            for j in 0..<3 {
                let value = (0..<3).reduce(0.0) { $0 + eigen.vectors[i][$1] * eigen.values[$1] * eigen.vectors[j][$1] }
                #expect(isClose(value, m[i][j], relative: 1e-12, absolute: 1e-12))
            }
        }
        #expect(eigen.values == eigen.values.sorted(by: >))
    }

    @Test func collinearDriversAreRejected() {
        let rows: [[Double]] = [[1, 2], [2, 4], [3, 6], [4, 8]]
        #expect(throws: StatisticsError.self) { try DerivedImportance(drivers: rows, outcome: [1, 2, 3, 5]) }
    }
}
