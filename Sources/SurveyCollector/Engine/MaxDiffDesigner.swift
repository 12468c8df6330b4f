import Foundation
import SurveyModel
import Synchronization

/// Balanced, seeded MaxDiff (best–worst, Case 1) designs.
///
/// A design is `sets` subsets of `perSet` distinct items out of `itemCount`. It is built greedily: each slot of
/// each set takes, among the items not yet in the set, one that has been shown least often (frequency balance),
/// breaking ties by the fewest co-appearances with the items already in the set (pair balance), then randomly.
/// Because the least-shown items always go first, item frequencies never differ by more than one. Pair balance
/// is then improved by local search: swapping an item of one set with an item of another (which keeps every
/// frequency) whenever that does not increase the sum of squared pair counts (for a fixed total, the sum of
/// squares is smallest when pair counts are as equal as possible; a balanced incomplete block design, when one
/// exists, is a minimum). Several seeded attempts are made and the one with the smallest spread of pair counts
/// (then sum of squares) is kept. Same inputs, same design. See Sawtooth's MaxDiff designer and the frequency/pair balance
/// criteria in Louviere, Flynn & Marley (2015), *Best-Worst Scaling*, ch. 2.
public enum MaxDiffDesigner {
    /// The design as item indices: `sets` arrays of `min(perSet, itemCount)` distinct indices each.
    /// Returns no sets when `itemCount`, `perSet` or `sets` is not positive.
    /// Designs are cached per process (every respondent of a survey uses the same one).
    public static func design(itemCount: Int, perSet: Int, sets: Int, seed: UInt64, attempts: Int = 8) -> [[Int]] {
        guard itemCount > 0, perSet > 0, sets > 0 else { return [] }
        let key = [UInt64(itemCount), UInt64(perSet), UInt64(sets), seed, UInt64(attempts)]
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let result = build(itemCount: itemCount, perSet: perSet, sets: sets, seed: seed, attempts: attempts)
        cache.withLock { $0[key] = result }
        return result
    }

    private static let cache = Mutex<[[UInt64]: [[Int]]]>([:])

    private static func build(itemCount: Int, perSet: Int, sets: Int, seed: UInt64, attempts: Int) -> [[Int]] {
        let size = min(perSet, itemCount)
        var best: [[Int]] = []
        var bestScore = (Int.max, Int.max)
        for attempt in 0..<max(1, attempts) {
            var generator = SplitMix64(seed: seed, purpose: "maxdiff-attempt-\(attempt)")
            var candidate = greedy(itemCount: itemCount, size: size, sets: sets, generator: &generator)
            improve(&candidate, itemCount: itemCount, generator: &generator)
            let score = pairScore(candidate, itemCount: itemCount)
            if score < bestScore {
                bestScore = score
                best = candidate
            }
        }
        return best
    }

    /// How often each pair of items appears together, as a flat upper-triangle-free matrix `[i * n + j]`.
    public static func pairCounts(_ design: [[Int]], itemCount: Int) -> [Int] {
        var counts = Array(repeating: 0, count: itemCount * itemCount)
        for set in design {
            for a in set {
                for b in set where a != b { counts[a * itemCount + b] += 1 }
            }
        }
        return counts
    }

    /// How often each item is shown.
    public static func frequencies(_ design: [[Int]], itemCount: Int) -> [Int] {
        var counts = Array(repeating: 0, count: itemCount)
        for set in design { for item in set { counts[item] += 1 } }
        return counts
    }

    private static func greedy(itemCount: Int, size: Int, sets: Int, generator: inout SplitMix64) -> [[Int]] {
        var shown = Array(repeating: 0, count: itemCount)
        var pairs = Array(repeating: 0, count: itemCount * itemCount)
        var design: [[Int]] = []
        design.reserveCapacity(sets)
        for _ in 0..<sets {
            var set: [Int] = []
            for _ in 0..<size {
                var chosen = -1
                var chosenKey = (Int.max, Int.max, UInt64.max)
                for item in 0..<itemCount where !set.contains(item) {
                    let pairLoad = set.reduce(0) { $0 + pairs[item * itemCount + $1] }
                    let key = (shown[item], pairLoad, generator.next())
                    if key < chosenKey {
                        chosenKey = key
                        chosen = item
                    }
                }
                for other in set {
                    pairs[chosen * itemCount + other] += 1
                    pairs[other * itemCount + chosen] += 1
                }
                shown[chosen] += 1
                set.append(chosen)
            }
            design.append(set.seededShuffled(using: &generator))
        }
        return design
    }

    /// Local search over item swaps between sets (frequencies stay fixed), minimizing the sum of squared pair
    /// counts; worse swaps are accepted with a small, falling probability (simulated annealing) to leave local
    /// minima, and the best design seen is kept.
    private static func improve(_ design: inout [[Int]], itemCount n: Int, generator: inout SplitMix64) {
        guard design.count > 1, let size = design.first?.count, size > 1, size < n else { return }
        var pairs = pairCounts(design, itemCount: n)
        var squares = pairs.reduce(0) { $0 + $1 * $1 } / 2
        var best = design
        var bestSquares = squares
        var changedPairs: [Int] = []
        var changedBy: [Int] = []
        let iterations = 150 * design.count * size
        for step in 0..<iterations {
            let a = generator.nextInt(below: design.count)
            var b = generator.nextInt(below: design.count - 1)
            if b >= a { b += 1 }
            let i = generator.nextInt(below: size)
            let j = generator.nextInt(below: size)
            let x = design[a][i]
            let y = design[b][j]
            if x == y || design[b].contains(x) || design[a].contains(y) { continue }
            changedPairs.removeAll(keepingCapacity: true)
            changedBy.removeAll(keepingCapacity: true)
            func change(_ p: Int, _ q: Int, _ by: Int) {
                let pair = min(p, q) * n + max(p, q)
                if let index = changedPairs.firstIndex(of: pair) {
                    changedBy[index] += by
                } else {
                    changedPairs.append(pair)
                    changedBy.append(by)
                }
            }
            for u in design[a] where u != x {
                change(x, u, -1)
                change(y, u, 1)
            }
            for v in design[b] where v != y {
                change(y, v, -1)
                change(x, v, 1)
            }
            var delta = 0
            for (pair, by) in zip(changedPairs, changedBy) where by != 0 {
                delta += (pairs[pair] + by) * (pairs[pair] + by) - pairs[pair] * pairs[pair]
            }
            if delta > 0 {
                let temperature = 0.6 * (1 - Double(step) / Double(iterations))
                guard temperature > 0, generator.nextUnit() < Foundation.exp(-Double(delta) / temperature) else { continue }
            }
            for (pair, by) in zip(changedPairs, changedBy) where by != 0 {
                pairs[pair] += by
                pairs[(pair % n) * n + pair / n] += by
            }
            squares += delta
            design[a][i] = y
            design[b][j] = x
            if squares < bestSquares {
                bestSquares = squares
                best = design
            }
        }
        design = best
    }

    private static func pairScore(_ design: [[Int]], itemCount: Int) -> (Int, Int) {
        let counts = pairCounts(design, itemCount: itemCount)
        var low = Int.max
        var high = 0
        var squares = 0
        for a in 0..<itemCount {
            for b in (a + 1)..<max(a + 1, itemCount) {
                let count = counts[a * itemCount + b]
                low = min(low, count)
                high = max(high, count)
                squares += count * count
            }
        }
        return itemCount < 2 ? (0, 0) : (high - low, squares)
    }
}
