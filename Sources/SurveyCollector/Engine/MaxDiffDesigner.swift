import SurveyModel

/// Balanced, seeded MaxDiff (best–worst, Case 1) designs.
///
/// A design is `sets` subsets of `perSet` distinct items out of `itemCount`. It is built greedily: each slot of
/// each set takes, among the items not yet in the set, one that has been shown least often (frequency balance),
/// breaking ties by the fewest co-appearances with the items already in the set (pair balance), then randomly.
/// Because the least-shown items always go first, item frequencies never differ by more than one. Several
/// seeded attempts are made and the one with the smallest spread of pair counts (then sum of squared pair
/// counts) is kept. Same inputs, same design. See Sawtooth's MaxDiff designer and the frequency/pair balance
/// criteria in Louviere, Flynn & Marley (2015), *Best-Worst Scaling*, ch. 2.
public enum MaxDiffDesigner {
    /// The design as item indices: `sets` arrays of `min(perSet, itemCount)` distinct indices each.
    /// Returns no sets when `itemCount`, `perSet` or `sets` is not positive.
    public static func design(itemCount: Int, perSet: Int, sets: Int, seed: UInt64, attempts: Int = 24) -> [[Int]] {
        guard itemCount > 0, perSet > 0, sets > 0 else { return [] }
        let size = min(perSet, itemCount)
        var best: [[Int]] = []
        var bestScore = (Int.max, Int.max)
        for attempt in 0..<max(1, attempts) {
            var generator = SplitMix64(seed: seed, purpose: "maxdiff-attempt-\(attempt)")
            let candidate = greedy(itemCount: itemCount, size: size, sets: sets, generator: &generator)
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
