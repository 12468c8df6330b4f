import SurveyModel
import SurveyStatistics
import Testing

@testable import SurveyAnalysis

/// The selection median equals the sorted array's middle (or the mean of the two middle values) on random,
/// repeated, sorted and reversed inputs of every small size and a few large ones.
@Suite struct MedianSelectionTests {
    static func sortedMedian(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    @Test func equalsTheSortedMiddle() {
        var generator = SplitMix64(seed: 20_261_206)
        for size in Array(1...60) + [999, 1_000, 65_537] {
            let shapes: [[Double]] = [
                (0..<size).map { _ in Double.random(in: -5...5, using: &generator) },
                (0..<size).map { _ in Double(Int.random(in: 0...3, using: &generator)) },
                (0..<size).map(Double.init),
                (0..<size).map { Double(size - $0) },
                Array(repeating: 7, count: size),
            ]
            for values in shapes {
                #expect(MedianSelection.median(values) == Self.sortedMedian(values), "size \(size)")
            }
        }
        #expect(MedianSelection.median([]).isNaN)
    }

    @Test func selectionPartitionsAroundTheValue() {
        var values = (0..<1_001).map { Double(($0 * 7_919) % 1_001) }
        let value = OrderSelection.select(&values, 300)
        #expect(value == 300)
        #expect(values[..<300].allSatisfy { $0 <= value } && values[301...].allSatisfy { $0 >= value })
    }
}
