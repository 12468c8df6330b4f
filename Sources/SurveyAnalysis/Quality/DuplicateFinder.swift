import Foundation
import SurveyModel

/// Finds duplicate and near-duplicate answer vectors that chance does not explain.
///
/// Each response is a vector of closed items (one per single question, one per grid row, ...), coded as small
/// integers (0: not answered). Two honest respondents can agree on a short survey by chance, so agreement alone is
/// not enough: for an item `j` let `f_j(v)` be the share of responses answering `v`, and `p_j = Σ_v f_j(v)²` the
/// chance that two random responses agree on it. Then
/// - an exact duplicate group (identical vectors, at least `duplicateItems` answered) is flagged when the number of
///   other responses expected to give that vector by chance, `(N − 1) · Π_j f_j(v_j)`, is below `duplicateChance`;
/// - a near-duplicate pair (agreeing on `a` of the `k ≥ duplicateItems` items both answered, `a ≥ share · k`) is
///   flagged when `(N − 1) · P(X ≥ a)` is below `duplicateChance`, where `X` counts agreements among `k`
///   independent items with probabilities `p_j` (a Poisson-binomial tail, computed exactly by recursion).
///
/// Candidate pairs come from banding: with at most `m = ⌊(1 − share) · n⌋` disagreements, splitting the `n` items
/// into `m + 1` bands guarantees that a near-duplicate pair is identical on at least one band, so only responses
/// sharing a band are compared. Bands shared by more than `bucketLimit` responses (very common answer patterns)
/// are not compared pairwise; such responses are judged by the exact-duplicate and straightlining checks.
/// Agreement-based duplicate screening follows Kuriakose & Robbins (2016), "Don't get duped: fraud through
/// duplication in public opinion surveys", Statistical Journal of the IAOS 32(3); the chance model is voc's.
struct DuplicateFinder: Sendable {
    let itemCount: Int
    let settings: QualitySettings
    var bucketLimit = 200

    /// Flags by response index (`vectors` holds `itemCount` codes per response, response after response).
    func flags(vectors: [UInt32], responseIDs: [String]) async -> [Int: [QualityFlag]] {
        let count = responseIDs.count
        guard count > 1, itemCount > 0 else { return [:] }
        let frequencies = itemFrequencies(vectors, count: count)
        let agreement = frequencies.map { table in table.reduce(0) { $0 + $1 * $1 } }
        var result: [Int: [QualityFlag]] = [:]
        var exact = Set<Int>()
        let judged = (0..<count).filter { answered(vectors, $0) >= settings.duplicateItems }
        // Exact duplicates: grouped by a hash of the whole vector, then split by actual equality.
        var groups: [[Int32]] = []
        for candidates in KeyGroups.groups(judged.map { (key(vectors, $0, 0..<itemCount), Int32($0)) }) {
            var remaining = candidates
            while let first = remaining.first {
                let same = remaining.filter { equal(vectors, Int(first), Int($0)) }
                if same.count > 1 { groups.append(same) }
                remaining.removeAll { equal(vectors, Int(first), Int($0)) }
            }
        }
        for members in groups {
            let first = Int(members[0])
            var chance = Double(count - 1)
            for item in 0..<itemCount {
                let code = vectors[first * itemCount + item]
                if code != 0 { chance *= frequencies[item][Int(code)] }
            }
            guard chance < settings.duplicateChance else { continue }
            for member in members.map(Int.init) {
                exact.insert(member)
                let others = members.map(Int.init).filter { $0 != member }
                result[member, default: []].append(
                    QualityFlag(
                        .duplicate,
                        "the same closed answers as \(Self.names(others, responseIDs)); expected by chance "
                            + Self.format(chance)))
            }
        }
        // Near duplicates: each band's buckets are cut into slices searched concurrently, and their finds taken in
        // band and bucket order, so the result does not depend on which slice ends first.
        let mismatches = Int((1 - settings.nearDuplicateShare) * Double(itemCount))
        let bands = min(itemCount, mismatches + 1)
        let exactMembers = exact
        let slices = 8
        let bandBuckets = await withTaskGroup(of: (Int, [[Int32]]).self) { group in
            for band in 0..<bands {
                group.addTask {
                    let range = (band * itemCount / bands)..<((band + 1) * itemCount / bands)
                    let buckets = KeyGroups.groups(judged.map { (key(vectors, $0, range), Int32($0)) })
                    return (band, buckets.filter { $0.count <= bucketLimit })
                }
            }
            var byBand = [[[Int32]]](repeating: [], count: bands)
            for await (band, buckets) in group { byBand[band] = buckets }
            return byBand
        }
        let finds = await withTaskGroup(of: (Int, [Find]).self) { group in
            for (band, buckets) in bandBuckets.enumerated() {
                for slice in 0..<slices {
                    group.addTask {
                        (band, nearDuplicates(buckets, slice: slice, of: slices, vectors, exactMembers, agreement))
                    }
                }
            }
            var byBand = [[Find]](repeating: [], count: bands)
            for await (band, found) in group { byBand[band] += found }
            return byBand.map { $0.sorted { ($0.bucket, $0.order) < ($1.bucket, $1.order) } }
        }
        var reported = Set<Pair>()
        for find in finds.joined() where reported.insert(find.pair).inserted {
            let (pair, evidence) = (find.pair, find.evidence)
            for (member, other) in [(pair.first, pair.second), (pair.second, pair.first)] {
                result[member, default: []].append(
                    QualityFlag(.nearDuplicate, "\(evidence) with \(responseIDs[other])"))
            }
        }
        return result
    }

    /// A near-duplicate pair found in a band: the bucket it was found in and its position there, with the evidence.
    struct Find: Sendable {
        let bucket: Int
        let order: Int
        let pair: Pair
        let evidence: String
    }

    /// The near-duplicate pairs (not both exact duplicates) within the buckets of one band (responses identical on
    /// the band) whose position is `slice` modulo `slices`, with their evidence. A pair shares at most one bucket
    /// of a band, so no pair is found twice here (it can be found again in another band).
    private func nearDuplicates(
        _ buckets: [[Int32]], slice: Int, of slices: Int, _ vectors: [UInt32], _ exact: Set<Int>,
        _ agreement: [Double]
    ) -> [Find] {
        let count = vectors.count / itemCount
        var found: [Find] = []
        for bucket in stride(from: slice, to: buckets.count, by: slices) {
            let members = buckets[bucket]
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let pair = Pair(Int(members[a]), Int(members[b]))
                    guard agreesEnough(pair, vectors), !(exact.contains(pair.first) && exact.contains(pair.second)),
                        let evidence = nearDuplicate(pair, vectors, agreement, count)
                    else { continue }
                    found.append(Find(bucket: bucket, order: found.count, pair: pair, evidence: evidence))
                }
            }
        }
        return found
    }

    /// Whether `pair` agrees on at least `nearDuplicateShare` of at least `duplicateItems` items both answered: the
    /// cheap first test of a candidate pair (most pairs sharing a band fail it).
    private func agreesEnough(_ pair: Pair, _ vectors: [UInt32]) -> Bool {
        var both = 0
        var agreeing = 0
        vectors.withUnsafeBufferPointer { codes in
            let first = pair.first * itemCount
            let second = pair.second * itemCount
            for item in 0..<itemCount {
                let a = codes[first + item]
                let b = codes[second + item]
                if a != 0 && b != 0 {
                    both += 1
                    if a == b { agreeing += 1 }
                }
            }
        }
        return both >= settings.duplicateItems && Double(agreeing) >= settings.nearDuplicateShare * Double(both)
    }

    /// The evidence when `pair` agrees enough, and more than chance explains; else nil.
    private func nearDuplicate(_ pair: Pair, _ vectors: [UInt32], _ agreement: [Double], _ count: Int) -> String? {
        var probabilities: [Double] = []
        var agreeing = 0
        for item in 0..<itemCount {
            let a = vectors[pair.first * itemCount + item]
            let b = vectors[pair.second * itemCount + item]
            guard a != 0, b != 0 else { continue }
            probabilities.append(agreement[item])
            if a == b { agreeing += 1 }
        }
        let both = probabilities.count
        guard both >= settings.duplicateItems, Double(agreeing) >= settings.nearDuplicateShare * Double(both)
        else { return nil }
        let chance = Double(count - 1) * Self.tail(probabilities, atLeast: agreeing)
        guard chance < settings.duplicateChance else { return nil }
        return "agrees on \(agreeing) of \(both) closed items; expected by chance " + Self.format(chance)
    }

    /// `P(X ≥ k)` for `X` the number of successes in independent trials with success probabilities `p`.
    static func tail(_ p: [Double], atLeast k: Int) -> Double {
        var distribution = [Double](repeating: 0, count: p.count + 1)
        distribution[0] = 1
        for (index, probability) in p.enumerated() {
            for successes in stride(from: index + 1, through: 1, by: -1) {
                distribution[successes] =
                    distribution[successes] * (1 - probability) + distribution[successes - 1] * probability
            }
            distribution[0] *= 1 - probability
        }
        return distribution[min(k, p.count)...].reduce(0, +)
    }

    /// For each item, the share of the responses answering it that gave each code (indexed by code; codes are
    /// `CellInterner`'s small numbers, so an array holds them; index 0, not answered, stays 0).
    private func itemFrequencies(_ vectors: [UInt32], count: Int) -> [[Double]] {
        (0..<itemCount).map { item in
            var counts: [Int] = []
            var total = 0
            for index in 0..<count {
                let code = Int(vectors[index * itemCount + item])
                guard code != 0 else { continue }
                if code >= counts.count { counts += repeatElement(0, count: code + 1 - counts.count) }
                counts[code] += 1
                total += 1
            }
            return counts.map { Double($0) / Double(total) }
        }
    }

    /// A hash of the codes of items `range` of response `index` (FNV-1a over the codes; equal codes, equal key).
    private func key(_ vectors: [UInt32], _ index: Int, _ range: Range<Int>) -> UInt64 {
        var hasher = FNV1a()
        let base = index * itemCount
        for item in range { hasher.combine(UInt64(vectors[base + item])) }
        return hasher.value
    }

    private func equal(_ vectors: [UInt32], _ a: Int, _ b: Int) -> Bool {
        vectors[a * itemCount..<(a + 1) * itemCount].elementsEqual(vectors[b * itemCount..<(b + 1) * itemCount])
    }

    private func answered(_ vectors: [UInt32], _ index: Int) -> Int {
        vectors[index * itemCount..<(index + 1) * itemCount].reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
    }

    private static func names(_ indices: [Int], _ ids: [String]) -> String {
        let shown = indices.prefix(3).map { ids[$0] }.joined(separator: ", ")
        return indices.count > 3 ? "\(shown) and \(indices.count - 3) more" : shown
    }

    static func format(_ chance: Double) -> String {
        chance < 0.001 ? "< 0.001" : String(format: "%.3f", chance)
    }

    struct Pair: Hashable, Sendable {
        let first: Int
        let second: Int
        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
    }
}
