import SurveyModel

/// A frequency-balanced MaxDiff (best–worst scaling, Case 1) design generator (docs/methods.md §2.2; Sawtooth
/// Software, "MaxDiff technical paper"; support.BWS docs on BIBDs).
///
/// For each version (one per respondent or per block of respondents) it builds `sets` sets of `perSet` distinct
/// items. Items are added one at a time choosing, in order of priority: (1) the item shown least often so far in
/// this version, so every item appears ⌊sets·perSet/items⌋ or ⌈sets·perSet/items⌉ times per version; (2) the item
/// whose co-appearances with the items already in the set are fewest (pair counts accumulated over all versions);
/// (3) the item shown least often over all versions; (4) a draw from `SeededGenerator(seed:)`. Items within a set
/// are then shuffled so positions vary. The result is deterministic given the arguments and seed.
public enum MaxDiffDesign {
    /// Generates `versions` designs; `result[v][s]` lists the 0-based item indices of set s in version v.
    /// - Throws: `StatisticsError.invalidArgument` unless 2 ≤ perSet ≤ items, sets ≥ 1 and versions ≥ 1.
    public static func generate(
        items: Int, perSet: Int, sets: Int, versions: Int = 1,
        seed: UInt64
    ) throws -> [[[Int]]] {
        guard items >= 2, perSet >= 2, perSet <= items, sets >= 1, versions >= 1 else {
            throw StatisticsError.invalidArgument("MaxDiff design: need 2 ≤ perSet ≤ items, sets ≥ 1, versions ≥ 1")
        }
        var generator = SeededGenerator(seed: seed)
        var pairCounts = [[Int]](repeating: [Int](repeating: 0, count: items), count: items)
        var totalCounts = [Int](repeating: 0, count: items)
        var design: [[[Int]]] = []
        for _ in 0..<versions {
            var versionCounts = [Int](repeating: 0, count: items)
            var version: [[Int]] = []
            for _ in 0..<sets {
                var set: [Int] = []
                var inSet = [Bool](repeating: false, count: items)
                for _ in 0..<perSet {
                    var best: [Int] = []
                    var bestKey = (Int.max, Int.max, Int.max)
                    for item in 0..<items where !inSet[item] {
                        let pairs = set.reduce(0) { $0 + pairCounts[item][$1] }
                        let key = (versionCounts[item], pairs, totalCounts[item])
                        if key < bestKey {
                            bestKey = key
                            best = [item]
                        } else if key == bestKey {
                            best.append(item)
                        }
                    }
                    let chosen = best[generator.nextInt(below: best.count)]
                    for other in set {
                        pairCounts[chosen][other] += 1
                        pairCounts[other][chosen] += 1
                    }
                    set.append(chosen)
                    inSet[chosen] = true
                    versionCounts[chosen] += 1
                    totalCounts[chosen] += 1
                }
                generator.shuffle(&set)
                version.append(set)
            }
            design.append(version)
        }
        return design
    }
}
