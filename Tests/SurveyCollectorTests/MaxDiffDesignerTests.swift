import SurveyModel
import Testing

@testable import SurveyCollector

@Suite struct MaxDiffDesignerTests {
    @Test(arguments: [(6, 3, 10), (8, 4, 6), (12, 4, 9), (5, 3, 4), (10, 5, 8)])
    func everyItemEquallyOftenAndPairsBalanced(items: Int, perSet: Int, sets: Int) {
        let design = MaxDiffDesigner.design(itemCount: items, perSet: perSet, sets: sets, seed: 42)
        #expect(design.count == sets)
        #expect(design.allSatisfy { Set($0).count == perSet })
        let frequencies = MaxDiffDesigner.frequencies(design, itemCount: items)
        #expect(frequencies.max()! - frequencies.min()! <= 1)
        let pairs = MaxDiffDesigner.pairCounts(design, itemCount: items)
        let offDiagonal = (0..<items).flatMap { a in ((a + 1)..<items).map { pairs[a * items + $0] } }
        // Pairs: within 2 of each other, and a sum of squares close to the bound of a perfectly even spread.
        #expect(offDiagonal.max()! - offDiagonal.min()! <= 2, "pair counts \(offDiagonal)")
        let total = offDiagonal.reduce(0, +)
        let (even, extra) = total.quotientAndRemainder(dividingBy: offDiagonal.count)
        let bound = extra * (even + 1) * (even + 1) + (offDiagonal.count - extra) * even * even
        #expect(offDiagonal.reduce(0) { $0 + $1 * $1 } <= bound + 4, "pair counts \(offDiagonal)")
    }

    @Test func aBalancedIncompleteBlockDesignWhenOneExists() {
        // v = 6, k = 3, b = 10: the BIBD with r = 5, λ = 2 — every pair exactly twice.
        let design = MaxDiffDesigner.design(itemCount: 6, perSet: 3, sets: 10, seed: 1)
        let pairs = MaxDiffDesigner.pairCounts(design, itemCount: 6)
        let offDiagonal = (0..<6).flatMap { a in ((a + 1)..<6).map { pairs[a * 6 + $0] } }
        #expect(Set(offDiagonal) == [2])
    }

    @Test func sameSeedSameDesign() {
        let a = MaxDiffDesigner.design(itemCount: 9, perSet: 4, sets: 9, seed: 5)
        #expect(a == MaxDiffDesigner.design(itemCount: 9, perSet: 4, sets: 9, seed: 5))
        #expect(a != MaxDiffDesigner.design(itemCount: 9, perSet: 4, sets: 9, seed: 6))
        #expect(MaxDiffDesigner.design(itemCount: 0, perSet: 4, sets: 9, seed: 5).isEmpty)
        #expect(MaxDiffDesigner.design(itemCount: 3, perSet: 4, sets: 2, seed: 5).allSatisfy { $0.count == 3 })
    }

    @Test func splitMix64IsStable() {
        var generator = SplitMix64(seed: 1234567)
        // Reference values of SplitMix64 (Vigna's splitmix64.c) for seed 1234567.
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
    }
}
